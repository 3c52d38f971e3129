"""The standalone bundle: build it, unpack it, and use it in a bare environment.

Slow (the build takes a minute or two): it runs PyInstaller through
``packaging/build_bundle.py`` exactly as the README says, unpacks the
archive into a fresh folder and runs ``render``, ``explain --lang zh`` and
``install-desktop`` with ``env -i`` (no LANG, no virtual environment, no
Python on PATH but the system's).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).parents[1]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("PyInstaller is missing: it is part of the test extra")
        pytest.skip("PyInstaller is not installed (pip install -e '.[bundle]')")
    work = tmp_path_factory.mktemp("bundle")
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build_bundle.py"), "--out", str(work / "dist"),
                    "--build-dir", str(work / "build")], check=True, cwd=ROOT, timeout=900)
    archives = list((work / "dist").glob("convt-lab-*-linux-*.tar.gz"))
    assert len(archives) == 1
    unpacked = work / "unpacked"
    with tarfile.open(archives[0]) as tar:
        tar.extractall(unpacked, filter="tar")
    program = unpacked / "convt-lab" / "convt-lab"
    assert program.is_file() and os.access(program, os.X_OK)
    return program


def bare(program: Path, args, home: Path, **extra):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), **extra}
    return subprocess.run([str(program), *args], env=env, cwd=home, capture_output=True, text=True,
                          timeout=120)


def test_render_from_the_bundle(bundle, tmp_path):
    result = bare(bundle, ["render", "--lang", "zh", "--size", "1280x720", "-o", "lesson.png"], tmp_path,
                  QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no locale warning, no plugin noise
    with Image.open(tmp_path / "lesson.png") as im:
        assert im.size == (1280, 720)
        # A real drawing of the window: many colours, not a blank picture.
        assert len(im.convert("RGB").getcolors(1 << 16) or range(1 << 16)) > 50


def test_explain_in_chinese_from_the_bundle(bundle, tmp_path):
    result = bare(bundle, ["explain", "--lang", "zh"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("1. 输入 x：2×2")
    assert "5×5" in result.stdout


def test_install_desktop_points_at_the_bundle(bundle, tmp_path):
    result = bare(bundle, ["install-desktop"], tmp_path)
    assert result.returncode == 0, result.stderr
    entry = tmp_path / ".local" / "share" / "applications" / "convt-lab.desktop"
    assert f"Exec={bundle}\n" in entry.read_text(encoding="utf-8")


def test_a_gif_and_a_lesson_script_from_the_bundle(bundle, tmp_path):
    # The shipped script, found by its name inside the bundle.
    result = bare(bundle, ["render", "--script", "seed_lesson_en", "--size", "640x400", "-o", "lesson.gif"], tmp_path,
                  QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 0, result.stderr
    with Image.open(tmp_path / "lesson.gif") as im:
        assert im.size == (640, 400) and im.n_frames > 20
