"""The arithmetic of the selected cell, in a large monospace font."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QFontDatabase, QFontInfo, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from convt_lab.gui.items.cells import format_value
from convt_lab.gui.state import LabState
from convt_lab.gui.texts import arithmetic

__all__ = ["ArithmeticPanel"]

LINES = 3  # the height kept for the text: a sum, its numbers and a note


class ArithmeticPanel(QLabel):
    """Shows y[i,j] = sum of x*w for an output cell, or where an input cell lands.

    It is as tall as its text for the width it has (at least three lines),
    so a long sum wraps and is never clipped.  It grows for a longer text
    but does not shrink back: each click would otherwise resize, refit and
    repaint the grids.
    """

    def __init__(self, state: LabState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.setObjectName("arithmetic")
        self._font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self._font.setPointSizeF(max(self._font.pointSizeF(), 12))
        self._scale = 1.0
        self._min_px = 0.0
        self._kept: dict[int, int] = {}  # width -> the tallest text's height there
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # Not selectable: a selectable label lays its text out as a rich-text document,
        # which costs a click more than all else in the window.  Copy is in its menu.
        copy = QAction(self.tr("Copy the arithmetic"), self)
        copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(self.text()))
        self.addAction(copy)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.setMargin(4)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.setSizePolicy(policy)
        self.set_scale(1.0)
        state.selectionChanged.connect(self._refresh)
        state.resultChanged.connect(self._refresh)
        state.stepChanged.connect(self._refresh)
        self._refresh()

    def set_scale(self, scale: float) -> None:
        """The font size for the font scale ``scale``.

        The monospace text starts larger than the rest (12 pt), so it grows
        more gently (with the square root of ``scale``, as the grids'
        captions do) and a larger font does not take the grids' height.
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
        self.setFont(font)
        lines = QFontMetrics(font).lineSpacing() * LINES
        self.setMinimumHeight(lines + 2 * self.margin())
        self.updateGeometry()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        """The text's height at ``width``, never less than a text shown before at that width."""
        natural = max(super().heightForWidth(width), self.minimumHeight())
        kept = self._kept.get(width, 0)
        if natural > kept:
            if len(self._kept) > 64:  # the window was resized many times: start afresh
                self._kept.clear()
            # Every width the layout asks about: it asks at more than one, and a
            # height forgotten at one width would flip the row's height click by click.
            self._kept[width] = natural
        return max(natural, kept)

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
