"""The guided steps: the current step's text with live numbers, previous and next.

The step's title shares one row with the buttons, and the text below is as
tall as it needs: the window gives it its height for the width it has, so
nothing is ever clipped or hidden behind a scrollbar.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from convt_lab.gui.lesson_text import lesson_steps
from convt_lab.gui.state import LabState

__all__ = ["LessonPanel"]

TITLE_SCALE = 1.2


class LessonPanel(QWidget):
    """Shows one step of the lesson; the buttons move ``state.step``."""

    def __init__(self, state: LabState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.setObjectName("lessonPanel")
        self.title = QLabel()
        self.title.setObjectName("stepTitle")
        self.title.setWordWrap(True)
        self.body = QLabel()
        self.body.setObjectName("stepBody")
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.title, self.body):
            policy = label.sizePolicy()
            policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)  # wrap to the width given
            label.setSizePolicy(policy)
        self.prev = QPushButton(self.tr("\u25c0 Previous step"))
        self.next = QPushButton(self.tr("Next step \u25b6"))
        self.counter = QLabel()
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prev.clicked.connect(lambda: state.set_step(state.step - 1))
        self.next.clicked.connect(lambda: state.set_step(state.step + 1))
        header = QHBoxLayout()
        header.addWidget(self.prev)
        header.addWidget(self.counter)
        header.addWidget(self.next)
        header.addSpacing(8)
        header.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 2)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.body)
        self.set_min_text_px(0.0)
        state.stepChanged.connect(self._refresh)
        state.resultChanged.connect(self._refresh)
        self._refresh()

    def set_min_text_px(self, px: float) -> None:
        """Make the step text at least ``px`` pixels tall (the title a little more); 0: as the app's."""
        if px == getattr(self, "_min_px", None):
            return
        self._min_px = px
        body = QFont()  # resolves to the application font
        if QFontInfo(body).pixelSize() < px:
            body.setPixelSize(math.ceil(px))
        self.body.setFont(body if px else QFont())
        title = QFont(body)
        title.setBold(True)
        if title.pixelSize() > 0:
            title.setPixelSize(math.ceil(title.pixelSize() * TITLE_SCALE))
        else:
            title.setPointSizeF(title.pointSizeF() * TITLE_SCALE)
        self.title.setFont(title)
        for button in (self.prev, self.next):
            button.setFont(body if px else QFont())
        self.counter.setFont(body if px else QFont())
        self.updateGeometry()

    def _refresh(self, *_) -> None:
        steps = lesson_steps(self.state.result)
        k = self.state.step
        self.title.setText(steps[k].title)
        self.body.setText(steps[k].body)
        self.counter.setText(self.tr("Step {k} of {n}").format(k=k + 1, n=len(steps)))
        self.prev.setEnabled(k > 0)
        self.next.setEnabled(k < len(steps) - 1)
