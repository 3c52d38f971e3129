"""What the grid views share: one zoomable pyqtgraph view of GridItems,
their captions, a highlight overlay, an on-screen hint for zooming, and the
read-outs the tests use.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from convt_lab.gui.items.caption_item import CaptionItem
from convt_lab.gui.items.grid_item import GridItem, fit_to_items
from convt_lab.gui.items.overlay_item import Mark, OverlayItem, mark
from convt_lab.gui.state import LabState
from convt_lab.gui.views.text_split import ExplanationArea
from convt_lab.gui.theme import Theme

__all__ = ["GridPlot"]


_CELL_DEFAULTS = ("", 1, 1)  # a cell's label, rows and cols when it leaves them out


def _skip_repeated_release_hover(scene: pg.GraphicsScene) -> None:
    """Leave out pyqtgraph's hover pass after a click released where the mouse already hovers.

    After every release pyqtgraph searches the scene again (in Python) so that
    the items under the mouse can prepare for the next click.  After a plain
    click nothing under the mouse has changed since the hover that brought it
    there, and that search is a tenth of the click's time.  It still runs
    after a drag (the view moved under the mouse), after any move, and when
    the scene lacks the attributes this relies on.
    """
    original = scene.sendHoverEvents

    def send(ev, exitOnly=False):  # noqa: N803 - pyqtgraph's name
        last = getattr(scene, "lastHoverEvent", None)
        repeated = (
            not exitOnly and last is not None and getattr(last, "acceptable", False)
            and ev.type() == QEvent.Type.GraphicsSceneMouseRelease and not ev.buttons()
            and ev.scenePos() == last.scenePos()
        )
        if not repeated:
            original(ev, exitOnly)

    scene.sendHoverEvents = send


class GridPlot(QWidget):
    """Base of the views that draw named grids of cells (one item per grid).

    Subclasses put :attr:`view` (the pyqtgraph canvas) in their layout, draw in ``_show_result(wt)`` and ``_show_selection(...)``,
    record what they draw in ``_values`` and ``_marks``, and handle clicks
    in ``_on_click(grid, row, col)``; they call :meth:`follow_state` once
    their widgets exist.  The view keeps the keyboard focus itself (the
    pyqtgraph canvas inside takes none), so keys reach the subclass's
    ``keyPressEvent`` wherever the user clicked.
    """

    def __init__(self, state: LabState, theme: Theme, grids: tuple[str, ...], parent=None):
        super().__init__(parent)
        self.state = state
        self.theme = theme
        self.font_scale = 1.0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view = pg.GraphicsLayoutWidget()
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setBackground(theme.background)
        self.viewbox = pg.ViewBox(enableMenu=False, lockAspect=True, invertY=True)
        self.view.addItem(self.viewbox)
        self.view.installEventFilter(self)  # the hint follows the canvas's size
        _skip_repeated_release_hover(self.view.scene())
        self.items: dict[str, GridItem] = {}
        self.captions: dict[str, CaptionItem] = {}
        for name in grids:
            self.add_grid(name)
        self.overlay = OverlayItem()
        self.viewbox.addItem(self.overlay)
        self.hint = QLabel(self.tr("Wheel: zoom \u00b7 drag: pan \u00b7 Ctrl+0: fit"), self.view)
        self.hint.setObjectName("zoomHint")
        self.hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._style_hint()
        self._layout_key: tuple | None = None
        self._values: dict[str, np.ndarray] = {}
        self._marks: list[tuple[str, int, int, str]] = []

    def add_grid(self, name: str) -> GridItem:
        """A new :class:`GridItem` called ``name`` whose clicks reach ``_on_click``."""
        item = GridItem(name)
        item.cellClicked.connect(lambda r, c, n=name: self._on_click(n, r, c))
        item.cellDoubleClicked.connect(lambda r, c, n=name: self._on_double_click(n, r, c))
        self.viewbox.addItem(item)
        self.items[name] = item
        return item

    def add_caption(self, name: str) -> CaptionItem:
        caption = CaptionItem(self.theme.caption)
        self.viewbox.addItem(caption)
        self.captions[name] = caption
        return caption

    def lay_out_with_explanation(self, button: QPushButton) -> None:
        """Lay out the canvas, the explanation below it, and ``button`` at the bottom right.

        Makes :attr:`explanation` (the sentences' label) and
        :attr:`explanation_area`, which never takes the grids' room.
        """
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setContentsMargins(8, 2, 8, 2)
        row = QHBoxLayout()
        row.setContentsMargins(8, 0, 8, 4)
        row.addStretch(1)
        row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        self.explanation_area = ExplanationArea(self.explanation, self)
        layout.addWidget(self.explanation_area)
        layout.addLayout(row)

    def cell_marks(self, cells) -> list[Mark]:
        """The highlight marks of ``cells``, each ``(grid, row, col, style[, label[, rows[, cols]]])``.

        Parameters
        ----------
        cells : iterable of tuple
            ``grid`` names one of :attr:`items`; ``row, col`` is the top-left
            cell in the grid's own cells; ``style`` is a highlight style of
            :func:`.overlay_item.mark`; ``label`` is text drawn in the mark
            (""); ``rows, cols`` is how many cells the mark covers (1, 1).
            A :class:`~.highlights.Highlight` is such a tuple.

        Returns
        -------
        list of Mark
        """
        corners = {name: (item.pos().x(), item.pos().y()) for name, item in self.items.items()}
        theme = self.theme
        marks = []
        for cell in cells:
            # Missing trailing fields take their defaults: no label, one cell.
            grid, row, col, style, label, rows, cols = (*cell, *_CELL_DEFAULTS[len(cell) - 4:])
            x, y = corners[grid]
            marks.append(mark(QRectF(x + col, y + row, cols, rows), style, theme, label))
        return marks

    def follow_state(self) -> None:
        """Connect to the state and draw its current result.

        A hidden view (a tab in the background) only notes that it is stale
        and draws when it is shown, so it costs nothing while unseen.
        """
        self._stale = False
        self.state.resultChanged.connect(self._result_changed)
        self.state.selectionChanged.connect(self._selection_changed)
        self._show_result(self.state.result)

    def _result_changed(self, wt) -> None:
        if self.isVisible():
            self._show_result(wt)
        else:
            self._stale = True

    def _selection_changed(self, selection) -> None:
        if self.isVisible() and not self._stale:
            self._show_selection(selection)
        else:
            self._stale = True

    def showEvent(self, ev) -> None:
        if getattr(self, "_stale", False):
            self._stale = False
            self._show_result(self.state.result)
            self._show_selection(self.state.selection)
        super().showEvent(ev)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self._place_hint()
        return False

    # -- the canvas, as a QGraphicsView would answer -------------------------
    def viewport(self) -> QWidget:
        """The widget the grids are painted on (mouse events go there)."""
        return self.view.viewport()

    def mapFromScene(self, point) -> QPoint:  # noqa: N802 - mirrors QGraphicsView
        """A scene point in :meth:`viewport` coordinates."""
        return self.view.mapFromScene(point)

    def setBackground(self, colour) -> None:  # noqa: N802 - mirrors pyqtgraph
        self.view.setBackground(colour)

    # -- reading, for tests and callers --------------------------------------
    def values(self, grid: str) -> np.ndarray:
        """The numbers drawn on ``grid`` now."""
        return np.array(self._values[grid])

    def highlighted(self, grid: str) -> set[tuple[int, int]]:
        """The single cells of ``grid`` highlighted now."""
        return {(r, c) for g, r, c, _ in self._marks if g == grid}

    def cell_centre(self, grid: str, row: int, col: int):
        """The viewport point at the centre of a cell."""
        item = self.items[grid]
        self.viewbox.updateMatrix()  # pyqtgraph applies a new range lazily
        return self.view.mapFromScene(item.mapToScene(col + 0.5, row + 0.5))

    def cell_pixels(self, grid: str = "output") -> float:
        """How many viewport pixels one cell of ``grid`` spans now."""
        item = self.items[grid]
        self.viewbox.updateMatrix()
        a = self.view.mapFromScene(item.mapToScene(QPointF(0, 0)))
        b = self.view.mapFromScene(item.mapToScene(QPointF(1, 1)))
        return float(min(abs(b.x() - a.x()), abs(b.y() - a.y())))

    def fit(self) -> None:
        """Zoom so that every grid and caption is in view."""
        fit_to_items(self.viewbox, [*self.items.values(), *self.captions.values()])

    # -- look ----------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.view.setBackground(theme.background)
        self._style_hint()
        self._layout_key = None
        self._show_result(self.state.result)

    def set_font_scale(self, scale: float) -> None:
        self.font_scale = scale
        self._layout_key = None
        self._place_hint()
        self._show_result(self.state.result)

    def _style_hint(self) -> None:
        self.hint.setStyleSheet(
            # One size at every font scale: a larger font enlarges the lesson, not this
            # hint, whose strip is taken from the grids.
            f"QLabel#zoomHint {{ color: {self.theme.caption}; background: transparent; "
            f"padding: 2px 6px; font-size: 13px; }}"
        )

    def _place_hint(self) -> None:
        """Keep the hint in the canvas's lower right corner, out of the grids' way."""
        self.hint.adjustSize()
        area = self.view.rect()
        self.hint.move(area.right() - self.hint.width() - 4, area.bottom() - self.hint.height() - 2)
        shown = self.hint.width() < 0.6 * area.width()
        self.hint.setVisible(shown)
        # The grids stop above the hint's strip, so it never covers a cell; every fit
        # (and the lesson's arrangement) reads the view box's size, which this sets.
        strip = self.hint.height() + 2 if shown else 0
        if strip != getattr(self, "_hint_strip", None):
            self._hint_strip = strip
            self.view.ci.setContentsMargins(0, 0, 0, strip)

    # -- for subclasses --------------------------------------------------------
    def _show_result(self, wt) -> None:  # pragma: no cover - every subclass draws
        raise NotImplementedError

    def _show_selection(self, *_) -> None:  # pragma: no cover
        raise NotImplementedError

    def _on_click(self, grid: str, row: int, col: int) -> None:
        """A click on a cell of ``grid``; views that select something override it."""

    def _on_double_click(self, grid: str, row: int, col: int) -> None:
        """A double click; by default the same as a click."""
        self._on_click(grid, row, col)
