"""The main window's cell handlers: editing a value, and what the status bar says on hover.

A mixin of :class:`~convt_lab.gui.main_window.MainWindow`, kept apart so the
window module stays about assembling panels.  It uses the window's
``state``, ``grids``, ``editor`` and status bar.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect

from convt_lab.gui.items.cells import format_exact
from convt_lab.gui.lesson_notes import op_cell_text
from convt_lab.gui.lesson_text import STEP_GRIDS
from convt_lab.gui.texts import problem_text, role_name

__all__ = ["CellHandlers"]


class CellHandlers:
    """Edit a cell in place and describe the cell under the mouse."""

    def _edit_cell(self, grid: str, row: int, col: int) -> None:
        values = self.state.result.x if grid == "input" else self.state.result.weight
        self.editor.edit(grid, row, col, values[row, col], self._cell_rect(grid, row, col))

    def _cell_rect(self, grid: str, row: int, col: int) -> QRect:
        """Where a cell is painted now, in the grids' viewport pixels."""
        item = self.grids.items[grid]
        top_left = self.grids.mapFromScene(item.mapToScene(col, row))
        bottom_right = self.grids.mapFromScene(item.mapToScene(col + 1, row + 1))
        return QRect(top_left, bottom_right)

    def _follow_editor(self, *_) -> None:
        """Keep the open editor over its cell when the grids zoom, pan or are laid out again."""
        cell = self.editor.cell
        if cell is not None and self.editor.isVisible():
            self.editor.place(self._cell_rect(*cell))

    def _close_stale_editor(self, wt) -> None:
        cell = self.editor.cell
        if cell is not None:
            shape = wt.x.shape if cell[0] == "input" else wt.weight.shape
            if not (cell[1] < shape[0] and cell[2] < shape[1]):
                self.editor.close_editor()

    def _cell_committed(self, grid: str, row: int, col: int, value: float) -> None:
        if self.state.set_cell(grid, row, col, value) or self.state.problem is None:
            self.statusBar().clearMessage()
            return
        # Refused (the output would overflow): said where the value was typed.
        self._cell_rejected(problem_text(self.state.problem))

    def _cell_rejected(self, message: str) -> None:
        message = message.rstrip(".\u3002")  # "…; the cell keeps its value." ends the sentence
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "{message}; the cell keeps its value.").format(message=message), 8000
        )

    def _hovered(self, grid: str, row: int, col: int) -> None:
        if row < 0:
            # pyqtgraph may announce the next grid before it leaves this one.
            if self._hovered_grid == grid:
                self._hovered_grid = None
                self.statusBar().clearMessage()
            return
        self._hovered_grid = grid
        wt = self.state.result
        roles = {"zero_inserted": wt.zero_inserted_roles, "padded": wt.roles}
        names = {
            "input": QCoreApplication.translate("MainWindow", "Input x"),
            "zero_inserted": QCoreApplication.translate("MainWindow", "Zero-inserted"),
            "padded": QCoreApplication.translate("MainWindow", "Padded"),
            "output": QCoreApplication.translate("MainWindow", "Output y"),
            "kernel": QCoreApplication.translate("MainWindow", "Kernel w"),
            "flipped": QCoreApplication.translate("MainWindow", "Rotated kernel"),
        }
        values = {"input": wt.x, "zero_inserted": wt.zero_inserted, "padded": wt.padded,
                  "output": wt.output, "kernel": wt.weight, "flipped": wt.flipped_kernel}
        if grid not in STEP_GRIDS[self.state.step]:
            # A grid the lesson has not reached yet: its numbers are the later steps' answer.
            self.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "{grid} [{row}, {col}]: its value appears at a later step"
            ).format(grid=names[grid], row=row, col=col))
            return
        text = f"{names[grid]} [{row}, {col}] = {format_exact(values[grid][row, col])}"
        if grid in roles:
            text += ": " + role_name(roles[grid][row, col])
        elif grid == "output" and wt.output_band[row, col]:
            text += ": " + op_cell_text(wt.steps, row, col, bool(wt.setup.bias))
        if grid in ("input", "kernel"):
            text += " \u2014 " + QCoreApplication.translate("MainWindow", "double-click to type a value")
        self.statusBar().showMessage(text)
