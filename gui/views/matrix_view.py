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
are sized from the free space; when ``Cᵀ`` is too tall for readable cells a
band of rows around the selection is drawn (:func:`band`).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from convt_lab.core import Role
from convt_lab.gui.items.overlay_item import Mark, mark
from convt_lab.gui.model.result import Result
from convt_lab.gui.state import LabState
from convt_lab.gui.theme import LIGHT, Theme
from convt_lab.gui.views.grid_plot import CAPTION_GROWTH, GridPlot
from convt_lab.gui.views.text_split import ExplainedLayout, ExplanationArea
from convt_lab.gui.views.matrix_layout import GAP, MIN_CELL_PX, band, band_sizes, heat_colours
from convt_lab.gui.views.matrix_words import selection_text, summary_text

__all__ = ["MAX_COLUMNS", "MIN_CELL_PX", "MatrixView", "band", "heat_colours"]

#: The most columns (stacked input entries) drawn cell by cell; more get a summary.
MAX_COLUMNS = 36
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
    whole-matrix indices (row k, column q), whichever band is drawn.
    """

    MAIN_GRID = "matrix"  # whose numbers presentation mode's text matches

    def __init__(self, state: LabState, theme: Theme = LIGHT, parent: QWidget | None = None):
        super().__init__(state, theme, GRIDS, parent)
        for name in ("matrix", "x_label", "q_label", "bias", "y"):
            self.add_caption(name)
        self._block_captions = []

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setMargin(16)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.summary)
        self.info = QLabel()
        self.info.setObjectName("matrixInfo")
        self.info.setContentsMargins(8, 2, 8, 4)
        # Below the matrix, or beside it where that leaves larger cells; at a larger
        # font it takes no more height than at 1x, and scrolls.
        self.info_area = ExplanationArea(self.info)
        ExplainedLayout(self.stack, self.info_area, None, self._cells_at,
                        lambda: self.font_scale, self)

        self._matrix: np.ndarray | None = None
        self._band = (0, 0)
        self._sizing: tuple[int, float, float] | None = None
        self._view_sized = False  # the graphics view has its real size (it had a resize)
        self.view.installEventFilter(self)
        self.follow_state()

    # -- reading, for tests and callers --------------------------------------
    @property
    def drawn(self) -> bool:
        """Whether Cᵀ is drawn cell by cell (else the summary is shown)."""
        return self._matrix is not None

    @property
    def matrix(self) -> np.ndarray | None:
        """The whole Cᵀ (every channel block), or None when only the summary is shown."""
        return self._matrix

    @property
    def rows_shown(self) -> tuple[int, int]:
        """The rows ``[r0, r1)`` of Cᵀ drawn now."""
        return self._band

    def highlighted(self, grid: str) -> set[tuple[int, int]]:
        """The cells of ``grid`` highlighted now, in whole-matrix indices."""
        return super().highlighted(grid)

    # -- sizing ----------------------------------------------------------------
    def _cells_at(self, width: int, height: int) -> float:
        """The cell size in pixels the matrix would get on a canvas of ``width`` × ``height``."""
        if self._matrix is None:
            return 0.0
        rows, cols = self._matrix.shape
        return self._sizes(rows, cols, len(self.state.result.group_inputs), (width, height))[1]

    def _sizes(self, rows: int, cols: int, blocks: int,
               canvas: tuple[int, int] | None = None) -> tuple[int, float, float]:
        """(rows in the band, cell size in px, caption line in px) for the view's free space.

        Captions are as large as every view's (:meth:`caption_px`); where the
        larger captions of a larger font scale would make the cells smaller,
        they keep their size at 1x instead.
        """
        if canvas is None:
            canvas = (self.view.width(), self.view.height()) if self._view_sized else DEFAULT_SIZE
        cap = self.caption_px()
        rows_shown, cell = self._sizes_with(rows, cols, blocks, cap, canvas)
        plain = cap / self.font_scale**CAPTION_GROWTH
        if plain < cap:
            fewer, larger = self._sizes_with(rows, cols, blocks, plain, canvas)
            if larger > cell:
                return fewer, larger, plain
        return rows_shown, cell, cap

    def _sizes_with(self, rows: int, cols: int, blocks: int, cap: float,
                    canvas: tuple[int, int]) -> tuple[int, float]:
        """(rows in the band, cell size in px) with captions ``cap`` pixels tall."""
        free = (canvas[0], canvas[1] - getattr(self, "_hint_strip", 0))
        # The least cell grows with the square root of the font scale: at 2x the
        # numbers are half as large again and a band keeps twice the rows it
        # would at 2x the cell (6 of the lesson's 25 rows at 1280x720, not 3).
        least = MIN_CELL_PX * max(1.0, self.font_scale) ** 0.5
        return band_sizes(rows, cols, blocks, cap, free, least)

    def eventFilter(self, watched, ev) -> bool:  # noqa: N802 - Qt override
        super().eventFilter(watched, ev)  # the zoom hint keeps to its corner
        if watched is self.view and ev.type() == QEvent.Type.Resize:
            self._view_sized = True
            self._resized()
        return False

    def _resized(self) -> None:
        """Draw again when the free space changes the band or the cell size."""
        if self._matrix is not None:
            rows, cols = self._matrix.shape
            if self._sizes(rows, cols, len(self.state.result.group_inputs)) != self._sizing:
                self._layout_key = None
                self._show_result(self.state.result)
                self._show_selection()

    # -- drawing -----------------------------------------------------------
    def _show_result(self, res: Result) -> None:
        cols = res.x.size * len(res.group_inputs)
        if cols <= MAX_COLUMNS:
            self._matrix = res.matrix()
            self._draw(res)
            self.stack.setCurrentWidget(self.view)
        else:
            self._matrix = None
            self.stack.setCurrentWidget(self.summary)
        self._show_selection()

    def _focus_row(self, res: Result) -> int | None:
        """The row the band centres on: the selected output cell, or an input's landing rows."""
        sel = self.state.selection
        ow = res.output.shape[1]
        if sel is None:
            return None
        if sel[0] == "output":
            return sel[1] * ow + sel[2]
        rows = [int(i) * ow + int(j) for i, j, _, _ in res.footprint(sel[1], sel[2])]
        return (min(rows) + max(rows)) // 2 if rows else None

    def _draw(self, res: Result) -> None:
        t, m = self.theme, self._matrix
        self.view.setBackground(t.background)
        rows, cols = m.shape
        blocks = len(res.group_inputs)
        self._sizing = self._sizes(rows, cols, blocks)
        self._band = band(rows, self._sizing[0], self._focus_row(res), self._band[0])
        r0, r1 = self._band
        head = np.array(t.rgb(t.roles[Role.INSERTED]), np.uint8)  # a neutral grey for indices
        y_colours = np.where(
            res.output_band.reshape(-1, 1, 1),
            np.array(t.rgb(t.output_band), np.uint8),
            np.array(t.rgb(t.output), np.uint8),
        )[r0:r1]
        per_block = res.x.size
        data = {
            "rowhead": (np.arange(r0, r1).reshape(-1, 1), np.broadcast_to(head, (r1 - r0, 1, 3))),
            "colhead": (np.tile(np.arange(per_block), blocks).reshape(1, -1),
                        np.broadcast_to(head, (1, cols, 3))),
            "matrix": (m[r0:r1], heat_colours(m, t)[r0:r1]),
            "x": (res.stacked_x().reshape(1, -1), t.flat_image((1, cols), t.roles[Role.INPUT])),
            "bias": (np.full((r1 - r0, 1), res.bias), t.flat_image((r1 - r0, 1), t.kernel)),
            "y": (res.output.reshape(-1, 1)[r0:r1], y_colours),
        }
        for name, (values, colours) in data.items():
            self.items[name].set_data(values, colours, t.text, t.grid_line)
        self.items["bias"].setVisible(res.setup.bias)
        self.captions["bias"].setVisible(res.setup.bias)
        self._values = {name: values for name, (values, _) in data.items()}
        self._place(res, rows, cols)

    def _place(self, res: Result, rows: int, cols: int) -> None:
        r0, r1 = self._band
        blocks = list(res.group_inputs)
        _, cell, cap = self._sizing
        line = cap / cell
        equation = "y = C\u1d40x + b" if res.setup.bias else "y = C\u1d40x"
        if r1 - r0 < rows:
            matrix_text = self.tr("{eq}, C\u1d40 {r}{t}{c}: rows {a}{d}{b} shown").format(
                eq=equation, r=rows, t=TIMES, c=cols, a=r0, d=EN_DASH, b=r1 - 1)
        else:
            matrix_text = self.tr("{eq}, C\u1d40 {r}{t}{c}").format(
                eq=equation, r=rows, t=TIMES, c=cols)
        texts = {
            "matrix": matrix_text,
            "x_label": "x\u1d40",
            "q_label": "q",
            "bias": "+ b",
            "y": "= y",
        }
        for name, text in texts.items():
            self.captions[name].set_text(text, line, self.theme.caption)
        while len(self._block_captions) < len(blocks):
            self._block_captions.append(self.add_caption(f"block{len(self._block_captions)}"))
        for n, caption in enumerate(self._block_captions):
            caption.setVisible(n < len(blocks) > 1)
            if n < len(blocks):
                caption.set_text(f"x_c{blocks[n]}", line, self.theme.caption)
        top = line * (1 + (len(blocks) > 1)) + 0.2
        band_top = top + 2.3
        bias_x = 1 + cols + GAP
        y_x = bias_x + (1 + GAP if res.setup.bias else 0)
        for name, (px, py) in {
            "rowhead": (0.0, band_top), "colhead": (1.0, top), "x": (1.0, top + 1.1),
            "matrix": (1.0, band_top), "bias": (bias_x, band_top), "y": (y_x, band_top),
        }.items():
            self.items[name].setPos(px, py)
        self.captions["matrix"].setPos(1.0, line)
        per_block = res.x.size
        for n, caption in enumerate(self._block_captions[:len(blocks)]):
            caption.setPos(1.0 + n * per_block, 2 * line)
        for name, row_top in (("q_label", top), ("x_label", top + 1.1)):
            caption = self.captions[name]
            caption.setPos(-caption.width - 0.2, row_top + 0.5 + line / 2)
        self.captions["bias"].setPos(bias_x, band_top - 0.1)
        self.captions["y"].setPos(y_x, band_top - 0.1)
        key = (rows, cols, round(line, 3), r1 - r0, res.setup.bias, len(blocks))
        if key != self._layout_key:
            self._layout_key = key
            self.fit()

    # -- selection -----------------------------------------------------------
    def _block_offset(self, res: Result) -> int:
        """The first column of the shown input channel's block."""
        return (res.pick[0] - res.group_inputs[0]) * res.x.size

    def _show_selection(self, *_) -> None:
        res = self.state.result
        if self._matrix is not None and self._focus_row(res) is not None:
            rows = self._matrix.shape[0]
            if band(rows, self._sizing[0], self._focus_row(res), self._band[0]) != self._band:
                self._draw(res)  # the band follows the selection
        selection = self.state.selection
        marks = self._selection_marks(res, selection) if self._matrix is not None else []
        r0, r1 = self._band
        shown = [m for m in marks if m[0] in ("colhead", "x") or r0 <= m[1] < r1]
        self._marks = [(g, r, c, s) for g, r, c, s, nr, nc in shown if nr == nc == 1]
        self.overlay.set_marks([self._mark(*m) for m in shown])
        self._show_text(res, selection)

    def _selection_marks(self, res: Result, selection) -> list[tuple[str, int, int, str, int, int]]:
        """Highlights in whole-matrix indices: (grid, row, col, style, rows, cols)."""
        (h, w), ow = res.x.shape, res.output.shape[1]
        rows, cols = self._matrix.shape
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
            marks.append(("matrix", self._band[0], q, "line", self._band[1] - self._band[0], 1))
            for i, j, _a, _b in res.footprint(r, c):
                k = int(i) * ow + int(j)
                marks += [("matrix", k, q, "footprint", 1, 1), ("y", k, 0, "footprint", 1, 1),
                          ("rowhead", k, 0, "footprint", 1, 1)]
        return marks

    def _mark(self, grid: str, row: int, col: int, style: str, rows: int, cols: int) -> Mark:
        item = self.items[grid]
        local = row - self._band[0] if grid in ("rowhead", "matrix", "bias", "y") else row
        rect = QRectF(item.pos().x() + col, item.pos().y() + local, cols, rows)
        return mark(rect, style, self.theme)

    def _show_text(self, res: Result, selection) -> None:
        w, ow = res.x.shape[1], res.output.shape[1]
        key = self.tr(
            "Row k = i\u00b7{ow} + j of C\u1d40 makes y[i,j]; column q = r\u00b7{w} + c carries x[r,c]."
        ).format(ow=ow, w=w)
        if not res.single:
            key += " " + self._blocks_text(res)
        if self._matrix is not None and self._band[1] - self._band[0] < self._matrix.shape[0]:
            key += "\n" + self.tr(
                "Rows {a} to {b} of {n} are shown: select an output cell (or use the arrow "
                "keys) to move them."
            ).format(a=self._band[0], b=self._band[1] - 1, n=self._matrix.shape[0])
        self.info_area.set_text(key + "\n" + selection_text(res, selection, w, ow))
        if self._matrix is None:
            self.summary.setText(summary_text(res, MAX_COLUMNS))

    def _blocks_text(self, res: Result) -> str:
        """Which input channels the columns hold, as the product the view draws."""
        blocks = list(res.group_inputs)
        bias = f" + b[{res.pick[1]}]" if res.setup.bias else ""
        if len(blocks) == 1:
            c = blocks[0]
            return self.tr(
                "Output channel {o} reads input channel {c} alone: y = C_c{c}\u1d40\u00b7x_c{c}{b}."
            ).format(o=res.pick[1], c=c, b=bias)
        shown = blocks if len(blocks) <= 3 else [blocks[0], blocks[1], None, blocks[-1]]
        mats = " | ".join("\u2026" if c is None else f"C_c{c}\u1d40" for c in shown)
        xs = "; ".join("\u2026" if c is None else f"x_c{c}" for c in shown)
        return self.tr(
            "One block of columns per input channel of the group: y = [{mats}]\u00b7[{xs}]{b} "
            "is output channel {o}, the one the lesson shows."
        ).format(mats=mats, xs=xs, b=bias, o=res.pick[1])

    # -- input -------------------------------------------------------------
    def _on_click(self, grid: str, row: int, col: int) -> None:
        res = self.state.result
        ow, per_block = res.output.shape[1], res.x.size
        w = res.x.shape[1]
        if grid in ("rowhead", "matrix", "bias", "y"):
            k = self._band[0] + row
            self.state.select(("output", k // ow, k % ow))
        elif grid in ("x", "colhead"):
            channel = res.group_inputs[0] + col // per_block
            q = col % per_block
            if channel != res.pick[0]:
                self.state.set_pick(channel, res.pick[1])
            self.state.select(("input", q // w, q % w))
