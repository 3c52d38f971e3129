"""Plays the slide of the rotated kernel over the output cells in raster order.

Each frame selects the next output cell, so every view shows its window and
arithmetic, and reveals the output computed so far.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from convt_lab.gui.state import LabState

__all__ = ["SPEEDS", "Animator"]

# Output cells per second offered by the speed menu.
SPEEDS = (0.5, 1.0, 2.0, 4.0, 8.0, 15.0, 30.0, 60.0)


class Animator(QObject):
    """Steps an output-cell cursor and drives ``state.select`` and ``state.set_reveal``.

    Signals
    -------
    playingChanged(bool)
    """

    playingChanged = Signal(bool)

    def __init__(self, state: LabState, parent: QObject | None = None):
        super().__init__(parent)
        self.state = state
        self._index = -1
        self._timer = QTimer(self)
        self._timer.timeout.connect(lambda: self.step(1, wrap=False))
        self._showing = False
        self.set_speed(2.0)
        state.resultChanged.connect(self._result_changed)
        state.selectionChanged.connect(self._selection_changed)

    @property
    def index(self) -> int:
        """The current output cell in raster order; -1 before the first."""
        return self._index

    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    @property
    def speed(self) -> float:
        return 1000.0 / self._timer.interval()

    def set_speed(self, cells_per_second: float) -> None:
        self._timer.setInterval(max(1, round(1000.0 / cells_per_second)))

    def _count(self) -> int:
        return int(self.state.result.output.size)

    def show(self, index: int) -> None:
        """Make output cell ``index`` (raster order) current."""
        n = self._count()
        self._index = min(max(index, 0), n - 1)
        width = self.state.result.output.shape[1]
        self.state.set_reveal(self._index + 1)
        self._showing = True
        try:
            self.state.select(("output", self._index // width, self._index % width))
        finally:
            self._showing = False

    def _selection_changed(self, selection) -> None:
        """A cell the user picked becomes the animation's current cell."""
        if self._showing or selection is None or selection[0] != "output":
            return
        self._index = selection[1] * self.state.result.output.shape[1] + selection[2]
        if self.state.reveal is not None:
            self.state.set_reveal(self._index + 1)

    def step(self, delta: int, wrap: bool = True) -> None:
        """Move by ``delta`` cells; a playing animation stops at the end."""
        target = self._index + delta
        if not wrap and target >= self._count():
            self.pause()
            return
        self.show(target % self._count() if wrap and self._index >= 0 else max(target, 0))

    def home(self) -> None:
        self.show(0)

    def end(self) -> None:
        self.pause()
        self.show(self._count() - 1)

    def play(self) -> None:
        if self._index >= self._count() - 1:
            self._index = -1
        if not self.playing:
            self._timer.start()
            self.playingChanged.emit(True)
            self.step(1, wrap=False)

    def pause(self) -> None:
        if self.playing:
            self._timer.stop()
            self.playingChanged.emit(False)

    def toggle(self) -> None:
        self.pause() if self.playing else self.play()

    def stop(self) -> None:
        """Stop and show every output cell again."""
        self.pause()
        self._index = -1
        self.state.set_reveal(None)

    def _result_changed(self, result) -> None:
        """Keep the current cell: it follows the selection, or stops if it is gone."""
        sel = self.state.selection
        if sel is not None and sel[0] == "output":
            self._index = sel[1] * result.output.shape[1] + sel[2]
        elif self._index >= 0:
            self.stop()
            return
        if self.state.reveal is not None:
            self.state.set_reveal(self._index + 1)
