"""Small translated words and number forms the lesson's sentences share.

An axis is told as ``""`` (both axes agree, one sentence for both), ``"H"``
or ``"W"``; the words for its sides and its rows or columns follow from it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

__all__ = ["DOT", "MINUS", "TIMES", "factor", "last_side", "num", "sides", "unit"]

MINUS, TIMES, DOT = "\u2212", "\u00d7", "\u00b7"


def _tr(text: str) -> str:
    return QCoreApplication.translate("lesson", text)


def num(v: int) -> str:
    """An integer with a real minus sign: ``-2`` as ``−2``."""
    return f"{MINUS}{-v}" if v < 0 else str(v)


def factor(v: int) -> str:
    """An integer as a factor of a product: negative ones in brackets, ``(−2)``."""
    return f"({MINUS}{-v})" if v < 0 else str(v)


def unit(axis: str, n: int) -> str:
    """"rows", "columns" or "rows/columns" (singular when ``n == 1``)."""
    if axis == "H":
        return _tr("row") if n == 1 else _tr("rows")
    if axis == "W":
        return _tr("column") if n == 1 else _tr("columns")
    return _tr("row/column") if n == 1 else _tr("rows/columns")


def sides(axis: str) -> tuple[str, str, str]:
    """(both sides, first side, last side) of an axis, as sentence openings."""
    if axis == "H":
        return _tr("Top and bottom"), _tr("Top"), _tr("Bottom")
    if axis == "W":
        return _tr("Left and right"), _tr("Left"), _tr("Right")
    return _tr("Each side"), _tr("Top/left"), _tr("Bottom/right")


def last_side(axis: str) -> str:
    """The side output_padding acts on, in running text."""
    if axis == "H":
        return _tr("bottom")
    if axis == "W":
        return _tr("right")
    return _tr("bottom/right")
