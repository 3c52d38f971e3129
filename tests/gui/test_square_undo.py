"""Undo and redo bring the Square link back with the parameters it was on for.

A rectangular preset unticks Square; Ctrl+Z brings back the square
parameters and, since they were linked before the preset, the tick too, so
a width spinner moves the height again.  Ctrl+Y unticks it once more.  A
link the user took off stays off.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

CTRL = Qt.KeyboardModifier.ControlModifier


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window.grids, key, modifier)


def type_into(qtbot, box, text: str) -> None:
    box.setFocus(Qt.FocusReason.MouseFocusReason)
    box.selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_undoing_the_rectangular_preset_ticks_square_again(window, qtbot) -> None:
    square = window.params.square
    assert square.isChecked()
    window.actions_.presets["rectangular"].trigger()  # Lesson > Presets > Rectangular
    assert not square.isChecked()
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert square.isChecked()
    height, width = window.params.spins["stride"]
    assert height.text() == width.text() == "2"
    press(qtbot, window, Qt.Key.Key_Y, CTRL)
    assert not square.isChecked() and height.text() != width.text()
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert square.isChecked()
    type_into(qtbot, width, "3")  # linked again: the height follows
    assert height.text() == width.text() == "3"
    assert window.state.params.stride == (3, 3)


def test_square_unticked_by_hand_stays_unticked_through_undo(window, qtbot) -> None:
    square = window.params.square
    qtbot.mouseClick(square, Qt.MouseButton.LeftButton)  # the user unlinks the axes
    assert not square.isChecked()
    height, width = window.params.spins["stride"]
    type_into(qtbot, width, "3")
    assert window.state.params.stride == (2, 3)
    type_into(qtbot, width, "2")  # square values again, by hand: still not linked
    assert not square.isChecked()
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert window.state.params.stride == (2, 2) and not square.isChecked()
