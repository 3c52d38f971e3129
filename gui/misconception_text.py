"""Sentences, with live numbers, that answer the usual misreadings of ConvTranspose2d.

Each function returns one translated sentence for the current parameters;
the step panel, the Round trip view and the Misconceptions card show them.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication

from convt_lab.core import ChannelSetup, ParamError
from convt_lab.core.conv2d import conv2d

from convt_lab.gui.items.cells import format_value

__all__ = ["not_inverse_text", "weight_layout_text"]


def weight_layout_text(setup: ChannelSetup, kernel: tuple[int, int]) -> str:
    """The weight's shape, and why it is that of the Conv2d(C_out → C_in) it transposes."""
    shape = setup.weight_shape(kernel)
    groups = f", groups={setup.groups}" if setup.groups > 1 else ""
    return QCoreApplication.translate(
        "misconceptions",
        "The weight's layout (C_in, C_out/groups, kH, kW) = ({shape}) is that of "
        "Conv2d(in_channels={co}, out_channels={ci}{groups}), the layer this one transposes, "
        "so the two can share one weight, as an encoder's Conv2d and a decoder's "
        "ConvTranspose2d may."
    ).format(shape=", ".join(map(str, shape)), co=setup.out_channels, ci=setup.in_channels,
             groups=groups)


def _matrix(a: np.ndarray) -> str:
    return "[" + "; ".join(" ".join(format_value(v) for v in row) for row in a) + "]"


def not_inverse_text(x: np.ndarray, w: np.ndarray, y: np.ndarray, stride, padding, dilation) -> str:
    """Conv2d(ConvTranspose2d(x)) with the same kernel, compared with x, with the numbers.

    ``y`` is the transposed convolution of ``x`` with ``w`` (one channel,
    no bias).  The forward Conv2d with the same kernel, stride, padding and
    dilation brings the size back when output_padding chose well, but not
    the values: the layer is the transpose of Conv2d's matrix, not its
    inverse.
    """
    try:
        back = conv2d(y, w, stride, padding, dilation)
    except ParamError:
        return QCoreApplication.translate(
            "misconceptions", "Conv2d with the same kernel has no output for a {h}\u00d7{w} input."
        ).format(h=y.shape[0], w=y.shape[1])
    if back.shape != x.shape:
        return QCoreApplication.translate(
            "misconceptions",
            "Transposed is not inverse: Conv2d(ConvTranspose2d(x)) with the same kernel is "
            "{bh}\u00d7{bw}, not even the size of x ({h}\u00d7{w})."
        ).format(bh=back.shape[0], bw=back.shape[1], h=x.shape[0], w=x.shape[1])
    if np.array_equal(back, x):
        return QCoreApplication.translate(
            "misconceptions",
            "Conv2d(ConvTranspose2d(x)) with the same kernel = {back} = x here, only because of "
            "these particular values: transposed is not inverse in general."
        ).format(back=_matrix(back))
    return QCoreApplication.translate(
        "misconceptions",
        "Transposed is not inverse: Conv2d(ConvTranspose2d(x)) with the same kernel = {back}, "
        "but x = {x}. The size comes back, the values do not."
    ).format(back=_matrix(back), x=_matrix(x))
