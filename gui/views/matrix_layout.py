"""Pure helpers of the Matrix Cᵀ view: the band of rows drawn and the heat colours."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor

from convt_lab.gui.theme import REDDISH_PURPLE, Theme

__all__ = ["GAP", "MIN_BAND", "MIN_CELL_PX", "band", "band_sizes", "heat_colours"]

#: Cells are never drawn smaller than this (times the square root of the font scale)
#: just to fit every row.
MIN_CELL_PX = 26.0
#: The fewest rows a band shows.
MIN_BAND = 3
GAP = 0.6  # cells between the matrix, b and y


def _mix(a: str, b: str, t: float) -> np.ndarray:
    ca, cb = QColor(a), QColor(b)
    va = np.array([ca.red(), ca.green(), ca.blue()], float)
    vb = np.array([cb.red(), cb.green(), cb.blue()], float)
    return va + (vb - va) * t


def heat_colours(values: np.ndarray, theme: Theme) -> np.ndarray:
    """Zero in the background colour; others in the kernel's tint, stronger with ``|value|``."""
    strong = _mix(theme.kernel, REDDISH_PURPLE, 0.5)
    weak = _mix(theme.background, theme.kernel, 0.45)
    mag = np.abs(values)
    top = mag.max() if mag.size else 0.0
    t = (mag / top)[..., None] if top > 0 else np.zeros((*values.shape, 1))
    rgb = weak + (strong - weak) * t
    rgb[values == 0] = _mix(theme.background, theme.background, 0.0)
    return np.clip(np.rint(rgb), 0, 255).astype(np.uint8)


def band(rows: int, size: int, focus: int | None, start: int = 0) -> tuple[int, int]:
    """The rows ``[r0, r1)`` of a band of ``size`` rows out of ``rows``.

    The band is centred on ``focus`` when given, else it keeps ``start``;
    it never runs past either end.
    """
    size = max(1, min(size, rows))
    r0 = start if focus is None else focus - size // 2
    r0 = min(max(r0, 0), rows - size)
    return r0, r0 + size


def band_sizes(rows: int, cols: int, blocks: int, cap: float, canvas: tuple[float, float],
               least: float) -> tuple[int, float]:
    """(rows in the band, cell size in px) for Cᵀ with ``rows`` × ``cols`` on a canvas of pixels.

    Captions are ``cap`` pixels tall (a second line names the blocks when
    ``blocks`` > 1).  Every row is shown when the cells are at least
    ``least`` pixels; else a band of rows at that size, at least
    :data:`MIN_BAND` of them.
    """
    width, height = canvas
    lines = 1 + (blocks > 1)
    # Width: left labels (about 2 cells of caption), row header, matrix, b, y.
    width_cells = 1 + cols + 2 * (1 + GAP) + 0.3
    free_w = width - 2.6 * cap - 24
    free_h = height - (lines + 0.3) * cap - 24
    head = 2.3  # column headers and x, in cells
    by_width = free_w / width_cells
    all_rows = min(by_width, free_h / (rows + head))
    if all_rows >= least or rows <= MIN_BAND:
        return rows, max(all_rows, 1.0)
    cell = min(by_width, max(least, free_h / (rows + head)))
    shown = int((free_h - head * cell) // cell)
    return max(MIN_BAND, min(rows, shown)), cell
