"""The one state owner: parameters, values, the core result and the selection.

Views take a :class:`LabState` in their constructor and connect to its
signals; they never talk to each other.  Every change goes through
:meth:`LabState.request`, which validates with core and keeps the last valid
result when a request breaks a rule.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, Signal

import core

__all__ = ["LabState", "Selection", "default_values"]

#: A selection is ("output", i, j), ("input", r, c) or None.
Selection = tuple[str, int, int] | None


def default_values(shape: tuple[int, int]) -> np.ndarray:
    """The lesson's values: 1, 2, ..., H*W in reading order."""
    return np.arange(1, shape[0] * shape[1] + 1, dtype=np.float64).reshape(shape)


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
    """

    resultChanged = Signal(object)
    selectionChanged = Signal(object)
    problemChanged = Signal(object)

    def __init__(self, params: core.ConvTParams | None = None, parent: QObject | None = None):
        super().__init__(parent)
        params = params or core.ConvTParams()
        self._x = default_values(params.input_size)
        self._w = default_values(params.kernel_size)
        self._result = self._compute(params, self._x, self._w)
        self._selection: Selection = None
        self._problem: core.ParamError | None = None

    # -- reading ---------------------------------------------------------
    @property
    def params(self) -> core.ConvTParams:
        return self._result.params

    @property
    def result(self) -> core.Walkthrough:
        return self._result

    @property
    def selection(self) -> Selection:
        return self._selection

    @property
    def problem(self) -> core.ParamError | None:
        return self._problem

    # -- changing --------------------------------------------------------
    @staticmethod
    def _compute(params: core.ConvTParams, x: np.ndarray, w: np.ndarray) -> core.Walkthrough:
        core.check_limits(params)
        return core.walkthrough(
            x, w, params.stride, params.padding, params.output_padding, params.dilation
        )

    def request(self, **fields: tuple[int, int]) -> bool:
        """Ask for new parameters; returns whether they were valid.

        An invalid request leaves the result as it was and reports the
        problem through ``problemChanged``.
        """
        try:
            params = core.ConvTParams(**{**self.params.as_dict(), **fields})
            x = self._x if params.input_size == self.params.input_size else None
            w = self._w if params.kernel_size == self.params.kernel_size else None
            x = default_values(params.input_size) if x is None else x
            w = default_values(params.kernel_size) if w is None else w
            result = self._compute(params, x, w)
        except core.ParamError as err:
            self._set_problem(err)
            return False
        self._x, self._w = x, w
        self._set_problem(None)
        if result.params != self.params or not (
            np.array_equal(result.x, self._result.x)
            and np.array_equal(result.weight, self._result.weight)
        ):
            self._result = result
            self.resultChanged.emit(result)
            self._keep_selection()
        return True

    def _set_problem(self, problem: core.ParamError | None) -> None:
        if problem is None and self._problem is None:
            return
        self._problem = problem
        self.problemChanged.emit(problem)

    def _keep_selection(self) -> None:
        sel = self._selection
        if sel is None:
            return
        kind, i, j = sel
        shape = self._result.output.shape if kind == "output" else self._result.x.shape
        if not (i < shape[0] and j < shape[1]):
            self.select(None)
        else:
            self.selectionChanged.emit(sel)

    def select(self, selection: Selection) -> None:
        """Select an output cell, an input cell, or nothing."""
        if selection is not None:
            kind, i, j = selection
            shape = self._result.output.shape if kind == "output" else self._result.x.shape
            if kind not in ("output", "input") or not (0 <= i < shape[0] and 0 <= j < shape[1]):
                raise ValueError(f"no {kind} cell ({i}, {j}) in a {shape[0]}x{shape[1]} grid")
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
