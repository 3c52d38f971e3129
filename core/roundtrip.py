"""Where a transposed convolution's output size comes from, and where it goes back to.

PyTorch's ``Conv2d`` documentation gives its output size per axis as

    H_out = floor((H_in + 2p - d(k - 1) - 1) / s) + 1

The floor makes ``Conv2d`` many-to-one: the s input sizes
``N0, N0 + 1, ..., N0 + s - 1`` with ``N0 = (H - 1)s - 2p + d(k - 1) + 1``
all map to the same H (the remainder of the division is thrown away).
``ConvTranspose2d`` runs the other way and must pick one of them; its
``output_padding`` op is that choice, which is why PyTorch demands op < s
(or op < d, since a dilation larger than the stride lets op reach further):
see the ``ConvTranspose2d`` docs' note on ``output_padding`` and Dumoulin &
Visin, "A guide to convolution arithmetic for deep learning" (2016),
section 4.6, "zero padding, non-unit strides, odd input sizes".

The per-axis overlap counts (how many kernel taps land on each output index)
live here too, because the 2-D overlap is their outer product and the lesson
explains uneven overlap one axis at a time.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from .errors import ParamError
from .params import AxisSteps

__all__ = [
    "RoundTripRow",
    "axis_overlap",
    "conv2d_output_size",
    "interior",
    "preimage",
    "roundtrip",
]


def _check_forward(k: int, s: int, p: int, d: int) -> None:
    for name, value in (("kernel_size", k), ("stride", s), ("dilation", d)):
        if value < 1:
            raise ParamError(name, "positive", value=value)
    if p < 0:
        raise ParamError("padding", "non_negative", value=p)


def conv2d_output_size(n: int, k: int, s: int, p: int, d: int) -> int:
    """The size ``Conv2d`` gives an axis of size ``n``.

    ``floor((n + 2p - d(k - 1) - 1) / s) + 1``, from PyTorch's ``Conv2d`` docs.

    Parameters
    ----------
    n : int
        Input size along the axis, at least 1.
    k, s, p, d : int
        Kernel size, stride, padding and dilation along the axis.

    Returns
    -------
    int
        The output size.  A value below 1 means ``Conv2d`` refuses the input:
        the padded input is shorter than the dilated kernel.

    Raises
    ------
    ParamError
        If ``n``, ``k``, ``s`` or ``d`` is below 1 or ``p`` is negative.
    """
    if n < 1:
        raise ParamError("input_size", "positive", value=n)
    _check_forward(k, s, p, d)
    # Python's // floors towards minus infinity, as the formula's floor does,
    # so a too-short input yields a size below 1 instead of rounding up to 1.
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def preimage(h: int, k: int, s: int, p: int, d: int) -> list[int]:
    """Every input size ``N >= 1`` that ``Conv2d`` maps to ``h``, ascending.

    Inverting the floor in :func:`conv2d_output_size` gives
    ``(h - 1)s <= N + 2p - d(k - 1) - 1 <= (h - 1)s + s - 1``, an interval of
    exactly ``s`` sizes starting at ``N0 = (h - 1)s - 2p + d(k - 1) + 1``,
    the transposed convolution's size with output_padding 0.  Sizes below 1
    are left out, so the list is shorter than ``s`` only when ``N0 < 1``.

    Raises
    ------
    ParamError
        If ``h``, ``k``, ``s`` or ``d`` is below 1 or ``p`` is negative.
    """
    if h < 1:
        raise ParamError("output_size", "positive", value=h)
    _check_forward(k, s, p, d)
    first = (h - 1) * s - 2 * p + d * (k - 1) + 1
    return [n for n in range(first, first + s) if n >= 1]


class RoundTripRow(NamedTuple):
    """One choice of output_padding on one axis.

    Attributes
    ----------
    output_padding : int
        The op this row tries.
    size : int
        The transposed convolution's size ``N = (H - 1)s - 2p + d(k - 1) + op + 1``.
    conv2d_size : int or None
        What ``Conv2d`` with the same k, s, p, d makes of ``N``; None when
        ``N < 1``, a size that does not exist.
    valid : bool
        Whether PyTorch's ``ConvTranspose2d`` accepts this op: op < s or
        op < d, and ``N >= 1``.
    maps_back : bool
        Whether ``conv2d_size`` is the input size H again.
    """

    output_padding: int
    size: int
    conv2d_size: int | None
    valid: bool
    maps_back: bool


def roundtrip(steps: AxisSteps, stop: int | None = None) -> list[RoundTripRow]:
    """What each output_padding does to one axis, there and back.

    Parameters
    ----------
    steps : AxisSteps
        The axis; its own ``output_padding`` is ignored.
    stop : int, optional
        Try op = 0, 1, ..., ``stop - 1``.  The default ``max(s, d)`` covers
        exactly the values PyTorch's op < s or op < d rule allows; pass one
        more to show the first value it refuses.

    Returns
    -------
    list of RoundTripRow
        One row per op.  With op < s every valid row maps back to H (the s
        sizes of :func:`preimage`); with s <= op < d the size is accepted but
        ``Conv2d`` maps it to a larger H.
    """
    h, k, s, p, d = steps.size, steps.kernel, steps.stride, steps.padding, steps.dilation
    stop = max(s, d) if stop is None else stop
    rows = []
    for op in range(stop):
        # ConvTranspose2d's size, from PyTorch's docs: (H - 1)s - 2p + d(k - 1) + op + 1.
        n = (h - 1) * s - 2 * p + d * (k - 1) + op + 1
        back = conv2d_output_size(n, k, s, p, d) if n >= 1 else None
        valid = (op < s or op < d) and n >= 1
        rows.append(RoundTripRow(op, n, back, valid, back == h))
    return rows


def axis_overlap(steps: AxisSteps) -> np.ndarray:
    """How many kernel taps land on each output index of one axis.

    Input index r with tap a lands on ``i = r*s + a*d - p`` (the scatter form
    of ``ConvTranspose2d``), kept when ``0 <= i < H_out``.  The 2-D
    ``Walkthrough.overlap`` is the outer product of the two axes' counts,
    because a 2-D tap pairs one height tap with one width tap.
    """
    r, a = np.meshgrid(np.arange(steps.size), np.arange(steps.kernel), indexing="ij")
    i = (r * steps.stride + a * steps.dilation - steps.padding).ravel()
    i = i[(i >= 0) & (i < steps.output)]
    return np.bincount(i, minlength=steps.output)


def interior(steps: AxisSteps) -> range:
    """The output indices of one axis that every kernel tap can reach.

    On the uncropped axis ``t = i + p``, tap a meets an input exactly when
    ``t - a*d`` is a multiple of s inside ``[0, (H - 1)s]``; for
    ``d(k - 1) <= t <= (H - 1)s`` the range test holds for every a, so the
    count depends only on ``t mod s`` and repeats with period s.  Outside it,
    near the edges, fewer inputs reach.  The range is empty when the input
    is too short for any index to see the whole kernel.
    """
    first = max(steps.dilation * (steps.kernel - 1) - steps.padding, 0)
    stop = min((steps.size - 1) * steps.stride - steps.padding + 1, steps.output)
    return range(first, max(first, stop))
