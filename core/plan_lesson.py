"""One layer of a plan as a lesson the app can draw.

A ``ConvTranspose2d`` row is shown as it is.  A ``Conv2d`` row is shown as
the transposed convolution of the same k, s, p and d that maps its output
size back to its input size (op picks the one of the s sizes Conv2d merged,
see :func:`core.roundtrip.preimage`), with the channels swapped.  Real
networks are bigger than one screen: the input is scaled down to the
largest size the app draws (:data:`core.params.LIMITS`, :data:`MAX_OUTPUT`),
channels are cut to :data:`MAX_CHANNELS` with groups that still divide them,
and every change is listed so the screen can say so.  A ``Conv2d`` with
``padding='same'`` and an odd d(k − 1) pads one more after than before
(ATen's ``_convolution_same``); a ConvTranspose2d pads both sides alike, so
that row is not shown, and the note says why.
"""

from __future__ import annotations

from dataclasses import dataclass

from .channels import MAX_CHANNELS, ChannelSetup
from .errors import ParamError
from .params import FIELDS, LIMITS, MAX_OUTPUT, AxisSteps, ConvTParams
from .plan import Note, Step

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


def _uneven_same(k: tuple[int, int], d: tuple[int, int]) -> Note | None:
    """Why padding='same' can't be shown: its padding d(k − 1) is odd on an axis."""
    odd = [a for a in (0, 1) if d[a] * (k[a] - 1) % 2]
    if not odd:
        return None
    a = odd[0]
    both = len(odd) == 2 and (k[0], d[0]) == (k[1], d[1])
    total = d[a] * (k[a] - 1)
    return Note("same_uneven", axis="both" if both else ("height", "width")[a], k=k[a], d=d[a],
                total=total, before=total // 2, after=total - total // 2)


def lesson_layer(step: Step) -> LessonLayer | Note:
    """What the lesson shows for ``step``, or why it can't be shown.

    Parameters
    ----------
    step : Step
        A Conv2d or ConvTranspose2d step of :func:`core.plan.plan` with an output.

    Returns
    -------
    LessonLayer or Note
        The layer to show; else the row's own problem (no output), a note
        ``same_uneven`` (padding='same' pads one side more) or ``too_big``
        (nothing fits in what the lesson draws, even scaled down).
    """
    layer = step.layer
    if not layer.is_conv or step.output is None:
        return step.problem if step.problem is not None else Note("not_conv")
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
            uneven = _uneven_same(k, d)
            if uneven is not None:
                return uneven
            p = tuple((d[i] * (k[i] - 1)) // 2 for i in (0, 1))
        else:
            p = (0, 0) if pad == "valid" else layer.pair("padding", 0)
        op = tuple(
            step.input[1 + i] - ((size[i] - 1) * s[i] - 2 * p[i] + d[i] * (k[i] - 1) + 1)
            for i in (0, 1)
        )
        cin, cout = a["out_channels"], a["in_channels"]
    axes = [_axis(size[i], k[i], s[i], p[i], op[i], d[i]) for i in (0, 1)]
    if None in axes:
        return Note("too_big", most=MAX_OUTPUT)
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
