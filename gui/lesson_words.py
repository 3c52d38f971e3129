"""Small translated words and number forms the lesson's sentences share.

An axis is told as ``""`` (both axes agree, one sentence for both), ``"H"``
or ``"W"``; the words for its sides and its rows or columns follow from it.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication

__all__ = ["DOT", "MINUS", "TIMES", "factor", "held_together", "last_side", "let_go", "num",
           "sentences", "sides", "unit"]

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


NBSP, WORD_JOINER = "\u00a0", "\u2060"
#: Tokens a formula is made of: a line never breaks on either side of them.
_OPERATORS = frozenset({"=", "+", MINUS, "-", DOT, TIMES, "/", "<", ">", "\u2264", "\u2265",
                        "\u2192", "\u2260", "\u2248", "+=", "|"})
LONGEST_HELD = 28  # characters: a longer formula may break, but only before an operator


@lru_cache(maxsize=256)
def held_together(text: str) -> str:
    """``text`` with its formulas held together where a line wraps.

    A space next to an operator (``3 + 2·2 = 7``) or inside square brackets
    (``[651 923; 1307 1519]``) becomes a no-break space, so a wrapped line
    never ends in "= 3 + 2·2 =" with the 7 on the next.  A formula longer
    than :data:`LONGEST_HELD` characters, which might not fit a narrow
    column, may break before an operator, never after one.
    """
    out = []
    for line in text.split("\n"):
        words = line.split(" ")
        glue, depth = [], 0
        for n, word in enumerate(words[:-1]):
            depth += word.count("[") - word.count("]")
            glue.append(depth > 0 or word in _OPERATORS or words[n + 1] in _OPERATORS)
        runs, run = [], [words[0]]
        for joined, word in zip(glue, words[1:]):
            if joined:
                run.append(word)
            else:
                runs.append(run)
                run = [word]
        runs.append(run)
        out.append(" ".join(_held(r) for r in runs))
    return "\n".join(out)


def let_go(text: str) -> str:
    """``text`` with plain spaces where :func:`held_together` held it (for copying)."""
    return text.replace(WORD_JOINER, "").replace(NBSP, " ")


def _held(run: list[str]) -> str:
    """One formula's words: joined by no-break spaces, or when long, breakable before operators."""
    if len(" ".join(run)) <= LONGEST_HELD:
        return _joined(run)
    pieces = [[run[0]]]
    depth = _depth(run[0])
    for word in run[1:]:
        # Not inside brackets: "⌊(5 − 3)/2⌋" stays whole.
        if word in _OPERATORS and pieces[-1][-1] not in _OPERATORS and depth <= 0:
            pieces.append([word])
        else:
            pieces[-1].append(word)
        depth += _depth(word)
    return " ".join(_joined(p) for p in pieces)


def _joined(words: list[str]) -> str:
    """Words joined by no-break spaces.  A line may still break after "|" (Unicode gives
    it a break after, even before a no-break space): a word joiner after it forbids that."""
    return NBSP.join(WORD_JOINER.join((w, "")) if w == "|" else w for w in words)


def _depth(word: str) -> int:
    """How many brackets ``word`` opens, less those it closes."""
    return sum(word.count(c) for c in "([\u230a") - sum(word.count(c) for c in ")]\u230b")
