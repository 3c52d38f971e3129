"""Ready-made lessons: parameters and, where the lesson needs them, values."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from convt_lab import core

from convt_lab.gui.model.document import Document
from convt_lab.gui.model.fills import arange, ones

__all__ = ["LAYER_PRESETS", "PRESETS", "Preset"]


@dataclass(frozen=True)
class Preset:
    key: str
    params: core.ConvTParams
    fill: str = "arange"  # "arange" or "ones" for both x and w
    #: A target size as in ``forward(x, output_size=...)``; None: not set.
    output_size: tuple[int, int] | None = None

    def values(self) -> tuple[np.ndarray, np.ndarray]:
        make = ones if self.fill == "ones" else arange
        return make(self.params.input_size), make(self.params.kernel_size)

    def document(self) -> Document:
        """The preset as a one-channel document."""
        x, w = self.values()
        return Document(params=self.params, x=x[None], w=w[None, None], output_size=self.output_size)


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

#: Layers people use, named by what they do (the Lesson menu's second group).
#: Each has a one-line reason in :func:`convt_lab.gui.preset_notes.preset_notes`.
LAYER_PRESETS: tuple[Preset, ...] = (
    # Double the size: (H - 1)s - 2p + d(k - 1) + op + 1 = 2H needs k - 2p + op = 2 with s = 2.
    Preset("double_k3s2p1op1", core.ConvTParams((4, 4), 3, 2, 1, 1)),
    Preset("double_k4s2p1", core.ConvTParams((4, 4), 4, 2, 1)),
    Preset("double_k2s2p0", core.ConvTParams((4, 4), 2, 2, 0)),
    Preset("no_double_k3s2p1", core.ConvTParams((4, 4), 3, 2, 1)),
    # DCGAN's generator (Radford, Metz & Chintala 2016; the PyTorch DCGAN tutorial):
    # a 1x1 latent vector to 4x4 with k4 s1 p0, then k4 s2 p1 doubling 4->8->16->32->64.
    Preset("dcgan_first", core.ConvTParams((1, 1), 4, 1, 0), "ones"),
    Preset("dcgan_up", core.ConvTParams((8, 8), 4, 2, 1), "ones"),
    # U-Net: an encoder Conv2d k3 s2 p1 took 7x7 (and 8x8) to 4x4; the up-step must give
    # back the skip connection's 7x7, which forward(x, output_size=[7, 7]) picks (op = 0).
    Preset("unet_match", core.ConvTParams((4, 4), 3, 2, 1), output_size=(7, 7)),
)
