"""Help → Keyboard shortcuts, the presentation hint, the first-run start and step gating."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel

from convt_lab.gui.help import ShortcutsDialog, show_first_run_hint
from convt_lab.gui.io.settings import Settings
from convt_lab.gui.i18n import install_language


@pytest.fixture(autouse=True)
def english(qapp):
    """Each test starts, and leaves the application, in English."""
    install_language(qapp, "en")
    yield
    install_language(qapp, "en")


def active(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def dialog_rows(dialog: ShortcutsDialog) -> list[tuple[str, str, str]]:
    table = dialog.table
    return [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_f1_lists_every_shortcut_of_the_window(window, qtbot, language) -> None:
    if language != "en":
        assert window.set_language(language)
    active(qtbot, window)
    qtbot.keyClick(window.grids, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    rows = dialog_rows(dialog)
    # Every action the window reacts to by a key, found independently of the dialog.
    expected = {
        (re.sub(r"\(&.\)", "", action.text()).replace("&", "").rstrip("\u2026."),
         key.toString(QKeySequence.SequenceFormat.NativeText))
        for action in window.actions() for key in action.shortcuts()
    }
    shown = {(name, key) for _, name, keys in rows for key in keys.split(", ")}
    assert expected <= shown, expected - shown
    keys = {key for _, _, k in rows for key in k.split(", ")}
    for key in ("Ctrl+Z", "Ctrl+Y", "Space", "Left", "Right", "Up", "Down", "F1", "F11", "Esc"):
        assert QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) in keys
    if language == "zh":
        assert dialog.windowTitle() == "键盘快捷键"
        assert any(name == "上一步" for _, name, _ in rows)
    else:
        assert ("Lesson", "Play / pause", "Space") in rows
        assert dialog.windowTitle() == "Keyboard shortcuts"


@pytest.mark.parametrize("language", ["en", "zh"])
def test_presentation_mode_says_how_to_leave_and_esc_leaves(window, qtbot, language) -> None:
    if language != "en":
        assert window.set_language(language)
    window.actions_.presentation.setChecked(True)
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    hints = [w for w in window.findChildren(QLabel, "flashHint") if w.isVisible()]
    assert len(hints) == 1
    text = hints[0].text()
    assert "Esc" in text and "F11" in text
    if language == "zh":
        assert "退出" in text
    # On screen, inside the window, above the grids.
    geometry = hints[0].geometry()
    assert window.rect().contains(geometry) and geometry.width() > 50
    active(qtbot, window)
    qtbot.keyClick(window.grids, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=2000)
    assert not window.actions_.presentation.isChecked()


def test_first_run_is_read_from_empty_settings(tmp_path) -> None:
    path = str(tmp_path / "s.ini")
    assert Settings(QSettings(path, QSettings.Format.IniFormat)).first_run
    settings = Settings(QSettings(path, QSettings.Format.IniFormat))
    settings.theme = "dark"
    assert settings.first_run  # still this run's first start
    settings.sync()
    assert not Settings(QSettings(path, QSettings.Format.IniFormat)).first_run


@pytest.mark.parametrize("language", ["en", "zh"])
def test_first_run_hint_shows_until_the_first_click(window, qtbot, language) -> None:
    if language != "en":
        assert window.set_language(language)
    window.state.set_step(0)
    label = show_first_run_hint(window)
    qtbot.waitUntil(label.isVisible, timeout=2000)
    assert "PgDown" in label.text()
    if language == "zh":
        assert "下一步" in label.text()
    else:
        assert label.text().startswith("Start here: click")
    window.state.select(("input", 0, 0))
    qtbot.waitUntil(lambda: not window.findChildren(QLabel, "firstRunHint"), timeout=2000)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_an_input_selected_before_step_4_does_not_give_away_where_it_lands(window, language) -> None:
    if language != "en":
        assert window.set_language(language)
    state = window.state
    state.set_step(0)
    state.select(("input", 1, 1))  # x[1,1] = 4 lands on y[2,2] += 4·1 in the lesson
    text = window.arithmetic.text()
    assert "+=" not in text and "y[" not in text
    assert "x[1,1] = 4" in text
    state.set_step(3)  # step 4: the kernel slides
    assert "y[2,2] += 4\u00b71" in window.arithmetic.text()
    state.set_step(1)  # stepping back hides it again
    assert "+=" not in window.arithmetic.text()
