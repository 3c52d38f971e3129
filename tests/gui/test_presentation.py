"""Classroom mode: presentation (F11), font size, themes and the language switch.

The application font, palette and translators are process-wide; every test
that changes one puts it back in ``finally``.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from convt_lab import core
from convt_lab.gui.i18n import catalogue
from convt_lab.gui.main_window import MainWindow
from convt_lab.gui.model.document import Document
from convt_lab.gui.state import LabState
from convt_lab.gui.theme import THEMES

CTRL = Qt.KeyboardModifier.ControlModifier


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Type a key into the grids, as the user of the active window does.

    Window shortcuts only fire in the active window; the offscreen platform
    activates a shown (or rebuilt) window a few events later, so wait for it.
    """
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window.grids, key, modifier)


# -- presentation --------------------------------------------------------------
def check_presentation(qtbot, window, on: bool) -> None:
    # The status bar exists once asked for and shows after the next layout pass.
    window.statusBar()
    qtbot.waitUntil(lambda: window.statusBar().isVisible() == (not on), timeout=1000)
    assert window.actions_.presentation.isChecked() == on
    assert bool(window.windowState() & Qt.WindowState.WindowFullScreen) == on
    assert window.isFullScreen() == on
    assert window.side.isVisible() == (not on)
    assert window.menuBar().isVisible() == (not on)
    # What the class looks at stays: the grids, the lesson and the arithmetic.
    for widget in (window.grids, window.lesson, window.arithmetic):
        assert widget.isVisible()


def test_presentation_by_action(window, qtbot) -> None:
    check_presentation(qtbot, window, False)
    window.actions_.presentation.trigger()
    check_presentation(qtbot, window, True)
    window.actions_.presentation.trigger()
    check_presentation(qtbot, window, False)


def test_presentation_by_f11_and_shortcuts_still_work(window, qtbot) -> None:
    press(qtbot, window, Qt.Key.Key_F11)
    check_presentation(qtbot, window, True)
    # The lesson's keys work without the menus.
    press(qtbot, window, Qt.Key.Key_PageUp)
    assert window.state.step == 3
    press(qtbot, window, Qt.Key.Key_Right)
    assert window.state.selection == ("output", 0, 0) and window.state.reveal == 1
    press(qtbot, window, Qt.Key.Key_F11)
    check_presentation(qtbot, window, False)


def test_undo_works_in_presentation_mode(window, qtbot) -> None:
    """The menu bar is hidden, but Ctrl+Z and Ctrl+Y still undo and redo."""
    window.actions_.presentation.trigger()
    check_presentation(qtbot, window, True)
    window.state.request(stride=(3, 3))
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert window.state.params.stride == (2, 2)
    press(qtbot, window, Qt.Key.Key_Y, CTRL)
    assert window.state.params.stride == (3, 3)


# -- font size -----------------------------------------------------------------
def caption_line_height(window) -> float:
    """A caption line's height in viewport pixels."""
    caption = window.grids.captions["input"]
    lines = caption.text().count("\n") + 1
    return caption.boundingRect().height() / lines * window.grids.cell_pixels("input")


def test_font_scale_actions(window, qtbot) -> None:
    base = QApplication.font().pointSizeF()
    base_line = caption_line_height(window)
    base_arith = window.arithmetic.font().pointSizeF()
    base_body = window.lesson.body.font().pointSizeF()
    base_title = window.lesson.title.font().pointSizeF()
    try:
        for scale in (1.5, 2.0, 1.0):
            window.actions_.font_scales[scale].trigger()
            assert window.actions_.font_scales[scale].isChecked()
            assert QApplication.font().pointSizeF() == pytest.approx(base * scale)
            # The monospace sum starts larger and grows gently (sqrt), like the captions.
            assert window.arithmetic.font().pointSizeF() == pytest.approx(base_arith * scale**0.5)
            # Widgets take up the application font when its change event arrives.
            qtbot.waitUntil(
                lambda: window.lesson.body.font().pointSizeF() == pytest.approx(base_body * scale),
                timeout=1000,
            )
            # The step title is bold; larger than its text at 1x, as large as it at a
            # larger scale (which makes it large already), so that it stays on one line.
            title = window.lesson.title.font()
            assert title.bold()
            expected = base_title if scale == 1.0 else base_body * scale
            assert title.pointSizeF() == pytest.approx(expected)
            # The captions over the grids grow with the text, more gently (fourth root):
            # they are drawn in the grids' own room.
            assert caption_line_height(window) == pytest.approx(base_line * scale**0.25, rel=0.03)
    finally:
        window.set_font_scale(1.0)
    assert QApplication.font().pointSizeF() == pytest.approx(base)


def test_font_scale_by_keys(window, qtbot) -> None:
    base = QApplication.font().pointSizeF()
    try:
        press(qtbot, window, Qt.Key.Key_3, CTRL)
        assert QApplication.font().pointSizeF() == pytest.approx(2 * base)
        press(qtbot, window, Qt.Key.Key_1, CTRL)
        assert QApplication.font().pointSizeF() == pytest.approx(base)
    finally:
        window.set_font_scale(1.0)


# -- themes --------------------------------------------------------------------
def pixel(window, image, grid: str, row: float, col: float) -> QColor:
    """The colour on screen at a point of a cell (fractions of a cell)."""
    view = window.grids
    point = view.mapFromScene(view.items[grid].mapToScene(QPointF(col, row)))
    ratio = image.devicePixelRatio()
    return image.pixelColor(int(point.x() * ratio), int(point.y() * ratio))


def close(colour: QColor, expected: str, tol: int = 3) -> bool:
    e = QColor(expected)
    return all(abs(a - b) <= tol for a, b in zip(colour.getRgb()[:3], e.getRgb()[:3]))


@pytest.mark.parametrize("name", list(THEMES))
def test_theme_actions_recolour_the_view(window, qtbot, user, name) -> None:
    theme = THEMES[name]
    try:
        window.actions_.themes[name].trigger()
        assert window.actions_.themes[name].isChecked()
        user.wait_painted(window)
        image = window.grids.viewport().grab().toImage()
        # Inside a cell, away from its number and its lines.
        checks = {
            ("input", 0.15, 0.15): theme.roles[core.Role.INPUT],
            ("zero_inserted", 1.15, 1.15): theme.roles[core.Role.INSERTED],
            ("padded", 0.15, 0.15): theme.roles[core.Role.PADDING],
            ("output", 0.15, 0.15): theme.output,
            ("kernel", 0.15, 0.15): theme.kernel,
        }
        for (grid, r, c), colour in checks.items():
            got = pixel(window, image, grid, r, c)
            assert close(got, colour), (name, grid, got.name(), colour)
        corner = image.pixelColor(2, image.height() - 3)
        assert close(corner, theme.background), (corner.name(), theme.background)
        # Dark themes give the widgets a dark palette, light ones a light palette.
        palette = QApplication.palette()
        window_l = palette.color(QPalette.ColorRole.Window).lightness()
        text_l = palette.color(QPalette.ColorRole.WindowText).lightness()
        if theme.dark:
            assert window_l < 80 and text_l > 170
        else:
            assert window_l > 170 and text_l < 80
    finally:
        window.set_theme("light")


def test_themes_differ_from_each_other(window, qtbot, user) -> None:
    seen = {}
    try:
        for name in THEMES:
            window.actions_.themes[name].trigger()
            user.wait_painted(window)
            image = window.grids.viewport().grab().toImage()
            seen[name] = (
                pixel(window, image, "input", 0.15, 0.15).name(),
                image.pixelColor(2, image.height() - 3).name(),
            )
    finally:
        window.set_theme("light")
    assert len(set(seen.values())) == len(THEMES)
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 170


# -- language ------------------------------------------------------------------
def has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def zh_translates() -> bool:
    """Whether the compiled catalogue exists and translates the lesson panel's button."""
    from PySide6.QtCore import QTranslator

    path = catalogue("zh")
    if path is None or not path.exists():
        return False
    t = QTranslator()
    if not t.load(str(path)):
        return False
    return bool(t.translate("LessonPanel", "Next step \u25b6"))


def lesson_state(window):
    s = window.state
    return (s.params, s.selection, s.step, s.reveal, s.undo_stack.count(),
            s.result.x.tolist(), s.result.weight.tolist())


@pytest.fixture
def english():
    """Whatever a test does, the process ends it in English."""
    yield
    from convt_lab.gui.i18n import install_language

    install_language(QCoreApplication.instance(), "en")


def test_language_switch_keeps_the_lesson(make_window, qtbot, english) -> None:
    window = make_window(core.ConvTParams((3, 2), (2, 3), (2, 1), (0, 1)))
    window.state.set_values(x=[[1, 2], [3, 4], [5, 6]])
    press(qtbot, window, Qt.Key.Key_PageUp)
    for _ in range(3):
        press(qtbot, window, Qt.Key.Key_Right)
    before = lesson_state(window)
    english_title = window.lesson.title.text()
    # The tooltip names the button whether it shows its name or only its arrow.
    english_next = window.lesson.next.toolTip()
    old_lesson = window.lesson
    try:
        ok = window.set_language("zh")
        if not catalogue("zh").exists():
            assert not ok
            return
        assert ok and window.language == "zh"
        assert window.actions_.languages["zh"].isChecked()
        assert lesson_state(window) == before
        assert window.lesson is not old_lesson  # rebuilt
        if zh_translates():
            assert has_chinese(window.lesson.next.toolTip()), window.lesson.next.toolTip()
            assert has_chinese(window.lesson.title.text())
            assert has_chinese(window.menuBar().actions()[0].text())
        # The rebuilt window still follows the state.
        window.state.set_step(1)
        assert window.lesson.title.text() != english_title
        assert window.state.step == 1
    finally:
        assert window.set_language("en")
    assert window.language == "en"
    assert window.lesson.next.toolTip() == english_next
    assert not has_chinese(window.lesson.title.text())
    assert lesson_state(window)[:2] == before[:2]


@pytest.mark.parametrize("rebuild", ["language", "font_scale", "started_scaled"])
def test_keys_work_after_a_rebuild(make_window, qtbot, english, rebuild) -> None:
    """The window rebuilds its menus; each shortcut must still have one action."""
    if rebuild == "started_scaled":  # as with a remembered font size
        window = MainWindow(LabState(Document(font_scale=1.5)))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
    else:
        window = make_window(None)
    try:
        if rebuild == "language":
            window.set_language("zh")
        elif rebuild == "font_scale":
            window.actions_.font_scales[1.5].trigger()
    finally:
        window.set_language("en") if rebuild == "language" else window.set_font_scale(1.0)
    press(qtbot, window, Qt.Key.Key_PageUp)
    assert window.state.step == 3
    press(qtbot, window, Qt.Key.Key_Right)
    assert window.state.selection == ("output", 0, 0)
    press(qtbot, window, Qt.Key.Key_F11)
    assert window.isFullScreen()
    press(qtbot, window, Qt.Key.Key_F11)
    assert not window.isFullScreen()


def test_missing_catalogue_keeps_english(window, monkeypatch, english, tmp_path) -> None:
    import convt_lab.gui.i18n

    monkeypatch.setattr(convt_lab.gui.i18n, "catalogue", lambda language: tmp_path / "missing.qm")
    before = lesson_state(window)
    assert not window.set_language("zh")
    assert window.language == "en"
    assert window.actions_.languages["en"].isChecked()
    assert "zh" in window.statusBar().currentMessage()
    assert lesson_state(window) == before
