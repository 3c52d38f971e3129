"""Every intermediate grid of the lesson and the tables of who feeds whom.

The lesson computes a transposed convolution in its *gather* form (Dumoulin &
Visin 2016, section 4.5): insert s-1 zeros between input cells, pad with
P = d(k-1) - p zeros (crop when P < 0) plus op rows at the bottom, then slide
the 180-degree-rotated, dilated kernel with stride 1.  The *scatter* form says
which pairs meet: input ``x[r, c]`` times kernel ``w[a, b]`` lands on output
``(r*s - p + a*d, c*s - p + b*d)``, per axis.  Both forms are built here from
the same per-axis index pairs so that a highlight in the GUI is a lookup.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np

from .engine import MAX_ELEMENTS, as_values, conv_transpose2d
from .errors import ParamError
from .params import AxisSteps, ConvTParams

__all__ = ["MAX_MATRIX", "Role", "Walkthrough", "walkthrough"]

#: The largest C^T, in entries, that :meth:`Walkthrough.matrix` builds.
MAX_MATRIX = 1 << 24


class Role(enum.IntEnum):
    """What a cell of the zero-inserted or padded grid is."""

    INPUT = 0  #: an input value, on the stride lattice
    INSERTED = 1  #: one of the s-1 zeros inserted between neighbours
    PADDING = 2  #: one of the P zeros added on each side
    OUTPUT_PADDING = 3  #: one of the op rows/cols added at the bottom/right
    CROPPED = 4  #: cut away because P < 0 (zero-inserted grid only)


def _readonly(a: np.ndarray) -> np.ndarray:
    a.setflags(write=False)
    return a


def _axis_pairs(steps: AxisSteps) -> np.ndarray:
    """All (r, a, i) on one axis with input r, kernel tap a landing on output i."""
    r, a = np.meshgrid(np.arange(steps.size), np.arange(steps.kernel), indexing="ij")
    i = r * steps.stride + a * steps.dilation - steps.padding
    keep = (i >= 0) & (i < steps.output)
    return np.stack([r[keep], a[keep], i[keep]], axis=1)


def _axis_layout(steps: AxisSteps) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For one axis of the padded grid: source index in zero_inserted, inside, in op band."""
    src = np.arange(steps.padded) - steps.pad
    inside = (src >= 0) & (src < steps.inserted)
    band = np.zeros(steps.padded, bool)
    if steps.output_padding:
        band[-steps.output_padding:] = True
    return src, inside, band & ~inside


@dataclass(frozen=True, eq=False)
class Walkthrough:
    """The frozen result of :func:`walkthrough`; every array is read-only.

    Attributes
    ----------
    params : ConvTParams
    x, weight : ndarray
        The input and the (unflipped) kernel, as float64.
    zero_inserted : ndarray
        ``x`` on the stride lattice with zeros between.
    zero_inserted_roles : ndarray of Role
        INPUT, INSERTED, or CROPPED where P < 0 cuts the cell away.
    padded : ndarray
        ``zero_inserted`` with P rows/cols on the top/left and P + op on the
        bottom/right (cropped where negative).
    roles : ndarray of Role
        The role of each cell of ``padded``.
    flipped_kernel : ndarray
        ``weight`` rotated by 180 degrees.
    output : ndarray
        Equal to ``conv_transpose2d(x, weight, ...)``.
    output_band : ndarray of bool
        The output cells that exist only because of output_padding.
    overlap : ndarray of int
        How many (input cell, kernel cell) pairs land on each output cell.
    """

    params: ConvTParams
    x: np.ndarray
    weight: np.ndarray
    zero_inserted: np.ndarray
    zero_inserted_roles: np.ndarray
    padded: np.ndarray
    roles: np.ndarray
    flipped_kernel: np.ndarray
    output: np.ndarray
    output_band: np.ndarray
    overlap: np.ndarray

    @cached_property
    def _tables(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Who feeds whom, made when first asked (a change of parameters need not sort them).

        ``terms``: contributions as rows (i, j, r, c, a, b), sorted by output
        cell; ``terms[out_start[k]:out_start[k+1]]`` land on output cell
        ``k = i*W_out + j``; ``terms[in_order[in_start[k]:in_start[k+1]]]`` come
        from input cell ``k = r*W + c``.
        """
        hs, ws = self.params.axes
        pr, pc = _axis_pairs(hs), _axis_pairs(ws)
        n_r, n_c = len(pr), len(pc)
        terms = np.empty((n_r * n_c, 6), np.intp)
        terms[:, 0] = np.repeat(pr[:, 2], n_c)
        terms[:, 1] = np.tile(pc[:, 2], n_r)
        terms[:, 2] = np.repeat(pr[:, 0], n_c)
        terms[:, 3] = np.tile(pc[:, 0], n_r)
        terms[:, 4] = np.repeat(pr[:, 1], n_c)
        terms[:, 5] = np.tile(pc[:, 1], n_r)
        oh, ow = self.output.shape
        out_key = terms[:, 0] * ow + terms[:, 1]
        terms = terms[np.lexsort((terms[:, 3], terms[:, 2], out_key))]
        out_key = terms[:, 0] * ow + terms[:, 1]
        out_start = np.concatenate([[0], np.cumsum(np.bincount(out_key, minlength=oh * ow))])
        in_key = terms[:, 2] * self.x.shape[1] + terms[:, 3]
        in_order = np.argsort(in_key, kind="stable")
        in_start = np.concatenate([[0], np.cumsum(np.bincount(in_key, minlength=self.x.size))])
        return tuple(_readonly(a) for a in (terms, out_start, in_order, in_start))

    @property
    def steps(self) -> tuple[AxisSteps, AxisSteps]:
        """The lesson's numbers (H_new, P, padded size, H_out) per axis."""
        return self.params.axes

    def _check_cell(self, name: str, shape: tuple[int, int], i: int, j: int) -> int:
        for v in (i, j):
            if isinstance(v, (bool, np.bool_)) or not isinstance(v, (int, np.integer)):
                raise ParamError(name, "integer", value=v)
        if not (0 <= i < shape[0] and 0 <= j < shape[1]):
            raise ParamError(name, "shape", value=(i, j), expected=f"a cell inside {shape}")
        return int(i) * shape[1] + int(j)

    def window(self, i: int, j: int) -> np.ndarray:
        """The ``padded`` cells read for output (i, j), as rows (row, col).

        Row ``n`` pairs with ``flipped_kernel.ravel()[n]``:
        ``output[i, j] == (padded[tuple(window.T)] * flipped_kernel.ravel()).sum()``.
        """
        self._check_cell("output cell", self.output.shape, i, j)
        (dh, dw) = self.params.dilation
        kh, kw = self.weight.shape
        window = np.empty((kh * kw, 2), np.intp)
        window[:, 0] = np.repeat(i + np.arange(kh) * dh, kw)  # row of tap (a, b): i + a*dh
        window[:, 1] = np.tile(j + np.arange(kw) * dw, kh)  # its column: j + b*dw
        return window

    def sources(self, i: int, j: int) -> np.ndarray:
        """Rows (r, c, a, b): ``x[r, c] * weight[a, b]`` lands on output (i, j)."""
        k = self._check_cell("output cell", self.output.shape, i, j)
        terms, out_start, _, _ = self._tables
        return terms[out_start[k]:out_start[k + 1], 2:]

    def footprint(self, r: int, c: int) -> np.ndarray:
        """Rows (i, j, a, b): input (r, c) times ``weight[a, b]`` lands on output (i, j)."""
        k = self._check_cell("input cell", self.x.shape, r, c)
        terms, _, in_order, in_start = self._tables
        rows = terms[in_order[in_start[k]:in_start[k + 1]]]
        return rows[:, [0, 1, 4, 5]]

    def matrix(self, weight: np.ndarray | None = None) -> np.ndarray:
        """The transposed-convolution matrix C^T, ``(H_out*W_out, H*W)``.

        ``C^T @ x.ravel() == output.ravel()``; its transpose C is the matrix of
        the forward Conv2d with the same kernel, stride, padding and dilation.
        ``weight`` (same shape as the kernel) gives the matrix of another kernel
        of the same geometry: who meets whom does not depend on the values.
        """
        (oh, ow), (h, w) = self.output.shape, self.x.shape
        if oh * ow * h * w > MAX_MATRIX:
            raise ParamError("matrix", "too_large", value=oh * ow * h * w, limit=MAX_MATRIX)
        t = self._tables[0]
        m = np.zeros((oh * ow, h * w))
        k = self.weight if weight is None else np.asarray(weight, np.float64)
        if k.shape != self.weight.shape:
            raise ParamError("weight", "shape", value=k.shape, expected=str(self.weight.shape))
        np.add.at(m, (t[:, 0] * ow + t[:, 1], t[:, 2] * w + t[:, 3]), k[t[:, 4], t[:, 5]])
        return m


def walkthrough(
    x: Any,
    w: Any,
    stride: Any = 1,
    padding: Any = 0,
    output_padding: Any = 0,
    dilation: Any = 1,
) -> Walkthrough:
    """Compute every step of the lesson for a 2-D input ``x`` and kernel ``w``.

    Raises
    ------
    ParamError
        For invalid parameters or arrays, as :func:`conv_transpose2d` does.
    """
    x = as_values(x, "x")
    w = as_values(w, "weight")
    for name, arr in (("x", x), ("weight", w)):
        if arr.ndim != 2:
            raise ParamError(name, "ndim", value=arr.ndim, expected=2)
    params = ConvTParams(x.shape, w.shape, stride, padding, output_padding, dilation)
    hs, ws = params.axes
    cells = hs.padded * ws.padded + hs.inserted * ws.inserted
    if cells > MAX_ELEMENTS:
        raise ParamError("padded", "too_large", value=cells, limit=MAX_ELEMENTS)
    # Every grid is float64, so that the sums the lesson shows add up exactly.
    with np.errstate(over="ignore"):
        x = x.astype(np.float64)
        w = w.astype(np.float64)
    for name, arr in (("x", x), ("weight", w)):
        if not np.isfinite(arr).all():
            raise ParamError(name, "overflow")
    output = conv_transpose2d(
        x, w, stride=params.stride, padding=params.padding,
        output_padding=params.output_padding, dilation=params.dilation,
    )

    # Zero insertion: x on the stride lattice.
    zero_inserted = np.zeros((hs.inserted, ws.inserted))
    zero_inserted[:: hs.stride, :: ws.stride] = x
    on_lattice = np.zeros(zero_inserted.shape, bool)
    on_lattice[:: hs.stride, :: ws.stride] = True

    # Padding (or cropping) by index mapping: padded[pr] = zero_inserted[pr - P].
    (src_r, in_r, band_r), (src_c, in_c, band_c) = _axis_layout(hs), _axis_layout(ws)
    padded = np.zeros((hs.padded, ws.padded))
    padded[np.ix_(in_r, in_c)] = zero_inserted[np.ix_(src_r[in_r], src_c[in_c])]
    roles = np.full(padded.shape, Role.PADDING, np.int8)
    roles[band_r[:, None] | band_c[None, :]] = Role.OUTPUT_PADDING
    lattice = on_lattice[np.ix_(src_r[in_r], src_c[in_c])]
    roles[np.ix_(in_r, in_c)] = np.where(lattice, Role.INPUT, Role.INSERTED)

    zi_roles = np.where(on_lattice, Role.INPUT, Role.INSERTED).astype(np.int8)
    kept_r = np.zeros(hs.inserted, bool)
    kept_r[src_r[in_r]] = True
    kept_c = np.zeros(ws.inserted, bool)
    kept_c[src_c[in_c]] = True
    zi_roles[~(kept_r[:, None] & kept_c[None, :])] = Role.CROPPED

    output_band = np.zeros(output.shape, bool)
    if hs.output_padding:
        output_band[-hs.output_padding:, :] = True
    if ws.output_padding:
        output_band[:, -ws.output_padding:] = True

    # Scatter pairs are the outer product of the per-axis (r, a, i) pairs: so are the
    # counts of pairs per output cell.
    oh, ow = output.shape
    overlap = np.outer(np.bincount(_axis_pairs(hs)[:, 2], minlength=oh),
                       np.bincount(_axis_pairs(ws)[:, 2], minlength=ow))

    return Walkthrough(
        params=params,
        x=_readonly(x),
        weight=_readonly(w),
        zero_inserted=_readonly(zero_inserted),
        zero_inserted_roles=_readonly(zi_roles),
        padded=_readonly(padded),
        roles=_readonly(roles),
        flipped_kernel=_readonly(w[::-1, ::-1].copy()),
        output=_readonly(output),
        output_band=_readonly(output_band),
        overlap=_readonly(overlap),
    )
