"""Help for the keyboard: the shortcuts dialog (F1) and short on-screen hints.

The dialog reads the window's menus, so it lists exactly the actions and keys
the window has, in its current language, and never goes stale.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, QTimer
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

__all__ = ["HINT_MS", "ShortcutsDialog", "flash_hint", "shortcut_rows", "show_first_run_hint"]

#: How long a transient hint stays on screen.
HINT_MS = 4000


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


def flash_hint(window: QWidget, text: str, ms: int = HINT_MS) -> QLabel:
    """Show ``text`` in a dark pill at the top centre of ``window`` for ``ms`` milliseconds."""
    for old in window.findChildren(QLabel, "flashHint"):
        old.deleteLater()
    label = QLabel(text, window)
    label.setObjectName("flashHint")
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    label.setFont(font)
    label.setStyleSheet(
        "QLabel#flashHint { background: rgba(0, 0, 0, 200); color: white;"
        " border-radius: 8px; padding: 10px 18px; }"
    )
    label.adjustSize()
    label.move((window.width() - label.width()) // 2, 24)
    label.raise_()
    label.show()
    QTimer.singleShot(ms, label, label.deleteLater)
    return label


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
