"""Hovering an output cell of the output_padding strip says what that cell holds.

Output row i is row i + p of the full scatter result, F = (H − 1)s + d(k − 1) + 1 rows
long: inside it the cell holds a sum (where p would have cropped); past it no input
lands. Worked out here for the lesson's 2×2 input, k 3, s 2 (F = 5).
"""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest

from convt_lab import core

F = (2 - 1) * 2 + 1 * (3 - 1) + 1


def _hover(window, qtbot, row: int, col: int) -> str:
    view = window.grids
    point = view.cell_centre("output", row, col)
    point = point.toPoint() if hasattr(point, "toPoint") else point
    window.statusBar().clearMessage()
    qtbot.wait(15)  # pyqtgraph sends at most one hover each 10 ms
    QTest.mouseMove(view.viewport(), point)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "", timeout=2000)
    return window.statusBar().currentMessage()


@pytest.mark.parametrize("p, op, cell, inside", [
    (0, 1, (5, 2), False),  # row 5 + 0 = 5 = F: past the full result
    (1, 1, (3, 1), True),   # row 3 + 1 = 4 < F: where p = 1 would have cropped
    (2, 1, (1, 0), True),   # row 1 + 2 = 3 < F
])
def test_an_op_strip_cell_says_whether_it_holds_a_sum(make_window, qtbot, p, op, cell, inside):
    assert (cell[0] + p < F) == inside
    window = make_window(core.ConvTParams(padding=(p, p), output_padding=(op, op)))
    text = _hover(window, qtbot, *cell)
    assert text.startswith(f"Output y [{cell[0]}, {cell[1]}] = "), text
    if inside:
        assert text.endswith("in the output_padding strip, where p would have cropped: "
                             "a sum like any other cell"), text
    else:
        assert text.endswith("past the full scatter result: no input lands here, so it is 0"), text


def test_with_a_bias_a_cell_past_the_result_holds_only_the_bias(make_window, qtbot):
    window = make_window(core.ConvTParams(output_padding=(1, 1)))
    window.channels.bias.setChecked(True)
    qtbot.waitUntil(lambda: window.state.result.setup.bias)
    text = _hover(window, qtbot, 5, 5)
    assert text.endswith("no input lands here, so it holds only the bias"), text
    assert text.startswith("Output y [5, 5] = 1"), text  # b[0] = 0 + 1
