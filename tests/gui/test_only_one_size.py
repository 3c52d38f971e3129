"""Where only one size can be had, the sentence says so: never "can be 5 to 5".

With stride 1 and dilation 1, op must be 0 (op < s or op < d), so the layer gives one size;
with forward(x, output_size=...), op < s, so stride 1 alone allows one size. The sizes are
worked out here from H_out = (H − 1)s − 2p + d(k − 1) + op + 1.
"""

from __future__ import annotations

import pytest

from convt_lab import core
from convt_lab.gui.model.practice import check_target, exercises
from convt_lab.gui.practice_text import answer_lines, verdict_text


def h_out(n, k, s, p, op, d):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def _unreachable():
    """Practice exercises whose target size no op reaches, on an axis with s = d = 1."""
    found = []
    for seed in range(40):
        for ex in exercises(seed, 40):
            a = ex.target_axis
            p = ex.params
            if ex.target_op is None and p.stride[a] == 1 and p.dilation[a] == 1:
                found.append(ex)
    assert found, "no such exercise in 40 seeds"
    return found


def test_the_answer_key_names_the_only_size() -> None:
    for ex in _unreachable()[:5]:
        a = ex.target_axis
        p = ex.params
        only = h_out(p.input_size[a], p.kernel_size[a], 1, p.padding[a], 0, 1)
        axis = "height" if a == 0 else "width"
        assert answer_lines(ex)[4] == f"none: the {axis} can only be {only}", answer_lines(ex)[4]


def test_the_verdict_names_the_only_size() -> None:
    for ex in _unreachable()[:5]:
        a = ex.target_axis
        p = ex.params
        only = h_out(p.input_size[a], p.kernel_size[a], 1, p.padding[a], 0, 1)
        if ex.target < only:
            continue  # "op = 0 already gives …": another sentence
        text = verdict_text(check_target(ex, 0))
        assert text == (f"No op gives {ex.target}: op must be smaller than s = 1 or d = 1, "
                        f"so op = 0 and the size is {only}."), text
        assert "to" not in text.split(":")[1].replace("op = 0", "")


def test_the_command_line_names_the_only_size_that_can_be_drawn(capsys, own_settings) -> None:
    """Input 42, k 3, s 3: op = 0 gives (42 − 1)·3 + 2 + 1 = 126; the padded grid for op = 1
    would be 42 + 2·41 + 2·2 + 1 = 129 > 128 cells, so 126 is the only size drawn."""
    from convt_lab.gui.app import main

    assert h_out(42, 3, 3, 0, 0, 1) == 126
    assert 42 + 2 * 41 + 2 * 2 + 1 > 128 >= 42 + 2 * 41 + 2 * 2
    assert main(["explain", "--input", "42", "--kernel", "3", "--stride", "3",
                 "--output-size", "127x126"]) == 2
    err = capsys.readouterr().err
    assert "the height can be only 126 here" in err and "126 to 126" not in err, err


def test_a_session_names_the_only_size() -> None:
    """A session asking output_size 6×5 of the lesson with stride 1: only 2 + 2 + 1 = 5."""
    from convt_lab.gui.model.document import Document, DocumentError

    params = core.ConvTParams(stride=(1, 1))
    only = h_out(2, 3, 1, 0, 0, 1)
    doc = Document(params=params)
    with pytest.raises(DocumentError) as err:
        doc.replace(output_size=(only + 1, only))
    assert f"the height can be only {only}" in str(err.value), str(err.value)


def test_the_target_box_names_the_only_size_that_can_be_drawn(make_window, qtbot) -> None:
    """The same layer in the window: the box offers 126 alone."""
    from PySide6.QtCore import Qt

    window = make_window(core.ConvTParams(input_size=(42, 42), stride=(3, 3)))
    from convt_lab.gui.panels.target_size import TargetSizeBox

    box = window.findChild(TargetSizeBox)
    box.edit.setFocus()
    box.edit.clear()
    qtbot.keyClicks(box.edit, "127x126")
    qtbot.keyClick(box.edit, Qt.Key.Key_Return)
    assert box.note.text() == "No output_padding gives 127: the height can only be 126 here.", \
        box.note.text()
