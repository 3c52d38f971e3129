"""The transposed convolution as one matrix: ``y = Cᵀx + b``.

Flatten the input in reading order (``q = r*W + c``) and the output likewise
(``k = i*W_out + j``); the transposed convolution is then the matrix ``Cᵀ``
of shape ``(H_out*W_out, H*W)`` whose entry ``[k, q]`` is the kernel weight
that carries ``x[r, c]`` to ``y[i, j]`` (Dumoulin & Visin 2016, section 4.1:
"the transpose of the convolution matrix").  Row k lists the inputs one
output cell gathers; column q is where one input cell scatters.

With several input channels in the shown output channel's group the map is
``[C_c0ᵀ | C_c1ᵀ | …]·[x_c0; x_c1; …] + b`` (``Result.matrix()`` and
``Result.stacked_x()``), so ``y`` is exactly the output the lesson shows.

The view writes ``x`` as a row above the matrix, each entry above the column
it multiplies, and ``y`` (and ``b``) beside the rows they belong to.  Cells
are sized from the free space, never smaller than keeps the longest number
readable (:func:`.matrix_layout.least_cell`); when ``Cᵀ`` is too tall or
too wide for such cells, a window of it is drawn (:mod:`.matrix_window`):
a band of rows around the selected output cell and a band of columns
around the inputs that reach it, with ``x`` and ``y`` cut alike; when
columns are left out, the whole matrix's facts are written below.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QRect, QRectF, Qt
from PySide6.QtWidgets import QLabel, QWidget

from convt_lab.core import Role
from convt_lab.core.walkthrough import MAX_MATRIX
from convt_lab.gui.items.overlay_item import Mark, mark
from convt_lab.gui.model.result import Result
from convt_lab.gui.state import LabState
from convt_lab.gui.theme import LIGHT, Theme
from convt_lab.gui.views.grid_plot import CAPTION_GROWTH, GridPlot
from convt_lab.gui.views.text_split import ExplainedLayout, ExplanationArea
from convt_lab.gui.views.matrix_layout import (
    GAP, MIN_CELL_PX, band, band_sizes, heat_colours, least_cell)
from convt_lab.gui.views.matrix_window import (
    block_starts, focus_column, focus_row, widest_number, window_values)
from convt_lab.gui.views.matrix_words import band_text, blocks_text, selection_text, summary_text

__all__ = ["MIN_CELL_PX", "MatrixView", "band", "heat_colours"]

GRIDS = ("rowhead", "colhead", "matrix", "x", "bias", "y")
TIMES = "\u00d7"
EN_DASH = "\u2013"
DEFAULT_SIZE = (900, 500)  # pixels assumed before the view is first shown


class MatrixView(GridPlot):
    """``Cᵀ`` as a heat map with ``x`` above its columns and ``y = Cᵀx + b`` beside its rows.

    Parameters
    ----------
    state : LabState
    theme : Theme
    parent : QWidget, optional

    Notes
    -----
    Selecting an output cell (i, j) highlights row ``i*W_out + j``, its
    non-zero entries, the x entries they multiply and ``y[k]``; selecting an
    input cell (r, c) highlights its column in the shown input channel's
    block.  Clicking a row header, a matrix cell or a y entry selects that
    row's output cell; clicking a column header or an x entry selects that
    input cell (and shows its channel).  :meth:`highlighted` answers in
    whole-matrix indices (row k, column q), whichever window is drawn.
    """

    MAIN_GRID = "matrix"  # whose numbers presentation mode's text matches

    def __init__(self, state: LabState, theme: Theme = LIGHT, parent: QWidget | None = None):
        super().__init__(state, theme, GRIDS, parent)
        for name in ("matrix", "x_label", "q_label", "bias", "y"):
            self.add_caption(name)
        self._block_captions = []

        self.info = QLabel()
        self.info.setObjectName("matrixInfo")
        self.info.setContentsMargins(8, 2, 8, 4)
        # Below the matrix, or beside it where that leaves larger cells; at a larger
        # font it takes no more height than at 1x, and scrolls.
        self.info_area = ExplanationArea(self.info)
        ExplainedLayout(self.view, self.info_area, None, self._cells_at,
                        lambda: self.font_scale, self)

        self._whole: np.ndarray | None = None  # Cᵀ entire, made when first asked for
        self._shape = (0, 0)  # Cᵀ's rows and columns
        self._band = (0, 0)
        self._cols = (0, 0)
        self._least = MIN_CELL_PX
        self._band_said = False  # the info text names the rows and columns drawn
        self._sizing: tuple[int, int, float, float] | None = None
        self._view_sized = False  # the graphics view has its real size (it had a resize)
        self.view.installEventFilter(self)
        self.follow_state()

    # -- reading, for tests and callers --------------------------------------
    @property
    def drawn(self) -> bool:
        """Whether Cᵀ (or a window of it) is drawn cell by cell."""
        return self._sizing is not None

    @property
    def matrix(self) -> np.ndarray | None:
        """The whole Cᵀ (every channel block); None when larger than the core builds."""
        rows, cols = self._shape
        if self._whole is None and rows * cols <= MAX_MATRIX:
            self._whole = self.state.result.matrix()
        return self._whole

    @property
    def rows_shown(self) -> tuple[int, int]:
        """The rows ``[r0, r1)`` of Cᵀ drawn now."""
        return self._band

    @property
    def cols_shown(self) -> tuple[int, int]:
        """The columns ``[c0, c1)`` of Cᵀ drawn now (x is drawn for the same ones)."""
        return self._cols

    def highlighted(self, grid: str) -> set[tuple[int, int]]:
        """The cells of ``grid`` highlighted now, in whole-matrix indices."""
        return super().highlighted(grid)

    # -- sizing ----------------------------------------------------------------
    def _cells_at(self, width: int, height: int) -> float:
        """The cell size in pixels the matrix would get on a canvas of ``width`` × ``height``."""
        if self._sizing is None:
            return 0.0
        return self._sizes(len(self.state.result.group_inputs), (width, height))[2]

    def _sizes(self, blocks: int, canvas: tuple[int, int] | None = None
               ) -> tuple[int, int, float, float]:
        """(rows shown, columns shown, cell size in px, caption line in px) for the free space.

        Captions are as large as every view's (:meth:`caption_px`); where the
        larger captions of a larger font scale would make the cells smaller,
        they keep their size at 1x instead.
        """
        if canvas is None:
            canvas = (self.view.width(), self.view.height()) if self._view_sized else DEFAULT_SIZE
            canvas = (canvas[0], canvas[1] - self._band_line_px())
        cap = self.caption_px()
        sizes = self._sizes_with(blocks, cap, canvas)
        plain = cap / self.font_scale**CAPTION_GROWTH
        if plain < cap:
            larger = self._sizes_with(blocks, plain, canvas)
            if larger[2] > sizes[2]:
                return (*larger, plain)
        return (*sizes, cap)

    def _band_line_px(self) -> int:
        """The height the sentence naming the band would take below, while it is not there.

        Sized as if it were: else a matrix just tall enough to fit without it has two
        steady layouts (banded with the sentence, whole without), and which one a resize
        reaches depends on the sizes before it.
        """
        layout = self.layout()
        rows, cols = self._shape
        if self._band_said or getattr(layout, "beside", False) or not rows:
            return 0
        text = band_text((0, max(1, rows - 1)), (0, cols), self._shape)
        width = max(100, self.info.width() - 16)
        return self.info.fontMetrics().boundingRect(
            QRect(0, 0, width, 10000), Qt.TextFlag.TextWordWrap, text).height()

    def _sizes_with(self, blocks: int, cap: float, canvas: tuple[int, int]) -> tuple[int, int, float]:
        """(rows shown, columns shown, cell size in px) with captions ``cap`` pixels tall."""
        free = (canvas[0], canvas[1] - getattr(self, "_hint_strip", 0))
        return band_sizes(*self._shape, blocks, cap, free, self._least)

    def eventFilter(self, watched, ev) -> bool:  # noqa: N802 - Qt override
        super().eventFilter(watched, ev)  # the zoom hint keeps to its corner
        if watched is self.view and ev.type() == QEvent.Type.Resize:
            self._view_sized = True
            self._resized()
        return False

    def _resized(self) -> None:
        """Draw again when the free space changes the window or the cell size."""
        if self._sizing is not None:
            if self._sizes(len(self.state.result.group_inputs)) != self._sizing:
                self._layout_key = None
                self._show_result(self.state.result)

    # -- drawing -----------------------------------------------------------
    def _show_result(self, res: Result) -> None:
        self._whole = None
        self._shape = (res.output.size, res.x.size * len(res.group_inputs))
        # The least cell keeps the longest number readable (about 15 px at 1x); it grows
        # gently with the font scale.
        self._least = least_cell(widest_number(res), self.font_scale)
        self._draw(res)
        self._show_selection()

    def _draw(self, res: Result) -> None:
        t = self.theme
        self.view.setBackground(t.background)
        rows, cols = self._shape
        blocks = len(res.group_inputs)
        self._sizing = self._sizes(blocks)
        selection = self.state.selection
        self._band = band(rows, self._sizing[0], focus_row(res, selection), self._band[0])
        self._cols = band(cols, self._sizing[1], focus_column(res, selection), self._cols[0])
        (r0, r1), (c0, c1) = self._band, self._cols
        head = np.array(t.rgb(t.roles[Role.INSERTED]), np.uint8)  # a neutral grey for indices
        y_colours = np.where(
            res.output_band.reshape(-1, 1, 1),
            np.array(t.rgb(t.output_band), np.uint8),
            np.array(t.rgb(t.output), np.uint8),
        )[r0:r1]
        per_block = res.x.size
        window = window_values(res, self._band, self._cols)
        top = max(float(np.abs(res.kernel_of(c)).max()) for c in res.group_inputs)
        n = c1 - c0
        data = {
            "rowhead": (np.arange(r0, r1).reshape(-1, 1), np.broadcast_to(head, (r1 - r0, 1, 3))),
            "colhead": ((np.arange(c0, c1) % per_block).reshape(1, -1),
                        np.broadcast_to(head, (1, n, 3))),
            "matrix": (window, heat_colours(window, t, top)),
            "x": (res.stacked_x()[c0:c1].reshape(1, -1), t.flat_image((1, n), t.roles[Role.INPUT])),
            "bias": (np.full((r1 - r0, 1), res.bias), t.flat_image((r1 - r0, 1), t.kernel)),
            "y": (res.output.reshape(-1, 1)[r0:r1], y_colours),
        }
        for name, (values, colours) in data.items():
            self.items[name].set_data(values, colours, t.text, t.grid_line)
        self.items["bias"].setVisible(res.setup.bias)
        self.captions["bias"].setVisible(res.setup.bias)
        self._values = {name: values for name, (values, _) in data.items()}
        self._place(res)

    def _place(self, res: Result) -> None:
        (r0, r1), (c0, c1) = self._band, self._cols
        rows, cols = self._shape
        starts = block_starts(res, self._cols)
        several = len(res.group_inputs) > 1
        _, _, cell, cap = self._sizing
        line = cap / cell
        self.captions["matrix"].set_text(self._matrix_caption(res), line, self.theme.caption)
        for name, text in {"x_label": "x\u1d40", "q_label": "q", "bias": "+ b", "y": "= y"}.items():
            self.captions[name].set_text(text, line, self.theme.caption)
        while len(self._block_captions) < len(starts):
            self._block_captions.append(self.add_caption(f"block{len(self._block_captions)}"))
        for n, caption in enumerate(self._block_captions):
            caption.setVisible(n < len(starts) and several)
            if n < len(starts):
                caption.set_text(f"x_c{starts[n][0]}", line, self.theme.caption)
                caption.setPos(1.0 + starts[n][1], 2 * line)
        top = line * (1 + several) + 0.2
        band_top = top + 2.3
        shown = c1 - c0
        bias_x = 1 + shown + GAP
        y_x = bias_x + (1 + GAP if res.setup.bias else 0)
        for name, (px, py) in {
            "rowhead": (0.0, band_top), "colhead": (1.0, top), "x": (1.0, top + 1.1),
            "matrix": (1.0, band_top), "bias": (bias_x, band_top), "y": (y_x, band_top),
        }.items():
            self.items[name].setPos(px, py)
        self.captions["matrix"].setPos(1.0, line)
        for name, row_top in (("q_label", top), ("x_label", top + 1.1)):
            caption = self.captions[name]
            caption.setPos(-caption.width - 0.2, row_top + 0.5 + line / 2)
        self.captions["bias"].setPos(bias_x, band_top - 0.1)
        self.captions["y"].setPos(y_x, band_top - 0.1)
        key = (rows, cols, round(line, 3), r1 - r0, shown, res.setup.bias, several,
               self.captions["matrix"].text())
        if key != self._layout_key:
            self._layout_key = key
            self.fit()

    def _matrix_caption(self, res: Result) -> str:
        """``y = Cᵀx``, the shape of Cᵀ, and which rows and columns are drawn."""
        (r0, r1), (c0, c1), (rows, cols) = self._band, self._cols, self._shape
        fields = {"eq": "y = C\u1d40x + b" if res.setup.bias else "y = C\u1d40x",
                  "r": rows, "t": TIMES, "c": cols, "d": EN_DASH,
                  "a": r0, "b": r1 - 1, "e": c0, "f": c1 - 1}
        if r1 - r0 < rows and c1 - c0 < cols:
            text = self.tr("{eq}, C\u1d40 {r}{t}{c}: rows {a}{d}{b}, columns {e}{d}{f} shown")
        elif c1 - c0 < cols:
            text = self.tr("{eq}, C\u1d40 {r}{t}{c}: columns {e}{d}{f} shown")
        elif r1 - r0 < rows:
            text = self.tr("{eq}, C\u1d40 {r}{t}{c}: rows {a}{d}{b} shown")
        else:
            text = self.tr("{eq}, C\u1d40 {r}{t}{c}")
        return text.format(**fields)

    # -- selection -----------------------------------------------------------
    def _block_offset(self, res: Result) -> int:
        """The first column of the shown input channel's block."""
        return (res.pick[0] - res.group_inputs[0]) * res.x.size

    def _show_selection(self, *_) -> None:
        res = self.state.result
        selection = self.state.selection
        if self._sizing is None:
            return
        rows, cols = self._shape
        moved = (band(rows, self._sizing[0], focus_row(res, selection), self._band[0]),
                 band(cols, self._sizing[1], focus_column(res, selection), self._cols[0]))
        if moved != (self._band, self._cols):
            self._draw(res)  # the window follows the selection
        (r0, r1), (c0, c1) = self._band, self._cols
        shown = []
        for grid, r, c, style, nr, nc in self._selection_marks(res, selection):
            if grid in ("matrix", "colhead", "x"):  # clip to the columns drawn
                c, nc = max(c, c0), min(c + nc, c1) - max(c, c0)
            if grid in ("rowhead", "matrix", "bias", "y"):  # and to the rows
                r, nr = max(r, r0), min(r + nr, r1) - max(r, r0)
            if nr > 0 and nc > 0:
                shown.append((grid, r, c, style, nr, nc))
        self._marks = [(g, r, c, s) for g, r, c, s, nr, nc in shown if nr == nc == 1]
        self.overlay.set_marks([self._mark(*m) for m in shown])
        self._show_text(res, selection)

    def _selection_marks(self, res: Result, selection) -> list[tuple[str, int, int, str, int, int]]:
        """Highlights in whole-matrix indices: (grid, row, col, style, rows, cols)."""
        (h, w), ow = res.x.shape, res.output.shape[1]
        rows, cols = self._shape
        per_block = h * w
        marks = []
        if selection is not None and selection[0] == "output":
            _, i, j = selection
            k = i * ow + j
            marks += [("rowhead", k, 0, "selected", 1, 1), ("y", k, 0, "selected", 1, 1)]
            marks.append(("matrix", k, 0, "line", 1, cols))
            for r, c, _a, _b in res.sources(i, j):
                for block in range(cols // per_block):
                    q = block * per_block + int(r) * w + int(c)
                    marks += [("matrix", k, q, "source", 1, 1), ("x", 0, q, "source", 1, 1),
                              ("colhead", 0, q, "source", 1, 1)]
        elif selection is not None:
            _, r, c = selection
            q = self._block_offset(res) + r * w + c
            marks += [("colhead", 0, q, "selected", 1, 1), ("x", 0, q, "selected", 1, 1)]
            marks.append(("matrix", 0, q, "line", rows, 1))
            for i, j, _a, _b in res.footprint(r, c):
                k = int(i) * ow + int(j)
                marks += [("matrix", k, q, "footprint", 1, 1), ("y", k, 0, "footprint", 1, 1),
                          ("rowhead", k, 0, "footprint", 1, 1)]
        return marks

    def _mark(self, grid: str, row: int, col: int, style: str, rows: int, cols: int) -> Mark:
        item = self.items[grid]
        local = row - self._band[0] if grid in ("rowhead", "matrix", "bias", "y") else row
        across = col - self._cols[0] if grid in ("matrix", "colhead", "x") else col
        rect = QRectF(item.pos().x() + across, item.pos().y() + local, cols, rows)
        return mark(rect, style, self.theme)

    def _show_text(self, res: Result, selection) -> None:
        w, ow = res.x.shape[1], res.output.shape[1]
        key = self.tr(
            "Row k = i\u00b7{ow} + j of C\u1d40 makes y[i,j]; column q = r\u00b7{w} + c carries x[r,c]."
        ).format(ow=ow, w=w)
        if not res.single:
            key += " " + blocks_text(res)
        window = band_text(self._band, self._cols, self._shape)
        self._band_said = bool(window)
        if window:
            key += "\n" + window
        if self._cols[1] - self._cols[0] < self._shape[1]:
            # Too wide to draw whole: the whole matrix's facts.  Only then, so that the
            # lines they take never decide whether they are shown (a band of rows alone
            # keeps the room it had).
            key += "\n" + summary_text(res)
        self.info_area.set_text(key + "\n" + selection_text(res, selection, w, ow))

    # -- input -------------------------------------------------------------
    def _on_click(self, grid: str, row: int, col: int) -> None:
        res = self.state.result
        ow, per_block = res.output.shape[1], res.x.size
        w = res.x.shape[1]
        if grid in ("rowhead", "matrix", "bias", "y"):
            k = self._band[0] + row
            self.state.select(("output", k // ow, k % ow))
        elif grid in ("x", "colhead"):
            col += self._cols[0]
            channel = res.group_inputs[0] + col // per_block
            q = col % per_block
            if channel != res.pick[0]:
                self.state.set_pick(channel, res.pick[1])
            self.state.select(("input", q // w, q % w))
