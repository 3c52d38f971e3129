"""What the panels share: spinners that show the state's numbers, and text sized at 1x."""

from __future__ import annotations

import math

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QFontMetrics, QPalette
from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

__all__ = ["font_at_scale_1", "paint_text", "problem_label", "show_value", "wrapped_height"]

PROBLEM_RED = "#b00020"

WRAP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap


def show_value(box: QSpinBox, value: int, low: int | None = None, high: int | None = None) -> None:
    """Show ``value`` (within ``low``..``high`` when given) without emitting a request.

    A spinner is touched only where something differs: setting the same
    value again rewrites its text and repaints it, and a parameter change
    would repaint every spinner of the side panel.
    """
    with QSignalBlocker(box):  # showing the state is not a request
        if low is not None and high is not None and (box.minimum(), box.maximum()) != (low, high):
            box.setRange(low, high)
        # Text typed and not yet committed is replaced too, as a new value would be.
        if box.value() != value or box.cleanText() != box.textFromValue(value):
            box.setValue(value)


def font_at_scale_1(font: QFont, scale: float, least_px: float = 0.0) -> QFont:
    """``font`` as a font scale of 1 would size it: its pixels over ``scale``, at least ``least_px``.

    A larger font scale must not take the grids' room, so text that may
    grow is given the room it would take at 1x (``least_px``: presentation
    mode's least size, the cell numbers').
    """
    at_1x = QFont(font)
    px = QFontInfo(font).pixelSize() / max(1.0, scale)
    at_1x.setPixelSize(max(1, round(px), math.ceil(least_px)))
    return at_1x


def wrapped_height(font: QFont, width: int, text: str) -> int:
    """The height of ``text`` word-wrapped at ``width`` pixels in ``font``."""
    return QFontMetrics(font).boundingRect(0, 0, max(1, width), 1 << 20, WRAP, text).height()


def paint_text(widget: QWidget, colour: str, bold: bool = False, px: int = 0) -> None:
    """Give ``widget`` a text colour, and bold or a pixel size, from its palette and font.

    Set this way, not with a style sheet: a style sheet routes the widget
    through Qt's style-sheet engine, whose start the window's first
    appearance would wait for.  The font sets only what is asked for; the
    rest follows the window's font.
    """
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    widget.setPalette(palette)
    if bold or px:
        font = QFont()  # nothing resolved: the family and size stay the window's
        if bold:
            font.setBold(True)
        if px:
            font.setPixelSize(px)
        widget.setFont(font)


def problem_label(name: str) -> QLabel:
    """A label for what is wrong, in bold red, wrapped; it takes no room while empty."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    paint_text(label, PROBLEM_RED, bold=True)
    label.hide()
    return label
