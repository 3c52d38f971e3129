"""Ready-made lessons: parameters and, where the lesson needs them, values."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QCoreApplication

import core

from .fills import arange, ones

__all__ = ["PRESETS", "Preset", "preset_names"]


@dataclass(frozen=True)
class Preset:
    key: str
    params: core.ConvTParams
    fill: str = "arange"  # "arange" or "ones" for both x and w

    def values(self) -> tuple[np.ndarray, np.ndarray]:
        make = ones if self.fill == "ones" else arange
        return make(self.params.input_size), make(self.params.kernel_size)


PRESETS: tuple[Preset, ...] = (
    Preset("lesson", core.ConvTParams((2, 2), 3, 2, 0)),
    Preset("lesson_op1", core.ConvTParams((2, 2), 3, 2, 0, 1)),
    Preset("checkerboard", core.ConvTParams((4, 4), 3, 2, 0), "ones"),
    Preset("even", core.ConvTParams((4, 4), 4, 2, 1), "ones"),
    Preset("dilation", core.ConvTParams((3, 3), 3, 1, 0, 0, 2)),
    Preset("crop", core.ConvTParams((4, 4), 3, 2, 3)),
    Preset("rectangular", core.ConvTParams((3, 4), (2, 3), (2, 1), (0, 1))),
)


def preset_names() -> dict[str, str]:
    """Translated menu names of the presets."""
    return {
        "lesson": QCoreApplication.translate("presets", "Lesson: 2\u00d72, k=3, s=2, p=0"),
        "lesson_op1": QCoreApplication.translate("presets", "Lesson with output_padding=1"),
        "checkerboard": QCoreApplication.translate("presets", "k=3, s=2: uneven overlap (checkerboard)"),
        "even": QCoreApplication.translate("presets", "k=4, s=2, p=1: even overlap"),
        "dilation": QCoreApplication.translate("presets", "Dilation 2"),
        "crop": QCoreApplication.translate("presets", "Padding > k\u22121: crop (P < 0)"),
        "rectangular": QCoreApplication.translate("presets", "Rectangular input and kernel"),
    }
