"""The Plan tab: sizes through a whole network, from the text ``print(model)`` gives.

Paste a printed model, give the input size, and the table lists every
layer's output size (core.plan), flags channel mismatches where they happen,
names the lines it skips, and for a wanted size at a Conv2d or
ConvTranspose2d layer says which padding or output_padding reaches it
(core.plan_reach).  Clicking such a row opens that layer in the lesson,
scaled down to what the app draws (core.plan_lesson), and says so.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from convt_lab.core.plan import Note, Step, parse, plan
from convt_lab.core.plan_lesson import lesson_layer
from convt_lab.core.plan_reach import reach

from convt_lab.gui.state import LabState
from convt_lab.gui.theme import LIGHT, VERMILLION, Theme
from convt_lab.gui.views.plan_text import note_text, opened_text, reach_text, sentences

__all__ = ["EXAMPLE", "PlanView"]

TIMES = "\u00d7"
# What the tab starts with: the DCGAN generator of the PyTorch examples, as printed.
EXAMPLE = """Generator(
  (main): Sequential(
    (0): ConvTranspose2d(100, 512, kernel_size=(4, 4), stride=(1, 1), bias=False)
    (1): BatchNorm2d(512, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)
    (2): ReLU(inplace=True)
    (3): ConvTranspose2d(512, 256, kernel_size=(4, 4), stride=(2, 2), padding=(1, 1), bias=False)
    (4): BatchNorm2d(256, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)
    (5): ReLU(inplace=True)
    (6): ConvTranspose2d(256, 128, kernel_size=(4, 4), stride=(2, 2), padding=(1, 1), bias=False)
    (7): BatchNorm2d(128, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)
    (8): ReLU(inplace=True)
    (9): ConvTranspose2d(128, 64, kernel_size=(4, 4), stride=(2, 2), padding=(1, 1), bias=False)
    (10): BatchNorm2d(64, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)
    (11): ReLU(inplace=True)
    (12): ConvTranspose2d(64, 3, kernel_size=(4, 4), stride=(2, 2), padding=(1, 1), bias=False)
    (13): Tanh()
  )
)"""
COLUMNS = 4  # line, layer, output, note
LARGEST = 1 << 20  # the largest size typed in Input or Wanted size
#: Lines named in the summary; more end in an ellipsis.
LISTED = 12
#: A word this long makes wrapping at word boundaries slow: the text then wraps anywhere.
LONG_WORD = re.compile(r"\S{1000}")


class SourceEdit(QPlainTextEdit):
    """The pasted model: wrapped at word boundaries, or anywhere once a word is too long.

    Qt looks for a word boundary across the whole of an unbreakable word each
    time it wraps one of its lines: a pasted 300,000-character word froze the
    tab for seconds at every keystroke.  The mode is chosen before new text
    is laid out (a paste, or the text put back after a language change).
    """

    def wrap_for_text(self, text: str | None = None) -> None:
        text = self.toPlainText() if text is None else text
        mode = (QTextOption.WrapMode.WrapAnywhere if LONG_WORD.search(text) else
                QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        if self.wordWrapMode() != mode:
            self.setWordWrapMode(mode)

    def setPlainText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self.wrap_for_text(text)
        super().setPlainText(text)

    def insertFromMimeData(self, source) -> None:  # noqa: N802 - Qt override
        if source.hasText():
            self.wrap_for_text(self.toPlainText() + source.text())
        super().insertFromMimeData(source)


#: Full-width digits, as a Chinese input method types them, read as ASCII ones.
WIDE_DIGITS = str.maketrans("\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19\uff58\uff38\uff0c",
                            "0123456789xx,")


def _numbers(text: str, count: tuple[int, ...]) -> tuple[int, ...] | None:
    parts = [p for p in re.split(r"\s*[xX\u00d7*,\s]\s*", text.translate(WIDE_DIGITS).strip()) if p]
    # ASCII digits only (str.isdigit() also takes '²', which int() refuses), and few of
    # them: int() refuses thousands of digits.
    if len(parts) not in count or not all(re.fullmatch(r"[0-9]{1,16}", p) for p in parts):
        return None
    values = tuple(int(p) for p in parts)
    return values if all(1 <= v <= LARGEST for v in values) else None


def _lines(lines: list[int]) -> str:
    """Line numbers once each, in order, the first :data:`LISTED` of them."""
    unique = list(dict.fromkeys(lines))
    text = QCoreApplication.translate("PlanView", ", ").join(str(v) for v in unique[:LISTED])
    return text + ("\u2026" if len(unique) > LISTED else "")


def _size(values) -> str:
    return TIMES.join(str(v) for v in values)


class PlanView(QWidget):
    """The printed model, the input size, the table of sizes, and a wanted size.

    Parameters
    ----------
    state : LabState
    theme : Theme
    parent : QWidget, optional
    """

    def __init__(self, state: LabState, theme: Theme = LIGHT, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.theme = theme
        self.steps: list[Step] = []
        self._layer_width, self._notes = 0, False  # see _measure_columns
        self.source = SourceEdit()
        self.source.setPlaceholderText(self.tr("Paste what print(model) shows"))
        # Wrapped: the pane is narrow, and a layer's arguments cut off at its edge are lost.
        self.source.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # The window rebuilds its views when the language, theme or font changes;
        # the pasted model and sizes live on the state (Qt dynamic properties) so
        # nothing typed is lost then.  They are not part of the saved document.
        self.source.setPlainText(state.property("planText") or EXAMPLE)
        self.source.setMinimumWidth(100)
        self.input_size = QLineEdit(state.property("planInput") or f"100{TIMES}1{TIMES}1")
        self.target = QLineEdit(state.property("planTarget") or "")
        self.target.setPlaceholderText(self.tr("H{t}W").format(t=TIMES))
        self.target_layer = QComboBox()
        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels([
            self.tr("Line"), self.tr("Layer"), self.tr("Output C{t}H{t}W").format(t=TIMES),
            self.tr("Note"),
        ])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.cellClicked.connect(self.open_row)
        self.table.viewport().installEventFilter(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.opened = QLabel(self.tr(
            "Click a ConvTranspose2d or Conv2d row to open that layer in the lesson."))
        self.opened.setWordWrap(True)

        self.target_layer.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target_layer.setMinimumContentsLength(10)
        for edit in (self.input_size, self.target):
            edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 16))
        sizes = QHBoxLayout()
        sizes.addWidget(QLabel(self.tr("Input C{t}H{t}W:").format(t=TIMES)))
        sizes.addWidget(self.input_size)
        sizes.addStretch(1)
        wanted = QHBoxLayout()
        wanted.addWidget(QLabel(self.tr("Wanted size:")))
        wanted.addWidget(self.target)
        wanted.addWidget(QLabel(self.tr("at")))
        wanted.addWidget(self.target_layer, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("The printed model:")))
        left_layout.addWidget(self.source)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(sizes)
        right_layout.addLayout(wanted)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.answer)
        right_layout.addWidget(self.opened)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)  # the model wraps; the table of sizes gets the room
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(split)

        self.source.textChanged.connect(self.source.wrap_for_text)  # typed: a word grows long
        self.source.textChanged.connect(self.update_plan)
        self.input_size.textChanged.connect(self.update_plan)
        self.target.textChanged.connect(self.update_answer)
        self.target_layer.currentIndexChanged.connect(self.update_answer)
        self.update_plan()

    # -- the look (the window calls these) -------------------------------------
    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update_plan()

    def set_font_scale(self, scale: float) -> None:
        """The window scales the application font; the table follows it."""
        self.table.resizeRowsToContents()

    # -- the plan --------------------------------------------------------------
    def update_plan(self) -> None:
        """Parse the text, run the input size through it and fill the table."""
        self.state.setProperty("planText", self.source.toPlainText())
        self.state.setProperty("planInput", self.input_size.text())
        size = _numbers(self.input_size.text(), (3,))
        if size is None:
            self.steps = []
            self.table.setRowCount(0)
            self.summary.setText(self.tr(
                "The input size must be three whole numbers C{t}H{t}W from 1 to {most}, e.g. "
                "100{t}1{t}1.").format(t=TIMES, most=LARGEST))
            self._fill_layers()
            return
        # At most core.plan.MAX_LAYERS rows (and one that says the plan stops there).
        self.steps = plan(parse(self.source.toPlainText()), size)
        self.table.setUpdatesEnabled(False)
        try:
            # Emptied first: replacing the items of rows that stay costs time quadratic in the
            # rows (the columns sized to their contents are measured again at each item).
            self.table.setRowCount(0)
            self.table.setRowCount(len(self.steps))
            warn = QBrush(QColor(VERMILLION))
            faint = QBrush(QColor(self.theme.grid_line))
            skipped = self.tr("skipped: not a layer the planner knows")
            worded: dict = {}  # a repeated line's note is worded once
            for row, step in enumerate(self.steps):
                layer = step.layer
                note = step.problem or step.mismatch
                if note:
                    key = (note.rule, tuple(sorted(note.values.items())))
                    if key not in worded:
                        worded[key] = note_text(note)
                cells = [
                    str(layer.line), layer.text, _size(step.output) if step.output else "\u2014",
                    worded[key] if note else (skipped if step.skipped else ""),
                ]
                for col, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if col == 0:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    if note:
                        item.setForeground(warn)
                    elif step.skipped:
                        item.setForeground(faint)
                    tips = [layer.text, cells[3]]
                    if layer.is_conv and step.output is not None:
                        tips.append(self.tr("Click to open this layer in the lesson"))
                    item.setToolTip("\n".join(t for t in tips if t))
                    self.table.setItem(row, col, item)
        finally:
            self.table.setUpdatesEnabled(True)
        self._measure_columns()
        self._summarise()
        self._fill_layers()

    def _measure_columns(self) -> None:
        """What the layer column's text needs, and whether notes are shown, once per plan.

        A resize then only shares the room out again: 10,000 rows take long to measure.
        """
        self.table.resizeColumnToContents(1)
        self._layer_width = self.table.columnWidth(1)
        self._notes = any(step.problem or step.mismatch or step.skipped for step in self.steps)
        self._size_columns()

    def _size_columns(self) -> None:
        """The layer column takes the room the others leave, so its stride and padding show.

        A note matters more than a layer's last arguments: with notes in the
        table the layer column gets at most about half of it (its full text is
        in the tooltip).  Without any, the empty note column keeps only its title.
        """
        table = self.table
        free = table.viewport().width() - table.columnWidth(0) - table.columnWidth(2)
        header = table.horizontalHeader()
        # The last column stretches, but not below the header's default section size.
        last = max(header.sectionSizeHint(3), header.defaultSectionSize())
        room = free // 2 if self._notes else free - last
        table.setColumnWidth(1, min(self._layer_width, max(220, room)))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._size_columns()  # the room the layer column may take changed
        return super().eventFilter(watched, event)

    def _summarise(self) -> None:
        known = [s for s in self.steps if not s.skipped]
        if not known:
            self.summary.setText(self.tr("No layer found: paste the text print(model) prints."))
            return
        parts = []
        last = next((s for s in reversed(known) if s.output is not None), None)
        broken = next((s for s in self.steps if s.problem), None)
        if broken is not None:
            parts.append(self.tr("Line {line} breaks a rule: {note}.").format(
                line=broken.layer.line, note=note_text(broken.problem)))
        elif last is not None and len(known) == 1:
            parts.append(self.tr("1 layer; the network's output is {size}.").format(
                size=_size(last.output)))
        elif last is not None:
            parts.append(self.tr("{n} layers; the network's output is {size}.").format(
                n=len(known), size=_size(last.output)))
        # A repeated line is named once, and one line in the singular.
        mismatches = list(dict.fromkeys(s.layer.line for s in self.steps if s.mismatch))
        if len(mismatches) == 1:
            parts.append(self.tr("Channel mismatch at line {line}: PyTorch would stop there "
                                 "(a skip connection concatenated in forward() doesn't show in "
                                 "the printed model).").format(line=mismatches[0]))
        elif mismatches:
            parts.append(self.tr("Channel mismatch at lines {lines}: PyTorch would stop there "
                                 "(a skip connection concatenated in forward() doesn't show in "
                                 "the printed model).").format(lines=_lines(mismatches)))
        skipped = list(dict.fromkeys(s.layer.line for s in self.steps if s.skipped))
        if len(skipped) == 1:
            parts.append(self.tr("Skipped line {line}.").format(line=skipped[0]))
        elif skipped:
            parts.append(self.tr("Skipped lines {lines}.").format(lines=_lines(skipped)))
        self.summary.setText(sentences(parts))

    def _fill_layers(self) -> None:
        """The layers a wanted size can be asked for: every Conv2d and ConvTranspose2d."""
        old = self.target_layer.currentData()
        self.target_layer.blockSignals(True)
        self.target_layer.clear()
        first: dict[int, Step] = {}  # a repeated line is listed once, for its first run
        for step in self.steps:
            if step.layer.is_conv:
                first.setdefault(step.layer.line, step)
        convs = list(first.values())
        for step in convs:
            self.target_layer.addItem(self.tr("line {line}: {kind}").format(
                line=step.layer.line, kind=step.layer.kind), step.layer.line)
        index = self.target_layer.findData(old) if old is not None else -1
        self.target_layer.setCurrentIndex(index if index >= 0 else len(convs) - 1)
        self.target_layer.blockSignals(False)
        self.update_answer()

    def update_answer(self) -> None:
        """The padding or output_padding that reaches the wanted size, or why nothing does."""
        self.state.setProperty("planTarget", self.target.text())
        text = self.target.text().strip()
        if not text:
            self.answer.setText(self.tr(
                "Give a wanted size H{t}W (the last layer's, or a skip connection's at a "
                "layer) to find the padding or output_padding that reaches it.").format(t=TIMES))
            return
        wanted = _numbers(text, (1, 2, 3))
        if wanted is None:
            self.answer.setText(self.tr("The wanted size must be whole numbers from 1 to {most}: "
                                        "H{t}W.").format(t=TIMES, most=LARGEST))
            return
        hw = wanted[-2:] if len(wanted) >= 2 else (wanted[0], wanted[0])
        line = self.target_layer.currentData()
        step = next((s for s in self.steps if s.layer.line == line), None)
        if step is None:
            self.answer.setText(self.tr("There is no Conv2d or ConvTranspose2d layer to tune."))
            return
        self.answer.setText(reach_text(step, hw, reach(step, hw)))

    # -- opening a layer in the lesson -------------------------------------------
    def open_row(self, row: int, _col: int = 0) -> bool:
        """Show the layer of ``row`` in the lesson; returns whether it could be shown."""
        if not 0 <= row < len(self.steps):
            return False
        step = self.steps[row]
        if not step.layer.is_conv:
            self.opened.setText(self.tr(
                "Only ConvTranspose2d and Conv2d rows open in the lesson."))
            return False
        shown = lesson_layer(step)
        if isinstance(shown, Note) and shown is step.problem:  # the rule its row names
            self.opened.setText(self.tr("Line {line} can't be opened: {note}").format(
                line=step.layer.line, note=note_text(step.problem)))
            return False
        if isinstance(shown, Note):  # padding='same' pads unevenly, or it is too large
            self.opened.setText(self.tr("Line {line} can't be drawn: {note}.").format(
                line=step.layer.line, note=note_text(shown)))
            return False
        doc = self.state.document.with_params(shown.params).with_setup(shown.setup)
        if not self.state.apply(doc, QCoreApplication.translate("PlanView", "Open a layer")):
            return False
        message = opened_text(step, shown)
        self.opened.setText(message)
        # The lesson comes to the front, so the note goes where it stays in sight.
        top = self.window()
        if hasattr(top, "statusBar"):
            top.statusBar().showMessage(message, 20000)
        self.state.set_presentation(view="gather")
        return True
