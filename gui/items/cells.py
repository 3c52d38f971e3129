"""Pure helpers for grids of cells: hit-testing and number formatting.

One cell is one unit of item coordinates: cell (row, col) covers
``col <= x < col + 1`` and ``row <= y < row + 1``.

Numbers come in two forms.  :func:`format_exact` is the value itself, for
text (the arithmetic panel, ``explain``, the status bar): the shortest text
that reads back as the same float, and whole numbers in full up to 2**53.
:func:`cell_label` is what fits in a cell: the exact text when it fits, else
the value rounded to as many significant digits as fit, marked with
:data:`ROUNDED_MARK` so a rounded label is never taken for the value.
"""

from __future__ import annotations

import math
import re

__all__ = ["ELIDED", "EXACT_INTEGERS", "ROUNDED_MARK", "cell_at", "cell_label", "format_exact",
           "format_value"]

# Whole floats up to this magnitude are written in full: every integer up to
# 2**53 is a float exactly, so all of their digits mean something.
EXACT_INTEGERS = 2**53
# Put before a cell label that is not the exact value.
ROUNDED_MARK = "\u2248"
# Stands for a number too wide for its cell at any precision.
ELIDED = "\u2026"


def cell_at(x: float, y: float, shape: tuple[int, int]) -> tuple[int, int] | None:
    """The (row, col) of the cell under item point (x, y), or None outside the grid."""
    if not (math.isfinite(x) and math.isfinite(y)):
        return None
    row, col = math.floor(y), math.floor(x)
    if 0 <= row < shape[0] and 0 <= col < shape[1]:
        return (row, col)
    return None


def format_exact(v: float) -> str:
    """``v`` exactly: the shortest text that reads back as the same float.

    Whole numbers up to 2**53 in magnitude are written in full, without a
    ".0" or an exponent ("999998000001"); others as Python's ``repr``
    ("1323455.9", "1e-05").  Zero is "0", also for −0.0.
    """
    v = float(v)
    if v == 0:
        return "0"
    if v.is_integer() and abs(v) <= EXACT_INTEGERS:
        return str(int(v))
    return repr(v)


def _compact(text: str) -> str:
    """Python's exponent without its padding: "1e+06" -> "1e6", "2.5e-05" -> "2.5e-5"."""
    return re.sub(r"e([+-])0*(\d)", lambda m: "e" + ("-" if m.group(1) == "-" else "") + m.group(2),
                  text)


def cell_label(v: float, chars: int) -> tuple[str, bool]:
    """The label of a cell with room for ``chars`` characters, and whether it is rounded.

    The exact text (:func:`format_exact`) when it fits; otherwise
    :data:`ROUNDED_MARK` and the value to as many significant digits as fit
    (an exponent where that is shorter).  When not even one digit fits,
    :data:`ELIDED`, so that one wide value does not make the whole grid's
    text too small to read.

    Returns
    -------
    label : str
        The text to draw, the mark included.
    rounded : bool
        True when the label's number is not ``v`` exactly.
    """
    exact = format_exact(v)
    if len(exact) <= chars:
        return exact, False
    v = float(v)
    best, exact_short = None, exact
    for digits in range(15, 0, -1):
        # Plain or with an exponent ("0.005" or "5e-3"), whichever is shorter.
        text = min(_compact(f"{v:.{digits}g}"), _compact(f"{v:.{digits - 1}e}"), key=len)
        if float(text) == v:  # an exponent can say the value exactly, and in fewer characters
            if len(text) <= chars:
                return text, False
            exact_short = min(exact_short, text, key=len)
            continue
        label = ROUNDED_MARK + text
        best = label
        if len(label) <= chars:
            return label, True
    # Nothing fits: a mark that there is a number here (hover shows it), so that one
    # wide value does not shrink every label of the grid below reading size.
    if best is None or len(exact_short) <= len(best):
        return (exact_short, False) if len(exact_short) <= chars else (ELIDED, True)
    return (best, True) if len(best) <= chars else (ELIDED, True)


def format_value(v: float) -> str:
    """A short label for a cell value: whole numbers as ints, others to 3 significant digits.

    Kept for labels drawn beside a highlight (``×w``), where room is small;
    grids use :func:`cell_label` and text uses :func:`format_exact`.
    """
    if v == 0:
        return "0"  # also turns -0.0 into 0
    if float(v).is_integer() and abs(v) < 1e6:
        return str(int(v))
    return f"{v:.3g}"
