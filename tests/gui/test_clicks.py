"""Real clicks, hovers and arrow keys on the grids, checked against core's tables.

What a click highlights is compared with ``Walkthrough.window``, ``sources``
and ``footprint``, and those in turn with a naive scatter loop written below,
so a wrong table in core and a wrong lookup in gui both show up.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from convt_lab import core
from convt_lab.gui.theme import LIGHT
from tests.gui.helpers import PaintWatch
from tests.reference import contributions, naive_output

#: The lesson's default example: 2x2 input, 3x3 kernel, stride 2.
LESSON = core.ConvTParams()
#: Rectangular, padding on one axis, output_padding on both.
RECT = core.ConvTParams(
    input_size=(3, 4),
    kernel_size=(3, 2),
    stride=(2, 3),
    padding=(1, 0),
    output_padding=(1, 2),
    dilation=(1, 1),
)
#: Dilated and cropped on the height axis (P = 2*(2-1) - 3 = -1); on the width
#: axis output_padding 2 is allowed by dilation 3 although the stride is 1.
DILATED = core.ConvTParams(
    input_size=(4, 3),
    kernel_size=(2, 3),
    stride=(2, 1),
    padding=(3, 1),
    output_padding=(1, 2),
    dilation=(2, 3),
)
CASES = {"lesson": LESSON, "rect": RECT, "dilated": DILATED}

#: Output cells to click per case: corners, the middle, the output_padding band.
OUTPUT_CLICKS = {
    "lesson": [(0, 0), (2, 2), (4, 4), (1, 3), (4, 0)],
    "rect": [(0, 0), (5, 12), (2, 5), (5, 0), (3, 11)],
    "dilated": [(0, 0), (3, 8), (1, 4), (3, 0), (2, 7)],
}
INPUT_CLICKS = {
    "lesson": [(0, 0), (1, 1), (0, 1)],
    "rect": [(0, 0), (2, 3), (1, 2)],
    "dilated": [(0, 0), (3, 2), (1, 1), (0, 2)],
}


# -- the definition, written out -------------------------------------------
def cells(rows, columns) -> set[tuple[int, ...]]:
    return {tuple(int(row[k]) for k in columns) for row in rows}


def lesson_values(shape: tuple[int, int]) -> np.ndarray:
    """The lesson fills every grid with 1, 2, ..., H*W in reading order."""
    return np.arange(1, shape[0] * shape[1] + 1, dtype=float).reshape(shape)


# -- what is painted ---------------------------------------------------------
def painted_outlines(window, user, grid: str, colour: str, outside: bool = False) -> set:
    """The cells of ``grid`` whose edge is painted in ``colour`` on screen now.

    Reads the grids' viewport as drawn: the middle of each side of a cell,
    just inside its border (or just outside, for the selection's outline,
    which is drawn around the cell).  All four sides must carry the colour.
    """
    user.wait_painted(window)
    view = window.grids
    image = view.viewport().grab().toImage()
    item = view.items[grid]
    rows, cols = item.grid_shape
    want = QColor(colour).rgb()

    def has(points) -> bool:
        return any(image.valid(x, y) and image.pixel(x, y) == want for x, y in points)

    found = set()
    for r in range(rows):
        for c in range(cols):
            # The mapped rectangle may end one pixel past the cell (rounding),
            # where the next cell's grid line is; thin pens are one pixel wide.
            # So each side is read at the first pixels inside the cell's edge
            # (or outside it), which the neighbour's own outline never reaches.
            rect = view.mapFromScene(item.mapToScene(QRectF(c, r, 1, 1))).boundingRect()
            left, right, top, bottom = rect.left(), rect.right(), rect.top(), rect.bottom()
            xm, ym = (left + right) // 2, (top + bottom) // 2
            if outside:
                sides = [[(left - 1, ym), (left - 2, ym)], [(right, ym), (right + 1, ym)],
                         [(xm, top - 1), (xm, top - 2)], [(xm, bottom), (xm, bottom + 1)]]
            else:
                sides = [[(left + k, ym) for k in (0, 1, 2)], [(right - k, ym) for k in (1, 2, 3)],
                         [(xm, top + k) for k in (0, 1, 2)], [(xm, bottom - k) for k in (1, 2, 3)]]
            if all(has(side) for side in sides):
                found.add((r, c))
    return found


# -- clicks on output cells -------------------------------------------------
@pytest.mark.parametrize("case", CASES)
def test_output_click_highlights_window_and_sources(make_window, user, case) -> None:
    params = CASES[case]
    window = make_window(params)
    wt = window.state.result
    terms = contributions(params)
    (k_h, k_w), (d_h, d_w) = params.kernel_size, params.dilation
    assert painted_outlines(window, user, "input", LIGHT.source) == set()  # nothing selected yet
    for i, j in OUTPUT_CLICKS[case]:
        user.click(window, "output", i, j)
        assert window.state.selection == ("output", i, j)
        view = window.grids

        # The kernel window on the padded grid: k_h x k_w taps, d apart, from (i, j).
        window_cells = cells(wt.window(i, j), (0, 1))
        assert window_cells == {
            (i + a * d_h, j + b * d_w) for a in range(k_h) for b in range(k_w)
        }
        assert view.highlighted("padded") == window_cells

        # Who contributes: core's table, the definition, and the highlights agree.
        sources = wt.sources(i, j)
        mine = {(r, c, a, b) for (o, p, r, c, a, b) in terms if (o, p) == (i, j)}
        assert cells(sources, (0, 1, 2, 3)) == mine
        assert view.highlighted("input") == cells(sources, (0, 1))
        assert view.highlighted("kernel") == cells(sources, (2, 3))
        assert view.highlighted("output") == {(i, j)}
        # Every tap of the rotated kernel slides over the window.
        assert view.highlighted("flipped") == {(a, b) for a in range(k_h) for b in range(k_w)}
        # And that is what is painted: source outlines on exactly those input
        # cells and kernel taps, the selection's outline around the output cell.
        assert painted_outlines(window, user, "input", LIGHT.source) == cells(sources, (0, 1))
        assert painted_outlines(window, user, "kernel", LIGHT.source) == cells(sources, (2, 3))
        assert painted_outlines(window, user, "output", LIGHT.selected, outside=True) == {(i, j)}


@pytest.mark.parametrize("case", CASES)
def test_selected_sum_is_the_output_value(make_window, user, case) -> None:
    params = CASES[case]
    window = make_window(params)
    wt = window.state.result
    x, w = wt.x, wt.weight
    np.testing.assert_array_equal(x, lesson_values(params.input_size))
    np.testing.assert_array_equal(w, lesson_values(params.kernel_size))
    expected = naive_output(params, x, w)
    np.testing.assert_allclose(wt.output, expected)
    for i, j in OUTPUT_CLICKS[case]:
        user.click(window, "output", i, j)
        # The highlighted input cells and kernel taps, paired as core pairs them,
        # add up to the value of the clicked cell.
        sources = wt.sources(i, j)
        assert cells(sources, (0, 1)) == window.grids.highlighted("input")
        total = sum(x[r, c] * w[a, b] for r, c, a, b in sources)
        assert total == expected[i, j]
        # The arithmetic panel ends with that value, written as a whole number.
        text = window.arithmetic.text()
        assert f"y[{i},{j}] = " in text
        value = int(expected[i, j])
        assert (f"= {value}\n" in text) if len(sources) else (f"y[{i},{j}] = 0" in text)


def test_lesson_centre_sum_by_hand(window, user) -> None:
    # Output (2, 2) of the lesson: all four inputs meet there,
    # 1*w[2,2] + 2*w[2,0] + 3*w[0,2] + 4*w[0,0] = 9 + 14 + 9 + 4 = 36.
    user.click(window, "output", 2, 2)
    assert window.grids.highlighted("input") == {(0, 0), (0, 1), (1, 0), (1, 1)}
    assert window.grids.highlighted("kernel") == {(2, 2), (2, 0), (0, 2), (0, 0)}
    assert "= 36" in window.arithmetic.text()


def test_output_padding_band(make_window, user) -> None:
    # RECT's output is 6 x 13; output_padding adds row 5 and columns 11, 12.
    # Output column j = 3c + b (c <= 3, b <= 1) never reaches 11 or 12, but
    # row i = 2r - 1 + a reaches 5 with r = 2, a = 2: a band cell is computed
    # like any other and may or may not receive taps.
    window = make_window(RECT)
    user.click(window, "output", 0, 12)
    assert window.state.selection == ("output", 0, 12)
    assert window.grids.highlighted("input") == set()
    assert window.grids.highlighted("kernel") == set()
    assert window.grids.highlighted("output") == {(0, 12)}
    assert "y[0,12] = 0" in window.arithmetic.text()
    user.click(window, "output", 5, 0)
    assert window.grids.highlighted("input") == {(2, 0)}
    assert window.grids.highlighted("kernel") == {(2, 0)}
    user.click(window, "output", 1, 10)
    assert window.grids.highlighted("input") == {(0, 3), (1, 3)}


# -- clicks on input cells --------------------------------------------------
@pytest.mark.parametrize("case", CASES)
def test_input_click_highlights_footprint(make_window, user, case) -> None:
    params = CASES[case]
    window = make_window(params)
    wt = window.state.result
    terms = contributions(params)
    for r, c in INPUT_CLICKS[case]:
        user.click(window, "input", r, c)
        assert window.state.selection == ("input", r, c)
        foot = wt.footprint(r, c)
        mine = {(i, j, a, b) for (i, j, rr, cc, a, b) in terms if (rr, cc) == (r, c)}
        assert cells(foot, (0, 1, 2, 3)) == mine
        assert window.grids.highlighted("output", "footprint") == cells(foot, (0, 1))
        assert window.grids.highlighted("output") == cells(foot, (0, 1))
        assert window.grids.highlighted("kernel") == cells(foot, (2, 3))
        assert window.grids.highlighted("input") == {(r, c)}
        assert f"x[{r},{c}]" in window.arithmetic.text()
        # Painted: footprint outlines on the output cells and kernel taps it reaches.
        assert painted_outlines(window, user, "output", LIGHT.footprint) == cells(foot, (0, 1))
        assert painted_outlines(window, user, "kernel", LIGHT.footprint) == cells(foot, (2, 3))
        assert painted_outlines(window, user, "input", LIGHT.selected, outside=True) == {(r, c)}


@pytest.mark.parametrize("case", ["lesson", "dilated"])
def test_click_on_padded_input_value_selects_that_input(make_window, user, case) -> None:
    params = CASES[case]
    window = make_window(params)
    (s_h, s_w), (k_h, k_w) = params.stride, params.kernel_size
    (d_h, d_w), (p_h, p_w) = params.dilation, params.padding
    pad_h, pad_w = d_h * (k_h - 1) - p_h, d_w * (k_w - 1) - p_w
    for r, c in INPUT_CLICKS[case]:
        row, col = r * s_h + pad_h, c * s_w + pad_w  # where x[r, c] sits after padding
        if row < 0:
            continue  # cropped away (dilated case, first input row)
        window.state.select(None)
        user.click(window, "padded", row, col)
        assert window.state.selection == ("input", r, c)
        user.click(window, "zero_inserted", r * s_h, c * s_w)
        assert window.state.selection == ("input", r, c)
    # A padding zero is not an input: clicking it leaves the selection alone.
    before = window.state.selection
    user.click(window, "padded", 0, 0)
    assert window.state.selection == before


# -- keyboard and hover -----------------------------------------------------
def test_arrow_keys_move_the_output_selection(window, user) -> None:
    # Up/Down move by a row and stop at the edges; Left/Right step through the
    # output cells in raster order (the lesson's slide of the kernel).
    wt = window.state.result
    user.key(window, Qt.Key.Key_Right)  # nothing selected yet: starts at (0, 0)
    assert window.state.selection == ("output", 0, 0)
    steps = [
        (Qt.Key.Key_Right, (0, 1)),
        (Qt.Key.Key_Down, (1, 1)),
        (Qt.Key.Key_Down, (2, 1)),
        (Qt.Key.Key_Left, (2, 0)),  # from the selected cell, not from (0, 1)
        (Qt.Key.Key_Left, (1, 4)),  # raster order: the end of the row above
        (Qt.Key.Key_Right, (2, 0)),
        (Qt.Key.Key_Up, (1, 0)),
        (Qt.Key.Key_Up, (0, 0)),
        (Qt.Key.Key_Up, (0, 0)),  # stops at the top
    ]
    for key, cell in steps:
        user.key(window, key)
        assert window.state.selection == ("output", *cell), key
        assert window.grids.highlighted("output") == {cell}
        assert window.grids.highlighted("input") == cells(wt.sources(*cell), (0, 1))
    for _ in range(6):
        user.key(window, Qt.Key.Key_Down)
    assert window.state.selection == ("output", 4, 0)  # stops at the bottom


def test_arrow_keys_continue_from_a_clicked_cell(make_window, user) -> None:
    window = make_window(RECT)  # output 6 x 13
    user.click(window, "output", 5, 12)
    user.key(window, Qt.Key.Key_Up)
    assert window.state.selection == ("output", 4, 12)
    user.key(window, Qt.Key.Key_Left)
    assert window.state.selection == ("output", 4, 11)
    assert window.grids.highlighted("output") == {(4, 11)}
    user.click(window, "output", 2, 12)
    user.key(window, Qt.Key.Key_Right)  # raster order: the start of the next row
    assert window.state.selection == ("output", 3, 0)


def test_escape_clears_the_selection(window, user) -> None:
    window.grids.setFocus()
    user.key(window, Qt.Key.Key_Down)
    assert window.state.selection is not None
    user.key(window, Qt.Key.Key_Escape)
    assert window.state.selection is None
    assert all(not window.grids.highlighted(g) for g in window.grids.items)


def test_hover_names_the_cell_in_the_status_bar(make_window, user) -> None:
    window = make_window(RECT)
    status = window.statusBar()
    user.hover(window, "padded", 0, 0)
    assert "[0, 0]" in status.currentMessage() and "padding" in status.currentMessage()
    # Leaving the grids (the top-left pixel is margin) clears the message.
    user.move(window, QPoint(1, 1))
    assert status.currentMessage() == ""
    user.hover(window, "output", 0, 12)  # in the output_padding band
    assert "[0, 12]" in status.currentMessage()
    assert "output_padding" in status.currentMessage()


def test_hover_keeps_a_later_step_s_numbers_hidden(window, user) -> None:
    """At step 1 the output is dimmed and unnumbered: hovering it must not tell y[2, 2] = 36."""
    status = window.statusBar()
    window.state.set_step(0)
    user.hover(window, "output", 2, 2)
    assert "[2, 2]" in status.currentMessage()
    assert "36" not in status.currentMessage()
    user.hover(window, "input", 1, 1)  # the input is shown at step 1: its value is named
    assert "= 4" in status.currentMessage()
    window.state.set_step(4)
    user.hover(window, "output", 2, 2)
    assert "= 36" in status.currentMessage()


def test_hover_jumping_between_grids_keeps_the_new_message(make_window, user) -> None:
    # The mouse can jump from one grid straight onto another between two move
    # events (a fast flick; pyqtgraph also rate-limits moves).  pyqtgraph then
    # sends the new grid its hover before the old one its exit.
    window = make_window(RECT)
    user.hover(window, "padded", 0, 0)
    user.hover(window, "output", 0, 12)
    assert "[0, 12]" in window.statusBar().currentMessage()


def test_after_a_click_the_mouse_still_hovers_drags_and_clicks(make_window, user, qtbot) -> None:
    """A click skips pyqtgraph's second hover pass where the mouse already was; nothing else.

    Moving on still names the new cell; a drag that starts where a click
    ended still pans the view (the grids follow the mouse); and the next
    click selects the cell under the mouse where the drag left it.
    """
    window = make_window(RECT)
    status = window.statusBar()
    user.hover(window, "output", 0, 0)
    user.click(window, "output", 0, 0)
    assert window.state.selection == ("output", 0, 0)
    user.hover(window, "output", 1, 2)
    assert "[1, 2]" in status.currentMessage()
    user.click(window, "output", 1, 2)
    assert window.state.selection == ("output", 1, 2)
    # Drag from that very spot a cell and a half to the left, without a move before.
    viewport = window.grids.viewport()
    start = user.point(window, "output", 1, 2)
    cell = window.grids.cell_pixels("output")
    end = QPoint(start.x() - round(1.5 * cell), start.y())
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for k in range(1, 6):
        qtbot.wait(15)
        qtbot.mouseMove(viewport, pos=QPoint(start.x() + (end.x() - start.x()) * k // 5, start.y()))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert window.state.selection == ("output", 1, 2)  # a drag selects nothing
    # The view panned with the mouse: cell (1, 2) is now under the drag's end, not (1, 0).
    moved = window.grids.cell_centre("output", 1, 2)
    assert abs(moved.x() - end.x()) <= 0.25 * cell
    qtbot.wait(15)
    user.hover(window, "output", 0, 3)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=user.point(window, "output", 0, 3))
    assert window.state.selection == ("output", 0, 3)
    assert "[0, 3]" in status.currentMessage()


def test_a_new_click_leaves_no_trace_of_the_old_highlights(window, user, qtbot, qapp) -> None:
    """What the screen shows after clicks, repainted piece by piece, equals a fresh paint.

    The offscreen screen's grab reads the window's backing store, which each
    click only repaints around the old and the new highlights; a mark left
    behind, or one not drawn, makes the two differ.  Nothing here asks for a
    whole repaint after a click: the test waits for the paint the click asks for.
    """
    viewport = window.grids.viewport()
    watch = PaintWatch()
    viewport.installEventFilter(watch)
    try:
        for grid, row, col in (("output", 0, 0), ("output", 4, 4), ("input", 1, 0),
                               ("output", 2, 3), ("output", 0, 4)):
            point = user.point(window, grid, row, col)  # a whole repaint, before the click
            qtbot.mouseMove(viewport, pos=point)
            QApplication.processEvents()
            before = watch.paints
            qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
            qtbot.waitUntil(lambda: watch.paints > before, timeout=2000)
            QApplication.processEvents()
            shown = qapp.primaryScreen().grabWindow(window.winId()).toImage()
            fresh = window.grab().toImage()
            assert shown.size() == fresh.size()
            assert shown.convertToFormat(fresh.format()) == fresh, (grid, row, col)
    finally:
        viewport.removeEventFilter(watch)
