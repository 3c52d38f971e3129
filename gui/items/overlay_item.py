"""A light item that draws the highlights above every grid.

A click replaces the list of marks and repaints only these few rectangles;
the grids underneath are not touched.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QTransform

from convt_lab.gui.items.text_stamps import TextStamps

__all__ = ["Mark", "OverlayItem", "mark"]


MARGIN = 0.3  # cells around a mark repainted with it: its pen may lie outside the cell


class Mark(NamedTuple):
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
    return Mark(rect, getattr(theme, colour), width, 0, label, dashed, outside)


class OverlayItem(pg.GraphicsObject):
    """Draws a list of :class:`Mark` on top of the grids."""

    def __init__(self):
        super().__init__()
        self.setZValue(10)
        self._marks: list[Mark] = []
        self._areas: list[QRectF] = []  # what the marks cover, repainted when they change
        self._boxes: list[tuple[float, float, float, float]] = []  # the marks' (x0, y0, x1, y1)
        self._bounds = QRectF()
        font = QFont()
        font.setBold(True)
        self._stamps = TextStamps(font)

    def set_marks(self, marks: list[Mark], groups: list | None = None) -> None:
        """Draw ``marks`` instead of the marks drawn now.

        Only the cells under the old and the new marks are repainted: the
        item's extent only grows (a geometry change repaints all it covers),
        and a click asks for the few rectangles it changes.  ``groups`` names
        each mark's group (such as its grid): a group's marks are repainted as
        the one rectangle around them, a few requests instead of one a mark.
        """
        self._marks = list(marks)
        # Plain numbers from here on: a 7x7 kernel's click has some sixty marks,
        # and each call into Qt costs more than the arithmetic it would do.
        self._boxes = [m.rect.getCoords() for m in self._marks]
        keys = range(len(self._marks)) if groups is None else groups
        areas: dict = {}
        for key, (x0, y0, x1, y1) in zip(keys, self._boxes):
            area = areas.get(key)
            areas[key] = (x0, y0, x1, y1) if area is None else (
                min(area[0], x0), min(area[1], y0), max(area[2], x1), max(area[3], y1))
        old, self._areas = self._areas, [
            QRectF(x0 - MARGIN, y0 - MARGIN, x1 - x0 + 2 * MARGIN, y1 - y0 + 2 * MARGIN)
            for x0, y0, x1, y1 in areas.values()]
        bounds = QRectF()
        for area in self._areas:
            bounds = bounds.united(area)
        bounds = bounds.adjusted(-1, -1, 1, 1)
        if self._bounds.isEmpty() or not self._bounds.contains(bounds):
            self.prepareGeometryChange()
            self._bounds = bounds if self._bounds.isEmpty() else self._bounds.united(bounds)
            self.update()
            return
        for area in (*old, *self._areas):
            self.update(area)

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
        self._stamps.set_px(label_px)
        painter.setFont(self._stamps.font)  # a stamp is drawn in the painter's font
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # The outlines of one look are drawn with one pen in one call.
        looks: dict[tuple[str, float, bool], list[QRectF]] = {}
        labels = []
        for m, (x0, y0, x1, y1) in zip(self._marks, _device_boxes(self._boxes, transform)):
            if m.fill_alpha:
                fill = QColor(m.colour)
                fill.setAlpha(m.fill_alpha)
                painter.fillRect(QRectF(x0, y0, x1 - x0, y1 - y0), fill)
            width = min(m.width, max(1.0, 0.12 * cell_px))
            half = math.ceil(width / 2)
            inset = -half if m.outside else half
            looks.setdefault((m.colour, width, m.dashed), []).append(
                QRectF(x0 + inset, y0 + inset, x1 - x0 - 2 * inset, y1 - y0 - 2 * inset))
            if m.label and label_px >= 9:  # smaller notes cannot be read
                # In the cell's lower right corner, clear of the outline.
                labels.append((m.colour, m.label, x1 - half - 2, y1 - half))
        for (colour, width, dashed), outlines in looks.items():
            pen = QPen(QColor(colour))
            pen.setWidthF(width)
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRects(outlines)
        pen_colour = None
        for colour, label, right, bottom in labels:
            if colour != pen_colour:  # a label is written in its outline's colour
                painter.setPen(QColor(colour))
                pen_colour = colour
            static = self._stamps.get(label)
            size = static.size()
            painter.drawStaticText(QPointF(right - size.width(), bottom - size.height()), static)
        painter.restore()


def _device_boxes(boxes: list[tuple[float, float, float, float]], transform):
    """Each box ``(x0, y0, x1, y1)`` in device pixels, as ``transform.mapRect`` maps it."""
    if transform.type().value > QTransform.TransformationType.TxScale.value:  # rotated, sheared
        return [transform.mapRect(QRectF(QPointF(x0, y0), QPointF(x1, y1))).getCoords()
                for x0, y0, x1, y1 in boxes]
    sx, sy, dx, dy = transform.m11(), transform.m22(), transform.dx(), transform.dy()
    out = []
    for x0, y0, x1, y1 in boxes:
        a, b = x0 * sx + dx, x1 * sx + dx
        c, d = y0 * sy + dy, y1 * sy + dy
        out.append((min(a, b), min(c, d), max(a, b), max(c, d)))
    return out
