"""The main window: it assembles the panels (its actions live in :mod:`.window_actions`).

A narrow side column holds the parameters, channels and the legend of the
shown tab; it yields to the grids when the font is large (its toggle sits at
the left of the tab bar).  The rest is one column: the step text (as tall as
it needs, never clipped), the tabs with the grids (everything left over),
and the animation controls with the arithmetic beside them, or above it
when that is shorter.  A larger font scale enlarges the text the class
reads; the menu and status bars keep the system's size.  When the
language, theme or font scale changes the panels and menus are built again
around the same state.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from convt_lab.gui.actions import (
    AfterFirstPaint,
    build_actions,
    install_key_router,
    show_menu_titles,
)
from convt_lab.gui.panels.animation_bar import AnimationBar
from convt_lab.gui.animator import Animator
from convt_lab.gui.panels.arithmetic_panel import ArithmeticPanel
from convt_lab.gui.panels.cell_editor import CellEditor
from convt_lab.gui.panels.channel_panel import ChannelPanel
from convt_lab.gui.panels.controls_layout import ControlsLayout
from convt_lab.gui.views.gather_view import GridsView
from convt_lab.gui.i18n import install_language
from convt_lab.gui.panels.legend import Legend
from convt_lab.gui.panels.lesson_panel import LessonPanel
from convt_lab.gui.panels.param_panel import ParamPanel
from convt_lab.gui.panels.side_panel import SidePanel
from convt_lab.gui.window_actions import WindowActions
from convt_lab.gui.window_cells import CellHandlers
from convt_lab.gui.window_text import TextSizing
from convt_lab.gui.panels.target_size import TargetSizeBox
from convt_lab.gui.state import LabState
from convt_lab.gui.texts import view_titles, view_tooltips
from convt_lab.gui.model.document import STILL_VIEWS
from convt_lab.gui.views import VIEW_MODULES
from convt_lab.gui.theme import THEMES, apply_palette


__all__ = ["MainWindow"]

PRESENTING_CAPTIONS = 1.4  # the grids' captions, larger for the back of the room
#: Tabs without output cells to click: no sum, no hint to click one.
NO_CELLS = STILL_VIEWS


class MainWindow(CellHandlers, WindowActions, TextSizing, QMainWindow):
    """The assembled window around one :class:`LabState`."""

    def __init__(self, state: LabState, settings=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.settings = settings
        self.animator = Animator(state, self)
        self._base_font = QApplication.font()
        self._hovered_grid: str | None = None
        self._init_text_sizing()
        self.presenting = False
        self._built_for: tuple | None = None
        self._apply_font()
        apply_palette(THEMES[self.theme_name])
        self._build()
        # Connected once: the window outlives every rebuild, so a connection
        # made in _build would add one more receiver per theme or language.
        state.resultChanged.connect(self._close_stale_editor)
        state.documentChanged.connect(self._document_changed)
        state.stepChanged.connect(self._match_text_to_cells)  # a new step text, on any tab

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt override
        # Appearing, the window sizes its tabs twice; the lesson's grids are laid out
        # once, for the size they are shown at, before they are first painted.
        self.grids.hold_layout(visible and not self.isVisible())
        try:
            super().setVisible(visible)
        finally:
            self.grids.hold_layout(False)

    # -- the document's view part --------------------------------------------
    @property
    def language(self) -> str:
        return self.state.document.language

    @property
    def theme_name(self) -> str:
        return self.state.document.theme

    @property
    def font_scale(self) -> float:
        return self.state.document.font_scale

    @property
    def text_scale(self) -> float:
        """The scale the window's text is drawn at: the font scale, or 1 while presenting.

        Presentation mode sizes its text by the room instead: the step text and
        the arithmetic are as large as the cell numbers, whatever the font
        scale, so a larger font scale cannot take the grids' room there.
        """
        return 1.0 if self.presenting else self.font_scale

    def apply_document(self, document, text: str | None = None) -> None:
        """Show ``document``: its content as one undo step, then everything else it holds.

        The one way a whole document (a session file, the command line) is
        applied to a running window.
        """
        self.animator.stop()
        self.state.apply(document, text if text is not None else (lambda: self.tr("Open session")))
        self.state.select(document.fitting(document.selection))
        self.state.set_step(document.step - 1)
        if document.language != self.language:
            self.set_language(document.language)
        self.state.set_presentation(theme=document.theme, font_scale=document.font_scale)
        self.show_view(document.view)
        self.grids.fit()

    def _document_changed(self, document) -> None:
        """Rebuild what depends on the language, theme or font scale when they change."""
        if self.tabs.currentWidget() is not self._tab_pages.get(document.view):
            self.show_view(document.view)  # a view asked for another tab (a link)
        key = (document.language, document.theme, document.font_scale)
        if key == self._built_for:
            return
        if document.language != self._built_for[0]:
            self.statusBar().clearMessage()  # said in the old language
        if document.font_scale != self._built_for[2]:
            self._apply_font()
        apply_palette(THEMES[document.theme])
        self._build()
        for name, value in (("language", document.language), ("theme", document.theme),
                            ("font_scale", document.font_scale)):
            if self.settings is not None:
                setattr(self.settings, name, value)

    # -- assembly ----------------------------------------------------------
    def _build(self) -> None:
        """Create the panels, menus and connections (again after a language change)."""
        # A zoom by hand and a paused or playing view's frame go on in the new panels.
        held = self.grids.held_view() if hasattr(self, "grids") else None
        self.animator.carry_over()
        self._built_for = (self.language, self.theme_name, self.font_scale)
        state = self.state
        self.setWindowTitle(self.tr("ConvT Lab \u2014 transposed convolution, step by step"))
        theme = THEMES[self.theme_name]
        self.params = ParamPanel(state)
        self.lesson = LessonPanel(state)
        self.legend = Legend(theme)
        self.grids = GridsView(state, theme, self.text_scale)
        self.grids.set_caption_scale(PRESENTING_CAPTIONS if self.presenting else 1.0)
        self.animation = AnimationBar(self.animator)
        self.arithmetic = ArithmeticPanel(state)
        self.arithmetic.set_scale(self.text_scale)
        self.lesson.set_scale(self.text_scale)
        self.lesson.set_steady(self.presenting)  # one grid size across the steps while presenting
        self.editor = CellEditor(self.grids.viewport())
        self.grids.fitted.connect(self._match_text_to_cells)
        self.grids.fitted.connect(self._sum_timer.start)
        self.channels = ChannelPanel(state)
        wanted = self.side.wanted if hasattr(self, "side") else None
        # forward(x, output_size=...) picks op: the target size sits under the parameters.
        self.side = SidePanel(self.params, TargetSizeBox(state), self.channels, self.legend,
                              wanted=wanted)
        self.tabs = self._build_tabs()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self.side)
        split.addWidget(self._lesson_area())
        split.setStretchFactor(1, 1)
        self.setCentralWidget(split)  # deletes the previous panels
        # Made now, so that the first message does not resize the grids.  The menu bar
        # and status bar are for the person at the keyboard: they keep the system's
        # font, and a larger font scale leaves their height to the grids.
        self.statusBar().setFont(self._base_font)
        self.menuBar().setFont(self._base_font)
        self._size_controls()
        if hasattr(self, "_actions"):  # built again: the menus follow the new language at once
            self._wire(build_actions(self))
        else:
            # The menus are filled right after the first paint (or when first asked
            # for): some sixty actions need not hold up the window's appearance.
            self._actions = None
            show_menu_titles(self)
            install_key_router(self)
            self._menus_after = AfterFirstPaint(self.grids.viewport(), lambda: self.actions_)
        self.grids.cellHovered.connect(self._hovered)
        self.grids.editRequested.connect(self._edit_cell)
        self.editor.committed.connect(self._cell_committed)
        self.grids.viewbox.sigTransformChanged.connect(self._follow_editor)
        self.editor.rejected.connect(self._cell_rejected)
        self._show_side()
        self.grids.setFocus()
        if held is not None:
            self.grids.hold_range(*held)

    def _build_tabs(self) -> QTabWidget:
        """The views as tabs, the side panel's toggle at their left."""
        state = self.state
        tabs = QTabWidget()
        tabs.setObjectName("views")
        tabs.setDocumentMode(True)  # no frame: the grids reach the window's edges
        names, tips = view_titles(), view_tooltips()
        tabs.addTab(self.grids, names["gather"])
        tabs.setTabToolTip(0, tips["gather"])
        # The deeper views are built when their tab is first shown, which keeps
        # start-up and every parameter change as fast as the lesson alone.
        self.views = {"gather": self.grids}
        self._tab_pages = {"gather": self.grids}
        for key in VIEW_MODULES:
            page = QWidget()
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self._tab_pages[key] = page
            tabs.setTabToolTip(tabs.addTab(page, names[key]), tips[key])
        self.tabs = tabs
        tabs.setCurrentWidget(self._tab_pages[state.document.view])
        self.view(state.document.view)
        self.legend.set_view(state.document.view)
        tabs.currentChanged.connect(self._tab_shown)
        tabs.setCornerWidget(self.side.button, Qt.Corner.TopLeftCorner)
        return tabs

    def _lesson_area(self) -> QWidget:
        """The step text, the tabs, and a row with the animation and the arithmetic.

        The text above and below the grids takes the height it needs and no
        more: it is never clipped, and the grids get everything else.
        """
        area = QWidget()
        area.setObjectName("lessonArea")
        column = QVBoxLayout(area)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.lesson)
        column.addWidget(self.tabs, 1)
        self._controls_row = ControlsLayout(self.animation, self.arithmetic)
        column.addLayout(self._controls_row)
        self._show_controls(self.state.document.view)
        return area

    def _show_controls(self, view: str) -> None:
        """The sum and the animation bar, on the tabs that show output cells.

        Round trip and Plan have no cells to step through: the bar is hidden
        there and its keys do nothing (the lesson keeps its paused cell for
        when it comes back).  Practice shows the sum, and the lesson's step
        text, once its lesson grids are out (``cells_shown``): until then the
        step text tells of a case the exercise is not.
        """
        page = self.views.get(view)
        waiting = not getattr(page, "cells_shown", lambda: True)()
        self.arithmetic.setVisible(view not in NO_CELLS and not waiting)
        self.lesson.setVisible(not waiting)
        animated = self._animated = view not in NO_CELLS
        if not animated:
            self.animator.pause()
        self.animation.setVisible(animated)
        self._animation_keys(animated)

    def _show_side(self) -> None:
        self.side.show_for(self.font_scale, self.presenting)

    def _size_controls(self) -> None:
        """The tab names and the animation's controls: a gentle share of the font scale.

        They grow with the square root of the scale (as the arithmetic does):
        readable, leaving the grids room.  In presentation mode they keep the
        system's size (:attr:`text_scale`).
        """
        font = QFont(self._base_font)
        font.setPointSizeF(self._base_font.pointSizeF() * self.text_scale**0.5)
        for widget in (self.tabs.tabBar(), self.side.button, self.animation):
            widget.setFont(font)

    # -- commands ----------------------------------------------------------
    def set_language(self, language: str) -> bool:
        """Switch the language of every visible string; False if its catalogue is missing."""
        ok = install_language(QApplication.instance(), language)
        if not ok:
            self.statusBar().showMessage(
                self.tr("The translation for {lang} could not be loaded.").format(lang=language), 8000
            )
            self.actions_.languages[self.language].setChecked(True)
            return False
        self.state.set_presentation(language=language)
        return True

    def show_view(self, name: str) -> None:
        """Bring the view ``name`` (gather, scatter, matrix, overlap, roundtrip) to the front."""
        self.view(name)
        self.tabs.setCurrentWidget(self._tab_pages[name])

    def view(self, name: str) -> QWidget:
        """The view ``name``, built on first use."""
        if name not in self.views:
            from convt_lab.gui.views import view_class

            view = view_class(name)(self.state, THEMES[self.theme_name])
            view.set_font_scale(self.text_scale)
            self._tab_pages[name].layout().addWidget(view)
            self.views[name] = view
            if hasattr(view, "cellsShown"):
                view.cellsShown.connect(lambda: self._show_controls(self.state.document.view))
        return self.views[name]

    def _tab_shown(self, index: int) -> None:
        self._match_text_to_cells()  # presentation mode's text follows the tab's numbers
        for name, page in self._tab_pages.items():
            if self.tabs.widget(index) is page:
                self.view(name)
                self.legend.set_view(name)
                self._show_controls(name)
                self.state.set_presentation(view=name)

    def set_theme(self, name: str) -> None:
        self.state.set_presentation(theme=name)

    def set_font_scale(self, scale: float) -> None:
        self.state.set_presentation(font_scale=float(scale))

    def _apply_font(self) -> None:
        font = QFont(self._base_font)
        font.setPointSizeF(self._base_font.pointSizeF() * self.text_scale)
        QApplication.setFont(font)

    def set_presentation(self, on: bool) -> None:
        """Full screen with the controls and menus hidden (F11 toggles).

        The step text and the arithmetic grow to at least the size of the
        numbers in the cells, so the class reads them as easily.
        """
        if on == self.presenting:
            return  # the rebuilt menu's toggle, or a second F11 press already handled
        self.presenting = on
        if on:  # leaving puts the window back as it was: maximised, full screen or where it was
            self._shown_before = (self.windowState(), self.geometry())
        else:
            from convt_lab.gui.help import hide_flash_hints  # with presentation mode's hints

            hide_flash_hints(self)  # "Esc or F11 to leave" is done with
        if self.font_scale != 1.0:  # the text's scale changes: build the panels for it
            self._apply_font()
            self._build()
        self.menuBar().setVisible(not on)
        self.statusBar().setVisible(not on)
        self.showFullScreen() if on else self._show_as_before()
        self._show_side()
        self._size_controls()
        self.lesson.set_steady(on)
        self.grids.set_caption_scale(PRESENTING_CAPTIONS if on else 1.0)
        self._match_text_to_cells()
        # The window manager resizes the window later; fit the grids once it has.
        QTimer.singleShot(150, self.grids.fit)

    def _show_as_before(self) -> None:
        """The window state presentation mode started from: maximised, full screen or normal."""
        shown, geometry = getattr(self, "_shown_before", (Qt.WindowState.WindowNoState, None))
        if shown & Qt.WindowState.WindowFullScreen:
            self.showFullScreen()
        elif shown & Qt.WindowState.WindowMaximized:
            self.showMaximized()
        else:
            self.showNormal()
            if geometry is not None:
                self.setGeometry(geometry)

    def resizeEvent(self, ev) -> None:
        super().resizeEvent(ev)
        self.lesson._fold()  # the step text's share follows the window's height
        self._match_text_to_cells()  # and, presenting, its size the new cells

    def closeEvent(self, ev) -> None:
        self.animator.pause()
        if self.settings is not None:
            self.settings.geometry = self.saveGeometry()
            self.settings.params = self.state.params
            self.settings.sync()
        super().closeEvent(ev)
