"""The channel panel: C_in, C_out, groups, bias and the channel picker, end to end.

Everything goes through real widgets (spin boxes, the bias check box, clicks on
the grids, Ctrl+Z) and is checked against a naive loop written here from
PyTorch's ``ConvTranspose2d`` docs, never against the app's own arithmetic:

    y[o, r*s + a*d - p, c*s + b*d - p] += x[ci, r, c] * w[ci, o % (C_out/g), a, b]

for every input channel ``ci`` of the group of ``o``, plus ``bias[o]``.  The
same file covers what carries channels outside the window: session files,
the ``render`` command line and the "Copy as PyTorch code" script (run against
a fake ``torch`` that records what the script asks of it).
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import sys
import types

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from convt_lab import core
from convt_lab.gui.io import file_actions
from convt_lab.gui.model.session import SessionError, load_session
from convt_lab.gui.model.snippet import pytorch_layer_snippet
from tests.reference import group_inputs, naive_layer
from tests.gui.helpers import said

LESSON = core.ConvTParams()  # 2x2 input, 3x3 kernel, stride 2: a 5x5 output
CTRL = Qt.KeyboardModifier.ControlModifier


# -- the definition, written out -----------------------------------------------------------


def landing(params: core.ConvTParams, i: int, j: int) -> list[tuple[int, int, int, int]]:
    """Every (r, c, a, b) whose x[r, c] * w[a, b] lands on output (i, j)."""
    (h, wd), (kh, kw) = params.input_size, params.kernel_size
    (sh, sw), (ph, pw), (dh, dw) = params.stride, params.padding, params.dilation
    return [
        (r, c, a, b)
        for r in range(h) for c in range(wd) for a in range(kh) for b in range(kw)
        if r * sh + a * dh - ph == i and c * sw + b * dw - pw == j
    ]


def expected_layer(window) -> np.ndarray:
    """The naive layer for the values the window holds (its inputs, not its results)."""
    snap, p = window.state.document, window.state.params
    return naive_layer(snap.x, snap.w, snap.b if snap.setup.bias else None, snap.setup.groups,
                       p.stride, p.padding, p.output_padding, p.dilation)


# -- reading and driving the window ----------------------------------------------------------


def label(v: float) -> str:
    """How an integer-valued cell reads (every value in these tests is a whole number)."""
    assert float(v).is_integer(), v
    return str(int(v))


def shown(window, grid: str) -> list[list[str]]:
    """The texts a grid draws, as rows."""
    item = window.grids.items[grid]
    rows, cols = item.grid_shape
    texts = item._texts
    assert len(texts) == rows * cols
    return [texts[r * cols:(r + 1) * cols] for r in range(rows)]


def labels(a: np.ndarray) -> list[list[str]]:
    return [[label(v) for v in row] for row in np.asarray(a)]


def set_channels(window, c_in: int, c_out: int, groups: int, bias: bool) -> None:
    """Turn the spin boxes and tick the box as a user would, groups last (from 1, 1, 1)."""
    panel = window.channels
    panel.in_channels.setValue(c_in)
    panel.out_channels.setValue(c_out)
    panel.groups.setValue(groups)
    panel.bias.setChecked(bias)
    assert window.state.setup == core.ChannelSetup(c_in, c_out, groups, bias)
    assert window.state.problem is None


def pick(window, in_channel: int | None, out_channel: int | None) -> None:
    panel = window.channels
    if out_channel is not None:
        panel.pick_out.setValue(out_channel)
    if in_channel is not None:
        panel.pick_in.setValue(in_channel)


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Type a key into the grids once the window is active (shortcuts need that)."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window.grids, key, modifier)


#: (C_in, C_out, groups, bias) and the output channel to look at.
SETUPS = {
    "4-2-g2-bias": ((4, 2, 2, True), 1),
    "4-4-g2": ((4, 4, 2, False), 3),  # o % (C_out/g) = 1: the second kernel slice
    "3-2-g1-bias": ((3, 2, 1, True), 1),
    "2-4-g2-bias": ((2, 4, 2, True), 2),
}


# -- the panel drives the grids ------------------------------------------------------------


def test_panel_starts_as_one_channel(window) -> None:
    panel = window.channels
    values = [b.value() for b in (panel.in_channels, panel.out_channels, panel.groups,
                                  panel.pick_in, panel.pick_out)]
    assert values == [1, 1, 1, 0, 0] and not panel.bias.isChecked()
    assert panel.problem.text() == ""


@pytest.mark.parametrize("key", SETUPS)
def test_output_grid_shows_the_whole_picked_channel(window, key) -> None:
    (c_in, c_out, groups, bias), _ = SETUPS[key]
    set_channels(window, c_in, c_out, groups, bias)
    expected = expected_layer(window)
    assert expected.shape == (c_out, 5, 5)
    for o in range(c_out):
        pick(window, None, o)
        assert window.state.document.pick[1] == o
        np.testing.assert_array_equal(window.state.result.output, expected[o])
        assert shown(window, "output") == labels(expected[o])
    np.testing.assert_array_equal(window.state.result.layer, expected)


def test_bias_box_adds_one_number_per_output_channel(window) -> None:
    set_channels(window, 4, 2, 2, False)
    pick(window, None, 1)
    without = np.array(window.state.result.output)
    window.channels.bias.setChecked(True)
    b = window.state.document.b
    assert b.shape == (2,)
    with_bias = window.state.result.output
    np.testing.assert_array_equal(with_bias - without, np.full((5, 5), b[1]))
    assert shown(window, "output") == labels(expected_layer(window)[1])


@pytest.mark.parametrize("key", SETUPS)
def test_picking_channels_shows_that_input_and_kernel_slice(window, key) -> None:
    (c_in, c_out, groups, bias), _ = SETUPS[key]
    set_channels(window, c_in, c_out, groups, bias)
    snap = window.state.document
    xs, ws = snap.x, snap.w
    panel = window.channels
    cout_g = c_out // groups
    for o in range(c_out):
        group = group_inputs(c_in, c_out, groups, o)
        pick(window, None, o)
        # The input picker offers exactly the group of the picked output channel.
        assert (panel.pick_in.minimum(), panel.pick_in.maximum()) == (group[0], group[-1])
        assert panel.pick_in.value() in group
        for c in group:
            pick(window, c, None)
            assert window.state.document.pick == (c, o)
            assert shown(window, "input") == labels(xs[c])
            assert shown(window, "kernel") == labels(ws[c, o % cout_g])
            rotated = np.asarray(ws[c, o % cout_g])[::-1, ::-1]
            assert shown(window, "flipped") == labels(rotated)
            assert window.grids.captions["input"].text().startswith(f"Input x[{c}]")
            assert f"w[{c},{o % cout_g}]" in window.grids.captions["kernel"].text()


def test_pick_in_cannot_leave_the_group(window) -> None:
    set_channels(window, 4, 2, 2, True)
    panel = window.channels
    pick(window, None, 1)  # group 1: input channels 2 and 3
    assert window.state.document.pick == (2, 1)
    panel.pick_in.setValue(0)  # below the group: the box clamps
    assert panel.pick_in.value() == 2 and window.state.document.pick == (2, 1)
    panel.pick_in.setValue(7)
    assert panel.pick_in.value() == 3 and window.state.document.pick == (3, 1)
    pick(window, None, 0)  # group 0: input channels 0 and 1
    assert (panel.pick_in.minimum(), panel.pick_in.maximum()) == (0, 1)
    assert window.state.document.pick[0] in (0, 1)
    assert panel.pick_out.maximum() == 1  # C_out = 2
    panel.pick_out.setValue(5)
    assert window.state.document.pick[1] == 1


def test_arrow_key_in_the_pick_box_moves_the_picture(window, qtbot) -> None:
    set_channels(window, 4, 4, 2, False)
    snap = window.state.document
    window.activateWindow()  # keys reach the box a user has clicked into
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.channels.pick_out.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(window.channels.pick_out.hasFocus, timeout=2000)
    qtbot.keyClick(window.channels.pick_out, Qt.Key.Key_Up)
    qtbot.keyClick(window.channels.pick_out, Qt.Key.Key_Up)
    assert window.state.document.pick == (2, 2)  # the input jumps into group 1
    assert shown(window, "output") == labels(expected_layer(window)[2])
    assert shown(window, "input") == labels(snap.x[2])


# -- the arithmetic of a clicked cell --------------------------------------------------------


CHANNEL_LINE = re.compile(r"^\s*c=(\d+): (.*) = (-?\d+)$")
BIAS_LINE = re.compile(r"^\s*\+ b\[(\d+)\] = (-?\d+)$")
TOTAL_LINE = re.compile(r"^\s*= (-?\d+)$")


@pytest.mark.parametrize("key", SETUPS)
@pytest.mark.parametrize("cell", [(2, 2), (0, 1), (4, 3)])
def test_clicked_output_cell_sums_over_the_group(window, user, key, cell) -> None:
    (c_in, c_out, groups, bias), o = SETUPS[key]
    set_channels(window, c_in, c_out, groups, bias)
    pick(window, None, o)
    snap = window.state.document
    xs, ws, b = snap.x, snap.w, snap.b
    cout_g = c_out // groups
    i, j = cell
    user.click(window, "output", i, j)
    assert window.state.selection == ("output", i, j)
    lines = window.arithmetic.text().splitlines()

    group = group_inputs(c_in, c_out, groups, o)
    taps = landing(LESSON, i, j)
    channel_lines = [m for m in map(CHANNEL_LINE.match, lines) if m]
    assert [int(m.group(1)) for m in channel_lines] == group  # one line per group input
    total = 0.0
    for m, c in zip(channel_lines, group):
        partial = sum(xs[c, r, col] * ws[c, o % cout_g, a, bb] for r, col, a, bb in taps)
        assert int(m.group(3)) == partial
        products = sorted(m.group(2).split(" + "))
        assert products == sorted(
            f"{label(xs[c, r, col])}\u00b7{label(ws[c, o % cout_g, a, bb])}" for r, col, a, bb in taps
        )
        total += partial
    bias_lines = [m for m in map(BIAS_LINE.match, lines) if m]
    if bias:
        assert [(int(m.group(1)), int(m.group(2))) for m in bias_lines] == [(o, b[o])]
        total += b[o]
    else:
        assert bias_lines == []
    totals = [m for m in map(TOTAL_LINE.match, lines) if m]
    assert [int(m.group(1)) for m in totals] == [total]
    assert total == expected_layer(window)[o, i, j]
    assert f"y[{o}][{i},{j}]" in lines[0]


# -- rules, undo and fills ---------------------------------------------------------------------


def test_groups_that_do_not_divide_are_named_and_the_picture_stays(window) -> None:
    set_channels(window, 4, 2, 2, True)
    pick(window, 3, 1)
    before_setup = window.state.setup
    before = {name: shown(window, name) for name in ("input", "kernel", "output")}
    full = np.array(window.state.result.layer)
    window.channels.groups.setValue(3)
    text = window.channels.problem.text()
    assert "groups" in text and "3" in text and "4" in text, text
    assert window.state.problem is not None and window.state.problem.param == "groups"
    assert window.state.setup == before_setup
    assert window.state.document.pick == (3, 1)
    np.testing.assert_array_equal(window.state.result.layer, full)
    assert {name: shown(window, name) for name in before} == before
    # A valid count clears the message.
    window.channels.groups.setValue(1)
    assert window.channels.problem.text() == ""
    assert window.state.setup == core.ChannelSetup(4, 2, 1, True)
    np.testing.assert_array_equal(window.state.result.layer, expected_layer(window))


def test_out_channels_that_break_the_groups_are_named_too(window) -> None:
    set_channels(window, 4, 2, 2, False)
    window.channels.out_channels.setValue(3)
    text = window.channels.problem.text()
    assert "groups" in text and "3" in text, text
    assert window.state.setup == core.ChannelSetup(4, 2, 2, False)


def test_undo_restores_the_previous_channel_setup(window, qtbot) -> None:
    set_channels(window, 4, 2, 2, False)
    pick(window, None, 1)
    before = np.array(window.state.result.layer)
    window.channels.bias.setChecked(True)
    assert window.state.setup.bias
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert window.state.setup == core.ChannelSetup(4, 2, 2, False)
    assert not window.channels.bias.isChecked()
    np.testing.assert_array_equal(window.state.result.layer, before)
    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # the pick
    assert window.state.document.pick == (0, 0)
    assert window.channels.pick_out.value() == 0
    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # groups 2 -> 1
    assert window.state.setup == core.ChannelSetup(4, 2, 1, False)
    assert window.channels.groups.value() == 1
    assert shown(window, "output") == labels(expected_layer(window)[0])
    press(qtbot, window, Qt.Key.Key_Y, CTRL)  # redo: groups 2 again
    assert window.state.setup == core.ChannelSetup(4, 2, 2, False)
    assert window.channels.groups.value() == 2


@pytest.mark.parametrize("fill", ["ones", "delta", "arange"])
def test_fills_fill_every_channel(window, fill) -> None:
    set_channels(window, 4, 2, 2, True)
    window.fill("input", fill)
    xs = window.state.document.x
    assert xs.shape == (4, 2, 2)
    if fill == "ones":
        assert (xs == 1).all()
    elif fill == "delta":
        assert all(xs[c].sum() == 1 and xs[c, 0, 0] == 1 for c in range(4))
    else:
        assert sorted(xs.ravel()) == list(range(1, 17))
    window.fill("kernel", "ones")
    assert (window.state.document.w == 1).all() and window.state.document.w.shape == (4, 1, 3, 3)
    for c in range(4):
        pick(window, c, c // 2)
        assert shown(window, "input") == labels(xs[c])
        assert shown(window, "kernel") == [["1"] * 3] * 3
        assert shown(window, "output") == labels(expected_layer(window)[c // 2])


def test_output_caption_names_the_channel_its_inputs_and_bias(window) -> None:
    set_channels(window, 4, 2, 2, True)
    pick(window, None, 1)
    caption = window.grids.captions["output"].text()
    assert caption.startswith("Output y[1]")
    assert "2..3" in caption and "b[1]" in caption
    window.channels.bias.setChecked(False)
    assert "b[1]" not in window.grids.captions["output"].text()
    pick(window, None, 0)
    assert window.grids.captions["output"].text().startswith("Output y[0]")
    assert "0..1" in window.grids.captions["output"].text()


def test_weight_shape_label_gives_both_layouts(window) -> None:
    set_channels(window, 4, 2, 2, True)
    text = said(window.channels.shapes).replace("\u00a0", " ")
    assert "(4, 1, 3, 3)" in text  # ConvTranspose2d: (C_in, C_out/g, kH, kW)
    assert "(2, 2, 3, 3)" in text  # Conv2d: (C_out, C_in/g, kH, kW)


# -- sessions --------------------------------------------------------------------------------


def test_session_round_trip_keeps_channels(window, make_window, tmp_path) -> None:
    set_channels(window, 4, 2, 2, True)
    window.fill("input", "delta")
    pick(window, 3, 1)
    path = tmp_path / "channels.convt.json"
    assert file_actions.save_session(window, str(path))

    fresh = make_window(core.ConvTParams())
    fresh.apply_document(load_session(path))
    assert fresh.state.setup == core.ChannelSetup(4, 2, 2, True)
    assert fresh.state.document.pick == (3, 1)
    np.testing.assert_array_equal(fresh.state.result.layer, window.state.result.layer)
    np.testing.assert_array_equal(fresh.state.result.layer, expected_layer(window))
    panel = fresh.channels
    assert [panel.in_channels.value(), panel.out_channels.value(), panel.groups.value(),
            panel.pick_in.value(), panel.pick_out.value()] == [4, 2, 2, 3, 1]
    assert panel.bias.isChecked()
    assert shown(fresh, "output") == labels(expected_layer(window)[1])


@pytest.fixture
def saved(window, tmp_path):
    """A good session document with channels (4 in, 2 out, groups 2, bias)."""
    set_channels(window, 4, 2, 2, True)
    path = tmp_path / "good.convt.json"
    file_actions.save_session(window, str(path))
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["channels"]["groups"] == 2
    return doc


#: A change to a good version-2 file with channels, and the field the refusal names.
#: x, w and b live at the top level of a version-2 file; their shapes follow the channels.
BAD_CHANNELS = {
    "groups-3": (lambda d: d["channels"].update(groups=3), "channels"),
    "groups-string": (lambda d: d["channels"].update(groups="2"), "channels"),
    "in-channels-9": (lambda d: d["channels"].update(in_channels=9), "channels"),
    "x-three-channels": (lambda d: d.update(x=d["x"][:3]), "x"),
    "x-wrong-height": (lambda d: d["x"][0].append([1.0, 2.0]), "x"),
    "w-wrong-slices": (lambda d: d["w"][1].append(d["w"][1][0]), "w"),
    "b-too-long": (lambda d: d.update(b=[1.0, 2.0, 3.0]), "b"),
    "pick-outside-group": (lambda d: d["channels"].update(pick=[0, 1]), "pick"),
    "pick-out-too-large": (lambda d: d["channels"].update(pick=[0, 2]), "pick"),
    "bias-not-bool": (lambda d: d["channels"].update(bias=1), "channels"),
    "not-an-object": (lambda d: d.update(channels=[4, 2, 2]), "channels"),
}


@pytest.mark.parametrize("name", list(BAD_CHANNELS))
def test_bad_channels_block_is_a_session_error_naming_channels(saved, tmp_path, name) -> None:
    doc = json.loads(json.dumps(saved))
    change, field = BAD_CHANNELS[name]
    change(doc)
    path = tmp_path / "bad.convt.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(SessionError) as info:
        load_session(path)
    message = str(info.value)
    assert "channels" in message, message
    assert "\n" not in message
    assert info.value.field == field, (info.value.field, message)


def test_good_channels_block_loads(saved, tmp_path) -> None:
    path = tmp_path / "again.convt.json"
    path.write_text(json.dumps(saved), encoding="utf-8")
    data = load_session(path)
    assert data.setup == core.ChannelSetup(4, 2, 2, True)
    assert data.x.shape == (4, 2, 2) and data.w.shape == (4, 1, 3, 3) and data.b.shape == (2,)
    np.testing.assert_array_equal(data.x, saved["x"])
    np.testing.assert_array_equal(data.b, saved["b"])


# -- the command line ------------------------------------------------------------------------


@pytest.fixture
def sandbox(qapp, tmp_path, monkeypatch):
    """Run in a temporary folder; a window that a bug lets through closes itself."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("CONVT_LAB_AUTOQUIT", "close:0")
    return tmp_path


def test_render_with_channels_writes_the_picked_channel(sandbox, capsys, monkeypatch) -> None:
    import convt_lab.gui.io.export
    from convt_lab.gui.app import main

    seen = {}
    real = convt_lab.gui.io.export.export_png

    def spy(window, path, size=None, **options):
        state = window.state
        seen.update(setup=state.setup, pick=state.document.pick, selection=state.selection,
                    full=np.array(state.result.layer), expected=expected_layer(window),
                    bias=np.array(state.document.b), output=shown(window, "output"),
                    arithmetic=window.arithmetic.text())
        return real(window, path, size, **options)

    monkeypatch.setattr(convt_lab.gui.io.export, "export_png", spy)
    out = sandbox / "c.png"
    code = main(["render", "--in-channels", "4", "--out-channels", "2", "--groups", "2", "--bias",
                 "--pick", "3,1", "--select", "1,1", "-o", str(out)])
    _, err = capsys.readouterr()
    assert code == 0, err
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 720)
    assert seen["setup"] == core.ChannelSetup(4, 2, 2, True)
    assert seen["pick"] == (3, 1) and seen["selection"] == ("output", 1, 1)
    np.testing.assert_array_equal(seen["bias"], [1.0, 2.0])  # --bias: b[o] = o + 1
    np.testing.assert_array_equal(seen["full"], seen["expected"])
    assert seen["output"] == labels(seen["expected"][1])
    assert f"= {label(seen['expected'][1, 1, 1])}" in seen["arithmetic"].splitlines()[-2]


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--groups", "3", "--in-channels", "4"], "groups"),
        (["--in-channels", "4", "--out-channels", "2", "--groups", "2", "--pick", "0,1"], "--pick"),
        (["--groups", "2", "--pick", "0,1"], "groups"),
        (["--in-channels", "9"], "9"),
        (["--out-channels", "0"], "0"),
        (["--in-channels", "0"], "0"),
        (["--in-channels", "4", "--groups", "0"], "0"),
        (["--in-channels", "2", "--pick", "2,0"], "--pick"),
        (["--in-channels", "two"], "two"),
        (["--pick", "0"], "--pick"),
    ],
    ids=["groups-3-of-4", "pick-outside-group", "groups-2-of-1", "in-9", "out-0", "in-0",
         "groups-0", "pick-in-2", "in-word", "pick-one-number"],
)
def test_bad_channel_flags_exit_2_with_one_line(sandbox, capsys, args, needle) -> None:
    from convt_lab.gui.app import main

    out = sandbox / "bad.png"
    code = main(["render", *args, "-o", str(out)])
    stdout, err = capsys.readouterr()
    assert code == 2
    assert stdout == ""
    lines = err.splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    assert needle in lines[0], lines[0]
    assert not out.exists()


# -- "Copy as PyTorch code" with channels ------------------------------------------------------


class FakeTensor:
    def __init__(self, data, dtype=None):
        self.data = np.array(data, dtype=np.float64)
        self.dtype = dtype

    @property
    def shape(self):
        return self.data.shape

    def __getitem__(self, index):
        return FakeTensor(self.data[index], self.dtype)

    def tolist(self):
        return self.data.tolist()


def make_fake_torch() -> tuple[types.ModuleType, dict]:
    """A stand-in ``torch`` that records the layer and computes it with ``naive_layer``."""
    log: dict = {"tensors": [], "no_grad": 0, "copies": {}}
    torch = types.ModuleType("torch")
    torch.float64 = "float64-sentinel"

    def tensor(data, dtype=None):
        t = FakeTensor(data, dtype)
        log["tensors"].append(t)
        return t

    @contextlib.contextmanager
    def no_grad():
        log["no_grad"] += 1
        try:
            yield
        finally:
            log["no_grad"] -= 1

    class Parameter:
        def __init__(self, name, shape):
            self.name, self.shape, self.value = name, shape, None

        def copy_(self, t):
            # Real torch would broadcast or fail; the script must give the exact shape.
            assert t.shape == self.shape, (self.name, t.shape, self.shape)
            log["copies"][self.name] = (t, log["no_grad"])
            self.value = t

    class ConvTranspose2d:
        def __init__(self, in_channels, out_channels, **kwargs):
            log["args"], log["kwargs"] = (in_channels, out_channels), kwargs
            g = kwargs.get("groups", 1)
            self.weight = Parameter("weight", (in_channels, out_channels // g, *kwargs["kernel_size"]))
            self.bias = Parameter("bias", (out_channels,)) if kwargs.get("bias", True) else None

        def __call__(self, x):
            assert log["no_grad"] > 0, "the output should be computed under no_grad"
            kw = log["kwargs"]
            assert x.shape[0] == 1 and x.shape[1] == log["args"][0]
            bias = None if self.bias is None else self.bias.value.data
            y = naive_layer(x.data[0], self.weight.value.data, bias, kw["groups"], kw["stride"],
                            kw["padding"], kw["output_padding"], kw["dilation"])
            return FakeTensor(y[None])

    def allclose(a, b, rtol, atol):
        log["allclose"] = (a.data, b.data, rtol, atol)
        return bool(a.shape == b.shape and np.allclose(a.data, b.data, rtol=rtol, atol=atol))

    torch.tensor, torch.no_grad, torch.allclose = tensor, no_grad, allclose
    torch.nn = types.SimpleNamespace(ConvTranspose2d=ConvTranspose2d)
    return torch, log


def run_snippet(monkeypatch, source: str):
    torch, log = make_fake_torch()
    monkeypatch.setitem(sys.modules, "torch", torch)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(source, "<snippet>", "exec"), {"__name__": "__main__"})
    return log, out.getvalue().splitlines()


SNIPPET_CASES = {
    "4-2-g2-bias": (core.ChannelSetup(4, 2, 2, True), LESSON),
    "2-4-g2": (core.ChannelSetup(2, 4, 2, False),
               core.ConvTParams((2, 3), (3, 2), (2, 1), (1, 0), (1, 0), (1, 2))),
    "3-3-g3-bias": (core.ChannelSetup(3, 3, 3, True),
                    core.ConvTParams((3, 2), 2, 1, 0, 0, (2, 1))),
    "1-1-bias": (core.ChannelSetup(1, 1, 1, True), LESSON),
}


@pytest.mark.parametrize("key", SNIPPET_CASES)
def test_layer_snippet_runs_against_fake_torch(monkeypatch, key) -> None:
    setup, params = SNIPPET_CASES[key]
    rng = np.random.default_rng(7)
    xs = rng.normal(size=(setup.in_channels, *params.input_size))
    ws = rng.normal(size=(setup.in_channels, setup.out_channels // setup.groups, *params.kernel_size))
    b = rng.normal(size=setup.out_channels)
    source = pytorch_layer_snippet(params, setup, xs, ws, b)
    compile(source, "<snippet>", "exec")
    log, printed = run_snippet(monkeypatch, source)

    assert log["args"] == (setup.in_channels, setup.out_channels)
    kw = log["kwargs"]
    assert kw["groups"] == setup.groups
    assert kw["bias"] is setup.bias
    assert kw["kernel_size"] == params.kernel_size and kw["stride"] == params.stride
    assert kw["padding"] == params.padding and kw["output_padding"] == params.output_padding
    assert kw["dilation"] == params.dilation and kw["dtype"] == "float64-sentinel"

    x_t = log["tensors"][0]
    assert x_t.shape == (1, setup.in_channels, *params.input_size)
    assert x_t.data[0].tobytes() == xs.tobytes()  # every float bit for bit
    w_t, depth = log["copies"]["weight"]
    assert depth == 1 and w_t.data.tobytes() == ws.tobytes()
    assert w_t.shape == (setup.in_channels, setup.out_channels // setup.groups, *params.kernel_size)
    if setup.bias:
        b_t, depth = log["copies"]["bias"]
        assert depth == 1 and b_t.data.tobytes() == b.tobytes()
    else:
        assert "bias" not in log["copies"]

    expected = naive_layer(xs, ws, b if setup.bias else None, setup.groups, params.stride,
                           params.padding, params.output_padding, params.dilation)
    assert printed[0] == str(expected.shape)
    _, embedded, rtol, atol = log["allclose"]
    np.testing.assert_allclose(embedded, expected, rtol=1e-12, atol=1e-12)
    assert rtol <= 1e-9 and atol <= 1e-9
    assert printed[-1] == "same as ConvT Lab: True"
    # Every channel is printed, row by row.
    for o in range(setup.out_channels):
        k = printed.index(f"channel {o}")
        assert printed[k + 1:k + 1 + expected.shape[1]] == [str(r) for r in expected[o].tolist()]


def test_copy_code_from_the_window_gives_the_layer_snippet(window, monkeypatch) -> None:
    set_channels(window, 4, 2, 2, True)
    pick(window, 3, 1)
    code = file_actions.copy_code(window)
    assert "groups=2" in code and "bias=True" in code
    assert QApplication.clipboard().text() == code
    log, printed = run_snippet(monkeypatch, code)
    assert printed[-1] == "same as ConvT Lab: True"
    np.testing.assert_array_equal(log["allclose"][1], expected_layer(window))
