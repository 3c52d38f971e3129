"""Every view animates into a file: the Scatter stamps, grids only, the menu's dialog, the command line.

What is checked is what was painted (the frames' pixels, decoded back from
the files) and what the user is told (the status bar, stderr, exit codes).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtWidgets import QLabel

from convt_lab.gui.app import main
from convt_lab.gui.io.export_dialog import ExportChoice, ExportDialog, export_animation
from convt_lab.gui.io.frames import StampSteps, animation_for, render_animation_frames
from convt_lab.gui.io.gif import to_pil

av = pytest.importorskip("av", reason="PyAV is part of the test extra")

ROOT = Path(__file__).parents[2]
SCRIPT = Path(sys.executable).with_name("convt-lab")
COMMAND = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "convt_lab.gui.app"]
SMALL = (640, 400)


def pixels(image) -> np.ndarray:
    return np.asarray(to_pil(image))


def test_scatter_view_animates_its_stamps_one_frame_each(window):
    window.show_view("scatter")
    view = window.view("scatter")
    view.show_count(0)
    steps = animation_for(window)
    assert isinstance(steps, StampSteps) and len(steps) == 4  # one stamp per input cell of 2x2
    frames = [pixels(f) for f in render_animation_frames(window, steps, SMALL)]
    assert len(frames) == 4 and all(f.shape == (400, 640, 3) for f in frames)
    # Each stamp changes the picture.
    assert all((a != b).any() for a, b in zip(frames, frames[1:]))
    assert view.count == 0  # the view is as it was


def test_grids_only_leaves_out_the_menus_and_the_side_panel(window):
    full = pixels(next(iter(render_animation_frames(window, animation_for(window, 0, 1), SMALL))))
    grids = pixels(next(iter(render_animation_frames(window, animation_for(window, 0, 1), SMALL, grids=True))))
    assert grids.shape == full.shape == (400, 640, 3)
    # The menu bar's words fill the top strip of the window with text colours;
    # with the grids alone the strip is the view's plain margin.
    def colours(a):
        return len(np.unique(a[2:18, 2:200].reshape(-1, 3), axis=0))

    def background_share(a):
        strip = a[2:18, 2:200].reshape(-1, 3)
        return float((strip == strip.max(axis=0)).all(axis=1).mean())

    assert colours(full) > 10
    assert background_share(grids) >= 0.9  # no menu words: at most a caption's edge
    assert window.menuBar().isVisible() and window.side.isVisible()  # shown again


@pytest.mark.parametrize("kind", ["gif", "mp4"])
def test_menu_export_writes_the_file_and_says_saved_to(window, tmp_path, kind):
    path = tmp_path / f"anim.{kind}"
    choice = ExportChoice(kind=kind, size=SMALL, fps=4, hold=1.0, first=1, last=6)
    assert export_animation(window, kind, str(path), choice) == 6
    assert window.statusBar().currentMessage().startswith(f"Saved to {path}")
    if kind == "gif":
        with Image.open(path) as im:
            assert im.size == SMALL
    else:
        with av.open(str(path)) as c:
            frames = list(c.decode(video=0))
        assert len(frames) == 7 and (frames[0].width, frames[0].height) == SMALL
        assert float(frames[-1].time) == pytest.approx(6 / 4 + 1.0, abs=0.01)


def test_dialog_offers_the_on_screen_speed_and_says_how_to_add_video(window, monkeypatch):
    window.animator.set_speed(8.0)
    import convt_lab.gui.io.export_dialog as dialog_module

    monkeypatch.setattr(dialog_module, "video_available", lambda: False)
    dialog = ExportDialog(window, "gif")
    assert dialog.fps.value() == 8.0
    mp4 = dialog.format.model().item(1)
    assert not mp4.isEnabled()
    assert any("pip install 'convt-lab[video]'" in w.text() for w in dialog.findChildren(QLabel))
    dialog.deleteLater()


def run(args, tmp_path, **extra):
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "QT_QPA_PLATFORM": "offscreen", **extra}
    return subprocess.run([*COMMAND, *args], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=300)


def test_render_animate_to_mp4_with_hold_and_grids_only(tmp_path):
    result = run(["render", "--animate", "--view", "scatter", "--grids-only", "--fps", "2", "--hold", "3",
                  "--size", "1280x720", "-o", "s.mp4"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.strip() == f"Saved 4 frames to {tmp_path / 's.mp4'}"
    with av.open(str(tmp_path / "s.mp4")) as c:
        frames = list(c.decode(video=0))
    assert [float(f.time) for f in frames[:4]] == pytest.approx([0, 0.5, 1.0, 1.5], abs=0.002)
    assert float(frames[-1].time) == pytest.approx(4 / 2 + 3, abs=0.01)
    pictures = [f.to_ndarray(format="rgb24") for f in frames[:4]]
    assert all((a.astype(int) - b).__abs__().max() > 50 for a, b in zip(pictures, pictures[1:]))


@pytest.mark.parametrize(("args", "needle"), [
    (["render", "--animate", "-o", "x.avi"], "write a .gif, .mp4, .webm or a folder"),
    (["render", "--hold", "2", "-o", "x.png"], "--hold and --grids-only need --animate or --script"),
    (["render", "--animate", "--hold", "-1", "-o", "x.gif"], "hold -1 is outside 0 to 600 seconds"),
    (["render", "--script", "missing.toml", "-o", "x.mp4"], "cannot read the script"),
    (["play", "missing.toml"], "cannot read the script"),
])
def test_bad_video_and_script_arguments_exit_2_with_one_line(tmp_path, args, needle):
    result = run(args, tmp_path)
    assert result.returncode == 2
    assert needle in result.stderr and result.stderr.count("\n") == 1
    assert not any(tmp_path.glob("x.*"))


def test_without_pyav_the_command_line_says_how_to_add_it(tmp_path, monkeypatch, capsys, qapp):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "av" else real(name, *a))
    monkeypatch.chdir(tmp_path)
    assert main(["render", "--animate", "-o", "x.webm"]) == 2
    err = capsys.readouterr().err
    assert "pip install 'convt-lab[video]'" in err and err.count("\n") == 1


def test_a_bad_script_plays_nothing(tmp_path):
    script = tmp_path / "bad.toml"
    script.write_text('[[scene]]\npreset = "lesson"\n\n[[scene]]\nstride = 0\n', encoding="utf-8")
    for args in (["play", str(script)], ["render", "--script", str(script), "-o", "x.mp4"]):
        result = run(args, tmp_path)
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1 and "scene 2, stride: stride must be at least 1" in result.stderr
    assert not (tmp_path / "x.mp4").exists()


def test_play_runs_a_script_hands_free_and_ends(tmp_path):
    script = tmp_path / "short.toml"
    script.write_text('language = "zh"\n[[scene]]\npreset = "lesson"\ncaption = "你好"\npause = 0.2\n'
                      '[[scene]]\nanimate = "cells"\nspeed = 60\npause = 0.1\n', encoding="utf-8")
    result = run(["play", str(script), "--windowed"], tmp_path)
    assert result.returncode == 0, result.stderr


def test_render_script_to_video_lasts_as_long_as_the_script(tmp_path):
    script = ROOT / "resources" / "scripts" / "seed_lesson_en.toml"
    from convt_lab.gui.model.script import load_script

    lesson = load_script(script)
    result = run(["render", "--script", str(script), "-o", "lesson.webm"], tmp_path)
    assert result.returncode == 0, result.stderr
    with av.open(str(tmp_path / "lesson.webm")) as c:
        frames = list(c.decode(video=0))
    scenes = lesson.scenes
    assert len(frames) == sum(max(1, s.steps()) for s in scenes) + 1
    assert float(frames[-1].time) == pytest.approx(lesson.seconds, abs=0.01)
    assert (frames[0].width, frames[0].height) == (1280, 720)


def test_a_chinese_script_renders_grids_only_after_the_language_switch(tmp_path):
    result = run(["render", "--script", "seed_lesson_zh", "--grids-only", "--size", "640x400", "-o", "zh.gif"],
                 tmp_path)
    assert result.returncode == 0, result.stderr
    with Image.open(tmp_path / "zh.gif") as im:
        first = np.asarray(im.convert("RGB"))
    # No menu bar, tab bar or side panel: the top-left strip is the view's margin (at most
    # a caption's edge reaches it, as the grids fill the frame).
    strip = first[2:18, 2:200].reshape(-1, 3)
    assert float((strip == strip.max(axis=0)).all(axis=1).mean()) >= 0.9
