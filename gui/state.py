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

__all__ = ["LabState", "Selection", "Snapshot"]

# A selection is ("output", i, j), ("input", r, c) or None.
Selection = tuple[str, int, int] | None


def _resized(old: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """Keep ``old`` if it already has ``shape``, else the lesson's 1..n values."""
    return old if old.shape == tuple(shape) else arange(shape)


@dataclass(frozen=True, eq=False)
class Snapshot:
    """Everything an undo step restores: parameters, channels and cell values.

    ``xs`` (C_in, H, W), ``ws`` (C_in, C_out/groups, kH, kW) and ``bias`` (C_out,)
    are the whole layer; ``x`` and ``w`` are the channel pair picked for the
    lesson, ``pick = (input channel, output channel)``.  With one channel,
    ``Snapshot(params, x, w)`` is enough.
    """

    params: core.ConvTParams
    x: np.ndarray | None = None
    w: np.ndarray | None = None
    setup: core.ChannelSetup = core.ChannelSetup()
    xs: np.ndarray | None = None
    ws: np.ndarray | None = None
    bias: np.ndarray | None = None
    pick: tuple[int, int] = (0, 0)

    def __post_init__(self) -> None:
        xs = np.asarray(self.x, np.float64)[None] if self.xs is None else np.asarray(self.xs, np.float64)
        ws = (
            np.asarray(self.w, np.float64)[None, None] if self.ws is None
            else np.asarray(self.ws, np.float64)
        )
        bias = np.zeros(self.setup.out_channels) if self.bias is None else np.asarray(self.bias, np.float64)
        object.__setattr__(self, "xs", xs)
        object.__setattr__(self, "ws", ws)
        object.__setattr__(self, "bias", bias)
        ci, co = self.pick
        if xs.ndim == 3 and ws.ndim == 4 and 0 <= ci < len(xs):
            object.__setattr__(self, "x", xs[ci])
            if 0 <= co < self.setup.out_channels and ci in self.setup.inputs_of(co):
                object.__setattr__(self, "w", ws[self.setup.weight_index(ci, co)])

    def same_as(self, other: Snapshot) -> bool:
        return (
            self.params == other.params
            and self.setup == other.setup
            and self.pick == other.pick
            and np.array_equal(self.xs, other.xs)
            and np.array_equal(self.ws, other.ws)
            and np.array_equal(self.bias, other.bias)
        )

    def replace(self, **changes) -> Snapshot:
        """A copy with ``changes``; the picked slices follow the tensors."""
        fields = dict(params=self.params, setup=self.setup, xs=self.xs, ws=self.ws,
                      bias=self.bias, pick=self.pick)
        fields.update(changes)
        return Snapshot(**fields)


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
        x = arange(params.input_size) if x is None else np.array(x, np.float64)
        w = arange(params.kernel_size) if w is None else np.array(w, np.float64)
        self._snapshot = Snapshot(params, x, w)
        self._result, self._full = self._compute(self._snapshot)
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
    @property
    def full_output(self) -> np.ndarray:
        """The whole layer's output (C_out, H_out, W_out), bias included."""
        return self._full

    @property
    def output_values(self) -> np.ndarray:
        """The output channel being shown: ``full_output[picked output channel]``."""
        return self._full[self._snapshot.pick[1]]

    @staticmethod
    def _compute(snap: Snapshot) -> tuple[core.Walkthrough, np.ndarray]:
        params, setup = snap.params, snap.setup
        core.check_limits(params)
        if snap.xs.shape != (setup.in_channels, *params.input_size):
            raise core.ParamError(
                "x", "shape", value=snap.xs.shape, expected=f"({setup.in_channels}, *{params.input_size})"
            )
        if snap.ws.shape != setup.weight_shape(params.kernel_size):
            raise core.ParamError(
                "weight", "shape", value=snap.ws.shape, expected=f"{setup.weight_shape(params.kernel_size)}"
            )
        ci, co = snap.pick
        if not 0 <= co < setup.out_channels:
            raise core.ParamError("out_channel", "limit", low=0, high=setup.out_channels - 1, value=co)
        index = setup.weight_index(ci, co)
        wt = core.walkthrough(
            snap.xs[ci], snap.ws[index], params.stride, params.padding, params.output_padding,
            params.dilation,
        )
        full = core.channel_output(params, setup, snap.xs, snap.ws, snap.bias)
        return wt, full

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
        snap = self._snapshot
        setup = snap.setup
        return self.apply(
            snap.replace(
                params=params,
                xs=_resized(snap.xs, (setup.in_channels, *params.input_size)),
                ws=_resized(snap.ws, setup.weight_shape(params.kernel_size)),
            ),
            self.tr("Change parameters"),
        )

    @property
    def setup(self) -> core.ChannelSetup:
        return self._snapshot.setup

    def set_channels(self, in_channels: int, out_channels: int, groups: int, bias: bool) -> bool:
        """Change the channel counts, groups or bias; returns whether they were valid."""
        try:
            setup = core.ChannelSetup(in_channels, out_channels, groups, bool(bias))
        except core.ParamError as err:
            self._set_problem(err)
            return False
        snap = self._snapshot
        ci, co = snap.pick
        co = min(co, setup.out_channels - 1)
        if ci not in setup.inputs_of(co):
            ci = setup.inputs_of(co)[0]
        bias = snap.bias if snap.bias.shape == (setup.out_channels,) else arange((setup.out_channels,))
        return self.apply(
            snap.replace(
                setup=setup,
                xs=_resized(snap.xs, (setup.in_channels, *self.params.input_size)),
                ws=_resized(snap.ws, setup.weight_shape(self.params.kernel_size)),
                bias=bias,
                pick=(ci, co),
            ),
            self.tr("Change channels"),
        )

    def set_pick(self, in_channel: int, out_channel: int) -> bool:
        """Show the pair (input channel, output channel); the input moves into the group."""
        setup = self.setup
        out_channel = min(max(int(out_channel), 0), setup.out_channels - 1)
        group = setup.inputs_of(out_channel)
        if in_channel not in group:
            in_channel = group[0]
        return self.apply(self._snapshot.replace(pick=(int(in_channel), out_channel)),
                          self.tr("Pick channels"))

    def set_values(self, x: np.ndarray | None = None, w: np.ndarray | None = None) -> bool:
        """Replace the shown input channel and/or kernel slice (same shapes)."""
        snap = self._snapshot
        xs, ws = snap.xs.copy(), snap.ws.copy()
        ci, co = snap.pick
        if x is not None:
            xs[ci] = np.asarray(x, np.float64)
        if w is not None:
            ws[snap.setup.weight_index(ci, co)] = np.asarray(w, np.float64)
        return self.apply(snap.replace(xs=xs, ws=ws), self.tr("Change values"))

    def fill_all(self, target: str, make) -> bool:
        """Fill the whole input ("input") or kernel tensor with ``make(shape)``."""
        snap = self._snapshot
        if target == "input":
            return self.apply(snap.replace(xs=make(snap.xs.shape)), self.tr("Change values"))
        return self.apply(snap.replace(ws=make(snap.ws.shape)), self.tr("Change values"))

    def set_cell(self, grid: str, row: int, col: int, value: float) -> bool:
        """Set one cell of the input ("input") or the kernel ("kernel")."""
        target = (self._snapshot.x if grid == "input" else self._snapshot.w).copy()
        if not (0 <= row < target.shape[0] and 0 <= col < target.shape[1]):
            return False  # the cell went away while it was being edited
        target[row, col] = value
        return self.set_values(**({"x": target} if grid == "input" else {"w": target}))

    def _install(self, snap: Snapshot, result=None) -> None:
        """Swap in a snapshot already known to be valid (the undo commands call this)."""
        self._snapshot = snap
        self._result, self._full = result if result is not None else self._compute(snap)
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
