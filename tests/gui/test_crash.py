"""An uncaught exception in a running window: a message, a log entry, and the app goes on.

The message box is opened without a nested event loop, so a screen nobody
can click (a recording, offscreen) never hangs on it: the tests find the
box among the shown widgets and read the text it shows.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

import convt_lab.gui.io.crash


def shown_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


@pytest.fixture
def hook(monkeypatch, tmp_path):
    log = tmp_path / "errors.log"
    monkeypatch.setattr(convt_lab.gui.io.crash, "log_path", lambda: log)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    installed = convt_lab.gui.io.crash.install_excepthook()
    yield installed, log
    for box in shown_boxes():
        box.close()
        box.deleteLater()


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_is_logged_shown_and_survived(qtbot, hook) -> None:
    _, log = hook

    def broken() -> None:
        raise RuntimeError("a bug in a slot")

    later: list[str] = []
    QTimer.singleShot(0, broken)
    QTimer.singleShot(20, lambda: later.append("still running"))
    # The event loop goes on while the message is up: nothing waits for a click.
    qtbot.waitUntil(lambda: later == ["still running"], timeout=2000)

    (box,) = shown_boxes()
    assert "RuntimeError: a bug in a slot" in box.text()
    assert "kept running" in box.text()
    assert str(log) in box.text()
    logged = log.read_text(encoding="utf-8")
    assert "Traceback" in logged and "a bug in a slot" in logged and "in broken" in logged


@pytest.mark.qt_no_exception_capture
def test_a_second_error_while_the_message_is_up_is_logged_not_stacked(qtbot, hook) -> None:
    _, log = hook
    for n in range(3):
        QTimer.singleShot(n, lambda n=n: (_ for _ in ()).throw(ValueError(f"error {n}")))
    qtbot.waitUntil(lambda: log.exists() and log.read_text().count("ValueError: error") == 3, timeout=2000)
    assert len(shown_boxes()) == 1


def test_a_failing_log_still_shows_the_message(monkeypatch, qapp, tmp_path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("")
    monkeypatch.setattr(convt_lab.gui.io.crash, "log_path", lambda: blocked / "errors.log")  # not a folder
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    convt_lab.gui.io.crash.install_excepthook()
    try:
        raise ValueError("boom")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    try:
        (box,) = shown_boxes()
        assert "ValueError: boom" in box.text()
    finally:
        for box in shown_boxes():
            box.close()


def test_while_starting_the_hook_records_and_shows_nothing(qapp, hook) -> None:
    installed, log = hook
    installed.starting = True
    try:
        raise KeyError("theme")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    assert shown_boxes() == []
    assert [type(e) for e in installed.errors] == [KeyError]
    assert "KeyError: 'theme'" in log.read_text(encoding="utf-8")


def test_a_huge_message_is_cut(qtbot, hook) -> None:
    try:
        raise ValueError("x" * 100_000)
    except ValueError:
        sys.excepthook(*sys.exc_info())
    (box,) = shown_boxes()
    assert len(box.text()) < 1000
