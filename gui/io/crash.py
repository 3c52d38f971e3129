"""Uncaught exceptions: log them, tell the user, keep the app running.

A teacher in front of a class must not lose the lesson to a bug, so the hook
writes the traceback to a log file and shows a short dialog instead of
letting the process die.
"""

from __future__ import annotations

import datetime
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox

__all__ = ["install_excepthook", "log_path"]


def log_path() -> Path:
    """Where tracebacks go: the per-user app data folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(folder or Path.home() / ".convt-lab") / "convt-lab-errors.log"


def _write_log(text: str) -> Path | None:
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as f:
            f.write(f"--- {datetime.datetime.now().isoformat(timespec='seconds')}\n{text}\n")
    except OSError:
        return None
    return path


def install_excepthook(show_dialog: bool = True) -> None:
    """Replace ``sys.excepthook`` with one that logs and shows a dialog."""
    busy = False

    def hook(kind, value, tb) -> None:
        nonlocal busy
        text = "".join(traceback.format_exception(kind, value, tb))
        sys.stderr.write(text)
        path = _write_log(text)
        if busy or not show_dialog or QApplication.instance() is None:
            return
        busy = True
        try:
            QMessageBox.critical(
                QApplication.activeWindow(),
                QCoreApplication.translate("crash", "Something went wrong"),
                QCoreApplication.translate(
                    "crash",
                    "ConvT Lab met an unexpected error and kept running:\n\n{error}\n\n"
                    "The details were written to {path}.",
                ).format(error=f"{kind.__name__}: {value}", path=path or "-"),
            )
        finally:
            busy = False

    sys.excepthook = hook
