"""The parameter spinners drive every grid; broken rules are explained inline.

Expected sizes come from the formulas written below (PyTorch's
``ConvTranspose2d`` docs; Dumoulin & Visin 2016, section 4), not from core.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from convt_lab import core

FIELDS = ("input_size", "kernel_size", "stride", "padding", "output_padding", "dilation")


def axis_sizes(n: int, k: int, s: int, p: int, op: int, d: int) -> dict[str, int]:
    """Every grid's size along one axis."""
    inserted = n + (s - 1) * (n - 1)  # s - 1 zeros between neighbours
    pad = d * (k - 1) - p  # on each side; negative crops
    return {
        "input": n,
        "zero_inserted": inserted,
        "padded": inserted + 2 * pad + op,
        "output": (n - 1) * s - 2 * p + d * (k - 1) + op + 1,
        "kernel": k,
        "flipped": k,
    }


def expected_shapes(values: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    h, w = (axis_sizes(*(values[f][axis] for f in FIELDS)) for axis in (0, 1))
    return {name: (h[name], w[name]) for name in h}


def spin_values(window) -> dict[str, tuple[int, int]]:
    return {f: (h.value(), w.value()) for f, (h, w) in window.params.spins.items()}


def assert_shapes(window, user, values) -> None:
    expected = expected_shapes(values)
    assert user.shapes(window) == expected
    assert window.state.result.output.shape == expected["output"]


def type_into(qtbot, spin, text: str) -> None:
    """Select the spinner's text, type ``text`` and press Enter."""
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


# The lesson's defaults before anything is touched.
LESSON = {
    "input_size": (2, 2),
    "kernel_size": (3, 3),
    "stride": (2, 2),
    "padding": (0, 0),
    "output_padding": (0, 0),
    "dilation": (1, 1),
}


def test_starts_on_the_lesson(window, user) -> None:
    assert spin_values(window) == LESSON
    assert window.params.square.isChecked()
    assert_shapes(window, user, LESSON)
    assert user.shapes(window)["output"] == (5, 5)  # (2-1)*2 + (3-1) + 1
    assert window.params.problem.text() == ""


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("input_size", 4),
        ("kernel_size", 2),
        ("stride", 3),
        ("padding", 1),
        ("dilation", 2),
        ("output_padding", 1),
    ],
)
def test_square_spinner_changes_both_axes(window, user, field, value) -> None:
    height, width = window.params.spins[field]
    height.setValue(value)
    assert width.value() == value  # the square link follows
    values = {**LESSON, field: (value, value)}
    assert spin_values(window) == values
    assert_shapes(window, user, values)
    assert window.params.problem.text() == ""


def test_width_spinner_also_drives_the_height_when_square(window, user) -> None:
    window.params.spins["stride"][1].setValue(3)
    assert window.params.spins["stride"][0].value() == 3
    assert_shapes(window, user, {**LESSON, "stride": (3, 3)})


def test_typing_into_a_spinner(window, user, qtbot) -> None:
    height, width = window.params.spins["input_size"]
    type_into(qtbot, height, "5")
    assert (height.value(), width.value()) == (5, 5)
    assert_shapes(window, user, {**LESSON, "input_size": (5, 5)})
    assert user.shapes(window)["output"] == (11, 11)  # (5-1)*2 + 2 + 1


def test_rectangular_once_square_is_off(window, user, qtbot) -> None:
    window.params.square.setChecked(False)
    spins = window.params.spins
    spins["input_size"][0].setValue(3)
    spins["input_size"][1].setValue(4)
    spins["kernel_size"][0].setValue(3)
    spins["kernel_size"][1].setValue(2)
    spins["stride"][1].setValue(3)
    spins["padding"][0].setValue(1)
    type_into(qtbot, spins["output_padding"][1], "2")
    spins["output_padding"][0].setValue(1)
    spins["dilation"][1].setValue(2)
    values = {
        "input_size": (3, 4),
        "kernel_size": (3, 2),
        "stride": (2, 3),
        "padding": (1, 0),
        "output_padding": (1, 2),
        "dilation": (1, 2),
    }
    assert spin_values(window) == values
    assert_shapes(window, user, values)
    assert user.shapes(window)["output"] == (6, 14)  # 4 - 2 + 2 + 1 + 1, 9 + 2 + 2 + 1
    assert window.params.problem.text() == ""


def test_square_on_again_copies_heights_to_widths(window, user) -> None:
    window.params.square.setChecked(False)
    window.params.spins["input_size"][1].setValue(4)
    assert user.shapes(window)["input"] == (2, 4)
    window.params.spins["stride"][0].setValue(3)
    assert user.shapes(window)["zero_inserted"] == (4, 7)  # 2 + 2*1, 4 + 1*3
    window.params.square.setChecked(True)
    values = {**LESSON, "stride": (3, 3)}
    assert spin_values(window) == values
    assert_shapes(window, user, values)


def test_cropping_padding(window, user) -> None:
    # P = d(k-1) - p = 2 - 2 = 0, then 2 - 3 = -1 (the padded grid is cropped).
    window.params.spins["input_size"][0].setValue(4)
    window.params.spins["padding"][0].setValue(3)
    values = {**LESSON, "input_size": (4, 4), "padding": (3, 3)}
    assert_shapes(window, user, values)
    assert user.shapes(window)["padded"] == (5, 5)  # 7 - 2
    assert user.shapes(window)["output"] == (3, 3)


# -- broken rules ------------------------------------------------------------
def test_output_padding_rule(window, user) -> None:
    before = user.shapes(window)
    op_h, _ = window.params.spins["output_padding"]
    op_h.setValue(2)  # op = 2 is not < stride 2 nor < dilation 1
    problem = window.params.problem.text()
    assert "output_padding" in problem
    assert user.shapes(window) == before  # the last valid picture stays
    assert window.state.params.output_padding == (0, 0)

    op_h.setValue(1)
    assert window.params.problem.text() == ""
    assert_shapes(window, user, {**LESSON, "output_padding": (1, 1)})


def test_output_padding_becomes_valid_by_raising_dilation(window, user) -> None:
    window.params.spins["output_padding"][0].setValue(2)
    assert "output_padding" in window.params.problem.text()
    window.params.spins["dilation"][0].setValue(3)  # now op 2 < d 3
    assert window.params.problem.text() == ""
    assert_shapes(window, user, {**LESSON, "output_padding": (2, 2), "dilation": (3, 3)})


def test_output_size_rule(window, user, qtbot) -> None:
    # (2-1)*2 - 2p + 2 + 0 + 1 = 5 - 2p: p = 2 gives 1, p = 3 gives -1.
    pad_h, _ = window.params.spins["padding"]
    pad_h.setValue(2)
    assert window.params.problem.text() == ""
    assert user.shapes(window)["output"] == (1, 1)
    before = user.shapes(window)

    type_into(qtbot, pad_h, "3")
    problem = window.params.problem.text()
    assert "output size" in problem
    assert "-1" in problem or "\u22121" in problem  # the formula's result is shown
    assert user.shapes(window) == before

    pad_h.setValue(1)
    assert window.params.problem.text() == ""
    assert_shapes(window, user, {**LESSON, "padding": (1, 1)})


def test_problem_on_one_axis_when_not_square(window, user) -> None:
    window.params.square.setChecked(False)
    window.params.spins["stride"][1].setValue(3)
    window.params.spins["output_padding"][1].setValue(2)  # fine: 2 < 3
    values = {**LESSON, "stride": (2, 3), "output_padding": (0, 2)}
    assert_shapes(window, user, values)
    window.params.spins["output_padding"][0].setValue(2)  # height: 2 < 2 fails
    problem = window.params.problem.text()
    assert "output_padding" in problem
    assert user.shapes(window) == expected_shapes(values)
    window.params.spins["stride"][0].setValue(3)  # now 2 < 3 on both axes
    assert window.params.problem.text() == ""
    assert_shapes(window, user, {**values, "stride": (3, 3), "output_padding": (2, 2)})


def test_selection_follows_a_parameter_change(window, user) -> None:
    window.state.select(("output", 4, 4))
    window.params.spins["input_size"][0].setValue(3)  # output grows to 7x7
    assert window.state.selection == ("output", 4, 4)
    assert window.grids.highlighted("output") == {(4, 4)}
    assert window.grids.highlighted("input") == {
        (r, c) for r, c, _, _ in window.state.result.sources(4, 4)
    }
    window.params.spins["input_size"][0].setValue(1)  # output 3x3: (4, 4) is gone
    assert window.state.selection is None
    assert window.grids.highlighted("output") == set()


def test_spinner_limits_come_from_core(window) -> None:
    for field, (height, width) in window.params.spins.items():
        assert (height.minimum(), height.maximum()) == core.LIMITS[field]
        assert (width.minimum(), width.maximum()) == core.LIMITS[field]


def _tooltip(spin) -> str:
    """What the spinner says when the mouse rests on it (Qt's ToolTip event)."""
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    centre = spin.rect().center()
    QApplication.sendEvent(spin, QHelpEvent(QEvent.Type.ToolTip, centre, spin.mapToGlobal(centre)))
    shown = QToolTip.text() if QToolTip.isVisible() else spin.toolTip()
    QToolTip.hideText()
    return shown


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen tooltip window
@pytest.mark.parametrize("n, k, s, d", [(2, 3, 2, 1), (4, 5, 3, 1), (3, 2, 1, 3)])
def test_a_spinner_tooltip_gives_the_valid_values_now(make_window, n, k, s, d) -> None:
    """Padding may grow while every grid keeps a side >= 1 (the formulas above)."""
    window = make_window(core.ConvTParams(input_size=(n, n), kernel_size=(k, k), stride=(s, s),
                                          dilation=(d, d)))
    spins = window.params.spins
    # The output is the first grid to vanish as p grows: (n-1)s - 2p + d(k-1) + 1 >= 1.
    high = ((n - 1) * s + d * (k - 1)) // 2
    assert all(axis_sizes(n, k, s, high, 0, d)[g] >= 1 for g in ("padded", "output"))
    assert axis_sizes(n, k, s, high + 1, 0, d)["output"] < 1
    assert _tooltip(spins["padding"][0]) == f"Valid now: 0 to {high}"
    # After a change the tooltip follows the new parameters (stride 1 shrinks the range).
    window.state.request(stride=(1, 1))
    high1 = ((n - 1) + d * (k - 1)) // 2
    assert _tooltip(spins["padding"][1]) == f"Valid now: 0 to {high1}"


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen tooltip window
def test_a_refused_keystroke_says_why(make_window, qtbot) -> None:
    """Typing 129 into the input size: Qt drops the 9; a tooltip at the field says why.

    The lesson (k 3, s 2, p 0): the padded grid is (H − 1)·2 + 1 + 2·2 cells, at most 128,
    so H is at most 62 (worked out here by trying every H).
    """
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QToolTip

    most = max(h for h in range(1, 200) if (h - 1) * 2 + 1 + 4 <= 128)
    window = make_window()
    box = window.params.spins["input_size"][0]
    box.setFocus()
    box.selectAll()
    QTest.keyClicks(box, "129")
    assert box.text() == "12"  # the key is still dropped, but no longer silently
    assert QToolTip.text() == f"129 is not allowed here. Valid now: 1 to {most}", QToolTip.text()


# Keys typed into the lesson's padding spinner, the text Qt leaves, and the reason said.
# The lesson (2×2, k 3, s 2): the output (2 − 1)·2 − 2p + 2 + 1 is at least 1 for p ≤ 2.
REFUSALS = [
    ("1.5", "15", "1.: whole numbers only. Valid now: 0 to 2"),  # the point is dropped
    ("2a", "2", "2a: whole numbers only. Valid now: 0 to 2"),
    ("-1", "1", "No negative values here. Valid now: 0 to 2"),
]


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen tooltip window
@pytest.mark.parametrize("keys, left, says", REFUSALS)
def test_a_dropped_non_number_key_says_why(make_window, keys, left, says) -> None:
    """A decimal point, a letter, or a minus sign where nothing is negative: Qt drops the key,
    and a tooltip at the field names the problem."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QToolTip

    assert max(p for p in range(10) if (2 - 1) * 2 - 2 * p + 2 + 1 >= 1) == 2
    window = make_window()
    box = window.params.spins["padding"][0]
    box.setFocus()
    box.selectAll()
    QTest.keyClicks(box, keys)
    assert box.text() == left
    assert QToolTip.text() == says, QToolTip.text()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_enter_on_a_number_below_the_least_says_why_and_applies_nothing(make_window) -> None:
    """Stride 0, then Enter: Qt puts 2 back; the tooltip says 0 is refused, nothing changes."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QToolTip

    window = make_window()
    box = window.params.spins["stride"][0]
    before = window.state.params
    box.setFocus()
    box.selectAll()
    QTest.keyClicks(box, "0")
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert box.text() == "2" and window.state.params == before
    assert QToolTip.text().startswith("0 is not allowed here. Valid now: 1 to "), QToolTip.text()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_practice_and_channel_fields_say_why_too(make_window) -> None:
    """The Practice answer boxes and the channel spinners refuse a decimal point aloud."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QToolTip

    window = make_window()
    window.show_view("practice")
    for box in (window.channels.in_channels, window.view("practice").size_boxes[0]):
        QToolTip.hideText()
        box.setFocus()
        box.selectAll()
        QTest.keyClicks(box, "3.")
        assert box.text() == "3"
        low, high = box.minimum(), box.maximum()
        assert QToolTip.text() == f"3.: whole numbers only. Valid now: {low} to {high}"
