"""Play, pause, step, position and speed controls for the animation of the tab on top."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QSignalBlocker, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette, QStaticText
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from convt_lab.gui.animator import SPEEDS, Animator

__all__ = ["AnimationBar"]

SLIDER_LEAST = 60  # narrower, a slider is only its handle: it is hidden instead


class _PositionLabel(QWidget):
    """Where the animation is ("cell 7 / 25"), in room kept for the track's widest text.

    It paints its own text: a label would ask the whole window to lay itself
    out again at every new text, which each click and animation step pays.
    It asks for ``room`` pixels whatever its text, but needs only its text's
    width, so a narrow window is not made wider by room for a text not shown.
    Each text is laid out once (``QStaticText``): a click paints a new one.
    """

    room = 0

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._text = ""
        self._static = QStaticText()
        self._static.setTextFormat(Qt.TextFormat.PlainText)
        self._metrics: QFontMetrics | None = None  # the font's, until the font changes
        self._width: int | None = None  # the text's, in that font
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setSizePolicy(policy)

    def text(self) -> str:
        return self._text

    def metrics(self) -> QFontMetrics:
        if self._metrics is None:
            self._metrics = self.fontMetrics()
        return self._metrics

    def setText(self, text: str) -> None:  # noqa: N802 - QLabel's name, kept for callers
        if text == self._text:
            return
        self._text = text
        self._width = None
        self._static.setText(text)
        # Only a text wider than the label moves anything; within the room kept
        # for the track's widest text it is not even measured.
        if self.width() < self.room and self._text_width() > self.width():
            self.updateGeometry()
        self.update()

    def _text_width(self) -> int:
        """The text's width in pixels, measured once per text and font."""
        if self._width is None:
            self._width = self.metrics().horizontalAdvance(self._text)
        return self._width

    def forget_metrics(self) -> None:
        """Measure again with the font the label has now."""
        self._metrics = self._width = None

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:
            self.forget_metrics()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        # Squeezed below its text (the layout still had a shorter text's
        # minimum): the layout asks for the minimum again.
        if event.size().width() < self._text_width():
            self.updateGeometry()
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self._text_width(), self.metrics().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = self.minimumSizeHint()
        return QSize(max(hint.width(), self.room), hint.height())

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        # Left-aligned and centred in the height, as a label draws it.
        top = (self.height() - self.metrics().height()) // 2
        painter.drawStaticText(0, top, self._static)
        painter.end()


class AnimationBar(QWidget):
    """Buttons bound to an :class:`Animator`; the keys live in the window's actions.

    The bar plays whatever track the animator holds (the output cells, or
    the Scatter view's stamps while that tab is on top), shows where it is
    ("cell 7 / 25", "stamp 3 / 4") and, when part of the picture is hidden
    while paused, says why.
    """

    def __init__(self, animator: Animator, parent: QWidget | None = None):
        super().__init__(parent)
        # Opaque: a step repaints the bar alone, not the window behind it.
        self.setAutoFillBackground(True)
        self.animator = animator
        # The buttons on one row, the note under them across the bar's whole width: a
        # note squeezed beside the buttons wraps a few characters a line and pushes
        # the grids up.
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 0, 8, 0)
        column.setSpacing(2)
        layout = QHBoxLayout()
        column.addLayout(layout)
        # Text symbols take the theme's text colour, so they stay visible on dark themes.
        self.home = QPushButton("|\u25c0")
        self.back = QPushButton("\u25c0")
        self.play = QPushButton()
        self.forward = QPushButton("\u25b6")
        self.end = QPushButton("\u25b6|")
        for button in (self.home, self.back, self.forward, self.end):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance(button.text()) + 20)
        self.home.setToolTip(self.tr("First frame (Home)"))
        self.back.setToolTip(self.tr("Previous frame (Left)"))
        self.forward.setToolTip(self.tr("Next frame (Right)"))
        self.end.setToolTip(self.tr("Last frame (End)"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setToolTip(self.tr("Go to a frame"))
        # The bar must not widen the window (classroom projectors are 1280 px
        # wide): the slider and the texts take only the room that is left.
        self.slider.setMinimumWidth(16)
        policy = self.slider.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # hidden when narrow (_show_slider), laid out alike
        self.slider.setSizePolicy(policy)
        self.slider.installEventFilter(self)
        self.position = _PositionLabel()
        self._measured_for: tuple | None = None  # (track, its last frame's text) measured
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.speed = QComboBox()
        for s in SPEEDS:
            self.speed.addItem(self.tr("{n:g} steps/s").format(n=s), s)
        self.speed.setCurrentIndex(self._speed_index(animator.speed))
        self.speed.currentIndexChanged.connect(lambda i: animator.set_speed(SPEEDS[i]))
        self.home.clicked.connect(animator.home)
        self.back.clicked.connect(lambda: animator.step(-1))
        self.play.clicked.connect(animator.toggle)
        self.forward.clicked.connect(lambda: animator.step(1))
        self.end.clicked.connect(animator.end)
        self.slider.valueChanged.connect(self._slid)
        layout.addWidget(QLabel(self.tr("Animation:")))
        for w in (self.home, self.back, self.play, self.forward, self.end, self.speed):
            layout.addWidget(w)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.position)
        column.addWidget(self.note)
        animator.playingChanged.connect(self._playing)
        animator.positionChanged.connect(self._moved)
        self._playing(animator.playing)
        self._moved()

    @staticmethod
    def _speed_index(speed: float) -> int:
        return min(range(len(SPEEDS)), key=lambda i: abs(SPEEDS[i] - speed))

    def _playing(self, playing: bool) -> None:
        self.play.setText(
            "\u275a\u275a " + self.tr("Pause") if playing else "\u25b6 " + self.tr("Play")
        )
        self.play.setToolTip(self.tr("Play or pause (Space)"))

    def _moved(self) -> None:
        """Show the animator's position and note; the slider follows without echoing back."""
        animator = self.animator
        last = max(animator.track.count() - 1, 0)
        with QSignalBlocker(self.slider):
            if self.slider.maximum() != last:
                self.slider.setRange(0, last)
            # Nothing playing means everything is shown: the slider stands at the end.
            self.slider.setValue(animator.index if animator.index >= 0 else last)
        self._keep_position_width(last)
        progress = animator.progress()
        self.position.setText(progress)
        tip = self.tr("Play starts at this output cell (Space)") if progress.startswith("\u25b6") else ""
        if tip != self.position.toolTip():
            self.position.setToolTip(tip)
        note = animator.note()
        if note != self.note.text():
            self.note.setText(note)
        if self.note.isVisibleTo(self) != bool(note):
            self.note.setVisible(bool(note))  # an empty note takes no line

    def _keep_position_width(self, last: int) -> None:
        """Room for the track's widest position text, so a step never moves the buttons.

        A label that fits each text would change width from "cell 9 / 25" to
        "cell 10 / 25" and relayout (and repaint) the whole row at every click.
        Measured again for a new track or number of frames, a new font or new words.
        """
        track = self.animator.track
        final = track.label(last)
        if (track, final) == self._measured_for:  # the same texts as at the last click
            return
        self._measured_for = (track, final)
        texts = [final]
        if track is self.animator.cells:  # stopped: "▶ 7 / 25", Play starts there
            texts.append(self.animator.start_label(last))
        metrics = self.position.metrics()
        # Any digit in any place: fonts with proportional digits make "11" narrower than "88".
        width = max(metrics.horizontalAdvance(re.sub(r"\d", d, text))
                    for text in texts for d in "0123456789") + 4
        if width != self.position.room:
            self.position.room = width
            self.position.updateGeometry()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            # A new font size or new words: measure again.
            self._measured_for = None
            self.position.forget_metrics()  # its metrics too, whichever hears first
            self._keep_position_width(max(self.animator.track.count() - 1, 0))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)  # the row is laid out already: the slider has its width
        self._show_slider()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.slider and event.type() == QEvent.Type.Resize:
            self._show_slider()
        return False

    def _show_slider(self) -> None:
        """The slider, when it has at least :data:`SLIDER_LEAST` pixels.

        A narrower slider is only its handle, which looks like a check box: it
        is hidden instead, keeping its room (a hidden widget's geometry still
        follows the layout), and the position text still says where it is.
        """
        shown = self.slider.geometry().width() >= SLIDER_LEAST
        if shown != self.slider.isVisibleTo(self):
            self.slider.setVisible(shown)

    def _slid(self, value: int) -> None:
        self.animator.pause()
        self.animator.show(value)
