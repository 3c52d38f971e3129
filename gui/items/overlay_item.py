"""A light item that draws the highlights above every grid.

A click replaces the list of marks and repaints the rectangle around the old
and the new ones; the grids underneath come from their caches, not drawn again.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEngine, QPen

from convt_lab.gui.items.grid_item import upright
from convt_lab.gui.items.overlay_pictures import Pictures, fill_outline, outline_band
from convt_lab.gui.items.scene_item import SceneItem
from convt_lab.gui.items.text_stamps import TextStamps

__all__ = ["Mark", "OverlayItem", "mark"]


MARGIN = 0.3  # cells around a mark repainted with it: its pen may lie outside the cell
LEAST_LABEL_PX = 9  # a smaller note cannot be read
LABEL_GAP = 2  # pixels between a label and its outline's band


class Mark(NamedTuple):
    """One highlighted rectangle, in view coordinates (one cell = one unit).

    ``rect`` is a ``QRectF`` or its corners ``(x0, y0, x1, y1)`` (the views
    that mark many cells at each click give plain numbers).  ``label`` is a
    small note written in the cell's lower right corner, such as the kernel
    weight that multiplies it.
    """

    rect: QRectF | tuple[float, float, float, float]
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


def mark(rect: QRectF | tuple, style: str, theme, label: str = "") -> Mark:
    """The :class:`Mark` of a named highlight style in ``theme``'s colours."""
    colour, width, dashed, outside = _LOOKS[style]
    return Mark(rect, getattr(theme, colour), width, 0, label, dashed, outside)


class OverlayItem(SceneItem):
    """Draws a list of :class:`Mark` on top of the grids."""

    def __init__(self):
        super().__init__()
        self.setZValue(10)
        self._area = QRectF()  # what the marks cover, repainted when they change
        self._bounds = QRectF()
        # What paint draws, sorted once per set of marks (a repaint only maps it):
        self._boxes: list[tuple[float, float, float, float]] = []  # each mark's (x0, y0, x1, y1)
        self._outlines: dict[tuple[str, float, bool, bool], list[int]] = {}  # look -> marks
        self._fills: list[tuple[str, int, int]] = []  # (colour, alpha, mark)
        self._labels: list[tuple[str, str, int, float]] = []  # colour, text, mark, pen width
        self._pens: dict[tuple[str, float, bool], QPen] = {}
        self._colours: dict[str, QColor] = {}
        font = QFont()
        font.setBold(True)
        self._stamps = TextStamps(font)
        self._pictures = Pictures()
        self._label_sizes: dict[int, dict[str, tuple[float, float]]] = {}  # px -> label -> size

    def set_marks(self, marks: list[Mark]) -> None:
        """Draw ``marks`` instead of the marks drawn now.

        Only the rectangle around the old and the new marks is repainted (Qt
        joins an item's repaint requests into one rectangle, so it is asked
        for once); the item's extent only grows (a geometry change repaints
        all it covers).
        """
        # Plain numbers from here on: a 7x7 kernel's click has some sixty marks,
        # and each call into Qt costs more than the arithmetic it would do.
        boxes = [r if type(r) is tuple else r.getCoords() for r in (m.rect for m in marks)]
        looks = [(m.colour, m.width, m.dashed, m.outside) for m in marks]
        labels = [(m.colour, m.label, n, m.width, m.outside) for n, m in enumerate(marks) if m.label]
        fills = [(m.colour, m.fill_alpha, n) for n, m in enumerate(marks) if m.fill_alpha]
        self._take(boxes, looks, labels, fills)

    def set_cells(self, cells, corners: dict[str, tuple[float, float]], theme) -> None:
        """Draw the highlights of grid cells instead of the marks drawn now.

        As ``set_marks([mark(...) for each cell])`` without the marks: each
        of ``cells`` is ``(grid, row, col, style, label, rows, cols)`` (a
        :class:`~.highlights.Highlight`), with ``grid``'s top-left corner at
        ``corners[grid]``.  A click draws dozens; this is its share of the time.
        """
        styles = {}
        boxes, looks, labels = [], [], []
        for n, (grid, row, col, style, label, rows, cols) in enumerate(cells):
            look = styles.get(style)
            if look is None:
                colour, width, dashed, outside = _LOOKS[style]
                look = styles[style] = (getattr(theme, colour), width, dashed, outside)
            x, y = corners[grid]
            x, y = x + col, y + row
            boxes.append((x, y, x + cols, y + rows))
            looks.append(look)
            if label:
                labels.append((look[0], label, n, look[1], look[3]))
        self._take(boxes, looks, labels, [])

    def _take(self, boxes: list, looks: list, labels: list, fills: list) -> None:
        """Draw these marks from now on: each box's look, grouped so that paint draws by look."""
        outlines: dict = {}
        for n, look in enumerate(looks):
            found = outlines.get(look)
            if found is None:
                outlines[look] = [n]
            else:
                found.append(n)
        self._boxes, self._outlines, self._labels, self._fills = boxes, outlines, labels, fills
        self._repaint_area()

    def _repaint_area(self) -> None:
        """Ask for the rectangle around the old and the new marks to be repainted."""
        boxes = self._boxes
        area = QRectF()
        if boxes:
            x0, y0 = min(b[0] for b in boxes) - MARGIN, min(b[1] for b in boxes) - MARGIN
            x1, y1 = max(b[2] for b in boxes) + MARGIN, max(b[3] for b in boxes) + MARGIN
            area = QRectF(x0, y0, x1 - x0, y1 - y0)
        old, self._area = self._area, area
        bounds = area.adjusted(-1, -1, 1, 1)
        if self._bounds.isEmpty() or not self._bounds.contains(bounds):
            self.prepareGeometryChange()
            self._bounds = bounds if self._bounds.isEmpty() else self._bounds.united(bounds)
            self.update()
            return
        dirty = old.united(area)
        if not dirty.isEmpty():
            self.update(dirty)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def _colour(self, name: str) -> QColor:
        colour = self._colours.get(name)
        if colour is None:
            colour = self._colours[name] = QColor(name)
        return colour

    def _pen(self, colour: str, width: float, dashed: bool) -> QPen:
        key = (colour, width, dashed)
        pen = self._pens.get(key)
        if pen is None:
            if len(self._pens) > 64:  # zoomed through many widths: keep memory bounded
                self._pens.clear()
            pen = self._pens[key] = QPen(self._colour(colour))
            pen.setWidthF(width)
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
        return pen

    def paint(self, painter: QPainter, option, widget=None) -> None:
        transform = painter.transform()
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        cell_px = transform.mapRect(QRectF(0, 0, 1, 1)).height()
        thickest = max(1.0, 0.12 * cell_px)
        boxes = _device_boxes(self._boxes, transform)  # every mark's, mapped once
        for colour, alpha, n in self._fills:
            fill = QColor(self._colour(colour))
            fill.setAlpha(alpha)
            x0, y0, x1, y1 = boxes[n]
            painter.fillRect(QRectF(x0, y0, x1 - x0, y1 - y0), fill)
        # On screen each outline and label is a picture made once and stamped
        # at every click: stroking a wide pen and laying out text cost a click
        # more than all the rest of its highlights.  SVG and PDF keep
        # rectangles and text.
        stamped = painter.paintEngine().type() == QPaintEngine.Type.Raster
        if stamped:
            self._pictures.set_ratio(painter.device().devicePixelRatioF())
            self._stamp_outlines(painter, boxes, thickest)
        else:
            self._draw_outlines(painter, boxes, thickest)
        label_px = int(min(0.28 * cell_px, 22))
        if self._labels and label_px >= LEAST_LABEL_PX:  # smaller notes cannot be read
            self._draw_labels(painter, boxes, label_px, thickest, stamped)
        painter.restore()

    def _draw_outlines(self, painter: QPainter, boxes, thickest: float) -> None:
        """The outlines of one look drawn with one pen in one call."""
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for (colour, width, dashed, outside), marks in self._outlines.items():
            width = min(width, thickest)
            inset = outline_band(width, outside)[0] + width / 2  # the pen's centre, as stamped
            rects = []
            for n in marks:
                x0, y0, x1, y1 = boxes[n]
                rects.append(QRectF(x0 + inset, y0 + inset, x1 - x0 - 2 * inset, y1 - y0 - 2 * inset))
            painter.setPen(self._pen(colour, width, dashed))
            painter.drawRects(rects)

    def _stamp_outlines(self, painter: QPainter, boxes, thickest: float) -> None:
        """Each outline as the band its pen would cover, from the pictures made for its size.

        The band is the pen's width in whole pixels, from where the pen's
        outer edge falls (inside the cell, or around it) inwards.
        """
        pictures, draw = self._pictures, painter.drawPixmap
        device = painter.device()
        seen = (device.width() / pictures.ratio, device.height() / pictures.ratio)
        for (colour, width, dashed, outside), marks in self._outlines.items():
            width = min(width, thickest)
            edge, band = outline_band(width, outside)
            for n in marks:
                x0, y0, x1, y1 = boxes[n]
                left, top = round(x0 + edge), round(y0 + edge)
                w, h = round(x1 - edge) - left, round(y1 - edge) - top
                if w > 0 and h > 0:
                    picture = pictures.outline(colour, band, dashed, w, h)
                    if picture is None:  # too large to keep: filled where it is, as far as seen
                        fill_outline(painter, self._colour(colour), band, dashed, left, top, w, h,
                                      seen)
                    else:
                        draw(left, top, picture)

    def _draw_labels(self, painter: QPainter, boxes, label_px: int, thickest: float,
                     stamped: bool) -> None:
        """Each label in its cell's lower right corner, never wider than the cell.

        One size for all, as the grid's numbers have: smaller when the widest
        label would spill into the next cell ("×3.33e+03"), down to
        :data:`LEAST_LABEL_PX`; a label that does not fit even then is left out
        (the arithmetic panel writes it in full).
        """
        # Each label's room in its cell, clear of the outline's band, and its corner.
        placed = []
        for colour, label, n, width, outside in self._labels:
            edge, band = outline_band(min(width, thickest), outside)
            inner = math.ceil(max(0.0, edge + band))  # past the band's inner edge, in from the cell's
            x0, _, x1, y1 = boxes[n]
            clear = inner + LABEL_GAP
            placed.append((colour, label, x1 - x0 - 2 * clear, x1 - clear, y1 - clear))
        stamps = self._stamps
        sizes = self._sizes(label_px)
        fits = min(room / max(1.0, sizes(label)[0]) for _, label, room, _, _ in placed)
        if fits < 1.0:
            label_px = max(LEAST_LABEL_PX, int(label_px * fits))
            sizes = self._sizes(label_px)
        stamps.set_px(label_px)
        if not stamped:
            painter.setFont(stamps.font)  # a stamp is drawn in the painter's font
        ascent = QFontMetricsF(stamps.font).ascent()  # no label reaches below its baseline
        pen_colour = None
        for colour, label, room, right, baseline in placed:
            w, _ = sizes(label)
            if w > room:
                continue
            # Whole pixels, rounded away from the outline.
            x, y = math.floor(right - w), math.floor(baseline - ascent)
            if stamped:  # a label is written in its outline's colour
                painter.drawPixmap(x, y, self._pictures.label(stamps, label, self._colour(colour)))
                continue
            if colour != pen_colour:
                painter.setPen(self._colour(colour))
                pen_colour = colour
            painter.drawStaticText(QPointF(x, y), stamps.get(label))

    def _sizes(self, px: int):
        """A function giving a label's (width, height) at ``px`` pixels, each measured once."""
        kept = self._label_sizes.get(px)
        if kept is None:
            if len(self._label_sizes) >= 8:
                self._label_sizes.clear()
            kept = self._label_sizes[px] = {}
        stamps = self._stamps

        def size(label: str) -> tuple[float, float]:
            found = kept.get(label)
            if found is None:
                stamps.set_px(px)
                found = stamps.get(label).size()
                found = kept[label] = (found.width(), found.height())
            return found

        return size


def _device_boxes(boxes: list[tuple[float, float, float, float]], transform):
    """Each box ``(x0, y0, x1, y1)`` in device pixels, as ``transform.mapRect`` maps it."""
    if not upright(transform):  # rotated, sheared
        return [transform.mapRect(QRectF(QPointF(x0, y0), QPointF(x1, y1))).getCoords()
                for x0, y0, x1, y1 in boxes]
    sx, sy, dx, dy = transform.m11(), transform.m22(), transform.dx(), transform.dy()
    out = []
    for x0, y0, x1, y1 in boxes:
        a, b = x0 * sx + dx, x1 * sx + dx
        c, d = y0 * sy + dy, y1 * sy + dy
        out.append((min(a, b), min(c, d), max(a, b), max(c, d)))
    return out
