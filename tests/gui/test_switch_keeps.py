"""A language, theme or font-size switch builds the panels again and keeps what the user had.

The zoom and pan of the lesson's grids, a paused Scatter animation and a
target size typed and not applied yet all stay as they were, as the user
sees them: the same cells in view, "stamp 3 / 4", the typed text.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from convt_lab.gui.i18n import install_language
from convt_lab.gui.panels.target_size import TargetSizeBox
from tests.gui.helpers import wait_painted

SWITCHES = ("language", "theme", "font")


@pytest.fixture(autouse=True)
def english(qapp):
    """Each test starts, and leaves the application, in English."""
    install_language(qapp, "en")
    yield
    install_language(qapp, "en")


@pytest.fixture
def window(window):
    """The lesson's window; the application's font and palette are the usual ones after it."""
    yield window
    window.set_font_scale(1.0)
    window.set_theme("light")
    window.set_language("en")


def switch(qtbot, window, kind: str) -> None:
    """Pick the menu entry of another language, theme or font size, as a user does."""
    action = {"language": lambda: window.actions_.languages["zh"],
              "theme": lambda: window.actions_.themes["dark"],
              "font": lambda: window.actions_.font_scales[1.5]}[kind]()
    action.trigger()
    qtbot.wait(200)  # the new panels are shown and laid out by the event loop


def click_tab(qtbot, window, index: int) -> None:
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert window.tabs.currentIndex() == index


def wheel(window, clicks: int) -> None:
    """Turn the mouse wheel over the middle of the grids."""
    viewport = window.grids.viewport()
    pos = QPointF(viewport.width() / 2, viewport.height() / 2)
    for _ in range(clicks):
        event = QWheelEvent(pos, viewport.mapToGlobal(pos), QPoint(0, 0), QPoint(0, 120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(viewport, event)


def drag(qtbot, window, by: QPoint) -> None:
    viewport = window.grids.viewport()
    start = QPoint(viewport.width() // 2, viewport.height() // 2)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for n in range(1, 9):
        qtbot.mouseMove(viewport, start + by * (n / 8))
        qtbot.wait(15)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + by)


def cell_in_the_middle(qtbot, window) -> tuple[str, int, int, float]:
    """The grid cell drawn at the centre of the canvas, and how many pixels a cell spans."""
    view = window.grids
    wait_painted(qtbot, view)
    centre = view.viewport().rect().center()
    for name, item in view.items.items():
        for row in range(item.grid_shape[0]):
            for col in range(item.grid_shape[1]):
                a = view.mapFromScene(item.mapToScene(QPointF(col, row)))
                b = view.mapFromScene(item.mapToScene(QPointF(col + 1, row + 1)))
                if a.x() <= centre.x() < b.x() and a.y() <= centre.y() < b.y():
                    return name, row, col, view.cell_pixels(name)
    return "", -1, -1, view.cell_pixels("output")


@pytest.mark.parametrize("kind", SWITCHES)
def test_a_zoom_and_pan_by_hand_stay_after_a_switch(window, qtbot, kind) -> None:
    wheel(window, 3)
    drag(qtbot, window, QPoint(60, 30))
    before = cell_in_the_middle(qtbot, window)
    assert before[0], "the zoom shows a cell in the middle"
    switch(qtbot, window, kind)
    after = cell_in_the_middle(qtbot, window)
    assert after[:3] == before[:3]  # the same cell is in the middle of the canvas
    assert after[3] == pytest.approx(before[3], rel=0.25)  # and about as large, not fitted
    qtbot.keyClick(window.grids, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    wait_painted(qtbot, window.grids)
    assert window.grids.cell_pixels("output") < 0.8 * after[3]  # Ctrl+0 still fits all


def test_a_zoom_on_a_tab_in_the_background_stays_after_a_switch(window, qtbot) -> None:
    wheel(window, 3)
    before = cell_in_the_middle(qtbot, window)
    click_tab(qtbot, window, 1)  # Scatter in front while the language changes
    switch(qtbot, window, "language")
    click_tab(qtbot, window, 0)
    qtbot.wait(100)
    after = cell_in_the_middle(qtbot, window)
    assert after[:3] == before[:3] and after[3] == pytest.approx(before[3], rel=0.25)


@pytest.mark.parametrize("kind", SWITCHES)
def test_a_paused_scatter_animation_stays_where_it_was(window, qtbot, kind) -> None:
    click_tab(qtbot, window, 1)
    qtbot.waitUntil(lambda: window.animator.track is getattr(window.views.get("scatter"), "track", 0))
    for _ in range(4):  # the empty canvas, then stamps 1 to 3
        qtbot.mouseClick(window.animation.forward, Qt.MouseButton.LeftButton)
    assert window.animation.position.text() == "stamp 3 / 4"
    switch(qtbot, window, kind)
    qtbot.waitUntil(lambda: window.animator.track is window.views["scatter"].track)
    assert window.animation.position.text() == stamp(3)  # in the language now shown
    assert window.views["scatter"].count == 3  # three stamps drawn, the fourth not yet
    qtbot.mouseClick(window.animation.forward, Qt.MouseButton.LeftButton)
    assert window.animation.position.text() == stamp(4)


def stamp(n: int) -> str:
    return QCoreApplication.translate("ScatterView", "stamp {n} / {total}").format(n=n, total=4)


@pytest.mark.parametrize("kind", SWITCHES)
def test_a_typed_target_size_not_applied_yet_stays(window, qtbot, kind) -> None:
    edit = window.side.findChild(TargetSizeBox).edit
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(edit, "6x5")
    switch(qtbot, window, kind)
    edit = window.side.findChild(TargetSizeBox).edit
    assert edit.text() == "6x5"
    assert window.state.document.output_size is None  # still not applied
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.state.document.output_size == (6, 5)


def test_a_refused_target_size_is_explained_again_after_a_switch(window, qtbot) -> None:
    edit = window.side.findChild(TargetSizeBox).edit
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(edit, "9x9")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    box = window.side.findChild(TargetSizeBox)
    assert "No output_padding gives 9" in box.note.text()
    switch(qtbot, window, "language")
    box = window.side.findChild(TargetSizeBox)
    assert box.edit.text() == "9x9" and box.note.isVisibleTo(box)
    assert all(n in box.note.text() for n in "956")  # "No output_padding gives 9: ... 5 to 6."
    assert box.note.text() != box.edit.toolTip()  # the refusal, not the reachable sizes
