"""The zoom hint and the captions of every tab, as painted.

The hint ("Wheel: zoom · drag: pan · Ctrl+0: fit") belongs in the canvas's
lower right corner, below every cell; the Matrix Cᵀ tab's labels are as
large as the other tabs' captions.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRect
from PySide6.QtWidgets import QApplication

from convt_lab.gui.views import VIEW_MODULES
from tests.gui.test_readability import CROP, LESSON, build  # noqa: F401 - build is a fixture

SIZES = [(1280, 720), (1920, 1080)]
# The tabs drawn as grids on a canvas (the round trip is a table, the plan and practice forms).
GRID_TABS = ["gather", *[n for n in VIEW_MODULES if n not in ("roundtrip", "plan", "practice")]]


def shown_view(window, name):
    window.show_view(name)
    QApplication.processEvents()
    QApplication.processEvents()
    return window.views[name]


def item_rect(view, item) -> QRect:
    """Where ``item`` is painted, in the canvas's pixels."""
    rect = item.mapRectToScene(item.boundingRect())
    top_left = view.view.mapFromScene(rect.topLeft())
    bottom_right = view.view.mapFromScene(rect.bottomRight())
    return QRect(top_left, bottom_right).normalized()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("name", GRID_TABS)
def test_the_zoom_hint_sits_in_the_corner_below_every_cell(build, name, size) -> None:
    window = build(CROP, size=size)
    view = shown_view(window, name)
    hint = view.hint
    assert hint.isVisible()  # these canvases have room for it
    canvas = view.view.rect()
    box = hint.geometry()
    assert canvas.right() - box.right() <= 8 and canvas.bottom() - box.bottom() <= 8, (box, canvas)
    for grid, item in view.items.items():
        if item.isVisible():
            assert not item_rect(view, item).intersects(box), (grid, item_rect(view, item), box)
    window.close()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("params", [LESSON, CROP])
def test_matrix_labels_are_as_large_as_the_lessons_captions(build, size, params) -> None:
    window = build(params, size=size)
    lesson = window.grids
    caption = lesson.captions["output"]
    lesson_line = item_rect(lesson, caption).height() / caption.lines
    matrix = shown_view(window, "matrix")
    for name in ("matrix", "y"):
        label = matrix.captions[name]
        line = item_rect(matrix, label).height() / label.lines
        assert line >= 0.9 * lesson_line, (name, line, lesson_line)
    window.close()
