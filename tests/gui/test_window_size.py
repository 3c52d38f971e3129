"""A first start fits the screen: on a 1280x720 projector the bottom row is not below its edge."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from convt_lab.gui.app import _default_geometry
from convt_lab.gui.main_window import MainWindow
from convt_lab.gui.state import LabState


def test_a_first_window_fits_a_small_screen(qtbot) -> None:
    window = MainWindow(LabState())
    qtbot.addWidget(window)
    free = window.screen().availableGeometry()  # the offscreen screen: 800x800
    assert free.width() < 1280 or free.height() < 800  # the case this is about
    _default_geometry(window)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    assert window.windowState() & Qt.WindowState.WindowMaximized
    assert window.width() <= free.width() and window.height() <= free.height()
    # The arithmetic, the lowest text of the window, ends on the screen.
    bottom = window.arithmetic.mapToGlobal(QPoint(0, window.arithmetic.height())).y()
    assert bottom <= free.bottom() + 1


def test_a_narrow_window_still_shows_the_grids(qtbot) -> None:
    """800 px wide with the side panel open: the captions' text alone is wider than the canvas.

    The captions then shrink with the cells instead of the cells vanishing.
    """
    window = MainWindow(LabState())
    qtbot.addWidget(window)
    window.resize(796, 700)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    window.grids.fit()
    QApplication.processEvents()
    assert window.side.isVisible()
    assert window.grids.cell_pixels("output") >= 10
    view = window.grids
    visible = view.viewport().rect().adjusted(-2, -2, 2, 2)
    for name, item in view.items.items():
        shown = view.view.mapFromScene(item.mapRectToScene(item.boundingRect())).boundingRect()
        assert visible.contains(shown), name
