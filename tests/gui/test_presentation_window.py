"""Presentation mode and the window around it: its state, and the pill that says how to leave.

Leaving presentation mode gives the window back as it was (maximised, full
screen, or normal at its place).  The pill "Esc or F11 to leave" covers no
text and no grid while presenting, follows the window's size, and goes the
moment presentation mode ends.  Read from the widgets on screen, driven by
the keys a teacher presses.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel

F11, ESC = Qt.Key.Key_F11, Qt.Key.Key_Escape


def press(qtbot, window, key) -> None:
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window.grids, key)


def pills(window) -> list[QLabel]:
    return [w for w in window.findChildren(QLabel, "flashHint") if w.isVisible()]


def on_window(widget, window) -> QRect:
    """``widget``'s rectangle in the window's coordinates."""
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def drawn(window) -> dict[str, QRect]:
    """Every grid and caption of the lesson as painted, in the window's coordinates."""
    view = window.grids
    view.viewbox.updateMatrix()
    origin = view.viewport().mapTo(window, QPoint(0, 0))
    items = {**view.items, **{f"caption {k}": v for k, v in view.captions.items()}}
    return {name: view.view.mapFromScene(item.sceneBoundingRect()).boundingRect().translated(origin)
            for name, item in items.items() if item.isVisible()}


def leave_by(qtbot, window, key) -> None:
    press(qtbot, window, key)
    qtbot.waitUntil(lambda: not window.presenting, timeout=2000)
    qtbot.wait(100)


@pytest.mark.parametrize("key", [F11, ESC], ids=["F11", "Esc"])
def test_a_maximised_window_comes_back_maximised(window, qtbot, key) -> None:
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized, timeout=2000)
    qtbot.wait(50)
    before = window.geometry()
    press(qtbot, window, F11)
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    leave_by(qtbot, window, key)
    assert window.isMaximized() and not window.isFullScreen()
    assert window.geometry() == before
    assert window.menuBar().isVisible()


def test_a_normal_window_comes_back_where_it_was(window, qtbot) -> None:
    window.showNormal()
    window.setGeometry(40, 50, 700, 560)
    qtbot.waitUntil(lambda: window.geometry() == QRect(40, 50, 700, 560), timeout=2000)
    press(qtbot, window, F11)
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    leave_by(qtbot, window, ESC)
    assert not window.isMaximized() and not window.isFullScreen()
    assert window.geometry() == QRect(40, 50, 700, 560)


def test_a_full_screen_window_stays_full_screen_with_its_menus_back(window, qtbot) -> None:
    window.showFullScreen()
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    press(qtbot, window, F11)
    qtbot.waitUntil(lambda: window.presenting and not window.menuBar().isVisible(), timeout=2000)
    leave_by(qtbot, window, F11)
    assert window.isFullScreen() and window.menuBar().isVisible()
    press(qtbot, window, ESC)  # presentation mode is over: Esc clears the selection as usual
    assert window.isFullScreen()


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_the_pill_covers_no_text_and_no_grid(window, qtbot, size) -> None:
    press(qtbot, window, F11)
    qtbot.waitUntil(lambda: len(pills(window)) == 1 and window.isFullScreen(), timeout=2000)
    qtbot.wait(200)  # the fit after going full screen
    window.setGeometry(0, 0, *size)  # the offscreen "screen" is smaller than a projector
    qtbot.waitUntil(lambda: window.size().toTuple() == size, timeout=2000)
    qtbot.wait(100)
    pill = pills(window)[0].geometry()
    assert window.rect().contains(pill)
    assert on_window(window.grids.viewport(), window).contains(pill)  # over the canvas
    lesson = window.lesson
    for widget in (lesson.title, lesson.body, lesson.prev, lesson.counter, lesson.next,
                   window.arithmetic, window.animation, window.grids.hint):
        if widget.isVisible():
            assert not on_window(widget, window).intersects(pill), widget.objectName()
    for name, rect in drawn(window).items():
        assert not rect.intersects(pill), name


def test_the_pill_follows_a_smaller_window_whole_and_goes_on_leaving(window, qtbot) -> None:
    press(qtbot, window, F11)
    qtbot.waitUntil(lambda: len(pills(window)) == 1 and window.isFullScreen(), timeout=2000)
    qtbot.wait(200)
    label = pills(window)[0]
    window.setGeometry(0, 0, 560, 420)
    qtbot.waitUntil(lambda: window.width() < 700, timeout=2000)
    qtbot.wait(100)
    assert window.rect().contains(label.geometry())  # never cut off by the window's edge
    if label.wordWrap():
        assert label.height() >= label.heightForWidth(label.width())
    else:
        assert label.width() >= label.sizeHint().width()
    press(qtbot, window, F11)
    QApplication.processEvents()
    assert pills(window) == []  # at once, not 4 s later over the Next step button


# -- one grid size across the lesson's steps -------------------------------------------
def text_gap(lesson) -> tuple[int, int]:
    """Pixels between "Step n of 5" as painted and the buttons on either side."""
    counter = lesson.counter
    text = counter.fontMetrics().horizontalAdvance(counter.text())
    left = counter.x() + (counter.width() - text) // 2
    return left - lesson.prev.geometry().right(), lesson.next.x() - (left + text)


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_the_grids_keep_their_size_through_the_steps(language, make_window, qtbot, size) -> None:
    from PySide6.QtGui import QFontInfo

    window = make_window()
    press(qtbot, window, F11)
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    qtbot.wait(200)  # the fit after going full screen
    window.setGeometry(0, 0, *size)  # the offscreen "screen" is smaller than a projector
    qtbot.waitUntil(lambda: window.size().toTuple() == size, timeout=2000)
    for _ in range(4):
        press(qtbot, window, Qt.Key.Key_PageUp)
    seen = set()
    for step in range(5):
        qtbot.wait(150)
        assert window.state.step == step
        lesson = window.lesson
        seen.add((on_window(window.grids.viewport(), window).getRect(),
                  window.grids.cell_pixels("output"), lesson.prev.text()))
        body = lesson.body
        assert body.height() >= body.heightForWidth(body.width())  # never clipped
        assert not lesson.scroll.verticalScrollBar().isVisible()
        numbers = window.grids.number_px("output")
        assert QFontInfo(body.font()).pixelSize() >= int(numbers)
        assert min(text_gap(lesson)) >= 8, text_gap(lesson)
        press(qtbot, window, Qt.Key.Key_PageDown)
    assert len(seen) == 1, seen
