"""The frozen parameter object and the valid range of every parameter.

All sizes follow PyTorch's ``ConvTranspose2d`` documentation and Dumoulin &
Visin, "A guide to convolution arithmetic for deep learning" (2016), section 4:
per axis, with input size H, kernel k, stride s, padding p, output padding op
and dilation d,

    H_new = H + (s - 1)(H - 1)           zero insertion
    P     = d(k - 1) - p                 padding on each side (crop when < 0)
    H_pad = H_new + 2P + op              op extra rows at the bottom only
    H_out = H_pad - d(k - 1)             a stride-1 "valid" slide
          = (H - 1)s - 2p + d(k - 1) + op + 1

PyTorch also demands op < s or op < d on each axis: otherwise op would only
add cells that no stride or dilation offset of the forward Conv2d can reach.
"""

from __future__ import annotations

import dataclasses
import functools
import numbers
from dataclasses import dataclass
from typing import Any

from .errors import ParamError

__all__ = [
    "FIELDS",
    "LIMITS",
    "GRID_SIDES",
    "MAX_OUTPUT",
    "MAX_SIDE",
    "AxisSteps",
    "ConvTParams",
    "as_pair",
    "check_limits",
    "valid_range",
]

Pair = tuple[int, int]

#: The parameters, in the order the lesson introduces them.
FIELDS: tuple[str, ...] = (
    "input_size",
    "kernel_size",
    "stride",
    "padding",
    "output_padding",
    "dilation",
)

#: The largest side of any grid the window draws: the input, the
#: zero-inserted grid, the padded grid and the output.  This is the real
#: limit; a parameter is only bounded through the grids it makes.
MAX_OUTPUT = 128
MAX_SIDE = MAX_OUTPUT

#: The outer bounds a spinner offers for each parameter, per axis.  Any grid
#: side stays within :data:`MAX_SIDE` only if every parameter does too, except
#: where a parameter changes nothing (a stride on a one-cell axis, a dilation
#: of a one-tap kernel), so these bounds never refuse a drawable lesson; the
#: grid sides in :func:`check_limits` are what limits the values in practice.
LIMITS: dict[str, Pair] = {
    "input_size": (1, MAX_SIDE),
    "kernel_size": (1, MAX_SIDE),
    "stride": (1, MAX_SIDE),
    "padding": (0, MAX_SIDE),
    "output_padding": (0, MAX_SIDE),
    "dilation": (1, MAX_SIDE),
}

#: The grids whose sides are bounded, with the AxisSteps property giving each.
GRID_SIDES: tuple[tuple[str, str], ...] = (
    ("input_size", "size"),
    ("inserted_size", "inserted"),
    ("padded_size", "padded"),
    ("output_size", "output"),
)


#: No parameter may exceed this magnitude; far larger ones only overflow later.
MAX_MAGNITUDE = 2**31 - 1


def _as_int(value: Any, param: str) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise ParamError(param, "integer", value=value)
    if abs(int(value)) > MAX_MAGNITUDE:
        raise ParamError(param, "limit", low=-MAX_MAGNITUDE, high=MAX_MAGNITUDE, value=int(value))
    return int(value)


def as_pair(value: Any, param: str) -> Pair:
    """Return ``value`` as an ``(h, w)`` pair of ints.

    Raises
    ------
    ParamError
        If ``value`` is neither an int nor a sequence of two ints.
    """
    if isinstance(value, (tuple, list)):
        if len(value) != 2:
            raise ParamError(param, "pair", value=value)
        return (_as_int(value[0], param), _as_int(value[1], param))
    if hasattr(value, "shape") and hasattr(value, "tolist"):  # NumPy arrays and scalars
        items = value.tolist()
        if isinstance(items, list):
            if len(items) != 2:
                raise ParamError(param, "pair", value=value)
            return (_as_int(items[0], param), _as_int(items[1], param))
        value = items
    v = _as_int(value, param)
    return (v, v)


@dataclass(frozen=True)
class AxisSteps:
    """The numbers of each step of the lesson along one axis."""

    size: int
    kernel: int
    stride: int = 1
    padding: int = 0
    output_padding: int = 0
    dilation: int = 1

    @property
    def inserted(self) -> int:
        """H_new = H + (s - 1)(H - 1), the size after zero insertion."""
        return self.size + (self.stride - 1) * (self.size - 1)

    @property
    def span(self) -> int:
        """d(k - 1) + 1, the extent of the dilated kernel."""
        return self.dilation * (self.kernel - 1) + 1

    @property
    def pad(self) -> int:
        """P = d(k - 1) - p, added on both sides; negative means crop."""
        return self.dilation * (self.kernel - 1) - self.padding

    @property
    def padded(self) -> int:
        """H_new + 2P + op."""
        return self.inserted + 2 * self.pad + self.output_padding

    @property
    def output(self) -> int:
        """H_out = (H - 1)s - 2p + d(k - 1) + op + 1."""
        return (
            (self.size - 1) * self.stride
            - 2 * self.padding
            + self.dilation * (self.kernel - 1)
            + self.output_padding
            + 1
        )

    def check(self, axis: int | None = None) -> None:
        """Raise :class:`ParamError` for the first rule this axis breaks."""
        for name, value in (
            ("input_size", self.size),
            ("kernel_size", self.kernel),
            ("stride", self.stride),
            ("dilation", self.dilation),
        ):
            if value < 1:
                raise ParamError(name, "positive", axis, value=value)
        for name, value in (("padding", self.padding), ("output_padding", self.output_padding)):
            if value < 0:
                raise ParamError(name, "non_negative", axis, value=value)
        if not (self.output_padding < self.stride or self.output_padding < self.dilation):
            raise ParamError(
                "output_padding",
                "output_padding",
                axis,
                value=self.output_padding,
                stride=self.stride,
                dilation=self.dilation,
            )
        if self.output < 1:
            raise ParamError(
                "output_size",
                "output_size",
                axis,
                size=self.size,
                stride=self.stride,
                padding=self.padding,
                dilation=self.dilation,
                kernel=self.kernel,
                output_padding=self.output_padding,
                result=self.output,
            )


@dataclass(frozen=True)
class ConvTParams:
    """Validated, immutable parameters of one 2-D transposed convolution.

    Every field accepts an int or an ``(h, w)`` pair and is stored as a pair.
    Construction raises :class:`ParamError` when a rule is broken, so an
    instance always describes a computable convolution.  Edit with
    :meth:`with_value` or :func:`dataclasses.replace`.
    """

    input_size: Pair = (2, 2)
    kernel_size: Pair = (3, 3)
    stride: Pair = (2, 2)
    padding: Pair = (0, 0)
    output_padding: Pair = (0, 0)
    dilation: Pair = (1, 1)

    def __post_init__(self) -> None:
        for name in FIELDS:
            object.__setattr__(self, name, as_pair(getattr(self, name), name))
        for axis, steps in enumerate(self.axes):
            steps.check(axis)

    # Worked out once per instance (it never changes): a click asks for the
    # output size several times.
    @functools.cached_property
    def axes(self) -> tuple[AxisSteps, AxisSteps]:
        """The lesson's numbers for the height and the width axis."""
        return tuple(  # type: ignore[return-value]
            AxisSteps(*(getattr(self, name)[axis] for name in FIELDS)) for axis in (0, 1)
        )

    @functools.cached_property
    def output_size(self) -> Pair:
        h, w = self.axes
        return (h.output, w.output)

    def with_value(self, field: str, value: int, axis: int | None = None) -> ConvTParams:
        """Return a copy with ``field`` set on one axis, or on both if ``axis`` is None."""
        if field not in FIELDS:
            raise ParamError("field", "pair", value=field)
        if isinstance(axis, bool) or axis not in (None, 0, 1):
            raise ParamError("axis", "limit", low=0, high=1, value=axis)
        if axis is None:
            pair: Any = (value, value)
        else:
            old = list(getattr(self, field))
            old[axis] = value
            pair = tuple(old)
        return dataclasses.replace(self, **{field: pair})

    def as_dict(self) -> dict[str, list[int]]:
        """The parameters as plain lists, for JSON."""
        return {name: list(getattr(self, name)) for name in FIELDS}


def _limit_error(steps: AxisSteps, axis: int | None, max_side: int) -> ParamError | None:
    """The first grid side above ``max_side``, else the first parameter out of LIMITS."""
    for name, prop in GRID_SIDES:
        value = getattr(steps, prop)
        if value > max_side:
            return ParamError(name, "limit", axis, low=1, high=max_side, value=value)
    values = (steps.size, steps.kernel, steps.stride, steps.padding, steps.output_padding,
              steps.dilation)
    for name, value in zip(FIELDS, values):
        low, high = LIMITS[name]
        high = max(high, max_side)  # a larger drawing limit widens every bound with it
        if not low <= value <= high:
            return ParamError(name, "limit", axis, low=low, high=high, value=value)
    return None


def check_limits(params: ConvTParams, max_side: int = MAX_SIDE) -> None:
    """Raise :class:`ParamError` if ``params`` make a grid larger than can be drawn.

    Every grid of the lesson (input, zero-inserted, padded, output) must have
    sides of at most ``max_side`` cells; the error names the first grid
    that does not, with its size.  Parameters that change no grid are held
    to :data:`LIMITS` (widened to ``max_side``).
    """
    for axis, steps in enumerate(params.axes):
        err = _limit_error(steps, axis, max_side)
        if err is not None:
            raise err


def _axis_ok(steps: AxisSteps) -> bool:
    """Whether one axis is valid and within what the app draws (check_limits, per axis)."""
    try:
        steps.check()
    except ParamError:
        return False
    return _limit_error(steps, None, MAX_SIDE) is None


def valid_range(params: ConvTParams, field: str, axis: int) -> Pair | None:
    """The lowest and highest value ``field`` may take on ``axis``.

    The other parameters stay as they are.  A value is valid when the result
    is a valid :class:`ConvTParams` within :func:`check_limits`.  Each rule
    is monotonic in every single parameter, so the valid values form one
    interval (as ezyang's convolution visualizer derives its slider limits
    from its validity predicate rather than from a second copy of the
    formula).  When the current value is valid the interval's ends are found
    by bisection from it, else by trying every candidate in :data:`LIMITS`.

    Returns
    -------
    (low, high) or None
        ``None`` if no value is valid while the others stay fixed.
    """
    if field not in LIMITS:
        raise ParamError("field", "pair", value=field)
    if isinstance(axis, bool) or axis not in (0, 1):
        raise ParamError("axis", "limit", low=0, high=1, value=axis)
    low, high = LIMITS[field]
    # Every rule is per axis: the other axis must already pass, and then only
    # this axis needs checking for each candidate.
    if not _axis_ok(params.axes[1 - axis]):
        return None
    values = {name: getattr(params, name)[axis] for name in FIELDS}

    def ok(value: int) -> bool:
        values[field] = value
        return _axis_ok(AxisSteps(*(values[name] for name in FIELDS)))

    start = values[field]
    if not (low <= start <= high and ok(start)):
        good = [v for v in range(low, high + 1) if ok(v)]
        return (good[0], good[-1]) if good else None
    # Bisection: ``inside`` is valid, ``outside`` is not (or past the bounds).
    ends = []
    for inside, outside in ((start, low - 1), (start, high + 1)):
        while abs(outside - inside) > 1:
            middle = (inside + outside) // 2
            if ok(middle):
                inside = middle
            else:
                outside = middle
        ends.append(inside)
    return (ends[0], ends[1])
