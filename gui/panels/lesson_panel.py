"""The guided steps: the current step's text with live numbers, previous and next.

The step's title shares one row with the buttons, and the text below is as
tall as it needs: the window gives it its height for the width it has, so
nothing is ever clipped or hidden behind a scrollbar.  A long step (the
"Why output_padding" lines, twice on a rectangular grid, at a large font)
would leave the grids no room: its first lines, the step's formula, stay
shown and the rest folds behind a "More" button.

Held steady (presentation mode, screencasts), the panel is as tall as the
lesson's tallest step for the current parameters and names its buttons the
same way at every step, so the grids keep one size from step 1 to step 5.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QFont, QFontInfo, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from convt_lab.gui.lesson_text import lesson_steps
from convt_lab.gui.lesson_words import held_together, let_go
from convt_lab.gui.panels.common import font_at_scale_1, wrapped_height
from convt_lab.gui.state import LabState

__all__ = ["LessonPanel"]

TITLE_SCALE = 1.2  # at 1x; a larger font makes the body as large, and the title stays bold
WIDEST = 16777215  # Qt's QWIDGETSIZE_MAX: no maximum width
BUTTON_PAD = 24  # a push button's width beyond its text
TITLE_GAP = 8  # between the step buttons and the title
BUDGET = 0.2  # of the window's height: the most the step's text takes before it folds
COUNTER_GAP = 8  # between "Step n of 5" and the buttons on either side


class _StepText(QLabel):
    """The step's text: as wide as the panel, as tall as its lines at that width.

    The layouts around it ask its height several times a change, and a label
    lays its text out again each time: the height is kept per text, font and
    width.  Its width is the panel's (an ignored size policy), so its size
    hints need not lay the text out at a width of their own choosing, nor at a
    width of zero, one word a line, as a label's do after every new text.
    """

    def __init__(self):
        super().__init__()
        self._key: tuple | None = None
        self._heights: dict[int, int] = {}

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        key = (self.text(), self.font().key())
        if key != self._key:
            self._key, self._heights = key, {}
        if width not in self._heights:
            if len(self._heights) > 32:  # dragged through many widths: keep memory bounded
                self._heights.clear()
            self._heights[width] = super().heightForWidth(width)
        return self._heights[width]

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = 40 * self.fontMetrics().averageCharWidth()  # a line of some 40 characters
        return QSize(width, self.heightForWidth(self.width() if self.width() > 1 else width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(0, min(self.fontMetrics().height(), self.sizeHint().height()))


class LessonPanel(QWidget):
    """Shows one step of the lesson; the buttons move ``state.step``."""

    def __init__(self, state: LabState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.setObjectName("lessonPanel")
        self.title = QLabel()
        self.title.setObjectName("stepTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.body = _StepText()
        self.body.setObjectName("stepBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)  # "op < d" is text, not a tag
        # Held steady, a short step's text sits under the title, not in the middle of its room.
        self.body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # Copied whole from its menu, as the arithmetic is: selectable text would be laid
        # out as a document, some twenty times at every change of a parameter.
        copy = QAction(self.tr("Copy the step"), self.body)
        copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(self.plain_text()))
        self.body.addAction(copy)
        self.body.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for label in (self.title, self.body):
            policy = label.sizePolicy()
            policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)  # wrap to the width given
            label.setSizePolicy(policy)
        self.prev = QPushButton()
        self.next = QPushButton()
        self.prev.setToolTip(self.tr("Previous step (PgUp)"))
        self.next.setToolTip(self.tr("Next step (PgDown)"))
        self._compact: bool | None = None
        self.counter = QLabel()
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.counter.setContentsMargins(COUNTER_GAP, 0, COUNTER_GAP, 0)
        self._steady = False
        self._plain: list = []  # every step of the lesson as written
        self._held: list[tuple[str, str]] | None = None  # each one's (title, text), held together
        self.prev.clicked.connect(lambda: state.set_step(state.step - 1))
        self.next.clicked.connect(lambda: state.set_step(state.step + 1))
        header = self._header = QHBoxLayout()
        header.addWidget(self.prev)
        header.addWidget(self.counter)
        header.addWidget(self.next)
        header.addSpacing(TITLE_GAP)
        header.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 2)
        layout.setSpacing(2)
        layout.addLayout(header)
        self.more = QToolButton()
        self.more.setObjectName("stepMore")
        self.more.setCheckable(True)
        self.more.setAutoRaise(True)
        self.more.toggled.connect(self._fold)
        # Unfolded, a step longer than 30 % of the window scrolls instead of pushing the grids out.
        self.scroll = QScrollArea()
        self.scroll.setObjectName("stepScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.body)
        # The fold button ends the title's row, so the text keeps the whole width.
        header.addWidget(self.more, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.scroll)
        self._text = ""
        self._scale = 1.0
        self.set_min_text_px(0.0)
        self.body.installEventFilter(self)
        self.title.installEventFilter(self)
        state.stepChanged.connect(self._refresh)
        state.resultChanged.connect(self._refresh)
        self._refresh()

    def set_scale(self, scale: float) -> None:
        """The font scale the application's font is drawn at (1 in presentation mode)."""
        self._scale = scale
        px, self._min_px = self._min_px, None  # the fonts are chosen again
        self.set_min_text_px(px)

    def set_min_text_px(self, px: float) -> None:
        """Make the step text at least ``px`` pixels tall (the title a little more); 0: as the app's."""
        if px == getattr(self, "_min_px", None):
            return
        self._min_px = px
        body = QFont()  # resolves to the application font
        if QFontInfo(body).pixelSize() < px:
            body.setPixelSize(math.ceil(px))
        self.body.setFont(body if px else QFont())
        title = QFont(body)
        title.setBold(True)
        grow = TITLE_SCALE if self._scale <= 1.0 else 1.0
        if title.pixelSize() > 0:
            title.setPixelSize(math.ceil(title.pixelSize() * grow))
        else:
            title.setPointSizeF(title.pointSizeF() * grow)
        self.title.setFont(title)
        for button in (self.prev, self.next):
            button.setFont(body if px else QFont())
        self.counter.setFont(body if px else QFont())
        self._fold()  # the text's height changed with its font
        self._compact = None
        self._fit_header()
        self.updateGeometry()

    def set_steady(self, steady: bool) -> None:
        """Keep one height and one header at every step (presentation mode), or fit each step."""
        if steady != self._steady:
            self._steady = steady
            self._compact = None
            self._fold()
            self._fit_header()

    def full_text(self) -> str:
        """The whole text of the step shown, folded or not."""
        return self._text

    def plain_text(self) -> str:
        """The step's title and whole text with plain spaces, as its menu copies them."""
        return let_go(self.title.text() + "\n" + self._text)

    def _fold(self, *_) -> None:
        """Show the step's text, its later lines folded if the whole would take too much height.

        Held steady, the text keeps the height of the tallest step (each folded alike).
        """
        width = max(1, self.scroll.viewport().width())
        shown, folded = self._folded(self._text, width)
        self.body.setText(shown)
        needed = self.body.heightForWidth(width)
        cap = needed if not self.more.isChecked() else int(0.3 * self.window().height())
        height = min(needed, cap)
        if self._steady and not self.more.isChecked():
            for _title, text in self._steps():
                shown = self._folded(text, width)[0]
                height = max(height, wrapped_height(self.body.font(), width, shown))
        self.scroll.setFixedHeight(max(1, height))
        # Folded, the text has the height it needs: no scrollbar, and the scroll area need
        # not lay the text out again at the width a scrollbar would leave.
        policy = Qt.ScrollBarPolicy.ScrollBarAsNeeded if self.more.isChecked() \
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        if self.scroll.verticalScrollBarPolicy() != policy:
            self.scroll.setVerticalScrollBarPolicy(policy)
        self.more.setVisible(folded or self.more.isChecked())
        self.more.setText(
            self.tr("More \u25be") if folded else self.tr("Less \u25b4")
        )
        self._steady_title()

    def _folded(self, text: str, width: int) -> tuple[str, bool]:
        """``text`` as shown at ``width``: its first lines when the whole takes too much height."""
        lines = text.split("\n")
        # A larger font must not take the grids' room: the budget stays the height the
        # text takes at 1x (at most a share of the window), so at 2x fewer lines show
        # before the fold.
        flags = int(Qt.TextFlag.TextWordWrap)
        scale = max(1.0, self._scale)
        budget = BUDGET * self.window().height()
        if scale > 1.0:
            # In presentation mode the text is at least the size of the numbers in the cells.
            at_1x = font_at_scale_1(self.body.font(), scale, self._min_px)
            budget = min(budget, wrapped_height(at_1x, width, text))
        metrics = QFontMetrics(self.body.font())
        shown = len(lines)
        if not self.more.isChecked():
            height = 0
            for n, line in enumerate(lines):
                height += metrics.boundingRect(0, 0, width, 100000, flags, line or " ").height()
                if n and height > budget:
                    shown = n
                    break
        return "\n".join(lines[:shown]), shown < len(lines)

    def _steady_title(self) -> None:
        """Held steady, the title's row is as tall as the tallest step's title at its width."""
        least = 0
        if self._steady and self.title.width() > 1:
            least = max((wrapped_height(self.title.font(), self.title.width(), title)
                         for title, _text in self._steps()), default=0)
        if self.title.minimumHeight() != least:
            self.title.setMinimumHeight(least)

    def _fit_header(self) -> None:
        """Name the buttons in full, or show only their arrows when that keeps the title on one line.

        Decided from the full names alone, so the choice does not flip back and forth.
        """
        full = (self.tr("\u25c0 Previous step"), self.tr("Next step \u25b6"))
        buttons = (self.prev, self.next)
        margins = self.layout().contentsMargins()
        taken = (sum(QFontMetrics(b.font()).horizontalAdvance(t) + BUTTON_PAD
                     for b, t in zip(buttons, full))
                 + self.counter.sizeHint().width() + TITLE_GAP + margins.left() + margins.right()
                 + 3 * max(0, self._header.spacing()))
        if self.more.isVisibleTo(self) or self._steady:  # steady: whether this step folds or not
            taken += self.more.sizeHint().width()
        titles = [t for t, _ in self._steps()] if self._steady else [self.title.text()]
        title = max(QFontMetrics(self.title.font()).horizontalAdvance(t) for t in titles)
        compact = title > self.width() - taken
        if compact == self._compact:
            return
        self._compact = compact
        for button, text in zip(buttons, ("\u25c0", "\u25b6") if compact else full):
            button.setText(text)
            if compact:  # as narrow as the arrow: a push button's own minimum is wider
                button.setFixedWidth(QFontMetrics(button.font()).horizontalAdvance(text) + BUTTON_PAD)
            else:
                button.setMinimumWidth(0)
                button.setMaximumWidth(WIDEST)
        self._steady_title()  # the title's width changed

    def resizeEvent(self, ev) -> None:
        super().resizeEvent(ev)
        self._fold()  # folding again at the same size changes nothing, so this settles
        self._fit_header()
        self._steady_title()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        # The application's font reaches the labels later than the window is built:
        # the fold and the buttons follow the font they finally have.
        if event.type() == QEvent.Type.FontChange:
            if watched is self.body:
                self._fold()
            else:
                self._compact = None
                self._fit_header()
        return False

    def _steps(self) -> list[tuple[str, str]]:
        """Every step's (title, text), held together: held steady, the tallest sets the height."""
        if self._held is None:
            self._held = [(held_together(s.title), held_together(s.body)) for s in self._plain]
        return self._held

    def _refresh(self, *_) -> None:
        steps = self._plain = lesson_steps(self.state.result)
        self._held = None
        k = self.state.step
        # No line ends inside a formula.
        self.title.setText(held_together(steps[k].title))
        body = held_together(steps[k].body)
        if body != self._text:
            self._text = body
            self.more.setChecked(False)
        self._fold()
        self.counter.setText(self.tr("Step {k} of {n}").format(k=k + 1, n=len(steps)))
        self._fit_header()
        self.prev.setEnabled(k > 0)
        self.next.setEnabled(k < len(steps) - 1)
