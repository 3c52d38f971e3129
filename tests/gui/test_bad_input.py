"""The README's "What bad input gets", through the real entry point in fresh processes.

Each case runs ``convt-lab`` as a user would (offscreen, settings and logs in
a temporary folder) and checks the exit code and the one line on stderr.
The expected ranges come from core's ``LIMITS``, the expected sums from a
direct definition written here.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from convt_lab import core

ROOT = Path(__file__).parents[2]
SCRIPT = Path(sys.executable).with_name("convt-lab")
COMMAND = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "convt_lab.gui.app"]
TIMEOUT = 60
LESSON = {"input_size": [2, 2], "kernel_size": [3, 3], "stride": [2, 2], "padding": [0, 0],
          "output_padding": [0, 0], "dilation": [1, 1]}


def run(args: list[str], cwd: Path, *, drop: tuple[str, ...] = (), code: str | None = None,
        **extra: str) -> subprocess.CompletedProcess:
    path = os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": path,
           "XDG_CONFIG_HOME": str(cwd / "config"), "XDG_DATA_HOME": str(cwd / "data"),
           "CONVT_LAB_AUTOQUIT": "close:200", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", **extra}
    for name in drop:
        env.pop(name, None)
    command = [sys.executable, "-c", code] if code is not None else [*COMMAND, *args]
    try:
        return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True,
                              timeout=TIMEOUT, check=False)
    except subprocess.TimeoutExpired as err:
        pytest.fail(f"{args[:3]} still running after {TIMEOUT} s: {err.stderr!r}")


def one_error_line(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2, (result.returncode, result.stderr[-2000:])
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr[-2000:]
    assert " error: " in lines[0] or "错误" in lines[0] or "error:" in lines[0], lines[0]
    return lines[0]


def session(tmp_path: Path, name: str, **fields) -> Path:
    doc = {"format": "convt-lab-session", "version": 2, "params": LESSON,
           "x": [[[1, 2], [3, 4]]], "w": [[[[1, 2, 3], [4, 5, 6], [7, 8, 9]]]]}
    doc.update(fields)
    path = tmp_path / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@pytest.fixture
def overflowing(tmp_path) -> Path:
    big = 1e200  # finite, but 1e200 * 1e200 is not
    return session(tmp_path, "over.convt.json", x=[[[big, big], [big, big]]],
                   w=[[[[big] * 3] * 3]])


@pytest.fixture
def overflowing_channels(tmp_path) -> Path:
    """Two input channels; only the second one, which the pick (0, 0) does not show, overflows."""
    big = 1e200
    return session(
        tmp_path, "multi.convt.json",
        channels={"in_channels": 2, "out_channels": 2, "groups": 1, "bias": False, "pick": [0, 0]},
        x=[[[1, 1], [1, 1]], [[big, big], [big, big]]],
        w=[[[[1] * 3] * 3, [[1] * 3] * 3], [[[big] * 3] * 3, [[big] * 3] * 3]],
    )


# -- sessions that cannot be shown ------------------------------------------------
WAYS = {
    "render": lambda f: ["render", "--session", str(f), "-o", "out.png"],
    "explain-after": lambda f: ["--session", str(f), "explain"],
    "explain-before": lambda f: ["explain", "--session", str(f)],
    "window": lambda f: ["--session", str(f)],
}


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("which", ["overflowing", "overflowing_channels"])
def test_an_overflowing_session_is_refused(request, tmp_path, way, which) -> None:
    path = request.getfixturevalue(which)
    line = one_error_line(run(WAYS[way](path), tmp_path))
    assert "overflows" in line and path.name in line, line
    assert not (tmp_path / "out.png").exists()


@pytest.mark.parametrize("way", WAYS)
def test_a_named_pipe_is_refused_at_once(tmp_path, way) -> None:
    pipe = tmp_path / "pipe.convt.json"
    os.mkfifo(pipe)
    start = time.monotonic()
    line = one_error_line(run(WAYS[way](pipe), tmp_path))
    assert time.monotonic() - start < TIMEOUT / 2
    assert "named pipe" in line, line


@pytest.mark.parametrize("way", WAYS)
def test_a_selection_outside_the_grid_is_named(tmp_path, way) -> None:
    path = session(tmp_path, "far.convt.json", selection={"grid": "output", "row": 50, "col": 50})
    line = one_error_line(run(WAYS[way](path), tmp_path))
    assert "(50, 50)" in line and "5\u00d75" in line, line
    assert "went wrong" not in line


@pytest.mark.parametrize("way", ["render", "explain-before"])
def test_a_font_scale_past_any_float_is_named(tmp_path, way) -> None:
    """A 400-digit font_scale has no float: it is refused by name, not with OverflowError."""
    path = session(tmp_path, "font.convt.json", font_scale=int("9" * 400))
    line = one_error_line(run(WAYS[way](path), tmp_path))
    assert "font_scale must be 1, 1.5 or 2" in line and "Overflow" not in line, line
    assert len(line) < 300 and not (tmp_path / "out.png").exists()


# -- empty paths -------------------------------------------------------------------
@pytest.mark.parametrize("args", [
    ["--session", ""], ["render", "--session", "", "-o", "out.png"], ["explain", "--session", ""],
    ["render", "--animate", "-o", ""], ["render", "-o", ""],
], ids=["window", "render", "explain", "animate", "render-o"])
def test_an_empty_path_is_refused(tmp_path, args) -> None:
    line = one_error_line(run(args, tmp_path))
    assert "empty" in line, line
    assert list(tmp_path.glob("*.png")) == []


# -- messages ----------------------------------------------------------------------
@pytest.mark.parametrize("flag, dest", [("--input", "input_size"), ("--kernel", "kernel_size"),
                                        ("--stride", "stride")])
def test_a_huge_size_gives_the_real_range(tmp_path, flag, dest) -> None:
    low, high = core.LIMITS[dest]
    line = one_error_line(run([flag, str(10**30)], tmp_path))
    assert f"between {low} and {high}" in line, line
    assert "2147483647" not in line


def test_thousands_of_digits_are_not_an_internal_error(tmp_path) -> None:
    line = one_error_line(run(["--input", "9" * 5000], tmp_path))
    assert "_pair" not in line and "5000-digit" in line, line
    assert len(line) < 300


def test_a_long_value_is_cut_in_the_message(tmp_path) -> None:
    for args in (["--input", "a" * 100_000], ["--lang", "b" * 100_000],
                 ["render", "-o", "c" * 100_000 + ".txt"]):
        line = one_error_line(run(args, tmp_path))
        assert len(line) < 400, (args[0], len(line))


def test_an_output_path_with_a_newline_gives_one_line(tmp_path) -> None:
    result = run(["render", "-o", str(tmp_path / "no-such" / "a\nb.png")], tmp_path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert "a\\nb.png" in result.stderr  # the line break is shown, not made


def test_animate_onto_an_existing_file_says_so_in_words(tmp_path) -> None:
    (tmp_path / "frames").write_text("mine")
    line = one_error_line(run(["render", "--animate", "-o", "frames"], tmp_path))
    assert "Errno" not in line and "is a file" in line and "folder" in line, line
    assert (tmp_path / "frames").read_text() == "mine"


def test_explain_on_a_channel_session_names_the_pair(tmp_path) -> None:
    path = session(
        tmp_path, "pair.convt.json",
        channels={"in_channels": 2, "out_channels": 2, "groups": 1, "bias": True, "pick": [1, 0]},
        x=[[[1, 2], [3, 4]], [[5, 6], [7, 8]]],
        w=[[[[1] * 3] * 3, [[2] * 3] * 3], [[[3] * 3] * 3, [[4] * 3] * 3]], b=[10, 20],
    )
    for args in (["explain", "--session", str(path)], ["--session", str(path), "explain"]):
        result = run(args, tmp_path)
        assert result.returncode == 0, result.stderr
        first = result.stdout.splitlines()[0]
        assert "input channel 1" in first and "w[1,0]" in first and "output channel 0" in first
        assert "b[0] = 10" in result.stdout.split("\n\n")[0]
        assert "drop the channel" not in result.stdout + result.stderr
        # The tables are the pair's: x[1] = 5 6 / 7 8.
        assert "    5 6" in result.stdout.splitlines()


# -- no display ----------------------------------------------------------------------
def test_no_display_gives_one_line_and_exit_2(tmp_path) -> None:
    result = run([], tmp_path, drop=("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"))
    line = one_error_line(result)
    assert "DISPLAY" in line and "convt-lab render" in line, line


def test_a_missing_xcb_cursor_library_is_named(monkeypatch) -> None:
    import convt_lab.gui.io.display as display

    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(display, "missing_xcb_cursor", lambda: True)
    problem = display.display_problem()
    assert problem is not None and "libxcb-cursor0" in problem and "\n" not in problem


def test_an_unreachable_x_display_gives_one_line(tmp_path) -> None:
    result = run([], tmp_path, drop=("QT_QPA_PLATFORM", "WAYLAND_DISPLAY"), DISPLAY=":97")
    line = one_error_line(result)
    assert ":97" in line or "libxcb-cursor0" in line, line


# -- Chinese -------------------------------------------------------------------------
@pytest.mark.parametrize("args, env", [
    (["--lang", "zh", "--input", "0"], {}),
    (["render", "--lang", "zh", "-o", ""], {}),
    # No LC_ALL: Qt reads the language from LANG; LC_CTYPE stays UTF-8 where zh_CN is not installed.
    (["--input", "0"], {"LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_CTYPE": "C.UTF-8"}),
    # argparse's own phrases too: an unknown option, a bad choice, a missing -o.
    (["--lang", "zh", "--bogus"], {}),
    (["render", "--lang", "zh", "--view", "nope", "-o", "x.png"], {}),
    (["--lang", "zh", "render"], {}),
], ids=["lang-zh", "render-lang-zh", "chinese-locale", "unknown-option", "bad-choice",
        "missing-output"])
def test_command_line_errors_in_chinese(tmp_path, args, env) -> None:
    line = one_error_line(run(args, tmp_path, **env))
    assert any("\u4e00" <= ch <= "\u9fff" for ch in line), line


def test_english_stays_english(tmp_path) -> None:
    line = one_error_line(run(["--lang", "en", "--input", "0"], tmp_path,
                              LANG="zh_CN.UTF-8", LC_ALL="", LC_CTYPE="C.UTF-8"))
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in line), line


# -- start-up failures ---------------------------------------------------------------
FAIL_ONCE = """
import sys
import convt_lab.gui.main_window as mw
real = mw.MainWindow.__init__
calls = []
def broken(self, *args, **kwargs):
    calls.append(1)
    if len(calls) == 1:
        raise KeyError("a start-up bug")
    real(self, *args, **kwargs)
mw.MainWindow.__init__ = broken
from convt_lab.gui.app import main
code = main(sys.argv[1:])
print("windows built:", len(calls))
sys.exit(code)
"""


def test_a_start_up_failure_says_what_failed_and_starts_on_the_defaults(tmp_path) -> None:
    result = run([], tmp_path, code=FAIL_ONCE)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "windows built: 2" in result.stdout
    notice = [line for line in result.stderr.splitlines() if "could not start" in line]
    assert len(notice) == 1, result.stderr[-2000:]
    assert "a start-up bug" in notice[0]
    assert "default lesson" in notice[0]
    assert "kept running" not in result.stderr
    logs = list((tmp_path / "data").rglob("convt-lab-errors.log"))
    assert logs and str(logs[0]) in notice[0]
    assert "a start-up bug" in logs[0].read_text(encoding="utf-8")


# -- settings ------------------------------------------------------------------------
BAD_SETTINGS = {
    "theme-bytearray": b"[General]\ntheme=@ByteArray(dark)\n",
    "language-bytearray": b"[General]\nlanguage=@ByteArray(zh)\n",
    "params-deep": b"[General]\nparams=" + b"[" * 50_000 + b"\n",
    "binary": bytes(range(256)) * 8,
    "huge": b"[General]\n" + b"k=" + b"x" * (50 * 1024 * 1024) + b"\n",
    # An INI format error: QSettings keeps what it parsed and writes only that back at exit.
    "format": b"[General]\ntheme=dark\n[broken\nparams={\"input_size\": [3, 3]}\n",
}


@pytest.mark.parametrize("name", BAD_SETTINGS)
def test_bad_settings_start_the_window_with_a_notice(tmp_path, name) -> None:
    ini = tmp_path / "config" / "convt-lab" / "convt-lab.ini"
    ini.parent.mkdir(parents=True)
    ini.write_bytes(BAD_SETTINGS[name])
    result = run(["--lang", "en"], tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("convt-lab: warning")]
    assert len(warnings) == 1, result.stderr[-2000:]
    assert len(warnings[0]) < 500
    if name in ("binary", "huge", "format"):  # set aside (a copy, for "format"), not lost
        (aside,) = ini.parent.glob("convt-lab.ini.bad-*")
        assert aside.read_bytes() == BAD_SETTINGS[name]
        assert str(aside) in warnings[0]


def test_a_file_where_the_settings_folder_belongs_is_named(tmp_path) -> None:
    """XDG_CONFIG_HOME/convt-lab is a file: nothing can be saved, and the notice says why."""
    (tmp_path / "config").mkdir()
    blocker = tmp_path / "config" / "convt-lab"
    blocker.write_text("not a folder")
    result = run(["--lang", "en"], tmp_path)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr[-2000:]
    warnings = [line for line in result.stderr.splitlines() if line.startswith("convt-lab: warning")]
    assert len(warnings) == 1 and f"{blocker} is a file, not a folder" in warnings[0], result.stderr
    assert blocker.read_text() == "not a folder"


@pytest.mark.parametrize("signal_name", ["SIGINT", "SIGTERM"])
def test_an_animation_stopped_by_a_signal_leaves_the_target_and_no_temporary_file(
        tmp_path, signal_name) -> None:
    """Ctrl+C or a SIGTERM during `render --animate`: one line, exit 128 + the signal's number
    (130, 143), the old file kept."""
    import signal
    import subprocess

    target = tmp_path / "keep.gif"
    target.write_bytes(b"the old animation")
    path = os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": path,
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    # 400 frames of a 20x20 layer: far longer than the wait below.
    with subprocess.Popen([*COMMAND, "render", "--animate", "--input", "20", "--stride", "1",
                           "-o", str(target)], cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True) as proc:
        deadline = time.monotonic() + TIMEOUT / 2
        while not list(tmp_path.glob(".convt-*")) and time.monotonic() < deadline:
            time.sleep(0.05)  # the frames are being written into the temporary file
        assert list(tmp_path.glob(".convt-*")), "no temporary file appeared"
        proc.send_signal(getattr(signal, signal_name))
        _, err = proc.communicate(timeout=TIMEOUT)
    assert proc.returncode == 128 + getattr(signal, signal_name), err
    assert "Traceback" not in err and err.strip().count("\n") == 0, err
    assert "keep.gif was not written" in err
    assert target.read_bytes() == b"the old animation"
    assert not list(tmp_path.glob(".convt-*"))


@pytest.mark.parametrize("extra, named", [
    (["--input", "3"], "--input"),
    (["--fps", "10"], "--fps"),
    (["--session", "s.convt.json"], "--session"),
    (["--select", "1,1"], "--select"),
])
def test_render_script_refuses_options_it_would_drop(tmp_path, extra, named) -> None:
    """A script sets each scene's layer, view and timing: another option for them is named."""
    session(tmp_path, "s.convt.json")  # a good session: refused for the script's sake alone
    line = one_error_line(run(["render", "--script", "seed_lesson_en", *extra, "-o", "x.gif"],
                              tmp_path))
    assert "--script sets" in line and line.endswith(named), line
    assert not (tmp_path / "x.gif").exists()


def test_render_script_with_an_empty_name_says_so(tmp_path) -> None:
    line = one_error_line(run(["render", "--script", "", "-o", "x.gif"], tmp_path))
    assert "--script: the script's name is empty" in line, line


@pytest.mark.parametrize("locale_env", [{"LC_ALL": "C", "LANG": "C"}, {"LC_ALL": "POSIX"},
                                        {"LC_ALL": "", "LANG": ""}])
def test_the_c_locale_adds_no_qt_warning(tmp_path, locale_env) -> None:
    """Qt warns in four lines when it has to leave the C locale: nothing but the answer shows."""
    result = run(["explain"], tmp_path, **locale_env)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert result.stdout.startswith("1. ")
    line = one_error_line(run(["explain", "--output-size", "9x9"], tmp_path, **locale_env))
    assert "5 to 6" in line


@pytest.mark.parametrize("args", [
    ["render", "--animate", "--hold", "abc", "-o", "x.gif"],
    ["render", "--grids-only", "-o", "x.png"],
    ["render", "--animate", "-o", "x.png"],
    ["render", "--script", "seed_lesson_en", "--input", "3", "-o", "x.gif"],
    ["quiz", "--seed", "abc"],
    ["quiz", "--count", "0"],
    ["plan", "--input", "abc", "model.txt"],
], ids=["hold", "grids-only", "animate-png", "script-input", "seed", "count", "plan-input"])
def test_option_errors_are_chinese_sentences(tmp_path, args) -> None:
    """Not only argparse's "参数 --x：" in Chinese: the sentence after it too (no English phrase)."""
    line = one_error_line(run(["--lang", "zh", *args], tmp_path))
    said = line.split(" error: ", 1)[1]
    said = re.sub(r"--[a-z-]+|'[^']*'|\.[a-z]{3,4}\b|[A-Za-z_]+\[[a-z]+\]", "", said)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in said), line
    assert not re.search(r"[A-Za-z]{3,} [A-Za-z]{3,}", said), line


@pytest.mark.parametrize("args, said", [
    (["quiz", "--seed", "9" * 5000], "seed 9999"),
    (["quiz", "--count", "9" * 30], "count 9999"),
    (["plan", "--input", "9" * 5000 + "x1x1", "model.txt"], "each of C, H and W must be 1 to"),
])
def test_a_number_too_long_to_read_is_out_of_range_not_a_non_number(tmp_path, args, said) -> None:
    """Python's int() refuses past 4,300 digits; such a number is simply too large."""
    line = one_error_line(run(args, tmp_path))
    assert said in line and "whole number" not in line and "invalid" not in line, line
    assert len(line) < 200


def test_no_display_in_chinese(tmp_path) -> None:
    line = one_error_line(run(["--lang", "zh"], tmp_path, drop=("DISPLAY", "WAYLAND_DISPLAY",
                                                                 "QT_QPA_PLATFORM")))
    assert "没有显示器" in line and "convt-lab render -o FILE.png" in line, line


@pytest.mark.parametrize("args, chinese", [
    (["explain", "--lang", "en", "--lang", "zh", "--input", "abc"], True),  # the last one wins
    (["explain", "--lang", "zh", "--lang", "en", "--input", "abc"], False),
])
def test_the_last_lang_is_the_language_of_an_error(tmp_path, args, chinese) -> None:
    line = one_error_line(run(args, tmp_path))
    assert any("\u4e00" <= ch <= "\u9fff" for ch in line) == chinese, line


def test_the_remembered_language_is_the_language_of_the_window_s_errors(tmp_path) -> None:
    ini = tmp_path / "config" / "convt-lab" / "convt-lab.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[General]\nlanguage=zh\n")
    for args in (["--input", "abc"], ["--select", "9,9"]):  # parsing, then the remembered layer
        line = one_error_line(run(args, tmp_path))
        assert any("\u4e00" <= ch <= "\u9fff" for ch in line), line
    line = one_error_line(run(["--lang", "en", "--select", "9,9"], tmp_path))
    assert "is outside the 5x5 output" in line, line


def test_a_frame_rate_a_gif_cannot_store_is_said(tmp_path) -> None:
    result = run(["render", "--animate", "--fps", "60", "--cells", "1:2", "-o", "a.gif"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "A GIF stores at most 50 frames per second: written at 50." in result.stderr


def test_an_empty_worksheet_name_is_named(tmp_path) -> None:
    line = one_error_line(run(["worksheet", "--seed", "1", "-o", ""], tmp_path))
    assert "the file name is empty" in line, line


def test_a_bad_setting_is_reset_as_the_notice_says_and_not_warned_of_again(tmp_path) -> None:
    ini = tmp_path / "config" / "convt-lab" / "convt-lab.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[General]\ntheme=purple\nlanguage=en\n")
    first = run(["--lang", "en"], tmp_path)
    assert "reset to defaults: theme" in first.stderr, first.stderr
    assert "purple" not in ini.read_text()
    second = run(["--lang", "en"], tmp_path)
    assert second.returncode == 0 and "warning" not in second.stderr, second.stderr
