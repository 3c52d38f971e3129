"""The real entry point, in fresh processes: the window starts and quits, survives
the mouse, and ``convt-lab render`` writes a PNG or fails with one line.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtGui import QColor

from convt_lab.gui.theme import THEMES

ROOT = Path(__file__).parents[2]  # the checkout these tests belong to
SCRIPT = Path(sys.executable).with_name("convt-lab")
COMMAND = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "convt_lab.gui.app"]
TIMEOUT = 60


def run(
    args: list[str], cwd: Path, code: str | None = None, **env_extra: str
) -> subprocess.CompletedProcess:
    """Run the entry point (or ``python -c code``) offscreen, on this checkout's code.

    Settings and logs are kept under ``cwd``, away from the user's own.
    """
    path = os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": path,
        "XDG_CONFIG_HOME": str(cwd / "config"),
        "XDG_DATA_HOME": str(cwd / "data"),
        **env_extra,
    }
    command = [sys.executable, "-c", code] if code is not None else [*COMMAND, *args]
    try:
        return subprocess.run(
            command, cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired as err:
        pytest.fail(f"{command[-1][:60]!r} ... still running after {TIMEOUT} s: {err.stderr!r}")


def saved_params(config: Path) -> dict:
    """The parameters the app stored in its settings when its window closed."""
    from PySide6.QtCore import QSettings

    (ini,) = config.rglob("*.ini")
    return json.loads(QSettings(str(ini), QSettings.Format.IniFormat).value("params"))


# -- the window ------------------------------------------------------------------
@pytest.mark.parametrize("how", ["close", "shortcut"])
def test_window_starts_and_quits(tmp_path, how) -> None:
    # convt_lab.gui.app's hook closes the window after 300 ms by its close button or Ctrl+Q.
    result = run(
        ["--lang", "en", "--input", "3x4", "--stride", "1x2"], tmp_path,
        CONVT_LAB_AUTOQUIT=f"{how}:300",
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    # The window really ran with these parameters and closed through closeEvent.
    saved = saved_params(tmp_path / "config")
    assert saved["input_size"] == [3, 4]
    assert saved["stride"] == [1, 2]


# For a user's mouse over the real window: QApplication is made first so that a
# timer can be queued; convt_lab.gui.app.main() takes that instance and runs its event
# loop, which the timer ends after moving onto output cell (2, 2) and clicking.
MOUSE = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow
    from PySide6.QtTest import QTest

    app = QApplication(sys.argv[:1])

    def mouse():
        (w,) = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        QTest.qWaitForWindowExposed(w)
        QTest.qWait(50)
        point = w.grids.cell_centre("output", 2, 2)
        point = point.toPoint() if hasattr(point, "toPoint") else point
        QTest.mouseMove(w.grids.viewport(), point)
        QTest.qWait(30)
        QTest.mouseClick(w.grids.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, point)
        print("selection:", w.state.selection, flush=True)
        QTimer.singleShot(0, app.quit)

    QTimer.singleShot(0, mouse)
    from convt_lab.gui.app import main
    code = main(["--lang", "en"])
    print("exit:", code, flush=True)
    sys.exit(code)
    """
)


def test_window_survives_the_mouse_over_a_grid(tmp_path) -> None:
    result = run([], tmp_path, MOUSE)
    assert result.returncode == 0, (result.returncode, result.stderr[-2000:])
    assert "selection: ('output', 2, 2)" in result.stdout
    assert "exit: 0" in result.stdout
    assert "Traceback" not in result.stderr


# -- convt-lab render ---------------------------------------------------------
def blue_pixels(path: Path) -> int:
    """Pixels in the light theme's colour for the outline of a contributing input."""
    source = QColor(THEMES["light"].source)
    rgb = np.asarray(Image.open(path).convert("RGB"))
    return int(np.all(rgb == (source.red(), source.green(), source.blue()), axis=-1).sum())


def test_render_writes_the_png(tmp_path) -> None:
    selected, plain = tmp_path / "selected.png", tmp_path / "plain.png"
    result = run(["render", "-o", str(selected), "--select", "2,2"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    with Image.open(selected) as image:
        assert image.format == "PNG"
        assert image.size == (1280, 720)
        assert len(image.convert("RGB").getcolors(maxcolors=1 << 20)) > 50  # not blank
    result = run(["render", "-o", str(plain)], tmp_path)
    assert result.returncode == 0, result.stderr
    # Output (2, 2) of the lesson has four sources, each outlined in blue on the
    # input, zero-inserted and kernel grids; the legend's swatch is in both.
    assert blue_pixels(selected) > blue_pixels(plain) + 200


def test_render_size_and_parameters(tmp_path) -> None:
    out = tmp_path / "small.png"
    result = run(
        ["render", "--input", "3x4", "--kernel", "3x2", "--stride", "2x3", "--padding", "1x0",
         "--output-padding", "1x2", "--select-input", "2,3", "--size", "800x600", "-o", str(out)],
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    with Image.open(out) as image:
        assert image.size == (800, 600)


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["render", "-o", "out.png", "--input", "0"], "input size"),
        (["render", "-o", "out.png", "--input", "abc"], "--input"),
        (["render", "-o", "out.png", "--input", "3x"], "--input"),
        (["render", "-o", "out.png", "--output-padding", "2"], "output_padding"),
        (["render", "-o", "out.png", "--select", "9,9"], "9,9"),
        (["render", "-o", "out.png", "--select-input", "0,5"], "0,5"),
        (["render", "-o", "out.png", "--select", "1,1", "--select-input", "0,0"], "--select"),
        (["render", "-o", "out.png", "--size", "5x5"], "5x5"),
        (["render", "-o", "out.png", "--padding", "9"], "output size"),
        (["render", "-o", "out.png", "--kernel", "70"], "padded size"),  # 3 + 2·69 > 128
        (["render", "-o", "out.txt"], ".png"),
        (["render"], "-o"),
        (["--input", "0"], "input size"),
        (["--bogus"], "--bogus"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(tmp_path, args, needle) -> None:
    result = run(args, tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("convt-lab")
    assert needle in lines[0]
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out.png").exists() and not (tmp_path / "out.txt").exists()
