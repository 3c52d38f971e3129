"""A grid's caption, drawn in cell units so the layout can make room for it.

Text in an inverted pyqtgraph view would be drawn upside down, so ``paint``
maps the caption's rectangle to the device and writes the text there with a
pixel size that follows the zoom.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QGraphicsItem

from convt_lab.gui.items.scene_item import SceneItem

__all__ = ["CaptionItem"]

_REFERENCE_PX = 100


class CaptionItem(SceneItem):
    """Lines of text whose bottom-left corner is the item's origin."""

    def __init__(self, colour: str = "#222222"):
        super().__init__()
        self._lines: list[str] = []
        self._text: str | None = None
        self._em = 0.0
        self._line_height = 1.0
        self._width = 0.0
        self._rect = QRectF()
        self._colour = QColor(colour)
        self._font = QFont()
        self._font.setBold(True)
        # Drawn once per zoom and kept as a picture: a click repaints the
        # highlights around the captions, not their text (exports draw afresh).
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_text(self, text: str, line_height: float, colour: str | None = None) -> None:
        """Show ``text`` with each line ``line_height`` cells tall."""
        self.prepareGeometryChange()
        if text != self._text:
            # The text's width for lines one cell tall; measured once per text.
            self._text = text
            self._lines = text.split("\n")
            font = QFont(self._font)
            font.setPixelSize(_REFERENCE_PX)
            metrics = QFontMetricsF(font)
            widest = max((metrics.horizontalAdvance(line) for line in self._lines), default=0.0)
            self._em = widest / (_REFERENCE_PX * 1.25)
        self._line_height = line_height
        if colour:
            self._colour = QColor(colour)
        self._width = self.width_for(line_height)
        self._rect = self.rect_for(line_height)
        self.update()

    def width_for(self, line_height: float) -> float:
        """The text's width in cells with lines ``line_height`` cells tall."""
        return self._em * line_height

    def rect_for(self, line_height: float) -> QRectF:
        """The bounding rectangle with lines ``line_height`` cells tall (item coordinates)."""
        # A little beyond the text's measured box: hinting at a small pixel size can
        # make it a pixel wider, and the cached picture is clipped to this rectangle.
        height = line_height * len(self._lines)
        pad = 0.1 * line_height
        return QRectF(-pad, -height - pad, self.width_for(line_height) * 1.15 + 2 * pad,
                      height + 2 * pad)

    @property
    def lines(self) -> int:
        """How many lines the text has."""
        return len(self._lines)

    def text(self) -> str:
        return self._text or ""

    @property
    def width(self) -> float:
        """Width in cells."""
        return self._width

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        transform = painter.transform()
        painter.save()
        painter.resetTransform()
        painter.setPen(self._colour)
        n = len(self._lines)
        for k, line in enumerate(self._lines):
            rect = transform.mapRect(
                QRectF(0, -(n - k) * self._line_height, self._width * 1.5, self._line_height)
            )
            font = QFont(self._font)
            font.setPixelSize(max(1, int(rect.height() / 1.25)))
            painter.setFont(font)
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
        painter.restore()
