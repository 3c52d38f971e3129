"""``output_size`` in the document, the session file, the copied code, the command line and the window.

Expected sizes come from the shape formula written here; which targets are
reachable comes from PyTorch's rule (op from 0 to s − 1), checked against real
PyTorch in tests/core/test_output_size.py.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt

from convt_lab import core
from convt_lab.gui.app import main
from convt_lab.gui.io.cli import parse
from convt_lab.gui.model.document import Document, DocumentError
from convt_lab.gui.model.presets import LAYER_PRESETS
from convt_lab.gui.model.session import from_json, to_json
from convt_lab.gui.model.snippet import pytorch_layer_snippet, pytorch_snippet


@pytest.fixture(autouse=True)
def _app(qapp):
    """A QApplication before ``explain`` would make a bare QCoreApplication."""
    return qapp


def ref_size(H, k, s, p, op, d):
    return (H - 1) * s - 2 * p + d * (k - 1) + op + 1


def test_document_checks_the_target():
    p = core.ConvTParams((2, 2), 3, 2, 0, (1, 0))
    assert Document(params=p, output_size=(6, 5)).output_size == (6, 5)
    with pytest.raises(DocumentError, match="needs output_padding"):
        Document(params=p, output_size=(5, 5))
    with pytest.raises(DocumentError, match="5 to 6"):
        Document(params=core.ConvTParams((2, 2), 3, 2, 0), output_size=(7, 5))
    # A new op drops a target it no longer gives; a change that keeps it keeps it.
    doc = Document(params=p, output_size=(6, 5))
    assert doc.with_params(core.ConvTParams((2, 2), 3, 2, 0)).output_size is None
    assert doc.with_params(p).output_size == (6, 5)


def test_session_round_trip_and_old_files():
    doc = Document(params=core.ConvTParams((3, 3), 3, 2, 1, 1), output_size=(6, 6))
    text = to_json(doc)
    assert json.loads(text)["output_size"] == [6, 6]
    assert from_json(text).output_size == (6, 6)
    plain = json.loads(to_json(Document()))
    assert "output_size" not in plain  # files without a target stay as they were
    assert from_json(json.dumps(plain)).output_size is None
    bad = json.loads(text)
    bad["output_size"] = [9, 6]
    with pytest.raises(DocumentError, match="output_size"):
        from_json(json.dumps(bad))
    bad["output_size"] = "6x6"
    with pytest.raises(DocumentError, match="output_size"):
        from_json(json.dumps(bad))


def test_snippet_calls_forward_with_output_size():
    p = core.ConvTParams((3, 3), 3, 2, 1, 1)
    code = pytorch_snippet(p, np.ones((3, 3)), np.ones((3, 3)), output_size=(6, 6))
    assert "conv(x, output_size=[6, 6])" in code
    assert "output_padding=(0, 0)" in code  # PyTorch picks op itself
    plain = pytorch_snippet(p, np.ones((3, 3)), np.ones((3, 3)))
    assert "conv(x)[0, 0]" in plain and "output_padding=(1, 1)" in plain
    layer = pytorch_layer_snippet(p, core.ChannelSetup(2, 2), np.ones((2, 3, 3)),
                                  np.ones((2, 2, 3, 3)), np.zeros(2), output_size=(6, 6))
    assert "conv(x, output_size=[6, 6])[0]" in layer


def test_command_line_output_size():
    request = parse(["render", "--input", "3x4", "--stride", "2x3", "--output-size", "8x13", "-o", "a.png"])
    p = request.document.params
    assert request.document.output_size == (8, 13)
    assert p.output_size == (8, 13)
    assert p.output_size == tuple(ref_size(p.input_size[a], 3, p.stride[a], 0, p.output_padding[a], 1)
                                  for a in (0, 1))
    assert p.output_padding == (1, 1)


@pytest.mark.parametrize("argv,text", [
    (["explain", "--output-size", "9x5"], "the height can be 5 to 6"),
    (["explain", "--output-size", "5x4"], "the width can be 5 to 6"),
    (["--output-size", "0x5"], "the height can be 5 to 6"),
    (["render", "--output-size", "5by5", "-o", "a.png"], "expected N or AxB"),
    # In Chinese too: the axis, the sizes and the op range, as a Chinese sentence.
    (["--lang", "zh", "explain", "--output-size", "9x5"], "高度只能是 5 到 6（op = 0 到 1"),
    (["--lang", "zh", "explain", "--stride", "1", "--output-size", "3x3"], "高度只能是 4（步长 1"),
])
def test_command_line_refuses_unreachable_sizes(capsys, monkeypatch, own_settings, argv, text):
    # The window checks a target against the remembered layer: here, none (the lesson's).
    monkeypatch.setenv("CONVT_LAB_AUTOQUIT", "close:0")
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and text in err


def test_explain_with_output_size_shows_the_op(capsys):
    assert main(["explain", "--output-size", "6x5"]) == 0
    assert "output_padding op = (1, 0)" in capsys.readouterr().out


def test_target_size_box_applies_and_refuses(make_window, qtbot):
    window = make_window(core.ConvTParams((2, 2), 3, 2, 0))
    from convt_lab.gui.panels.target_size import TargetSizeBox

    box = window.findChild(TargetSizeBox)
    assert box is not None and box.isVisible()
    box.edit.setFocus()
    box.edit.clear()
    qtbot.keyClicks(box.edit, "6x5")
    qtbot.keyClick(box.edit, Qt.Key.Key_Return)
    doc = window.state.document
    assert doc.output_size == (6, 5) and doc.params.output_padding == (1, 0)
    assert window.state.result.output.shape == (6, 5)
    assert "op = (1, 0)" in box.note.text()
    box.edit.clear()
    qtbot.keyClicks(box.edit, "8x5")
    qtbot.keyClick(box.edit, Qt.Key.Key_Return)
    assert window.state.document.output_size == (6, 5)  # nothing changed
    assert "5 to 6" in box.note.text()
    window.state.undo_stack.undo()
    assert window.state.document.output_size is None
    assert window.state.result.output.shape == (5, 5)


def test_layer_presets_do_what_their_names_say():
    sizes = {}
    for preset in LAYER_PRESETS:
        doc = preset.document()
        (h, w), (H, W) = doc.params.input_size, doc.params.output_size
        sizes[preset.key] = (h, H)
        a = doc.params.axes[0]
        assert H == ref_size(a.size, a.kernel, a.stride, a.padding, a.output_padding, a.dilation)
    for key in ("double_k3s2p1op1", "double_k4s2p1", "double_k2s2p0", "dcgan_up"):
        h, H = sizes[key]
        assert H == 2 * h, key
    h, H = sizes["no_double_k3s2p1"]
    assert H == 2 * h - 1
    assert sizes["dcgan_first"] == (1, 4)
    unet = next(p for p in LAYER_PRESETS if p.key == "unet_match").document()
    assert unet.output_size == (7, 7)
    # The encoder Conv2d k3 s2 p1 maps 7 and 8 to the up-step's input 4.
    assert {n for n in range(1, 20) if (n + 2 - 2 - 1) // 2 + 1 == 4} == {7, 8}


def test_layer_presets_in_the_lesson_menu(make_window):
    window = make_window()
    actions = window.actions_.presets
    for preset in LAYER_PRESETS:
        assert preset.key in actions and actions[preset.key].toolTip()
    actions["unet_match"].trigger()
    assert window.state.document.output_size == (7, 7)
    assert window.state.result.output.shape == (7, 7)
    assert "output_size=[7, 7]" in window.statusBar().currentMessage()
    actions["no_double_k3s2p1"].trigger()
    assert window.state.result.output.shape == (7, 7)
    assert "2H \u2212 1" in window.statusBar().currentMessage()


# Input 43, k 1, s 3: forward(output_size=...) takes 127 to 129 (op 0 to 2, the formula above),
# but the padded grid is 127 + op and at most 128 cells are drawn: 129 is out of reach here.
BIG = core.ConvTParams((43, 43), 1, 3, 0)


@pytest.mark.parametrize("target", ["129x127", "200x127"])
def test_command_line_range_is_what_can_be_drawn(capsys, target):
    assert [ref_size(43, 1, 3, 0, op, 1) for op in range(3)] == [127, 128, 129]
    assert main(["explain", "--input", "43", "--kernel", "1", "--stride", "3", "--output-size",
                 target]) == 2
    err = capsys.readouterr().err
    assert "the height can be 127 to 128 here" in err and "to 129" not in err, err
    assert main(["explain", "--input", "43", "--kernel", "1", "--stride", "3", "--output-size",
                 "128x127"]) == 0
    assert "output_padding op = (1, 0)" in capsys.readouterr().out


def test_target_size_box_offers_only_what_can_be_drawn(make_window, qtbot):
    window = make_window(BIG)
    from convt_lab.gui.panels.target_size import TargetSizeBox

    box = window.findChild(TargetSizeBox)
    assert "127\u2013128" in box.edit.placeholderText() or "127 to 128" in box.edit.toolTip(), (
        box.edit.placeholderText(), box.edit.toolTip())
    box.edit.setFocus()
    box.edit.clear()
    qtbot.keyClicks(box.edit, "129x127")
    qtbot.keyClick(box.edit, Qt.Key.Key_Return)
    assert window.state.document.output_size is None  # nothing changed
    note = box.note.text()
    assert "127 to 128" in note and "padded_size" not in note and "stride 1" not in note, note


def test_target_size_box_when_forward_reaches_no_size(make_window):
    """Input 2, k 1, s 1, p 1, d 2: op = 0 gives (2−1)·1 − 2 + 0 + 1 = 0, below 1, and forward
    picks op only from 0 to s − 1 = 0; op = 1 (allowed by d = 2) gives 1. No target reaches it."""
    assert ref_size(2, 1, 1, 1, 0, 2) == 0 and ref_size(2, 1, 1, 1, 1, 2) == 1
    window = make_window(core.ConvTParams(2, 1, 1, 1, 1, 2))
    from convt_lab.gui.panels.target_size import TargetSizeBox

    box = window.findChild(TargetSizeBox)
    assert "\u2013" not in box.edit.placeholderText()  # no "1–0" range
    box.edit.setText("1x1")
    box.commit()
    note = box.note.text()
    assert "gives no size here" in note and "1 to 0" not in note and "stride 1" not in note, note
    assert window.state.document.output_size is None
