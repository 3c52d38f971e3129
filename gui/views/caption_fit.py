"""The largest cells whose grids and captions fit a canvas, captions being sized in pixels.

A view's arrangement is a function ``arrange(line, place)``: given the
height of a caption line in cells, it calls ``place(item, x, y)`` for each
grid and ``place(caption, x, y, line)`` for each caption.  Here ``place``
either only measures (:class:`Extent`) or moves the items (:func:`apply`).

Captions are a fixed number of pixels tall whatever the cells' size, so the
picture's extent in cells depends on the cell size: a bisection finds the
largest cell size whose picture fits (smaller cells only make the captions
relatively larger, so the fit is monotone).
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["Arrangement", "Extent", "FIT_PADDING", "apply", "largest_cell"]

FIT_PADDING = 0.03  # of the picture, on each side, when fitted

Arrangement = Callable[[float, Callable], None]


class Extent:
    """A ``place`` that only adds up the picture's extent (in cells)."""

    def __init__(self):
        self.left = self.top = float("inf")
        self.right = self.bottom = float("-inf")

    def place(self, item, x: float, y: float, line: float | None = None) -> None:
        if item.isVisible():
            x0, y0, x1, y1 = (item.rect_for(line) if line is not None
                              else item.boundingRect()).getCoords()
            self.left, self.top = min(self.left, x + x0), min(self.top, y + y0)
            self.right, self.bottom = max(self.right, x + x1), max(self.bottom, y + y1)

    @property
    def width(self) -> float:
        return max(0.0, self.right - self.left)

    @property
    def height(self) -> float:
        return max(0.0, self.bottom - self.top)


def apply(item, x: float, y: float, line: float | None = None) -> None:
    """The ``place`` that puts an item there (and sizes a caption's lines)."""
    if line is not None:
        item.set_text(item.text(), line)
    item.setPos(x, y)


def largest_cell(arrange: Arrangement, width: float, height: float, line_px: float) -> float:
    """The largest cell size (px) at which ``arrange`` fits ``width`` × ``height`` pixels.

    Captions are ``line_px`` pixels a line.  0 when even the captions alone
    do not fit.
    """
    width, height = width / (1 + 2 * FIT_PADDING), height / (1 + 2 * FIT_PADDING)

    def fits(cell: float) -> bool:
        extent = Extent()
        arrange(line_px / cell, extent.place)
        return extent.width * cell <= width and extent.height * cell <= height

    # The grids alone (captions of no height) bound the cell size from above.
    grids = Extent()
    arrange(0.0, grids.place)
    low = 1.0
    high = min(width / max(grids.width, 1e-3), height / max(grids.height, 1e-3))
    if high <= low or not fits(low):
        return 0.0
    for _ in range(9):  # to a 500th of the bound: a fraction of a pixel
        mid = (low + high) / 2
        low, high = (mid, high) if fits(mid) else (low, mid)
    return low
