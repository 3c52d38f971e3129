"""Ctrl+Z in a spinner takes back what was typed there before it undoes an edit.

Typed and not committed (no Enter), "3" in Stride is the newest thing the
user did: as in any editor, the first Ctrl+Z puts the spinner's value back
and undoes nothing; the next Ctrl+Z undoes the last edit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

CTRL = Qt.KeyboardModifier.ControlModifier


def focus(qtbot, window, box) -> None:
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    box.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(box.hasFocus, timeout=2000)


def type_text(qtbot, window, box, text: str) -> None:
    """Click into a spinner and type ``text`` over its value, without Enter."""
    focus(qtbot, window, box)
    box.selectAll()
    qtbot.keyClicks(box, text)


def test_the_first_ctrl_z_takes_back_only_the_uncommitted_text(window, qtbot) -> None:
    padding, stride = window.params.spins["padding"][0], window.params.spins["stride"][0]
    type_text(qtbot, window, padding, "1")
    qtbot.keyClick(padding, Qt.Key.Key_Return)
    assert padding.text() == "1" and window.state.params.padding == (1, 1)
    type_text(qtbot, window, stride, "3")
    assert stride.text() == "3" and window.state.params.stride == (2, 2)  # typed, not applied
    qtbot.keyClick(stride, Qt.Key.Key_Z, CTRL)
    assert stride.text() == "2" and stride.hasFocus()  # the typing is gone
    assert padding.text() == "1" and window.state.params.padding == (1, 1)  # the edit stays
    qtbot.keyClick(stride, Qt.Key.Key_Return)  # nothing typed: Enter applies nothing new
    assert (window.state.params.stride, window.state.params.padding) == ((2, 2), (1, 1))
    focus(qtbot, window, stride)
    qtbot.keyClick(stride, Qt.Key.Key_Z, CTRL)  # now the edit is undone
    assert padding.text() == "0" and window.state.params.padding == (0, 0)


def test_ctrl_z_in_a_channel_spinner_takes_back_its_typing_first(window, qtbot) -> None:
    panel = window.channels
    type_text(qtbot, window, panel.in_channels, "2")
    qtbot.keyClick(panel.in_channels, Qt.Key.Key_Return)
    assert window.state.setup.in_channels == 2
    type_text(qtbot, window, panel.out_channels, "4")
    qtbot.keyClick(panel.out_channels, Qt.Key.Key_Z, CTRL)
    assert panel.out_channels.text() == "1" and panel.in_channels.text() == "2"
    assert window.state.setup.in_channels == 2
    qtbot.keyClick(panel.out_channels, Qt.Key.Key_Z, CTRL)
    assert panel.in_channels.text() == "1" and window.state.setup.in_channels == 1


def test_ctrl_z_with_nothing_typed_undoes_at_once(window, qtbot) -> None:
    stride = window.params.spins["stride"][0]
    type_text(qtbot, window, stride, "3")
    qtbot.keyClick(stride, Qt.Key.Key_Return)
    assert window.state.params.stride == (3, 3)
    focus(qtbot, window, stride)
    qtbot.keyClick(stride, Qt.Key.Key_Z, CTRL)
    assert stride.text() == "2" and window.state.params.stride == (2, 2)
