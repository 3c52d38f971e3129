"""Pure helpers of the Matrix Cᵀ view: the band of rows drawn and the heat colours."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor

from convt_lab.gui.theme import REDDISH_PURPLE, Theme

__all__ = ["band", "heat_colours"]


def _mix(a: str, b: str, t: float) -> np.ndarray:
    ca, cb = QColor(a), QColor(b)
    va = np.array([ca.red(), ca.green(), ca.blue()], float)
    vb = np.array([cb.red(), cb.green(), cb.blue()], float)
    return va + (vb - va) * t


def heat_colours(values: np.ndarray, theme: Theme) -> np.ndarray:
    """Zero in the background colour; others in the kernel's tint, stronger with ``|value|``."""
    strong = _mix(theme.kernel, REDDISH_PURPLE, 0.5)
    weak = _mix(theme.background, theme.kernel, 0.45)
    mag = np.abs(values)
    top = mag.max() if mag.size else 0.0
    t = (mag / top)[..., None] if top > 0 else np.zeros((*values.shape, 1))
    rgb = weak + (strong - weak) * t
    rgb[values == 0] = _mix(theme.background, theme.background, 0.0)
    return np.clip(np.rint(rgb), 0, 255).astype(np.uint8)


def band(rows: int, size: int, focus: int | None, start: int = 0) -> tuple[int, int]:
    """The rows ``[r0, r1)`` of a band of ``size`` rows out of ``rows``.

    The band is centred on ``focus`` when given, else it keeps ``start``;
    it never runs past either end.
    """
    size = max(1, min(size, rows))
    r0 = start if focus is None else focus - size // 2
    r0 = min(max(r0, 0), rows - size)
    return r0, r0 + size
