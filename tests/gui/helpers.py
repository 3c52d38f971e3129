"""What the GUI tests share: the parameter sets the views are tried on, and
helpers that show a widget, wait for a paint, click and read a cell.

The helpers act through real Qt events and read what is painted, so a test
that uses them checks what a user would see.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt

from convt_lab import core

LESSON = core.ConvTParams()
#: Rectangular, padding on one axis, output_padding on both.
RECT = core.ConvTParams(
    input_size=(3, 4), kernel_size=(3, 2), stride=(2, 3), padding=(1, 0), output_padding=(1, 2)
)
#: Dilated, cropped on the height axis; op 2 on the width axis is allowed only by d = 3.
DILATED = core.ConvTParams(
    input_size=(4, 3), kernel_size=(2, 3), stride=(2, 1), padding=(3, 1),
    output_padding=(1, 2), dilation=(2, 3),
)


class PaintWatch(QObject):
    """Counts the paint events of the widget it filters."""

    def __init__(self):
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def show(qtbot, widget, size=(1100, 700)):
    """Show ``widget`` at ``size`` and wait until it is exposed; return it."""
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def wait_painted(qtbot, view) -> None:
    """Wait until the viewport of ``view`` has painted once more.

    pyqtgraph's ViewBox applies a new view range to its transform lazily, when
    the scene prepares to paint, so cells are where they appear only after a
    paint (``repaint()`` does not paint synchronously offscreen).
    """
    viewport = view.viewport()
    watch = PaintWatch()
    viewport.installEventFilter(watch)
    try:
        viewport.update()
        qtbot.waitUntil(lambda: watch.paints > 0, timeout=2000)
    finally:
        viewport.removeEventFilter(watch)


def click(qtbot, widget, grid: str, row: int, col: int) -> None:
    """A real left click at the centre of a drawn cell of one of the widget's grids."""
    wait_painted(qtbot, widget.view)
    point = widget.cell_centre(grid, row, col)
    assert widget.view.viewport().rect().contains(point), (grid, row, col, point)
    qtbot.mouseMove(widget.view.viewport(), pos=point)
    qtbot.mouseClick(widget.view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def pixel(qtbot, widget, grid: str, row: int, col: int) -> tuple[int, int, int]:
    """The colour painted a little inside the top-left corner of a cell (clear of its number)."""
    wait_painted(qtbot, widget.view)
    item = widget.items[grid]
    point = widget.view.mapFromScene(item.mapToScene(col + 0.12, row + 0.12))
    c = widget.view.grab().toImage().pixelColor(point)
    return (c.red(), c.green(), c.blue())


def said(label) -> str:
    """A label's text as a reader reads it: the no-break spaces that hold a formula on one
    line (``3 + 2·2 = 7``) read as spaces, and the invisible word joiners are not read."""
    return label.text().replace("\u00a0", " ").replace("\u2060", "")
