"""The lesson's keys work whatever has focus: real key events through QTest.

QTest sends the ``ShortcutOverride`` a real key press produces before the
press itself, so a focused widget that claims a key would keep it here as it
does for a user.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def focus(qtbot, window, widget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


@pytest.fixture
def stride_spin(window, qtbot):
    spin = window.params.spins["stride"][0]
    focus(qtbot, window, spin)
    return spin


def test_ctrl_z_in_a_focused_spinner_undoes_the_last_change(window, qtbot, stride_spin) -> None:
    qtbot.keyClick(stride_spin, Qt.Key.Key_Up)  # the spinner's own Up: stride 2 -> 3
    assert window.state.params.stride == (3, 3)
    assert stride_spin.hasFocus()
    qtbot.keyClick(stride_spin, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.state.params.stride == (2, 2)
    assert stride_spin.value() == 2
    qtbot.keyClick(stride_spin, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.state.params.stride == (3, 3)


def test_space_and_arrows_in_a_focused_spinner_drive_the_animation(window, qtbot, stride_spin) -> None:
    anim = window.animator
    qtbot.keyClick(stride_spin, Qt.Key.Key_Space)
    assert anim.playing
    qtbot.keyClick(stride_spin, Qt.Key.Key_Space)
    assert not anim.playing
    assert stride_spin.value() == 2 and stride_spin.text() == "2"  # no space typed
    start = anim.index
    qtbot.keyClick(stride_spin, Qt.Key.Key_Right)
    assert anim.index == start + 1
    qtbot.keyClick(stride_spin, Qt.Key.Key_Right)
    qtbot.keyClick(stride_spin, Qt.Key.Key_Left)
    assert anim.index == start + 1
    ow = window.state.result.output.shape[1]
    assert window.state.selection == ("output", *divmod(anim.index, ow))


def test_enter_in_a_spinner_hands_the_arrows_back_to_the_grids(window, qtbot, stride_spin) -> None:
    window.state.select(("output", 1, 1))
    stride_spin.lineEdit().selectAll()
    qtbot.keyClicks(stride_spin, "1")
    qtbot.keyClick(stride_spin, Qt.Key.Key_Return)
    assert window.state.params.stride == (1, 1)
    qtbot.waitUntil(lambda: not stride_spin.hasFocus(), timeout=2000)
    target = QApplication.focusWidget()
    qtbot.keyClick(target, Qt.Key.Key_Down)
    assert window.state.selection == ("output", 2, 1)
    assert window.state.params.stride == (1, 1)  # the spinner did not take Down
    qtbot.keyClick(target, Qt.Key.Key_Up)
    assert window.state.selection == ("output", 1, 1)


def test_up_and_down_move_the_selection_from_a_check_box_and_a_button(window, qtbot) -> None:
    window.state.select(("output", 2, 3))
    box = window.params.square
    focus(qtbot, window, box)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert window.state.selection == ("output", 3, 3)
    checked = box.isChecked()
    qtbot.keyClick(box, Qt.Key.Key_Space)  # Space plays; it does not untick "Square"
    assert box.isChecked() == checked
    assert window.animator.playing
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not window.animator.playing


def test_the_cell_editor_keeps_its_keys(window, qtbot) -> None:
    window.grids.editRequested.emit("input", 0, 0)
    editor = window.editor
    qtbot.waitUntil(editor.hasFocus, timeout=2000)
    qtbot.keyClick(editor, Qt.Key.Key_End)
    qtbot.keyClick(editor, Qt.Key.Key_Space)
    qtbot.keyClick(editor, Qt.Key.Key_Left)
    assert " " in editor.text()
    assert not window.animator.playing


def test_a_focused_slider_keeps_its_arrows_but_not_space(window, qtbot) -> None:
    window.show_view("scatter")
    slider = window.animation.slider  # the one animation bar, playing the Scatter stamps here
    focus(qtbot, window, slider)
    slider.setValue(slider.minimum())
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    # One step, not two: the key moved the slider and did not also fire the window's Right.
    assert slider.value() == slider.minimum() + slider.singleStep()
    qtbot.keyClick(slider, Qt.Key.Key_Space)
    assert window.animator.playing
    qtbot.keyClick(slider, Qt.Key.Key_Space)
    assert not window.animator.playing


def test_the_menus_fill_just_after_the_first_paint_and_a_key_before_works(qtbot) -> None:
    """The menu bar shows its titles at once; its menus arrive right after the first paint.

    A key pressed before that still reaches its shortcut: the key makes the menus.
    """
    from convt_lab import core
    from convt_lab.gui.main_window import MainWindow
    from convt_lab.gui.state import LabState

    window = MainWindow(LabState(core.ConvTParams()))
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Lesson", "&Help"]
    window.resize(1280, 720)
    window.show()
    window.activateWindow()
    # Right moves the selection to the next output cell (the Lesson menu's shortcut).
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert window.state.selection == ("output", 0, 0)
    qtbot.waitUntil(lambda: all(a.menu().actions() for a in window.menuBar().actions()),
                    timeout=2000)
    assert [a.text() for a in window.menuBar().actions()] == titles  # the same bar, now filled
    lesson = window.menuBar().actions()[3].menu()
    assert any(a.shortcut().toString() == "Right" for a in lesson.actions())


def test_practice_answers_keep_the_cursor_keys(window, qtbot) -> None:
    """An answer is typed: Home moves the cursor in it, not the lesson's animation."""
    window.show_view("practice")
    box = window.view("practice").size_boxes[0]
    focus(qtbot, window, box)
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "15")
    start = window.animator.index
    qtbot.keyClick(box, Qt.Key.Key_Home)  # the cursor goes before "15"
    qtbot.keyClick(box, Qt.Key.Key_Right)  # past the 1
    qtbot.keyClicks(box, "0")
    assert box.text() == "105", box.text()
    qtbot.keyClick(box, Qt.Key.Key_End)
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert window.animator.index == start and not window.animator.playing


def test_a_text_field_keeps_page_up(window, qtbot) -> None:
    """PgUp in the Plan tab's model text scrolls the text; it does not change the lesson step."""
    window.show_view("plan")
    edit = window.view("plan").source
    focus(qtbot, window, edit)
    window.state.set_step(3)
    qtbot.keyClick(edit, Qt.Key.Key_PageUp)
    assert window.state.step == 3
    qtbot.keyClick(edit, Qt.Key.Key_PageDown)
    assert window.state.step == 3


def test_the_cell_editor_follows_its_cell_when_the_grids_zoom(window, qtbot) -> None:
    """Double-click input (0, 0), then zoom: the field moves with the cell it edits."""
    window.grids.editRequested.emit("input", 0, 0)
    editor = window.editor
    qtbot.waitUntil(editor.hasFocus, timeout=2000)
    before = editor.geometry().topLeft()
    window.grids.viewbox.scaleBy((0.7, 0.7))  # as the wheel zooms in
    qtbot.waitUntil(lambda: editor.geometry().topLeft() != before, timeout=2000)
    item = window.grids.items["input"]
    corner = window.grids.mapFromScene(item.mapToScene(0, 0))
    assert (editor.geometry().topLeft() - corner).manhattanLength() <= 1

