"""The arithmetic of the selected cell, in a large monospace font."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel, QWidget

from convt_lab.gui.items.cells import format_value
from convt_lab.gui.state import LabState
from convt_lab.gui.texts import arithmetic

__all__ = ["ArithmeticPanel"]


class ArithmeticPanel(QLabel):
    """Shows y[i,j] = sum of x*w for an output cell, or where an input cell lands."""

    def __init__(self, state: LabState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.setObjectName("arithmetic")
        self._font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self._font.setPointSizeF(max(self._font.pointSizeF(), 12))
        self.set_scale(1.0)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setMargin(8)
        state.selectionChanged.connect(self._refresh)
        state.resultChanged.connect(self._refresh)
        state.stepChanged.connect(self._refresh)
        self._refresh()

    def set_scale(self, scale: float) -> None:
        font = QFont(self._font)
        font.setPointSizeF(self._font.pointSizeF() * scale)
        self.setFont(font)

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
