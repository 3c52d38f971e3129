"""``conv_transpose2d`` with PyTorch's semantics, in NumPy.

The computation is the *scatter* form of a transposed convolution: input cell
``x[r, c]`` times kernel tap ``w[a, b]`` lands on the full (uncropped) output
at ``(r*s_h + a*d_h, c*s_w + b*d_w)``; the result is that full output with
``p`` rows/cols cropped from each side, ``op`` extra rows/cols kept at the
bottom/right (PyTorch's ``output_padding``), plus the bias.  One whole-array
slice per kernel tap keeps it vectorised: the loop runs over the k_h*k_w taps
(and groups), never over cells.  The gather form the lesson draws (zero
insertion, padding, sliding the flipped kernel) lives in ``walkthrough``.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .errors import ParamError
from .params import AxisSteps, as_pair

__all__ = ["MAX_ELEMENTS", "as_values", "conv_transpose2d"]

#: The largest intermediate buffer, in elements, that the core will allocate.
MAX_ELEMENTS = 1 << 26


def as_values(a: Any, param: str) -> np.ndarray:
    """Return ``a`` as a finite, non-empty, real NumPy array.

    Raises
    ------
    ParamError
        If ``a`` is not numeric, is empty, or holds NaN or infinity.
    """
    try:
        arr = np.asarray(a)
    except (ValueError, TypeError) as exc:
        raise ParamError(param, "numeric", value=type(a).__name__) from exc
    if arr.dtype == np.bool_ or arr.dtype.kind not in "iuf":
        raise ParamError(param, "numeric", value=str(arr.dtype))
    if arr.size == 0:
        raise ParamError(param, "empty", value=arr.shape)
    if arr.dtype.kind == "f" and not np.isfinite(arr).all():
        bad = "NaN" if np.isnan(arr).any() else "infinity"
        raise ParamError(param, "finite", value=bad)
    return arr


def _result_dtype(*arrays: np.ndarray) -> np.dtype:
    # Integers compute in float64, which is exact for integer-valued results
    # below 2**53; float32 inputs stay float32 as in PyTorch.
    if all(a.dtype.kind == "f" for a in arrays):
        return np.result_type(np.float32, *arrays)
    return np.dtype(np.float64)


def _phase_taps(n: int, k: int, s: int, d: int, p: int, size: int) -> dict:
    """Output phase q (rows m*s + q) -> its length and the taps that land in it.

    Only phases that some tap reaches are listed; the others stay zero.

    Tap a sends input r to output r*s + a*d - p = (r + t)*s + q with
    q = (a*d - p) mod s and t = (a*d - p - q) / s, i.e. to phase row m = r + t.
    Each tap is listed as (a, (r0, r1, m0)): inputs r0 <= r < r1 land on phase
    rows m0 .. m0 + r1 - r0 - 1, all inside the output.
    """
    phases: dict[int, tuple[int, list]] = {}
    for a in range(k):
        q, t = (a * d - p) % s, (a * d - p) // s
        length = (size - q + s - 1) // s if q < size else 0
        r0, r1 = max(0, -t), min(n, length - t)
        if r0 < r1:
            phases.setdefault(q, (length, []))[1].append((a, (r0, r1, r0 + t)))
    return phases


def conv_transpose2d(
    x: Any,
    weight: Any,
    bias: Any = None,
    stride: Any = 1,
    padding: Any = 0,
    output_padding: Any = 0,
    groups: int = 1,
    dilation: Any = 1,
) -> np.ndarray:
    """Transposed 2-D convolution, as ``torch.nn.functional.conv_transpose2d``.

    Parameters
    ----------
    x : array_like
        ``(H, W)`` for one channel, or ``(C_in, H, W)``.
    weight : array_like
        ``(kH, kW)`` with a 2-D ``x``, else ``(C_in, C_out // groups, kH, kW)``.
    bias : array_like, optional
        ``(C_out,)``; only with a 3-D ``x``.
    stride, padding, output_padding, dilation : int or (int, int)
        As in PyTorch, per axis.
    groups : int
        Splits the input and output channels into this many blocks.

    Returns
    -------
    numpy.ndarray
        ``(H_out, W_out)`` or ``(C_out, H_out, W_out)``, where per axis
        ``H_out = (H - 1)s - 2p + d(k - 1) + op + 1``.

    Raises
    ------
    ParamError
        For any invalid parameter, shape or value; the message names the
        parameter, the rule and the values.
    """
    x = as_values(x, "x")
    weight = as_values(weight, "weight")
    stride, padding, output_padding, dilation = (
        as_pair(v, name)
        for v, name in (
            (stride, "stride"),
            (padding, "padding"),
            (output_padding, "output_padding"),
            (dilation, "dilation"),
        )
    )
    if isinstance(groups, bool) or not isinstance(groups, (int, np.integer)):
        raise ParamError("groups", "integer", value=groups)
    groups = int(groups)
    if groups < 1:
        raise ParamError("groups", "positive", value=groups)

    single = x.ndim == 2
    if single:
        if weight.ndim != 2:
            raise ParamError("weight", "ndim", value=weight.ndim, expected="2 (kH, kW) for a 2-D x")
        if bias is not None:
            raise ParamError("bias", "shape", value="given", expected="none for a 2-D x")
        if groups != 1:
            raise ParamError("groups", "groups", groups=groups, what="channels of a 2-D x", value=1)
        x3, w4 = x[None], weight[None, None]
    elif x.ndim == 3:
        if weight.ndim != 4:
            raise ParamError(
                "weight", "ndim", value=weight.ndim, expected="4 (C_in, C_out/groups, kH, kW)"
            )
        if weight.shape[0] != x.shape[0]:
            raise ParamError(
                "weight",
                "shape",
                value=weight.shape,
                expected=f"first dimension {x.shape[0]} = C_in of x",
            )
        if x.shape[0] % groups:
            raise ParamError("groups", "groups", groups=groups, what="C_in", value=x.shape[0])
        x3, w4 = x, weight
    else:
        raise ParamError("x", "ndim", value=x.ndim, expected="2 (H, W) or 3 (C_in, H, W)")

    c_in, height, width = x3.shape
    c_out = w4.shape[1] * groups
    kh, kw = w4.shape[2:]
    axes = [
        AxisSteps(n, k, s, p, op, d)
        for n, k, s, p, op, d in zip(
            (height, width), (kh, kw), stride, padding, output_padding, dilation
        )
    ]
    for axis, steps in enumerate(axes):
        steps.check(axis)

    dtype = _result_dtype(x3, w4) if bias is None else None
    if bias is not None:
        bias = as_values(bias, "bias")
        if bias.shape != (c_out,):
            raise ParamError("bias", "shape", value=bias.shape, expected=f"({c_out},)")
        dtype = _result_dtype(x3, w4, bias)

    # Guard memory before allocating anything big.
    (oh, ow) = (axes[0].output, axes[1].output)
    elements = c_out * oh * ow
    if elements > MAX_ELEMENTS:
        raise ParamError("output", "too_large", value=elements, limit=MAX_ELEMENTS)

    x3 = x3.astype(dtype, copy=False)
    w4 = w4.astype(dtype, copy=False)
    # Tap (a, b) sends input (r, c) to output (r*s + a*d - p, c*s + b*d - p).
    # Split the output into its s_h*s_w stride phases (rows i = m*s + q): each
    # tap writes into exactly one phase, as a plain shifted block, so every tap
    # is a contiguous multiply-add and each phase is written to the output once;
    # phases no tap reaches stay zero.
    out = np.zeros((c_out, oh, ow), dtype)
    row_taps = _phase_taps(height, kh, stride[0], dilation[0], padding[0], oh)
    col_taps = _phase_taps(width, kw, stride[1], dilation[1], padding[1], ow)
    cin_g, cout_g = c_in // groups, c_out // groups
    with np.errstate(over="ignore", invalid="ignore"):
        for qr, (mr, taps_r) in row_taps.items():
            for qc, (mc, taps_c) in col_taps.items():
                phase = np.zeros((c_out, mr, mc), dtype)
                for a, (r0, r1, m0) in taps_r:
                    for b, (c0, c1, n0) in taps_c:
                        dst = (slice(m0, m0 + r1 - r0), slice(n0, n0 + c1 - c0))
                        for g in range(groups):
                            xg = x3[g * cin_g:(g + 1) * cin_g, r0:r1, c0:c1]
                            wg = w4[g * cin_g:(g + 1) * cin_g, :, a, b]
                            target = phase[g * cout_g:(g + 1) * cout_g, dst[0], dst[1]]
                            if cin_g == 1 and cout_g == 1:
                                target += xg * wg[0, 0]
                            else:
                                # Sum over the group's input channels for each output channel.
                                target += np.einsum("io,ihw->ohw", wg, xg)
                out[:, qr::stride[0], qc::stride[1]] = phase
        if bias is not None:
            out += bias.astype(dtype)[:, None, None]
        # |y| <= max|x| * max over o of sum |w[:, o]| + max|b|: when that bound is
        # finite the result is too, and the full scan can be skipped.
        bound = float(np.abs(x3).max()) * float(np.abs(w4).sum(axis=(0, 2, 3)).max())
        if bias is not None:
            bound += float(np.abs(bias).max())
    if not (bound < float(np.finfo(dtype).max) / 4) and not np.isfinite(out).all():
        raise ParamError("x", "overflow")
    return out[0] if single else out
