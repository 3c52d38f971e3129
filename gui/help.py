"""Help for the keyboard: the shortcuts dialog (F1) and short on-screen hints.

The dialog reads the window's menus, so it lists exactly the actions and keys
the window has, in its current language, and never goes stale.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

__all__ = [
    "HINT_MS", "FlashHint", "ShortcutsDialog", "flash_hint", "hide_flash_hints", "presentation_spot",
    "shortcut_rows", "show_first_run_hint",
]

#: How long a transient hint stays on screen.
HINT_MS = 4000
HINT_MARGIN = 8  # between a hint and the edges it keeps clear of


def _plain(text: str) -> str:
    """A menu text without its mnemonic (``&Open``, Chinese ``打开(&O)``) and trailing dots."""
    text = re.sub(r"\(&\w\)", "", text.replace("&&", "\0"))
    return text.replace("&", "").replace("\0", "&").rstrip("\u2026.")


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every action in the window's menus that has a shortcut."""
    rows = []

    def walk(menu: QMenu, title: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{title} \u203a {_plain(action.menu().title())}")
            elif action.shortcuts():
                keys = ", ".join(
                    k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
                )
                rows.append((title, _plain(action.text()), keys))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), _plain(top.menu().title()))
    return rows


class ShortcutsDialog(QDialog):
    """A table of every keyboard shortcut of ``window``."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Command"), self.tr("Keys")])
        for n, row in enumerate(rows):
            for col, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(n, col, item)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        note = QLabel(self.tr(
            "These keys work wherever the focus is, except in a field you type into "
            "(a cell, the target size, the Plan tab's boxes, Practice's answers); "
            "a parameter box, a list or a menu box keeps Up and Down, and a slider its arrows. "
            "The mouse wheel zooms the grids; Ctrl+0 fits them again."
        ))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(self.table.horizontalHeader().length() + 80, 520)


def show_shortcuts(window: QMainWindow) -> ShortcutsDialog:
    """Open the shortcuts dialog over ``window`` (not modal, so keys can be tried)."""
    dialog = window.findChild(ShortcutsDialog)
    if dialog is None:
        dialog = ShortcutsDialog(window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.activateWindow()
    return dialog


class FlashHint(QLabel):
    """A dark pill over ``window`` for a while, placed by ``place`` and placed again as it changes.

    ``place(size)`` gives the pill's rectangle in the window's coordinates
    (by default: the top centre).  The pill follows every resize of the
    window and of its tabs, and a switch of tab, and it is never wider than
    the window: a narrow window wraps its text rather than cut it off.
    """

    def __init__(self, window: QWidget, text: str, place=None):
        super().__init__(text, window)
        self.setObjectName("flashHint")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.setFont(font)
        self.setStyleSheet(
            "QLabel#flashHint { background: rgba(0, 0, 0, 200); color: white;"
            " border-radius: 8px; padding: 10px 18px; }"
        )
        self._place = place or (lambda size: QRect(QPoint((window.width() - size.width()) // 2, 24),
                                                   size))
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self.follow)
        window.installEventFilter(self)
        self.follow()

    def follow(self) -> None:
        """Size the pill for the window's width, and put it where ``place`` says, inside the window."""
        window = self.parentWidget()
        for watched in _followed(window):
            watched.installEventFilter(self)  # installed again: still one filter
        room = window.rect().adjusted(HINT_MARGIN, HINT_MARGIN, -HINT_MARGIN, -HINT_MARGIN)
        self.setWordWrap(False)
        size = self.sizeHint()
        if size.width() > room.width():
            self.setWordWrap(True)
            size = QSize(room.width(), self.heightForWidth(room.width()))
        self.resize(size)
        rect = self._place(size)
        x = min(max(rect.x(), room.left()), room.right() - size.width() + 1)
        y = min(max(rect.y(), room.top()), room.bottom() - size.height() + 1)
        self.move(x, y)
        self.raise_()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show,
                            QEvent.Type.Hide):
            self._later.start()  # once the layouts have moved the panels: one move for them all
        return False


def _followed(window: QWidget) -> list[QWidget]:
    """The widgets whose changes move the pill: the tabs, their pages, the grids' canvases and hints."""
    from convt_lab.gui.views.grid_plot import GridPlot

    tabs = getattr(window, "tabs", None)
    if tabs is None:
        return []
    pages = [tabs.widget(i) for i in range(tabs.count())]
    views = [view for page in pages for view in (page, *page.findChildren(GridPlot))
             if isinstance(view, GridPlot)]
    return [tabs, *pages, *(w for view in views for w in (view.viewport(), view.hint))]


def flash_hint(window: QWidget, text: str, ms: int = HINT_MS, place=None) -> QLabel:
    """Show ``text`` in a dark pill over ``window`` for ``ms`` milliseconds (see :class:`FlashHint`)."""
    hide_flash_hints(window)
    label = FlashHint(window, text, place)
    label.show()
    QTimer.singleShot(ms, label, label.deleteLater)
    return label


def hide_flash_hints(window: QWidget) -> None:
    """Take every pill off ``window`` at once."""
    for old in window.findChildren(QLabel, "flashHint"):
        old.hide()
        old.deleteLater()


def presentation_spot(window: QWidget, size: QSize) -> QRect:
    """Where the presentation pill covers no text: in the canvas, clear of the grids.

    On a tab that draws grids, the place nearest the canvas's lower right
    corner that touches no grid, caption or zoom hint (tried at the canvas's
    edges and next to each of them); if none is clear, the one that covers
    the least.  Other tabs: the lower right corner of the tab.
    """
    from convt_lab.gui.views.grid_plot import GridPlot

    page = window.tabs.currentWidget()
    view = page if isinstance(page, GridPlot) else page.findChild(GridPlot)
    widget = view.viewport() if view is not None else page
    area = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    area = area.adjusted(HINT_MARGIN, HINT_MARGIN, -HINT_MARGIN, -HINT_MARGIN)
    w, h = size.width(), size.height()
    corner = QPoint(area.right() - w + 1, area.bottom() - h + 1)
    if view is None:
        return QRect(corner, size)
    taken = _drawn(window, view)
    xs = {area.left(), corner.x(), *(r.right() + 1 for r in taken), *(r.left() - w for r in taken)}
    ys = {area.top(), corner.y(), *(r.bottom() + 1 for r in taken), *(r.top() - h for r in taken)}
    spots = [QRect(x, y, w, h) for x in xs for y in ys
             if area.left() <= x <= corner.x() and area.top() <= y <= corner.y()]

    def covered(spot: QRect) -> tuple[int, int]:
        cover = sum(r.intersected(spot).width() * r.intersected(spot).height()
                    for r in taken if r.intersects(spot))
        return cover, (corner - spot.topLeft()).manhattanLength()

    return min(spots, key=covered, default=QRect(corner, size))


def _drawn(window: QWidget, view) -> list[QRect]:
    """The grids, captions and zoom hint of ``view``, in the window's coordinates."""
    view.viewbox.updateMatrix()
    origin = view.viewport().mapTo(window, QPoint(0, 0))
    rects = [view.view.mapFromScene(item.sceneBoundingRect()).boundingRect().translated(origin)
             for item in (*view.items.values(), *view.captions.values()) if item.isVisible()]
    if view.hint.isVisible():
        rects.append(QRect(view.hint.mapTo(window, QPoint(0, 0)), view.hint.size()))
    return [r.adjusted(-HINT_MARGIN // 2, -HINT_MARGIN // 2, HINT_MARGIN // 2, HINT_MARGIN // 2)
            for r in rects]


def presentation_hint() -> str:
    return QCoreApplication.translate("help", "Presentation mode \u2014 Esc or F11 to leave")


def first_run_hint() -> str:
    return QCoreApplication.translate(
        "help",
        "Start here: click any cell to see where it comes from or goes, and press "
        "Next step (PgDown) to walk through the lesson. F1 lists the keys.",
    )


def show_first_run_hint(window: QMainWindow) -> QLabel:
    """A one-line hint in the status bar that stays until the first click or step."""
    label = QLabel(first_run_hint())
    label.setObjectName("firstRunHint")
    window.statusBar().addPermanentWidget(label, 1)
    state = window.state

    def done(*_) -> None:
        for signal in (state.selectionChanged, state.stepChanged):
            signal.disconnect(done)
        window.statusBar().removeWidget(label)
        label.deleteLater()

    state.selectionChanged.connect(done)
    state.stepChanged.connect(done)
    return label


def add_help_menu(window: QMainWindow, act) -> QAction:
    """The Help menu with "Keyboard shortcuts" (F1); ``act`` makes a named action."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("actions", "&Help"))
    action = act("shortcuts", QCoreApplication.translate("actions", "&Keyboard shortcuts"), "F1")
    action.triggered.connect(lambda: show_shortcuts(window))
    menu.addAction(action)
    menu.addAction(act("misconceptions", QCoreApplication.translate("actions", "&Misconceptions\u2026")))
    return action
