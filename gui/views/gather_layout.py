"""Where the lesson's grids go: a few arrangements, sized to fill a canvas.

Pure arithmetic, no Qt.  Every arrangement is a row of columns, each column
a stack of grids with their captions above them.  Captions and gaps have a
fixed size in pixels (they are text), grids one cell per unit, so the
largest cell that fits is the largest ``c`` with ``c <= fit(c)``: the fit is
monotone in ``c``, and a bisection finds it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

__all__ = ["ARRANGEMENTS", "Block", "Layout", "arrange", "best_layout"]

#: Columns of stacked grids, in the order the lesson reads.  The first one
#: that gives cells within :data:`TOLERANCE` of the best is taken, so a
#: layout only changes for a real gain.
ARRANGEMENTS: dict[str, tuple[tuple[str, ...], ...]] = {
    # the rotated kernel under the zero-inserted grid, next to the padded grid it slides over
    "stacked": (("input", "kernel"), ("zero_inserted", "flipped"), ("padded",), ("output",)),
    # padded, rotated kernel, output read as "padded ⊛ rotated = output"
    "columns": (("input", "kernel"), ("zero_inserted",), ("padded",), ("flipped",), ("output",)),
    # two rows: the rotated kernel under the padded grid
    "rows": (("input", "kernel"), ("zero_inserted",), ("padded", "flipped"), ("output",)),
}
TOLERANCE = 0.97
GAP_LINES = 1.0  # gap between columns, in caption lines
STACK_LINES = 0.6  # gap between stacked grids, in caption lines
MIN_GAP = 0.35  # cells: grids never touch, however large the cells
YIELD = 0.5  # captions shrink when the cells would be smaller than this many of their lines
SMALLEST_LINE = 6.0  # px: the smallest caption line they shrink to
CAPTION_GAIN = 1.05  # ...and only while each step makes the cells this much larger


class Block(NamedTuple):
    """One grid: ``rows`` x ``cols`` cells under a caption of ``lines`` lines.

    ``caption_em`` is the caption's width in cells when one line is one cell tall.
    """

    rows: int
    cols: int
    caption_em: float
    lines: int


class Layout(NamedTuple):
    """Top-left corners of the grids (cells), the picture's size, cell and line size."""

    name: str
    positions: dict[str, tuple[float, float]]
    width: float
    height: float
    cell_px: float
    line: float  # a caption line, in cells


def arrange(blocks: dict[str, Block], name: str, cell_px: float, line_px: float) -> Layout:
    """The arrangement ``name`` for cells of ``cell_px`` pixels and captions of ``line_px``."""
    line = line_px / cell_px
    gap = max(MIN_GAP, GAP_LINES * line)
    stack_gap = max(MIN_GAP, STACK_LINES * line)
    columns = ARRANGEMENTS[name]
    # The first grid of every column starts at one height, so the top row lines up.
    top = max(blocks[col[0]].lines for col in columns) * line
    positions: dict[str, tuple[float, float]] = {}
    x = height = 0.0
    for col in columns:
        y = top
        width = 0.0
        for k, grid in enumerate(col):
            b = blocks[grid]
            if k:
                y += stack_gap + b.lines * line
            positions[grid] = (x, y)
            y += b.rows
            width = max(width, b.cols, b.caption_em * line)
        height = max(height, y)
        x += width + gap
    return Layout(name, positions, x - gap, height, cell_px, line)


def _largest_cell(blocks, name, canvas, line_px) -> float:
    """The largest cell size (px) whose arrangement fits ``canvas`` (width, height in px).

    Bisection to a hundredth of a pixel's share: 16 steps from the canvas size.
    """
    w, h = canvas

    def fits(c: float) -> bool:
        lay = arrange(blocks, name, c, line_px)
        return lay.width * c <= w and lay.height * c <= h

    low, high = 0.5, max(w, h, 1.0)
    if not fits(low):
        return low
    for _ in range(16):
        mid = (low + high) / 2
        low, high = (mid, high) if fits(mid) else (low, mid)
    return low


@lru_cache(maxsize=64)
def _best(blocks: tuple[tuple[str, Block], ...], canvas: tuple[float, float], line_px: float) -> Layout:
    table = dict(blocks)
    sizes = {name: _largest_cell(table, name, canvas, line_px) for name in ARRANGEMENTS}
    best = max(sizes.values())
    # A canvas narrower than the captions' own text (a small window with the side
    # panel open): the captions shrink until the cells are half a line tall again, as
    # long as that makes the cells larger. Many cells (46×46) are small whatever the
    # captions do: their captions keep a readable size.
    while best < YIELD * line_px and line_px > SMALLEST_LINE:
        smaller = {name: _largest_cell(table, name, canvas, line_px * 0.85) for name in ARRANGEMENTS}
        if max(smaller.values()) < CAPTION_GAIN * best:
            break
        sizes, best, line_px = smaller, max(smaller.values()), line_px * 0.85
    name = next(n for n in ARRANGEMENTS if sizes[n] >= TOLERANCE * best)
    return arrange(table, name, sizes[name], line_px)


def best_layout(blocks: dict[str, Block], canvas: tuple[float, float], line_px: float) -> Layout:
    """The arrangement with the largest cells on ``canvas``, laid out at that size.

    Remembered for the last few grids and canvases: stepping a parameter
    back and forth, or selecting cells, costs no layout at all.
    """
    return _best(tuple(sorted(blocks.items())), (float(canvas[0]), float(canvas[1])), float(line_px))
