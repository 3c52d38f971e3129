"""Small translated words and number forms the lesson's sentences share.

An axis is told as ``""`` (both axes agree, one sentence for both), ``"H"``
or ``"W"``; the words for its sides and its rows or columns follow from it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

__all__ = ["DOT", "MINUS", "TIMES", "factor", "last_side", "num", "sentences", "sides", "unit"]

MINUS, TIMES, DOT = "\u2212", "\u00d7", "\u00b7"



def num(v: int) -> str:
    """An integer with a real minus sign: ``-2`` as ``−2``."""
    return f"{MINUS}{-v}" if v < 0 else str(v)


def factor(v: int) -> str:
    """An integer as a factor of a product: negative ones in brackets, ``(−2)``."""
    return f"({MINUS}{-v})" if v < 0 else str(v)


def unit(axis: str, n: int) -> str:
    """"rows", "columns" or "rows/columns" (singular when ``n == 1``)."""
    if axis == "H":
        words = (QCoreApplication.translate("lesson", "row"), QCoreApplication.translate("lesson", "rows"))
    elif axis == "W":
        words = (QCoreApplication.translate("lesson", "column"), QCoreApplication.translate("lesson", "columns"))
    else:
        words = (QCoreApplication.translate("lesson", "row/column"), QCoreApplication.translate("lesson", "rows/columns"))
    return words[0] if n == 1 else words[1]


def sides(axis: str) -> tuple[str, str, str]:
    """(both sides, first side, last side) of an axis, as sentence openings."""
    if axis == "H":
        return (
            QCoreApplication.translate("lesson", "Top and bottom"),
            QCoreApplication.translate("lesson", "Top"),
            QCoreApplication.translate("lesson", "Bottom"),
        )
    if axis == "W":
        return (
            QCoreApplication.translate("lesson", "Left and right"),
            QCoreApplication.translate("lesson", "Left"),
            QCoreApplication.translate("lesson", "Right"),
        )
    return (
        QCoreApplication.translate("lesson", "Each side"),
        QCoreApplication.translate("lesson", "Top/left"),
        QCoreApplication.translate("lesson", "Bottom/right"),
    )


def last_side(axis: str) -> str:
    """The side output_padding acts on, in running text."""
    if axis == "H":
        return QCoreApplication.translate("lesson", "bottom")
    if axis == "W":
        return QCoreApplication.translate("lesson", "right")
    return QCoreApplication.translate("lesson", "bottom/right")


def sentences(*parts: str) -> str:
    """Sentences run on: a space between them in English, none in Chinese."""
    glue = QCoreApplication.translate("lesson", "{first} {second}")
    text = ""
    for part in parts:
        if part:
            text = glue.format(first=text, second=part) if text else part
    return text
