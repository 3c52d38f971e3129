"""The animation: the output cells one by one in raster order, by key and by timer.

The output size comes from PyTorch's ConvTranspose2d formula written below;
which cells are still hidden is worked out here from the raster order, and
compared with the rectangles the output grid actually covers.
"""

from __future__ import annotations

import statistics
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from convt_lab import core


def convt_size(n: int, k: int, s: int, p: int, op: int, d: int) -> int:
    """PyTorch's ConvTranspose2d: (H - 1)s - 2p + d(k - 1) + op + 1."""
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def output_shape(params: core.ConvTParams) -> tuple[int, int]:
    return tuple(
        convt_size(*(getattr(params, f)[a] for f in core.FIELDS)) for a in (0, 1)
    )


def raster_cell(index: int, shape: tuple[int, int]) -> tuple[int, int]:
    return (index // shape[1], index % shape[1])


def covered_cells(window) -> set[tuple[int, int]]:
    """The output cells under the output grid's cover rectangles (each counted once)."""
    cells: set[tuple[int, int]] = set()
    area = 0
    for rect in window.grids.items["output"]._covers():
        top, left, h, w = rect.top(), rect.left(), rect.height(), rect.width()
        assert all(v == int(v) for v in (top, left, h, w)), rect  # whole cells only
        area += int(h * w)
        cells |= {(r, c) for r in range(int(top), int(top + h)) for c in range(int(left), int(left + w))}
    assert area == len(cells)  # no cell covered twice
    return cells


def check_frame(window, index: int) -> None:
    """Cell ``index`` is selected, the first index+1 cells show, the rest are covered."""
    shape = output_shape(window.state.params)
    assert window.animator.index == index
    assert window.state.reveal == index + 1
    assert window.state.selection == ("output", *raster_cell(index, shape))
    hidden = {raster_cell(k, shape) for k in range(index + 1, shape[0] * shape[1])}
    assert covered_cells(window) == hidden


def check_all_shown(window) -> None:
    assert window.state.reveal is None
    assert window.grids.items["output"]._covers() == []


def key(qtbot, window, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Type a key into the grids, as the user of the active window does.

    Window shortcuts only fire in the active window; the offscreen platform
    activates a shown window a few events later, so wait for it.
    """
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window.grids, k, modifier)


def test_arrow_keys_step_in_raster_order(window, qtbot) -> None:
    n = 5 * 5
    assert output_shape(window.state.params) == (5, 5)
    check_all_shown(window)
    for index in range(7):  # across the end of the first row
        key(qtbot, window, Qt.Key.Key_Right)
        check_frame(window, index)
    for index in (5, 4):
        key(qtbot, window, Qt.Key.Key_Left)
        check_frame(window, index)
    key(qtbot, window, Qt.Key.Key_End)
    check_frame(window, n - 1)
    key(qtbot, window, Qt.Key.Key_Right)  # wraps to the first cell
    check_frame(window, 0)
    key(qtbot, window, Qt.Key.Key_Left)  # and back to the last
    check_frame(window, n - 1)
    key(qtbot, window, Qt.Key.Key_Home)
    check_frame(window, 0)


def test_cover_rectangles_for_every_reveal_count(window, qtbot) -> None:
    window.state.request(input_size=(3, 4))  # 7x9 output: rows of odd length
    shape = output_shape(window.state.params)
    assert shape == (7, 9)
    key(qtbot, window, Qt.Key.Key_Home)
    for index in range(shape[0] * shape[1]):
        check_frame(window, index)
        key(qtbot, window, Qt.Key.Key_Right)
    check_frame(window, 0)  # wrapped around


def test_space_plays_and_pauses(window, qtbot) -> None:
    window.animator.set_speed(60)
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.animator.playing
    qtbot.waitUntil(lambda: window.animator.index >= 3, timeout=3000)
    key(qtbot, window, Qt.Key.Key_Space)
    assert not window.animator.playing
    paused_at = window.animator.index
    check_frame(window, paused_at)
    qtbot.wait(100)  # several timer intervals: nothing moves while paused
    check_frame(window, paused_at)
    key(qtbot, window, Qt.Key.Key_Space)  # resumes from there
    assert window.animator.playing
    qtbot.waitUntil(lambda: window.animator.index > paused_at + 1, timeout=3000)
    key(qtbot, window, Qt.Key.Key_Space)


def test_playing_to_the_end_stops_and_stop_shows_everything(window, qtbot) -> None:
    n = 25
    window.animator.set_speed(60)
    key(qtbot, window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not window.animator.playing, timeout=5000)
    check_frame(window, n - 1)
    qtbot.wait(60)
    check_frame(window, n - 1)  # stays on the last cell
    key(qtbot, window, Qt.Key.Key_Space)  # playing again starts over
    assert window.animator.playing
    qtbot.waitUntil(lambda: 0 <= window.animator.index < 5, timeout=3000)
    key(qtbot, window, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)  # Stop
    assert not window.animator.playing
    check_all_shown(window)
    # The cell it stopped on stays selected: Play starts there, and the bar says so.
    _, row, col = window.state.selection
    assert window.animator.index == row * 5 + col
    assert window.animation.position.text() == f"\u25b6 {row * 5 + col + 1} / 25"


def test_escape_stops_and_clears(window, qtbot) -> None:
    for _ in range(4):
        key(qtbot, window, Qt.Key.Key_Right)
    check_frame(window, 3)
    key(qtbot, window, Qt.Key.Key_Escape)
    check_all_shown(window)
    assert window.state.selection is None


def test_smaller_output_keeps_a_surviving_cell(window, qtbot) -> None:
    for _ in range(12):
        key(qtbot, window, Qt.Key.Key_Right)
    check_frame(window, 11)  # (2, 1) of the 5x5 output
    window.params.spins["input_size"][0].setValue(1)  # 1x1 input: 3x3 output
    assert output_shape(window.state.params) == (3, 3)
    check_frame(window, 2 * 3 + 1)  # still (2, 1), now the 8th cell
    key(qtbot, window, Qt.Key.Key_Right)
    check_frame(window, 8)


def test_smaller_output_without_the_current_cell_stops(window, qtbot) -> None:
    key(qtbot, window, Qt.Key.Key_End)
    key(qtbot, window, Qt.Key.Key_Left)
    check_frame(window, 23)  # (4, 3) of the 5x5 output
    window.params.spins["input_size"][0].setValue(1)  # 3x3 output: no (4, 3)
    assert output_shape(window.state.params) == (3, 3)
    check_all_shown(window)
    assert window.state.selection is None
    assert not window.animator.playing
    key(qtbot, window, Qt.Key.Key_Right)  # starts again at the first cell
    check_frame(window, 0)


def test_right_goes_on_from_a_clicked_output_cell(window, qtbot, user) -> None:
    key(qtbot, window, Qt.Key.Key_Right)
    check_frame(window, 0)
    user.click(window, "output", 2, 3)
    assert window.state.selection == ("output", 2, 3)
    key(qtbot, window, Qt.Key.Key_Right)
    check_frame(window, 2 * 5 + 4)
    key(qtbot, window, Qt.Key.Key_Right)
    check_frame(window, 3 * 5 + 0)


def test_larger_output_during_animation_stays_consistent(window, qtbot) -> None:
    """The selected cell is the current frame and is never under a cover."""
    for _ in range(8):
        key(qtbot, window, Qt.Key.Key_Right)
    check_frame(window, 7)  # (1, 2) of the 5x5 output
    window.params.spins["input_size"][0].setValue(3)  # 3x3 input: 7x7 output
    assert output_shape(window.state.params) == (7, 7)
    check_frame(window, 1 * 7 + 2)  # still (1, 2), and the cells before it show
    key(qtbot, window, Qt.Key.Key_Right)
    check_frame(window, 1 * 7 + 3)


def test_parameter_change_while_playing(window, qtbot) -> None:
    window.animator.set_speed(60)
    key(qtbot, window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.animator.index >= 2, timeout=3000)
    window.params.spins["stride"][0].setValue(3)  # 6x6 output
    assert output_shape(window.state.params) == (6, 6)
    check_frame(window, window.animator.index)  # the same cell, in the new raster
    qtbot.waitUntil(lambda: window.animator.index >= 10, timeout=3000)
    key(qtbot, window, Qt.Key.Key_Space)
    check_frame(window, window.animator.index)


@pytest.mark.parametrize("index", [0, 4, 5, 24])
def test_reveal_hides_exactly_the_later_numbers(window, index) -> None:
    window.animator.show(index)
    check_frame(window, index)


def test_frame_time_on_the_large_case(make_window) -> None:
    """Time per frame (step + repaint) on a 50x50 output; printed, not asserted."""
    params = core.ConvTParams((16, 16), 5, 3)
    shape = output_shape(params)
    assert shape == (50, 50)
    window = make_window(params)
    viewport = window.grids.viewport()
    times = []
    for _ in range(100):
        t0 = time.perf_counter()
        window.animator.step(1)
        viewport.repaint()
        times.append(time.perf_counter() - t0)
    check_frame(window, 99)
    print(f"\nanimation frame on {shape[0]}x{shape[1]} output: median {statistics.median(times) * 1e3:.2f} ms, "
          f"max {max(times) * 1e3:.2f} ms over {len(times)} frames")
