"""What the grid views share: one zoomable pyqtgraph view of GridItems,
their captions, a highlight overlay, and the read-outs the tests use.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from convt_lab.gui.items.caption_item import CaptionItem
from convt_lab.gui.items.grid_item import GridItem, fit_to_items
from convt_lab.gui.items.overlay_item import OverlayItem
from convt_lab.gui.state import LabState
from convt_lab.gui.theme import Theme

__all__ = ["GridPlot"]


class GridPlot(QWidget):
    """Base of the views that draw named grids of cells (one item per grid).

    Subclasses draw in ``_show_result(wt)`` and ``_show_selection(...)``,
    record what they draw in ``_values`` and ``_marks``, and handle clicks
    in ``_on_click(grid, row, col)``; they call :meth:`follow_state` once
    their widgets exist.
    """

    def __init__(self, state: LabState, theme: Theme, grids: tuple[str, ...], parent=None):
        super().__init__(parent)
        self.state = state
        self.theme = theme
        self.font_scale = 1.0
        self.view = pg.GraphicsLayoutWidget()
        self.viewbox = pg.ViewBox(enableMenu=False, lockAspect=True, invertY=True)
        self.view.addItem(self.viewbox)
        self.items: dict[str, GridItem] = {}
        self.captions: dict[str, CaptionItem] = {}
        for name in grids:
            item = GridItem(name)
            item.cellClicked.connect(lambda r, c, n=name: self._on_click(n, r, c))
            item.cellDoubleClicked.connect(lambda r, c, n=name: self._on_click(n, r, c))
            self.viewbox.addItem(item)
            self.items[name] = item
        self.overlay = OverlayItem()
        self.viewbox.addItem(self.overlay)
        self._layout_key: tuple | None = None
        self._values: dict[str, np.ndarray] = {}
        self._marks: list[tuple[str, int, int, str]] = []

    def add_caption(self, name: str) -> CaptionItem:
        caption = CaptionItem(self.theme.caption)
        self.viewbox.addItem(caption)
        self.captions[name] = caption
        return caption

    def follow_state(self) -> None:
        """Connect to the state and draw its current result.

        A hidden view (a tab in the background) only notes that it is stale
        and draws when it is shown, so it costs nothing while unseen.
        """
        self._stale = False
        self.state.resultChanged.connect(self._result_changed)
        self.state.selectionChanged.connect(self._selection_changed)
        self._show_result(self.state.result)

    def _result_changed(self, wt) -> None:
        if self.isVisible():
            self._show_result(wt)
        else:
            self._stale = True

    def _selection_changed(self, selection) -> None:
        if self.isVisible() and not self._stale:
            self._show_selection(selection)
        else:
            self._stale = True

    def showEvent(self, ev) -> None:
        if getattr(self, "_stale", False):
            self._stale = False
            self._show_result(self.state.result)
            self._show_selection(self.state.selection)
        super().showEvent(ev)

    # -- reading, for tests and callers --------------------------------------
    def values(self, grid: str) -> np.ndarray:
        """The numbers drawn on ``grid`` now."""
        return np.array(self._values[grid])

    def highlighted(self, grid: str) -> set[tuple[int, int]]:
        """The single cells of ``grid`` highlighted now."""
        return {(r, c) for g, r, c, _ in self._marks if g == grid}

    def cell_centre(self, grid: str, row: int, col: int):
        """The viewport point at the centre of a cell."""
        item = self.items[grid]
        self.viewbox.updateMatrix()  # pyqtgraph applies a new range lazily
        return self.view.mapFromScene(item.mapToScene(col + 0.5, row + 0.5))

    def fit(self) -> None:
        """Zoom so that every grid and caption is in view."""
        fit_to_items(self.viewbox, [*self.items.values(), *self.captions.values()])

    # -- look ----------------------------------------------------------------
    def set_font_scale(self, scale: float) -> None:
        self.font_scale = scale
        self._layout_key = None
        self._show_result(self.state.result)

    # -- for subclasses --------------------------------------------------------
    def _show_result(self, wt) -> None:  # pragma: no cover - every subclass draws
        raise NotImplementedError

    def _show_selection(self, *_) -> None:  # pragma: no cover
        raise NotImplementedError

    def _on_click(self, grid: str, row: int, col: int) -> None:
        """A click on a cell of ``grid``; views that select something override it."""
