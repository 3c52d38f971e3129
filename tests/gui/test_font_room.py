"""A larger font enlarges the text and leaves the grids their room, on every tab.

Measured on the painted window (as ``convt-lab render`` draws it): the
lesson's output cells by their fill colour, the other tabs' cells by where
the view maps a cell on screen, and text by the geometry of its widgets.
What gives way at a larger font is named in each test: the side panel
yields, the sum grows no more than keeps its lines, the step buttons show only their
arrows, the explanation moves beside the grids or scrolls, the menu and
status bars keep the system's size.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontDatabase, QFontInfo, QFontMetrics
from PySide6.QtWidgets import QApplication, QPushButton

from convt_lab import core
from tests.gui.test_readability import (  # noqa: F401 - build is a fixture
    LANGUAGES,
    LESSON,
    build,
    output_cells,
    picture,
)

SIZES = [(1280, 720), (1920, 1080)]
# Tabs whose grids keep their size at every font scale, in both languages and sizes.
TABS = {"scatter": "full", "overlap": "overlap", "transposed": "y", "subpixel": "output",
        "matrix": "matrix"}


def top_left(widget, window) -> QPoint:
    return widget.mapTo(window, QPoint(0, 0))


def cells_of_tab(build, name, grid, size, language, scale) -> float:
    window = build(size=size, language=language, scale=scale)
    window.show_view(name)
    QApplication.processEvents()
    QApplication.processEvents()
    cell = window.views[name].cell_pixels(grid)
    window.close()
    return cell


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("name", list(TABS))
def test_a_larger_font_keeps_the_cells_of_other_tabs(build, name, size, language) -> None:
    base = cells_of_tab(build, name, TABS[name], size, language, 1.0)
    assert base >= 20
    for scale in (1.5, 2.0):
        bigger = cells_of_tab(build, name, TABS[name], size, language, scale)
        assert bigger >= base - 1, (name, scale, bigger, base)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("step", [4, 5])
@pytest.mark.parametrize("selection", [("output", 2, 2), ("output", 1, 1), ("input", 1, 1)])
def test_a_larger_font_keeps_the_cells_with_a_cell_selected(build, language, step, selection) -> None:
    """The sum under the grids is taller at 2x; the lesson's cells stay as large."""
    window = build(language=language, step=step)
    window.state.select(selection)
    QApplication.processEvents()
    base, _, _, _ = output_cells(window)
    window.close()
    for scale in (1.5, 2.0):
        window = build(language=language, scale=scale, step=step)
        window.state.select(selection)
        QApplication.processEvents()
        bigger, _, _, _ = output_cells(window)
        assert bigger >= base - 0.5, (scale, bigger, base)
        window.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_long_sum_at_2x_keeps_the_cells(build, language) -> None:
    """Four input channels and a bias: an eight-line sum.  At 2x it grows no further than the cells allow."""
    cells = {}
    for scale in (1.0, 2.0):
        window = build(language=language, scale=scale)
        window.state.set_channels(4, 2, 1, True)
        window.state.select(("output", 2, 2))
        QApplication.processEvents()
        QApplication.processEvents()
        cells[scale] = output_cells(window)[0]
        assert window.arithmetic.text().count("\n") >= 6  # the long sum this is about
        window.close()
    assert cells[2.0] >= cells[1.0] - 0.5, cells


def ink_lines(widget) -> list[int]:
    """The heights of the bands of text painted in ``widget``: one per line."""
    pixels = picture(widget)
    ink = (np.abs(pixels.astype(int) - pixels[2, -3].astype(int)).sum(axis=-1) > 120).any(axis=1)
    edges = np.diff(np.concatenate(([0], ink.astype(int), [0])))
    return list(np.nonzero(edges == -1)[0] - np.nonzero(edges == 1)[0])


@pytest.mark.parametrize("selection", [("output", 2, 2), ("input", 0, 0)])
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sum_grows_without_breaking_into_more_lines(build, selection, language) -> None:
    """At 2x the sum is larger than at 1x, but wraps into no more lines than the 1x font would."""
    window = build(language=language)
    window.state.select(selection)
    QApplication.processEvents()
    small = ink_lines(window.arithmetic)
    # At 1x there is room beside the controls: one row.
    assert top_left(window.arithmetic, window).y() == top_left(window.animation, window).y()
    assert top_left(window.arithmetic, window).x() >= window.animation.width()
    window.close()
    window = build(scale=2.0, language=language)
    window.state.select(selection)
    QApplication.processEvents()
    arithmetic = window.arithmetic
    large = ink_lines(arithmetic)
    assert max(large) > max(small)  # the text grew
    # The lines the text takes at 1x (the system's monospace font, at least 12 pt) there.
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(max(font.pointSizeF(), 12))
    metrics = QFontMetrics(font)
    text = arithmetic.text()
    needed = metrics.boundingRect(QRect(0, 0, arithmetic.width() - 8, 1 << 20),
                                  int(Qt.TextFlag.TextWordWrap), text).height()
    assert len(large) <= round(needed / metrics.lineSpacing()), (large, text)
    assert text.count("\n") + 1 <= len(large)  # every line painted
    window.close()


def test_step_buttons_show_their_arrows_when_the_title_needs_the_room(build, qtbot) -> None:
    """Step 4's English title at 2x fits on one line only beside bare arrows."""
    window = build(scale=2.0, step=4)
    lesson = window.lesson
    line = QFontMetrics(lesson.title.font()).lineSpacing()
    assert lesson.title.height() < 1.6 * line, lesson.title.text()  # one line
    assert lesson.next.text() == "\u25b6" and lesson.prev.text() == "\u25c0"
    assert lesson.next.width() < 3 * lesson.next.fontMetrics().horizontalAdvance("\u25b6") + 40
    # The tooltips still name them.
    assert lesson.next.toolTip().startswith("Next step")
    assert lesson.prev.toolTip().startswith("Previous step")
    window.close()
    # At 1x the title fits beside the buttons' names.
    window = build(step=4)
    assert window.lesson.next.text().startswith("Next step")
    assert window.lesson.title.height() < 1.6 * QFontMetrics(window.lesson.title.font()).lineSpacing()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_a_title_that_fits_keeps_the_buttons_named(build, language, scale) -> None:
    """Step 1's short title leaves room: the buttons keep their names."""
    window = build(language=language, scale=scale, step=1)
    lesson = window.lesson
    assert len(lesson.next.text()) > 3
    assert lesson.title.height() < 1.6 * QFontMetrics(lesson.title.font()).lineSpacing()


def test_menus_and_status_bar_keep_the_system_size(build) -> None:
    base = build()
    menu_px = QFontInfo(base.menuBar().font()).pixelSize()
    menu_height = base.menuBar().height()
    tab_px = QFontInfo(base.tabs.tabBar().font()).pixelSize()
    body_px = QFontInfo(base.lesson.body.font()).pixelSize()
    base.close()
    window = build(scale=2.0)
    assert QFontInfo(window.menuBar().font()).pixelSize() == menu_px
    assert QFontInfo(window.statusBar().font()).pixelSize() == menu_px
    assert window.menuBar().height() <= menu_height + 1
    # The tab names grow gently (square root), the step text fully.
    assert QFontInfo(window.tabs.tabBar().font()).pixelSize() == pytest.approx(tab_px * 2**0.5, abs=1)
    assert QFontInfo(window.lesson.body.font()).pixelSize() == pytest.approx(body_px * 2, abs=1)


def test_an_explanation_moves_beside_the_grids_rather_than_scroll(build) -> None:
    """The Overlap map at 2x on 720 lines: below, its sentences would scroll; beside, they show whole."""
    window = build(scale=2.0)
    window.show_view("overlap")
    QApplication.processEvents()
    QApplication.processEvents()
    view = window.views["overlap"]
    area, canvas = view.explanation_area, view.view
    assert top_left(area, window).x() >= top_left(canvas, window).x() + canvas.width()
    assert area.height() >= area.needed(area.width())  # whole, no scroll bar
    assert not area.verticalScrollBar().isVisible()
    window.close()
    # At 1x it reads below the grids.
    window = build()
    window.show_view("overlap")
    QApplication.processEvents()
    view = window.views["overlap"]
    area, canvas = view.explanation_area, view.view
    assert top_left(area, window).y() >= top_left(canvas, window).y() + canvas.height()
    assert not area.verticalScrollBar().isVisible()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", ["transposed"])
def test_an_explanation_takes_the_height_the_grids_do_not_need(build, name, language) -> None:
    """At 1920x1080 and 2x Why transposed's grids are held by the width: its sentences show whole.

    (Sub-pixel's are held by the height there, x above w: its sentences scroll instead.)
    """
    window = build(size=(1920, 1080), language=language)
    window.show_view(name)
    QApplication.processEvents()
    plain = window.views[name].cell_pixels(TABS[name])
    window.close()
    window = build(size=(1920, 1080), language=language, scale=2.0)
    window.show_view(name)
    QApplication.processEvents()
    QApplication.processEvents()
    view = window.views[name]
    area = view.explanation_area
    assert area.height() >= area.needed(area.width())
    assert not area.verticalScrollBar().isVisible()
    assert view.cell_pixels(TABS[name]) >= plain - 0.5
    window.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_practice_questions_are_whole_at_2x(build, language) -> None:
    """The questions' column is as wide as its widest row of controls: nothing is cut at the right."""
    window = build(language=language, scale=2.0)
    window.show_view("practice")
    QApplication.processEvents()
    view = window.views["practice"]
    column = view.next.parentWidget()
    while column is not None and not hasattr(column, "viewport"):
        column = column.parentWidget()
    right = column.viewport().mapTo(window, QPoint(column.viewport().width(), 0)).x()
    for widget in (view.next, view.prev, view.title, *view.checks):
        edge = widget.mapTo(window, QPoint(widget.width(), 0)).x()
        assert edge <= right, (widget.text(), edge, right)
    window.close()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("params", [None, core.ConvTParams(
    input_size=(3, 5), kernel_size=(4, 3), stride=(4, 2), padding=(1, 0), dilation=(3, 1))])
@pytest.mark.parametrize("size, scale", [((1280, 720), 1.0), ((1920, 1080), 1.0), ((1280, 720), 2.0)])
def test_the_round_trip_fills_its_tab(build, language, size, scale, params) -> None:
    """A few lines and two small tables: their text grows to fill the tab, and nothing scrolls."""
    window = build(params or LESSON, size=size, language=language, scale=scale)
    window.show_view("roundtrip")
    for _ in range(3):  # the text's size is tried after the tab's resize
        QApplication.processEvents()
    view = window.views["roundtrip"]
    app_px = QFontInfo(QApplication.font()).pixelSize()
    table = view.tables["height"]
    # Never smaller than the text at 1x; at 2x, a text too tall for the tab gives back some of it.
    assert QFontInfo(table.font()).pixelSize() >= app_px / scale - 1
    if size == (1920, 1080) and params is None:
        assert QFontInfo(table.font()).pixelSize() >= 1.5 * app_px
    scroll = view.content.parentWidget().parentWidget()
    assert not scroll.verticalScrollBar().isVisible() and not scroll.horizontalScrollBar().isVisible()
    # Every row of both tables is painted inside the tab.
    bottom = view.mapTo(window, QPoint(0, view.height())).y()
    for axis in ("height", "width"):
        table = view.tables[axis]
        assert table.mapTo(window, QPoint(0, table.height())).y() <= bottom
        assert table.horizontalHeader().length() <= table.width()
    window.close()


@pytest.mark.parametrize("tab", ["transposed", "subpixel"])
def test_the_explanations_button_keeps_clear_of_the_text(build, tab) -> None:
    """Zh at 2×: the text below the grids scrolls; its scrollbar and the button beside it
    do not touch (a gap of at least 6 px between them)."""
    window = build(scale=2.0, language="zh")
    window.show_view(tab)
    view = window.views[tab]
    area = view.explanation_area
    buttons = [b for b in view.findChildren(QPushButton) if b.isVisible()]
    assert buttons
    area_right = area.mapTo(window, area.rect().topRight()).x()
    for button in buttons:
        left = button.mapTo(window, button.rect().topLeft()).x()
        top = button.mapTo(window, button.rect().topLeft()).y()
        area_top = area.mapTo(window, area.rect().topLeft()).y()
        if top + button.height() > area_top:  # beside the text, not above it
            assert left - area_right >= 6, (left, area_right)
