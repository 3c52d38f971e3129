"""The one state owner: parameters, values, the core result and the selection.

Views take a :class:`LabState` in their constructor and connect to its
signals; they never talk to each other.  Every change of parameters or values
becomes a frozen :class:`Snapshot`, validated by core and swapped in by a
``QUndoCommand``, so undo and redo are free.  A request that breaks a rule
keeps the last valid result and reports the problem.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

import core

from .fills import arange

__all__ = ["LabState", "Selection", "Snapshot", "default_values"]

# A selection is ("output", i, j), ("input", r, c) or None.
Selection = tuple[str, int, int] | None


default_values = arange


def _resized(old: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """Keep ``old`` if it already has ``shape``, else the lesson's 1..n values."""
    return old if old.shape == tuple(shape) else default_values(shape)


@dataclass(frozen=True, eq=False)
class Snapshot:
    """Everything an undo step restores: parameters and cell values."""

    params: core.ConvTParams
    x: np.ndarray
    w: np.ndarray

    def same_as(self, other: Snapshot) -> bool:
        return (
            self.params == other.params
            and np.array_equal(self.x, other.x)
            and np.array_equal(self.w, other.w)
        )


class _Swap(QUndoCommand):
    def __init__(self, state, old: Snapshot, new: Snapshot, result, text: str):
        super().__init__(text)
        self._state, self._old, self._new = state, old, new
        self._first = result  # computed while validating; used by the first redo

    def redo(self) -> None:
        result, self._first = self._first, None
        self._state._install(self._new, result)

    def undo(self) -> None:
        self._state._install(self._old)


class LabState(QObject):
    """Holds the valid parameters, the cell values and the walkthrough.

    Signals
    -------
    resultChanged(object)
        A new :class:`core.Walkthrough`.
    selectionChanged(object)
        The new :data:`Selection`.
    problemChanged(object)
        The :class:`core.ParamError` of the last request, or None when the
        last request was valid.
    stepChanged(int)
        The lesson step shown, 0 to LAST_STEP; grids of later steps are dimmed.
    revealChanged(object)
        How many output cells, in raster order, an animation has computed so
        far; None when every cell is shown.
    """

    LAST_STEP = 4

    resultChanged = Signal(object)
    selectionChanged = Signal(object)
    problemChanged = Signal(object)
    stepChanged = Signal(int)
    revealChanged = Signal(object)

    def __init__(
        self,
        params: core.ConvTParams | None = None,
        x: np.ndarray | None = None,
        w: np.ndarray | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        params = params or core.ConvTParams()
        x = default_values(params.input_size) if x is None else np.array(x, np.float64)
        w = default_values(params.kernel_size) if w is None else np.array(w, np.float64)
        self._snapshot = Snapshot(params, x, w)
        self._result = self._compute(self._snapshot)
        self._selection: Selection = None
        self._problem: core.ParamError | None = None
        self._step = self.LAST_STEP
        self._reveal: int | None = None
        self.undo_stack = QUndoStack(self)

    # -- reading ---------------------------------------------------------
    @property
    def params(self) -> core.ConvTParams:
        return self._result.params

    @property
    def result(self) -> core.Walkthrough:
        return self._result

    @property
    def snapshot(self) -> Snapshot:
        return self._snapshot

    @property
    def selection(self) -> Selection:
        return self._selection

    @property
    def problem(self) -> core.ParamError | None:
        return self._problem

    @property
    def step(self) -> int:
        return self._step

    @property
    def reveal(self) -> int | None:
        return self._reveal

    def set_step(self, step: int) -> None:
        """Show the lesson up to ``step`` (clamped to 0..LAST_STEP)."""
        step = min(max(int(step), 0), self.LAST_STEP)
        if step != self._step:
            self._step = step
            self.stepChanged.emit(step)

    def set_reveal(self, count: int | None) -> None:
        """Show only the first ``count`` output cells (None: all of them)."""
        if count is not None:
            count = min(max(int(count), 0), self._result.output.size)
        if count != self._reveal:
            self._reveal = count
            self.revealChanged.emit(count)

    # -- changing --------------------------------------------------------
    @staticmethod
    def _compute(snap: Snapshot) -> core.Walkthrough:
        core.check_limits(snap.params)
        if snap.x.shape != snap.params.input_size or snap.w.shape != snap.params.kernel_size:
            raise core.ParamError(
                "x", "shape", value=snap.x.shape, expected=f"{snap.params.input_size}"
            )
        return core.walkthrough(
            snap.x,
            snap.w,
            snap.params.stride,
            snap.params.padding,
            snap.params.output_padding,
            snap.params.dilation,
        )

    def apply(self, snap: Snapshot, text: str = "") -> bool:
        """Make ``snap`` current as one undo step; returns whether it was valid."""
        try:
            result = self._compute(snap)
        except core.ParamError as err:
            self._set_problem(err)
            return False
        self._set_problem(None)
        if not snap.same_as(self._snapshot):
            self.undo_stack.push(_Swap(self, self._snapshot, snap, result, text))
        return True

    def request(self, **fields: tuple[int, int]) -> bool:
        """Ask for new parameters; returns whether they were valid.

        Values keep their cells while a grid keeps its shape; a grid that
        changes shape gets the lesson's 1..n values.
        """
        try:
            params = core.ConvTParams(**{**self.params.as_dict(), **fields})
        except core.ParamError as err:
            self._set_problem(err)
            return False
        snap = Snapshot(
            params,
            _resized(self._snapshot.x, params.input_size),
            _resized(self._snapshot.w, params.kernel_size),
        )
        return self.apply(snap, self.tr("Change parameters"))

    def set_values(self, x: np.ndarray | None = None, w: np.ndarray | None = None) -> bool:
        """Replace the input and/or kernel values (same shapes)."""
        snap = Snapshot(
            self.params,
            self._snapshot.x if x is None else np.array(x, np.float64),
            self._snapshot.w if w is None else np.array(w, np.float64),
        )
        return self.apply(snap, self.tr("Change values"))

    def set_cell(self, grid: str, row: int, col: int, value: float) -> bool:
        """Set one cell of the input ("input") or the kernel ("kernel")."""
        target = (self._snapshot.x if grid == "input" else self._snapshot.w).copy()
        target[row, col] = value
        return self.set_values(**({"x": target} if grid == "input" else {"w": target}))

    def _install(self, snap: Snapshot, result: core.Walkthrough | None = None) -> None:
        """Swap in a snapshot already known to be valid (the undo commands call this)."""
        self._snapshot = snap
        self._result = result if result is not None else self._compute(snap)
        self._set_problem(None)
        if self._reveal is not None:
            self._reveal = min(self._reveal, self._result.output.size)
        # Drop a selected cell that no longer exists before anyone draws the result.
        old = self._selection
        if old is not None and not self._cell_exists(old):
            self._selection = None
        self.resultChanged.emit(self._result)
        if old is not None:
            self.selectionChanged.emit(self._selection)

    def _set_problem(self, problem: core.ParamError | None) -> None:
        if problem is None and self._problem is None:
            return
        self._problem = problem
        self.problemChanged.emit(problem)

    def _cell_exists(self, selection: tuple[str, int, int]) -> bool:
        kind, i, j = selection
        if kind not in ("output", "input"):
            return False
        shape = self._result.output.shape if kind == "output" else self._result.x.shape
        return 0 <= i < shape[0] and 0 <= j < shape[1]

    def select(self, selection: Selection) -> None:
        """Select an output cell, an input cell, or nothing."""
        if selection is not None:
            if not self._cell_exists(selection):
                raise ValueError(f"no such cell: {selection}")
            kind, i, j = selection
            selection = (kind, int(i), int(j))
        if selection != self._selection:
            self._selection = selection
            self.selectionChanged.emit(selection)

    def move_selection(self, drow: int, dcol: int) -> None:
        """Move the output selection by one cell, as the arrow keys do."""
        oh, ow = self._result.output.shape
        if self._selection is None or self._selection[0] != "output":
            self.select(("output", 0, 0))
            return
        _, i, j = self._selection
        self.select(("output", min(max(i + drow, 0), oh - 1), min(max(j + dcol, 0), ow - 1)))
