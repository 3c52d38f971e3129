"""Uncaught exceptions: log them, tell the user, keep the app running.

A teacher in front of a class must not lose the lesson to a bug, so the hook
writes the traceback to a log file and shows a short message instead of
letting the process die.  The message box is opened without blocking
(``QMessageBox.open``): a modal ``exec`` would stop the event loop, and on a
screen nobody can click (offscreen, a recording) the app would hang there.

While the window is being built, the hook only records: a failure then is a
start-up failure, and :mod:`convt_lab.gui.app` says so truthfully (what
failed, what it started with instead, where the log is).
"""

from __future__ import annotations

import datetime
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

__all__ = ["CrashHook", "install_excepthook", "log_exception", "log_path", "short_error"]

# How much of an exception's message a dialog or notice repeats.
SHOWN_CHARS = 300


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


def log_exception(error: BaseException) -> Path | None:
    """Append ``error``'s traceback to the log; returns the log's path, or None if unwritable."""
    return _write_log("".join(traceback.format_exception(type(error), error, error.__traceback__)))


def short_error(error: BaseException) -> str:
    """``Kind: message`` on one line, cut to :data:`SHOWN_CHARS`."""
    text = f"{type(error).__name__}: {error}".replace("\n", " ")
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + "\u2026"


def _main_window() -> QMainWindow | None:
    active = QApplication.activeWindow()
    if active is not None:
        return active
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            return widget
    return None


class CrashHook:
    """The ``sys.excepthook`` of the running app.

    Attributes
    ----------
    starting : bool
        While True the hook logs and records only (see :attr:`errors`).
    errors : list of BaseException
        What was raised while ``starting``.
    box : QMessageBox or None
        The message box shown last, if still open.
    """

    def __init__(self, show_dialog: bool = True):
        self.show_dialog = show_dialog
        self.starting = False
        self.errors: list[BaseException] = []
        self.box: QMessageBox | None = None

    def __call__(self, kind, value, tb) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        sys.stderr.write(text)
        path = _write_log(text)
        if self.starting:
            self.errors.append(value if value is not None else kind())
            return
        if not self.show_dialog or QApplication.instance() is None:
            return
        if self.box is not None and self.box.isVisible():
            return  # one message at a time; the log has every error
        parent = _main_window()
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("crash", "Something went wrong"),
            QCoreApplication.translate(
                "crash",
                "ConvT Lab met an unexpected error and kept running:\n\n{error}\n\n"
                "The details were written to {path}.",
            ).format(error=f"{kind.__name__}: {value}"[:SHOWN_CHARS], path=path or "-"),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("crashMessage")
        box.open()  # window-modal, without a nested event loop
        self.box = box


def install_excepthook(show_dialog: bool = True) -> CrashHook:
    """Replace ``sys.excepthook`` with a :class:`CrashHook` that logs and shows a message."""
    hook = CrashHook(show_dialog)
    sys.excepthook = hook
    return hook
