"""There and back: which sizes Conv2d maps to H, and which one output_padding picks.

``Conv2d`` floors ``(N + 2p - d(k-1) - 1) / s``, so s input sizes N share one
output size H; ``ConvTranspose2d`` inverts it and needs output_padding to say
which N it means.  The panel lists, per axis, every op that PyTorch allows
(and the first one it refuses), the size it gives, and what ``Conv2d`` with
the same k, s, p, d makes of that size.  All numbers come from
:mod:`core.roundtrip`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QApplication,
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from convt_lab.core import AxisSteps, Role, Walkthrough
from convt_lab.core.roundtrip import RoundTripRow, preimage, roundtrip

from convt_lab.gui.lesson_words import held_together
from convt_lab.gui.misconception_text import not_inverse_text
from convt_lab.gui.state import LabState
from convt_lab.gui.theme import LIGHT, Theme

__all__ = ["RoundTripPanel"]

AXES = ("height", "width")
TIMES, MINUS = "\u00d7", "\u2212"
CHECK, CROSS = "\u2713", "\u2717"


FILL = 0.9  # of the tab's height and width the text may take
#: The text's sizes tried, over the application font's, largest first.
ZOOMS = (2.2, 2.0, 1.8, 1.6, 1.45, 1.3, 1.15, 1.0, 0.9, 0.8, 0.7, 0.6, 0.5)

class RoundTripPanel(QWidget):
    """Per axis: the preimage of H under Conv2d and a table of output_padding choices.

    Parameters
    ----------
    state : LabState
    theme : Theme
    parent : QWidget, optional

    Notes
    -----
    The row of the current output_padding is highlighted.  Clicking a row
    asks the state for that output_padding on that axis (one undo step); a
    value PyTorch refuses is reported by the state like any other request.
    """

    def __init__(self, state: LabState, theme: Theme = LIGHT, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.theme = theme
        self.shapes = QLabel()
        self.shapes.setWordWrap(True)
        self.shapes.setTextFormat(Qt.TextFormat.PlainText)
        self.boxes: dict[str, QGroupBox] = {}
        self.texts: dict[str, QLabel] = {}
        self.tables: dict[str, QTableWidget] = {}
        self.axes_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        for axis in AXES:
            box = QGroupBox()
            text = QLabel()
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            table = QTableWidget(0, 5)
            table.setObjectName(f"roundtrip_{axis}")
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            table.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setWordWrap(True)
            table.cellClicked.connect(lambda r, c, a=axis: self._on_click(a, r))
            inner = QVBoxLayout(box)
            inner.addWidget(text)
            inner.addWidget(table)
            inner.addStretch(1)
            self.axes_layout.addWidget(box)
            self.boxes[axis], self.texts[axis], self.tables[axis] = box, text, table
        content = self.content = QWidget()
        self._zoom = 1.0  # the text's size over the application font's: it fills the tab
        self._scale = 1.0  # the font scale: a text that does not fit may shrink to the 1x size
        self._fill_timer = QTimer(self, singleShot=True, interval=0)
        self._fill_timer.timeout.connect(lambda: self._fill_tab(self.size()))
        inner_layout = QVBoxLayout(content)
        inner_layout.addWidget(self.shapes)
        inner_layout.addLayout(self.axes_layout)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._rows: dict[str, list[RoundTripRow]] = {}
        self._current: dict[str, int] = {}
        state.resultChanged.connect(self._show_result)
        state.resultChanged.connect(self._fill_timer.start)  # new text: its size is tried again
        self._show_result(state.result)

    # -- reading, for tests and callers --------------------------------------
    def rows(self, axis: str) -> list[RoundTripRow]:
        """The rows the table of ``axis`` ("height" or "width") shows."""
        return list(self._rows[axis])

    def highlighted(self, grid: str) -> set[tuple[int, int]]:
        """The (row, column) cells of table ``grid`` ("height" or "width") highlighted now."""
        table = self.tables[grid]
        row = self._current.get(grid)
        if row is None:
            return set()
        return {(row, c) for c in range(table.columnCount())}

    def set_font_scale(self, scale: float) -> None:
        """Labels and tables follow the application font; refit the tables."""
        self._scale = scale
        self._show_result(self.state.result)

    # -- drawing -----------------------------------------------------------
    def _show_result(self, wt: Walkthrough) -> None:
        bold = QFont(self.content.font())
        bold.setBold(True)
        self.shapes.setFont(bold)
        names = {"height": self.tr("Height axis"), "width": self.tr("Width axis")}
        symbols = {"height": "H", "width": "W"}
        for n, axis in enumerate(AXES):
            steps = wt.steps[n]
            self.boxes[axis].setTitle(
                self.tr("{name}: {sym} = {size} \u2192 {out}").format(
                    name=names[axis], sym=symbols[axis], size=steps.size, out=steps.output
                )
            )
            # One row past PyTorch's limit shows the first value it refuses.
            rows = roundtrip(steps, max(steps.stride, steps.dilation) + 1)
            self._rows[axis] = rows
            self._current[axis] = steps.output_padding
            self.texts[axis].setText(held_together(self._preimage_text(steps, rows)))
            self._fill(self.tables[axis], rows, steps)
        self.shapes.setText(held_together(self._shapes_text(wt)))

    def _conv_name(self, steps: AxisSteps) -> str:
        text = f"Conv2d(k={steps.kernel}, s={steps.stride}, p={steps.padding}"
        return text + (f", d={steps.dilation})" if steps.dilation != 1 else ")")

    def _and(self, values: list[str]) -> str:
        if len(values) == 1:
            return values[0]
        return self.tr("{head} and {last}").format(head=self.tr(", ").join(values[:-1]), last=values[-1])

    def _preimage_text(self, steps: AxisSteps, rows: list[RoundTripRow]) -> str:
        h = steps.size
        sizes = preimage(h, steps.kernel, steps.stride, steps.padding, steps.dilation)
        conv = self._conv_name(steps)
        picks = [
            self.tr("output_padding={op} picks {n}").format(op=r.output_padding, n=r.size)
            for r in rows
            if r.valid and r.maps_back
        ]
        if not sizes:
            # N0 = (H-1)s - 2p + d(k-1) + 1 and the s-1 sizes after it are all below 1.
            top = rows[0].size + steps.stride - 1
            lines = [
                self.tr(
                    "{conv} maps no input size to {h}: only sizes N \u2264 {n} would, and sizes start "
                    "at 1, so no output_padding leads back to {h}."
                ).format(conv=conv, h=h, n=str(top).replace("-", MINUS))
            ]
        elif len(sizes) == 1:
            # Its op: N = N0 + op, N0 = (H-1)s - 2p + d(k-1) + 1 (below 1 when the crop is large).
            op = sizes[0] - rows[0].size + rows[0].output_padding
            lines = [
                self.tr("{conv} maps only {n} to {h}: output_padding={op} is the only way back.").format(
                    conv=conv, n=sizes[0], h=h, op=op
                )
            ]
        else:
            lines = [
                self.tr("{conv} maps {sizes} to {h}: {picks}.").format(
                    conv=conv, sizes=self._and([str(n) for n in sizes]), h=h, picks=self.tr(", ").join(picks)
                )
            ]
        for r in rows:
            if r.size < 1:
                lines.append(
                    self.tr("output_padding={op} would give size {n}, which does not exist.").format(
                        op=r.output_padding, n=str(r.size).replace("-", MINUS)
                    )
                )
            elif r.valid and not r.maps_back:
                lines.append(
                    self.tr(
                        "output_padding={op} is allowed because {op} < d={d}, but gives {n}, "
                        "which Conv2d maps to {back}, not {h}."
                    ).format(op=r.output_padding, d=steps.dilation, n=r.size, back=r.conv2d_size, h=h)
                )
        refused = rows[-1]
        if not refused.valid and refused.size >= 1:
            lines.append(
                self.tr(
                    "output_padding={op} is refused: it must be smaller than s={s} or d={d}."
                ).format(op=refused.output_padding, s=steps.stride, d=steps.dilation)
            )
        return "\n".join(lines)

    def _fill(self, table: QTableWidget, rows: list[RoundTripRow], steps: AxisSteps) -> None:
        headers = [
            (self.tr("op"), self.tr("output_padding")),
            (
                self.tr("size N"),
                self.tr("The size ConvTranspose2d gives: (H\u22121)s \u2212 2p + d(k\u22121) + op + 1"),
            ),
            (self.tr("Conv2d(N)"), self.tr("The size Conv2d with the same k, s, p, d gives N")),
            (self.tr("allowed"), self.tr("PyTorch accepts op < s or op < d")),
            (self.tr("back to {h}?").format(h=steps.size), self.tr("Conv2d(N) is the input size again")),
        ]
        for c, (text, tip) in enumerate(headers):
            header = QTableWidgetItem(text)
            header.setToolTip(tip)
            table.setHorizontalHeaderItem(c, header)
        table.setRowCount(len(rows))
        current = QBrush(QColor(self.theme.roles[Role.OUTPUT_PADDING]))
        bold = QFont(table.font())
        bold.setBold(True)
        for n, r in enumerate(rows):
            back = "\u2014" if r.conv2d_size is None else str(r.conv2d_size)
            # The op rule alone: a row may be refused for its size instead (N < 1).
            op_allowed = r.output_padding < steps.stride or r.output_padding < steps.dilation
            cells = [
                str(r.output_padding),
                str(r.size),
                back,
                CHECK if op_allowed else CROSS,
                CHECK if r.maps_back else CROSS,
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if r.output_padding == steps.output_padding:
                    item.setBackground(current)
                    item.setFont(bold)
                if not r.valid:
                    item.setForeground(QBrush(QColor(self.theme.grid_line)))
                    item.setToolTip(
                        self.tr("PyTorch refuses this output_padding") if not op_allowed
                        else self.tr("PyTorch refuses this layer: its output size would be "
                                     "{n}, less than 1").format(n=r.size))
                table.setItem(n, c, item)
        table.resizeRowsToContents()
        table.resizeColumnsToContents()
        width = sum(table.columnWidth(c) for c in range(table.columnCount()))
        table.setFixedWidth(width + 2 * table.frameWidth())
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(n) for n in range(table.rowCount()))
        table.setFixedHeight(height)

    def _shapes_text(self, wt: Walkthrough) -> str:
        p = wt.params
        (h, w), (oh, ow) = p.input_size, p.output_size
        rows = [self._rows[a][self._current[a]] for a in AXES]
        back = [r.conv2d_size for r in rows]
        oph, opw = p.output_padding
        there = self.tr("ConvTranspose2d: {h}{t}{w} \u2192 {oh}{t}{ow} with output_padding = {op}.").format(
            h=h, w=w, oh=oh, ow=ow, t=TIMES, op=oph if oph == opw else f"({oph}, {opw})"
        )
        if all(r.maps_back for r in rows):
            again = self.tr(
                "Conv2d with the same k, s, p, d: {oh}{t}{ow} \u2192 {h}{t}{w} {check} back where it started."
            ).format(oh=oh, ow=ow, h=h, w=w, t=TIMES, check=CHECK)
        else:
            again = self.tr(
                "Conv2d with the same k, s, p, d: "
                "{oh}{t}{ow} \u2192 {bh}{t}{bw} {cross} not back to {h}{t}{w}."
            ).format(oh=oh, ow=ow, bh=back[0], bw=back[1], h=h, w=w, t=TIMES, cross=CROSS)
        pair = getattr(wt, "pair_output", wt.output)
        inverse = not_inverse_text(wt.x, wt.weight, pair, p.stride, p.padding, p.dilation)
        return there + "\n" + again + "\n" + inverse

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Axes side by side when there is room for both tables, else one above the other.

        The text then grows to fill the tab (up to :data:`ZOOMS`' largest times the
        application font): on a projector a few lines of small print in an
        empty tab cannot be read from the back.  At a larger font scale, a
        text too tall for the tab gives back some of the scale, down to its
        1x size, before it scrolls.
        """
        self._arrange(event.size().width())
        super().resizeEvent(event)
        # After this event: the tab is laid out anew while the text is tried at its sizes.
        self._fill_timer.start()

    def _arrange(self, width: int) -> None:
        need = sum(t.minimumWidth() for t in self.tables.values()) + 120  # their fixed widths
        direction = (QBoxLayout.Direction.LeftToRight if width >= need
                     else QBoxLayout.Direction.TopToBottom)
        if self.axes_layout.direction() != direction:
            self.axes_layout.setDirection(direction)

    def _fill_tab(self, size) -> None:
        """The largest of :data:`ZOOMS` at which the text fits ``size`` (else the least)."""
        least = 1.0 / max(1.0, self._scale)  # at a larger font scale, down to the 1x size
        steps = [z for z in ZOOMS if z >= least - 1e-9] or [least]
        key = (size.width(), size.height(), self._shown_key())
        if key == getattr(self, "_filled", None):
            return
        for zoom in steps:
            self._set_zoom(zoom, size.width())
            needed = self.content.heightForWidth(size.width())
            if (self.content.minimumSizeHint().width() <= size.width()
                    and 0 < needed <= FILL * size.height()):
                break
        self._filled = key

    def _shown_key(self) -> tuple:
        return tuple(t.text() for t in self.texts.values()) + (self.shapes.text(),)

    def _set_zoom(self, zoom: float, width: int) -> None:
        if zoom == self._zoom:
            return
        self._zoom = zoom
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * zoom)
        self.content.setFont(font)
        self._show_result(self.state.result)  # the tables fit their text again
        self._arrange(width)
        # The layouts answer the new sizes once they have taken the new font in.
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self._arrange(width)  # the tables' widths are known now
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    # -- input -------------------------------------------------------------
    def _on_click(self, axis: str, row: int) -> None:
        op = list(self.state.params.output_padding)
        op[AXES.index(axis)] = self._rows[axis][row].output_padding
        self.state.request(output_padding=tuple(op))
