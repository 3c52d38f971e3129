"""Cell colours per role, from the Okabe-Ito colour-blind-safe palette.

Light tints fill the cells so that black numbers stay readable on a
projector; the full-strength colours draw the highlights.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtGui import QColor

from core import Role

__all__ = ["Theme", "LIGHT"]

# Okabe & Ito (2008), "Color Universal Design".
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"


@dataclass(frozen=True)
class Theme:
    """Colours of one look of the app."""

    roles: dict[int, str] = field(
        default_factory=lambda: {
            Role.INPUT: "#a9dbf7",  # sky blue tint
            Role.INSERTED: "#e4e4e4",
            Role.PADDING: "#fbf6e2",
            Role.OUTPUT_PADDING: "#f6cf86",  # orange tint
            Role.CROPPED: "#f3b99a",  # vermillion tint
        }
    )
    output: str = "#a8e0c9"  # bluish green tint
    output_band: str = "#f6cf86"
    kernel: str = "#ebc3da"  # reddish purple tint
    text: str = "#111111"
    grid_line: str = "#555555"
    background: str = "#ffffff"
    caption: str = "#222222"
    window: str = VERMILLION
    source: str = BLUE
    selected: str = "#000000"
    footprint: str = BLUISH_GREEN

    def rgb(self, colour: str) -> tuple[int, int, int]:
        c = QColor(colour)
        return (c.red(), c.green(), c.blue())

    def role_image(self, roles: np.ndarray) -> np.ndarray:
        """An (H, W, 3) uint8 image of the role colours."""
        lut = np.zeros((max(Role) + 1, 3), np.uint8)
        for role, colour in self.roles.items():
            lut[int(role)] = self.rgb(colour)
        return lut[roles]

    def flat_image(self, shape: tuple[int, int], colour: str) -> np.ndarray:
        return np.broadcast_to(np.array(self.rgb(colour), np.uint8), (*shape, 3))


LIGHT = Theme()
