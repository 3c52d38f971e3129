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
from PySide6.QtWidgets import QWidget

from convt_lab.gui.panels.fixed_layout import FixedLayout

__all__ = ["ControlsLayout"]

SPACING = 2


class ControlsLayout(FixedLayout):
    """Two widgets: ``controls`` (its preferred width) and ``text`` (height for width).

    ``text`` must answer ``heightForWidth``; ``controls`` keeps its
    preferred width when beside it and takes the whole width when above it.
    """

    def __init__(self, controls: QWidget, text: QWidget):
        # Without a parent: it goes into the lesson column's layout, so that a taller
        # text relays the column out in the same pass.
        super().__init__([controls, text])

    # -- the two arrangements --------------------------------------------------
    def _controls_height(self, width: int) -> int:
        controls = self._items[0]
        return (controls.heightForWidth(width) if controls.hasHeightForWidth()
                else controls.sizeHint().height())

    def _heights(self, width: int, text_height=None) -> tuple[int, int]:
        """The row's height side by side and stacked, at ``width``.

        ``text_height(width)`` is the text's height at a width (by default,
        what the text answers).
        """
        text_height = text_height or self._items[1].heightForWidth
        if self._items[1].isEmpty():  # the text is hidden: the controls alone
            text_height = lambda width: 0  # noqa: E731
        beside_width = self._items[0].sizeHint().width()
        beside = max(self._controls_height(beside_width),
                     text_height(max(1, width - beside_width - SPACING)))
        stacked = self._controls_height(width) + SPACING + text_height(width)
        return beside, stacked

    def height_with(self, text_height, width: int) -> int:
        """The row's height at ``width`` if the text took ``text_height(width)`` pixels."""
        return min(self._heights(width, text_height))

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
        if self.stacked(rect.width()):
            above = self._controls_height(rect.width())
            controls.setGeometry(QRect(rect.x(), rect.y(), rect.width(), above))
            top = rect.y() + above + SPACING
            text.setGeometry(QRect(rect.x(), top, rect.width(), rect.bottom() - top + 1))
        else:
            width = min(controls.sizeHint().width(), rect.width())
            high = min(self._controls_height(width), rect.height())
            controls.setGeometry(QRect(rect.x(), rect.y(), width, high))
            left = rect.x() + width + SPACING
            text.setGeometry(QRect(left, rect.y(), rect.right() - left + 1, rect.height()))
