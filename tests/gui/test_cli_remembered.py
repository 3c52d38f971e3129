"""The window's command line on top of the remembered layer, not the lesson's defaults.

``convt-lab --select I,J`` and ``--output-size HxW`` name a cell and a size of
the layer the window will show: the one remembered from last time, unless
the command line gives parameters.  A cell or size that layer has not is
refused with exit code 2 and one line naming the layer's real range, before
any window opens, and the remembered layer is kept.
"""

from __future__ import annotations

import json

import pytest

from convt_lab.gui.app import main
from convt_lab.gui.io.settings import default_path


def out_size(n, k, s, p, op, d):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


@pytest.fixture
def remembered(qapp, tmp_path, monkeypatch, own_settings):
    """A config folder whose remembered layer is 1x1, k 1, s 1 (a 1x1 output)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CONVT_LAB_AUTOQUIT", "close:0")
    assert main(["--input", "1", "--kernel", "1", "--stride", "1"]) == 0  # closes, remembers

    def params() -> dict:
        text = default_path().read_text(encoding="utf-8")
        line = next(ln for ln in text.splitlines() if ln.startswith("params="))
        return json.loads(json.loads(line.split("=", 1)[1]))

    assert params()["input_size"] == [1, 1] and params()["kernel_size"] == [1, 1]
    return params


@pytest.mark.parametrize("argv, words", [
    (["--select", "4,4"], "--select 4,4 is outside the 1x1 output"),
    (["--select-input", "1,1"], "--select-input 1,1 is outside the 1x1 input"),
    (["--output-size", "6x6"], "the height can be only 1"),
])
def test_a_cell_or_size_the_remembered_layer_has_not_is_refused(remembered, capsys, argv, words):
    assert out_size(1, 1, 1, 0, 0, 1) == 1
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1 and "Traceback" not in err, err
    assert remembered()["input_size"] == [1, 1] and remembered()["kernel_size"] == [1, 1]


@pytest.mark.parametrize("argv", [["--select", "0,0"], ["--output-size", "1x1"]])
def test_what_the_remembered_layer_has_is_taken_and_the_layer_kept(remembered, capsys, argv):
    """The lesson's 5x5 would refuse nothing here, and its 2x2 input would replace the layer."""
    assert main(argv) == 0
    assert "error" not in capsys.readouterr().err
    kept = remembered()
    assert kept["input_size"] == [1, 1] and kept["kernel_size"] == [1, 1] and kept["stride"] == [1, 1]


def test_given_parameters_still_decide(remembered, capsys):
    """With --input 3 (and the lesson's k 3, s 2 for what is not given) the output is 7x7."""
    assert out_size(3, 3, 2, 0, 0, 1) == 7
    assert main(["--input", "3", "--select", "9,9"]) == 2
    assert "outside the 7x7 output" in capsys.readouterr().err
    assert main(["--input", "3", "--select", "6,6"]) == 0


def test_output_padding_and_output_size_together_are_refused(capsys) -> None:
    """forward(x, output_size=...) picks op itself: a given op would be dropped unsaid."""
    assert main(["explain", "--output-padding", "1", "--output-size", "5x5"]) == 2
    err = capsys.readouterr().err
    assert "--output-padding or --output-size, not both" in err and err.count("\n") == 1


def test_cells_given_backwards_are_named_so(tmp_path, capsys) -> None:
    assert main(["render", "--animate", "--cells", "3:1", "-o", str(tmp_path / "frames")]) == 2
    err = capsys.readouterr().err
    assert "--cells 3:1" in err and "write 1:3" in err and "outside" not in err
    assert not (tmp_path / "frames").exists()


def test_pick_from_another_group_names_the_inputs_that_feed(tmp_path, capsys) -> None:
    """4 in, 4 out, 2 groups: output 0 is fed by inputs 0 and 1 (C_in / groups = 2 each)."""
    feeds = [c for c in range(4) if c // (4 // 2) == 0 // (4 // 2)]
    assert feeds == [0, 1]
    out = str(tmp_path / "p.png")
    assert main(["render", "-o", out, "--in-channels", "4", "--out-channels", "4",
                 "--groups", "2", "--pick", "3,0"]) == 2
    err = capsys.readouterr().err
    assert "input channel 3 does not feed output channel 0" in err and "0 to 1" in err, err
    assert main(["render", "-o", out, "--in-channels", "4", "--out-channels", "4",
                 "--groups", "2", "--pick", "0,7"]) == 2
    assert "output channel 7 must be below 4" in capsys.readouterr().err


@pytest.mark.parametrize("argv, words", [
    (["--output-size", "-5x5"], "--output-size -5x5: the height can be 5 to 6"),
    (["--select", "-1,0"], "--select -1,0 is outside the 5x5 output"),
])
def test_a_negative_value_is_checked_not_taken_for_an_option(tmp_path, capsys, argv, words):
    """argparse read "-5x5" as an option and said the value was missing."""
    assert main(["render", "-o", str(tmp_path / "a.png"), *argv]) == 2
    err = capsys.readouterr().err
    assert words in err and "expected one argument" not in err, err
