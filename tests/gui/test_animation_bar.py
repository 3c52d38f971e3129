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


@pytest.mark.parametrize("tab, controls", [("gather", 1), ("scatter", 1), ("matrix", 1),
                                            ("overlap", 1), ("roundtrip", 0), ("plan", 0)])
def test_each_tab_with_cells_has_one_play_control(window, tab, controls) -> None:
    """Round trip and Plan have no cells to step through: the bar stays out of their way."""
    window.show_view(tab)
    assert len(play_buttons(window)) == controls


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


def click_tab(qtbot, window, name: str) -> None:
    """Click the tab of the view ``name``, as the user does."""
    bar = window.tabs.tabBar()
    index = window.tabs.indexOf(window._tab_pages[name])
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == index, timeout=2000)


def hidden_cells(window) -> int:
    return int(sum(r.width() * r.height() for r in window.grids.items["output"]._covers()))


@pytest.mark.parametrize("tab", ["roundtrip", "plan"])
def test_tabs_without_cells_hide_the_bar_and_ignore_its_keys(window, qtbot, tab) -> None:
    for _ in range(4):
        key(qtbot, window, Qt.Key.Key_Right)
    assert window.animation.position.text() == "cell 4 / 25" and hidden_cells(window) == 21
    click_tab(qtbot, window, tab)
    assert not window.animation.isVisible() and play_buttons(window) == []
    focused = QApplication.focusWidget() or window.tabs.tabBar()
    for k in (Qt.Key.Key_Space, Qt.Key.Key_End, Qt.Key.Key_Home):
        qtbot.keyClick(focused, k)
        qtbot.wait(50)
        assert not window.animator.playing
    assert window.state.reveal == 4 and window.state.selection == ("output", 0, 3)
    click_tab(qtbot, window, "gather")
    assert window.animation.isVisible()
    assert window.animation.position.text() == "cell 4 / 25" and hidden_cells(window) == 21
    assert "hidden" in window.animation.note.text()
    key(qtbot, window, Qt.Key.Key_Right)  # the keys work again where the bar is
    assert window.animation.position.text() == "cell 5 / 25"


def test_a_visit_to_scatter_keeps_the_lessons_paused_cell(window, qtbot) -> None:
    for _ in range(4):
        key(qtbot, window, Qt.Key.Key_Right)
    click_tab(qtbot, window, "scatter")
    qtbot.waitUntil(lambda: window.animation.position.text() == "", timeout=2000)  # its stamps
    assert hidden_cells(window) == 21  # the lesson's grid, not drawn now, keeps its cover
    click_tab(qtbot, window, "gather")
    assert window.animation.position.text() == "cell 4 / 25"
    assert hidden_cells(window) == 21 and "hidden" in window.animation.note.text()
    key(qtbot, window, Qt.Key.Key_Right)
    assert window.state.selection == ("output", 0, 4) and hidden_cells(window) == 20


@pytest.mark.parametrize("how", ["stop", "parameter change", "click", "paused"])
def test_play_starts_at_the_selected_cell_and_the_bar_says_so(window, qtbot, user, how) -> None:
    """One rule: Play starts at the selected output cell (else at the first), shown first."""
    bar, anim = window.animation, window.animator
    if how == "click":
        user.click(window, "output", 2, 2)
    else:
        for _ in range(13):
            key(qtbot, window, Qt.Key.Key_Right)  # cell 13 = output (2, 2), later cells hidden
    if how == "stop":
        key(qtbot, window, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
        assert hidden_cells(window) == 0
    elif how == "parameter change":
        key(qtbot, window, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
        window.state.request(output_padding=(1, 1))  # 6x6: output (2, 2) is cell 15
    total = window.state.result.output.size
    start = 2 * window.state.result.output.shape[1] + 2 + 1
    expected = f"cell {start} / {total}" if how == "paused" else f"\u25b6 {start} / {total}"
    assert bar.position.text() == expected
    assert ("Play starts" in bar.position.toolTip()) == (how != "paused")
    anim.set_speed(0.5)  # slow: the first frame stays while it is read
    qtbot.mouseClick(bar.play, Qt.MouseButton.LeftButton)
    assert anim.playing and window.state.selection == ("output", 2, 2)
    assert bar.position.text() == f"cell {start} / {total}"
    assert hidden_cells(window) == total - start  # the cells after it are hidden
    anim.stop()
    key(qtbot, window, Qt.Key.Key_Escape)  # nothing selected: Play starts at the first cell
    assert bar.position.text() == ""
    qtbot.mouseClick(bar.play, Qt.MouseButton.LeftButton)
    assert window.state.selection == ("output", 0, 0) and bar.position.text() == f"cell 1 / {total}"
    anim.pause()


def test_a_narrow_window_hides_the_slider_rather_than_show_its_handle(window, qtbot) -> None:
    """Below some 60 px the slider is a lone handle beside "cell 11 / 25": it goes instead."""
    bar = window.animation
    for _ in range(11):
        key(qtbot, window, Qt.Key.Key_Right)
    seen = set()
    for width in range(1280, 560, -40):
        window.resize(width, 700)
        qtbot.wait(30)
        QApplication.processEvents()
        shown = bar.slider.isVisible()
        seen.add(shown)
        if shown:
            assert bar.slider.width() >= 60, (width, bar.slider.width())
        # Every other control and the whole position text are shown.
        assert bar.position.width() >= bar.position.fontMetrics().horizontalAdvance("cell 11 / 25")
        assert bar.end.isVisible() and bar.speed.isVisible()
    assert seen == {True, False}
    window.resize(1280, 700)
    qtbot.waitUntil(bar.slider.isVisible, timeout=2000)
    assert bar.slider.width() >= 60
