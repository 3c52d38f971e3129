"""The forward convolution a transposed one undoes in size only.

``Conv2d`` in PyTorch is a cross-correlation: pad the input with p zeros on
each side, then for every output cell sum ``x_pad[i*s + a*d, j*s + b*d] *
w[a, b]`` (PyTorch's ``Conv2d`` docs).  The lesson runs it after a
``ConvTranspose2d`` with the same kernel, stride, padding and dilation to show
that the size comes back but the values do not: ``ConvTranspose2d`` is the
*transpose* of this map (its matrix is C^T), not its inverse.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .errors import ParamError
from .params import as_pair

__all__ = ["conv2d"]


def conv2d(x: Any, w: Any, stride: Any = 1, padding: Any = 0, dilation: Any = 1) -> np.ndarray:
    """PyTorch's ``Conv2d`` of one 2-D channel ``x`` with one 2-D kernel ``w``, no bias.

    Parameters
    ----------
    x, w : array_like
        2-D input and kernel.
    stride, padding, dilation : int or (int, int)
        Per axis, as in ``torch.nn.functional.conv2d``.

    Returns
    -------
    ndarray
        ``(floor((H + 2p - d(k-1) - 1)/s) + 1, ...)`` cells of float64.

    Raises
    ------
    ParamError
        When an array is not 2-D, a parameter is out of range, or the padded
        input is shorter than the dilated kernel (no output cell).
    """
    x = np.asarray(x, dtype=np.float64)
    w = np.asarray(w, dtype=np.float64)
    for name, arr in (("x", x), ("weight", w)):
        if arr.ndim != 2:
            raise ParamError(name, "ndim", value=arr.ndim, expected=2)
    s, p, d = as_pair(stride, "stride"), as_pair(padding, "padding"), as_pair(dilation, "dilation")
    for axis in (0, 1):
        if s[axis] < 1:
            raise ParamError("stride", "positive", axis, value=s[axis])
        if d[axis] < 1:
            raise ParamError("dilation", "positive", axis, value=d[axis])
        if p[axis] < 0:
            raise ParamError("padding", "non_negative", axis, value=p[axis])
    out = [(x.shape[a] + 2 * p[a] - d[a] * (w.shape[a] - 1) - 1) // s[a] + 1 for a in (0, 1)]
    for axis in (0, 1):
        if out[axis] < 1:
            raise ParamError("output_size", "positive", axis, value=out[axis])
    xp = np.pad(x, ((p[0], p[0]), (p[1], p[1])))
    y = np.zeros(out)
    # One whole-array slice per kernel tap: the tap (a, b) reads every s-th
    # cell of the padded input starting at (a*d, b*d).
    for a in range(w.shape[0]):
        for b in range(w.shape[1]):
            r0, c0 = a * d[0], b * d[1]
            y += w[a, b] * xp[r0:r0 + (out[0] - 1) * s[0] + 1:s[0], c0:c0 + (out[1] - 1) * s[1] + 1:s[1]]
    return y
