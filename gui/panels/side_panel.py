"""The narrow column beside the grids: parameters, channels and the tab's legend."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QToolButton, QVBoxLayout, QWidget

__all__ = ["SidePanel"]


class SidePanel(QScrollArea):
    """``widgets`` stacked in a column as wide as the widest needs.

    It scrolls only when the window is too short for it (a large font); at
    the usual sizes everything shows.  It yields to the grids in presentation
    mode and, unless the user asked for it with :attr:`button`, at a large
    font, where the grids would otherwise lose the room the text gains.
    """

    def __init__(self, *widgets: QWidget, wanted: bool | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.wanted = wanted  # the user's choice; None: by the font size
        self._scale, self._presenting = 1.0, False
        self.button = QToolButton()
        self.button.setObjectName("sideToggle")
        self.button.setText(self.tr("Parameters"))
        self.button.setToolTip(self.tr("Show or hide the parameters, channels and legend"))
        self.button.setCheckable(True)
        self.button.toggled.connect(self._toggled)
        self.setObjectName("sideScroll")
        column = QWidget()
        column.setObjectName("sidePanel")
        layout = QVBoxLayout(column)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(4)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setWidget(column)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = self.verticalScrollBar().sizeHint().width()
        self.setFixedWidth(column.sizeHint().width() + bar)

    def show_for(self, font_scale: float, presenting: bool) -> None:
        """Show or hide the panel (and its button) for this font scale and mode."""
        self._scale, self._presenting = font_scale, presenting
        wanted = self.wanted if self.wanted is not None else font_scale < 1.5
        shown = wanted and not presenting
        self.setVisible(shown)
        with QSignalBlocker(self.button):
            self.button.setChecked(shown)
        self.button.setVisible(not presenting)

    def _toggled(self, on: bool) -> None:
        self.wanted = on
        self.show_for(self._scale, self._presenting)
