"""The window's text sized to its grids: presentation mode's step text, and the sum at a larger font.

Both are sized after the event that fitted the grids: laying the window out
again inside the canvas's own resize would let the outer resize undo the
inner.  Mixed into :class:`~convt_lab.gui.main_window.MainWindow`.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication

__all__ = ["SUM_COST", "TextSizing"]

SUM_COST = 0.98  # a larger sum may cost the cells this share of their size at the 1x sum


class TextSizing:
    """Sizes the lesson's text to the cells; needs ``grids``, ``lesson``, ``arithmetic``, ``state``."""

    def _init_text_sizing(self) -> None:
        self._matching = False  # presentation mode's text is being sized to the cells
        self._settled = self._settled_for = None  # what was shown when that size was found
        self._match_timer = QTimer(self, singleShot=True, interval=0)
        self._match_timer.timeout.connect(self._size_text)
        self._sum_timer = QTimer(self, singleShot=True, interval=0)  # after the fitting event
        self._sum_timer.timeout.connect(self._fit_sum)

    def _match_text_to_cells(self) -> None:
        """Size presentation mode's text to the cells (:meth:`_size_text`) once this event is done.

        A fit comes in the middle of the canvas's own resize: laying the
        window out again from there would resize the canvas inside its
        resize, and the outer one would then undo the inner.
        """
        if self.presenting:
            self._match_timer.start()
        elif self._settled is not None or self.lesson._min_px:
            self._size_text()

    def _size_text(self) -> None:
        """In presentation mode, the step text and arithmetic are as large as the cell numbers.

        Larger text leaves the grids less room, and so smaller numbers: the
        text takes the least whole pixel size at which it is still as large as
        the numbers it leaves, found by laying the window out at a few sizes.
        The size follows from the window and what it shows alone, not from the
        order of events, nor from the font scale.  It is found again when the
        window's size, the step's text or the parameters change, not for a
        selection: a click does not resize the text.
        """
        if self._matching:
            return
        if not self.presenting:
            self._settled = None
            self._set_text_px(0.0)
            return
        view = self._front_grids()
        if view is None:  # a tab without cells (a table, a form): the text at its own size
            self._settled = None
            self._set_text_px(0.0)
            return
        shown = (self.size(), self.lesson.full_text(), self.lesson.more.isChecked(), view)
        if shown == self._settled and self._settled_for is self.state.result:
            return
        self._matching = True
        try:
            # Large enough: the numbers with the text at its own size.  Any size that
            # is large enough is at least the numbers it leaves at that size.
            high = math.ceil(self._numbers_with_text(view, 0.0))
            plain = view.viewport().size()
            low = math.floor(self._numbers_with_text(view, high)) - 1
            # Panels just built are laid out only once they are shown: until then larger
            # text leaves the canvas as it was, and the size is found at a later fit.
            laid_out = view.viewport().size() != plain
            while high - low > 1 and laid_out:
                middle = (low + high) // 2
                if middle >= self._numbers_with_text(view, middle):
                    high = middle
                else:
                    low = middle
            self._numbers_with_text(view, high)
        finally:
            self._matching = False
        if laid_out:
            self._settled, self._settled_for = shown, self.state.result

    def _fit_sum(self) -> None:
        """At a larger font, the sum grows only as far as the lesson's cells lose nothing.

        Where the grids are held by the width, a taller sum costs them
        nothing and it takes the font scale's size; where they are held by the
        height, it stays at the largest size that leaves the cells at least
        :data:`SUM_COST` of what the 1x sum would (:meth:`ArithmeticPanel.set_most_px`).
        """
        sum_ = self.arithmetic
        least, top = sum_.least_px(), QFontInfo(sum_.font()).pixelSize()
        if self.presenting or top <= least or not self.grids.isVisible():
            return
        row, width = self._controls_row.geometry().height(), self._controls_row.geometry().width()
        view = self.grids.view
        canvas = (view.width(), view.height() + row)  # the canvas with no row under it

        def cells(px: int) -> float:
            taken = self._controls_row.height_with(lambda w: sum_.height_at(w, px), width)
            return self.grids.cells_for(canvas[0], canvas[1] - taken)

        best = SUM_COST * cells(least)
        if cells(top) >= best:
            sum_.set_most_px(None)
            return
        while top - least > 1:  # the least size keeps the cells; find the largest that does
            middle = (least + top) // 2
            least, top = (middle, top) if cells(middle) >= best else (least, middle)
        sum_.set_most_px(least)

    def _front_grids(self):
        """The tab in front, if it draws grids whose numbers the text can match; else None."""
        page = self.tabs.currentWidget()
        view = next((v for name, v in self.views.items() if self._tab_pages.get(name) is page), None)
        return view if hasattr(view, "main_number_px") and getattr(view, "MAIN_GRID", None) else None

    def _numbers_with_text(self, view, px: float) -> float:
        """The numbers' pixel size in ``view`` once the text is at least ``px`` pixels."""
        self._set_text_px(px)
        # A layout that resizes a panel can ask for another (the step text folds
        # again at its new width): lay out until the canvas keeps its size.
        for _ in range(4):
            canvas = view.viewport().size()
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            if view.viewport().size() == canvas:
                break
        return view.main_number_px()

    def _set_text_px(self, px: float) -> None:
        self.lesson.set_min_text_px(px)
        self.arithmetic.set_min_text_px(px)
