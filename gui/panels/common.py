"""Spinners that show the state's numbers, shared by the side panels."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QSpinBox

__all__ = ["show_value"]


def show_value(box: QSpinBox, value: int, low: int | None = None, high: int | None = None) -> None:
    """Show ``value`` (within ``low``..``high`` when given) without emitting a request.

    A spinner is touched only where something differs: setting the same
    value again rewrites its text and repaints it, and a parameter change
    would repaint every spinner of the side panel.
    """
    with QSignalBlocker(box):  # showing the state is not a request
        if low is not None and high is not None and (box.minimum(), box.maximum()) != (low, high):
            box.setRange(low, high)
        # Text typed and not yet committed is replaced too, as a new value would be.
        if box.value() != value or box.cleanText() != box.textFromValue(value):
            box.setValue(value)

