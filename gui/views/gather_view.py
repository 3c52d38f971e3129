"""The zoomable view with every grid of the lesson, laid out to fill the screen.

All grids share one scene with one cell = one unit, so the sizes compare at
a glance.  The grids read left to right in the lesson's order (input,
zero-inserted, padded, output); the kernel sits under the input and its
rotated copy next to the padded grid it slides over.  Of a few such
arrangements (:mod:`convt_lab.gui.views.gather_layout`) the view takes the
one that gives the largest cells in the space it has, with captions of a
fixed, readable pixel size.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QVBoxLayout

from convt_lab.core import Role, Walkthrough

from convt_lab.gui.items.highlights import GRIDS, Highlight, highlights
from convt_lab.gui.lesson_text import STEP_GRIDS
from convt_lab.gui.state import LabState
from convt_lab.gui.texts import captions
from convt_lab.gui.theme import LIGHT, Theme
from convt_lab.gui.views.gather_layout import Block, best_layout
from convt_lab.gui.views.grid_plot import GridPlot

__all__ = ["GridsView"]

# Left/Right step through the output cells in raster order (window actions).
ARROWS = {Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}
DIMMED = 0.18
PADDING = 0.02  # of the picture, on each side, when fitted


class GridsView(GridPlot):
    """Draws a :class:`LabState`'s walkthrough and selection.

    Signals
    -------
    cellHovered(str, int, int)
        Grid name, row and column under the mouse; row -1 when none.
    editRequested(str, int, int)
        A double click on an input or kernel cell: grid name, row, column.
    fitted()
        The grids were laid out for the view's size again, and zoomed to
        fill it (or to the range held for a rebuilt window, :meth:`hold_range`).
    """

    MAIN_GRID = "output"  # whose numbers presentation mode's text matches

    cellHovered = Signal(str, int, int)
    editRequested = Signal(str, int, int)
    fitted = Signal()

    def __init__(self, state: LabState, theme: Theme = LIGHT, font_scale: float = 1.0, parent=None):
        super().__init__(state, theme, GRIDS, parent)
        self.font_scale = font_scale
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        for name, item in self.items.items():
            item.cellHovered.connect(lambda r, c, n=name: self.cellHovered.emit(n, r, c))
            self.add_caption(name)
        self._highlights: list[Highlight] = []
        self._cell_px = 40.0
        self._fit_pending = True
        self._held: tuple[QRectF, dict[str, QPointF]] | None = None  # see hold_range
        self._appearing = False  # see hold_layout
        state.resultChanged.connect(self._show_result)
        state.selectionChanged.connect(self._show_selection)
        state.stepChanged.connect(self._show_step)
        state.revealChanged.connect(self._show_reveal)
        self._show_result(state.result)
        self._show_step(state.step)

    def set_theme(self, theme: Theme) -> None:
        super().set_theme(theme)
        self._show_selection(self.state.selection)  # in the new colours

    def set_font_scale(self, scale: float) -> None:
        super().set_font_scale(scale)
        self._show_selection(self.state.selection)  # the grids moved

    def _show_step(self, step: int) -> None:
        shown = STEP_GRIDS[step]
        if self._crop_shown() != getattr(self, "_cropped_drawn", None):
            self._cropped_drawn = self._crop_shown()
            wt, t = self.state.result, self.theme
            self.items["zero_inserted"].set_data(
                wt.zero_inserted, t.role_image(self._zero_inserted_roles(wt)), t.text, t.grid_line)
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
    def _crop_shown(self) -> bool:
        """Whether the lesson has reached step 3, which pads or crops: its colour shows from then."""
        return "padded" in STEP_GRIDS[self.state.step]

    def _zero_inserted_roles(self, wt: Walkthrough) -> np.ndarray:
        """The zero-inserted grid's roles; before step 3 its crop is not told, so not coloured."""
        roles = wt.zero_inserted_roles
        if self._crop_shown() or not (roles == Role.CROPPED).any():
            return roles
        sh, sw = (axis.stride for axis in wt.steps)
        rows, cols = np.indices(roles.shape)
        lattice = (rows % sh == 0) & (cols % sw == 0)  # where x's values sit
        underneath = np.where(lattice, Role.INPUT, Role.INSERTED).astype(roles.dtype)
        return np.where(roles == Role.CROPPED, underneath, roles)

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
            "zero_inserted": (wt.zero_inserted, t.role_image(self._zero_inserted_roles(wt))),
            "padded": (wt.padded, t.role_image(wt.roles)),
            "output": (output, out_colours),
            "kernel": (wt.weight, t.flat_image(wt.weight.shape, t.kernel)),
            "flipped": (wt.flipped_kernel, t.flat_image(wt.weight.shape, t.kernel)),
        }

    def set_caption_scale(self, factor: float) -> None:
        """Captions ``factor`` times their usual size (presentation mode: read from afar)."""
        if factor != self._caption_scale:
            self._caption_scale = factor
            if self._auto:
                self.fit()

    def _canvas(self) -> tuple[float, float]:
        rect = self.viewbox.boundingRect()
        w, h = rect.width(), rect.height()
        if w < 50 or h < 50:  # not laid out yet: the window's usual share
            w, h = 900.0, 450.0
        return _inside(w, h)

    def _blocks(self, wt: Walkthrough) -> dict[str, Block]:
        texts = captions(wt)
        for name, caption in self.captions.items():
            caption.set_text(texts[name], 1.0, self.theme.caption)
        return self._measured_blocks()

    def _measured_blocks(self) -> dict[str, Block]:
        """Each grid's shape and its caption's size at a line of one cell, as they are now."""
        return {name: Block(*self.items[name].grid_shape, caption.width_for(1.0), caption.lines)
                for name, caption in self.captions.items()}

    def cells_for(self, width: float, height: float) -> float:
        """The cell size in pixels the lesson's grids would get in a view of ``width`` × ``height``.

        Measured without moving anything: the captions keep their texts.
        """
        if width < 50 or height < 50:
            return 0.0
        height -= getattr(self, "_hint_strip", 0)
        return best_layout(self._measured_blocks(), _inside(width, height), self.caption_px()).cell_px

    def _arrange(self, wt: Walkthrough) -> QRectF:
        """Place the grids and captions for the view's size; the picture's rectangle."""
        blocks = self._blocks(wt)
        layout = best_layout(blocks, self._canvas(), self.caption_px())
        self._cell_px = layout.cell_px
        line = layout.line
        for name, (x, y) in layout.positions.items():
            self.items[name].setPos(x, y)
            self.captions[name].set_text(self.captions[name].text(), line, self.theme.caption)
            self.captions[name].setPos(x, y - 0.12 * line)
        return QRectF(0, 0, layout.width, layout.height)

    def _show_result(self, wt: Walkthrough) -> None:
        t = self.theme
        self._cropped_drawn = self._crop_shown()
        for name, (values, colours) in self._grid_data(wt).items():
            self.items[name].set_data(values, colours, t.text, t.grid_line)
        self._show_reveal(self.state.reveal)
        key = (tuple(self.items[n].grid_shape for n in GRIDS),
               tuple(captions(wt).values()), self.font_scale)
        if key != self._layout_key or self._auto:
            self._layout_key = key
            if self._laid_out():
                self.fit()
            else:  # fitted when shown: only then is the canvas's size known, and a
                # layout for a guessed size would be thrown away before it is ever drawn
                self._fit_pending = True
        # The highlights follow from the state's selectionChanged, which comes
        # right after a result that keeps a selection.

    def fit(self) -> None:
        """Lay the grids out for the view's size and zoom so that all are in view (Ctrl+0)."""
        self._auto = True
        self._fit_pending = False
        self._held = None
        self._picture = self._arrange(self.state.result)
        self.viewbox.setRange(self._picture, padding=PADDING)
        self._show_selection(self.state.selection)  # the grids may have moved
        self.fitted.emit()

    def held_view(self) -> tuple[QRectF, dict[str, QPointF]] | None:
        """The range the user zoomed or panned to and where each grid sat then; None when fitted.

        A window built again (another language, theme or font size) hands
        it to its new view's :meth:`hold_range`.
        """
        if self._auto:
            return None
        if self._held is not None:  # held for a view not shown since
            return self._held
        (x0, x1), (y0, y1) = self.viewbox.viewRange()
        return (QRectF(x0, y0, x1 - x0, y1 - y0),
                {name: QPointF(item.pos()) for name, item in self.items.items()})

    def hold_range(self, rect: QRectF, placed: dict[str, QPointF] | None = None) -> None:
        """Show ``rect`` (view coordinates) and keep it, as after a zoom by hand.

        ``placed`` is where each grid sat when ``rect`` was shown.  A view not
        laid out yet keeps both until it has its size: its grids may then be
        placed elsewhere (other captions, another canvas), and the range
        moves with the grid at its centre, so the same cells stay in view.
        """
        self._auto = False
        self._held = (QRectF(rect), dict(placed or {}))
        if self._laid_out() and not self._fit_pending:
            self._lay_out_waiting()

    def _lay_out_waiting(self) -> None:
        """The layout that waited for the view's size: a fit, or the range held by hand.

        The held range is placed again at each resize until the user zooms or
        pans: a new window's canvas takes a few sizes before its last one.
        """
        if self._held is None:
            self.fit()
            return
        rect, placed = self._held
        self._fit_pending = False
        self._picture = self._arrange(self.state.result)
        self.viewbox.setRange(_moved(rect, placed, self.items), padding=0)
        self._show_selection(self.state.selection)
        self.fitted.emit()

    def _zoomed_by_hand(self, *_) -> None:
        super()._zoomed_by_hand()
        self._held = None  # the user's own range from now on

    def hold_layout(self, held: bool) -> None:
        """Lay nothing out while ``held``; let go, lay out for the size the view has then.

        A window on its way to the screen sizes its tabs twice (a tab's page
        first gets a provisional size): held while it appears, the grids are
        laid out once, at the size they are shown at.
        """
        was, self._appearing = self._appearing, held
        if was and not held:
            self._view_resized()

    def _laid_out(self) -> bool:
        return not self._appearing and super()._laid_out()

    def _view_resized(self, *_) -> None:
        if not self._laid_out():
            return
        if self._fit_pending or self._held is not None:
            self._lay_out_waiting()
        elif self._auto:
            self.fit()

    def showEvent(self, ev) -> None:
        super().showEvent(ev)
        # A change made while hidden (another tab in front) waited for the view's size.
        if (self._fit_pending or self._held is not None) and self._laid_out():
            self._lay_out_waiting()

    def _show_selection(self, selection) -> None:
        shown = STEP_GRIDS[self.state.step]
        self._highlights = [
            h for h in highlights(self.state.result, selection) if h.grid in shown
        ]
        self.show_cells(self._highlights)

    def highlighted(self, grid: str, style: str | None = None) -> set[tuple[int, int]]:
        """The cells of ``grid`` highlighted now, optionally in one style only."""
        return {
            (h.row, h.col)
            for h in self._highlights
            if h.grid == grid and (style is None or h.style == style) and h.rows == h.cols == 1
        }

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

    def _on_double_click(self, grid: str, row: int, col: int) -> None:
        if grid in ("input", "kernel"):
            self.editRequested.emit(grid, row, col)

    def keyPressEvent(self, ev: QKeyEvent) -> None:
        step = ARROWS.get(Qt.Key(ev.key()))
        if step is not None:
            self.state.move_selection(*step)
            ev.accept()
            return
        super().keyPressEvent(ev)


def _moved(rect: QRectF, placed: dict[str, QPointF], items: dict) -> QRectF:
    """``rect`` moved as the grid at its centre moved from ``placed`` to where ``items`` are now."""
    centre, best = rect.center(), None
    for name, corner in placed.items():
        if name not in items:
            continue
        size = items[name].boundingRect().size()  # one unit a cell, as in every layout
        area = QRectF(corner, size)
        dx = max(area.left() - centre.x(), 0.0, centre.x() - area.right())
        dy = max(area.top() - centre.y(), 0.0, centre.y() - area.bottom())
        distance = dx * dx + dy * dy
        if best is None or distance < best[0]:
            best = (distance, name)
    if best is None:
        return QRectF(rect)
    return rect.translated(items[best[1]].pos() - placed[best[1]])


def _inside(width: float, height: float) -> tuple[float, float]:
    """The room for the picture in a canvas of ``width`` × ``height``: :data:`PADDING` each side."""
    return width / (1 + 2 * PADDING), height / (1 + 2 * PADDING)
