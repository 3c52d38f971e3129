"""Channels and groups: which input channels and kernel slices feed an output channel.

PyTorch's ``ConvTranspose2d(C_in, C_out, groups=g)`` holds its weight as
``(C_in, C_out/g, kH, kW)`` (Conv2d's is ``(C_out, C_in/g, kH, kW)``: the
transpose swaps the first two axes).  Group ``n`` joins input channels
``n*C_in/g .. (n+1)*C_in/g - 1`` to output channels ``n*C_out/g .. (n+1)*C_out/g - 1``;
output channel ``o`` is the sum over its group's input channels ``c`` of the
single-channel transposed convolution of ``x[c]`` with ``weight[c, o mod C_out/g]``,
plus ``bias[o]``.  Every channel pair shares one geometry, so the lesson's
tables for one pair serve them all.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .engine import as_values, conv_transpose2d
from .errors import ParamError
from .params import ConvTParams

__all__ = ["MAX_CHANNELS", "ChannelSetup", "channel_output", "channel_terms"]

#: The most channels the app offers on either side.
MAX_CHANNELS = 8


@dataclass(frozen=True)
class ChannelSetup:
    """Validated channel counts, groups and bias of a ConvTranspose2d."""

    in_channels: int = 1
    out_channels: int = 1
    groups: int = 1
    bias: bool = False

    def __post_init__(self) -> None:
        for name in ("in_channels", "out_channels", "groups"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
                raise ParamError(name, "integer", value=value)
            if not 1 <= value <= MAX_CHANNELS:
                raise ParamError(name, "limit", low=1, high=MAX_CHANNELS, value=value)
        for what, value in (("in_channels", self.in_channels), ("out_channels", self.out_channels)):
            if value % self.groups:
                raise ParamError("groups", "groups", groups=self.groups, what=what, value=value)
        if not isinstance(self.bias, (bool, np.bool_)):
            raise ParamError("bias", "boolean", value=self.bias)

    @property
    def single(self) -> bool:
        """One channel in, one out, no bias: the plain 2-D lesson."""
        return self.in_channels == self.out_channels == 1 and not self.bias

    @property
    def in_per_group(self) -> int:
        return self.in_channels // self.groups

    @property
    def out_per_group(self) -> int:
        return self.out_channels // self.groups

    def weight_shape(self, kernel: tuple[int, int]) -> tuple[int, int, int, int]:
        """PyTorch's ConvTranspose2d weight shape ``(C_in, C_out/g, kH, kW)``."""
        return (self.in_channels, self.out_per_group, *kernel)

    def conv2d_weight_shape(self, kernel: tuple[int, int]) -> tuple[int, int, int, int]:
        """The forward Conv2d's weight shape ``(C_out, C_in/g, kH, kW)``, for comparison."""
        return (self.out_channels, self.in_per_group, *kernel)

    def group_of(self, out_channel: int) -> int:
        if isinstance(out_channel, bool) or not 0 <= out_channel < self.out_channels:
            raise ParamError(
                "out_channel", "limit", low=0, high=self.out_channels - 1, value=out_channel
            )
        return out_channel // self.out_per_group

    def inputs_of(self, out_channel: int) -> range:
        """The input channels that feed ``out_channel``."""
        g = self.group_of(out_channel)
        return range(g * self.in_per_group, (g + 1) * self.in_per_group)

    def weight_index(self, in_channel: int, out_channel: int) -> tuple[int, int]:
        """The first two weight indices of the slice joining the two channels."""
        group = self.inputs_of(out_channel)
        if in_channel not in group:
            raise ParamError("in_channel", "limit", low=group[0], high=group[-1], value=in_channel)
        return (in_channel, out_channel % self.out_per_group)


def channel_output(
    params: ConvTParams, setup: ChannelSetup, x: np.ndarray, w: np.ndarray, b: np.ndarray | None
) -> np.ndarray:
    """``(C_out, H_out, W_out)``: the whole layer, as ``torch.nn.functional.conv_transpose2d``."""
    x = as_values(x, "x")
    w = as_values(w, "weight")
    if x.shape != (setup.in_channels, *params.input_size):
        raise ParamError("x", "shape", value=x.shape,
                         expected=f"({setup.in_channels}, {params.input_size[0]}, {params.input_size[1]})")
    if w.shape != setup.weight_shape(params.kernel_size):
        raise ParamError("weight", "shape", value=w.shape,
                         expected=str(setup.weight_shape(params.kernel_size)))
    if setup.bias and b is None:
        raise ParamError("bias", "shape", value=None, expected=f"({setup.out_channels},)")
    return conv_transpose2d(
        x, w, b if setup.bias else None, params.stride, params.padding, params.output_padding,
        setup.groups, params.dilation,
    )


def channel_terms(setup: ChannelSetup, sources: np.ndarray, out_channel: int) -> np.ndarray:
    """Rows (c, r, col, a, b): ``x[c, r, col] * weight[c, o', a, b]`` lands on the cell.

    ``sources`` are one channel pair's rows (r, col, a, b) for an output cell
    (``Walkthrough.sources``); they hold for every input channel of the group.
    """
    channels = np.array(list(setup.inputs_of(out_channel)), dtype=np.intp)
    n = len(sources)
    rows = np.empty((len(channels) * n, 5), np.intp)
    rows[:, 0] = np.repeat(channels, n)
    rows[:, 1:] = np.tile(sources, (len(channels), 1))
    return rows
