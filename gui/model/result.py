"""One result per document: everything a view may show, computed once.

:func:`compute` turns a :class:`~convt_lab.gui.model.document.Document` into a
frozen :class:`Result`: the whole layer's output (every output channel, the
bias included), the lesson's walkthrough of the picked channel pair, and the
output channel every view shows.  ``Result.output`` is that channel, so no
view has to know that the picked pair alone is only part of the sum.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from convt_lab import core
from convt_lab.gui.model.document import Document

__all__ = ["Result", "compute"]


def _readonly(a: np.ndarray) -> np.ndarray:
    a.setflags(write=False)
    return a


@dataclass(frozen=True, eq=False)
class Result:
    """Everything a view may show for one document.

    Attributes
    ----------
    document : Document
    walkthrough : core.Walkthrough
        Every grid of the lesson for the picked pair ``x[c]``, ``w[c, o']``.
    layer : ndarray
        ``(C_out, H_out, W_out)``: the whole layer, as PyTorch computes it.
    output : ndarray
        ``layer[o]``, the output channel shown: the sum over the input
        channels of its group, plus its bias.
    """

    document: Document
    walkthrough: core.Walkthrough
    layer: np.ndarray
    output: np.ndarray

    # -- the document's parts ----------------------------------------------------
    @property
    def params(self) -> core.ConvTParams:
        return self.document.params

    @property
    def setup(self) -> core.ChannelSetup:
        return self.document.setup

    @property
    def pick(self) -> tuple[int, int]:
        return self.document.pick

    @property
    def steps(self) -> tuple[core.AxisSteps, core.AxisSteps]:
        return self.document.params.axes

    # -- the lesson's grids (the picked pair) ------------------------------------
    @property
    def x(self) -> np.ndarray:
        """The picked input channel ``x[c]``."""
        return self.walkthrough.x

    @property
    def weight(self) -> np.ndarray:
        """The picked kernel slice ``w[c, o']``."""
        return self.walkthrough.weight

    @property
    def zero_inserted(self) -> np.ndarray:
        return self.walkthrough.zero_inserted

    @property
    def zero_inserted_roles(self) -> np.ndarray:
        return self.walkthrough.zero_inserted_roles

    @property
    def padded(self) -> np.ndarray:
        return self.walkthrough.padded

    @property
    def roles(self) -> np.ndarray:
        return self.walkthrough.roles

    @property
    def flipped_kernel(self) -> np.ndarray:
        return self.walkthrough.flipped_kernel

    @property
    def output_band(self) -> np.ndarray:
        return self.walkthrough.output_band

    @property
    def overlap(self) -> np.ndarray:
        return self.walkthrough.overlap

    @property
    def pair_output(self) -> np.ndarray:
        """The picked pair's own part of the output, ``x[c] ⋆ w[c, o']`` without bias."""
        return self.walkthrough.output

    def window(self, i: int, j: int) -> np.ndarray:
        return self.walkthrough.window(i, j)

    def sources(self, i: int, j: int) -> np.ndarray:
        return self.walkthrough.sources(i, j)

    def footprint(self, r: int, c: int) -> np.ndarray:
        return self.walkthrough.footprint(r, c)

    # -- the whole output channel ------------------------------------------------
    @property
    def single(self) -> bool:
        """One channel in, one out, no bias: the output is the pair's own."""
        return self.document.setup.single

    @property
    def group_inputs(self) -> range:
        """The input channels that feed the output channel shown."""
        return self.setup.inputs_of(self.pick[1])

    @property
    def bias(self) -> float:
        """The bias added to the output channel shown (0 without bias)."""
        return float(self.document.b[self.pick[1]]) if self.setup.bias else 0.0

    def kernel_of(self, in_channel: int) -> np.ndarray:
        """The kernel slice joining ``in_channel`` to the output channel shown."""
        return self.document.w[self.setup.weight_index(in_channel, self.pick[1])]

    def input_of(self, in_channel: int) -> np.ndarray:
        return self.document.x[in_channel]

    def matrix(self) -> np.ndarray:
        """The output channel's linear map: ``[C_c0ᵀ | C_c1ᵀ | …]``.

        ``matrix() @ stacked_x() + bias == output.ravel()``, one block of
        columns per input channel of the group; with one channel this is the
        transposed-convolution matrix Cᵀ of the lesson.
        """
        # One contribution table serves every channel pair: only the kernel differs.
        return np.hstack([self.walkthrough.matrix(self.kernel_of(c)) for c in self.group_inputs])

    def stacked_x(self) -> np.ndarray:
        """The group's input channels, flattened and stacked in channel order."""
        return np.concatenate([self.input_of(c).ravel() for c in self.group_inputs])


def compute(document: Document) -> Result:
    """The result of ``document``.

    Raises
    ------
    core.ParamError
        When the values overflow (finite inputs whose products are not).
    """
    p, setup = document.params, document.setup
    wt = core.walkthrough(
        document.pair_x, document.pair_w, p.stride, p.padding, p.output_padding, p.dilation
    )
    layer = core.channel_output(p, setup, document.x, document.w, document.b)
    layer = _readonly(np.array(layer, np.float64))
    return Result(document=document, walkthrough=wt, layer=layer, output=layer[document.pick[1]])
