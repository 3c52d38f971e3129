"""The base of the grids' scene items: pyqtgraph items that follow no view.

pyqtgraph's items tell their view box of every move (for its auto-range) and
find the view they are in again at every change of parent (for items that
redraw on a zoom), in Python, for each change Qt reports.  The grids,
captions and highlights need neither: their owner places them and sets the
view's range (a fit), and they draw from the painter's transform.  Qt's own
``itemChange`` handles their changes, and a move reports none.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject

__all__ = ["SceneItem"]


class SceneItem(pg.GraphicsObject):
    """A :class:`pg.GraphicsObject` placed by its owner, in a view whose range the owner sets."""

    def __init__(self, parent: QGraphicsItem | None = None):
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, False)

    def itemChange(self, change, value):  # noqa: D102 - Qt override
        return QGraphicsObject.itemChange(self, change, value)
