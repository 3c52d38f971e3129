"""Typing values into cells, the fill actions, and undo/redo of both.

The output the window should show is computed here by a naive scatter loop
(every x[r, c] * w[a, b] added to output cell (r*s - p + a*d, c*s - p + b*d)),
written separately from the engine.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from convt_lab import core
from convt_lab.gui.model.fills import random_ints
from tests.reference import naive_output

LESSON = core.ConvTParams()


# -- the definition, written out -----------------------------------------------
def lesson_values(shape: tuple[int, int]) -> np.ndarray:
    return np.arange(1, shape[0] * shape[1] + 1, dtype=float).reshape(shape)


def check_values(window, x: np.ndarray, w: np.ndarray) -> None:
    """The state holds x and w, and the window shows their transposed convolution."""
    wt = window.state.result
    np.testing.assert_array_equal(wt.x, x)
    np.testing.assert_array_equal(wt.weight, w)
    expected = naive_output(window.state.params, x, w)
    np.testing.assert_allclose(wt.output, expected, rtol=1e-12, atol=1e-12)
    # What the output grid writes in its cells.
    shown = window.grids.items["output"]._texts
    assert len(shown) == expected.size
    for text, value in zip(shown, expected.ravel()):
        assert float(text) == pytest.approx(value, rel=1e-3), (text, value)


# -- the cell editor -----------------------------------------------------------
def double_click(qtbot, window, user, grid: str, row: int, col: int) -> None:
    """A real double click: press, release, double-click press, release at one point.

    ``qtbot.mouseDClick`` alone delivers only the MouseButtonDblClick event, and
    pyqtgraph turns a double click into a click event on the following release.
    The mouse first rests over the cell, so that hover side effects (the status
    bar) have happened before the point is measured.
    """
    viewport = window.grids.viewport()
    user.hover(window, grid, row, col)
    point = user.point(window, grid, row, col)
    button = Qt.MouseButton.LeftButton
    qtbot.mousePress(viewport, button, pos=point)
    qtbot.mouseRelease(viewport, button, pos=point)
    qtbot.mouseDClick(viewport, button, pos=point)
    qtbot.mouseRelease(viewport, button, pos=point)


def test_the_picture_holds_still_under_the_mouse(window, qtbot, user) -> None:
    """Resting the mouse on a cell must not move the cells (else a click misses)."""
    view = window.grids
    user.wait_painted(window)
    before = (view.viewport().size(), view.viewbox.viewRange())
    aimed = user.point(window, "input", 0, 1)
    user.move(window, aimed)
    qtbot.wait(50)
    user.wait_painted(window)
    assert (view.viewport().size(), view.viewbox.viewRange()) == before
    assert user.point(window, "input", 0, 1) == aimed


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Type a key into the grids, as the user of the active window does.

    Window shortcuts only fire in the active window; the offscreen platform
    activates a shown (or rebuilt) window a few events later, so wait for it.
    """
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window.grids, key, modifier)


def type_into_editor(qtbot, window, text: str) -> None:
    editor = window.editor
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(editor, text)
    assert editor.text() == text
    qtbot.keyClick(editor, Qt.Key.Key_Return)


@pytest.mark.parametrize("cell", [(0, 1), (1, 0)])
def test_double_click_input_cell_and_type_a_value(window, qtbot, user, cell) -> None:
    double_click(qtbot, window, user, "input", *cell)
    assert window.editor.isVisible()
    assert window.editor.text() == str(int(lesson_values((2, 2))[cell]))  # the old value
    type_into_editor(qtbot, window, "7")
    assert not window.editor.isVisible()
    x = lesson_values((2, 2))
    x[cell] = 7
    check_values(window, x, lesson_values((3, 3)))


def test_double_click_kernel_cell_and_type_a_value(window, qtbot, user) -> None:
    double_click(qtbot, window, user, "kernel", 2, 0)
    assert window.editor.isVisible()
    assert window.editor.text() == "7"
    type_into_editor(qtbot, window, "-2.5")
    assert not window.editor.isVisible()
    w = lesson_values((3, 3))
    w[2, 0] = -2.5
    check_values(window, lesson_values((2, 2)), w)


@pytest.mark.parametrize("text", ["abc", "nan", "inf", "1e309", ""])
def test_bad_text_is_refused_and_said(window, qtbot, user, text) -> None:
    double_click(qtbot, window, user, "input", 1, 1)
    assert window.editor.isVisible()
    type_into_editor(qtbot, window, text)
    assert window.editor.isVisible()  # still open for a correction
    message = window.statusBar().currentMessage()
    assert message
    assert repr(text) in message
    check_values(window, lesson_values((2, 2)), lesson_values((3, 3)))
    assert window.state.undo_stack.count() == 0
    type_into_editor(qtbot, window, "5")  # and a good value then goes in
    assert not window.editor.isVisible()
    x = lesson_values((2, 2))
    x[1, 1] = 5
    check_values(window, x, lesson_values((3, 3)))


def test_escape_cancels_the_edit(window, qtbot, user) -> None:
    double_click(qtbot, window, user, "input", 0, 0)
    assert window.editor.isVisible()
    qtbot.keyClicks(window.editor, "9")
    qtbot.keyClick(window.editor, Qt.Key.Key_Escape)
    assert not window.editor.isVisible()
    check_values(window, lesson_values((2, 2)), lesson_values((3, 3)))
    assert window.state.undo_stack.count() == 0


def test_only_input_and_kernel_cells_are_editable(window, qtbot, user) -> None:
    double_click(qtbot, window, user, "output", 2, 2)
    assert not window.editor.isVisible()
    double_click(qtbot, window, user, "padded", 2, 2)
    assert not window.editor.isVisible()


# -- fills ---------------------------------------------------------------------
def test_fill_actions(window) -> None:
    a = window.actions_
    a.fill_input_ones.trigger()
    check_values(window, np.ones((2, 2)), lesson_values((3, 3)))
    a.fill_kernel_ones.trigger()
    check_values(window, np.ones((2, 2)), np.ones((3, 3)))
    a.fill_input_arange.trigger()
    check_values(window, lesson_values((2, 2)), np.ones((3, 3)))
    a.fill_kernel_arange.trigger()
    check_values(window, lesson_values((2, 2)), lesson_values((3, 3)))
    assert window.state.undo_stack.count() == 4


@pytest.mark.parametrize(
    "params",
    [
        core.ConvTParams((3, 3), 3, 2, 1),
        core.ConvTParams((3, 4), (3, 5), (3, 2), (0, 1), (1, 1)),
        core.ConvTParams((2, 3), 3, 2, 0, 0, 2),
    ],
    ids=["s2p1", "rect", "dilated"],
)
def test_delta_kernel_places_the_input_on_the_stride_lattice(make_window, params) -> None:
    window = make_window(params)
    window.actions_.fill_input_arange.trigger()
    window.actions_.fill_kernel_delta.trigger()
    (k_h, k_w) = params.kernel_size
    w = np.zeros((k_h, k_w))
    ca, cb = (k_h - 1) // 2, (k_w - 1) // 2  # the centre, rounded up and left
    w[ca, cb] = 1
    x = lesson_values(params.input_size)
    check_values(window, x, w)
    # The same thing said directly: x[r, c] lands on (r*s - p + ca*d, c*s - p + cb*d).
    y = window.state.result.output
    (s_h, s_w), (p_h, p_w), (d_h, d_w) = params.stride, params.padding, params.dilation
    lattice = np.zeros(y.shape)
    for r in range(x.shape[0]):
        for c in range(x.shape[1]):
            i, j = r * s_h - p_h + ca * d_h, c * s_w - p_w + cb * d_w
            if 0 <= i < y.shape[0] and 0 <= j < y.shape[1]:
                lattice[i, j] = x[r, c]
    np.testing.assert_array_equal(y, lattice)


def test_random_ints_are_seeded() -> None:
    shape = (5, 6)
    a = random_ints(shape, 42)
    assert a.shape == shape
    np.testing.assert_array_equal(a, random_ints(shape, 42))
    assert np.array_equal(a, np.round(a))
    assert a.min() >= -3 and a.max() <= 5
    others = [random_ints(shape, seed) for seed in (0, 1, 43, 2**31 - 1)]
    assert all(not np.array_equal(a, b) for b in others)
    assert len(np.unique(a)) > 3  # not a constant fill


@pytest.mark.parametrize("target", ["input", "kernel"])
def test_random_fill_action_asks_for_a_seed(window, monkeypatch, target) -> None:
    asked = []

    def get_int(*args, **kwargs):
        asked.append(args)
        return (42, True)

    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(get_int))
    getattr(window.actions_, f"fill_{target}_random").trigger()
    assert len(asked) == 1
    x, w = lesson_values((2, 2)), lesson_values((3, 3))
    if target == "input":
        x = random_ints((2, 2), 42)
    else:
        w = random_ints((3, 3), 42)
    check_values(window, x, w)
    # Cancelling the dialog changes nothing.
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (7, False)))
    getattr(window.actions_, f"fill_{target}_random").trigger()
    check_values(window, x, w)
    assert window.state.undo_stack.count() == 1


# -- undo and redo -------------------------------------------------------------
def test_undo_and_redo_by_keys(window, qtbot, user) -> None:
    stack = window.state.undo_stack
    assert stack.count() == 0
    window.params.spins["stride"][0].setValue(3)  # square: both axes
    assert window.state.params.stride == (3, 3)
    stride3 = window.state.params
    x0, w0 = lesson_values((2, 2)), lesson_values((3, 3))
    check_values(window, x0, w0)
    double_click(qtbot, window, user, "input", 1, 0)
    type_into_editor(qtbot, window, "10")
    x1 = x0.copy()
    x1[1, 0] = 10
    check_values(window, x1, w0)
    assert stack.count() == 2 and stack.index() == 2

    ctrl = Qt.KeyboardModifier.ControlModifier
    press(qtbot, window, Qt.Key.Key_Z, ctrl)  # undo the value
    assert window.state.params == stride3
    check_values(window, x0, w0)
    assert stack.index() == 1
    press(qtbot, window, Qt.Key.Key_Z, ctrl)  # undo the stride
    assert window.state.params == LESSON
    assert window.params.spins["stride"][0].value() == 2  # the spinner follows
    check_values(window, x0, w0)
    assert stack.index() == 0
    press(qtbot, window, Qt.Key.Key_Z, ctrl)  # nothing left to undo
    assert stack.index() == 0 and window.state.params == LESSON

    press(qtbot, window, Qt.Key.Key_Y, ctrl)  # redo the stride
    assert window.state.params == stride3
    check_values(window, x0, w0)
    press(qtbot, window, Qt.Key.Key_Z, ctrl | Qt.KeyboardModifier.ShiftModifier)  # redo the value
    check_values(window, x1, w0)
    assert stack.index() == 2 and stack.count() == 2

    press(qtbot, window, Qt.Key.Key_Z, ctrl)
    window.actions_.fill_kernel_ones.trigger()  # a new edit drops the redo branch
    assert stack.count() == 2 and not stack.canRedo()
    check_values(window, x0, np.ones((3, 3)))


def test_a_refused_value_adds_no_undo_step(window) -> None:
    assert not window.state.request(output_padding=(2, 2))  # op must be < s or < d
    assert window.state.undo_stack.count() == 0
    assert window.state.params == LESSON


# -- exact values in the editor and the status bar -------------------------------
@pytest.mark.parametrize("value", [1234.5678, 999999.5, 1.0001, -0.1, 1 / 3])
def test_the_editor_opens_with_the_exact_value_and_enter_keeps_it(window, qtbot, user, value) -> None:
    x = lesson_values((2, 2))
    x[0, 1] = value
    window.state.set_values(x=x)
    steps = window.state.undo_stack.count()
    double_click(qtbot, window, user, "input", 0, 1)
    assert window.editor.isVisible()
    assert float(window.editor.text()) == value  # not a 3-digit label
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    assert not window.editor.isVisible()
    assert window.state.result.x[0, 1] == value
    assert window.state.undo_stack.count() == steps  # nothing changed, so nothing to undo


def test_english_thousands_are_read_and_ambiguous_commas_refused(window, qtbot, user) -> None:
    from PySide6.QtCore import QLocale

    window.editor.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    double_click(qtbot, window, user, "input", 1, 1)
    type_into_editor(qtbot, window, "1,5")
    assert window.editor.isVisible()
    assert "ambiguous" in window.statusBar().currentMessage()
    assert window.state.result.x[1, 1] == 4
    type_into_editor(qtbot, window, "1,000")
    assert not window.editor.isVisible()
    assert window.state.result.x[1, 1] == 1000


def test_a_german_point_that_could_group_thousands_is_refused() -> None:
    from PySide6.QtCore import QLocale

    from convt_lab.gui.panels.cell_editor import parse_value

    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert parse_value("1,5", german) == 1.5
    with pytest.raises(ValueError, match="ambiguous"):
        parse_value("1.000", german)
    with pytest.raises(ValueError, match="ambiguous"):
        parse_value("1,5", QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.mark.parametrize("typed, said", [
    ("1e-400", "too small to hold"),  # below the smallest float: it would be stored as 0
    ("9" * 65, "too large"),  # digits only: a number, not "not a number"
    ("1.5.5", "is not a number"),  # a point is there already: no advice to write one
    ("1,2,3", "is not a number"),
])
def test_a_typed_value_gets_the_reason_it_is_refused(qapp, typed, said) -> None:
    from PySide6.QtCore import QLocale

    from convt_lab.gui.panels.cell_editor import parse_value

    with pytest.raises(ValueError, match=said):
        parse_value(typed, QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_hovering_a_cell_shows_its_exact_value(window, qtbot, user) -> None:
    x = np.array([[1234.5678, 2.0], [3.0, 999999.5]])
    w = np.full((3, 3), 1.0001)
    window.state.set_values(x=x, w=w)
    expected = naive_output(LESSON, x, w)
    user.hover(window, "output", 2, 2)
    message = window.statusBar().currentMessage()
    # The value as Python writes the float that reads back exactly.
    assert message.endswith(f"= {float(window.state.result.output[2, 2])!r}"), message
    assert float(message.rsplit("= ", 1)[1]) == pytest.approx(expected[2, 2], rel=1e-12)
