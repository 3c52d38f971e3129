"""Values typed into the window's fields: refused with a note that names the problem.

A target size of ten or more digits used to reach ``int()`` and the layer's
int32 check and open the crash box; a refused entry's note stayed under a
later valid one.  The reachable sizes are worked out here from
H_out = (H−1)s − 2p + d(k−1) + op + 1 with op from 0 to s − 1.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from convt_lab import core
from convt_lab.gui.panels.target_size import TargetSizeBox


def reachable(n, k, s, p, d):
    low = (n - 1) * s - 2 * p + d * (k - 1) + 1
    return low, low + s - 1


@pytest.mark.parametrize("typed, digits", [("3000000000", 10), ("9" * 30, 30), ("9" * 5000, 5000),
                                           ("5x" + "7" * 12, 12)])
def test_a_huge_target_is_refused_with_the_range(make_window, qtbot, typed, digits) -> None:
    window = make_window(core.ConvTParams())
    box = window.findChild(TargetSizeBox)
    before = window.state.document
    box.edit.setFocus()
    box.edit.setText(typed)
    qtbot.keyClick(box.edit, Qt.Key.Key_Return)  # an exception in the slot fails the test
    low, high = reachable(2, 3, 2, 0, 1)
    axis = "width" if typed.startswith("5x") else "height"
    assert box.note.isVisible()
    assert box.note.text() == (f"No output_padding gives a size of {digits} digits: the {axis} "
                               f"can be {low} to {high}.")
    assert window.state.document == before  # nothing applied


def test_a_refusal_note_goes_when_the_current_target_is_typed(make_window, qtbot) -> None:
    window = make_window(core.ConvTParams())
    box = window.findChild(TargetSizeBox)
    box.edit.setFocus()
    box.edit.setText("6x6")
    qtbot.keyClick(box.edit, Qt.Key.Key_Return)
    assert window.state.document.output_size == (6, 6)
    box.edit.setText("six")
    qtbot.keyClick(box.edit, Qt.Key.Key_Return)
    assert box.note.text().startswith("Type the size as")
    box.edit.setText("6X6")  # the target already set
    qtbot.keyClick(box.edit, Qt.Key.Key_Return)
    assert box.note.text() == "forward(x, output_size=[6, 6]) picks op = (1, 1)."


def qtbot_app():
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.instance()


def test_a_typed_value_that_overflows_is_refused_where_it_was_typed(qtbot) -> None:
    """x of 1e306 and a kernel weight of 1e300: 1e606 is past float64, so the cell keeps its
    value, the status bar says why, and the parameter panel blames no parameter."""
    import numpy as np

    from convt_lab.gui.main_window import MainWindow
    from convt_lab.gui.model.document import Document
    from convt_lab.gui.state import LabState

    assert 306 + 300 > 308  # 1e606: past float64's largest, about 1.8e308
    doc = Document()
    window = MainWindow(LabState(doc.replace(x=np.full(doc.x.shape, 1e306))))
    qtbot.addWidget(window)
    window.show()
    before = window.state.document.pair_w.copy()
    window.editor.committed.emit("kernel", 0, 0, 1e300)  # as the cell editor sends it
    assert np.array_equal(window.state.document.pair_w, before)
    status = window.statusBar().currentMessage()
    assert "overflows" in status and status.endswith("the cell keeps its value.")

    shown = window.params.problem.text()
    assert "may be" not in shown and "last valid values" in shown, shown
    assert ".;" not in status and "; the cell" in status
    from convt_lab.gui.i18n import install_language

    install_language(qtbot_app(), "zh")
    try:
        window._cell_committed("kernel", 0, 0, 1e300)
        status = window.statusBar().currentMessage()
        assert "\u3002\uff1b" not in status and status.endswith("\u8be5\u5355\u5143\u683c\u4fdd\u6301\u539f\u503c\u3002"), status
    finally:
        install_language(qtbot_app(), "en")


def test_a_channel_problem_is_told_once_under_the_channels(make_window) -> None:
    window = make_window()
    assert not window.state.set_channels(3, 2, 2, False)  # 2 groups do not divide 3 inputs
    assert "groups = 2" in window.channels.problem.text()
    assert window.channels.problem.isVisible()
    assert not window.params.problem.isVisible() and window.params.problem.text() == ""


@pytest.mark.parametrize("typed, read", [("1,000", 1000.0), ("12,345.5", 12345.5), ("\u22123", -3.0),
                                         ("1_000", None), ("1,5", None), ("seven", None)])
def test_practice_reads_a_value_as_the_cell_editor_does(make_window, typed, read) -> None:
    """In English "1,000" is a thousand (it was read as 1.0); "1,5" reads two ways."""
    from convt_lab.gui.panels.cell_editor import parse_value

    window = make_window()
    window.show_view("practice")
    view = window.view("practice")
    view.value_edit.setText(typed)
    assert view.answer(3) == read
    try:
        editor = parse_value(typed)
    except ValueError:
        editor = None
    assert editor == read  # the same reading as a typed cell value
