"""Packaging: one installed name, ``convt_lab``, holding every module of the checkout.

The repository keeps ``core/``, ``gui/`` and ``resources/`` at its top level;
``pyproject.toml`` maps them under ``convt_lab`` and lists every package by
hand.  These tests build the wheel from a copy of the checkout and look
inside it, and check that the editable install the tests run in is this
checkout.
"""

from __future__ import annotations

import configparser
import importlib.metadata
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib")

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
MAPPED = {"convt_lab": "src/convt_lab", "convt_lab.core": "core", "convt_lab.gui": "gui",
          "convt_lab.resources": "resources"}


def checkout_packages() -> dict[str, Path]:
    """Every folder of the checkout holding an ``__init__.py``, by its installed name."""
    found = {}
    for name, folder in MAPPED.items():
        top = ROOT / folder
        for init in top.rglob("__init__.py"):
            if "__pycache__" in init.parts:
                continue
            rel = init.parent.relative_to(top).parts
            found[".".join((name, *rel))] = init.parent
    return found


def test_pyproject_maps_the_three_folders_under_convt_lab() -> None:
    assert PYPROJECT["tool"]["setuptools"]["package-dir"] == MAPPED
    assert PYPROJECT["project"]["gui-scripts"] == {"convt-lab": "convt_lab.gui.app:main"}


def test_packages_list_names_every_folder_with_an_init() -> None:
    listed = PYPROJECT["tool"]["setuptools"]["packages"]
    assert sorted(listed) == sorted(checkout_packages())
    assert len(listed) == len(set(listed))


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    """The wheel built from a copy of the checkout (an in-tree build would leave build/ here)."""
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "src"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".hypothesis", "tests"))
    out = tmp / "dist"
    run = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(source)],
        capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    (path,) = out.glob("convt_lab-*.whl")
    with zipfile.ZipFile(path) as z:
        yield z


def test_wheel_installs_one_top_level_name(wheel) -> None:
    names = wheel.namelist()
    tops = {n.split("/")[0] for n in names}
    dist_info = {t for t in tops if t.endswith(".dist-info")}
    assert tops - dist_info == {"convt_lab"}
    (info,) = dist_info
    top_level = f"{info}/top_level.txt"
    if top_level in names:
        assert wheel.read(top_level).decode().split() == ["convt_lab"]


def test_wheel_holds_every_module_and_resource(wheel) -> None:
    names = set(wheel.namelist())
    expected = set()
    for package, folder in checkout_packages().items():
        for module in folder.glob("*.py"):
            expected.add("/".join((*package.split("."), module.name)))
    missing = sorted(expected - names)
    assert not missing, missing
    # Spot checks that the lists above are not empty.
    for name in ("convt_lab/core/engine.py", "convt_lab/gui/app.py",
                 "convt_lab/gui/model/session.py", "convt_lab/gui/views/scatter_view.py"):
        assert name in names
    for data in ("convt_lab/resources/convt-lab.desktop", "convt_lab/resources/icons/convt-lab.svg",
                 "convt_lab/resources/translations/convt_lab_zh_CN.qm"):
        assert data in names, data


def test_wheel_entry_point_is_the_app(wheel) -> None:
    (ep,) = [n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt")]
    parser = configparser.ConfigParser()
    parser.read_string(wheel.read(ep).decode())
    assert dict(parser["gui_scripts"]) == {"convt-lab": "convt_lab.gui.app:main"}


def test_the_tests_run_against_this_checkout_through_an_editable_install(tmp_path) -> None:
    """From any folder, ``convt_lab.core`` is this checkout's ``core/``."""
    code = ("import convt_lab.core, convt_lab.gui.model.session as s, convt_lab.resources as r; "
            "print(convt_lab.core.__file__); print(s.__file__); print(r.__file__)")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    run = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    core_file, session_file, resources_file = map(Path, run.stdout.split())
    assert core_file == ROOT / "core" / "__init__.py"
    assert session_file == ROOT / "gui" / "model" / "session.py"
    assert resources_file == ROOT / "resources" / "__init__.py"
    dist = importlib.metadata.distribution("convt-lab")
    assert dist.version == PYPROJECT["project"]["version"]
    scripts = {ep.name: ep.value for ep in dist.entry_points if ep.group == "gui_scripts"}
    assert scripts == {"convt-lab": "convt_lab.gui.app:main"}
