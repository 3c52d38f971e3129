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

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ("PySide6", "pyqtgraph", "shiboken6", "gui", "pytestqt")

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

    import core

    y = core.conv_transpose2d([[1, 2], [3, 4]], np.arange(1, 10).reshape(3, 3), stride=2)
    assert y.shape == (5, 5) and y[2, 2] == 36, y
    wt = core.walkthrough([[1, 2], [3, 4]], np.arange(1, 10).reshape(3, 3), stride=2)
    assert wt.padded.shape == (7, 7) and wt.output[4, 4] == 36, wt.output
    try:
        core.ConvTParams(stride=0)
    except core.ParamError as err:
        assert err.rule == "positive"
    loaded = sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED)
    assert not loaded, loaded
    print("core ok without Qt")
    """
).format(blocked=set(FORBIDDEN))


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def test_core_imports_and_runs_without_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "core ok without Qt" in result.stdout


def test_import_linter_contract_is_kept() -> None:
    exe = Path(sys.executable).parent / ("lint-imports.exe" if os.name == "nt" else "lint-imports")
    assert exe.exists(), f"import-linter is not installed next to {sys.executable}"
    result = subprocess.run(
        [str(exe), "--no-cache"],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


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
