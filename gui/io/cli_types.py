"""The argument types of ``convt-lab``'s command line: sizes, cells, ranges, speeds.

Each raises ``argparse.ArgumentTypeError`` with one translated line that
repeats at most a short, quoted part of what was typed.
"""

from __future__ import annotations

import argparse
import math
import re

from PySide6.QtCore import QCoreApplication

from convt_lab import core
from convt_lab.gui.texts import problem_text

__all__ = ["MAX_LINE", "SHOWN_CHARS", "SIZE_LIMITS", "whole_in"]

SIZE_LIMITS = ((320, 7680), (240, 4320))

# How much of a user's text an error message repeats.
SHOWN_CHARS = 40
# The longest error line printed; argparse repeats whole arguments in some of its own.
MAX_LINE = 300
# Digits read as a number: past this, one is refused as too large (every range is far smaller).
MAX_DIGITS = 1000


def _shown(text: str, limit: int = SHOWN_CHARS) -> str:
    """``text`` quoted (line breaks escaped), cut to ``limit`` characters."""
    return repr(text) if len(text) <= limit else repr(text[:limit]) + "\u2026"


def _pair(text: str, limits: tuple[int, int] | None = None, dest: str = "") -> tuple[int, int]:
    """N or AxB as whole numbers (argparse type for any size option); ``limits`` names the range."""
    m = re.fullmatch(r"\s*(-?\d+)\s*(?:[xX\u00d7*]\s*(-?\d+)\s*)?", text)
    if not m:
        raise argparse.ArgumentTypeError(QCoreApplication.translate(
            "cli", "expected N or AxB with whole numbers, got {text}").format(text=_shown(text)))
    parts = [g for g in m.groups() if g is not None]
    for part in parts:
        # int() refuses more than 4,300 digits, and core its own far smaller range:
        # say the real range before either is reached.
        digits = len(part.lstrip("-"))
        if digits > 9 and limits is not None:
            shown = QCoreApplication.translate("cli", "a {n}-digit number").format(n=digits)
            raise argparse.ArgumentTypeError(problem_text(
                core.ParamError(dest, "limit", low=limits[0], high=limits[1], value=shown)))
    a = _whole(parts[0])
    return (a, _whole(parts[1]) if len(parts) > 1 else a)


def _whole(part: str) -> int:
    """A run of digits (with a sign) as an int; a number longer than any range is refused here.

    ``int()`` refuses more than 4,300 digits; anything near that long is far
    outside every range the options check, which then say so with the range.
    """
    digits = len(part.strip().lstrip("+-").lstrip("0"))
    if digits > MAX_DIGITS:
        raise argparse.ArgumentTypeError(QCoreApplication.translate(
            "cli", "a {n}-digit number is far too large").format(n=digits))
    return int(part)


def _cut(text: str, limit: int = SHOWN_CHARS) -> str:
    """``text`` as typed (a number, unquoted), cut to ``limit`` characters."""
    return text if len(text) <= limit else text[:limit] + "\u2026"


def _pair_of(dest: str):
    """The argparse type of the parameter option ``dest``: :func:`_pair` within core's LIMITS."""
    def pair(text: str) -> tuple[int, int]:
        return _pair(text, core.LIMITS[dest], dest)

    pair.__name__ = dest
    return pair


def _cell_as(form: str):
    """The argparse type of a pair of whole numbers written ``form`` ("I,J", "C,O")."""
    def cell(text: str) -> tuple[int, int]:
        m = re.fullmatch(r"\s*(-?\d+)\s*,\s*(-?\d+)\s*", text)
        if not m:
            raise argparse.ArgumentTypeError(QCoreApplication.translate(
                "cli", "expected {form} with whole numbers, got {text}").format(
                form=form, text=_shown(text)))
        return (_whole(m.group(1)), _whole(m.group(2)))

    cell.__name__ = form
    return cell


def _count(text: str) -> int:
    m = re.fullmatch(r"\s*(-?\d+)\s*", text)
    if not m:
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("cli", "expected a whole number, got {text}").format(text=_shown(text)))
    return _whole(m.group(1))


def whole_in(text: str, name: str, low: int, high: int) -> int:
    """``text`` as a whole number from ``low`` to ``high``; ``name`` names it in the error.

    A number too long to read is out of range, not "not a number".
    """
    m = re.fullmatch(r"\s*([+-]?)(\d+)\s*", text)
    if not m:
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("cli", "expected a whole number, got {text}").format(text=_shown(text)))
    digits = m.group(2).lstrip("0") or "0"
    value = int(m.group(1) + digits) if len(digits) <= MAX_DIGITS else None
    if value is None or not low <= value <= high:
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("cli", "{name} {text} is outside {low} to {high}").format(
                name=name, text=_cut(text.strip()), low=low, high=high))
    return value


def _cells(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d+)\s*(?::\s*(\d+)\s*)?", text)
    if not m:
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("cli", "expected FIRST:LAST output cells (from 1), got {text}").format(text=_shown(text)))
    first = _whole(m.group(1))
    return (first, _whole(m.group(2)) if m.group(2) else first)


def _size(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d+)\s*[xX]\s*(\d+)\s*", text)
    if not m:
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("cli", "expected WIDTHxHEIGHT in pixels, got {text}").format(text=_shown(text)))
    w, h = _whole(m.group(1)), _whole(m.group(2))
    (wl, wh), (hl, hh) = SIZE_LIMITS
    if not (wl <= w <= wh and hl <= h <= hh):
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("cli", "size {w}x{h} is outside {wl}x{hl} to {wh}x{hh} pixels").format(
                w=w, h=h, wl=wl, hl=hl, wh=wh, hh=hh))
    return (w, h)


def _fps(text: str) -> float:
    try:
        value = float(text) if len(text) <= SHOWN_CHARS else math.nan
    except ValueError:
        value = math.nan
    if value != value:
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("cli", "expected frames per second, got {text}").format(text=_shown(text)))
    if not 0.1 <= value <= 60:  # GIF stores at most 50: it is capped there
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("cli", "fps {text} is outside 0.1 to 60").format(text=_shown(text)))
    return value
