"""Refresh the Qt Linguist catalogues from the sources, then compile them.

Run from anywhere: ``python resources/translations/update_translations.py``.
It runs ``pyside6-lupdate`` over every module of gui/ (keeping existing
translations, dropping strings that are gone) and ``pyside6-lrelease`` to
build the ``.qm`` files the app loads.  Both tools come with
PySide6-Essentials.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CATALOGUES = ["convt_lab_zh_CN.ts"]


def tool(name: str) -> str:
    """The PySide6 tool next to this Python, else on PATH."""
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6-Essentials")
    return found


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "gui").rglob("*.py"))
    for name in CATALOGUES:
        ts = str((HERE / name).relative_to(ROOT))
        subprocess.run([tool("pyside6-lupdate"), *sources, "-ts", ts, "-no-obsolete"],
                       cwd=ROOT, check=True)
        subprocess.run([tool("pyside6-lrelease"), ts], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
