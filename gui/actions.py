"""The window's actions, with their shortcuts."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

__all__ = ["Actions", "make_actions"]


@dataclass
class Actions:
    quit: QAction
    fit: QAction
    clear_selection: QAction


def make_actions(parent: QWidget) -> Actions:
    """Create the actions, owned by ``parent``; the window wires them up."""

    def action(text: str, shortcut) -> QAction:
        a = QAction(text, parent)
        a.setShortcut(QKeySequence(shortcut))
        parent.addAction(a)
        return a

    return Actions(
        quit=action(QCoreApplication.translate("actions", "&Quit"), QKeySequence.StandardKey.Quit),
        fit=action(QCoreApplication.translate("actions", "&Fit all grids"), "Ctrl+0"),
        clear_selection=action(QCoreApplication.translate("actions", "C&lear selection"), "Esc"),
    )
