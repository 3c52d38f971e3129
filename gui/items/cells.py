"""Pure helpers for grids of cells: hit-testing and number formatting.

One cell is one unit of item coordinates: cell (row, col) covers
``col <= x < col + 1`` and ``row <= y < row + 1``.
"""

from __future__ import annotations

import math

__all__ = ["cell_at", "format_value"]


def cell_at(x: float, y: float, shape: tuple[int, int]) -> tuple[int, int] | None:
    """The (row, col) of the cell under item point (x, y), or None outside the grid."""
    if not (math.isfinite(x) and math.isfinite(y)):
        return None
    row, col = math.floor(y), math.floor(x)
    if 0 <= row < shape[0] and 0 <= col < shape[1]:
        return (row, col)
    return None


def format_value(v: float) -> str:
    """A short label for a cell value: whole numbers as ints, others to 3 significant digits."""
    if v == 0:
        return "0"  # also turns -0.0 into 0
    if float(v).is_integer() and abs(v) < 1e6:
        return str(int(v))
    return f"{v:.3g}"
