"""The main window: it assembles the panels and wires the actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QScrollArea, QSplitter, QVBoxLayout, QWidget

from .actions import make_actions
from .arithmetic_panel import ArithmeticPanel
from .grids_view import GridsView
from .legend import Legend
from .param_panel import ParamPanel
from .state import LabState
from .texts import role_name

__all__ = ["MainWindow"]


class MainWindow(QMainWindow):
    """Parameters and legend on the left; the grids and the arithmetic on the right."""

    def __init__(self, state: LabState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("ConvT Lab \u2014 transposed convolution, step by step"))
        self.params = ParamPanel(state)
        self.legend = Legend()
        self.grids = GridsView(state)
        self.arithmetic = ArithmeticPanel(state)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.params)
        side_layout.addWidget(self.legend)
        side_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.arithmetic)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.grids)
        right.addWidget(scroll)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 0)
        right.setSizes([600, 110])
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(side)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        self.setCentralWidget(split)

        self.actions_ = make_actions(self)
        self.actions_.quit.triggered.connect(self.close)
        self.actions_.fit.triggered.connect(self.grids.fit)
        self.actions_.clear_selection.triggered.connect(lambda: state.select(None))
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addAction(self.actions_.quit)
        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addAction(self.actions_.fit)
        view_menu.addAction(self.actions_.clear_selection)

        self.grids.cellHovered.connect(self._hovered)
        self.grids.setFocus()

    def _hovered(self, grid: str, row: int, col: int) -> None:
        if row < 0:
            self.statusBar().clearMessage()
            return
        wt = self.state.result
        roles = {"zero_inserted": wt.zero_inserted_roles, "padded": wt.roles}
        names = {
            "input": self.tr("Input x"),
            "zero_inserted": self.tr("Zero-inserted"),
            "padded": self.tr("Padded"),
            "output": self.tr("Output y"),
            "kernel": self.tr("Kernel w"),
            "flipped": self.tr("Rotated kernel"),
        }
        text = f"{names[grid]} [{row}, {col}]"
        if grid in roles:
            text += ": " + role_name(roles[grid][row, col])
        elif grid == "output" and wt.output_band[row, col]:
            text += ": " + self.tr("added by output_padding, computed like any other cell")
        self.statusBar().showMessage(text)
