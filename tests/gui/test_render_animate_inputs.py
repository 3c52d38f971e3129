"""``render --animate`` says what it did: a stop leaves no frames, and what cannot animate is refused.

Each case runs the real command line in a fresh process (offscreen, settings
in a temporary folder) and checks the exit code, the one line on stderr and
what is on the disk afterwards.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from convt_lab.gui.io.gif import export_frames
from convt_lab.gui.io.render import ExportError

COMMAND = [sys.executable, "-m", "convt_lab"]
TIMEOUT = 120
LESSON = {"input_size": [2, 2], "kernel_size": [3, 3], "stride": [2, 2], "padding": [0, 0],
          "output_padding": [0, 0], "dilation": [1, 1]}


def environment(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
            "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
            "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}


def render(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([*COMMAND, "render", "--size", "320x240", *args], cwd=tmp_path,
                          env=environment(tmp_path), capture_output=True, text=True,
                          timeout=TIMEOUT, check=False)


def refused(result: subprocess.CompletedProcess) -> str:
    """The one line of a command line refused with exit code 2; nothing said on stdout."""
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr[-2000:])
    assert result.stdout == "" and "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr[-2000:]
    assert lines[0].startswith("convt-lab render: error: "), lines[0]
    return lines[0]


def frame_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("frame_*.png")) if folder.is_dir() else []


# -- a stopped PNG-frame export ------------------------------------------------------------


@pytest.mark.parametrize("before, stop, code", [
    (None, signal.SIGINT, 130), ("notes.txt", signal.SIGINT, 130), (None, signal.SIGTERM, 143)],
    ids=["new-folder", "folder-with-a-file", "sigterm"])
def test_a_stopped_frame_export_takes_back_its_frames(tmp_path, before, stop, code) -> None:
    """Ctrl+C (or SIGTERM) after some frames: none stay, the line says so, and the same folder
    works again.  The exit code is the shell's for the signal: 128 + its number."""
    folder = tmp_path / "frames"
    if before is not None:  # the user's own file: never removed
        folder.mkdir()
        (folder / before).write_text("mine")
    # 289 frames of a 17x17 output: far longer than the wait for the first one.
    with subprocess.Popen([*COMMAND, "render", "--animate", "--input", "8", "--size", "320x240",
                           "-o", str(folder)], cwd=tmp_path, env=environment(tmp_path),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        deadline = time.monotonic() + TIMEOUT / 2
        while not frame_files(folder) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert frame_files(folder), "no frame was written"
        proc.send_signal(stop)
        out, err = proc.communicate(timeout=TIMEOUT)
    assert proc.returncode == code, (out, err)
    assert out == "" and "Traceback" not in err and err.count("\n") == 1, err
    assert f"{folder} was not written" in err
    assert frame_files(folder) == []
    if before is None:
        assert not folder.exists()  # the run made it, and takes it back
    else:
        assert sorted(os.listdir(folder)) == [before] and (folder / before).read_text() == "mine"
    again = render(["--animate", "--cells", "1:2", "-o", str(folder)], tmp_path)
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == f"Saved 2 frames to {folder}"
    assert frame_files(folder) == ["frame_0001.png", "frame_0002.png"]


def solid(colour: int) -> QImage:
    image = QImage(32, 24, QImage.Format.Format_RGB32)
    image.fill(colour)
    return image


def test_a_failed_frame_export_removes_only_its_own_files(qapp, tmp_path) -> None:
    """A write that fails midway takes back the frames of this run, not the files that were there."""
    (tmp_path / "frame_0002.png").write_bytes(b"an older frame")
    (tmp_path / "notes.txt").write_text("mine")

    def frames():
        yield solid(0xFF102030)
        yield solid(0xFF203040)  # replaces the older frame_0002.png: that name is not this run's
        yield solid(0xFF304050)
        raise ExportError("the disk is full")

    with pytest.raises(ExportError, match="the disk is full"):
        export_frames(frames(), tmp_path, all_or_nothing=True)
    assert sorted(os.listdir(tmp_path)) == ["frame_0002.png", "notes.txt"]
    stopped = tmp_path / "made" / "deeper"
    assert export_frames([solid(0xFF000000)] * 3, stopped, progress=lambda k, n: k < 2,
                         all_or_nothing=True) == 0
    assert not (tmp_path / "made").exists()  # the folders it made go too


# -- --cells counts the steps of the view that animates -------------------------------------


@pytest.mark.parametrize("cells, out", [("5:25", "a.gif"), ("1:25", "frames")])
def test_scatter_cells_are_counted_in_stamps(tmp_path, cells, out) -> None:
    """The Scatter view animates its 4 stamps: --cells past them is refused, naming the range."""
    line = refused(render(["--animate", "--view", "scatter", "--cells", cells, "-o", out], tmp_path))
    assert f"--cells {cells} is outside stamps 1 to 4" in line, line
    assert "Saved" not in line and not (tmp_path / out).exists()


def test_scatter_cells_inside_the_stamps_are_written(tmp_path) -> None:
    result = render(["--animate", "--view", "scatter", "--cells", "2:4", "-o", "s.gif"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Saved 3 frames to {tmp_path / 's.gif'}"


# -- tabs without an animation ----------------------------------------------------------


@pytest.mark.parametrize("view, tab", [("roundtrip", "Round trip"), ("plan", "Plan")])
def test_a_tab_without_an_animation_is_refused(tmp_path, view, tab) -> None:
    line = refused(render(["--animate", "--view", view, "-o", "a.gif"], tmp_path))
    assert f"the {tab} tab ({view}) has no animation" in line, line
    assert not (tmp_path / "a.gif").exists()


def test_a_session_on_a_tab_without_an_animation_is_refused(tmp_path) -> None:
    session = tmp_path / "s.convt.json"
    session.write_text(json.dumps({
        "format": "convt-lab-session", "version": 2, "params": LESSON, "x": [[[1, 2], [3, 4]]],
        "w": [[[[1, 2, 3], [4, 5, 6], [7, 8, 9]]]], "view": "roundtrip"}), encoding="utf-8")
    line = refused(render(["--animate", "--session", str(session), "-o", "frames"], tmp_path))
    assert "the Round trip tab (roundtrip) has no animation" in line, line
    assert not (tmp_path / "frames").exists()


def test_a_script_scene_animating_a_tab_without_an_animation_is_named(tmp_path) -> None:
    script = tmp_path / "still.toml"
    script.write_text('[[scene]]\npreset = "lesson"\npause = 0.1\n\n'
                      '[[scene]]\nview = "roundtrip"\nanimate = "cells"\n', encoding="utf-8")
    line = refused(render(["--script", str(script), "-o", "a.gif"], tmp_path))
    assert "scene 2, animate: the roundtrip view has no animation" in line, line
    assert not (tmp_path / "a.gif").exists()


# -- --fps belongs to --animate -------------------------------------------------------------


def test_fps_without_animate_is_refused(tmp_path) -> None:
    line = refused(render(["--fps", "5", "-o", "a.png"], tmp_path))
    assert line == "convt-lab render: error: --fps needs --animate"
    assert not (tmp_path / "a.png").exists()
