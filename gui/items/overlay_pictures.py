"""The highlights' outlines and labels as pictures, drawn once and stamped at every click.

An outline is a band of its pen's width in whole pixels along a cell's edge
(dashed: dashes four bands long from each corner); a label is a laid-out
text.  Both are drawn into pixmaps at the screen's device pixel ratio and
kept by what they look like.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap

from convt_lab.gui.items.text_stamps import TextStamps

__all__ = ["Pictures", "fill_outline", "outline_band"]


class Pictures:
    """Outlines and labels drawn once into pixmaps, kept by what they look like.

    A click stamps the same few: a kernel's taps are cells of one size in a
    few colours, and its labels are its few weights.  Pixmaps are made at
    the screen's device pixel ratio, so they stay sharp on a HiDPI screen.
    """

    LARGEST = 512 * 512  # device pixels: a larger outline is drawn where it is, not kept
    KEPT = 4_000_000  # device pixels kept in all (16 MB); then the pictures are made anew

    def __init__(self):
        self.ratio = 1.0
        self._kept: dict[tuple, QPixmap] = {}
        self._pixels = 0

    def set_ratio(self, ratio: float) -> None:
        if ratio != self.ratio:
            self.ratio = ratio
            self.clear()

    def clear(self) -> None:
        self._kept.clear()
        self._pixels = 0

    def _new(self, key: tuple, w: float, h: float) -> tuple[QPixmap, QPainter]:
        """A transparent pixmap of ``w`` x ``h`` pixels kept under ``key``, and a painter on it."""
        ratio = self.ratio
        picture = QPixmap(max(1, math.ceil(w * ratio)), max(1, math.ceil(h * ratio)))
        picture.setDevicePixelRatio(ratio)
        picture.fill(Qt.GlobalColor.transparent)
        self._pixels += picture.width() * picture.height()
        if self._pixels > self.KEPT:
            self.clear()
            self._pixels = picture.width() * picture.height()
        self._kept[key] = picture
        return picture, QPainter(picture)

    def outline(self, colour: str, band: int, dashed: bool, w: int, h: int) -> QPixmap | None:
        """The outline of a ``w`` x ``h`` box, ``band`` pixels wide, or None if too large to keep."""
        key = (colour, band, dashed, w, h)
        picture = self._kept.get(key)
        if picture is None:
            if w * h * self.ratio ** 2 > self.LARGEST:
                return None
            picture, painter = self._new(key, w, h)
            fill_outline(painter, QColor(colour), band, dashed, 0, 0, w, h)
            painter.end()
        return picture

    def label(self, stamps: TextStamps, text: str, colour: QColor) -> QPixmap:
        """``text`` at the stamps' size in ``colour``."""
        key = ("label", text, stamps.font.pixelSize(), colour.rgba())
        picture = self._kept.get(key)
        if picture is None:
            static = stamps.get(text)
            size = static.size()
            picture, painter = self._new(key, size.width(), size.height())
            painter.setFont(stamps.font)  # a stamp is drawn in the painter's font
            painter.setPen(colour)
            painter.drawStaticText(QPointF(0, 0), static)
            painter.end()
        return picture


def fill_outline(painter: QPainter, colour: QColor, band: int, dashed: bool,
                  left: int, top: int, w: int, h: int,
                  seen: tuple[float, float] | None = None) -> None:
    """The band ``band`` pixels wide along the inside of a box, in whole pixels.

    Dashed, each side is dashes four bands long with gaps of two, as a
    dashed pen draws them, each side starting with a dash at its corner;
    only the dashes within ``seen`` (the width and height painted on) are
    drawn, so a box zoomed far larger than the screen costs no more than one
    that fills it.
    """
    if 2 * band >= min(w, h):
        painter.fillRect(left, top, w, h, colour)
        return
    right, bottom = left + w - band, top + h - band
    if not dashed:
        painter.fillRect(left, top, w, band, colour)
        painter.fillRect(left, bottom, w, band, colour)
        painter.fillRect(left, top + band, band, h - 2 * band, colour)
        painter.fillRect(right, top + band, band, h - 2 * band, colour)
        return
    dash, step = 4 * band, 6 * band
    width, height = seen if seen is not None else (left + w, top + h)
    for x in _dashes(left, left + w, step, width):
        length = min(dash, left + w - x)
        painter.fillRect(x, top, length, band, colour)
        painter.fillRect(x, bottom, length, band, colour)
    for y in _dashes(top, top + h, step, height):
        length = min(dash, top + h - y)
        painter.fillRect(left, y, band, length, colour)
        painter.fillRect(right, y, band, length, colour)


def _dashes(start: int, end: int, step: int, seen: float) -> range:
    """Where the dashes of a side from ``start`` to ``end`` begin, within 0..``seen``."""
    first = start + max(0, -start // step) * step  # the first that may reach 0 (or beyond)
    return range(first, min(end, math.ceil(seen)), step)


def outline_band(width: float, outside: bool) -> tuple[float, int]:
    """An outline's band: where its outer edge falls, in from its cell's edge, and its width.

    The band is the pen's width in whole pixels; it lies inside the cell
    from the cell's edge, or around the cell (a negative start).
    """
    half = math.ceil(width / 2)
    return (-half if outside else half) - width / 2, max(1, round(width))
