"""What the quicker drawing paints: the same pixels as Qt's own lines, and the step text copied.

The grid lines are filled one-pixel rectangles; they are checked against what
Qt's stroked lines paint for the same geometry (the reference is Qt's raster
engine, not the app's own code).
"""

from __future__ import annotations

import random

import numpy as np
import pytest
from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen, QTransform
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from convt_lab.gui.items.grid_item import GridItem

SIZE = 260
LINE = "#555555"
FILL = (200, 220, 240)


def _pixels(image: QImage) -> np.ndarray:
    return np.frombuffer(image.constBits(), np.uint32).reshape(SIZE, SIZE).copy()


def _canvas() -> tuple[QImage, QPainter]:
    image = QImage(SIZE, SIZE, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    return image, QPainter(image)


def _grid_item(h: int, w: int) -> GridItem:
    item = GridItem("output")
    item.set_data(np.zeros((h, w)), np.full((h, w, 3), FILL, np.uint8), line=LINE)
    item.set_numbers_shown(False)
    return item


@pytest.mark.parametrize("seed", range(6))
def test_grid_lines_fall_where_stroked_lines_do(qapp, seed) -> None:
    rng = random.Random(seed)
    for _ in range(20):
        h, w = rng.randint(1, 9), rng.randint(1, 9)
        cell = rng.uniform(7, 200 / max(h, w))  # lines are drawn from 5 px cells up
        transform = QTransform(cell, 0, 0, cell * rng.choice([1.0, 0.8]), rng.uniform(-3, 40),
                               rng.uniform(-3, 40))
        item = _grid_item(h, w)
        drawn, painter = _canvas()
        painter.setTransform(transform)
        option = QStyleOptionGraphicsItem()
        option.exposedRect = QRectF(0, 0, w, h)
        item.paint(painter, option)
        painter.end()

        reference, painter = _canvas()
        painter.setTransform(transform)
        painter.fillRect(QRectF(0, 0, w, h), QColor(*FILL))
        pen = QPen(QColor(LINE))
        pen.setCosmetic(True)
        pen.setWidthF(1.0)
        painter.setPen(pen)
        painter.drawLines([QLineF(0, r, w, r) for r in range(h + 1)]
                          + [QLineF(c, 0, c, h) for c in range(w + 1)])
        painter.end()
        line = QColor(LINE).rgb()
        assert ((_pixels(drawn) == line) == (_pixels(reference) == line)).all(), (h, w, transform)


def test_the_step_text_is_copied_from_its_menu(window, qtbot) -> None:
    body = window.lesson.body
    actions = [a for a in body.actions() if a.text() == "Copy the step"]
    assert body.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert len(actions) == 1
    window.state.set_step(4)  # 5. The result y
    actions[0].trigger()
    copied = QGuiApplication.clipboard().text()
    assert "\u00a0" not in copied and "\u2060" not in copied
    # The lesson's formula (step 4 of the guide), with plain spaces, and the 5x5 result.
    assert "(H−1)s − 2p + d(k−1) + op + 1" in copied.replace("\n", " ")
    assert "= 5" in copied
    assert copied.splitlines()[0] == window.lesson.title.text().replace("\u00a0", " ")
