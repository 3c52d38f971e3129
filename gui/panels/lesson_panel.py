"""The guided steps: the current step's text with live numbers, previous and next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from convt_lab.gui.lesson_text import lesson_steps
from convt_lab.gui.state import LabState

__all__ = ["LessonPanel"]


class LessonPanel(QWidget):
    """Shows one step of the lesson; the buttons move ``state.step``."""

    def __init__(self, state: LabState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.title = QLabel()
        self.title.setObjectName("stepTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.body = QLabel()
        self.body.setObjectName("stepBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)  # "op < d" is text, not a tag
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.prev = QPushButton(self.tr("\u25c0 Previous step"))
        self.next = QPushButton(self.tr("Next step \u25b6"))
        self.counter = QLabel()
        self.prev.clicked.connect(lambda: state.set_step(state.step - 1))
        self.next.clicked.connect(lambda: state.set_step(state.step + 1))
        buttons = QHBoxLayout()
        buttons.addWidget(self.prev)
        buttons.addWidget(self.counter)
        buttons.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        state.stepChanged.connect(self._refresh)
        state.resultChanged.connect(self._refresh)
        self._refresh()

    def _refresh(self, *_) -> None:
        steps = lesson_steps(self.state.result)
        k = self.state.step
        self.title.setText(steps[k].title)
        self.body.setText(steps[k].body)
        self.counter.setText(self.tr("Step {k} of {n}").format(k=k + 1, n=len(steps)))
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prev.setEnabled(k > 0)
        self.next.setEnabled(k < len(steps) - 1)
