"""The zoomable view with every grid of the lesson, laid out side by side.

All grids share one scene with one cell = one unit, so the sizes compare at
a glance: Input, Zero-inserted, Padded and Output along the top, the kernel
under the input and its rotated copy under the padded grid, where it slides.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent

from convt_lab.core import Role, Walkthrough

from convt_lab.gui.items.caption_item import CaptionItem
from convt_lab.gui.items.grid_item import GridItem, fit_to_items
from convt_lab.gui.items.highlights import GRIDS, Highlight, highlights
from convt_lab.gui.lesson_text import STEP_GRIDS
from convt_lab.gui.items.overlay_item import Mark, OverlayItem, mark
from convt_lab.gui.state import LabState
from convt_lab.gui.texts import captions
from convt_lab.gui.theme import LIGHT, Theme

__all__ = ["GridsView"]

GAP = 2  # cells between grids
# Left/Right step through the output cells in raster order (window actions).
ARROWS = {Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}
DIMMED = 0.18


class GridsView(pg.GraphicsLayoutWidget):
    """Draws a :class:`LabState`'s walkthrough and selection.

    Signals
    -------
    cellHovered(str, int, int)
        Grid name, row and column under the mouse; row -1 when none.
    editRequested(str, int, int)
        A double click on an input or kernel cell: grid name, row, column.
    """

    cellHovered = Signal(str, int, int)
    editRequested = Signal(str, int, int)

    def __init__(self, state: LabState, theme: Theme = LIGHT, font_scale: float = 1.0, parent=None):
        super().__init__(parent)
        self.state = state
        self.theme = theme
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setBackground(theme.background)
        self.viewbox = pg.ViewBox(enableMenu=False, lockAspect=True, invertY=True)
        self.addItem(self.viewbox)
        self.items: dict[str, GridItem] = {}
        self.captions: dict[str, CaptionItem] = {}
        self.font_scale = font_scale
        for name in GRIDS:
            item = GridItem(name)
            item.cellClicked.connect(lambda r, c, n=name: self._on_click(n, r, c))
            item.cellHovered.connect(lambda r, c, n=name: self.cellHovered.emit(n, r, c))
            if name in ("input", "kernel"):
                item.cellDoubleClicked.connect(lambda r, c, n=name: self.editRequested.emit(n, r, c))
            self.viewbox.addItem(item)
            self.items[name] = item
            caption = CaptionItem(theme.caption)
            self.viewbox.addItem(caption)
            self.captions[name] = caption
        self.overlay = OverlayItem()
        self.viewbox.addItem(self.overlay)
        self._layout_key: tuple | None = None
        self._highlights: list[Highlight] = []
        state.resultChanged.connect(self._show_result)
        state.selectionChanged.connect(self._show_selection)
        state.stepChanged.connect(self._show_step)
        state.revealChanged.connect(self._show_reveal)
        self._show_result(state.result)
        self._show_step(state.step)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.setBackground(theme.background)
        self._show_result(self.state.result)
        self._show_selection(self.state.selection)  # in the new colours

    def set_font_scale(self, scale: float) -> None:
        self.font_scale = scale
        self._layout_key = None
        self._show_result(self.state.result)
        self._show_selection(self.state.selection)  # the grids moved

    def _show_step(self, step: int) -> None:
        shown = STEP_GRIDS[step]
        for name in GRIDS:
            # A grid not reached yet is a faint outline: its numbers would give the answer away.
            opacity = 1.0 if name in shown else DIMMED
            self.items[name].setOpacity(opacity)
            self.items[name].set_numbers_shown(name in shown)
            self.captions[name].setOpacity(opacity)
        self._show_selection(self.state.selection)

    def _show_reveal(self, count) -> None:
        self.items["output"].set_reveal(count, self.theme.background)

    # -- drawing -----------------------------------------------------------
    def _grid_data(self, wt: Walkthrough) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        t = self.theme
        out_colours = np.where(
            wt.output_band[..., None],
            t.flat_image(wt.output.shape, t.output_band),
            t.flat_image(wt.output.shape, t.output),
        )
        output = wt.output  # the whole channel: all inputs of its group, bias
        return {
            "input": (wt.x, t.role_image(np.full(wt.x.shape, Role.INPUT, np.int8))),
            "zero_inserted": (wt.zero_inserted, t.role_image(wt.zero_inserted_roles)),
            "padded": (wt.padded, t.role_image(wt.roles)),
            "output": (output, out_colours),
            "kernel": (wt.weight, t.flat_image(wt.weight.shape, t.kernel)),
            "flipped": (wt.flipped_kernel, t.flat_image(wt.weight.shape, t.kernel)),
        }

    def _layout(self, wt: Walkthrough) -> dict[str, tuple[float, float]]:
        """Top-left corner of each grid, in cells, leaving room for the captions."""
        top = [wt.x, wt.zero_inserted, wt.padded, wt.output]
        extent = sum(a.shape[1] for a in top) + 4 * GAP
        # Captions grow with the font scale, more gently than the text, so the
        # grids keep most of the room.
        line = max(0.65, extent / 40) * self.font_scale**0.5
        texts = captions(wt)
        for name, caption in self.captions.items():
            caption.set_text(texts[name], line, self.theme.caption)
        gap = max(GAP, 2 * line)
        pos: dict[str, tuple[float, float]] = {}
        x = 0.0
        for name, a in zip(("input", "zero_inserted", "padded", "output"), top):
            pos[name] = (x, 0.0)
            x += max(a.shape[1], self.captions[name].width) + gap
        below = max(a.shape[0] for a in top) + gap + 2 * line
        pos["kernel"] = (0.0, below)
        flipped_x = max(pos["padded"][0], self.captions["kernel"].width + gap, wt.weight.shape[1] + gap)
        pos["flipped"] = (flipped_x, below)
        return pos

    def _show_result(self, wt: Walkthrough) -> None:
        positions = self._layout(wt)
        t = self.theme
        for name, (values, colours) in self._grid_data(wt).items():
            item = self.items[name]
            item.set_data(values, colours, t.text, t.grid_line)
            item.setPos(*positions[name])
            self.captions[name].setPos(*positions[name][0:1], positions[name][1] - 0.15)
        self._show_reveal(self.state.reveal)
        key = tuple(a.shape for a in (wt.x, wt.zero_inserted, wt.padded, wt.output, wt.weight))
        if key != self._layout_key:
            self._layout_key = key
            self.fit()
        # The highlights follow from the state's selectionChanged, which comes
        # right after a result that keeps a selection.

    def fit(self) -> None:
        """Zoom so that every grid and caption is in view."""
        fit_to_items(self.viewbox, [*self.items.values(), *self.captions.values()])

    def _show_selection(self, selection) -> None:
        shown = STEP_GRIDS[self.state.step]
        self._highlights = [
            h for h in highlights(self.state.result, selection) if h.grid in shown
        ]
        self.overlay.set_marks([self._mark(h) for h in self._highlights])

    def _mark(self, h: Highlight) -> Mark:
        x0, y0 = self.items[h.grid].pos().x(), self.items[h.grid].pos().y()
        rect = QRectF(x0 + h.col, y0 + h.row, h.cols, h.rows)
        return mark(rect, h.style, self.theme, h.label)

    def highlighted(self, grid: str, style: str | None = None) -> set[tuple[int, int]]:
        """The cells of ``grid`` highlighted now, optionally in one style only."""
        return {
            (h.row, h.col)
            for h in self._highlights
            if h.grid == grid and (style is None or h.style == style) and h.rows == h.cols == 1
        }

    def cell_centre(self, grid: str, row: int, col: int):
        """The viewport point at the centre of a cell, for tests and recordings."""
        item = self.items[grid]
        self.viewbox.updateMatrix()  # pyqtgraph applies a new range lazily, at the next paint
        scene = item.mapToScene(col + 0.5, row + 0.5)
        return self.mapFromScene(scene)

    # -- input -------------------------------------------------------------
    def _on_click(self, grid: str, row: int, col: int) -> None:
        wt = self.state.result
        if grid == "output":
            self.state.select(("output", row, col))
        elif grid == "input":
            self.state.select(("input", row, col))
        elif grid in ("zero_inserted", "padded"):
            roles = wt.zero_inserted_roles if grid == "zero_inserted" else wt.roles
            if roles[row, col] != Role.INPUT:
                return
            sh, sw = wt.params.stride
            ph, pw = (0, 0) if grid == "zero_inserted" else (s.pad for s in wt.steps)
            self.state.select(("input", (row - ph) // sh, (col - pw) // sw))

    def keyPressEvent(self, ev: QKeyEvent) -> None:
        step = ARROWS.get(Qt.Key(ev.key()))
        if step is not None:
            self.state.move_selection(*step)
            ev.accept()
            return
        super().keyPressEvent(ev)
