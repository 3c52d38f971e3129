"""The colour key of the shown tab: one swatch per colour that tab draws.

Each tab draws its own colours (the overlap map counts in shades of orange,
the scatter view outlines a stamp), so the key follows the tab; its swatches
are taken from the same theme fields and colour functions the views use.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from convt_lab.core import Role

from convt_lab.gui.texts import role_name
from convt_lab.gui.theme import LIGHT, Theme

__all__ = ["Legend"]

SWATCH = 16
PHASES_SHOWN = 4  # the legend's phase colours: the 2×2 phases of stride 2


def _hex(rgb) -> str:
    r, g, b = (int(v) for v in np.asarray(rgb).ravel()[:3])
    return f"#{r:02x}{g:02x}{b:02x}"


def swatch(colour: str | list[str], border: str | None) -> QLabel:
    """A square of ``colour`` with a thin ``border``, or (no border) a thick outline of ``colour``.

    Four colours (fills) share the square as its quarters, in reading order:
    the 2×2 phases (0,0), (0,1), (1,0), (1,1) as the output shows them.

    A small picture on a label: a style sheet per swatch would route the whole
    legend through Qt's style-sheet engine, which slows the window's appearance.
    """
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    pixmap = QPixmap(round(SWATCH * ratio), round(SWATCH * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    rect = QRectF(0, 0, SWATCH, SWATCH)
    if border is not None:  # a fill: the colour inside a 1 px frame
        painter.fillRect(rect, QColor(border))
        inner = rect.adjusted(1, 1, -1, -1)
        if isinstance(colour, list):  # quarters, each inside the frame's colour
            half = inner.width() / 2
            for n, each in enumerate(colour[:4]):
                quarter = QRectF(inner.left() + (n % 2) * half, inner.top() + (n // 2) * half,
                                 half, half)
                painter.fillRect(quarter, QColor(each))
        else:
            painter.fillRect(inner, QColor(colour))
    else:  # an outline, as the highlights are drawn: 3 px of the colour
        pen = QPen(QColor(colour), 3)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.drawRect(rect.adjusted(1.5, 1.5, -1.5, -1.5))
    painter.end()
    label = QLabel()
    label.setFixedSize(SWATCH, SWATCH)
    label.setPixmap(pixmap)
    return label


class Legend(QWidget):
    """Swatches (fills) and outlines (highlights) for the tab ``view``."""

    def __init__(self, theme: Theme = LIGHT, parent: QWidget | None = None):
        super().__init__(parent)
        self.theme = theme
        self.view = ""
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setVerticalSpacing(2)
        self.set_view("gather")

    def entries(self, view: str) -> list[tuple[str, str, str]]:
        """(kind, colour, text) for ``view``; kind is ``"fill"`` or ``"outline"``."""
        t = self.theme
        fill = lambda colour, text: ("fill", colour, text)  # noqa: E731 - a table's shorthand
        line = lambda colour, text: ("outline", colour, text)  # noqa: E731
        out = fill(t.output, self.tr("output value"))
        band = fill(t.output_band, self.tr("output cell added by output_padding"))
        kernel = fill(t.kernel, self.tr("kernel weight"))
        source = line(t.source, self.tr("contributing input"))
        footprint = line(t.footprint, self.tr("footprint (input selected)"))
        selected = line(t.selected, self.tr("selected cell"))
        if view == "gather":
            roles = [fill(t.roles[r], role_name(r)) for r in Role]
            return [*roles, out, kernel, selected,
                    line(t.window, self.tr("kernel window (output selected)")), source, footprint]
        if view == "scatter":
            return [fill(t.roles[Role.INPUT], role_name(Role.INPUT)), kernel, out, band, selected,
                    line(t.window, self.tr("stamp of the selected input")), source, footprint]
        if view == "overlap":
            from convt_lab.gui.views.overlap_view import count_colours

            shades = count_colours(np.array([0, 1, 2]), t)
            return [fill(t.background, self.tr("0: no input reaches this cell")),
                    fill(_hex(shades[1]), self.tr("1 tap (lightest)")),
                    fill(_hex(shades[2]), self.tr("most taps (strongest)")),
                    selected, line(t.window, self.tr("its row and column counts")), footprint]
        if view == "matrix":
            from convt_lab.gui.views.matrix_view import heat_colours

            shades = heat_colours(np.array([0.0, 1.0, 2.0]), t)
            return [fill(_hex(shades[0]), self.tr("0 in C\u1d40")),
                    fill(_hex(shades[2]), self.tr("kernel weight (stronger: larger |w|)")),
                    fill(t.roles[Role.INPUT], role_name(Role.INPUT)), out, band,
                    selected, source, footprint]
        if view == "roundtrip":  # a table: only the output_padding choice is coloured
            return [fill(t.roles[Role.OUTPUT_PADDING], self.tr("the output_padding shown now"))]
        if view == "subpixel":  # the output and the sub-kernels in one colour per phase
            from convt_lab.gui.views.subpixel_view import phase_colours

            shades = [_hex(c) for c in phase_colours(PHASES_SHOWN, t)]
            return [fill(t.roles[Role.INPUT], role_name(Role.INPUT)), kernel,
                    fill(shades, self.tr("phases (0,0), (0,1), (1,0), (1,1), … (i mod s, j mod s): "
                                         "their output cells and sub-kernels")),
                    selected]
        if view == "transposed":
            return [fill(t.roles[Role.INPUT], role_name(Role.INPUT)), kernel, out,
                    fill(t.roles[Role.PADDING], self.tr("C\u00b7y: Conv2d's output, the size of x")),
                    selected,
                    line(t.footprint, self.tr("where the selected x lands in y")),
                    line(t.window, self.tr("the y cells Conv2d reads for the selected C\u00b7y")),
                    line(t.source, self.tr("the inputs and weights that make the selected cell"))]
        return []  # Plan and Practice: tables and questions, no cells to key

    def set_view(self, view: str) -> None:
        """Show the key of ``view`` (a tab's name)."""
        if view == self.view:
            return
        self.view = view
        while self._grid.count():
            widget = self._grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # at once: a picture taken before the deletion must not show it
                widget.deleteLater()
        t = self.theme
        for n, (kind, colour, text) in enumerate(self.entries(view)):
            square = swatch(colour, t.grid_line if kind == "fill" else None)
            square.setObjectName(f"swatch_{kind}")
            label = QLabel(text)
            label.setWordWrap(True)
            self._grid.addWidget(square, n, 0)
            self._grid.addWidget(label, n, 1)
            if self.isVisible():  # at once, not when Qt gets round to it: a picture may come first
                square.show()
                label.show()
        self._grid.setColumnStretch(1, 1)
