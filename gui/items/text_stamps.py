"""Short labels laid out once per pixel size and drawn again and again.

A grid writes the same few numbers into many cells ("0" in most of a padded
grid), and the highlights write the same weights at every click: laying each
label out once (``QStaticText``) and stamping it saves the text shaping.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStaticText, QTransform

__all__ = ["TextStamps"]


class TextStamps:
    """Laid-out labels in ``font`` (made bold or not by the owner) at one pixel size.

    Draw them with :attr:`font` set on the painter: ``drawStaticText`` uses
    the painter's font and lays a stamp out again when the two differ.
    """

    SIZES_KEPT = 4  # pixel sizes whose stamps are kept: a paint may use two, a zoom a few

    def __init__(self, font: QFont):
        self.font = font
        self._px = -1
        self._stamps: dict[str, QStaticText] = {}
        self._by_px: dict[int, dict[str, QStaticText]] = {}

    def set_px(self, px: int) -> None:
        """Labels ``px`` pixels tall from now on.

        The stamps of the last few sizes are kept: the highlights' labels
        measured at one size and drawn at a smaller one, click after click,
        are not laid out again each time.
        """
        if px != self._px:
            if px not in self._by_px and len(self._by_px) >= self.SIZES_KEPT:
                self._by_px.pop(next(iter(self._by_px)))  # the oldest size
            self._px, self._stamps = px, self._by_px.setdefault(px, {})
            self.font.setPixelSize(max(1, px))

    def get(self, text: str) -> QStaticText:
        stamp = self._stamps.get(text)
        if stamp is None:
            stamp = self._stamps[text] = QStaticText(text)
            stamp.setTextFormat(Qt.TextFormat.PlainText)
            stamp.prepare(QTransform(), self.font)
        return stamp
