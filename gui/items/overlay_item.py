"""A light item that draws the highlights above every grid.

A click replaces the list of marks and repaints only these few rectangles;
the grids underneath are not touched.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

__all__ = ["Mark", "OverlayItem", "mark"]


MARGIN = 0.3  # cells around a mark repainted with it: its pen may lie outside the cell


@dataclass(frozen=True)
class Mark:
    """One highlighted rectangle, in view coordinates (one cell = one unit).

    ``label`` is a small note written in the cell's lower right corner,
    such as the kernel weight that multiplies it.
    """

    rect: QRectF
    colour: str
    width: float = 3.0
    fill_alpha: int = 0
    label: str = ""
    dashed: bool = False
    outside: bool = False  # drawn around the cell, so its number stays clear


# Every view's highlight looks: (theme colour, pen width in px, dashed, outside).
# Outlines only: a cell keeps the fill colour that tells its role.
_LOOKS = {
    "selected": ("selected", 4, False, True),
    "tap_input": ("window", 4, False, False),
    "tap_zero": ("window", 2, False, False),
    "window": ("window", 2, True, False),
    "line": ("window", 2, True, False),
    "axis": ("window", 3, False, False),
    "stamp": ("window", 3, False, False),
    "source": ("source", 4, False, False),
    "footprint": ("footprint", 3, False, False),
}


def mark(rect: QRectF, style: str, theme, label: str = "") -> Mark:
    """The :class:`Mark` of a named highlight style in ``theme``'s colours."""
    colour, width, dashed, outside = _LOOKS[style]
    return Mark(rect, getattr(theme, colour), width, label=label, dashed=dashed, outside=outside)


class OverlayItem(pg.GraphicsObject):
    """Draws a list of :class:`Mark` on top of the grids."""

    def __init__(self):
        super().__init__()
        self.setZValue(10)
        self._marks: list[Mark] = []
        self._bounds = QRectF()
        self._font = QFont()
        self._font.setBold(True)

    def set_marks(self, marks: list[Mark]) -> None:
        """Draw ``marks`` instead of the marks drawn now.

        Only the cells under the old and the new marks are repainted: the
        item's extent only grows (a geometry change repaints all it covers),
        and a click asks for the few rectangles it changes.
        """
        old, self._marks = self._marks, list(marks)
        bounds = QRectF()
        for m in self._marks:
            bounds = bounds.united(m.rect)
        bounds = bounds.adjusted(-1, -1, 1, 1)
        if self._bounds.isEmpty() or not self._bounds.contains(bounds):
            self.prepareGeometryChange()
            self._bounds = bounds if self._bounds.isEmpty() else self._bounds.united(bounds)
            self.update()
            return
        for m in (*old, *self._marks):
            self.update(m.rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))

    @property
    def marks(self) -> list[Mark]:
        return list(self._marks)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option, widget=None) -> None:
        transform = painter.transform()
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        cell_px = transform.mapRect(QRectF(0, 0, 1, 1)).height()
        label_px = int(min(0.28 * cell_px, 22))
        self._font.setPixelSize(max(1, label_px))
        painter.setFont(self._font)
        for m in self._marks:
            rect = transform.mapRect(m.rect)
            colour = QColor(m.colour)
            if m.fill_alpha:
                fill = QColor(colour)
                fill.setAlpha(m.fill_alpha)
                painter.fillRect(rect, fill)
            pen = QPen(colour)
            width = min(m.width, max(1.0, 0.12 * cell_px))
            pen.setWidthF(width)
            if m.dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            half = math.ceil(width / 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            inset = -half if m.outside else half
            painter.drawRect(rect.adjusted(inset, inset, -inset, -inset))
            if m.label and label_px >= 9:  # smaller notes cannot be read
                painter.drawText(
                    rect.adjusted(0, 0, -half - 2, -half),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                    m.label,
                )
        painter.restore()
