"""What the grid views share: one zoomable pyqtgraph view of GridItems,
their captions, a highlight overlay, an on-screen hint for zooming, and the
read-outs the tests use.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QGraphicsView, QLabel, QPushButton, QWidget

from convt_lab.gui.items.caption_item import CaptionItem
from convt_lab.gui.items.grid_item import GridItem, fit_to_items, number_px
from convt_lab.gui.items.overlay_item import OverlayItem
from convt_lab.gui.panels.common import paint_text
from convt_lab.gui.state import LabState
from convt_lab.gui.views.caption_fit import FIT_PADDING, Arrangement, apply, largest_cell
from convt_lab.gui.views.text_split import ExplainedLayout, ExplanationArea
from convt_lab.gui.theme import Theme

__all__ = ["GridPlot"]


_CELL_DEFAULTS = ("", 1, 1)  # a cell's label, rows and cols when it leaves them out
CAPTION_LINE = 1.35  # a caption line, in the app font's line heights at 1x
CAPTION_GROWTH = 0.25  # captions grow with this power of the font scale
SMALL_LINE = 0.6  # a caption line, in cells, when the canvas is too small for any
HINT_PX = 13  # the zoom hint's text, at every font scale
TOLERANCE = 0.97  # an arrangement within this share of the largest cells is as good


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


def _paint_directly(view: pg.GraphicsLayoutWidget) -> None:
    """Let ``view`` paint its one-colour background itself, once per repaint.

    Its viewport was filled with the palette first and then covered with a
    cached copy of the background brush: two passes over every repainted
    pixel before any grid, at every click.  The view fills all it exposes
    with its background brush, so the viewport is opaque to Qt.
    """
    viewport = view.viewport()
    viewport.setAutoFillBackground(False)
    viewport.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
    view.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)


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
        self._caption_scale = 1.0
        self._auto = True  # fitted to the view; False once the user zooms or pans
        self._drawn = None  # the result drawn last
        self._line = SMALL_LINE  # a caption line, in cells; set by each layout
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view = pg.GraphicsLayoutWidget()
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setBackground(theme.background)
        _paint_directly(self.view)
        self.viewbox = pg.ViewBox(enableMenu=False, lockAspect=True, invertY=True)
        # The range is set by a fit (or the user): the view box need not follow its items.
        self.viewbox.disableAutoRange()
        self.view.addItem(self.viewbox)
        self.viewbox.sigRangeChangedManually.connect(self._zoomed_by_hand)
        self.viewbox.sigResized.connect(self._view_resized)
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

    def lay_out_with_explanation(self, button: QPushButton | None = None) -> None:
        """Lay out the canvas, the explanation below or beside it, and ``button`` under that.

        Makes :attr:`explanation` (the sentences' label) and
        :attr:`explanation_area`, which goes where the grids keep the larger cells.
        """
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setContentsMargins(8, 2, 8, 2)
        self.explanation_area = ExplanationArea(self.explanation)
        ExplainedLayout(self.view, self.explanation_area, button, self.cells_for,
                        lambda: self.font_scale, self)

    def show_cells(self, cells) -> None:
        """Highlight ``cells``, each ``(grid, row, col, style[, label[, rows[, cols]]])``, alone.

        Parameters
        ----------
        cells : iterable of tuple
            ``grid`` names one of :attr:`items`; ``row, col`` is the top-left
            cell in the grid's own cells; ``style`` is a highlight style of
            :func:`.overlay_item.mark`; ``label`` is text drawn in the mark
            (""); ``rows, cols`` is how many cells the mark covers (1, 1).
            A :class:`~.highlights.Highlight` is such a tuple.
        """
        corners = {}
        for name, item in self.items.items():
            pos = item.pos()
            corners[name] = (pos.x(), pos.y())
        # Missing trailing fields take their defaults: no label, one cell.
        self.overlay.set_cells(
            (cell if len(cell) == 7 else (*cell, *_CELL_DEFAULTS[len(cell) - 4:]) for cell in cells),
            corners, self.theme)

    def follow_state(self) -> None:
        """Connect to the state and draw its current result.

        A hidden view (a tab in the background) only notes that it is stale
        and draws when it is shown, so it costs nothing while unseen.
        """
        self._stale = False
        self.state.resultChanged.connect(self._result_changed)
        self.state.selectionChanged.connect(self._selection_changed)
        self._draw_result(self.state.result)

    def _draw_result(self, wt) -> None:
        self._drawn = wt
        self._show_result(wt)

    def _result_changed(self, wt) -> None:
        if self.isVisible():
            self._draw_result(wt)
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
            self._draw_result(self.state.result)
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

    def number_px(self, grid: str = "output") -> float:
        """The pixel size of the numbers written in ``grid``'s cells now."""
        return number_px(self.cell_pixels(grid), self.items[grid].widest)

    def main_number_px(self) -> float:
        """The pixel size of the numbers in the view's main grid (:attr:`MAIN_GRID`) now."""
        grid = getattr(self, "MAIN_GRID", None)
        return self.number_px(grid) if grid in self.items else 0.0

    def cell_pixels(self, grid: str = "output") -> float:
        """How many viewport pixels one cell of ``grid`` spans now."""
        item = self.items[grid]
        self.viewbox.updateMatrix()
        a = self.view.mapFromScene(item.mapToScene(QPointF(0, 0)))
        b = self.view.mapFromScene(item.mapToScene(QPointF(1, 1)))
        return float(min(abs(b.x() - a.x()), abs(b.y() - a.y())))

    def fit(self) -> None:
        """Zoom so that every grid and caption is in view."""
        self._auto = True
        fit_to_items(self.viewbox, self._fitted_items(), FIT_PADDING)

    def _fitted_items(self) -> list:
        """The items a fit keeps in view: every grid and caption."""
        return [*self.items.values(), *self.captions.values()]

    @property
    def auto_fitted(self) -> bool:
        """True until the user zooms or pans: resizes then fit the grids again."""
        return self._auto

    def _zoomed_by_hand(self, *_) -> None:
        self._auto = False

    def _laid_out(self) -> bool:
        """Whether the view has its size on screen (a new one has not, until shown)."""
        return self.view.isVisible() and self.viewbox.boundingRect().width() >= 50

    def _view_resized(self, *_) -> None:
        # A stale view (changed while hidden) is drawn afresh when shown, not here.
        if not (self._auto and self._laid_out()) or getattr(self, "_stale", False):
            return
        if self._drawn is not self.state.result:
            # Resized while the state's new result is on its way to this view (another
            # receiver moved the canvas first): draw that result, not the old one again.
            self._draw_result(self.state.result)
            self._show_selection(self.state.selection)
        else:
            self._relayout()

    def _relayout(self) -> None:
        """Place the grids again for the canvas's new size (views sized by :meth:`lay_out`)."""

    # -- captions in pixels, cells as large as the canvas allows -----------------
    def caption_px(self) -> float:
        """The height of one caption line in pixels: a little above the text's, growing gently.

        A larger font scale enlarges the captions with its fourth root: they
        are drawn in the grids' own room, so they grow without taking it.
        """
        base = QFontMetricsF(QApplication.font()).height() / self.font_scale
        return CAPTION_LINE * base * self.font_scale**CAPTION_GROWTH * self._caption_scale

    def lay_out(self, *arrangements: Arrangement) -> float:
        """Arrange the grids for the largest cells that fit the canvas; the caption line in cells.

        Each of ``arrangements`` places the grids and captions through the
        ``place`` it is given (see :mod:`.caption_fit`); captions are
        :meth:`caption_px` pixels tall.  The first arrangement within
        :data:`TOLERANCE` of the largest cells is kept, so the picture only
        changes its shape for a real gain.
        """
        rect = self.viewbox.boundingRect()
        width, height = rect.width(), rect.height()
        if width < 50 or height < 50:  # not laid out yet: the window's usual share
            width, height = 900.0, 450.0
        self._arrangements = arrangements
        self._cells_seen: dict[tuple[float, float], float] = {}
        line_px = self.caption_px()
        cells = [largest_cell(arrange, width, height, line_px) for arrange in arrangements]
        best = max(cells)
        chosen = next(k for k, cell in enumerate(cells) if cell >= TOLERANCE * best)
        # On a canvas too small for the captions at their size, they shrink with the
        # cells instead, and the fit zooms out to show everything.
        self._line = line_px / cells[chosen] if best > 0 else SMALL_LINE
        arrangements[chosen](self._line, apply)
        return self._line

    def cells_for(self, width: float, height: float) -> float:
        """The cell size in pixels the grids would get in a view of ``width`` × ``height`` pixels.

        The view's layout asks this to choose where its explanation goes.
        """
        arrangements = getattr(self, "_arrangements", ())
        if not arrangements or width < 50 or height < 50:
            return 0.0
        height -= getattr(self, "_hint_strip", 0)
        key = (width, height)
        if key not in self._cells_seen:  # a layout asks again for the same sizes
            line_px = self.caption_px()
            self._cells_seen[key] = max(largest_cell(arrange, width, height, line_px)
                                        for arrange in arrangements)
        return self._cells_seen[key]

    # -- look ----------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.view.setBackground(theme.background)
        self._style_hint()
        self._layout_key = None
        self._draw_result(self.state.result)

    def set_font_scale(self, scale: float) -> None:
        self.font_scale = scale
        self._layout_key = None
        self._place_hint()
        self._draw_result(self.state.result)

    def _style_hint(self) -> None:
        # One size at every font scale: a larger font enlarges the lesson, not this
        # hint, whose strip is taken from the grids.
        paint_text(self.hint, self.theme.caption, px=HINT_PX)
        self.hint.setContentsMargins(6, 2, 6, 2)

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
