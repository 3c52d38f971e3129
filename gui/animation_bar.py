"""Play, pause, step and speed controls for the animation."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget

from .animator import SPEEDS, Animator

__all__ = ["AnimationBar"]


class AnimationBar(QWidget):
    """Buttons bound to an :class:`Animator`; the keys live in the window's actions."""

    def __init__(self, animator: Animator, parent: QWidget | None = None):
        super().__init__(parent)
        self.animator = animator
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        icon = self.style().standardIcon
        pixmaps = QStyle.StandardPixmap
        self.home = QPushButton(icon(pixmaps.SP_MediaSkipBackward), "")
        self.back = QPushButton(icon(pixmaps.SP_MediaSeekBackward), "")
        self.play = QPushButton()
        self.forward = QPushButton(icon(pixmaps.SP_MediaSeekForward), "")
        self.end = QPushButton(icon(pixmaps.SP_MediaSkipForward), "")
        self._icons = {True: icon(pixmaps.SP_MediaPause), False: icon(pixmaps.SP_MediaPlay)}
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
        self.play.setIcon(self._icons[playing])
        self.play.setText(self.tr("Pause") if playing else self.tr("Play"))
        self.play.setToolTip(self.tr("Play or pause (Space)"))
