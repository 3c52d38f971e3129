"""The colour key: one swatch per cell role."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from convt_lab.core import Role

from convt_lab.gui.texts import role_name
from convt_lab.gui.theme import LIGHT, Theme

__all__ = ["Legend"]


class Legend(QWidget):
    """Swatches for the roles of padded cells, the output and the kernel."""

    def __init__(self, theme: Theme = LIGHT, parent: QWidget | None = None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        entries = [(theme.roles[r], role_name(r)) for r in Role]
        entries += [
            (theme.output, self.tr("output value")),
            (theme.kernel, self.tr("kernel weight")),
        ]
        for n, (colour, text) in enumerate(entries):
            swatch = QLabel()
            swatch.setFixedSize(18, 18)
            swatch.setStyleSheet(f"background: {colour}; border: 1px solid {theme.grid_line};")
            grid.addWidget(swatch, n, 0)
            grid.addWidget(QLabel(text), n, 1)
        marks = [
            (theme.window, self.tr("kernel window (output selected)")),
            (theme.source, self.tr("contributing input")),
            (theme.footprint, self.tr("footprint (input selected)")),
        ]
        for n, (colour, text) in enumerate(marks, start=len(entries)):
            swatch = QLabel()
            swatch.setFixedSize(18, 18)
            swatch.setStyleSheet(f"border: 3px solid {colour};")
            grid.addWidget(swatch, n, 0)
            grid.addWidget(QLabel(text), n, 1)
