"""Without a display: commands that draw into files draw offscreen, the others say why.

Qt aborts the process (exit 134, several lines) when its platform cannot
start: xcb or wayland with no display, or a platform name it has not.
``render`` needs no display whatever QT_QPA_PLATFORM says; the window and
``play`` need one, and say so in one line with exit code 2.
"""

from __future__ import annotations

import pytest

from tests.gui.test_bad_input import one_error_line, run

NO_DISPLAY = ("DISPLAY", "WAYLAND_DISPLAY")


@pytest.mark.parametrize("platform", ["xcb", "wayland", "bogus", "", "linuxfb", "eglfs", "minimal", "vnc"])
def test_render_draws_offscreen_whatever_the_platform(tmp_path, platform) -> None:
    # linuxfb crashed without a frame buffer, eglfs aborted, minimal drew every letter as a
    # box (it has no fonts) and vnc opened a server: a file is drawn offscreen in every case.
    result = run(["render", "-o", "out.png"], tmp_path, drop=NO_DISPLAY, QT_QPA_PLATFORM=platform)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "Aborted" not in result.stderr
    assert (tmp_path / "out.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_render_with_a_platform_draws_the_same_picture(tmp_path) -> None:
    """The text is drawn with real fonts whatever the platform: the PNGs are identical."""
    for platform in ("offscreen", "minimal"):
        result = run(["render", "-o", f"{platform}.png"], tmp_path, QT_QPA_PLATFORM=platform)
        assert result.returncode == 0, result.stderr
    assert (tmp_path / "offscreen.png").read_bytes() == (tmp_path / "minimal.png").read_bytes()


def test_a_missing_wayland_socket_is_named(tmp_path) -> None:
    """Qt's wayland plugin aborts when its socket is missing; the name is checked first."""
    result = run([], tmp_path, drop=("DISPLAY", "QT_QPA_PLATFORM"), WAYLAND_DISPLAY="nowhere-0",
                 XDG_RUNTIME_DIR=str(tmp_path))
    line = one_error_line(result)
    assert "Wayland display 'nowhere-0'" in line and "render" in line


def test_a_platform_qt_has_not_is_named(tmp_path) -> None:
    result = run([], tmp_path, drop=NO_DISPLAY, QT_QPA_PLATFORM="bogus")
    assert result.returncode == 2
    line = one_error_line(result)
    assert "QT_QPA_PLATFORM=bogus" in line and "offscreen" in line and "xcb" in line


def test_play_without_a_display_points_to_render(tmp_path) -> None:
    result = run(["play", "seed_lesson_en"], tmp_path, drop=(*NO_DISPLAY, "QT_QPA_PLATFORM"))
    assert result.returncode == 2, result.stderr
    line = one_error_line(result)
    assert "no display" in line and "render --script seed_lesson_en" in line


@pytest.mark.parametrize("args", [
    ["explain", "--input", "40"],
    ["quiz", "--seed", "1", "--count", "200", "--json"],
])
def test_a_pipe_closed_early_ends_quietly(tmp_path, args) -> None:
    """`convt-lab explain | head -1`: the reader goes after one line; no traceback follows."""
    import os
    import subprocess

    from tests.gui.test_bad_input import COMMAND, ROOT

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])}
    with subprocess.Popen([*COMMAND, *args], cwd=tmp_path, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        first = proc.stdout.readline()
        proc.stdout.close()  # as head does once it has its line
        err = proc.stderr.read().decode()
        code = proc.wait(timeout=60)
    assert first.startswith(b"1. " if args[0] == "explain" else b"[")
    assert "Traceback" not in err and "BrokenPipe" not in err, err
    assert code == 0
