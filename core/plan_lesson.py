"""One layer of a plan as a lesson the app can draw.

A ``ConvTranspose2d`` row is shown as it is.  A ``Conv2d`` row is shown as
the transposed convolution of the same k, s, p and d that maps its output
size back to its input size (op picks the one of the s sizes Conv2d merged,
see :func:`core.roundtrip.preimage`), with the channels swapped.  Real
networks are bigger than one screen: the input is scaled down to the
largest size the app draws (:data:`core.params.LIMITS`, :data:`MAX_OUTPUT`),
channels are cut to :data:`MAX_CHANNELS` with groups that still divide them,
and every change is listed so the screen can say so.
"""

from __future__ import annotations

from dataclasses import dataclass

from .channels import MAX_CHANNELS, ChannelSetup
from .errors import ParamError
from .params import FIELDS, LIMITS, MAX_OUTPUT, AxisSteps, ConvTParams
from .plan import Step

__all__ = ["LessonLayer", "lesson_layer"]


@dataclass(frozen=True)
class LessonLayer:
    """The parameters and channels to show for one plan step.

    Attributes
    ----------
    params : ConvTParams
    setup : ChannelSetup
    from_conv2d : bool
        The row was a Conv2d, shown as its transpose.
    real : dict
        ``name -> (h, w)`` or ``name -> n`` for every value that had to be
        changed to fit the screen: the real value (input_size, kernel_size,
        ..., in_channels, out_channels, groups).
    """

    params: ConvTParams
    setup: ChannelSetup
    from_conv2d: bool
    real: dict


def _fits(steps: AxisSteps) -> bool:
    try:
        steps.check()
    except ParamError:
        return False
    return steps.output <= MAX_OUTPUT and steps.padded <= MAX_OUTPUT


def _axis(n: int, k: int, s: int, p: int, op: int, d: int) -> tuple[int, ...] | None:
    """The largest input ``n' <= n`` (and clamped k, s, p, op, d) that the app draws."""
    values = []
    for name, v in zip(FIELDS[1:], (k, s, p, op, d)):
        low, high = LIMITS[name]
        values.append(min(max(v, low), high))
    k, s, p, op, d = values
    if not (op < s or op < d):
        op = max(s, d) - 1
    for size in range(min(n, LIMITS["input_size"][1]), 0, -1):
        if _fits(AxisSteps(size, k, s, p, op, d)):
            return (size, k, s, p, op, d)
    return None


def _channels(cin: int, cout: int, groups: int) -> tuple[int, int, int]:
    ci, co = min(cin, MAX_CHANNELS), min(cout, MAX_CHANNELS)
    if groups == 1:
        return ci, co, 1
    # Keep the layer grouped (depthwise stays depthwise when it can).
    g = max(v for v in range(1, min(groups, ci, co) + 1) if ci % v == 0 and co % v == 0)
    if groups in (cin, cout) and ci == co:
        g = ci
    return ci, co, g


def lesson_layer(step: Step) -> LessonLayer | None:
    """What the lesson shows for ``step``; None when nothing fits the screen.

    Parameters
    ----------
    step : Step
        A Conv2d or ConvTranspose2d step of :func:`core.plan.plan` with an output.
    """
    layer = step.layer
    if not layer.is_conv or step.output is None:
        return None
    a = layer.args
    k, s, d = layer.pair("kernel_size", 1), layer.pair("stride", 1), layer.pair("dilation", 1)
    groups = a.get("groups", 1)
    if layer.kind == "ConvTranspose2d":
        size = step.input[1:]
        p, op = layer.pair("padding", 0), layer.pair("output_padding", 0)
        cin, cout = a["in_channels"], a["out_channels"]
    else:
        # Conv2d(n) = h; its transpose maps h back to n with op = n − N0.
        size = step.output[1:]
        pad = a.get("padding", 0)
        if pad == "same":
            p = tuple((d[i] * (k[i] - 1)) // 2 for i in (0, 1))
        else:
            p = (0, 0) if pad == "valid" else layer.pair("padding", 0)
        op = tuple(
            step.input[1 + i] - ((size[i] - 1) * s[i] - 2 * p[i] + d[i] * (k[i] - 1) + 1)
            for i in (0, 1)
        )
        cin, cout = a["out_channels"], a["in_channels"]
    axes = [_axis(size[i], k[i], s[i], p[i], op[i], d[i]) for i in (0, 1)]
    if None in axes or any(v < 0 for v in op):
        return None
    shown = dict(zip(FIELDS, zip(*axes)))
    given = dict(zip(FIELDS, (tuple(size), k, s, tuple(p), tuple(op), d)))
    real = {name: given[name] for name in shown if tuple(shown[name]) != tuple(given[name])}
    params = ConvTParams(**shown)
    ci, co, g = _channels(cin, cout, groups)
    for name, old, new in (("in_channels", cin, ci), ("out_channels", cout, co),
                           ("groups", groups, g)):
        if old != new:
            real[name] = old
    setup = ChannelSetup(ci, co, g, bool(a.get("bias", True)))
    return LessonLayer(params, setup, layer.kind == "Conv2d", real)
