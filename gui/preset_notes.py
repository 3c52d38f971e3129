"""One line per layer preset: why it doubles the size, or when it does not.

Each line is the shape formula H_out = (H − 1)s − 2p + d(k − 1) + op + 1 with
the preset's numbers, said in words, so the menu teaches the rule while it
offers the layer.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

__all__ = ["preset_notes"]


def preset_notes() -> dict[str, str]:
    """Translated one-line reasons, by preset key (see ``LAYER_PRESETS``)."""
    return {
        "double_k3s2p1op1": QCoreApplication.translate("presets", "(H\u22121)\u00b72 \u2212 2 + 2 + 1 + 1 = 2H: op = 1 adds the row "
                               "k3 s2 p1 alone is short of."),
        "double_k4s2p1": QCoreApplication.translate("presets", "(H\u22121)\u00b72 \u2212 2 + 3 + 1 = 2H: k = 4 covers the stride twice, "
                            "so every output cell away from the edges gets two taps per axis."),
        "double_k2s2p0": QCoreApplication.translate("presets", "(H\u22121)\u00b72 + 1 + 1 = 2H: k = s = 2, each input stamps its own "
                            "2\u00d72 block, with no overlap."),
        "no_double_k3s2p1": QCoreApplication.translate("presets", "(H\u22121)\u00b72 \u2212 2 + 2 + 1 = 2H \u2212 1: without op, "
                               "k3 s2 p1 gives one less than double."),
        "dcgan_first": QCoreApplication.translate("presets", "DCGAN's first layer: k4 s1 p0 turns the 1\u00d71 noise vector into "
                          "4\u00d74 (0 + 3 + 1 = 4)."),
        "dcgan_up": QCoreApplication.translate("presets", "DCGAN's next layers: k4 s2 p1 doubles each time, "
                       "4\u00d74 \u2192 8\u00d78 \u2192 16\u00d716 \u2192 32\u00d732 \u2192 "
                       "64\u00d764; this one takes 8\u00d78 to 16\u00d716."),
        "unet_match": QCoreApplication.translate("presets", "U-Net: the encoder's k3 s2 p1 took 7 and 8 both to 4; "
                         "forward(x, output_size=[7, 7]) picks op = 0 to match the skip."),
    }
