"""A spinner that says why it refuses what was typed, at the field.

Qt's ``QSpinBox`` drops a keystroke that would make its text invalid ("129"
where 128 is the most, a decimal point, a minus sign where nothing is
negative), and on Enter it puts the old value back over a number it cannot
take ("0" where 1 is the least).  Nothing says why: a student who types 1.5
sees 15 applied.  :class:`SayingSpinBox` shows a tooltip under the field that
names the problem and the values the field takes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QToolTip

__all__ = ["SayingSpinBox", "refusal_text", "valid_now"]

SHOWN = 24  # characters of a refused text quoted in the tooltip (a paste can be long)


def _quoted(typed: str) -> str:
    return typed if len(typed) <= SHOWN else typed[:SHOWN - 1] + "\u2026"


def refusal_text(typed: str, low: int, high: int, least: str = "") -> str:
    """Why ``typed`` is refused by a field that takes whole numbers ``low`` to ``high``.

    ``least`` is the word the field shows for ``low`` ("none"), if any.
    """
    bare = typed.strip()
    digits = bare.lstrip("+-")
    if bare.startswith("-") and low >= 0 and (not digits or digits.isdecimal()):
        reason = QCoreApplication.translate("SayingSpinBox", "No negative values here.")
    elif digits and not (digits.isdecimal() and digits.isascii()):
        reason = QCoreApplication.translate(
            "SayingSpinBox", "{typed}: whole numbers only.").format(typed=_quoted(bare))
    else:
        reason = QCoreApplication.translate(
            "SayingSpinBox", "{typed} is not allowed here.").format(typed=_quoted(bare))
    return f"{reason} {valid_now(least or low, high)}"


def valid_now(low: int | str, high: int) -> str:
    """"Valid now: 1 to 6": the values a field may take."""
    return QCoreApplication.translate("SayingSpinBox", "Valid now: {low} to {high}").format(
        low=low, high=high)


class SayingSpinBox(QSpinBox):
    """A ``QSpinBox`` that tells, in a tooltip at the field, why it refused what was typed.

    Parameters
    ----------
    valid : callable, optional
        Returns the values the field may take *now* as ``(low, high)``, or
        None; without it (or when it returns None) the field's own range is
        named.  A parameter's range depends on the others.

    Signals
    -------
    refused(str)
        The text refused, before the tooltip is shown.
    """

    refused = Signal(str)

    def __init__(self, parent=None, valid: Callable[[], tuple[int, int] | None] | None = None):
        super().__init__(parent)
        self._valid = valid

    def validate(self, text: str, pos: int):  # noqa: D102 - Qt override
        result = super().validate(text, pos)
        # Only what the user types (with the focus here): setValue validates too.
        if result[0] == QValidator.State.Invalid and self.hasFocus():
            self._refuse(text)
        return result

    def fixup(self, text: str):  # noqa: D102 - Qt override
        # Called when Enter (or leaving the field) finds text Qt cannot take as a
        # value, such as 0 where 1 is the least: Qt then puts the old value back.
        if text.strip(" +-"):
            self._refuse(text)
        return super().fixup(text)

    def reason(self, typed: str) -> str:
        """The tooltip for ``typed``: what is wrong with it, and the values allowed."""
        valid = self._valid() if self._valid is not None else None
        low, high = valid if valid else (self.minimum(), self.maximum())
        least = self.specialValueText() if low == self.minimum() else ""
        return refusal_text(typed, low, high, least)

    def _refuse(self, typed: str) -> None:
        self.refused.emit(typed.strip())
        QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), self.reason(typed), self)
