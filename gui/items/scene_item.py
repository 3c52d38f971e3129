"""The base of the grids' scene items: graphics objects that follow no view.

pyqtgraph's items tell their view box of every move (for its auto-range) and
find the view they are in again at every change of parent (for items that
redraw on a zoom), in Python, for each change Qt reports.  The grids,
captions and highlights need neither: their owner places them and sets the
view's range (a fit), and they draw from the painter's transform.  They are
plain ``QGraphicsObject`` s: Qt handles their changes without calling into
Python.  pyqtgraph's scene still delivers its mouse and hover events to them
(it looks for ``mouseClickEvent`` and ``hoverEvent`` on any item).
"""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsObject

__all__ = ["SceneItem"]


class SceneItem(QGraphicsObject):
    """A graphics object placed by its owner, in a view box whose range the owner sets."""
