"""Build the standalone one-folder bundle: ``dist/convt-lab-<version>-linux-x86_64.tar.gz``.

Usage (from the repository, with ``pip install -e '.[bundle]'`` done)::

    python packaging/build_bundle.py [--keep]

The bundle holds Python, the app and its libraries; unpack it anywhere and
run ``convt-lab/convt-lab``.  The repository's ``core/``, ``gui/`` and
``resources/`` are copied into a staging folder under their installed
names (``convt_lab.core`` ...) so PyInstaller finds them as a normal
package, whatever kind of install (editable or not) this Python has.
Qt modules the app never uses are left out; :data:`QT_EXCLUDES` lists them.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
APP = "convt-lab"

#: Qt modules that pyqtgraph or PySide6 may pull in but the app never uses.
#: pyqtgraph imports QtOpenGL and QtOpenGLWidgets by name at start: see QT_HIDDEN.
QT_EXCLUDES = (
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets",
    "PySide6.QtDBus", "PySide6.QtPrintSupport",
    "PySide6.QtSql", "PySide6.QtXml", "PySide6.QtConcurrent", "PySide6.QtDesigner",
    "PySide6.QtHelp", "PySide6.QtUiTools", "PySide6.QtStateMachine", "PySide6.QtSvgWidgets",
    "PySide6.QtMultimedia", "PySide6.QtWebEngineCore", "PySide6.Qt3DCore", "PySide6.QtCharts",
    "PySide6.QtDataVisualization", "PySide6.QtGraphs", "PySide6.QtPdf",
)
QT_HIDDEN = ("PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets")
#: Python packages pyqtgraph and Pillow import only when present, and tools not needed at run time.
PY_EXCLUDES = (
    "tkinter", "scipy", "matplotlib", "h5py", "cupy", "numba", "OpenGL", "pyqtgraph.opengl",
    "pyqtgraph.examples", "pyqtgraph.jupyter", "IPython", "pytest", "hypothesis",
    "PyQt5", "PyQt6", "PySide2",
)


def version() -> str:
    """The project's version, read from ``pyproject.toml``."""
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["project"]["version"]


def stage(folder: Path) -> Path:
    """Copy the sources into ``folder/convt_lab/`` as they are installed."""
    top = folder / "convt_lab"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "src" / "convt_lab", top, ignore=ignore)
    for name in ("core", "gui", "resources"):
        shutil.copytree(ROOT / name, top / name, ignore=ignore)
    return folder


def pyinstaller_args(staging: Path, work: Path, dist: Path, video: bool = False) -> list[str]:
    args = [
        str(HERE / "entry.py"), "--name", APP, "--onedir", "--noconfirm", "--clean",
        "--log-level", "WARN", "--paths", str(staging),
        "--workpath", str(work), "--distpath", str(dist), "--specpath", str(work),
        "--runtime-hook", str(HERE / "rthook_locale.py"),
        "--collect-submodules", "convt_lab",
        "--collect-data", "convt_lab.resources",
    ]
    for name in QT_HIDDEN:
        args += ["--hidden-import", name]
    # PyAV brings its own FFmpeg (about 95 MB): only a bundle built --with-video has it.
    for name in QT_EXCLUDES + PY_EXCLUDES + (() if video else ("av",)):
        args += ["--exclude-module", name]
    return args


def prune(folder: Path) -> None:
    """Drop Qt's own translations but the ones the app's languages use (7 MB)."""
    for qm in folder.glob("_internal/PySide6/Qt/translations/*.qm"):
        if not (qm.stem.endswith("_zh_CN") or qm.stem.endswith("_en")):
            qm.unlink()


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build(out: Path, keep: bool = False, video: bool = False, build_root: Path | None = None) -> Path:
    """Build the bundle in ``build_root`` (``build/bundle``); return the path of the ``.tar.gz``."""
    build_root = build_root or ROOT / "build" / "bundle"
    shutil.rmtree(build_root, ignore_errors=True)
    staging = stage(build_root / "src")
    dist = build_root / "dist"
    start = time.perf_counter()
    # The spec's collect_* calls run before PyInstaller adds --paths, so the
    # staging folder goes on PYTHONPATH too: they must see this copy, not an
    # editable install's import hook (which they cannot list).
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(staging), os.environ.get("PYTHONPATH")])))
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", *pyinstaller_args(staging, build_root / "work", dist, video)],
        check=True, cwd=build_root, env=env,
    )
    folder = dist / APP
    prune(folder)
    machine = platform.machine() or "x86_64"
    out.mkdir(parents=True, exist_ok=True)
    archive = out / f"{APP}-{version()}-linux-{machine}{'-video' if video else ''}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=APP)
    took = time.perf_counter() - start
    print(f"built {archive} in {took:.0f} s: {folder_size(folder) / 2**20:.0f} MB unpacked, "
          f"{archive.stat().st_size / 2**20:.0f} MB packed")
    if not keep:
        shutil.rmtree(build_root, ignore_errors=True)
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where the .tar.gz goes (dist/)")
    parser.add_argument("--keep", action="store_true", help="keep build/bundle/ (staging, work files)")
    parser.add_argument("--build-dir", type=Path, default=None,
                        help="where to stage and build (default build/bundle/)")
    parser.add_argument("--with-video", action="store_true",
                        help="include PyAV for MP4/WebM export (about 35 MB more packed)")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("build_bundle: PyInstaller is missing; run: pip install -e '.[bundle]'", file=sys.stderr)
        return 2
    if args.with_video:
        try:
            import av  # noqa: F401
        except ImportError:
            print("build_bundle: --with-video needs PyAV; run: pip install -e '.[video]'", file=sys.stderr)
            return 2
    build(args.out, args.keep, args.with_video, args.build_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
