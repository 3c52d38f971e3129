"""Settings survive a language switch; presets and channel changes lose nothing silently;
the channel panel's texts read well in en and zh.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QTextLayout, QTextOption

from convt_lab.gui.model.fills import arange
from convt_lab.gui.i18n import install_language
from tests.gui.helpers import said


@pytest.fixture(autouse=True)
def english(qapp):
    """Each test starts, and leaves the application, in English."""
    install_language(qapp, "en")
    yield
    install_language(qapp, "en")


def test_square_choice_survives_a_language_switch(window) -> None:
    assert window.params.square.isChecked()  # the lesson is square
    window.params.square.setChecked(False)
    assert window.set_language("zh")
    assert not window.params.square.isChecked()
    assert window.params.square.text().startswith("正方形")  # the rebuilt panel is shown
    assert window.set_language("en")
    assert not window.params.square.isChecked()
    window.params.square.setChecked(True)
    assert window.set_language("zh")
    assert window.params.square.isChecked()


def test_the_rectangular_preset_unticks_square(window) -> None:
    assert window.params.square.isChecked()
    window.apply_preset("rectangular")
    params = window.state.params
    assert params.input_size[0] != params.input_size[1] or params.kernel_size[0] != params.kernel_size[1]
    assert not window.params.square.isChecked()
    # A width spinner now moves only the width.
    height, width = window.params.spins["stride"]
    width.setValue(width.value() + 1)
    assert window.state.params.stride == (height.value(), width.value())
    assert height.value() != width.value() or params.stride[0] == params.stride[1] + 1


def test_changing_c_in_keeps_the_channels_that_remain(window) -> None:
    state, panel = window.state, window.channels
    panel.in_channels.setValue(2)
    state.set_pick(1, 0)
    assert state.set_cell("input", 0, 0, 42.0)
    state.set_pick(0, 0)
    assert state.set_cell("input", 1, 1, -7.0)
    panel.in_channels.setValue(3)  # more channels: both edits stay
    x = state.document.x
    assert x.shape[0] == 3 and x[1, 0, 0] == 42.0 and x[0, 1, 1] == -7.0
    np.testing.assert_array_equal(x[2], arange(x.shape)[2])  # the new one: 1..n numbering
    assert panel.note.text() == ""
    panel.in_channels.setValue(2)  # channel 2 was never edited: nothing to say
    assert panel.note.text() == ""
    panel.in_channels.setValue(1)  # channel 1 held 42: say so, and how to get it back
    note = panel.note.text()
    assert "input channel 1" in note and "Ctrl+Z" in note
    assert panel.note.isVisible()
    assert state.document.x[0, 1, 1] == -7.0
    state.undo_stack.undo()
    assert state.document.x[1, 0, 0] == 42.0


def test_removed_channels_note_in_chinese(window) -> None:
    assert window.set_language("zh")
    panel = window.channels
    panel.in_channels.setValue(2)
    window.state.set_pick(1, 0)
    window.state.set_cell("input", 0, 0, 5.5)
    window.channels.in_channels.setValue(1)
    note = window.channels.note.text()
    assert "输入通道 1" in note and "Ctrl+Z" in note


@pytest.mark.parametrize("language, one, several", [
    ("en", "Output channel 1 reads input channel 1.", "Output channel 0 reads input channels 0 to 3."),
    ("zh", "输出通道 1 读取输入通道 1。", "输出通道 0 读取输入通道 0 到 3。"),
])
def test_channel_reading_wording(window, language, one, several) -> None:
    if language != "en":
        assert window.set_language(language)
    panel = window.channels
    window.state.set_channels(2, 2, 2, False)
    window.state.set_pick(1, 1)
    text = said(panel.shapes)
    assert one in text and ".." not in text
    window.state.set_channels(4, 2, 1, False)
    window.state.set_pick(0, 0)
    assert several in said(panel.shapes)


def _lines(label) -> list[str]:
    """The lines a word-wrapping QLabel shows at its current width."""
    layout = QTextLayout(label.text().split("\n")[0], label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    width = label.contentsRect().width()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(label.text().split("\n")[0][line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_weight_shape_never_wraps_inside_a_tuple(window, qtbot, language) -> None:
    if language != "en":
        assert window.set_language(language)
    window.state.set_channels(4, 2, 2, True)
    label = window.channels.shapes
    first = label.text().split("\n")[0]
    metrics = QFontMetricsF(label.font())
    # Narrow enough that the line must wrap, wide enough for the longest tuple.
    label.setFixedWidth(int(metrics.horizontalAdvance(first) * 0.6))
    qtbot.waitUntil(lambda: label.contentsRect().width() < metrics.horizontalAdvance(first))
    lines = _lines(label)
    assert len(lines) >= 2
    for line in lines:
        assert line.count("(") == line.count(")"), lines


def test_the_cell_editor_is_wide_enough_for_the_whole_value(window, qtbot) -> None:
    window.state.set_cell("input", 0, 0, -123.456)
    window.grids.editRequested.emit("input", 0, 0)
    editor = window.editor
    qtbot.waitUntil(editor.isVisible, timeout=2000)
    shown = editor.text()
    needed = editor.fontMetrics().horizontalAdvance(shown)
    assert editor.width() >= needed + 12  # text plus the frame's margins
    qtbot.keyClick(editor, "a", modifier=Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "-0.000123456789")
    assert editor.width() >= editor.fontMetrics().horizontalAdvance(editor.text()) + 12
    assert editor.geometry().right() <= window.grids.viewport().width()
