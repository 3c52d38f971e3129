"""The weight written in a highlighted cell stays inside that cell, however long the weight.

The window's own colour for the kernel window (the light theme's #D55E00) is looked for
in the painted pixels of the cells beside the highlighted ones: a label that spilled
over would leave it there.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor

from convt_lab import core
from convt_lab.gui.model.document import Document
from convt_lab.gui.state import LabState
from convt_lab.gui.views.gather_view import GridsView
from tests.gui.helpers import show, wait_painted

WINDOW = QColor("#D55E00")


def _orange_inside(view, image, grid: str, row: int, col: int) -> int:
    """Pixels of the kernel window's colour in the lower part of cell (row, col), where a
    label is written, clear of the cell's edges (outlines lie there)."""
    item = view.items[grid]
    a = view.view.mapFromScene(item.mapToScene(col + 0.12, row + 0.5))
    b = view.view.mapFromScene(item.mapToScene(col + 0.88, row + 0.9))
    found = 0
    for y in range(a.y(), b.y()):
        for x in range(a.x(), b.x()):
            c = image.pixelColor(x, y)
            if abs(c.red() - WINDOW.red()) + abs(c.green() - WINDOW.green()) + abs(
                    c.blue() - WINDOW.blue()) < 60:
                found += 1
    return found


def test_long_weights_stay_in_their_cells(qtbot) -> None:
    w = np.array([[1.5, -2.25, 3333.3333], [-1e-3, 5.0, 6e7], [7.125, -8.0, 9.99999]])
    doc = Document(params=core.ConvTParams(), w=w[None, None])
    state = LabState(doc)
    view = show(qtbot, GridsView(state), (1280, 600))
    state.select(("output", 2, 2))  # taps on padded rows/cols 2..4, each with its ×w label
    wait_painted(qtbot, view.view)
    image = view.view.grab().toImage()
    cell = view.cell_pixels("padded")
    assert cell >= 40  # room for labels at all
    # The cells left of the window's columns and the ones right of it: no label spills there.
    for row in (2, 3, 4):
        assert _orange_inside(view, image, "padded", row, 1) == 0, row
        assert _orange_inside(view, image, "padded", row, 5) == 0, row
    # And the labels are there: orange text inside the window's cells.
    assert _orange_inside(view, image, "padded", 3, 3) > 0
