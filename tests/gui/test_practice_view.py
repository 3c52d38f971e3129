"""The Practice tab as a student uses it: answer, check, read why, see the step.

Expected answers come from the definitions written here (shape formula,
P = d(k − 1) − p, the direct scatter definition), not from the app.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from convt_lab.gui.model.practice import exercises


def ref_size(H, k, s, p, op, d):
    return (H - 1) * s - 2 * p + d * (k - 1) + op + 1


def ref_sources(ex):
    """Input cells that reach y[i, j]: x[r, c] lands on (r·s − p + a·d, c·s − p + b·d)."""
    P, (i, j) = ex.params, ex.cell
    out = set()
    for r in range(P.input_size[0]):
        for c in range(P.input_size[1]):
            for a in range(P.kernel_size[0]):
                for b in range(P.kernel_size[1]):
                    if (r * P.stride[0] - P.padding[0] + a * P.dilation[0] == i
                            and c * P.stride[1] - P.padding[1] + b * P.dilation[1] == j):
                        out.add((r, c))
    return out


SEED = 18  # its first exercise: x 2×2, k 3, s 2, p 1, d 3 (see test_the_case_is_the_seeds)


@pytest.fixture
def practice(make_window, qtbot):
    window = make_window()
    window.show_view("practice")
    view = window.view("practice")
    view.seed.setValue(SEED)
    view.difficulty.setCurrentIndex(view.difficulty.findData("mixed"))
    qtbot.mouseClick(_button(view, "New set"), Qt.MouseButton.LeftButton)
    return window, view


def _button(view, text):
    from PySide6.QtWidgets import QPushButton

    return next(b for b in view.findChildren(QPushButton) if b.text() == text)


def test_the_case_is_the_seeds(practice):
    _, view = practice
    ex = view.session.exercise
    assert ex.params == exercises(SEED, 1)[0].params
    assert ex.params.dilation == (3, 3) and ex.params.kernel_size == (3, 3)


def _click_x(qtbot, view, row, col):
    """A real left click on cell (row, col) of the given x grid."""
    widget = view.given
    qtbot.waitUntil(lambda: widget.isVisible())
    view.given_box.updateMatrix()
    widget.repaint()
    scene = view.x_item.mapToScene(col + 0.5, row + 0.5)
    point = widget.mapFromScene(scene)
    point = QPoint(int(point.x()), int(point.y()))
    qtbot.mouseMove(widget.viewport(), pos=point)
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_a_round_with_wrong_answers(practice, qtbot):
    window, view = practice
    state = window.state
    ex = view.session.exercise
    before = state.document.params
    # Nothing of the case is shown before an answer; later questions are locked.
    assert view.right_side.currentIndex() == 0
    assert not view.checks[1].isEnabled() and not view.inputs[4].isEnabled()

    # 1. The size with k − 1 instead of d(k − 1): the reason names d.
    a = ex.params.axes
    for box, s in zip(view.size_boxes, a):
        box.setValue((s.size - 1) * s.stride - 2 * s.padding + (s.kernel - 1) + 1)
    qtbot.mouseClick(view.checks[0], Qt.MouseButton.LeftButton)
    text = view.verdicts[0].text()
    right = ref_size(a[0].size, a[0].kernel, a[0].stride, a[0].padding, 0, a[0].dilation)
    assert text.startswith("\u2717") and "d = 3" in text and f"= {right}" in text
    assert view.score.text() == "Score: 0 of 1"
    assert state.document.params == before  # still nothing revealed
    assert view.checks[1].isEnabled()

    # 2. P with k − p − 1: named, then the right answer reveals the padded grid.
    for box, s in zip(view.pad_boxes, a):
        box.setValue(s.kernel - s.padding - 1)
    qtbot.mouseClick(view.checks[1], Qt.MouseButton.LeftButton)
    pad = [s.dilation * (s.kernel - 1) - s.padding for s in a]
    assert "k \u2212 p \u2212 1, but d = 3" in view.verdicts[1].text()
    assert f"= {pad[0]}" in view.verdicts[1].text()
    assert state.document.params == ex.params and state.step == 2
    assert view.right_side.currentIndex() == 1 and view.lesson.isVisible()
    for box, v in zip(view.pad_boxes, pad):
        box.setValue(v)
    qtbot.mouseClick(view.checks[1], Qt.MouseButton.LeftButton)
    assert view.verdicts[1].text().startswith("\u2713")
    assert view.score.text() == "Score: 0 of 2"  # the first answer is the one that counts

    # 3. Sources: click a cell (by real mouse), check, see the window on the padded grid.
    _click_x(qtbot, view, 0, 0)
    assert view.picked == {(0, 0)}
    assert "x[0,0]" in view.picked_label.text()
    qtbot.mouseClick(view.checks[2], Qt.MouseButton.LeftButton)
    expected = ref_sources(ex)
    sources_right = view.picked == expected
    assert (view.picked == expected) == view.verdicts[2].text().startswith("\u2713")
    assert state.selection == ("output", *ex.cell)
    assert view.lesson.highlighted("input", "source") == expected

    # 4. The value, typed with a Unicode minus where needed; a word is refused without a score.
    view.value_edit.setText("seven")
    qtbot.mouseClick(view.checks[3], Qt.MouseButton.LeftButton)
    assert view.score.text() == "Score: 0 of 3" and "'seven' is not a number" in view.verdicts[3].text()
    y = 0.0
    P = ex.params
    for r, c in expected:
        for aa in range(P.kernel_size[0]):
            for bb in range(P.kernel_size[1]):
                if (r * P.stride[0] - P.padding[0] + aa * P.dilation[0] == ex.cell[0]
                        and c * P.stride[1] - P.padding[1] + bb * P.dilation[1] == ex.cell[1]):
                    y += ex.x[r, c] * ex.w[aa, bb]
    view.value_edit.setText(f"{y:g}".replace("-", "\u2212"))
    qtbot.keyClick(view.value_edit, Qt.Key.Key_Return)
    assert view.verdicts[3].text().startswith("\u2713")
    assert state.step == 4

    # 5. "None" when op is allowed by the dilation alone: the reason says d allows it.
    axis = ex.target_axis
    op = ex.target - ref_size(P.input_size[axis], P.kernel_size[axis], P.stride[axis],
                              P.padding[axis], 0, P.dilation[axis])
    assert P.stride[axis] <= op < P.dilation[axis]  # what this seed's case is chosen for
    view.op_box.setValue(-1)
    qtbot.mouseClick(view.checks[4], Qt.MouseButton.LeftButton)
    assert "d = 3" in view.verdicts[4].text() and view.verdicts[4].text().startswith("\u2717")
    assert state.result.output.shape[axis] == ex.target  # the op that gives N is shown
    assert view.score.text() == f"Score: {1 + sources_right} of 5"  # only the value was right


def test_score_and_answers_survive_a_language_change(practice, qtbot):
    window, view = practice
    view.size_boxes[0].setValue(1)
    qtbot.mouseClick(view.checks[0], Qt.MouseButton.LeftButton)
    assert window.set_language("zh")
    try:
        rebuilt = window.view("practice")
        assert rebuilt is not view
        assert rebuilt.score.text() == "得分：0 / 1"
        assert rebuilt.verdicts[0].text().startswith("\u2717") and "不对" in rebuilt.verdicts[0].text()
        assert rebuilt.checks[1].isEnabled()
    finally:
        window.set_language("en")


def test_next_exercise_and_new_set(practice, qtbot):
    _, view = practice
    first = view.session.exercise
    qtbot.mouseClick(view.next, Qt.MouseButton.LeftButton)
    assert view.session.index == 1 and view.title.text().startswith("Exercise 2 of 10")
    assert view.session.exercise is not first
    assert view.verdicts[0].text() == "" and not view.checks[1].isEnabled()
    shown = [view.x_item.grid_shape, view.w_item.grid_shape]
    assert shown == [view.session.exercise.params.input_size, view.session.exercise.params.kernel_size]
    view.seed.setValue(SEED + 1)
    qtbot.mouseClick(_button(view, "New set"), Qt.MouseButton.LeftButton)
    assert view.session.index == 0
    assert view.session.exercise.params == exercises(SEED + 1, 1)[0].params
    assert np.array_equal(view.session.exercise.x, exercises(SEED + 1, 1)[0].x)


@pytest.mark.parametrize("change", ["theme", "language", "font"])
def test_answers_typed_but_not_checked_survive_a_rebuild(practice, qtbot, change):
    """Typed answers, clicked cells and a seed not yet applied stay when the window is rebuilt."""
    window, view = practice
    qtbot.mouseClick(view.checks[0], Qt.MouseButton.LeftButton)  # opens question 2
    view.pad_boxes[0].setValue(3)
    qtbot.mouseClick(view.checks[1], Qt.MouseButton.LeftButton)  # opens question 3: clicking x
    _click_x(qtbot, view, 0, 1)
    view.size_boxes[0].setValue(7)
    view.pad_boxes[1].setValue(-2)
    view.value_edit.setText("12.5")
    view.op_box.setValue(1)
    view.seed.setValue(1234)  # typed, "New set" not pressed
    view.difficulty.setCurrentIndex(view.difficulty.findData("basic"))
    picked = set(view.picked)
    assert picked == {(0, 1)}
    {"theme": lambda: window.set_theme("dark"), "language": lambda: window.set_language("zh"),
     "font": lambda: window.set_font_scale(1.5)}[change]()
    try:
        rebuilt = window.view("practice")
        assert rebuilt is not view
        assert [b.value() for b in rebuilt.size_boxes][0] == 7
        assert [b.value() for b in rebuilt.pad_boxes] == [3, -2]
        assert rebuilt.value_edit.text() == "12.5" and rebuilt.op_box.value() == 1
        assert rebuilt.seed.value() == 1234 and rebuilt.difficulty.currentData() == "basic"
        assert rebuilt.picked == picked and "x[0,1]" in rebuilt.picked_label.text()
        assert rebuilt.session.seed == SEED  # nothing was applied that the student did not apply
    finally:
        window.set_language("en")
        window.set_theme("light")
        window.set_font_scale(1.0)


@pytest.mark.parametrize("typed, reason", [("10000000", "too large"), ("1,5", "ambiguous"),
                                           ("1e309", "too large"), ("abc", "not a number")])
def test_a_refused_value_answer_says_why(practice, qtbot, typed, reason):
    """The value question reads a number as the cell editor does, and gives its reason."""
    window, view = practice
    for q in range(3):  # questions 1 to 3 open question 4
        if q == 2:
            for cell in view.session.exercise.sources:
                _click_x(qtbot, view, *cell)
        qtbot.mouseClick(view.checks[q], Qt.MouseButton.LeftButton)
    assert view.checks[3].isEnabled()
    view.value_edit.setText(typed)
    view.check(3)
    assert reason in view.verdicts[3].text(), view.verdicts[3].text()
    view.value_edit.setText("")
    view.check(3)
    assert "Type a number" in view.verdicts[3].text()
