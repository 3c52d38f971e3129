"""The tab bar and the row under the grids, as painted on a classroom screen.

Every tab's name shows whole at 1280x720, in English and Chinese, whichever
tab is in front; none slides under the Parameters button at its left.  The
names are short, and each tab's tooltip says what it shows.  The sum and its
hint to click a cell show only on tabs with output cells: Round trip and
Plan have none, and Practice has none until the student's answers bring out
the lesson's grids (the step text waits for them too).  Every tab keeps its
one Play control.  Measured on widget geometry as drawn.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QToolButton

from tests.gui.test_readability import LANGUAGES, build  # noqa: F401 - build is a fixture

TABS = ["gather", "scatter", "matrix", "overlap", "roundtrip", "practice", "transposed",
        "subpixel", "plan"]


def on_window(widget, window) -> QRect:
    """``widget``'s rectangle in ``window``'s coordinates."""
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def shown_rect(widget, window) -> QRect:
    """The part of ``widget`` the window shows: an empty rectangle if it is hidden."""
    return on_window(widget, window) if widget.isVisibleTo(window) else QRect()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("scale", [1.0, 2.0])
@pytest.mark.parametrize("front", ["gather", "practice"])
def test_every_tab_name_shows_whole(build, qtbot, language, scale, front) -> None:
    window = build(size=(1280, 720), language=language, scale=scale)
    window.show_view(front)
    qtbot.wait(100)
    bar = window.tabs.tabBar()
    assert bar.count() == len(TABS)
    button = on_window(window.side.button, window)
    arrows = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
    assert not arrows, "the tab bar scrolls"
    metrics = bar.fontMetrics()
    for index in range(bar.count()):
        tab = bar.tabRect(index)
        text = bar.tabText(index)
        assert bar.rect().contains(tab), (text, tab, bar.rect())
        on_screen = QRect(bar.mapTo(window, tab.topLeft()), tab.size())
        assert not on_screen.intersects(button), (text, on_screen, button)
        assert metrics.horizontalAdvance(text) < tab.width(), (text, tab.width())
        assert on_screen.right() < window.width(), text


def test_each_tab_says_what_it_shows(build) -> None:
    """Short names, and a tooltip that is a sentence about the view, in the window's language."""
    for language in LANGUAGES:
        window = build(language=language)
        bar = window.tabs.tabBar()
        tips = [bar.tabToolTip(i) for i in range(bar.count())]
        names = [bar.tabText(i) for i in range(bar.count())]
        assert len(set(tips)) == len(tips)
        for name, tip in zip(names, tips):
            assert len(tip) > 2 * len(name) and tip != name, (name, tip)
        if language == "zh":  # translated, not the English text
            assert all(any("\u4e00" <= ch <= "\u9fff" for ch in tip) for tip in tips), tips
        window.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_sum_where_there_are_no_cells(build, qtbot, language) -> None:
    """Round trip and Plan have no cells: neither the sum's hint nor the animation bar shows
    there (as the README says), and their room goes to the tab."""
    window = build(language=language)
    bar = shown_rect(window.animation, window)
    text = shown_rect(window.arithmetic, window)
    assert not bar.isEmpty() and not text.isEmpty()
    assert text.height() > bar.height()  # the hint's two lines are taller than the bar
    tabs_height = on_window(window.tabs, window).height()
    for name in ("roundtrip", "plan"):
        window.show_view(name)
        qtbot.wait(50)
        QApplication.processEvents()
        assert shown_rect(window.arithmetic, window).isEmpty(), name
        assert shown_rect(window.animation, window).isEmpty(), name
        # The room the sum's lines took goes to the tab.
        assert on_window(window.tabs, window).height() > tabs_height, name
    window.show_view("gather")
    qtbot.wait(50)
    assert shown_rect(window.arithmetic, window) == text
    assert shown_rect(window.animation, window) == bar  # back with the cells


def test_practice_shows_the_row_with_the_lessons_grids(build, qtbot) -> None:
    """Before the answers bring out the grids there is nothing to click or step through,
    and the step text (about another case than the exercise) waits too."""
    window = build()
    window.show_view("practice")
    qtbot.wait(50)
    view = window.view("practice")
    assert view.right_side.currentIndex() == 0
    for widget in (window.arithmetic, window.lesson):
        assert shown_rect(widget, window).isEmpty(), widget
    for box in view.size_boxes:  # question 1, any answer
        box.setValue(1)
    qtbot.mouseClick(view.checks[0], Qt.MouseButton.LeftButton)
    assert shown_rect(window.arithmetic, window).isEmpty()
    for box in view.pad_boxes:  # question 2 brings the lesson's padded grid out
        box.setValue(0)
    qtbot.mouseClick(view.checks[1], Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert view.right_side.currentIndex() == 1
    for widget in (window.animation, window.arithmetic, window.lesson):
        assert not shown_rect(widget, window).isEmpty(), widget


@pytest.mark.parametrize("language", LANGUAGES)
def test_plan_shows_each_layers_stride_and_padding(build, qtbot, language) -> None:
    """At 1280x720 the layer column shows a ConvTranspose2d's arguments through padding;
    the empty note column keeps only its title, and nothing scrolls sideways."""
    window = build(language=language)
    window.show_view("plan")
    qtbot.wait(100)
    QApplication.processEvents()
    table = window.view("plan").table
    assert not table.horizontalScrollBar().isVisible()
    assert all(not table.item(r, 3).text() for r in range(table.rowCount()))  # no notes here
    metrics = table.fontMetrics()
    shown = 0
    for row in range(table.rowCount()):
        text = table.item(row, 1).text()
        if text.startswith("ConvTranspose2d") and "padding=" in text:
            through_padding = text[: text.index("padding=")] + "padding=(1, 1)"
            assert metrics.horizontalAdvance(through_padding) < table.columnWidth(1), text
            shown += 1
    assert shown >= 3
    assert table.columnWidth(3) < table.columnWidth(1) / 2


@pytest.mark.parametrize("language", LANGUAGES)
def test_matrix_at_2x_keeps_half_its_rows(build, qtbot, language) -> None:
    """At 2x the lesson's 25-row Cᵀ grows its cells but keeps at least half the rows of 1x
    (and at least six): a band of three rows said little about the matrix."""
    seen = {}
    for scale in (1.0, 2.0):
        window = build(language=language, scale=scale)
        window.state.select(("output", 1, 2))
        window.show_view("matrix")
        qtbot.wait(100)
        QApplication.processEvents()
        view = window.view("matrix")
        r0, r1 = view.rows_shown
        seen[scale] = (r1 - r0, view.cell_pixels("matrix"))
        assert r0 <= 1 * 5 + 2 < r1  # the selected output's row, k = i·5 + j, is in the band
        window.close()
    (rows1, cell1), (rows2, cell2) = seen[1.0], seen[2.0]
    assert cell2 >= cell1 - 1, seen  # never smaller cells at a larger font
    assert rows2 >= max(6, rows1 // 2), seen


@pytest.mark.parametrize("language", LANGUAGES)
def test_practice_questions_fit_720_lines_with_the_first_run_hint(build, qtbot, language) -> None:
    """All five questions and their Check buttons show at 1280×720 without scrolling,
    while the status bar holds the first run's hint (a line the render has not)."""
    from convt_lab.gui.help import show_first_run_hint

    window = build(language=language)
    show_first_run_hint(window)
    window.show_view("practice")
    qtbot.wait(50)
    QApplication.processEvents()
    view = window.view("practice")
    column = view.findChild(QScrollArea)
    assert column is not None
    visible = shown_rect(column.viewport(), window)
    for button in view.checks:
        assert visible.contains(on_window(button, window)), (language, on_window(button, window), visible)
    assert not column.verticalScrollBar().isVisible()
