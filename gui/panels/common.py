"""What the panels share: spinners that show the state's numbers, and text sized at 1x."""

from __future__ import annotations

import math

from PySide6.QtCore import QSignalBlocker, QSize, Qt
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics
from PySide6.QtWidgets import QLabel, QSpinBox

__all__ = ["SizedLabel", "font_at_scale_1", "show_value", "wrapped_height"]

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


class SizedLabel(QLabel):
    """A label that works out its size once for each text, font and width.

    A label whose text can be selected lays its text out as a whole
    document for every size it is asked, twice (it then lays it out again at
    the width it had), and the layouts around it ask several times a change:
    the lesson's step text was laid out some twenty times for each change of
    a parameter.  The answers stay the same until the text, font, margins
    or wrapping change, so they are kept.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._key: tuple | None = None
        self._sizes: dict = {}

    def _known(self) -> dict:
        margins = self.contentsMargins()
        key = (self.text(), self.font().key(), self.wordWrap(), self.margin(), self.indent(),
               margins.left(), margins.top(), margins.right(), margins.bottom())
        if key != self._key:
            self._key, self._sizes = key, {}
        return self._sizes

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        known = self._known()
        if width not in known:
            if len(known) > 32:  # dragged through many widths: keep memory bounded
                known.clear()
            known[width] = super().heightForWidth(width)
        return known[width]

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        known = self._known()
        if "hint" not in known:
            known["hint"] = super().sizeHint()
        return QSize(known["hint"])

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        known = self._known()
        if "least" not in known:
            known["least"] = super().minimumSizeHint()
        return QSize(known["least"])
