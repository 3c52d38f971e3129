"""One graphics item that draws a whole grid of cells with their values.

The cell colours are one small image, a pixel per cell, that ``paint``
stretches over the cells; it then draws the grid lines and writes the
numbers at a size that follows the zoom, leaving them out when a cell is
too small to read.  The item is cached as a picture of the screen's
pixels, so this runs when the data or the zoom change, not at every click.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPaintEngine, QPainter, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem

from convt_lab.gui.items.cells import cell_at, cell_label, format_exact, format_value
from convt_lab.gui.items.scene_item import SceneItem
from convt_lab.gui.items.text_stamps import TextStamps

__all__ = ["GridItem", "MIN_TEXT_PX", "fit_to_items", "number_px"]

# Numbers smaller than this many pixels are not drawn.
MIN_TEXT_PX = 7.0
# Grid lines are left out when cells are smaller than this, so colours stay visible.
MIN_LINE_PX = 5.0


def number_px(cell_px: float, widest: int) -> float:
    """The pixel size of the numbers in cells ``cell_px`` wide, the longest ``widest`` characters.

    Nearly half the cell for short numbers; longer ones shrink to fit the
    width.  Small cells give their numbers up to half their height, so that
    one or two digits still reach the least size drawn (:data:`MIN_TEXT_PX`).
    """
    height = max(0.45 * cell_px, min(0.5 * cell_px, MIN_TEXT_PX))
    return min(height, 0.9 * cell_px / (0.62 * max(1, widest)))


class GridItem(SceneItem):
    """A grid of coloured cells with their values; one cell is one unit.

    Signals
    -------
    cellClicked(int, int)
        Row and column of a left click, on release as pyqtgraph delivers it.
    cellDoubleClicked(int, int)
        Row and column of a left double click.
    cellHovered(int, int)
        Row and column under the mouse; (-1, -1) when it leaves.
    """

    cellClicked = Signal(int, int)
    cellDoubleClicked = Signal(int, int)
    cellHovered = Signal(int, int)

    def __init__(self, name: str, parent: QGraphicsItem | None = None):
        super().__init__(parent)
        self.name = name
        self.setAcceptHoverEvents(True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        # Painted once into a pixmap at the current zoom: a click repaints the highlight
        # overlay over it without drawing every number again.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._shape: tuple[int, int] = (0, 0)
        self._bounds = QRectF()  # asked for by Qt several times a paint: made per shape
        self._values = np.zeros((0, 0))
        self._labels: list[str] | None = []
        self._widest = 1
        self._room_labels: dict[int, tuple[list[str], int]] = {}  # room in characters -> labels, widest
        self._image = QImage()
        self._lines: list[QLineF] | None = []
        self._pen = QPen()
        self._text_colour = QColor("#111111")
        self._font = QFont()
        self._hovered: tuple[int, int] | None = None
        self._reveal: int | None = None
        self._numbers = True
        self._cover = QColor(255, 255, 255, 215)
        self._stamps = TextStamps(QFont(self._font))

    @property
    def _texts(self) -> list[str]:
        """The label of every cell, in raster order (made once per :meth:`set_data`)."""
        if self._labels is None:
            # Each distinct value is formatted once: a 50x50 grid holds far fewer.
            distinct, index = np.unique(self._values, return_inverse=True)
            labels = [format_value(v) for v in distinct]
            self._labels = [labels[k] for k in index.ravel().tolist()]
            self._widest = max((len(t) for t in labels), default=1)
        return self._labels

    @property
    def widest(self) -> int:
        """Characters in the longest number shown."""
        self._texts  # noqa: B018 - made on first use
        return self._widest

    @property
    def grid_shape(self) -> tuple[int, int]:
        """(rows, cols); not ``shape``, which QGraphicsItem uses for hit-testing."""
        return self._shape

    def set_data(
        self, values: np.ndarray, colours: np.ndarray, text: str = "#111111", line: str = "#555555"
    ) -> None:
        """Show ``values`` (H, W) on cells filled with ``colours`` (H, W, 3 uint8)."""
        if values.shape != self._shape:
            self.prepareGeometryChange()
            self._bounds = QRectF(0, 0, values.shape[1], values.shape[0])
        self._shape = values.shape
        # The labels are made when first drawn: cells too small for numbers need none.
        self._values = np.array(values, dtype=float)
        self._labels: list[str] | None = None
        self._room_labels = {}
        self._text_colour = QColor(text)
        h, w = self._shape
        # 0xffRRGGBB words: the format the raster engine draws without converting.
        rgb = np.asarray(colours, dtype=np.uint32)
        argb = np.ascontiguousarray(
            0xFF000000 | (rgb[..., 0] << 16) | (rgb[..., 1] << 8) | rgb[..., 2], dtype=np.uint32)
        self._image = QImage(argb.data, w, h, 4 * w, QImage.Format.Format_RGB32).copy()
        self._lines = None  # made when first drawn: cells too small for lines need none
        self._pen = QPen(QColor(line))
        self._pen.setCosmetic(True)
        self._pen.setWidthF(1.0)
        self.update()

    def set_numbers_shown(self, shown: bool) -> None:
        """Write the values in the cells, or leave the cells blank."""
        if shown != self._numbers:
            self._numbers = shown
            self.update()

    def set_reveal(self, count: int | None, cover: str = "#ffffff") -> None:
        """Show only the first ``count`` cells in raster order (None: all)."""
        self._reveal = count
        self._cover = QColor(cover)
        self._cover.setAlpha(215)
        self.update()

    def _covers(self) -> list[QRectF]:
        """The rectangles over the cells not yet revealed."""
        if self._reveal is None:
            return []
        h, w = self._shape
        row, col = divmod(self._reveal, w) if w else (h, 0)
        rects = []
        if row < h and col:
            rects.append(QRectF(col, row, w - col, 1))
            row += 1
        if row < h:
            rects.append(QRectF(0, row, w, h - row))
        return rects

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option, widget=None) -> None:
        h, w = self._shape
        painter.drawImage(QRectF(0, 0, w, h), self._image)
        transform = painter.transform()
        cell = transform.mapRect(QRectF(0, 0, 1, 1))
        size = min(cell.width(), cell.height())
        covers = self._covers()
        for rect in covers:
            painter.fillRect(rect, self._cover)
        if size >= MIN_LINE_PX:
            self._draw_lines(painter, transform)
        if not self._numbers or number_px(size, 1) < MIN_TEXT_PX or not self._shape[0] * self._shape[1]:
            return
        # As many digits as fit at no less than 60 % of the full text size (cells.cell_label
        # rounds and marks the rest); the exact value is in the tooltip and the status bar.
        base = number_px(size, 1)
        room = max(1, int(0.9 * size / (0.62 * max(MIN_TEXT_PX, 0.6 * base))))
        texts, widest = self._labels_for(room)
        px = number_px(size, widest)
        if px < MIN_TEXT_PX:
            return
        h, w = self._shape
        exposed = option.exposedRect
        r0, r1 = max(0, math.floor(exposed.top())), min(h, math.ceil(exposed.bottom()))
        c0, c1 = max(0, math.floor(exposed.left())), min(w, math.ceil(exposed.right()))
        self._font.setPixelSize(max(1, int(px)))
        painter.save()
        painter.resetTransform()
        painter.setFont(self._font)
        painter.setPen(self._text_colour)
        shown = len(texts) if self._reveal is None else self._reveal
        if painter.paintEngine().type() != QPaintEngine.Type.Raster:
            # SVG and PDF keep each number as text: centred in its cell as it is written.
            centre = Qt.AlignmentFlag.AlignCenter
            for r in range(r0, r1):
                for c in range(c0, min(c1, shown - r * w)):
                    painter.drawText(transform.mapRect(QRectF(c, r, 1, 1)), centre,
                                     texts[r * w + c])
        else:
            # On screen each distinct label is laid out once for this size (a padded
            # grid is mostly "0"), then stamped into every cell that shows it.
            self._stamps.set_px(max(1, int(px)))
            painter.setFont(self._stamps.font)
            for r in range(r0, r1):
                for c in range(c0, min(c1, shown - r * w)):
                    stamp = self._stamps.get(texts[r * w + c])
                    size = stamp.size()
                    middle = transform.map(QPointF(c + 0.5, r + 0.5))
                    painter.drawStaticText(
                        QPointF(round(middle.x() - size.width() / 2),
                                round(middle.y() - size.height() / 2)), stamp)
        painter.restore()

    def _draw_lines(self, painter: QPainter, transform) -> None:
        """The grid lines: one pixel wide, on the cell edges.

        On screen each line is a rectangle one pixel wide, filled where a
        stroked line would put its pixels (the pixel holding the edge, as
        Qt draws a one-pixel line without antialiasing): the raster engine
        fills a rectangle as plain memory, and stroked lines took a fifth of
        the time of a large layer's change.  SVG, PDF and a rotated view
        keep real lines.
        """
        h, w = self._shape
        if painter.paintEngine().type() != QPaintEngine.Type.Raster or not upright(transform):
            if self._lines is None:
                self._lines = [QLineF(0, r, w, r) for r in range(h + 1)]
                self._lines += [QLineF(c, 0, c, h) for c in range(w + 1)]
            painter.setPen(self._pen)
            painter.drawLines(self._lines)
            return
        sx, sy, dx, dy = transform.m11(), transform.m22(), transform.dx(), transform.dy()
        xs = [math.floor(dx + c * sx) for c in range(w + 1)]
        ys = [math.floor(dy + r * sy) for r in range(h + 1)]
        left, top = min(xs[0], xs[-1]), min(ys[0], ys[-1])
        width, height = abs(xs[-1] - xs[0]) + 1, abs(ys[-1] - ys[0]) + 1
        rects = [QRect(x, top, 1, height) for x in xs] + [QRect(left, y, width, 1) for y in ys]
        painter.save()
        painter.resetTransform()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._pen.color())
        painter.drawRects(rects)
        painter.restore()

    def _labels_for(self, room: int) -> tuple[list[str], int]:
        """The cell labels for ``room`` characters and the widest one's length, kept per room."""
        if room not in self._room_labels:
            if len(self._room_labels) >= 8:  # zooming through many sizes: keep memory bounded
                self._room_labels.clear()
            # Each distinct value is labelled once: a 50x50 grid holds far fewer.
            distinct, index = np.unique(self._values, return_inverse=True)
            labels = [cell_label(v, room)[0] for v in distinct]
            texts = [labels[k] for k in index.ravel().tolist()]
            self._room_labels[room] = (texts, max((len(s) for s in labels), default=1))
        return self._room_labels[room]

    # -- mouse -------------------------------------------------------------
    def cell_at(self, pos: QPointF) -> tuple[int, int] | None:
        return cell_at(pos.x(), pos.y(), self._shape)

    def mouseClickEvent(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        cell = self.cell_at(ev.pos())
        if cell is not None:
            ev.accept()
            if ev.double():
                self.cellDoubleClicked.emit(*cell)
            else:
                self.cellClicked.emit(*cell)

    def hoverEvent(self, ev) -> None:
        cell = None if ev.isExit() else self.cell_at(ev.pos())
        if cell is not None:
            # A click here is this grid's: the scene hands it over without
            # searching the items under the mouse again.
            ev.acceptClicks(Qt.MouseButton.LeftButton)
        if cell != self._hovered:
            self._hovered = cell
            self.setToolTip("" if cell is None else format_exact(self._values[cell]))
            self.cellHovered.emit(*(cell if cell is not None else (-1, -1)))


def upright(transform: QTransform) -> bool:
    """Whether ``transform`` only scales and moves (no rotation, no shear)."""
    return transform.type().value <= QTransform.TransformationType.TxScale.value


def fit_to_items(viewbox: pg.ViewBox, items, padding: float = 0.03) -> None:
    """Zoom ``viewbox`` so that every one of ``items`` is in view, ``padding`` around."""
    rect = QRectF()
    for item in items:
        rect = rect.united(item.mapRectToParent(item.boundingRect()))
    viewbox.setRange(rect, padding=padding)
