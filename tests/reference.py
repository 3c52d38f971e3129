"""The definitions the tests check against, written out once, loop by loop.

Every function here follows PyTorch's ``ConvTranspose2d`` documentation
directly and shares no code with the app: input ``x[r, c]`` times kernel
entry ``w[a, b]`` lands on output ``(r*s + a*d − p, c*s + b*d − p)`` when that
index lies inside ``H_out × W_out``, where

    H_out = (H − 1)·s − 2p + d·(k − 1) + op + 1.

With channels, output channel ``o`` sums over the input channels ``ci`` of
its group, using kernel slice ``w[ci, o mod (C_out/g)]``, plus ``bias[o]``.
Slow on purpose: clarity over speed.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

__all__ = [
    "conv_windows",
    "contributions",
    "group_inputs",
    "naive_full",
    "axis_counts",
    "naive_document_output",
    "naive_layer",
    "naive_output",
    "out_len",
    "output_shape",
    "same_pads",
]


def out_len(n: int, k: int, s: int, p: int, op: int, d: int) -> int:
    """ConvTranspose2d's size on one axis, from PyTorch's docs."""
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def conv_windows(n: int, before: int, after: int, k: int, d: int, s: int = 1) -> int:
    """Conv2d's size on one axis: the places the dilated kernel fits in the padded row,
    one every s cells."""
    padded, span = before + n + after, d * (k - 1) + 1
    return len(range(0, padded - span + 1, s))


def same_pads(k: int, d: int) -> tuple[int, int]:
    """Conv2d's padding='same' on one axis, (before, after): d(k − 1) in all, the
    smaller half before (ATen's ``_convolution_same``; ``torch.nn.Conv2d`` keeps the same
    split in ``_reversed_padding_repeated_twice``)."""
    total = d * (k - 1)
    return total // 2, total - total // 2


def axis_counts(n: int, k: int, s: int, p: int, op: int, d: int) -> list[int]:
    """How many (r, a) pairs land on each output index of one axis: r·s + a·d − p."""
    counts = [0] * out_len(n, k, s, p, op, d)
    for r in range(n):
        for a in range(k):
            i = r * s + a * d - p
            if 0 <= i < len(counts):
                counts[i] += 1
    return counts


def _axes(params) -> tuple:
    return (params.input_size, params.kernel_size, params.stride, params.padding,
            params.output_padding, params.dilation)


def output_shape(params) -> tuple[int, int]:
    """``(H_out, W_out)`` of a ``ConvTParams``-like object."""
    n, k, s, p, op, d = _axes(params)
    return (out_len(n[0], k[0], s[0], p[0], op[0], d[0]),
            out_len(n[1], k[1], s[1], p[1], op[1], d[1]))


def contributions(params) -> set[tuple[int, int, int, int, int, int]]:
    """Every ``(i, j, r, c, a, b)``: ``x[r, c] * w[a, b]`` lands on output ``(i, j)``."""
    (nh, nw), (kh, kw), (sh, sw), (ph, pw), _, (dh, dw) = _axes(params)
    oh, ow = output_shape(params)
    terms = set()
    for r in range(nh):
        for c in range(nw):
            for a in range(kh):
                for b in range(kw):
                    i, j = r * sh + a * dh - ph, c * sw + b * dw - pw
                    if 0 <= i < oh and 0 <= j < ow:
                        terms.add((i, j, r, c, a, b))
    return terms


def naive_output(params, x, w, cells: Iterable[tuple[int, int]] | None = None) -> np.ndarray:
    """One channel pair's output: the sum of ``x[r, c] * w`` stamps, cropped.

    ``cells`` limits the sum to those input cells (all by default).
    """
    x, w = np.asarray(x, np.float64), np.asarray(w, np.float64)
    keep = None if cells is None else set(map(tuple, cells))
    y = np.zeros(output_shape(params))
    for i, j, r, c, a, b in contributions(params):
        if keep is None or (r, c) in keep:
            y[i, j] += x[r, c] * w[a, b]
    return y


def naive_full(params, x, w) -> np.ndarray:
    """The uncropped canvas: every stamp at ``(r*s + a*d, c*s + b*d)``, plus ``op − p`` zeros.

    Per axis the full scatter has ``(H − 1)·s + d·(k − 1) + 1`` rows.  Padding crops
    ``p`` of them from the top and output_padding shrinks the bottom crop from ``p`` to
    ``p − op``; when ``op > p`` the output reaches ``op − p`` rows of zeros past the full
    scatter, so the canvas has those rows too.  Output row ``i`` is canvas row ``i + p``.
    """
    (nh, nw), (kh, kw), (sh, sw), (ph, pw), (oph, opw), (dh, dw) = _axes(params)
    full = np.zeros(((nh - 1) * sh + dh * (kh - 1) + 1 + max(0, oph - ph),
                     (nw - 1) * sw + dw * (kw - 1) + 1 + max(0, opw - pw)))
    for r in range(nh):
        for c in range(nw):
            for a in range(kh):
                for b in range(kw):
                    full[r * sh + a * dh, c * sw + b * dw] += x[r, c] * w[a, b]
    return full


def group_inputs(c_in: int, c_out: int, groups: int, o: int) -> list[int]:
    """The input channels that feed output channel ``o``: those of its group."""
    cin_g, cout_g = c_in // groups, c_out // groups
    return [ci for ci in range(c_in) if ci // cin_g == o // cout_g]


def naive_layer(x, w, bias, groups: int, stride, padding, output_padding, dilation) -> np.ndarray:
    """The whole layer, one ``(o, ci, r, c, a, b)`` at a time; ``bias`` None for none.

    ``x`` is ``(C_in, H, W)``, ``w`` is ``(C_in, C_out/groups, kH, kW)``.
    """
    x, w = np.asarray(x, np.float64), np.asarray(w, np.float64)
    c_in, h, wd = x.shape
    _, cout_g, kh, kw = w.shape
    c_out = cout_g * groups
    (sh, sw), (ph, pw) = stride, padding
    (oph, opw), (dh, dw) = output_padding, dilation
    oh, ow = out_len(h, kh, sh, ph, oph, dh), out_len(wd, kw, sw, pw, opw, dw)
    y = np.zeros((c_out, oh, ow))
    for o in range(c_out):
        for ci in group_inputs(c_in, c_out, groups, o):
            for r in range(h):
                for c in range(wd):
                    for a in range(kh):
                        for b in range(kw):
                            i, j = r * sh + a * dh - ph, c * sw + b * dw - pw
                            if 0 <= i < oh and 0 <= j < ow:
                                y[o, i, j] += x[ci, r, c] * w[ci, o % cout_g, a, b]
        if bias is not None:
            y[o] += bias[o]
    return y


def naive_document_output(document) -> np.ndarray:
    """The output channel a document shows (its pick's output channel), from its values."""
    p, setup = document.params, document.setup
    layer = naive_layer(document.x, document.w, document.b if setup.bias else None, setup.groups,
                        p.stride, p.padding, p.output_padding, p.dilation)
    return layer[document.pick[1]]
