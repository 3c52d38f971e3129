"""Why "transposed": the Conv2d whose matrix this layer applies transposed.

``ConvTranspose2d`` with kernel k, stride s, padding p and dilation d maps
``H×W`` to ``N_h×N_w``.  The ``Conv2d`` with the same k, s, p, d maps the
``N_h×N_w`` grid back to ``H'×W'`` (``H' = H`` unless op ≥ s, see
:func:`core.roundtrip.roundtrip`).  Written as matrices on flattened grids,
Conv2d is ``z = C·u`` with ``C[(v, w), (i, j)] = weight[a, b]`` where
``i = v·s − p + a·d`` (PyTorch's Conv2d is a cross-correlation), and the
transposed convolution is ``y = Cᵀ·x``: the scatter form sends input (r, c)
times tap (a, b) to ``(r·s − p + a·d, …)`` — the same index relation, read
the other way (Dumoulin & Visin 2016, section 4.1).

Two consequences the lesson states with numbers:

* ``⟨C·y, x⟩ = ⟨y, Cᵀ·x⟩`` for every y and x (the definition of the
  transpose);
* the gradient of ``L = ⟨Conv2d(u), g⟩`` with respect to u is ``Cᵀ·g``, so
  autograd's backward pass of Conv2d *is* a transposed convolution, and
  ConvTranspose2d is implemented as exactly that.

It is no inverse: ``C·Cᵀ·x`` has x's size but not x's values.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .engine import conv_transpose2d
from .errors import ParamError
from .params import ConvTParams
from .roundtrip import conv2d_output_size
from .walkthrough import MAX_MATRIX

__all__ = ["Transposed", "conv2d", "conv2d_matrix", "transposed"]


def _axis_pairs(n_in: int, n_out: int, k: int, s: int, p: int, d: int) -> np.ndarray:
    """Rows (v, a, i): Conv2d output v reads input i = v·s − p + a·d with tap a."""
    v, a = np.meshgrid(np.arange(n_out), np.arange(k), indexing="ij")
    i = v * s - p + a * d
    keep = (i >= 0) & (i < n_in)
    return np.stack([v[keep], a[keep], i[keep]], axis=1)


def conv2d_matrix(params: ConvTParams, weight: np.ndarray) -> np.ndarray:
    """C: the matrix of ``Conv2d`` (k, s, p, d of ``params``) on the output-size grid.

    Returns
    -------
    ndarray
        ``(H'·W', N_h·N_w)`` with ``(N_h, N_w) = params.output_size`` and
        ``H'``, ``W'`` Conv2d's output sizes for them.

    Raises
    ------
    ParamError
        If the matrix would be larger than ``MAX_MATRIX`` entries.
    """
    weight = np.asarray(weight, np.float64)
    (nh, nw) = params.output_size
    hs, ws = params.axes
    oh = conv2d_output_size(nh, hs.kernel, hs.stride, hs.padding, hs.dilation)
    ow = conv2d_output_size(nw, ws.kernel, ws.stride, ws.padding, ws.dilation)
    if oh * ow * nh * nw > MAX_MATRIX:
        raise ParamError("matrix", "too_large", value=oh * ow * nh * nw, limit=MAX_MATRIX)
    rows = _axis_pairs(nh, oh, hs.kernel, hs.stride, hs.padding, hs.dilation)
    cols = _axis_pairs(nw, ow, ws.kernel, ws.stride, ws.padding, ws.dilation)
    # A 2-D tap pairs one row tap with one column tap: the outer product of the axes.
    v, a, i = (np.repeat(rows[:, n], len(cols)) for n in range(3))
    w, b, j = (np.tile(cols[:, n], len(rows)) for n in range(3))
    m = np.zeros((oh * ow, nh * nw))
    np.add.at(m, (v * ow + w, i * nw + j), weight[a, b])
    return m


def conv2d(u: np.ndarray, weight: np.ndarray, params: ConvTParams) -> np.ndarray:
    """``Conv2d`` (one channel, no bias) with the k, s, p, d of ``params``: ``C·u``.

    Computed tap by tap on the zero-padded u (PyTorch's cross-correlation,
    ``z[v] = Σ_a w[a]·u_pad[v·s + a·d]``), one whole-array slice per tap, so
    no matrix is built.
    """
    u = np.asarray(u, np.float64)
    weight = np.asarray(weight, np.float64)
    if u.shape != params.output_size:
        raise ParamError("u", "shape", value=u.shape, expected=str(params.output_size))
    hs, ws = params.axes
    oh = conv2d_output_size(u.shape[0], hs.kernel, hs.stride, hs.padding, hs.dilation)
    ow = conv2d_output_size(u.shape[1], ws.kernel, ws.stride, ws.padding, ws.dilation)
    padded = np.pad(u, ((hs.padding, hs.padding), (ws.padding, ws.padding)))
    z = np.zeros((oh, ow))
    for a in range(hs.kernel):
        rows = slice(a * hs.dilation, a * hs.dilation + (oh - 1) * hs.stride + 1, hs.stride)
        for b in range(ws.kernel):
            cols = slice(b * ws.dilation, b * ws.dilation + (ow - 1) * ws.stride + 1, ws.stride)
            z += weight[a, b] * padded[rows, cols]
    return z


@dataclass(frozen=True, eq=False)
class Transposed:
    """The Conv2d side of one transposed convolution, with the numbers the view states.

    Attributes
    ----------
    c_shape : (int, int)
        The shape of C, ``(H'·W', N_h·N_w)``.
    x : ndarray
        The transposed convolution's input, ``(H, W)``.
    y : ndarray
        A grid of the output size, ``(N_h, N_w)``; by default the output.
    ct_x : ndarray
        ``Cᵀ·x``: the transposed convolution of x, ``(N_h, N_w)``.
    cy : ndarray
        ``C·y``: Conv2d applied to y, ``(H', W')``.
    lhs, rhs : float
        ``⟨C·y, x⟩`` and ``⟨y, Cᵀ·x⟩``, each summed on its own grid.
    """

    c_shape: tuple[int, int]
    x: np.ndarray
    y: np.ndarray
    ct_x: np.ndarray
    cy: np.ndarray
    lhs: float
    rhs: float

    @property
    def conv_size(self) -> tuple[int, int]:
        """Conv2d's output size H'×W' (the input size H×W unless op ≥ s)."""
        return self.cy.shape

    def window(self, v: int, w: int, params: ConvTParams) -> np.ndarray:
        """Rows (i, j, a, b): Conv2d output (v, w) reads y[i, j] with tap (a, b)."""
        (nh, nw), (sh, sw), (ph, pw), (dh, dw) = (
            params.output_size, params.stride, params.padding, params.dilation)
        kh, kw = params.kernel_size
        a, b = np.meshgrid(np.arange(kh), np.arange(kw), indexing="ij")
        i, j = v * sh - ph + a.ravel() * dh, w * sw - pw + b.ravel() * dw
        keep = (i >= 0) & (i < nh) & (j >= 0) & (j < nw)
        return np.stack([i[keep], j[keep], a.ravel()[keep], b.ravel()[keep]], axis=1)


def transposed(params: ConvTParams, x: np.ndarray, weight: np.ndarray,
               y_values: np.ndarray | None = None) -> Transposed:
    """C, C·y, Cᵀ·x and both sides of ⟨C·y, x⟩ = ⟨y, Cᵀ·x⟩ for one channel pair.

    Parameters
    ----------
    params : ConvTParams
    x, weight : ndarray
        The transposed convolution's input and kernel, ``(H, W)`` and ``(kH, kW)``.
    y_values : ndarray, optional
        Any ``(N_h, N_w)`` grid for y; by default the transposed convolution's
        own output (the numbers on screen).
    """
    x = np.asarray(x, np.float64)
    if x.shape != params.input_size:
        raise ParamError("x", "shape", value=x.shape, expected=str(params.input_size))
    ct_x = np.asarray(conv_transpose2d(
        x, weight, stride=params.stride, padding=params.padding,
        output_padding=params.output_padding, dilation=params.dilation), np.float64)
    y = ct_x if y_values is None else np.asarray(y_values, np.float64)
    # C·y by Conv2d's own definition (not through the engine), so the two
    # sides of the identity come from the two different operations.
    cy = conv2d(y, weight, params)
    # With op ≥ s Conv2d gives back more rows than x has; those extra rows of C
    # meet zeros, so x is compared zero-padded to C·y's size.
    xp = np.zeros(cy.shape)
    xp[: x.shape[0], : x.shape[1]] = x
    return Transposed(c_shape=(cy.size, y.size), x=x, y=y, ct_x=ct_x, cy=cy,
                      lhs=float(np.dot(cy.ravel(), xp.ravel())),
                      rhs=float(np.dot(y.ravel(), ct_x.ravel())))
