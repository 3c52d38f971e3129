"""The channel panel says what a change of channels removes, and shows only what it applied.

Kernel values typed into a slice that fewer channels (or other groups) cannot
keep are named with undo's way back, as typed input values are; so is a
bias read from a session.  Bias ticked while a count waits in its field with
a problem is applied on its own, and the waiting count keeps its message.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from convt_lab import core
from convt_lab.gui.i18n import install_language
from tests.gui.test_values import double_click, press, type_into_editor


@pytest.fixture(autouse=True)
def english(qapp):
    """Each test starts, and leaves the application, in English."""
    install_language(qapp, "en")
    yield
    install_language(qapp, "en")


def type_into(qtbot, box, value: int) -> None:
    """Click into a spinner, type ``value`` over its text and press Enter."""
    box.setFocus(Qt.FocusReason.MouseFocusReason)
    box.selectAll()
    qtbot.keyClicks(box, str(value))
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.value() == value


def shown(window, grid: str) -> np.ndarray:
    """The numbers a grid of the lesson writes in its cells."""
    item = window.grids.items[grid]
    return np.array([float(t) for t in item._texts]).reshape(item.grid_shape)


def type_kernel_value(qtbot, window, user, row: int, col: int, text: str) -> None:
    """Double-click a cell of the kernel grid, type a value and press Enter."""
    double_click(qtbot, window, user, "kernel", row, col)
    qtbot.waitUntil(window.editor.isVisible, timeout=2000)
    type_into_editor(qtbot, window, text)


def test_fewer_output_channels_name_the_typed_kernel_they_removed(window, qtbot, user) -> None:
    panel = window.channels
    type_into(qtbot, panel.out_channels, 2)
    type_into(qtbot, panel.pick_out, 1)  # the lesson now shows w[0,1]
    type_kernel_value(qtbot, window, user, 0, 0, "11")
    assert shown(window, "kernel")[0, 0] == 11
    type_into(qtbot, panel.out_channels, 1)
    note = panel.note.text()
    assert "w[0,1]" in note and "Ctrl+Z" in note and panel.note.isVisible()
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.out_channels.value() == 2 and panel.note.text() == ""  # back, nothing to say
    assert window.state.document.w[0, 1, 0, 0] == 11


def test_other_groups_name_the_typed_kernels_they_removed(window, qtbot, user) -> None:
    panel = window.channels
    type_into(qtbot, panel.in_channels, 2)
    type_into(qtbot, panel.out_channels, 2)
    type_into(qtbot, panel.pick_in, 1)
    type_into(qtbot, panel.pick_out, 1)  # w[1,1]
    type_kernel_value(qtbot, window, user, 1, 1, "13")
    type_into(qtbot, panel.groups, 2)  # the weight becomes (2, 1, 3, 3): w[1,1] goes
    assert window.state.setup.groups == 2
    note = panel.note.text()
    assert "w[1,1]" in note and "w[0,1]" not in note and "Ctrl+Z" in note


def test_fewer_input_channels_name_a_kernel_typed_for_the_removed_one(window, qtbot, user) -> None:
    """Only a kernel value of input channel 1 was typed: its input values are the app's own."""
    panel = window.channels
    type_into(qtbot, panel.in_channels, 2)
    type_into(qtbot, panel.pick_in, 1)
    type_kernel_value(qtbot, window, user, 0, 0, "21")
    type_into(qtbot, panel.in_channels, 1)
    note = panel.note.text()
    assert "w[1,0]" in note and "input channel" not in note and "Ctrl+Z" in note


def test_channels_only_numbered_by_the_app_remove_nothing_worth_a_note(window, qtbot) -> None:
    panel = window.channels
    type_into(qtbot, panel.in_channels, 2)
    type_into(qtbot, panel.out_channels, 2)  # w[1,0] keeps its numbers from the (2, 1) shape
    type_into(qtbot, panel.in_channels, 1)
    type_into(qtbot, panel.out_channels, 1)
    assert panel.note.text() == ""


def test_a_session_s_bias_removed_with_its_output_channel_is_named(window, qtbot) -> None:
    document = window.state.document.with_setup(core.ChannelSetup(1, 2, 1, True))
    window.apply_document(document.replace(b=[0.5, -2.0]))  # as a session file sets it
    panel = window.channels
    type_into(qtbot, panel.out_channels, 1)
    note = panel.note.text()
    assert "bias of output channel 1" in note and "Ctrl+Z" in note


def test_the_removed_kernel_note_in_chinese(window, qtbot, user) -> None:
    assert window.set_language("zh")
    panel = window.channels
    type_into(qtbot, panel.out_channels, 2)
    type_into(qtbot, panel.pick_out, 1)
    type_kernel_value(qtbot, window, user, 0, 0, "11")
    type_into(qtbot, panel.out_channels, 1)
    note = panel.note.text()
    assert "卷积核 w[0,1]" in note and "Ctrl+Z" in note and "removed" not in note


def test_bias_ticked_while_groups_wait_with_a_problem_applies_alone(window, qtbot) -> None:
    panel = window.channels
    type_into(qtbot, panel.in_channels, 2)
    type_into(qtbot, panel.groups, 2)  # C_out = 1: groups 2 breaks a rule and waits
    assert window.state.setup.groups == 1 and panel.problem.isVisible()
    before = shown(window, "output")
    qtbot.mouseClick(panel.bias, Qt.MouseButton.LeftButton)
    assert panel.bias.isChecked() and window.state.setup.bias  # shown and applied
    assert (shown(window, "output") == before + window.state.document.b[0]).all()
    assert panel.groups.value() == 2 and panel.problem.isVisible()  # still waiting, still said
    assert "groups = 2" in panel.problem.text()
    # An unrelated edit then leaves the bias as it is shown.
    type_into(qtbot, panel.pick_in, 1)
    assert panel.bias.isChecked() and window.state.setup.bias
    # And undo takes the bias back off, as one step of its own.
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not panel.bias.isChecked() and not window.state.setup.bias


def test_typed_inputs_and_kernels_removed_together_are_named_in_one_note(window, qtbot, user) -> None:
    panel = window.channels
    type_into(qtbot, panel.in_channels, 2)
    type_into(qtbot, panel.pick_in, 1)
    double_click(qtbot, window, user, "input", 0, 0)
    qtbot.waitUntil(window.editor.isVisible, timeout=2000)
    type_into_editor(qtbot, window, "42")
    type_kernel_value(qtbot, window, user, 1, 1, "-3")
    type_into(qtbot, panel.in_channels, 1)
    note = panel.note.text()
    assert "input channel 1" in note and "w[1,0]" in note
    assert note.count("Ctrl+Z") == 1
