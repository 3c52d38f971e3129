"""The transposed convolution as one matrix: ``y = C^T x``.

Flatten the input in reading order (``q = r*W + c``) and the output likewise
(``k = i*W_out + j``); the transposed convolution is then the matrix
``C^T`` of shape ``(H_out*W_out, H*W)`` whose entry ``[k, q]`` is the kernel
weight that carries ``x[r, c]`` to ``y[i, j]`` (Dumoulin & Visin 2016,
section 4.1: "the transpose of the convolution matrix").  Row k lists the
inputs one output cell gathers; column q is where one input cell scatters.

The matrix comes from ``Walkthrough.matrix()``; the view draws it when it has
at most :data:`MAX_DRAWN` entries and shows a summary otherwise.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from convt_lab.core import Role, Walkthrough

from convt_lab.gui.items.overlay_item import Mark, mark
from convt_lab.gui.state import LabState
from convt_lab.gui.views.grid_plot import GridPlot
from convt_lab.gui.theme import LIGHT, REDDISH_PURPLE, Theme

__all__ = ["MAX_DRAWN", "MatrixView", "heat_colours"]

#: The largest C^T, in entries, drawn cell by cell (64 x 64).
MAX_DRAWN = 64 * 64
GRIDS = ("rowhead", "colhead", "matrix", "x", "y")
GAP = 1.5  # cells between the matrix and the vectors
TIMES = "\u00d7"
LISTED = 12  # indices named in the info text before it says "and n more"


def _mix(a: str, b: str, t: float) -> np.ndarray:
    ca, cb = QColor(a), QColor(b)
    va = np.array([ca.red(), ca.green(), ca.blue()], float)
    vb = np.array([cb.red(), cb.green(), cb.blue()], float)
    return va + (vb - va) * t


def heat_colours(values: np.ndarray, theme: Theme) -> np.ndarray:
    """Zero in the background colour; others in the kernel's tint, stronger with ``|value|``."""
    strong = _mix(theme.kernel, REDDISH_PURPLE, 0.5)
    weak = _mix(theme.background, theme.kernel, 0.45)
    mag = np.abs(values)
    top = mag.max() if mag.size else 0.0
    t = (mag / top)[..., None] if top > 0 else np.zeros((*values.shape, 1))
    rgb = weak + (strong - weak) * t
    rgb[values == 0] = _mix(theme.background, theme.background, 0.0)
    return np.clip(np.rint(rgb), 0, 255).astype(np.uint8)


class MatrixView(GridPlot):
    """``C^T`` as a heat map beside the vectors ``x`` and ``y = C^T x``.

    Parameters
    ----------
    state : LabState
    theme : Theme
    parent : QWidget, optional

    Notes
    -----
    Selecting an output cell (i, j) highlights row ``i*W_out + j``, its
    non-zero entries, the x entries they multiply and ``y[k]``; selecting an
    input cell (r, c) highlights column ``r*W + c`` the same way.  Clicking a
    row header, a matrix cell or a y entry selects that row's output cell;
    clicking a column header or an x entry selects that input cell.
    """

    def __init__(self, state: LabState, theme: Theme = LIGHT, parent: QWidget | None = None):
        super().__init__(state, theme, GRIDS, parent)
        for name in ("matrix", "x", "y", "times", "equals"):
            self.add_caption(name)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setMargin(16)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.summary)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setContentsMargins(8, 2, 8, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.info)

        self._matrix: np.ndarray | None = None
        self.follow_state()

    # -- reading, for tests and callers --------------------------------------
    @property
    def drawn(self) -> bool:
        """Whether C^T is drawn cell by cell (else the summary is shown)."""
        return self._matrix is not None

    @property
    def matrix(self) -> np.ndarray | None:
        """The C^T drawn now, or None when only the summary is shown."""
        return self._matrix

    def highlighted(self, grid: str) -> set[tuple[int, int]]:
        """The single cells of ``grid`` highlighted now (empty in summary mode)."""
        return super().highlighted(grid)

    # -- drawing -----------------------------------------------------------
    def _show_result(self, wt: Walkthrough) -> None:
        rows, cols = wt.output.size, wt.x.size
        if rows * cols <= MAX_DRAWN:
            self._matrix = wt.matrix()
            self._draw(wt, self._matrix)
            self.stack.setCurrentWidget(self.view)
        else:
            self._matrix = None
            self.stack.setCurrentWidget(self.summary)
        self._show_selection()

    def _draw(self, wt: Walkthrough, m: np.ndarray) -> None:
        t = self.theme
        self.view.setBackground(t.background)
        rows, cols = m.shape
        head = t.rgb(t.roles[Role.INSERTED])  # a neutral grey for the index headers
        y_colours = np.where(
            wt.output_band.reshape(-1, 1, 1),
            np.array(t.rgb(t.output_band), np.uint8),
            np.array(t.rgb(t.output), np.uint8),
        )
        head = np.array(head, np.uint8)
        data = {
            "rowhead": (np.arange(rows).reshape(-1, 1), np.broadcast_to(head, (rows, 1, 3))),
            "colhead": (np.arange(cols).reshape(1, -1), np.broadcast_to(head, (1, cols, 3))),
            "matrix": (m, heat_colours(m, t)),
            "x": (wt.x.reshape(-1, 1), t.flat_image((cols, 1), t.roles[Role.INPUT])),
            "y": (wt.output.reshape(-1, 1), y_colours),
        }
        for name, (values, colours) in data.items():
            self.items[name].set_data(values, colours, t.text, t.grid_line)
        self._values = {name: values for name, (values, _) in data.items()}
        self._place(wt, rows, cols)

    def _place(self, wt: Walkthrough, rows: int, cols: int) -> None:
        extent = cols + 5 + 2 * GAP
        line = max(0.6, min(extent, rows) / 22) * self.font_scale
        texts = {
            "matrix": self.tr("C\u1d40 {r}{t}{c}").format(r=rows, t=TIMES, c=cols),
            "x": self.tr("x {n}{t}1").format(n=cols, t=TIMES),
            "y": self.tr("y = C\u1d40x {n}{t}1").format(n=rows, t=TIMES),
            "times": "\u00b7",
            "equals": "=",
        }
        for name, caption in self.captions.items():
            caption.set_text(texts[name], line, self.theme.caption)
        top = line + 1.3
        x_left = max(1 + cols + GAP, 1 + self.captions["matrix"].width + 0.5)
        y_left = x_left + max(1 + GAP, self.captions["x"].width + 0.5)
        pos = {
            "rowhead": (0.0, top),
            "colhead": (1.0, top - 1),
            "matrix": (1.0, top),
            "x": (x_left, top),
            "y": (y_left, top),
        }
        for name, (px, py) in pos.items():
            self.items[name].setPos(px, py)
        self.captions["matrix"].setPos(1.0, top - 1.15)
        self.captions["x"].setPos(x_left, top - 0.15)
        self.captions["y"].setPos(y_left, top - 0.15)
        middle = top + min(rows, cols) / 2 + line / 2
        self.captions["times"].setPos(1 + cols + 0.25, middle)
        self.captions["equals"].setPos(x_left + 1 + 0.25, middle)
        key = (rows, cols, line)
        if key != self._layout_key:
            self._layout_key = key
            self.fit()


    # -- selection -----------------------------------------------------------
    def _show_selection(self, *_) -> None:
        selection = self.state.selection
        wt = self.state.result
        (h, w), (oh, ow) = wt.x.shape, wt.output.shape
        rows, cols = oh * ow, h * w
        marks: list[tuple[str, int, int, str, int, int]] = []
        if selection is not None and selection[0] == "output":
            _, i, j = selection
            k = i * ow + j
            marks += [("rowhead", k, 0, "selected", 1, 1), ("y", k, 0, "selected", 1, 1)]
            marks.append(("matrix", k, 0, "line", 1, cols))
            for r, c, _a, _b in wt.sources(i, j):
                q = int(r) * w + int(c)
                marks += [("matrix", k, q, "source", 1, 1), ("x", q, 0, "source", 1, 1),
                          ("colhead", 0, q, "source", 1, 1)]
        elif selection is not None:
            _, r, c = selection
            q = r * w + c
            marks += [("colhead", 0, q, "selected", 1, 1), ("x", q, 0, "selected", 1, 1)]
            marks.append(("matrix", 0, q, "line", rows, 1))
            for i, j, _a, _b in wt.footprint(r, c):
                k = int(i) * ow + int(j)
                marks += [("matrix", k, q, "footprint", 1, 1), ("y", k, 0, "footprint", 1, 1),
                          ("rowhead", k, 0, "footprint", 1, 1)]
        if self._matrix is None:
            marks = []
        self._marks = [(g, r, c, s) for g, r, c, s, nr, nc in marks if nr == nc == 1]
        self.overlay.set_marks([self._mark(*m) for m in marks])
        self._show_text(wt, selection)

    def _mark(self, grid: str, row: int, col: int, style: str, rows: int, cols: int) -> Mark:
        item = self.items[grid]
        rect = QRectF(item.pos().x() + col, item.pos().y() + row, cols, rows)
        return mark(rect, style, self.theme)

    def _listing(self, cells: list[tuple[int, int]], flat: list[int]) -> str:
        shown = [f"{n} ({a},{b})" for n, (a, b) in zip(flat[:LISTED], cells[:LISTED])]
        text = ", ".join(shown)
        if len(flat) > LISTED:
            text += self.tr(" and {n} more").format(n=len(flat) - LISTED)
        return text

    def _show_text(self, wt: Walkthrough, selection) -> None:
        w, ow = wt.x.shape[1], wt.output.shape[1]
        key = self.tr(
            "Row k = i\u00b7{ow} + j of C\u1d40 makes y[i,j]; column q = r\u00b7{w} + c carries x[r,c]."
        ).format(ow=ow, w=w)
        if selection is None:
            info = self.tr(
                "Click a row (an output cell) or a column header or x entry (an input cell)."
            )
        elif selection[0] == "output":
            _, i, j = selection
            cells = [(int(r), int(c)) for r, c, _, _ in wt.sources(i, j)]
            if not cells:
                info = self.tr(
                    "Row {k} is y[{i},{j}]: all zeros \u2014 no input reaches this output cell."
                ).format(k=i * ow + j, i=i, j=j)
            else:
                info = self.tr(
                    "Row {k} is y[{i},{j}]: it holds {n} kernel weights, in columns {cols}."
                ).format(
                    k=i * ow + j, i=i, j=j, n=len(cells),
                    cols=self._listing(cells, [r * w + c for r, c in cells]),
                )
        else:
            _, r, c = selection
            cells = [(int(i), int(j)) for i, j, _, _ in wt.footprint(r, c)]
            if not cells:
                info = self.tr(
                    "Column {q} is x[{r},{c}]: all zeros \u2014 padding crops every place it lands."
                ).format(q=r * w + c, r=r, c=c)
            else:
                info = self.tr(
                    "Column {q} is x[{r},{c}]: it holds {n} kernel weights, in rows {rows}."
                ).format(
                    q=r * w + c, r=r, c=c, n=len(cells),
                    rows=self._listing(cells, [i * ow + j for i, j in cells]),
                )
        self.info.setText(key + "\n" + info)
        if self._matrix is None:
            self.summary.setText(self._summary(wt))

    def _summary(self, wt: Walkthrough) -> str:
        """Shape, non-zeros and density, read from the overlap table (one entry per landing tap)."""
        rows, cols = wt.output.size, wt.x.size
        per_row = wt.overlap.ravel()
        nonzeros = int(per_row.sum())
        text = self.tr(
            "C\u1d40 has {rows} {t} {cols} = {entries} entries: too many to draw one by one "
            "(at most {limit}).\n\n"
            "Non-zero entries: {nz} (one per kernel tap that lands on the output), "
            "a density of {density:.2%}.\n"
            "Non-zeros per row (taps per output cell): from {low} to {high}.\n"
            "Each column holds at most {k} entries, one per kernel weight."
        ).format(
            rows=rows, t=TIMES, cols=cols, entries=rows * cols, limit=MAX_DRAWN, nz=nonzeros,
            density=nonzeros / (rows * cols), low=int(per_row.min()), high=int(per_row.max()),
            k=wt.weight.size,
        )
        if (wt.weight == 0).any():
            text += "\n" + self.tr("Weights that are 0 still count: they sit where a tap lands.")
        return text

    # -- input -------------------------------------------------------------
    def _on_click(self, grid: str, row: int, col: int) -> None:
        wt = self.state.result
        ow, w = wt.output.shape[1], wt.x.shape[1]
        if grid in ("rowhead", "matrix", "y"):
            self.state.select(("output", row // ow, row % ow))
        elif grid == "x":
            self.state.select(("input", row // w, row % w))
        elif grid == "colhead":
            self.state.select(("input", col // w, col % w))
