"""Plays a sequence of frames: the output cells of the lesson, or a view's own steps.

One :class:`Animator` serves the whole window, so each tab has one Play
control (the animation bar) and one set of keys.  What it plays is a
*track*: by default :class:`OutputCells`, the slide of the rotated kernel
over the output cells in raster order (each frame selects the next output
cell, so every view shows its window and arithmetic, and reveals the output
computed so far).  A view with an animation of its own (the Scatter view's
stamps) offers a track with :meth:`Animator.set_track` while it is on top.

A track has ``count()`` frames, shows frame ``index`` with ``show(index)``,
shows everything again with ``finish()``, and describes a frame for the bar
with ``label(index)`` (e.g. "cell 7 / 25", "stamp 3 / 4").
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from convt_lab.gui.state import LabState

__all__ = ["SPEEDS", "Animator", "OutputCells", "Track"]

# Frames per second offered by the speed menu.
SPEEDS = (0.5, 1.0, 2.0, 4.0, 8.0, 15.0, 30.0, 60.0)


class Track(Protocol):
    """What an :class:`Animator` plays."""

    def count(self) -> int:
        """The number of frames."""

    def show(self, index: int) -> None:
        """Show frame ``index`` (0-based)."""

    def finish(self) -> None:
        """Show everything, as when no animation runs."""

    def label(self, index: int) -> str:
        """Frame ``index`` for the bar, e.g. "cell 7 / 25"."""


class OutputCells:
    """The lesson's track: one frame per output cell, in raster order."""

    def __init__(self, state: LabState):
        self.state = state

    def count(self) -> int:
        return int(self.state.result.output.size)

    def show(self, index: int) -> None:
        width = self.state.result.output.shape[1]
        self.state.set_reveal(index + 1)
        self.state.select(("output", index // width, index % width))

    def finish(self) -> None:
        self.state.set_reveal(None)

    def label(self, index: int) -> str:
        return QCoreApplication.translate("Animator", "cell {n} / {total}").format(
            n=index + 1, total=self.count())


class Animator(QObject):
    """Steps a frame cursor over a :class:`Track` on a timer.

    With the default track (:class:`OutputCells`) the cursor follows output
    cells the user selects.  One rule says where Play starts: at the selected
    output cell (paused, stopped, or after a parameter change alike), else at
    the first frame; and the bar says so ("▶ 13 / 25").

    Signals
    -------
    playingChanged(bool)
    positionChanged()
        The frame, the track or the number of frames changed; read
        :meth:`progress` and :meth:`note`.
    """

    playingChanged = Signal(bool)
    positionChanged = Signal()

    def __init__(self, state: LabState, parent: QObject | None = None):
        super().__init__(parent)
        self.state = state
        self.cells = OutputCells(state)
        self._track: Track = self.cells
        self._index = -1
        self._timer = QTimer(self)
        self._timer.timeout.connect(lambda: self.step(1, wrap=False))
        self._showing = False
        self._kept = -1  # the output cell paused on while another track plays
        self._carried: tuple[type, int, bool] | None = None  # see carry_over
        self.set_speed(2.0)
        state.resultChanged.connect(self._result_changed)
        state.selectionChanged.connect(self._selection_changed)

    # -- reading ---------------------------------------------------------------
    @property
    def track(self) -> Track:
        return self._track

    @property
    def index(self) -> int:
        """The current frame (an output cell in raster order); -1 before the first."""
        return self._index

    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    @property
    def speed(self) -> float:
        return 1000.0 / self._timer.interval()

    def progress(self) -> str:
        """Where the animation is, for the bar: "cell 7 / 25", or "" when none runs.

        Stopped (every cell shown) with an output cell selected, it says
        where Play will start: "▶ 7 / 25".
        """
        if self._index < 0:
            return ""
        if self._track is self.cells and not self.playing and self.state.reveal is None:
            return self.start_label(self._start())
        return self._track.label(self._index)

    def start_label(self, index: int) -> str:
        """Where Play starts when stopped on output cell ``index``, for the bar."""
        # The Play button's arrow: "▶ 13 / 25" is no wider than "cell 13 / 25".
        return QCoreApplication.translate("Animator", "\u25b6 {n} / {total}").format(
            n=index + 1, total=self.cells.count())

    def note(self) -> str:
        """Why part of the picture is hidden, when it is and nothing plays; else ""."""
        hidden = self.state.reveal is not None  # cells are covered only while an animation runs
        if self._track is self.cells and self._index >= 0 and not self.playing and hidden:
            if self._index < self._track.count() - 1:
                return QCoreApplication.translate(
                    "Animator",
                    "Paused: later output cells stay hidden; Play goes on from here, "
                    "Stop (Esc) shows them all.")
        return ""

    # -- the track -------------------------------------------------------------
    def set_track(self, track: Track | None) -> None:
        """Play ``track`` from now on (None: the output cells again).

        A view's track is stopped and shows everything when it is left, and
        starts before its first frame, or at the frame :meth:`carry_over`
        kept.  The output cells are only paused: the lesson comes back to the
        cell it was paused on, with the later cells still hidden.
        """
        track = self.cells if track is None else track
        if track is self._track:
            return
        if self._track is self.cells:
            self.pause()
            self._kept = self._index
        else:
            self.stop()
        self._track = track
        self._index = -1
        carried = self._carried
        if track is not self.cells:  # the rebuilt view's track (the old one's hid first)
            self._carried = None
        if carried is not None and track is not self.cells and type(track) is carried[0]:
            self.show(carried[1])
            if carried[2]:
                self._timer.start()
                self.playingChanged.emit(True)
            return
        if track is self.cells:
            if 0 <= self._kept < track.count():
                self._index = self._kept
            else:
                track.finish()
        self.positionChanged.emit()

    def carry_over(self) -> None:
        """Let a view's track built anew go on from the current frame, paused or playing.

        The window builds its views again for a new language, theme or font
        size: the Scatter view paused at "stamp 3 / 4" is replaced by a new
        one, whose track then starts at that frame instead of before the first.
        """
        if self._track is not self.cells and self._index >= 0:
            self._carried = (type(self._track), self._index, self.playing)

    def set_speed(self, frames_per_second: float) -> None:
        self._timer.setInterval(max(1, round(1000.0 / frames_per_second)))

    # -- moving ----------------------------------------------------------------
    def show(self, index: int) -> None:
        """Make frame ``index`` current (clamped to the track)."""
        n = self._track.count()
        self._index = min(max(index, 0), n - 1)
        self._showing = True
        try:
            self._track.show(self._index)
        finally:
            self._showing = False
        self.positionChanged.emit()

    def step(self, delta: int, wrap: bool = True) -> None:
        """Move by ``delta`` frames; a playing animation stops at the end."""
        count = self._track.count()
        target = self._index + delta
        if not wrap and target >= count:
            self.pause()
            return
        self.show(target % count if wrap and self._index >= 0 else max(target, 0))

    def home(self) -> None:
        self.show(0)

    def end(self) -> None:
        self.pause()
        self.show(self._track.count() - 1)

    def play(self) -> None:
        """Play from the current frame (the selected output cell), shown first; from the
        first frame when there is none or it is the last."""
        if self.playing:
            return
        self._timer.start()
        self.playingChanged.emit(True)
        self.show(self._start())

    def _start(self) -> int:
        """The frame Play shows first: the current one, or the first when none or the last."""
        return self._index if 0 <= self._index < self._track.count() - 1 else 0

    def pause(self) -> None:
        if self.playing:
            self._timer.stop()
            self.playingChanged.emit(False)
            self.positionChanged.emit()

    def toggle(self) -> None:
        self.pause() if self.playing else self.play()

    def stop(self) -> None:
        """Stop and show everything again; a selected output cell stays where Play starts."""
        self.pause()
        self._index = -1
        self._track.finish()
        if self._track is self.cells:
            self._index = self._selected_cell()
        self.positionChanged.emit()

    def _selected_cell(self) -> int:
        """The selected output cell in raster order; -1 when none is selected."""
        sel = self.state.selection
        if sel is None or sel[0] != "output":
            return -1
        return sel[1] * self.state.result.output.shape[1] + sel[2]

    # -- following the state (the output-cell track) ---------------------------
    def _selection_changed(self, selection) -> None:
        """An output cell the user picked becomes the current cell."""
        if self._track is not self.cells or self._showing:
            return
        if selection is None and self.state.reveal is None and self._index >= 0:
            self._index = -1  # stopped, nothing selected: Play starts at the first cell
            self.positionChanged.emit()
        if selection is None or selection[0] != "output":
            return
        self._index = self._selected_cell()
        if self.state.reveal is not None:
            self.state.set_reveal(self._index + 1)
        self.positionChanged.emit()

    def _result_changed(self, result) -> None:
        """Keep the current cell: it follows the selection, or stops if it is gone."""
        self._carried = None  # a frame kept for a rebuilt view is of the old result
        if self._track is not self.cells:
            self._kept = -1  # the lesson's paused cell is of the old result
            self.cells.finish()
            if self._index >= self._track.count():
                self.stop()
            return
        sel = self.state.selection
        if sel is not None and sel[0] == "output":
            self._index = sel[1] * result.output.shape[1] + sel[2]
        elif self._index >= 0:
            self.stop()
            return
        if self.state.reveal is not None:
            self.state.set_reveal(self._index + 1)
        self.positionChanged.emit()
