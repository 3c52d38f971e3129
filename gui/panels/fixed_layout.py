"""A layout that holds a fixed set of widgets and places them itself."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QWidget, QWidgetItem

__all__ = ["FixedLayout"]


class FixedLayout(QLayout):
    """QLayout's bookkeeping for exactly ``widgets``; subclasses write ``setGeometry``."""

    def __init__(self, widgets: list[QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self.setContentsMargins(0, 0, 0, 0)
        self._items = [QWidgetItem(w) for w in widgets]
        for w in widgets:
            self.addChildWidget(w)

    def addItem(self, item) -> None:  # noqa: N802 - Qt override
        raise TypeError(f"{type(self).__name__} holds exactly its widgets")

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802 - Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None
