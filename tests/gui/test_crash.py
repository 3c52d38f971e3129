"""An uncaught exception in a running window: a dialog, a log entry, and the app goes on."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer

import convt_lab.gui.io.crash


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_is_logged_shown_and_survived(qtbot, monkeypatch, tmp_path) -> None:
    log = tmp_path / "errors.log"
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(convt_lab.gui.io.crash, "log_path", lambda: log)
    monkeypatch.setattr(
        convt_lab.gui.io.crash.QMessageBox, "critical", lambda parent, title, text: shown.append((title, text))
    )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    convt_lab.gui.io.crash.install_excepthook()

    def broken() -> None:
        raise RuntimeError("a bug in a slot")

    later: list[str] = []
    QTimer.singleShot(0, broken)
    QTimer.singleShot(20, lambda: later.append("still running"))
    qtbot.waitUntil(lambda: later == ["still running"], timeout=2000)

    assert len(shown) == 1
    title, text = shown[0]
    assert "RuntimeError: a bug in a slot" in text
    assert str(log) in text
    logged = log.read_text(encoding="utf-8")
    assert "Traceback" in logged and "a bug in a slot" in logged and "in broken" in logged


def test_a_failing_log_still_shows_the_dialog(monkeypatch, qapp, tmp_path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("")
    shown: list[str] = []
    monkeypatch.setattr(convt_lab.gui.io.crash, "log_path", lambda: blocked / "errors.log")  # not a folder
    monkeypatch.setattr(convt_lab.gui.io.crash.QMessageBox, "critical", lambda p, t, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    convt_lab.gui.io.crash.install_excepthook()
    try:
        raise ValueError("boom")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert len(shown) == 1 and "ValueError: boom" in shown[0]
