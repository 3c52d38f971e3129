"""Pure helpers of the Matrix Cᵀ view: the window of rows and columns drawn, its cell
size and the heat colours."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor

from convt_lab.gui.theme import REDDISH_PURPLE, Theme

__all__ = ["GAP", "MIN_BAND", "MIN_CELL_PX", "READABLE_PX", "band", "band_sizes", "heat_colours",
           "least_cell"]

#: Cells are never drawn smaller than this just to fit every row or column: numbers of
#: some 15 px, read from the back of a classroom (the lesson's 25 rows show as a band
#: around the selection up to a 1080p screen).  It grows gently with the font scale
#: (:func:`least_cell`).
MIN_CELL_PX = 34.0
#: The size in pixels a number of up to :data:`WIDEST` characters keeps in the least cell.
READABLE_PX = 11.0
#: Longer numbers are rounded to this many characters (``≈3333``) rather than enlarge every cell.
WIDEST = 5
#: The fewest rows a band shows.
MIN_BAND = 3
GAP = 0.6  # cells between the matrix, b and y


def _mix(a: str, b: str, t: float) -> np.ndarray:
    ca, cb = QColor(a), QColor(b)
    va = np.array([ca.red(), ca.green(), ca.blue()], float)
    vb = np.array([cb.red(), cb.green(), cb.blue()], float)
    return va + (vb - va) * t


def heat_colours(values: np.ndarray, theme: Theme, top: float | None = None) -> np.ndarray:
    """Zero in the background colour; others in the kernel's tint, stronger with ``|value|``.

    ``top`` is the magnitude drawn strongest (the largest ``|value|`` when
    None): a window of the matrix passes the whole matrix's, so a weight
    keeps its colour wherever the window is.
    """
    strong = _mix(theme.kernel, REDDISH_PURPLE, 0.5)
    weak = _mix(theme.background, theme.kernel, 0.45)
    mag = np.abs(values)
    if top is None:
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


def least_cell(chars: int, scale: float) -> float:
    """The least cell in pixels whose numbers of ``chars`` characters are :data:`READABLE_PX`.

    As :func:`.grid_item.number_px` writes them: up to 0.45 of the cell, and
    at most 0.9 of its width for the whole label (a character is 0.62 of the
    size).  It grows with the tenth root of the font ``scale``: at 2x the larger text
    takes height, and a band of a few large rows would say little about the matrix.
    """
    chars = min(max(1, chars), WIDEST)
    return max(MIN_CELL_PX, READABLE_PX * 0.62 * chars / 0.9) * max(1.0, scale) ** 0.1


def band_sizes(rows: int, cols: int, blocks: int, cap: float, canvas: tuple[float, float],
               least: float) -> tuple[int, int, float]:
    """(rows shown, columns shown, cell size in px) for Cᵀ of ``rows`` × ``cols`` on a canvas.

    Captions are ``cap`` pixels tall (a second line names the blocks when
    ``blocks`` > 1).  The whole matrix is shown when its cells are at least
    ``least`` pixels; else cells of that size, and a band of as many rows
    and columns as they leave room for (at least :data:`MIN_BAND` of each).
    """
    width, height = canvas
    lines = 1 + (blocks > 1)
    # Width: left labels (about 2 cells of caption), row header, matrix, b, y.
    side = 1 + 2 * (1 + GAP) + 0.3
    free_w = width - 2.6 * cap - 24
    free_h = height - (lines + 0.3) * cap - 24
    head = 2.3  # column headers and x, in cells
    whole = min(free_w / (cols + side), free_h / (rows + head))
    if whole >= least or (rows <= MIN_BAND and cols <= MIN_BAND):
        return rows, cols, max(whole, 1.0)
    shown_rows = int((free_h - head * least) // least)
    shown_cols = int((free_w - side * least) // least)
    return (max(min(rows, MIN_BAND), min(rows, shown_rows)),
            max(min(cols, MIN_BAND), min(cols, shown_cols)), least)
