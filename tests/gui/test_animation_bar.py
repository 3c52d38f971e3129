"""One animation bar for every tab: it plays the tab's frames and says where it is.

On the lesson's tab the bar plays the output cells ("cell 7 / 25"); on the
Scatter tab it plays the stamps ("stamp 3 / 4").  Each tab has exactly one
visible Play control.  When the picture is paused with cells hidden, the bar
says why instead of leaving blank cells unexplained.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from convt_lab import core


def key(qtbot, window, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window.grids if window.grids.isVisible() else window, k, modifier)


def play_buttons(window) -> list[QPushButton]:
    """Visible buttons that offer Play or Pause."""
    return [b for b in window.findChildren(QPushButton)
            if b.isVisible() and ("Play" in b.text() or "Pause" in b.text())]


@pytest.mark.parametrize("tab", ["gather", "scatter", "matrix", "overlap", "roundtrip"])
def test_each_tab_has_one_play_control(window, tab) -> None:
    window.show_view(tab)
    assert len(play_buttons(window)) == 1


def test_bar_shows_the_cell_it_is_on(window, qtbot) -> None:
    bar = window.animation
    assert bar.position.text() == "" and bar.note.text() == ""
    for _ in range(7):
        key(qtbot, window, Qt.Key.Key_Right)
    assert bar.position.text() == "cell 7 / 25"
    assert bar.slider.value() == 6 and bar.slider.maximum() == 24
    bar.slider.setValue(11)  # the slider moves the animation too
    assert window.state.selection == ("output", 2, 1) and bar.position.text() == "cell 12 / 25"


def test_a_click_while_paused_is_explained(window, qtbot, user) -> None:
    for _ in range(3):
        key(qtbot, window, Qt.Key.Key_Right)
    user.click(window, "output", 1, 1)  # cell 7: cells 8 to 25 stay covered
    cover = window.grids.items["output"]._covers()
    assert sum(r.width() * r.height() for r in cover) == 25 - 7
    assert window.animation.position.text() == "cell 7 / 25"
    note = window.animation.note.text()
    assert "hidden" in note and "Esc" in note
    key(qtbot, window, Qt.Key.Key_Escape)  # Stop: everything shows, nothing to explain
    assert window.grids.items["output"]._covers() == []
    assert window.animation.note.text() == "" and window.animation.position.text() == ""


def test_a_click_with_nothing_hidden_claims_nothing(window, qtbot, user) -> None:
    """No animation ran: every output cell stays painted, so the bar says nothing is hidden."""
    user.click(window, "output", 2, 1)
    assert window.state.selection == ("output", 2, 1) and window.state.reveal is None
    assert window.animation.note.text() == ""


def test_scatter_tab_plays_stamps_and_gives_the_bar_back(window, qtbot) -> None:
    window.show_view("scatter")
    view, bar, anim = window.views["scatter"], window.animation, window.animator
    assert anim.track is view.track and view.count == view.total  # the finished sum first
    qtbot.mouseClick(bar.forward, Qt.MouseButton.LeftButton)  # from a clear canvas
    assert view.count == 0 and bar.position.text() == "empty canvas"
    for n in (1, 2, 3):
        qtbot.mouseClick(bar.forward, Qt.MouseButton.LeftButton)
        assert view.count == n and bar.position.text() == f"stamp {n} / 4"
    qtbot.mouseClick(bar.end, Qt.MouseButton.LeftButton)
    assert view.count == 4 and "\u2713" in view.captions["running"].text()
    qtbot.mouseClick(bar.back, Qt.MouseButton.LeftButton)
    assert view.count == 3 and "\u2713" not in view.captions["running"].text()
    # Back to the lesson: the bar plays output cells again and Scatter shows every stamp.
    window.show_view("gather")
    assert anim.track is anim.cells and view.count == view.total
    qtbot.mouseClick(bar.forward, Qt.MouseButton.LeftButton)
    assert bar.position.text() == "cell 1 / 25" and window.state.selection == ("output", 0, 0)


def test_scatter_with_channels_labels_the_extra_steps(make_window, qtbot) -> None:
    window = make_window(core.ConvTParams())
    assert window.state.set_channels(2, 1, 1, True)
    window.show_view("scatter")
    bar, view = window.animation, window.views["scatter"]
    assert view.total == 4 + 1 + 1
    qtbot.mouseClick(bar.end, Qt.MouseButton.LeftButton)
    assert bar.position.text() == "bias (step 6 / 6)"
    qtbot.mouseClick(bar.back, Qt.MouseButton.LeftButton)
    assert bar.position.text() == f"channel {1 - window.state.document.pick[0]} (step 5 / 6)"


def test_play_on_scatter_runs_to_the_end_and_restarts_from_the_empty_canvas(window, qtbot) -> None:
    window.show_view("scatter")
    view, anim = window.views["scatter"], window.animator
    anim.set_speed(60)
    key(qtbot, window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not anim.playing, timeout=5000)
    assert view.count == view.total
    seen = []
    anim.positionChanged.connect(lambda: seen.append(view.count))
    key(qtbot, window, Qt.Key.Key_Space)  # at the end: Play starts over
    qtbot.waitUntil(lambda: not anim.playing, timeout=5000)
    assert seen[0] == 0 and seen[-1] == view.total


def test_the_bar_drives_the_rebuilt_scatter_view_after_a_theme_switch(window, qtbot) -> None:
    window.show_view("scatter")
    window.animator.step(1)
    window.animator.step(1)
    window.set_theme("dark")  # the window rebuilds its panels and views
    view, bar = window.views["scatter"], window.animation
    qtbot.waitUntil(lambda: window.animator.track is view.track, timeout=2000)
    assert view.count == 1 and bar.position.text() == "stamp 1 / 4"  # where it was
    qtbot.mouseClick(bar.forward, Qt.MouseButton.LeftButton)
    assert view.count == 2 and bar.position.text() == "stamp 2 / 4"


def test_stepping_through_the_cells_never_moves_the_bar_or_the_grids(make_window, qtbot) -> None:
    """From "cell 9" to "cell 10" the text widens; the buttons and the grids stay put.

    A row that relaid itself at each step would also repaint the whole lesson
    area at every click (and shift the buttons under the teacher's mouse).
    """
    window = make_window(core.ConvTParams(input_size=(4, 4)))  # 9x9: cells 1 to 81
    bar = window.animation
    key(qtbot, window, Qt.Key.Key_Right)
    qtbot.wait(20)
    places = None
    for n in range(2, 14):
        key(qtbot, window, Qt.Key.Key_Right)
        QApplication.processEvents()
        assert bar.position.text() == f"cell {n} / 81"
        # The whole text is shown: the label is at least as wide as its text.
        assert bar.position.width() >= bar.position.fontMetrics().horizontalAdvance(
            bar.position.text())
        now = (bar.play.geometry(), bar.slider.geometry(), window.arithmetic.geometry(),
               window.grids.geometry())
        assert places is None or now == places, n
        places = now


def test_the_arithmetic_can_be_copied_from_its_menu(window, user) -> None:
    user.click(window, "output", 1, 1)
    shown = window.arithmetic.text()
    assert "y[1,1]" in shown
    copy = [a for a in window.arithmetic.actions() if "Copy" in a.text()]
    assert len(copy) == 1 and window.arithmetic.contextMenuPolicy() == (
        Qt.ContextMenuPolicy.ActionsContextMenu)
    QApplication.clipboard().clear()
    copy[0].trigger()
    assert QApplication.clipboard().text() == shown


def test_the_bar_is_one_row_tall_until_it_has_a_note(window, qtbot, user) -> None:
    """No note, no second line: on Practice (no sum beside it) the bar's height is its row's."""
    bar = window.animation
    window.show_view("practice")
    qtbot.waitUntil(lambda: bar.isVisible())
    line = bar.note.fontMetrics().lineSpacing()
    row = max(bar.play.height(), bar.slider.height(), bar.speed.height())
    assert bar.height() < row + line, (bar.height(), row, line)
    # A paused click with hidden cells brings the note's line; Stop takes it away again.
    window.show_view("gather")
    for _ in range(3):
        key(qtbot, window, Qt.Key.Key_Right)
    user.click(window, "output", 1, 1)
    qtbot.waitUntil(lambda: bar.note.isVisible() and bar.note.height() >= line)
    assert bar.note.geometry().top() >= bar.play.geometry().bottom()
    key(qtbot, window, Qt.Key.Key_Escape)
    window.show_view("practice")
    qtbot.waitUntil(lambda: bar.height() < row + line, timeout=2000)
