"""Typing a value into an input or kernel cell.

The editor is a line edit laid over the cell; Enter commits, Escape or
leaving cancels.  It opens with the cell's exact value, so Enter without
typing changes nothing.  Text that is not a finite number of reasonable
size, or that reads as two different numbers (a comma that could group
thousands or mark decimals), is rejected with a message and the cell keeps
its value.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from convt_lab.gui.items.cells import format_exact

__all__ = ["CellEditor", "MAX_VALUE", "parse_value"]

# The largest magnitude a typed value may have.
MAX_VALUE = 1e6
# Longer text is not a number anyone typed; it is not echoed whole either.
MAX_CHARS = 64


def _shown(text: str) -> str:
    return repr(text) if len(text) <= 40 else repr(text[:40]) + "\u2026"


def parse_value(text: str, locale: QLocale | None = None) -> float:
    """The number in ``text``, read in ``locale`` (default: ``QLocale()``) and as plain digits.

    A point is always a decimal point; the locale adds its own separators
    ("1,000" in English).  Text the two readings disagree on, such as
    "1.000" in German, or that neither reads, such as "1,5" in English, is
    refused rather than guessed.

    Raises
    ------
    ValueError
        With a translated message.
    """
    locale = locale if locale is not None else QLocale()
    cleaned = text.strip().replace("\u2212", "-").replace("\uff0e", ".").replace("\uff0c", ",")
    if len(cleaned) > MAX_CHARS and re.fullmatch(r"[+-]?\d+(?:\.\d*)?", cleaned):
        raise ValueError(  # digits and no more: a number, far too large to be a value here
            QCoreApplication.translate(
                "editor", "{text} is too large: values must lie within ±{limit}").format(
                text=_shown(text), limit=f"{MAX_VALUE:,.0f}"))
    if len(cleaned) > MAX_CHARS or "_" in cleaned:
        raise ValueError(QCoreApplication.translate("editor", "{text} is not a number").format(
            text=_shown(text)))
    try:
        plain = float(cleaned) if "," not in cleaned else None
    except ValueError:
        plain = None
    local, ok = locale.toDouble(cleaned)
    if plain is not None and ok and local != plain and math.isfinite(plain):
        raise ValueError(QCoreApplication.translate(
            "editor", "{text} is ambiguous: it reads as {a} or as {b}; type it without "
                      "separators").format(text=_shown(text), a=format_exact(plain),
                                           b=format_exact(local)))
    if plain is not None:
        value = plain
    elif ok:
        value = local
    elif re.fullmatch(r"[+-]?\d*[,{}]\d+".format(re.escape(locale.decimalPoint())), cleaned):
        # One comma (or the locale's decimal sign) between digits: a decimal, perhaps.
        raise ValueError(QCoreApplication.translate(
            "editor", "{text} is ambiguous here: write decimals with a point, as in 1.5").format(text=_shown(text)))
    else:
        raise ValueError(QCoreApplication.translate("editor", "{text} is not a number").format(
            text=_shown(text)))
    if math.isinf(value) and re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", cleaned):
        value = math.copysign(MAX_VALUE * 10, value)  # 1e309: a number, too large for a float
    if not math.isfinite(value):
        raise ValueError(
            QCoreApplication.translate("editor", "{text} is not a finite number").format(
                text=_shown(text))
        )
    if value == 0 and re.search(r"[1-9]", re.split(r"[eE]", cleaned)[0]):
        raise ValueError(  # 1e-400: a number, but below the smallest a float holds
            QCoreApplication.translate(
                "editor", "{text} is too small to hold: it would become 0; type 0 or a larger "
                          "value").format(text=_shown(text)))
    if abs(value) > MAX_VALUE:
        raise ValueError(
            QCoreApplication.translate(
                "editor", "{text} is too large: values must lie within ±{limit}").format(
                text=_shown(text), limit=f"{MAX_VALUE:,.0f}"
            )
        )
    return value


class CellEditor(QLineEdit):
    """A one-cell editor over a viewport.

    Signals
    -------
    committed(str, int, int, float)
        Grid, row, column and the new value.
    rejected(str)
        The reason a typed text was refused.
    """

    committed = Signal(str, int, int, float)
    rejected = Signal(str)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("cellEditor")
        self.hide()
        self._cell: tuple[str, int, int] | None = None
        self._cell_rect = QRect()
        self.textChanged.connect(self._fit_width)
        self.returnPressed.connect(self._commit)
        self.editingFinished.connect(self.cancel)

    def edit(self, grid: str, row: int, col: int, value: float, rect: QRect) -> None:
        """Open over ``rect`` (viewport pixels) with the current ``value``."""
        self._cell = (grid, row, col)
        self.setText(format_exact(value))
        self.place(rect)
        self.selectAll()
        self.show()
        self.setFocus()

    def place(self, rect: QRect) -> None:
        """Lie over ``rect``, the cell's viewport pixels (at least big enough to type in)."""
        self._cell_rect = QRect(rect.topLeft(), rect.size().expandedTo(QSize(64, 28)))
        self._fit_width()

    def _fit_width(self, *_) -> None:
        """At least the cell, and wide enough for the whole value plus room to type."""
        if self._cell_rect.isNull():
            return
        room = self.fontMetrics().horizontalAdvance(self.text() + "0000") + 16
        width = max(self._cell_rect.width(), room)
        parent = self.parentWidget()
        if parent is not None:
            width = min(width, max(parent.width() - self._cell_rect.left(), self._cell_rect.width()))
        self.setGeometry(QRect(self._cell_rect.topLeft(), QSize(width, self._cell_rect.height())))

    @property
    def cell(self) -> tuple[str, int, int] | None:
        """The (grid, row, col) being edited, or None."""
        return self._cell

    def close_editor(self) -> None:
        """Close without changing the cell."""
        self._cell = None
        self.hide()

    def _commit(self) -> None:
        if self._cell is None:
            return
        try:
            value = parse_value(self.text(), self.locale())
        except ValueError as err:
            self.rejected.emit(str(err))
            self.selectAll()
            return
        cell, self._cell = self._cell, None
        self.hide()
        self.committed.emit(*cell, value)

    def cancel(self) -> None:
        # Leaving the field closes it; a dialog or another window taking the focus (F1's
        # shortcuts) does not: the typed text waits there until the window is back.
        window = self.window()
        if window is not None and not window.isActiveWindow():
            return
        if self.isVisible() and not self.hasFocus():
            self._cell = None
            self.hide()

    def event(self, ev: QEvent) -> bool:
        # Claim Escape before the window's Escape shortcut (clear selection) takes it.
        if ev.type() == QEvent.Type.ShortcutOverride and ev.key() == Qt.Key.Key_Escape:
            ev.accept()
            return True
        return super().event(ev)

    def keyPressEvent(self, ev: QKeyEvent) -> None:
        if ev.key() == Qt.Key.Key_Escape:
            self._cell = None
            self.hide()
            ev.accept()
            return
        super().keyPressEvent(ev)
