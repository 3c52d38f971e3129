"""Choosing output_padding from a target size, as ``ConvTranspose2d.forward(x, output_size=...)``.

A stride s > 1 maps several input sizes of the forward Conv2d onto one size
here, so a transposed convolution cannot know which one to give back; the
``output_size`` argument of PyTorch's ``ConvTranspose{1,2,3}d.forward`` names
it.  PyTorch's ``_ConvTransposeNd._output_padding`` computes, per axis,

    min_size = (H - 1)s - 2p + d(k - 1) + 1        the size with op = 0
    max_size = min_size + s - 1

refuses a target outside ``[min_size, max_size]`` and uses
``op = target - min_size``.  Note that ``max_size`` depends on the stride only:
``forward(output_size=...)`` never picks an op that only the dilation allows
(s = 1, d = 2 admits op = 1 as a layer argument, but no target reaches it).
The sizes accepted here are exactly those PyTorch accepts, checked against
fixtures made by real PyTorch (``tests/fixtures/make_output_size_fixtures.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from .errors import ParamError
from .params import AxisSteps, ConvTParams, _axis_ok, as_pair

__all__ = ["OutputSizeError", "drawable_sizes", "output_padding_for", "reachable_sizes",
           "with_output_size"]

Pair = tuple[int, int]


class OutputSizeError(ParamError):
    """A target output size that no output_padding reaches.

    ``axis`` is the axis at fault; ``values`` holds ``value`` (the target),
    ``low`` and ``high`` (the reachable sizes on that axis).
    """

    def __init__(self, axis: int, value: int, low: int, high: int):
        super().__init__("output_size", "limit", axis, low=low, high=high, value=value)


class _Axis(NamedTuple):
    size: int
    kernel: int
    stride: int
    padding: int
    dilation: int

    @property
    def low(self) -> int:
        return (self.size - 1) * self.stride - 2 * self.padding + self.dilation * (self.kernel - 1) + 1


def _axes(params: ConvTParams) -> tuple[_Axis, _Axis]:
    return tuple(  # type: ignore[return-value]
        _Axis(params.input_size[a], params.kernel_size[a], params.stride[a], params.padding[a],
              params.dilation[a])
        for a in (0, 1)
    )


def reachable_sizes(params: ConvTParams) -> tuple[Pair, Pair]:
    """The sizes ``forward(output_size=...)`` accepts, per axis: ``((low_h, high_h), (low_w, high_w))``.

    ``low`` is the size with op = 0, ``high = low + s - 1``; ``params.output_padding``
    plays no part.  Sizes below 1 are left out (a layer needs an output), so
    ``low`` is at least 1.
    """
    out = []
    for ax in _axes(params):
        out.append((max(ax.low, 1), ax.low + ax.stride - 1))
    return tuple(out)  # type: ignore[return-value]


def drawable_sizes(params: ConvTParams) -> tuple[Pair, Pair]:
    """:func:`reachable_sizes` cut to the targets whose layer the app draws (``check_limits``).

    Per axis ``(low, high)``; ``low > high`` when no reachable size can be
    drawn.  A larger op only lengthens the padded grid and the output, so
    the sizes that can be drawn are one run from ``low``.
    """
    out = []
    for ax, (low, high) in zip(_axes(params), reachable_sizes(params)):
        fits = [t for t in range(low, high + 1) if _axis_ok(
            AxisSteps(ax.size, ax.kernel, ax.stride, ax.padding, t - ax.low, ax.dilation))]
        out.append((fits[0], fits[-1]) if fits else (low, low - 1))
    return tuple(out)  # type: ignore[return-value]


def _spatial(output_size: Sequence[int] | int) -> Pair:
    """The last two entries of ``output_size``, as PyTorch reads a length-2 or length-4 size."""
    if isinstance(output_size, (list, tuple)) and len(output_size) in (3, 4):
        # (C, H, W) for an unbatched input or (N, C, H, W): the spatial part is at the end.
        output_size = list(output_size[-2:])
    return as_pair(output_size, "output_size")


def output_padding_for(params: ConvTParams, output_size: Sequence[int] | int) -> Pair:
    """The output_padding ``forward(x, output_size=...)`` uses, per axis.

    Parameters
    ----------
    params : ConvTParams
        Input size, kernel, stride, padding and dilation; its own
        output_padding is ignored, as PyTorch ignores the layer's.
    output_size : int or sequence of int
        ``[H, W]``, or ``[N, C, H, W]`` / ``[C, H, W]`` as PyTorch also accepts.

    Returns
    -------
    (op_h, op_w)

    Raises
    ------
    OutputSizeError
        If a target lies outside :func:`reachable_sizes` on an axis; the
        error carries that axis and its range.
    ParamError
        If ``output_size`` is not two whole numbers.
    """
    target = _spatial(output_size)
    ops = []
    for axis, (ax, (low, high), size) in enumerate(zip(_axes(params), reachable_sizes(params), target)):
        if not low <= size <= high:
            raise OutputSizeError(axis, size, low, high)
        ops.append(size - ax.low)
    return (ops[0], ops[1])


def with_output_size(params: ConvTParams, output_size: Sequence[int] | int,
                     drawn: bool = False) -> ConvTParams:
    """``params`` with the output_padding that gives ``output_size``.

    Raises :class:`OutputSizeError` as :func:`output_padding_for` does; with
    ``drawn``, a target outside :func:`drawable_sizes` is refused with that
    range (where some size on the axis can be drawn).
    """
    if drawn:
        for axis, ((low, high), size) in enumerate(zip(drawable_sizes(params), _spatial(output_size))):
            if low <= high and not low <= size <= high:
                raise OutputSizeError(axis, size, low, high)
    op = output_padding_for(params, output_size)
    return ConvTParams(params.input_size, params.kernel_size, params.stride, params.padding, op,
                       params.dilation)
