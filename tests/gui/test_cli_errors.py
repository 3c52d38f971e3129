"""Every bad command line ends with exit code 2 and one line on stderr.

The entry point ``convt_lab.gui.app.main(argv)`` returns the exit code, so most cases run
in this process (fast); a handful run the installed ``convt-lab`` script to
check the same from the outside.  A good ``explain`` prints the five steps with
right-aligned number tables, checked against a scatter loop written here.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from convt_lab.gui.app import main

ROOT = Path(__file__).parents[2]
SCRIPT = Path(sys.executable).with_name("convt-lab")
COMMAND = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "convt_lab.gui.app"]

# Wrong for every command: the window, render and explain.
COMMON_BAD = {
    "input-zero": ["--input", "0"],
    "input-negative": ["--input", "-3"],
    "input-word": ["--input", "abc"],
    "input-empty": ["--input", ""],
    "input-float": ["--input", "2.0"],
    "input-5000-digits": ["--input", "1" + "0" * 5000],
    "kernel-0x3": ["--kernel", "0x3"],
    "kernel-too-big": ["--kernel", "70"],  # padded 3 + 2·69 > 128
    "input-3x": ["--input", "3x"],
    "input-x3": ["--input", "x3"],
    "input-3x4x5": ["--input", "3x4x5"],
    "stride-2.5": ["--stride", "2.5"],
    "stride-huge": ["--stride", "99999999999999999999999"],
    "dilation-0": ["--dilation", "0"],
    "output-padding-2": ["--output-padding", "2"],
    "padding-9": ["--padding", "9"],
    "stride-1-op-1": ["--stride", "1", "--output-padding", "1"],
    "lang-fr": ["--lang", "fr"],
    "option-unknown": ["--bogus"],
    "input-missing-value": ["--input"],
    "session-missing": ["--session", "missing.convt.json"],
    "session-and-params": ["--session", "missing.convt.json", "--input", "3"],
    "session-newline-in-name": ["--session", "no\nsuch.convt.json"],
    "unknown-with-newline": ["--no\nsuch"],
}
# Options only render has, or that only render checks.
RENDER_BAD = {
    "select-9,9": ["--select", "9,9"],
    "select-negative": ["--select", "-1,0"],
    "select-one-number": ["--select", "1"],
    "select-input-outside": ["--select-input", "0,5"],
    "select-both": ["--select", "1,1", "--select-input", "0,0"],
    "view-nope": ["--view", "nope"],
    "size-huge": ["--size", "99999x99999"],
    "size-0x0": ["--size", "0x0"],
    "size-axb": ["--size", "axb"],
    "step-0": ["--step", "0"],
    "step-6": ["--step", "6"],
    "font-scale-3": ["--font-scale", "3"],
    "font-scale-nan": ["--font-scale", "nan"],
    "theme-pink": ["--theme", "pink"],
    "fps-nan": ["--animate", "--fps", "nan"],
    "cells-without-animate": ["--cells", "1:3"],
    "cells-backwards": ["--animate", "--cells", "5:2"],
    "cells-outside": ["--animate", "--cells", "1:26"],
}
# Channel options, which the window and render take (0 is left to test_channel_panel.py).
CHANNELS_BAD = {
    "groups-not-dividing-out": ["--in-channels", "2", "--groups", "2", "--out-channels", "3"],
    "groups-not-dividing-in": ["--in-channels", "3", "--out-channels", "6", "--groups", "2"],
    "in-channels-huge": ["--in-channels", "99999"],
    "in-channels-negative": ["--in-channels", "-1"],
    "groups-word": ["--groups", "abc"],
    "out-channels-5000-digits": ["--out-channels", "1" + "0" * 5000],
}
# Render options given to the window or to explain.
NOT_THEIRS = {
    "select": ["--select", "9,9"],
    "view": ["--view", "nope"],
    "size": ["--size", "99999x99999"],
}

CASES = [
    *[pytest.param([], args, id=f"window-{name}") for name, args in COMMON_BAD.items()],
    *[pytest.param(["explain"], args, id=f"explain-{name}") for name, args in COMMON_BAD.items()],
    *[pytest.param(["render", "-o", "out.png"], args, id=f"render-{name}")
      for name, args in {**COMMON_BAD, **RENDER_BAD}.items()],
    *[pytest.param([], args, id=f"window-{name}") for name, args in CHANNELS_BAD.items()],
    *[pytest.param(["render", "-o", "out.png"], args, id=f"render-{name}")
      for name, args in CHANNELS_BAD.items()],
    *[pytest.param(["explain"], args, id=f"explain-{name}") for name, args in CHANNELS_BAD.items()],
    *[pytest.param([], args, id=f"window-{name}") for name, args in NOT_THEIRS.items()],
    *[pytest.param(["explain"], args, id=f"explain-{name}") for name, args in NOT_THEIRS.items()],
    pytest.param(["render"], [], id="render-no-output"),
    pytest.param(["render", "-o", "out.txt"], [], id="render-txt"),
    pytest.param(["render", "-o", "out.png", "--animate"], [], id="render-animate-png"),
    pytest.param(["explain", "render"], [], id="explain-render"),
    pytest.param(["install-desktop"], ["--input", "3"], id="install-desktop-input"),
]


@pytest.fixture
def sandbox(qapp, tmp_path, monkeypatch):
    """A folder to run in; a window that a bug lets through closes itself at once.

    ``qapp`` makes the QApplication first, so that nothing here makes a bare
    QCoreApplication that later tests would inherit.
    """
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("CONVT_LAB_AUTOQUIT", "close:0")
    return tmp_path


@pytest.mark.parametrize(("command", "args"), CASES)
def test_bad_arguments_exit_2_with_one_line(sandbox, capsys, command, args) -> None:
    code = main([*command, *args])
    out, err = capsys.readouterr()
    assert code == 2, (code, err)
    assert out == ""
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("convt-lab"), lines[0]
    assert " error: " in lines[0], lines[0]
    assert not any(sandbox.glob("out.*")), "a file was written"


SUBPROCESS_CASES = [
    pytest.param(["--input", "abc"], "--input", id="window-input-abc"),
    pytest.param(["--lang", "fr"], "fr", id="window-lang-fr"),
    pytest.param(["explain", "--padding", "9"], "output size", id="explain-padding-9"),
    pytest.param(["explain", "--kernel", "0x3"], "kernel size", id="explain-kernel-0x3"),
    pytest.param(["render", "-o", "out.png", "--select", "9,9"], "9,9", id="render-select-9,9"),
    pytest.param(["render", "-o", "out.png", "--size", "99999x99999"], "99999x99999",
                 id="render-size-huge"),
]


@pytest.mark.parametrize(("args", "needle"), SUBPROCESS_CASES)
def test_bad_arguments_from_the_real_script(tmp_path, args, needle) -> None:
    path = os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": path,
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "CONVT_LAB_AUTOQUIT": "close:0"}
    result = subprocess.run([*COMMAND, *args], cwd=tmp_path, env=env, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert lines[0].startswith("convt-lab") and needle in lines[0], lines[0]
    assert not (tmp_path / "out.png").exists()


# -- a good explain ----------------------------------------------------------------


def scatter(x: np.ndarray, w: np.ndarray, s, p, op, d) -> np.ndarray:
    """y[r*s + a*d - p, c*s + b*d - p] += x[r, c] * w[a, b] (PyTorch's ConvTranspose2d)."""
    (h, wd), (kh, kw) = x.shape, w.shape
    oh = (h - 1) * s[0] - 2 * p[0] + d[0] * (kh - 1) + op[0] + 1
    ow = (wd - 1) * s[1] - 2 * p[1] + d[1] * (kw - 1) + op[1] + 1
    y = np.zeros((oh, ow), dtype=np.int64)
    for r in range(h):
        for c in range(wd):
            for a in range(kh):
                for b in range(kw):
                    i, j = r * s[0] + a * d[0] - p[0], c * s[1] + b * d[1] - p[1]
                    if 0 <= i < oh and 0 <= j < ow:
                        y[i, j] += int(x[r, c]) * int(w[a, b])
    return y


def table_rows(values: np.ndarray) -> list[str]:
    """The rows as explain must print them: right-justified to the widest number."""
    width = max(len(str(v)) for v in values.ravel())
    return ["    " + " ".join(str(v).rjust(width) for v in row) for row in values]


def table_blocks(text: str) -> list[list[str]]:
    """The runs of indented lines (the number tables) of ``text``."""
    blocks, block = [], []
    for line in text.splitlines():
        if line.startswith("    ") and line.strip():
            block.append(line)
        elif block:
            blocks.append(block)
            block = []
    return blocks + ([block] if block else [])


def ones_to_n(h: int, w: int) -> np.ndarray:
    return np.arange(1, h * w + 1).reshape(h, w)


@pytest.mark.parametrize(
    ("args", "shape", "steps"),
    [
        pytest.param([], (2, 2, 3, 3), ((2, 2), (0, 0), (0, 0), (1, 1)), id="lesson"),
        pytest.param(
            ["--input", "3x2", "--kernel", "2x3", "--stride", "1x2", "--padding", "1x0",
             "--output-padding", "0x1", "--dilation", "2x1"],
            (3, 2, 2, 3), ((1, 2), (1, 0), (0, 1), (2, 1)), id="rectangular",
        ),
    ],
)
def test_explain_prints_five_steps_and_aligned_tables(sandbox, capsys, args, shape, steps) -> None:
    code = main(["explain", "--lang", "en", *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert err == ""
    lines = out.splitlines()
    headings = [line for line in lines if line[:2] in {f"{n}." for n in range(1, 10)}]
    assert [h[:2] for h in headings] == ["1.", "2.", "3.", "4.", "5."], headings
    y = scatter(ones_to_n(*shape[:2]), ones_to_n(*shape[2:]), *steps)
    assert headings[4].endswith(f"{y.shape[0]}\u00d7{y.shape[1]}"), headings[4]
    rows = table_rows(y)
    start = lines.index(rows[0])
    assert lines[start:start + len(rows)] == rows, "\n".join(lines[start - 1:start + len(rows)])
    for block in table_blocks(out):
        assert len({len(line) for line in block}) == 1, "columns not aligned:\n" + "\n".join(block)


def test_lesson_output_has_the_known_last_row(sandbox, capsys) -> None:
    """The lesson's 5x5 output ends with 21 24 55 32 36 (the reference agrees)."""
    y = scatter(ones_to_n(2, 2), ones_to_n(3, 3), (2, 2), (0, 0), (0, 0), (1, 1))
    assert y[-1].tolist() == [21, 24, 55, 32, 36]
    assert main(["explain"]) == 0
    out = capsys.readouterr().out
    assert "5\u00d75" in out
    assert "    21 24 55 32 36" in out.splitlines()


def test_explain_in_chinese_from_the_real_script(tmp_path) -> None:
    """Chinese text, the same numbers (run apart: a translator is process-wide)."""
    path = os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": path}
    result = subprocess.run([*COMMAND, "explain", "--lang", "zh"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert any("\u4e00" <= ch <= "\u9fff" for ch in result.stdout), "no Chinese text"
    y = scatter(ones_to_n(2, 2), ones_to_n(3, 3), (2, 2), (0, 0), (0, 0), (1, 1))
    lines = result.stdout.splitlines()
    start = lines.index(table_rows(y)[0])
    assert lines[start:start + 5] == table_rows(y)
