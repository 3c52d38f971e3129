"""The grids above, the explanation below, and the explanation can't squeeze them shut.

At a 2× font on a 1280×720 projector a few sentences can be taller than the
space a fixed layout leaves, and the grids vanish.  The explanation asks for
its full height but never takes more than 40 % of the view; beyond that it
scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QWidget

__all__ = ["ExplanationArea"]

SHARE = 0.4  # the most of the view's height the sentences take


class ExplanationArea(QScrollArea):
    """A scrolling ``label`` sized to its text, capped at :data:`SHARE` of ``host``'s height."""

    def __init__(self, label: QLabel, host: QWidget):
        super().__init__()
        self.label = label
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(label)
        # Fixed: the layout gives exactly the size hint (the text's height, capped),
        # rather than sharing a shortage with the grids' own large hint.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._host = host
        host.installEventFilter(self)

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # The host's width, less a scroll bar's, is the width the text wraps to.
        width = max(self._host.width() - self.verticalScrollBar().sizeHint().width(), 200)
        text = self.label.heightForWidth(width) + 2
        cap = max(3 * self.fontMetrics().height(), int(self._host.height() * SHARE))
        return QSize(width, min(text, cap))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(100, self.sizeHint().height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.updateGeometry()
        return False
