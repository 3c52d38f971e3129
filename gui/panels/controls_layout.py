"""The row under the grids: the animation controls beside the arithmetic, or above it.

Side by side, the arithmetic wraps in what the controls leave of the width;
at a large font that can be five or six lines, every one of them taken
from the grids.  Stacked, the arithmetic has the whole width and needs
fewer lines, but the controls take a row of their own.  The layout takes
whichever arrangement is shorter for the width it is given, so a larger
font costs the grids as little height as it can.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QWidget, QWidgetItem

__all__ = ["ControlsLayout"]

SPACING = 2


class ControlsLayout(QLayout):
    """Two widgets: ``controls`` (its preferred width) and ``text`` (height for width).

    ``text`` must answer ``heightForWidth``; ``controls`` keeps its
    preferred width when beside it and takes the whole width when above it.
    """

    def __init__(self, controls: QWidget, text: QWidget):
        # Without a parent: it goes into the lesson column's layout, so that a taller
        # text relays the column out in the same pass.
        super().__init__()
        self.setContentsMargins(0, 0, 0, 0)
        self._items = [QWidgetItem(controls), QWidgetItem(text)]
        self.addChildWidget(controls)
        self.addChildWidget(text)

    # -- QLayout's bookkeeping -------------------------------------------------
    def addItem(self, item) -> None:  # noqa: N802 - Qt override
        raise TypeError("ControlsLayout holds exactly its two widgets")

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802 - Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # -- the two arrangements --------------------------------------------------
    def _heights(self, width: int) -> tuple[int, int]:
        """The row's height side by side and stacked, at ``width``."""
        controls, text = self._items
        hint = controls.sizeHint()
        beside_width = max(1, width - hint.width() - SPACING)
        beside = max(controls.heightForWidth(hint.width()) if controls.hasHeightForWidth()
                     else hint.height(), text.heightForWidth(beside_width))
        above = (controls.heightForWidth(width) if controls.hasHeightForWidth()
                 else hint.height())
        stacked = above + SPACING + text.heightForWidth(width)
        return beside, stacked

    def stacked(self, width: int) -> bool:
        """Whether the controls go above the text at ``width`` (that is shorter)."""
        beside, stacked = self._heights(width)
        return stacked < beside

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return min(self._heights(width))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        controls, text = self._items
        width = controls.sizeHint().width() + SPACING + text.sizeHint().width()
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        controls, text = self._items
        # Never wider than the controls: the row may always stack.
        width = max(controls.minimumSize().width(), text.minimumSize().width())
        return QSize(width, max(controls.minimumSize().height(), text.minimumSize().height()))

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation.Horizontal

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        controls, text = self._items
        hint = controls.sizeHint()
        if self.stacked(rect.width()):
            above = (controls.heightForWidth(rect.width()) if controls.hasHeightForWidth()
                     else hint.height())
            controls.setGeometry(QRect(rect.x(), rect.y(), rect.width(), above))
            top = rect.y() + above + SPACING
            text.setGeometry(QRect(rect.x(), top, rect.width(), rect.bottom() - top + 1))
        else:
            width = min(hint.width(), rect.width())
            high = (controls.heightForWidth(width) if controls.hasHeightForWidth()
                    else hint.height())
            controls.setGeometry(QRect(rect.x(), rect.y(), width, min(high, rect.height())))
            left = rect.x() + width + SPACING
            text.setGeometry(QRect(left, rect.y(), rect.right() - left + 1, rect.height()))
