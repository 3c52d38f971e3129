"""The arithmetic of the selected cell, in a large monospace font."""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontDatabase,
    QFontInfo,
    QFontMetrics,
    QGuiApplication,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from convt_lab.gui.items.cells import format_value
from convt_lab.gui.panels.common import font_at_scale_1
from convt_lab.gui.state import LabState
from convt_lab.gui.texts import arithmetic

__all__ = ["ArithmeticPanel"]

LINES = 3  # the height kept for the text: a sum, its numbers and a note
MARGIN = 4  # pixels around the text
WRAP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap


class ArithmeticPanel(QWidget):
    """Shows y[i,j] = sum of x*w for an output cell, or where an input cell lands.

    It is as tall as its text for the width it has (at least three lines),
    so a long sum wraps and is never clipped.  It grows for a longer text
    but does not shrink back: each click would otherwise resize, refit and
    repaint the grids.  It paints its text itself: a label asks the whole
    window to lay itself out again at every new text, which would cost each
    click more than drawing the grids' highlights.
    """

    def __init__(self, state: LabState, parent: QWidget | None = None):
        super().__init__(parent)
        # Opaque: a new sum repaints this panel alone, not the window behind it.
        self.setAutoFillBackground(True)
        self.state = state
        self.setObjectName("arithmetic")
        self._text = ""
        self._shown = ""  # the text as laid out: each "y[i,j] += a·b" held on one line
        self._font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self._font.setPointSizeF(max(self._font.pointSizeF(), 12))
        self._scale = 1.0
        self._min_px = 0.0
        self._kept: dict[int, int] = {}  # width -> the tallest text's height there
        self._fonts: dict[tuple[int, str], tuple[QFont, int]] = {}  # (width, text) -> font, height
        self._most_px: int | None = None  # a cap the window sets (see set_most_px)
        copy = QAction(self.tr("Copy the arithmetic"), self)
        copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(self.text()))
        self.addAction(copy)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.set_scale(1.0)
        state.selectionChanged.connect(self._refresh)
        state.resultChanged.connect(self._refresh)
        state.stepChanged.connect(self._refresh)
        self._refresh()

    # -- the text --------------------------------------------------------------
    def text(self) -> str:
        """The text shown."""
        return self._text

    def shown(self) -> str:
        """The text as it is laid out and painted (its entries held together)."""
        return self._shown

    def setText(self, text: str) -> None:  # noqa: N802 - QLabel's name, kept for callers
        if text == self._text:
            return
        self._text = text
        # A wrapped list of what an input adds must not leave "y[4,0]" at the end of a
        # line and "+= 3·7;" on the next, nor "y[0]" and "[3,2]": each entry is held
        # together (no-break spaces, and a word joiner between a channel and its cell).
        self._shown = text.replace(" += ", "\u00a0+=\u00a0").replace("][", "]\u2060[")
        if self.isVisible() and self._needed(self.width()) > self.height():
            self.updateGeometry()  # a taller text: the row makes room (and keeps it)
        self.update()

    def _needed(self, width: int) -> int:
        return max(self._measured(width)[1] + 2 * MARGIN, self.minimumHeight())

    def font_at(self, width: int) -> QFont:
        """The font the text is painted in at ``width``: the scaled font, or a smaller one.

        A larger font scale enlarges the sum while it wraps into no more lines
        than at the font's unscaled size, or stays within the room kept for
        any sum: a sum that would break one more line beyond that takes the
        grids' height, so it grows less, down to its unscaled size at most.
        """
        return self._measured(width)[0]

    def _measured(self, width: int) -> tuple[QFont, int]:
        """The font at ``width`` and the text's height in it, kept for the text and width.

        A click asks for the same text's height at the same widths several
        times (the new text, the row's two arrangements, the layout).
        """
        key = (width, self._text)
        if key not in self._fonts:
            if len(self._fonts) > 64:
                self._fonts.clear()
            self._fonts[key] = self._measure(width, self._most_px)
        return self._fonts[key]

    def _measure(self, width: int, most_px: int | None) -> tuple[QFont, int]:
        """The font at ``width`` with at most ``most_px`` pixels, and the text's height in it."""
        inner = max(1, width - 2 * MARGIN)
        font = self._fitting_font(inner, most_px)
        return font, QFontMetrics(font).boundingRect(QRect(0, 0, inner, 1 << 20), WRAP, self._shown).height()

    def _fitting_font(self, inner: int, most_px: int | None) -> QFont:
        font = self.font()
        least = QFontInfo(self._least_font()).pixelSize()
        most = QFontInfo(font).pixelSize()
        if most_px is not None and most_px < most:
            font, most = QFont(font), max(least, most_px)
            font.setPixelSize(most)
        if most <= least or not self._text:
            return font
        sized = QFont(font)
        reserved = self.minimumHeight() - 2 * MARGIN  # the row's height before any sum

        def size(px: int) -> tuple[int, int]:
            """(lines, height) of the text at ``px`` pixels."""
            sized.setPixelSize(px)
            metrics = QFontMetrics(sized)
            rect = metrics.boundingRect(QRect(0, 0, inner, 1 << 20), WRAP, self._shown)
            return round(rect.height() / metrics.lineSpacing()), rect.height()

        allowed = size(least)[0]

        def fits(px: int) -> bool:
            lines, height = size(px)
            return lines <= allowed or height <= reserved

        if fits(most):
            return font
        while most - least > 1:  # the least size fits; find the largest that does
            middle = (least + most) // 2
            least, most = (middle, most) if fits(middle) else (least, middle)
        sized.setPixelSize(least)
        return sized

    def set_most_px(self, px: int | None) -> None:
        """Never larger than ``px`` pixels (None: as large as the font scale makes it).

        The window sets it where the sum's growth would cost the grids' cells.
        """
        if px != self._most_px:
            self._most_px = px
            self._kept, self._fonts = {}, {}
            self.updateGeometry()
            self.update()

    def height_at(self, width: int, px: int) -> int:
        """The height the text would take at ``width`` with at most ``px`` pixels."""
        return max(self._measure(width, px)[1] + 2 * MARGIN, self.minimumHeight())

    def least_px(self) -> int:
        """The text's size at a font scale of 1."""
        return QFontInfo(self._least_font()).pixelSize()

    def _least_font(self) -> QFont:
        """The text's font at a font scale of 1 (presentation mode: at least its least size)."""
        return font_at_scale_1(self._font, 1.0, self._min_px)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setFont(self.font_at(self.width()))
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(self.rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN), WRAP, self._shown)
        painter.end()

    # -- size ------------------------------------------------------------------
    def set_scale(self, scale: float) -> None:
        """The font size for the font scale ``scale``.

        The monospace text starts larger than the rest (12 pt), so it grows
        more gently (with the square root of ``scale``, as the tab names
        do) and a larger font does not take the grids' height.
        """
        self._scale = scale
        self._apply_font()

    def set_min_text_px(self, px: float) -> None:
        """Never smaller than ``px`` pixels (presentation mode: the cell numbers' size)."""
        self._min_px = px
        self._apply_font()

    def _apply_font(self) -> None:
        font = QFont(self._font)
        font.setPointSizeF(self._font.pointSizeF() * self._scale**0.5)
        if QFontInfo(font).pixelSize() < self._min_px:
            font.setPixelSize(math.ceil(self._min_px))
        if font == self.font() and self.minimumHeight() > 0:
            return  # the same size: keep the height the texts needed
        self._kept = {}
        self._fonts = {}
        self.setFont(font)
        # The room kept before any sum is shown: three lines of the text at a font
        # scale of 1 (or of presentation mode's size).  A larger font does not
        # reserve more of the grids' height for a sum not yet asked for; the
        # first taller sum makes room, and the row keeps it.
        lines = QFontMetrics(self._least_font()).lineSpacing() * LINES
        self.setMinimumHeight(lines + 2 * MARGIN)
        self._fonts = {}  # sizes measured against the old room are measured again
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        """The text's height at ``width``, never less than a text shown before at that width."""
        natural = self._needed(width)
        kept = self._kept.get(width, 0)
        if natural > kept:
            if len(self._kept) > 64:  # the window was resized many times: start afresh
                self._kept.clear()
            # Every width the layout asks about: it asks at more than one, and a
            # height forgotten at one width would flip the row's height click by click.
            self._kept[width] = natural
        return max(natural, kept)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = max(self.width(), 200)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(0, self.minimumHeight())

    def _refresh(self, *_) -> None:
        s = self.state
        if s.selection is not None and s.selection[0] == "output" and s.step < 3:
            # The sum is step 4's answer; do not give it away earlier.
            self.setText(self.tr("The sum for this cell appears at step 4, when the kernel slides."))
            return
        if s.selection is not None and s.selection[0] == "input" and s.step < 3:
            # Where an input lands is step 4's answer too.
            _, r, c = s.selection
            self.setText(self.tr(
                "x[{r},{c}] = {value}. The output cells it reaches appear at step 4, "
                "when the kernel slides."
            ).format(r=r, c=c, value=format_value(s.result.x[r, c])))
            return
        self.setText(arithmetic(s.result, s.selection))
