"""The Practice tab: predict first, then check, then see the lesson's step that shows why.

The exercises come from a seed (:mod:`convt_lab.gui.model.practice`), so a
teacher who fixes the seed gives the whole class the same set.  Only the
case, x and w are shown at first; the five questions unlock one after the
other.  Checking an answer says what is wrong and why, and from the second
question on applies the case to the state (one undo step, as a preset is)
and shows, in a lesson view beside the questions, the step that explains it:
the padded grid for P, the window and its sources for y[i, j], the finished
output for its value, the op that gives size N.

The session (set, position, answers, score) lives in a :class:`PracticeSession`
owned by the state, so it survives the window rebuilding its views when the
language, theme or font size changes.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

import pyqtgraph as pg

from convt_lab.core import Role
from convt_lab.gui.actions import KEEPS_KEYS
from convt_lab.gui.items.grid_item import GridItem, fit_to_items
from convt_lab.gui.items.overlay_item import OverlayItem, mark
from convt_lab.gui.model import practice
from convt_lab.gui.panels.cell_editor import parse_value
from convt_lab.gui.panels.saying_spin import SayingSpinBox
from convt_lab.gui.practice_text import case_line, fmt_sources, questions, size_why, verdict_text
from convt_lab.gui.state import LabState
from convt_lab.gui.theme import LIGHT, Theme
from convt_lab.gui.views.gather_view import GridsView
from convt_lab.gui.views.practice_session import PracticeSession, follow

__all__ = ["PracticeSession", "PracticeView"]  # the session is practice_session's

QUESTIONS = 5
# The lesson step (0-based) each question's answer reveals; None: not yet.
REVEAL_STEP = (None, 2, 2, 4, 4)
MINUS = "\u2212"


GIVEN_PX = 150  # the height of the given x and w at a font scale of 1

def _size_pair(minimum: int) -> tuple[QSpinBox, QSpinBox]:
    boxes = []
    for _ in range(2):
        box = SayingSpinBox()
        box.setRange(minimum, 200)
        box.setValue(0)
        boxes.append(box)
    return boxes[0], boxes[1]


class PracticeView(QWidget):
    """Questions on a case from the seed, checked with reasons, then the lesson's step.

    Signals
    -------
    cellsShown()
        The lesson's grids came out or went away (:meth:`cells_shown`).
    """

    cellsShown = Signal()

    def __init__(self, state: LabState, theme: Theme = LIGHT, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.theme = theme
        self.session = PracticeSession.of(state)
        self.picked: set[tuple[int, int]] = set()

        self.seed = SayingSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setValue(self.session.seed)
        self.seed.setToolTip(self.tr("The same seed gives everyone the same exercises."))
        self.difficulty = QComboBox()
        self.difficulty.addItem(self.tr("basic"), "basic")
        self.difficulty.addItem(self.tr("mixed"), "mixed")
        self.difficulty.setCurrentIndex(practice.DIFFICULTIES.index(self.session.difficulty))
        new = QPushButton(self.tr("New set"))
        new.clicked.connect(self._new_set)
        self.score = QLabel()
        self.score.setObjectName("practiceScore")
        # Two rows, so that the column stays narrow at a larger font.
        top = QGridLayout()
        top.addWidget(QLabel(self.tr("Seed")), 0, 0)
        top.addWidget(self.seed, 0, 1)
        top.addWidget(QLabel(self.tr("Difficulty")), 1, 0)
        top.addWidget(self.difficulty, 1, 1)
        top.addWidget(new, 1, 2)
        top.setColumnStretch(3, 1)

        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.prev = QPushButton(self.tr("Previous"))
        self.next = QPushButton(self.tr("Next exercise"))
        self.prev.clicked.connect(lambda: self._go(-1))
        self.next.clicked.connect(lambda: self._go(1))
        nav = QHBoxLayout()
        nav.addWidget(self.score, 1)
        nav.addWidget(self.prev)
        nav.addWidget(self.next)

        # x and w as given; clicking x cells answers the sources question.
        self.given = pg.GraphicsLayoutWidget()
        self.given.setBackground(theme.background)
        self.given_box = pg.ViewBox(enableMenu=False, lockAspect=True, invertY=True)
        self.given_box.setMouseEnabled(False, False)
        self.given.addItem(self.given_box)
        self.x_item, self.w_item = GridItem("input"), GridItem("kernel")
        self.x_item.cellClicked.connect(self._toggle)
        self.marks = OverlayItem()
        for item in (self.x_item, self.w_item, self.marks):
            self.given_box.addItem(item)
        self.given.setFixedHeight(GIVEN_PX)

        form = QGridLayout()
        self.labels: list[QLabel] = []
        self.verdicts: list[QLabel] = []
        self.checks: list[QPushButton] = []
        self.size_boxes = _size_pair(0)
        self.pad_boxes = _size_pair(-40)
        self.picked_label = QLabel()
        self.value_edit = QLineEdit()
        self.value_edit.setPlaceholderText(self.tr("a number"))
        self.value_edit.returnPressed.connect(lambda: self.check(3))
        self.op_box = SayingSpinBox()
        self.op_box.setRange(-1, 7)
        self.op_box.setSpecialValueText(self.tr("none"))
        self.op_box.setValue(-1)
        for box in (self.seed, *self.size_boxes, *self.pad_boxes, self.op_box):
            box.setProperty(KEEPS_KEYS, True)  # answers are typed: the cursor keys stay here
        inputs = [self._row(*self.size_boxes, sep="\u00d7"), self._row(*self.pad_boxes, sep=","),
                  self.picked_label, self.value_edit, self.op_box]
        for q, widget in enumerate(inputs):
            label = QLabel()
            label.setWordWrap(True)
            if q:
                label.setContentsMargins(0, 6, 0, 0)  # a gap between one question and the next
            check = QPushButton(self.tr("Check"))
            check.clicked.connect(lambda _=False, n=q: self.check(n))
            verdict = QLabel()
            verdict.setWordWrap(True)
            verdict.setObjectName(f"practiceVerdict{q}")
            form.addWidget(label, 3 * q, 0, 1, 3)
            form.addWidget(widget, 3 * q + 1, 0)
            form.addWidget(check, 3 * q + 1, 1)
            form.addWidget(verdict, 3 * q + 2, 0, 1, 3)
            form.setColumnStretch(2, 1)
            self.labels.append(label)
            self.checks.append(check)
            self.verdicts.append(verdict)
        self.inputs = inputs

        inner = QWidget()
        left_layout = QVBoxLayout(inner)
        left_layout.addLayout(top)
        left_layout.addLayout(nav)
        left_layout.addWidget(self.title)
        left_layout.addWidget(self.given)
        left_layout.addLayout(form)
        left_layout.addStretch(1)
        left = _Column()
        left.setWidgetResizable(True)
        left.setWidget(inner)
        left.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.lesson = GridsView(state, theme)
        waiting = QLabel(self.tr("Answer first: the lesson's grids appear here once you have "
                                 "checked the question on P."))
        waiting.setWordWrap(True)
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right_side = QStackedWidget()
        self.right_side.addWidget(waiting)
        self.right_side.addWidget(self.lesson)
        self.right_side.currentChanged.connect(self.cellsShown)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.right_side)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        # Questions and grids share the width; labels wrap rather than widen the questions,
        # and the column is never narrower than its rows of controls (see _Column).
        split.setSizes([450, 550])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self._show_exercise()
        follow(self)  # what was typed before the window was built again

    @staticmethod
    def _row(a: QWidget, b: QWidget, sep: str) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(a)
        row.addWidget(QLabel(sep))
        row.addWidget(b)
        return box

    # -- the views' interface (the window calls these) ------------------------
    def set_font_scale(self, scale: float) -> None:
        self.lesson.set_font_scale(scale)
        self.given.setFixedHeight(round(GIVEN_PX * scale**0.5))  # x and w grow with the text

    # -- showing ------------------------------------------------------------
    def _show_exercise(self) -> None:
        s, ex = self.session, self.session.exercise
        self.title.setText(self.tr("Exercise {n} of {total}: {case}").format(
            n=s.index + 1, total=len(s.items), case=case_line(ex)))
        self.prev.setEnabled(s.index > 0)
        self.next.setEnabled(s.index < len(s.items) - 1)
        t = self.theme
        self.x_item.set_data(ex.x, t.flat_image(ex.x.shape, t.roles[Role.INPUT]), t.text, t.grid_line)
        self.w_item.set_data(ex.w, t.flat_image(ex.w.shape, t.kernel), t.text, t.grid_line)
        self.w_item.setPos(ex.x.shape[1] + 1.5, 0)
        fit_to_items(self.given_box, [self.x_item, self.w_item])
        for q, text in enumerate(questions(ex)):
            self.labels[q].setText(f"{q + 1}. {text}")
        if (s.index, 2) not in s.checked:
            self.picked = set()
        else:
            self.picked = set(ex.sources)
        self._show_picked()
        for q in range(QUESTIONS):
            self._show_verdict(q)
        self._show_score()
        self.right_side.setCurrentIndex(1 if (s.index, 1) in s.checked else 0)

    def cells_shown(self) -> bool:
        """Whether the lesson's grids are out, with cells to click and step through."""
        return self.right_side.currentWidget() is self.lesson

    def _show_score(self) -> None:
        s = self.session
        self.score.setText(self.tr("Score: {right} of {asked}").format(right=s.right, asked=s.asked))

    def _show_verdict(self, q: int) -> None:
        s = self.session
        verdict = s.checked.get((s.index, q))
        label = self.verdicts[q]
        # An empty verdict takes no line: the five questions fit a 720-line screen.
        label.setVisible(verdict is not None)
        if verdict is None:
            label.setText("")
        else:
            text = verdict_text(verdict)
            if q == 0:
                text += "\n" + size_why(s.exercise)
            label.setText(("\u2713 " if verdict.correct else "\u2717 ") + text)
            # Colour repeats the mark, for those who see it; the ✓/✗ carries the meaning.
            colour = self.theme.footprint if verdict.correct else self.theme.window
            label.setStyleSheet(f"color: {colour};")
        # Each question opens once the one before it has been checked.
        unlocked = q == 0 or (s.index, q - 1) in s.checked
        done = verdict is not None and verdict.correct
        self.checks[q].setEnabled(unlocked and not done)
        self.inputs[q].setEnabled(unlocked and not done)
        self.labels[q].setEnabled(unlocked)

    def _show_picked(self) -> None:
        self.picked_label.setText(self.tr("Click cells of x: {cells}").format(cells=fmt_sources(self.picked)))
        self.marks.set_marks([mark(QRectF(c, r, 1, 1), "source", self.theme) for r, c in sorted(self.picked)])
        getattr(self, "picked_changed", lambda: None)()

    # -- the student's actions ------------------------------------------------
    def _toggle(self, row: int, col: int) -> None:
        s = self.session
        unlocked = (s.index, 1) in s.checked and not (
            (s.index, 2) in s.checked and s.checked[(s.index, 2)].correct)
        if not unlocked:
            return
        self.picked ^= {(row, col)}
        self._show_picked()

    def _new_set(self) -> None:
        self.session.new_set(self.seed.value(), self.difficulty.currentData())
        self._show_exercise()

    def _go(self, step: int) -> None:
        s = self.session
        s.index = min(max(s.index + step, 0), len(s.items) - 1)
        self._show_exercise()

    def answer(self, q: int):
        """The answer typed for question ``q``, or None when it is not a usable answer."""
        if q == 0:
            return tuple(b.value() for b in self.size_boxes)
        if q == 1:
            return tuple(b.value() for b in self.pad_boxes)
        if q == 2:
            return sorted(self.picked)
        if q == 3:
            # Read as the cell editor reads a typed value: "1,000" is a thousand in
            # English, not 1.0, and text that reads two ways is refused.
            try:
                return parse_value(self.value_edit.text())
            except ValueError:
                return None
        return None if self.op_box.value() < 0 else self.op_box.value()

    def check(self, q: int) -> None:
        """Check question ``q``, count it, say why, and reveal its step."""
        s, ex = self.session, self.session.exercise
        if not self.checks[q].isEnabled():
            return
        answer = self.answer(q)
        if q == 3 and answer is None:
            self.verdicts[q].setText(self._refusal(self.value_edit.text()))
            self.verdicts[q].setVisible(True)
            return
        checker = (practice.check_output_size, practice.check_pad, practice.check_sources,
                   practice.check_value, practice.check_target)[q]
        s.record(q, checker(ex, answer))
        self._show_score()
        for n in range(QUESTIONS):
            self._show_verdict(n)
        self._reveal(q)

    def _refusal(self, text: str) -> str:
        """Why a typed value is not a number the value question takes (the cell editor's reason)."""
        if not text.strip():
            return self.tr("Type a number, such as 7 or {m}2.5.").format(m=MINUS)
        try:
            parse_value(text)
        except ValueError as err:
            return str(err)
        return ""

    def _reveal(self, q: int) -> None:
        ex, state = self.session.exercise, self.state
        step = REVEAL_STEP[q]
        if q == 4:
            doc = ex.document()
            if ex.target_op is not None:
                params = ex.params.with_value("output_padding", ex.target_op, ex.target_axis)
                doc = doc.replace(params=params, selection=None)
            state.apply(doc, self.tr("Practice"))
            state.set_step(4)
            state.select(None)
            return
        if step is None:
            return
        state.apply(ex.document(), self.tr("Practice"))
        state.set_step(step)
        state.select(("output", *ex.cell) if q >= 2 else None)
        self.right_side.setCurrentIndex(1)
        self.lesson.fit()


class _Column(QScrollArea):
    """The questions' column: it scrolls down, never sideways, so it is as wide as its widest row.

    At a larger font the row of the seed, difficulty and "New set" is wider
    than the column's usual share; the splitter then gives it that width
    rather than cut the row (and every text under it) at the right.
    """

    LEAST = 320  # pixels: the column's width at the least

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        inner = self.widget().minimumSizeHint().width() if self.widget() is not None else 0
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(max(self.LEAST, inner + bar + 2 * self.frameWidth()),
                     super().minimumSizeHint().height())
