"""The one state owner: a thin Qt adapter around the document and its result.

Views take a :class:`LabState` in their constructor and connect to its
signals; they never talk to each other.  The state holds one frozen
:class:`~convt_lab.gui.model.document.Document` and its
:class:`~convt_lab.gui.model.result.Result`.  A change of parameters,
channels or values is a new document, validated and computed first, then
swapped in by a ``QUndoCommand``, so undo and redo are free; a request that
breaks a rule keeps the last valid result and reports the problem.  The
selection, step, view, theme, font scale and language are part of the
document too, but changing them is not an undo step.
"""

from __future__ import annotations

from typing import Any, Callable

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from convt_lab import core
from convt_lab.gui.model.document import Document, DocumentError, Selection
from convt_lab.gui.model.result import Result, compute

__all__ = ["LabState", "Selection"]


class _Swap(QUndoCommand):
    """Swap the content (parameters, channels, values, pick) of two documents."""

    def __init__(self, state: LabState, old: Document, new: Document, result: Result, text):
        # ``text`` may be a callable giving the text in the current language, so
        # that the Edit menu follows a later language switch (see set_presentation).
        self.make_text = text if callable(text) else None
        super().__init__(text() if callable(text) else text)
        self._state, self._old, self._new = state, old, new
        self._first: Result | None = result  # computed while validating; used by the first redo
        self._done = False
        # The panels' choices kept on the state (see LabState.kept_with_undo) as they were
        # before this step; after an undo, as they were before it was undone.
        self._choices = state._kept_choices()

    def redo(self) -> None:
        result, self._first = self._first, None
        if self._done:  # done again: the choices it was undone from come back
            self._choices = self._state._swap_choices(self._choices)
        self._done = True
        self._state._install(self._new, result)

    def undo(self) -> None:
        self._choices = self._state._swap_choices(self._choices)
        self._state._install(self._old)


class LabState(QObject):
    """Holds the document and its result.

    Signals
    -------
    documentChanged(object)
        The new :class:`Document` (any field).
    resultChanged(object)
        The new :class:`Result`, after parameters, channels or values change.
    selectionChanged(object)
        The new :data:`Selection`.
    problemChanged(object)
        The :class:`core.ParamError` of the last request, or None when the
        last request was valid.
    stepChanged(int)
        The lesson step shown, 0 to LAST_STEP (the document's step − 1);
        grids of later steps are dimmed.
    revealChanged(object)
        How many output cells, in raster order, an animation has computed so
        far; None when every cell is shown.
    """

    LAST_STEP = 4

    documentChanged = Signal(object)
    resultChanged = Signal(object)
    selectionChanged = Signal(object)
    problemChanged = Signal(object)
    stepChanged = Signal(int)
    revealChanged = Signal(object)

    def __init__(self, document: Document | core.ConvTParams | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        if isinstance(document, core.ConvTParams):
            document = Document(params=document)
        self._document = document if document is not None else Document()
        self._result = compute(self._document)
        self._problem: core.ParamError | None = None
        self._reveal: int | None = None
        self.undo_stack = QUndoStack(self)
        #: Dynamic properties a panel keeps on the state that undo and redo bring back
        #: with the content they were set for (the parameter panel's Square link).
        self.kept_with_undo: set[str] = set()

    # -- reading ---------------------------------------------------------
    @property
    def document(self) -> Document:
        return self._document

    @property
    def result(self) -> Result:
        return self._result

    @property
    def params(self) -> core.ConvTParams:
        return self._document.params

    @property
    def setup(self) -> core.ChannelSetup:
        return self._document.setup

    @property
    def selection(self) -> Selection:
        return self._document.selection

    @property
    def problem(self) -> core.ParamError | None:
        return self._problem

    @property
    def step(self) -> int:
        """The step shown, counted from 0 (the document counts from 1)."""
        return self._document.step - 1

    @property
    def reveal(self) -> int | None:
        return self._reveal

    # -- the view's part of the document (no undo step) ----------------------
    def _set_document(self, document: Document) -> None:
        self._document = document
        self.documentChanged.emit(document)

    def set_step(self, step: int) -> None:
        """Show the lesson up to ``step`` (0-based, clamped to 0..LAST_STEP)."""
        step = min(max(int(step), 0), self.LAST_STEP)
        if step != self.step:
            self._set_document(self._document.replace(step=step + 1))
            self.stepChanged.emit(step)

    def set_presentation(self, **changes: Any) -> None:
        """Change the view, theme, font scale or language (checked by the document)."""
        changes = {k: v for k, v in changes.items() if getattr(self._document, k) != v}
        if "language" in changes:  # before the window rebuilds its Edit menu from the stack
            for n in range(self.undo_stack.count()):
                command = self.undo_stack.command(n)
                if getattr(command, "make_text", None) is not None:
                    command.setText(command.make_text())
        if changes:
            self._set_document(self._document.replace(**changes))

    def set_reveal(self, count: int | None) -> None:
        """Show only the first ``count`` output cells (None: all of them)."""
        if count is not None:
            count = min(max(int(count), 0), self._result.output.size)
        if count != self._reveal:
            self._reveal = count
            self.revealChanged.emit(count)

    def select(self, selection: Selection) -> None:
        """Select an output cell, an input cell, or nothing."""
        if selection is not None:
            kind, i, j = selection
            selection = (kind, int(i), int(j))
            if self._document.fitting(selection) is None:
                raise ValueError(f"no such cell: {selection}")
        if selection != self.selection:
            self._set_document(self._document.replace(selection=selection))
            self.selectionChanged.emit(selection)

    def move_selection(self, drow: int, dcol: int) -> None:
        """Move the output selection by one cell, as the arrow keys do."""
        oh, ow = self._result.output.shape
        sel = self.selection
        if sel is None or sel[0] != "output":
            self.select(("output", 0, 0))
            return
        _, i, j = sel
        self.select(("output", min(max(i + drow, 0), oh - 1), min(max(j + dcol, 0), ow - 1)))

    # -- the content (undo steps) ----------------------------------------
    def apply(self, document: Document, text: str | Callable[[], str] = "") -> bool:
        """Make ``document``'s content current as one undo step; returns whether it was valid.

        ``text`` names the step in the Edit menu; a callable is asked again
        after a language switch.

        Only the parameters, channels, values and pick are taken from
        ``document``; the view's part stays (a selection whose cell is gone is
        dropped).
        """
        new = self._document.with_content(document)
        try:
            result = compute(new)
        except core.ParamError as err:
            self._set_problem(err)
            return False
        self._set_problem(None)
        if not new.same_content(self._document):
            self.undo_stack.push(_Swap(self, self._document, new, result, text))
        return True

    def _attempt(self, make, text: str | Callable[[], str]) -> bool:
        try:
            document = make()
        except core.ParamError as err:
            self._set_problem(err)
            return False
        except DocumentError as err:
            self._set_problem(core.ParamError(err.field or "value", "invalid", reason=str(err)))
            return False
        return self.apply(document, text)

    def request(self, **fields: Any) -> bool:
        """Ask for new parameters; returns whether they were valid.

        Values keep their cells while a grid keeps its shape; a grid that
        changes shape gets the lesson's 1..n values.
        """
        def make() -> Document:
            params = core.ConvTParams(**{**self.params.as_dict(), **fields})
            core.check_limits(params)
            return self._document.with_params(params)

        return self._attempt(make, lambda: self.tr("Change parameters"))

    def set_channels(self, in_channels: int, out_channels: int, groups: int, bias: bool) -> bool:
        """Change the channel counts, groups or bias; returns whether they were valid."""
        return self._attempt(
            lambda: self._document.with_setup(
                core.ChannelSetup(in_channels, out_channels, groups, bool(bias))),
            lambda: self.tr("Change channels"),
        )

    def set_pick(self, in_channel: int, out_channel: int) -> bool:
        """Show the pair (input channel, output channel); the input moves into the group."""
        setup = self.setup
        out_channel = min(max(int(out_channel), 0), setup.out_channels - 1)
        group = setup.inputs_of(out_channel)
        if in_channel not in group:
            in_channel = group[0]
        return self._attempt(
            lambda: self._document.replace(pick=(int(in_channel), out_channel)),
            lambda: self.tr("Pick channels"),
        )

    def set_values(self, x: np.ndarray | None = None, w: np.ndarray | None = None) -> bool:
        """Replace the shown input channel and/or kernel slice (same shapes)."""
        return self._attempt(lambda: self._document.with_pair_values(x, w), lambda: self.tr("Change values"))

    def fill_all(self, target: str, make) -> bool:
        """Fill the whole input ("input") or kernel tensor with ``make(shape)``."""
        doc = self._document
        if target == "input":
            return self._attempt(lambda: doc.replace(x=make(doc.x.shape)), lambda: self.tr("Change values"))
        return self._attempt(lambda: doc.replace(w=make(doc.w.shape)), lambda: self.tr("Change values"))

    def set_cell(self, grid: str, row: int, col: int, value: float) -> bool:
        """Set one cell of the input ("input") or the kernel ("kernel")."""
        doc = self._document
        target = (doc.pair_x if grid == "input" else doc.pair_w).copy()
        if not (0 <= row < target.shape[0] and 0 <= col < target.shape[1]):
            return False  # the cell went away while it was being edited
        target[row, col] = value
        return self.set_values(**({"x": target} if grid == "input" else {"w": target}))

    def _kept_choices(self) -> dict[str, Any]:
        return {name: self.property(name) for name in self.kept_with_undo}

    def _swap_choices(self, choices: dict[str, Any]) -> dict[str, Any]:
        """Set ``choices`` (before the content changes, so panels read them); the ones replaced."""
        now = self._kept_choices()
        for name, value in choices.items():
            self.setProperty(name, value)
        return now

    def _install(self, document: Document, result: Result | None = None) -> None:
        """Swap in content already known to be valid (the undo commands call this)."""
        old_selection = self.selection
        new = self._document.with_content(document)
        self._document = new
        reuse = result is not None and result.document.same_content(new)
        self._result = result if reuse else compute(new)
        self._set_problem(None)
        if self._reveal is not None:
            self._reveal = min(self._reveal, self._result.output.size)
        self.documentChanged.emit(new)
        self.resultChanged.emit(self._result)
        if old_selection is not None:  # highlights are redrawn for the new result
            self.selectionChanged.emit(new.selection)

    def _set_problem(self, problem: core.ParamError | None) -> None:
        if problem is None and self._problem is None:
            return
        self._problem = problem
        self.problemChanged.emit(problem)
