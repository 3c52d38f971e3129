"""Play, pause, step and speed controls for the animation."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from convt_lab.gui.animator import SPEEDS, Animator

__all__ = ["AnimationBar"]


class AnimationBar(QWidget):
    """Buttons bound to an :class:`Animator`; the keys live in the window's actions."""

    def __init__(self, animator: Animator, parent: QWidget | None = None):
        super().__init__(parent)
        self.animator = animator
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        # Text symbols take the theme's text colour, so they stay visible on dark themes.
        self.home = QPushButton("|\u25c0")
        self.back = QPushButton("\u25c0")
        self.play = QPushButton()
        self.forward = QPushButton("\u25b6")
        self.end = QPushButton("\u25b6|")
        for button in (self.home, self.back, self.forward, self.end):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance(button.text()) + 20)
        self.home.setToolTip(self.tr("First output cell (Home)"))
        self.back.setToolTip(self.tr("Previous output cell (Left)"))
        self.forward.setToolTip(self.tr("Next output cell (Right)"))
        self.end.setToolTip(self.tr("Last output cell (End)"))
        self.speed = QComboBox()
        for s in SPEEDS:
            self.speed.addItem(self.tr("{n:g} cells/s").format(n=s), s)
        self.speed.setCurrentIndex(SPEEDS.index(2.0))
        self.speed.currentIndexChanged.connect(lambda i: animator.set_speed(SPEEDS[i]))
        self.home.clicked.connect(animator.home)
        self.back.clicked.connect(lambda: animator.step(-1))
        self.play.clicked.connect(animator.toggle)
        self.forward.clicked.connect(lambda: animator.step(1))
        self.end.clicked.connect(animator.end)
        layout.addWidget(QLabel(self.tr("Animation:")))
        for w in (self.home, self.back, self.play, self.forward, self.end, self.speed):
            layout.addWidget(w)
        layout.addStretch(1)
        animator.playingChanged.connect(self._playing)
        self._playing(animator.playing)

    def _playing(self, playing: bool) -> None:
        self.play.setText(
            "\u275a\u275a " + self.tr("Pause") if playing else "\u25b6 " + self.tr("Play")
        )
        self.play.setToolTip(self.tr("Play or pause (Space)"))
