"""A view's grids and its explanation: the text below the grids, or beside them.

At a 2× font on a 1280×720 projector a few sentences below the grids can
take half the view, and the grids shrink to a sliver, while the canvas is
far wider than the grids need.  :class:`ExplainedLayout` tries both
places for the text and keeps the one that leaves the grids the larger
cells (the view works that size out for any canvas).  Below, the text
takes the height it needs, at most :data:`SHARE` of the view, and scrolls
beyond; beside, it takes a column of the width that suits it best.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget

from convt_lab.gui.lesson_words import held_together
from convt_lab.gui.panels.common import font_at_scale_1, wrapped_height
from convt_lab.gui.panels.fixed_layout import FixedLayout

__all__ = ["ExplainedLayout", "ExplanationArea"]

SHARE = 0.4  # the most of the view's height the sentences take below the grids
COLUMNS = (0.33, 0.45)  # shares of the width tried for the text beside the grids
GAIN = 1.15  # beside only for cells this much larger: the text reads best below...
KEEP = 0.97  # ...unless below it would scroll: then beside, for cells at least this large
SPACING = 4


class ExplanationArea(QScrollArea):
    """A scrolling ``label``: the layout gives it the height its text needs, or less."""

    def __init__(self, label: QLabel):
        super().__init__()
        self.label = label
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(label)

    def set_text(self, text: str) -> None:
        self.label.setText(held_together(text))  # no line ends inside a formula
        self.updateGeometry()

    def needed(self, width: int) -> int:
        """The height that shows the whole text at ``width``."""
        return self.label.heightForWidth(max(1, width)) + 2

    def needed_at_1x(self, width: int, scale: float) -> int:
        """The height the text would take at ``width`` in the font a scale of 1 gives."""
        if scale <= 1.0:
            return self.needed(width)
        margins = self.label.contentsMargins()
        inner = width - margins.left() - margins.right()
        font = font_at_scale_1(self.label.font(), scale)
        return wrapped_height(font, inner, self.label.text()) + margins.top() + margins.bottom() + 2

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = max(self.width(), 200)
        return QSize(width, self.needed(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(100, self.fontMetrics().height())


class ExplainedLayout(FixedLayout):
    """The canvas, the explanation and an optional button, placed for the largest cells.

    ``cells(width, height)`` is the cell size in pixels the view's grids
    would get on a canvas of that many pixels.
    """

    def __init__(self, canvas: QWidget, text: ExplanationArea, button: QWidget | None,
                 cells: Callable[[int, int], float], scale: Callable[[], float],
                 parent: QWidget):
        super().__init__([w for w in (canvas, text, button) if w is not None], parent)
        self._scale = scale
        self._text = text
        self._cells = cells
        self._button = button
        self.beside = False  # where the text went at the last layout

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(640, 480)

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        button = self._button.sizeHint() if self._button is not None else QSize(0, 0)
        return QSize(max(200, button.width()), 100 + button.height())

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation.Horizontal | Qt.Orientation.Vertical

    def _button_size(self) -> QSize:
        return self._button.sizeHint() if self._button is not None else QSize(0, 0)

    def _below(self, width: int, height: int) -> tuple[int, int, float]:
        """Text below, the button at its right: the text's width and height, and the cells.

        The text takes what it needs, but never more than :data:`SHARE` of the
        view, nor more than it would take at a font scale of 1: a larger
        font enlarges it, and what then does not fit scrolls, so the grids
        keep their room.
        """
        button = self._button_size()
        # The button sits 8 px in from the right edge, and as far from the text (its scrollbar).
        text_width = width - (button.width() + 16 if button.width() else 0)
        needed = self._text.needed(text_width)
        most = min(needed, int(SHARE * height))
        text = min(most, self._text.needed_at_1x(text_width, self._scale()))
        if text < needed:  # it scrolls: show whole lines, none cut through
            line = self._text.label.fontMetrics().lineSpacing()
            margins = self._text.label.contentsMargins()
            whole = lambda h: max(line, (h - margins.top() - 2) // line * line) + margins.top() + 2  # noqa: E731
            text = whole(text)
            # Where the grids are held by the width, more lines cost them nothing: show
            # as many more as leave the cells their size.
            floor = max(text, button.height())
            keep = self._cells(width, height - floor - SPACING)
            extra = -(-(most - text) // line)  # whole lines, up to all the room allowed
            while extra > 0:  # the most lines first: a few tries, each a cached layout
                taller = min(most, text + extra * line)
                if self._cells(width, height - max(taller, button.height()) - SPACING) >= keep:
                    text = taller if taller >= needed else whole(taller)
                    break
                extra //= 2
        row = max(text, button.height())
        self._scrolls_below = text < needed
        return text_width, row, self._cells(width, height - row - SPACING)

    def _beside(self, width: int, height: int) -> tuple[int, float]:
        """Text beside: the column's width, and the cells the canvas left of it gets."""
        button = self._button_size()
        room = height - (button.height() + SPACING if button.height() else 0)
        best = (0, 0.0)
        for share in COLUMNS:
            column = int(share * width)
            if self._text.needed(column) > room:
                continue  # the text would scroll: not worth the width
            cells = self._cells(width - column - SPACING, height)
            if cells > best[1]:
                best = (column, cells)
        return best

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        x, y, width, height = rect.x(), rect.y(), rect.width(), rect.height()
        text_width, row, below = self._below(width, height)
        column, beside = self._beside(width, height)
        # Beside for clearly larger cells; or when the text would scroll below and
        # shows whole beside, for cells about as large.
        wanted = KEEP if self._scrolls_below else GAIN
        self.beside = column > 0 and beside > wanted * below
        canvas = self._items[0].widget()
        button = self._button_size()
        if self.beside:
            canvas.setGeometry(QRect(x, y, width - column - SPACING, height))
            room = height - (button.height() + SPACING if button.height() else 0)
            self._text.setGeometry(QRect(x + width - column, y, column, room))
        else:
            top = y + height - row
            canvas.setGeometry(QRect(x, y, width, top - SPACING - y))
            self._text.setGeometry(QRect(x, top, text_width, row))
        if self._button is not None:
            self._button.setGeometry(QRect(x + width - button.width() - 8,
                                           y + height - button.height() - 4,
                                           button.width(), button.height()))
