"""Cell colours per role, from the Okabe-Ito colour-blind-safe palette.

Light tints fill the cells so that black numbers stay readable on a
projector; the full-strength colours draw the highlights.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from convt_lab.core import Role
from convt_lab.gui.model.document import THEMES as THEME_NAMES

__all__ = ["DARK", "LIGHT", "THEMES", "Theme", "apply_palette", "check_box_style"]

# Okabe & Ito (2008), "Color Universal Design".
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"


#: The light theme's fills per cell role.
LIGHT_ROLES = {
    Role.INPUT: "#a9dbf7",  # sky blue tint
    Role.INSERTED: "#c8c8c8",
    Role.PADDING: "#fbf3c8",
    Role.OUTPUT_PADDING: "#f6cf86",  # orange tint
    Role.CROPPED: "#f3b99a",  # vermillion tint
}


class Theme(NamedTuple):
    """Colours of one look of the app (immutable; ``roles`` is read, never changed).

    A named tuple rather than a frozen dataclass: it is made at start-up,
    where making a frozen dataclass's methods costs most of a millisecond.
    """

    roles: dict[int, str] = LIGHT_ROLES
    output: str = "#a8e0c9"  # bluish green tint
    output_band: str = "#f6cf86"
    kernel: str = "#efb4d5"  # reddish purple tint
    text: str = "#111111"
    grid_line: str = "#555555"
    background: str = "#ffffff"
    caption: str = "#222222"
    window: str = VERMILLION
    source: str = BLUE
    selected: str = "#000000"
    footprint: str = BLUISH_GREEN
    dark: bool = False
    #: Check boxes get an explicit outline (:func:`check_box_style`); the light
    #: theme keeps the platform's look, which also keeps start-up lean.
    outlined_controls: bool = False

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

DARK = Theme(
    roles={
        Role.INPUT: "#1d5a82",
        Role.INSERTED: "#646464",
        Role.PADDING: "#4a3f18",
        Role.OUTPUT_PADDING: "#8a5a00",
        Role.CROPPED: "#7a3412",
    },
    output="#0f5e47",
    output_band="#8a5a00",
    kernel="#6b3557",
    text="#f2f2f2",
    grid_line="#8c8c8c",
    background="#1b1b1b",
    caption="#eeeeee",
    window=ORANGE,
    source=SKY_BLUE,
    selected="#ffffff",
    footprint="#35d0a0",
    dark=True,
    outlined_controls=True,
)

# High contrast for projectors: saturated Okabe-Ito fills, black text and lines.
CONTRAST = Theme(
    roles={
        Role.INPUT: SKY_BLUE,
        Role.INSERTED: "#a8a8a8",
        Role.PADDING: "#ffffff",
        Role.OUTPUT_PADDING: ORANGE,
        Role.CROPPED: "#f08a5d",
    },
    output="#3cc29a",
    output_band=ORANGE,
    kernel="#e7a6cb",
    text="#000000",
    grid_line="#000000",
    background="#ffffff",
    caption="#000000",
    window=VERMILLION,
    source=BLUE,
    selected="#000000",
    footprint="#006b4e",
    outlined_controls=True,
)

CONTRAST_DARK = Theme(
    roles={
        Role.INPUT: "#0072B2",
        Role.INSERTED: "#4a4a4a",
        Role.PADDING: "#000000",
        Role.OUTPUT_PADDING: "#8f5e00",
        Role.CROPPED: "#a33f00",
    },
    output="#007a59",
    output_band="#8f5e00",
    kernel="#8f3d6e",
    text="#ffffff",
    grid_line="#ffffff",
    background="#000000",
    caption="#ffffff",
    window=YELLOW,
    source=SKY_BLUE,
    selected="#ffffff",
    footprint="#4dffc3",
    dark=True,
    outlined_controls=True,
)

#: The document's theme names (one list, in the model) to their colours.
THEMES = dict(zip(THEME_NAMES, (LIGHT, DARK, CONTRAST, CONTRAST_DARK), strict=True))


def check_box_style(theme: Theme) -> str:
    """A style sheet that outlines check boxes in the theme's text colour.

    Qt's Fusion style draws a check box's frame from the window colour made
    darker, which vanishes on a black or near-black window and is faint on
    a projector in any theme (about 1.7:1 against the window); an explicit
    border in the text colour keeps the box visible, and a ticked box is
    filled with sky blue under a black tick.
    """
    from convt_lab.gui.io.desktop import resource_path

    tick = resource_path("icons", "check.svg").as_posix()
    return (
        "QCheckBox::indicator, QGroupBox::indicator {"
        f" width: 0.9em; height: 0.9em; border: 2px solid {theme.text};"
        " border-radius: 2px; background: transparent; }"
        " QCheckBox::indicator:checked, QGroupBox::indicator:checked {"
        f" background: {SKY_BLUE}; image: url({tick}); }}"
        " QCheckBox::indicator:disabled { border-color: #777777; }"
    )


def apply_palette(theme: Theme) -> None:
    """Give the widgets a dark palette for dark themes, the standard one otherwise."""
    app = QGuiApplication.instance()
    if app is None:
        return
    if hasattr(app, "setStyleSheet"):  # a QApplication, not a bare QGuiApplication
        wanted = check_box_style(theme) if theme.outlined_controls else ""
        if app.styleSheet() != wanted:
            app.setStyleSheet(wanted)
    if not theme.dark:
        app.setPalette(QPalette())
        return
    p = QPalette()
    base, text = QColor(theme.background), QColor(theme.text)
    if theme.background == "#000000":
        base = QColor("#161616")  # edit fields stand out from the black window
    window = QColor("#2a2a2a") if theme.background != "#000000" else QColor("#101010")
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, window),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.ToolTipBase, window),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.Highlight, QColor(SKY_BLUE)),
        (QPalette.ColorRole.HighlightedText, QColor("#000000")),
        (QPalette.ColorRole.PlaceholderText, QColor("#9a9a9a")),  # hints in empty fields
    ):
        p.setColor(role, colour)
    # Frames and check boxes are drawn from these: keep them visible on black.
    for role, colour in (
        (QPalette.ColorRole.Light, "#9a9a9a"),
        (QPalette.ColorRole.Midlight, "#7a7a7a"),
        (QPalette.ColorRole.Mid, "#8a8a8a"),
        (QPalette.ColorRole.Dark, "#b0b0b0"),
        (QPalette.ColorRole.Shadow, "#000000"),
    ):
        p.setColor(role, QColor(colour))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#777777"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#777777"))
    app.setPalette(p)
