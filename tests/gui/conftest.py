"""Shared set-up of the GUI tests: a shown window and a user who clicks it.

The reference definitions the tests compare against (size formulas, the naive
scatter loop, the layer with channels, groups and bias) live once, in
``tests/reference.py``.  ``tests`` is a package: the app is installed as
``convt_lab``, so ``tests.gui`` shadows nothing.
"""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QPainterPath

from convt_lab import core
from convt_lab.gui.i18n import catalogue, install_language
from convt_lab.gui.main_window import MainWindow
from convt_lab.gui.state import LabState
from tests.gui.helpers import wait_painted


#: Qt warnings fail the tests (``qt_log_level_fail``), except this one: the
#: offscreen platform plugin cannot pass size hints to a window system and
#: says so once per shown window.  It is about the test platform, not the app.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture
def make_window(qtbot):
    """Build, show and expose a MainWindow for some parameters."""

    def make(params: core.ConvTParams | None = None) -> MainWindow:
        window = MainWindow(LabState(params))
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        # The menus are filled just after the first paint: wait for them as a user would.
        qtbot.waitUntil(lambda: all(a.menu().actions() for a in window.menuBar().actions()),
                        timeout=2000)
        return window

    return make


@pytest.fixture
def window(make_window) -> MainWindow:
    """The window on the lesson's default example."""
    return make_window(core.ConvTParams())


def drawn_shape(item) -> tuple[int, int]:
    """The (rows, cols) a GridItem draws: its bounding rectangle, one cell per unit.

    Read from ``boundingRect()``, the extent pyqtgraph and Qt actually paint and
    hit-test, rather than from a convenience attribute.
    """
    rect = item.boundingRect()
    assert (rect.left(), rect.top()) == (0, 0), rect
    rows, cols = rect.height(), rect.width()
    assert rows == int(rows) and cols == int(cols), rect
    return (int(rows), int(cols))


def require_hit_testing(window: MainWindow) -> None:
    """Fail, instead of crashing the test process, if pyqtgraph cannot hit-test the grids.

    pyqtgraph's ``GraphicsScene.itemsNearEvent`` calls ``item.shape()`` on every
    item under the mouse, on each hover and click, and expects the
    ``QGraphicsItem.shape()`` virtual (a ``QPainterPath``).  If an item shadows it
    with anything else the call raises inside a Qt event handler, and PySide6
    6.11 segfaults while reporting that error.
    """
    for name, item in window.grids.items.items():
        shape = getattr(item, "shape", None)
        try:
            ok = callable(shape) and isinstance(shape(), QPainterPath)
        except TypeError:
            ok = False
        if not ok:
            pytest.fail(
                f"GridItem {name!r}.shape is {shape!r}, not QGraphicsItem.shape() -> QPainterPath: "
                "pyqtgraph's GraphicsScene.itemsNearEvent calls item.shape() on every hover and "
                "click over a grid; it raises TypeError and the app segfaults (PySide6 6.11.3)",
                pytrace=False,
            )


class User:
    """Mouse and keyboard on a shown window, through real Qt events."""

    def __init__(self, qtbot):
        self.qtbot = qtbot

    def point(self, window: MainWindow, grid: str, row: int, col: int) -> QPoint:
        """The viewport pixel at the centre of a cell, as it is on screen now."""
        view = window.grids
        self.wait_painted(window)
        point = view.cell_centre(grid, row, col)
        point = point.toPoint() if hasattr(point, "toPoint") else QPoint(point)
        assert view.viewport().rect().contains(point), (grid, row, col, point)
        return point

    def wait_painted(self, window: MainWindow) -> None:
        """Wait until the grids have painted once more (see ``helpers.wait_painted``)."""
        wait_painted(self.qtbot, window.grids)

    def move(self, window: MainWindow, point: QPoint) -> None:
        """Move the mouse to a viewport pixel, slowly enough for pyqtgraph to notice.

        pyqtgraph drops hover updates that come sooner than
        ``1000 / mouseRateLimit`` ms after the last one it handled.
        """
        rate = pg.getConfigOption("mouseRateLimit")
        if rate > 0:
            self.qtbot.wait(int(1000 / rate) + 5)
        self.qtbot.mouseMove(window.grids.viewport(), pos=point)

    def hover(self, window: MainWindow, grid: str, row: int, col: int) -> None:
        require_hit_testing(window)
        self.move(window, self.point(window, grid, row, col))

    def click(self, window: MainWindow, grid: str, row: int, col: int) -> None:
        """Move to a cell and click it with the left button."""
        require_hit_testing(window)
        point = self.point(window, grid, row, col)
        viewport = window.grids.viewport()
        self.qtbot.mouseMove(viewport, pos=point)
        self.qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)

    def key(self, window: MainWindow, key: Qt.Key) -> None:
        self.qtbot.keyClick(window.grids, key)

    @staticmethod
    def shapes(window: MainWindow) -> dict[str, tuple[int, int]]:
        """The drawn (rows, cols) of every grid."""
        return {name: drawn_shape(item) for name, item in window.grids.items.items()}


@pytest.fixture
def user(qtbot) -> User:
    return User(qtbot)


@pytest.fixture
def own_settings(tmp_path):
    """This test's own settings folder: QSettings keeps the folder it read at first,
    so setting XDG_CONFIG_HOME later does not move it; ``QSettings.setPath`` does."""
    from PySide6.QtCore import QSettings

    from convt_lab.gui.io.settings import default_path

    before = default_path().parent.parent
    fmt, scope = QSettings.Format.IniFormat, QSettings.Scope.UserScope
    QSettings.setPath(fmt, scope, str(tmp_path / "config"))
    yield tmp_path / "config"
    QSettings.setPath(fmt, scope, str(before))


@pytest.fixture
def warnings(monkeypatch) -> list[tuple[str, str]]:
    """The warning boxes the app would show, as (title, text), instead of showing them."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def warning(parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return shown


@pytest.fixture(params=["en", "zh"])
def language(request, qapp):
    """Each test that asks for it runs in English, then in Chinese (the app's translator)."""
    app = QCoreApplication.instance()
    if request.param == "zh":  # the compiled catalogue ships with the package
        assert catalogue("zh") and catalogue("zh").exists(), "no compiled Chinese catalogue"
    assert install_language(app, request.param)
    yield request.param
    install_language(app, "en")


@pytest.fixture
def sandbox(qapp, tmp_path, monkeypatch):
    """A folder to run ``main(argv)`` in, with its own settings and home; a window that a bug
    lets through closes itself at once.

    ``qapp`` makes the QApplication first, so that nothing here makes a bare
    QCoreApplication that later tests would inherit.
    """
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", "")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("CONVT_LAB_AUTOQUIT", "close:0")
    return tmp_path
