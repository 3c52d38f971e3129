"""Every theme's colours are told apart at a glance, and its check boxes are visible.

Colour differences are CIE 1976 ΔE*ab (CIELAB, D65 white, sRGB primaries),
and text and box contrast the WCAG 2 luminance ratio, both written out here
from their definitions.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton, QWidget

from convt_lab.core import Role
from convt_lab.gui.theme import LIGHT, THEMES, apply_palette

#: ΔE*ab of at least 20 reads as "another colour" at a glance on a projector
#: (about 9 just-noticeable differences of 2.3).
MIN_DELTA_E = 20.0
#: WCAG 2: 4.5:1 for text, 3:1 for the parts of a control (a check box's box).
MIN_TEXT_CONTRAST = 4.5
MIN_CONTROL_CONTRAST = 3.0


def _linear(colour: str) -> np.ndarray:
    c = np.array([int(colour.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4)]) / 255.0
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def lab(colour: str) -> np.ndarray:
    """sRGB -> XYZ (D65) -> CIELAB."""
    m = np.array([[0.4124564, 0.3575761, 0.1804375],
                  [0.2126729, 0.7151522, 0.0721750],
                  [0.0193339, 0.1191920, 0.9503041]])
    xyz = m @ _linear(colour) / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > (6 / 29) ** 3, np.cbrt(xyz), xyz / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def delta_e(a: str, b: str) -> float:
    return float(np.linalg.norm(lab(a) - lab(b)))


def luminance(colour: str) -> float:
    return float(_linear(colour) @ np.array([0.2126, 0.7152, 0.0722]))


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)))
    return (lb + 0.05) / (la + 0.05)


def fills(theme) -> dict[str, str]:
    """Every colour a cell can be filled with, by meaning."""
    named = {Role(role).name.lower(): colour for role, colour in theme.roles.items()}
    return {**named, "output": theme.output, "kernel": theme.kernel}


def test_the_definitions_match_known_values() -> None:
    assert np.allclose(lab("#ffffff"), [100, 0, 0], atol=0.01)
    assert np.allclose(lab("#ff0000"), [53.24, 80.09, 67.20], atol=0.05)
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("name", THEMES)
def test_every_pair_of_fills_is_clearly_distinct(name) -> None:
    theme = THEMES[name]
    close = [
        (a, b, round(delta_e(ca, cb), 1))
        for (a, ca), (b, cb) in itertools.combinations(fills(theme).items(), 2)
        if delta_e(ca, cb) < MIN_DELTA_E
    ]
    assert not close, close
    # The output_padding band of the output means the same as the strip: one colour.
    assert theme.output_band == theme.roles[Role.OUTPUT_PADDING]


@pytest.mark.parametrize("name", THEMES)
def test_numbers_are_readable_on_every_fill(name) -> None:
    theme = THEMES[name]
    low = {k: round(contrast(theme.text, c), 2) for k, c in fills(theme).items()
           if contrast(theme.text, c) < MIN_TEXT_CONTRAST}
    assert not low, low


def _box_contrast(qtbot, checked: bool) -> float:
    """The strongest contrast between a painted check box's box and the window around it."""
    holder = QWidget()
    qtbot.addWidget(holder)
    box = QCheckBox("Bias", holder)
    box.setChecked(checked)
    holder.resize(200, 60)
    box.move(20, 20)
    holder.show()
    qtbot.waitExposed(holder)
    image = holder.grab().toImage()
    option = QStyleOptionButton()
    option.initFrom(box)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    indicator.translate(box.pos())
    background = image.pixelColor(5, 5).name()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(indicator.left(), indicator.right() + 1)
        for y in range(indicator.top(), indicator.bottom() + 1)
    }
    return max(contrast(background, c) for c in colours)


@pytest.mark.parametrize("name", [n for n in THEMES if n != "light"])
@pytest.mark.parametrize("checked", [False, True])
def test_check_boxes_are_visible_in_the_dark_and_contrast_themes(qtbot, name, checked) -> None:
    # The light theme keeps the platform's own check box (about 1.7:1 in Fusion).
    apply_palette(THEMES[name])
    try:
        assert _box_contrast(qtbot, checked) >= MIN_CONTROL_CONTRAST
    finally:
        apply_palette(LIGHT)
