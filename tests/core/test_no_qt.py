"""The core runs with Qt absent, and the import contract holds.

The core tests share a process with pytest-qt, which may already have
imported Qt, so the check runs in a fresh interpreter where every Qt and gui
import fails.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ("PySide6", "pyqtgraph", "shiboken6", "pytestqt")

SCRIPT = textwrap.dedent(
    """
    import importlib.abc
    import sys

    BLOCKED = {blocked!r}


    class BlockQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"{{name}} is blocked in this test")
            return None


    sys.meta_path.insert(0, BlockQt())

    # The blocker works: Qt cannot be imported here.
    try:
        import PySide6  # noqa: F401
    except ImportError:
        pass
    else:
        raise SystemExit("the blocker let PySide6 through")

    import numpy as np

    from convt_lab import core

    y = core.conv_transpose2d([[1, 2], [3, 4]], np.arange(1, 10).reshape(3, 3), stride=2)
    assert y.shape == (5, 5) and y[2, 2] == 36, y
    wt = core.walkthrough([[1, 2], [3, 4]], np.arange(1, 10).reshape(3, 3), stride=2)
    assert wt.padded.shape == (7, 7) and wt.output[4, 4] == 36, wt.output
    try:
        core.ConvTParams(stride=0)
    except core.ParamError as err:
        assert err.rule == "positive"
    else:
        raise SystemExit("stride=0 was accepted")
    # The model package (document, result, session codec, presets, fills,
    # snippet) is Qt-free too.
    from convt_lab.gui.model import document, fills, presets, result, session, snippet  # noqa: F401
    doc = document.Document()
    res = result.compute(doc)
    assert res.output[2, 2] == 36, res.output
    assert session.from_json(session.to_json(doc)) == doc
    loaded = sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED)
    gui_qt = sorted(m for m in sys.modules if m.startswith("convt_lab.gui.")
                    and not m.startswith("convt_lab.gui.model"))
    assert not gui_qt, gui_qt
    assert not loaded, loaded
    print("core ok without Qt")
    """
).format(blocked=set(FORBIDDEN))


def _env(path: Path | None = None) -> dict[str, str]:
    env = dict(os.environ)
    if path is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(path), env.get("PYTHONPATH")]))
    return env


def _installed_tree(tmp_path: Path) -> Path:
    """The checkout laid out as it is installed: convt_lab/{core,gui,resources}.

    An editable install maps those names with an import hook that
    import-linter's file walk cannot follow, so the contracts are checked on
    links to the real folders instead.
    """
    top = tmp_path / "convt_lab"
    top.mkdir()
    (top / "__init__.py").write_text((ROOT / "src" / "convt_lab" / "__init__.py").read_text())
    for name in ("core", "gui", "resources"):
        (top / name).symlink_to(ROOT / name, target_is_directory=True)
    return tmp_path


def test_core_imports_and_runs_without_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env=_env(ROOT),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "core ok without Qt" in result.stdout


def test_import_linter_contract_is_kept(tmp_path) -> None:
    exe = Path(sys.executable).parent / ("lint-imports.exe" if os.name == "nt" else "lint-imports")
    assert exe.exists(), f"import-linter is not installed next to {sys.executable}"
    result = subprocess.run(
        [str(exe), "--no-cache", "--config", str(ROOT / "pyproject.toml")],
        cwd=tmp_path,
        env=_env(_installed_tree(tmp_path)),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


def test_core_tests_do_not_import_qt() -> None:
    files = sorted(Path(__file__).parent.glob("*.py"))
    assert Path(__file__) in files
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                assert name.split(".")[0] not in FORBIDDEN, f"{path.name} imports {name}"


@pytest.mark.parametrize("name", ["core", "gui", "resources"])
def test_a_bare_import_cannot_load_a_second_copy(name) -> None:
    """From the checkout, ``import core`` would find the folder itself: it must refuse."""
    result = subprocess.run(
        [sys.executable, "-c", f"import {name}"],
        cwd=ROOT, env=_env(ROOT), capture_output=True, text=True, timeout=60,
    )
    assert result.returncode != 0
    assert f"import convt_lab.{name}, not {name}" in result.stderr
