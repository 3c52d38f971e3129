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


# -- the highlights, stamped from pictures --------------------------------------------
MARK = "#d55e00"


def _overlay_image(marks, ratio: float, cell: float = 40.0, at: float = 20.0) -> np.ndarray:
    """``marks`` painted by an OverlayItem on white, cells ``cell`` px from ``at``, as RGB rows."""
    from convt_lab.gui.items.overlay_item import OverlayItem

    item = OverlayItem()
    item.set_marks(marks)
    side = round(SIZE * ratio)
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setTransform(QTransform(cell, 0, 0, cell, at, at))
    item.paint(painter, QStyleOptionGraphicsItem())
    painter.end()
    return np.frombuffer(image.constBits(), np.uint32).reshape(side, side).copy()


def _runs(line: np.ndarray, colour: str) -> list[tuple[int, int]]:
    """(start, length) of each run of ``colour`` along a row of pixels."""
    hit = np.concatenate([[0], (line == QColor(colour).rgb()).astype(int), [0]])
    starts, ends = np.nonzero(np.diff(hit) == 1)[0], np.nonzero(np.diff(hit) == -1)[0]
    return list(zip(starts.tolist(), (ends - starts).tolist()))


@pytest.mark.parametrize("ratio", [1.0, 2.0])
@pytest.mark.parametrize("width, outside", [(4, False), (2, False), (4, True), (3, False)])
def test_an_outline_is_a_band_of_its_pen_width_along_the_cell_edge(qapp, ratio, width, outside) -> None:
    from convt_lab.gui.items.overlay_item import Mark

    # Cell (1, 1) is device pixels 60..100 at a ratio of 1: its edges at 60 and 100.
    pixels = _overlay_image([Mark((1.0, 1.0, 2.0, 2.0), MARK, width, outside=outside)], ratio)
    middle = round(80 * ratio)
    for line in (pixels[middle], pixels[:, middle]):  # across the cell, and down it
        runs = _runs(line, MARK)
        band = round(width * ratio)
        if outside:  # around the cell: ends at its edges
            assert runs == [(round(60 * ratio) - band, band), (round(100 * ratio), band)], runs
        else:  # inside it: starts at its edges
            assert runs == [(round(60 * ratio), band), (round(100 * ratio) - band, band)], runs


def test_a_dashed_outline_is_dashes_four_bands_long_from_each_corner(qapp) -> None:
    from convt_lab.gui.items.overlay_item import Mark

    # Five cells wide and three tall: 200 x 120 px from (60, 60), a band of 2 px.
    pixels = _overlay_image([Mark((1.0, 1.0, 6.0, 4.0), MARK, 2, dashed=True)], 1.0)
    top = _runs(pixels[60, :], MARK)
    assert top[0] == (60, 8)  # a dash at the corner
    assert [start for start, _ in top] == list(range(60, 260, 12))
    assert all(length == 8 for _, length in top[:-1]) and 1 <= top[-1][1] <= 8
    left = _runs(pixels[60:178, 60], MARK)  # above the bottom side's band
    assert [start for start, _ in left] == list(range(0, 118, 12))
    assert _runs(pixels[120, 60:260], MARK) == [(0, 2), (198, 2)]  # the sides, 2 px each
    assert _runs(pixels[100, 70:250], MARK) == []  # nothing inside


@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_a_label_stamped_at_any_pixel_ratio_is_sharp_and_in_its_cell(qapp, ratio) -> None:
    from convt_lab.gui.items.overlay_item import Mark

    pixels = _overlay_image([Mark((1.0, 1.0, 2.0, 2.0), MARK, 4, label="\u00d79")], ratio,
                            cell=80.0)
    cell = pixels[round(100 * ratio):round(180 * ratio), round(100 * ratio):round(180 * ratio)]
    coloured = cell[8:-8, 8:-8] != QColor("white").rgb()  # inside the outline's band
    ys, xs = np.nonzero(coloured)
    assert len(ys), "no label"
    # In the lower right quarter, and as many pixels tall as its font asks at this ratio.
    assert ys.min() > cell.shape[0] // 2 - 8 and xs.min() > cell.shape[1] // 2 - 8
    assert (cell[8:-8, 8:-8] == QColor(MARK).rgb()).sum() >= 10 * ratio ** 2  # inked
    if ratio == 2.0:
        # Drawn at the device's resolution: a picture made at 1x and scaled up would
        # paint every aligned 2 x 2 block of device pixels in one colour.
        blocks = cell.reshape(cell.shape[0] // 2, 2, cell.shape[1] // 2, 2)
        uneven = (blocks != blocks[:, :1, :, :1]).any(axis=(1, 3))
        assert uneven.sum() >= 10


@pytest.mark.parametrize("ratio", [1.0, 2.0])
@pytest.mark.parametrize("width", [4, 3, 2])
def test_a_label_keeps_clear_of_its_outline(qapp, ratio, width) -> None:
    """A small cell's label ends before its outline's band, on the right and below.

    The band is found as the outline's pixels along the cell's edges; between
    it and the label's ink there is at least one unpainted row and column.
    """
    from convt_lab.gui.items.overlay_item import Mark

    # Cell (1, 1) is 35 px from 55 to 90 at a ratio of 1, as the Scatter tab's cells are.
    pixels = _overlay_image([Mark((1.0, 1.0, 2.0, 2.0), MARK, width, label="+36")], ratio,
                            cell=35.0)
    lo, hi = round(55 * ratio), round(90 * ratio)
    cell = pixels[lo:hi, lo:hi]
    quarter = cell.shape[0] // 4  # above the label, left of it: only the bands cross here
    (left, band), (right, band_r) = _runs(cell[quarter], MARK)
    (top, band_t), (bottom, band_b) = _runs(cell[:, quarter], MARK)
    assert band == band_r == band_t == band_b == round(width * ratio)
    inside = cell[top + band:bottom, left + band:right]  # within the bands
    ys, xs = np.nonzero(inside != QColor("white").rgb())
    assert len(ys), "no label"
    assert xs.max() <= inside.shape[1] - 2, "the label touches the right band"
    assert ys.max() <= inside.shape[0] - 2, "the label touches the bottom band"
    assert xs.max() > inside.shape[1] // 2 and ys.min() > inside.shape[0] // 3  # lower right


def test_a_dashed_outline_larger_than_the_screen_shows_its_dashes_where_seen(qapp) -> None:
    from convt_lab.gui.items.overlay_item import Mark

    # Zoomed in: 150 px cells, the box from (-130, 20) to (1070, 470), far wider than
    # the 260 px canvas and too large to keep as a picture.
    pixels = _overlay_image([Mark((-1.0, 0.0, 7.0, 3.0), MARK, 2, dashed=True)], 1.0,
                            cell=150.0, at=20.0)
    left = -130
    first = left + (-left // 12) * 12  # the corner's pattern continued onto the canvas
    starts = [x for x in range(first - 12, SIZE, 12) if x + 8 > 0]
    expected = [(max(0, x), min(x + 8, SIZE) - max(0, x)) for x in starts]
    assert _runs(pixels[20, :], MARK) == expected
    assert _runs(pixels[120, :], MARK) == []  # the left side is off the canvas
