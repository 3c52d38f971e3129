"""Ready-made lessons: parameters and, where the lesson needs them, values."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from convt_lab import core

from convt_lab.gui.model.document import Document
from convt_lab.gui.model.fills import arange, ones

__all__ = ["PRESETS", "Preset"]


@dataclass(frozen=True)
class Preset:
    key: str
    params: core.ConvTParams
    fill: str = "arange"  # "arange" or "ones" for both x and w

    def values(self) -> tuple[np.ndarray, np.ndarray]:
        make = ones if self.fill == "ones" else arange
        return make(self.params.input_size), make(self.params.kernel_size)

    def document(self) -> Document:
        """The preset as a one-channel document."""
        x, w = self.values()
        return Document(params=self.params, x=x[None], w=w[None, None])


PRESETS: tuple[Preset, ...] = (
    Preset("lesson", core.ConvTParams((2, 2), 3, 2, 0)),
    Preset("lesson_op1", core.ConvTParams((2, 2), 3, 2, 1, 1)),
    Preset("op_zeros", core.ConvTParams((2, 2), 3, 2, 0, 1)),
    Preset("checkerboard", core.ConvTParams((4, 4), 3, 2, 0), "ones"),
    Preset("even", core.ConvTParams((4, 4), 4, 2, 1), "ones"),
    Preset("dilation", core.ConvTParams((3, 3), 3, 1, 0, 0, 2)),
    Preset("crop", core.ConvTParams((4, 4), 3, 2, 3)),
    Preset("rectangular", core.ConvTParams((3, 4), (2, 3), (2, 1), (0, 1))),
)
