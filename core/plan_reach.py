"""The padding or output_padding that gives one layer of a plan a wanted size.

Per axis, ``ConvTranspose2d`` makes ``(n − 1)s − 2p + d(k − 1) + op + 1`` with
op < s or op < d: every size up to the one with p = 0 and the largest op is
reached when s or d is at least 2 (op fills the gaps padding's steps of 2
leave); with s = d = 1 only every other size is.  ``Conv2d`` makes
``⌊(n + 2p − d(k − 1) − 1)/s⌋ + 1``; inverting the floor gives an interval of
paddings (:func:`core.roundtrip.preimage` inverts it for n instead).  A
whole-number padding is the same on both sides; ``padding='same'`` (stride 1)
pads d(k − 1) in all, ``d(k − 1) // 2`` before and the rest after (ATen's
``_convolution_same``), so with an odd d(k − 1) it keeps a size no whole
padding gives.
"""

from __future__ import annotations

from dataclasses import dataclass

from .plan import Note, Step

__all__ = ["Reach", "reach"]


@dataclass(frozen=True)
class Reach:
    """How one axis of a conv layer reaches a wanted size.

    ``padding`` and ``output_padding`` are the values to use (None when no
    value does; ``padding`` is ``"same"`` when a ``'same'`` layer already
    gives the wanted size); ``reason`` says why nothing does.
    """

    target: int
    padding: int | str | None
    output_padding: int | None
    reason: Note | None = None

    @property
    def ok(self) -> bool:
        return self.padding is not None


def _nearest(low: int, high: int, p: int) -> int:
    """The value of [low, high] closest to p."""
    return min(max(p, low), high)


def _reach_axis(kind: str, n: int, k: int, s: int, p: int, op: int, d: int, t: int,
                now: int | None = None, same: bool = False) -> Reach:
    """One axis of :func:`reach`; ``p`` is the padding to stay close to.

    ``now`` is the layer's output size on this axis, None when the layer
    breaks a rule; ``same`` says its padding is ``'same'`` (then ``now`` is n).
    """
    # Closed forms, constant time: the sizes, strides and wanted sizes may be huge.
    if kind == "ConvTranspose2d":
        limit = max(s, d)  # op < s or op < d
        base = (n - 1) * s + d * (k - 1) + 1  # the size with p = 0, op = 0
        if t > base + limit - 1:
            return Reach(t, None, None, Note("too_large", t=t, largest=base + limit - 1,
                                             op=limit - 1))
        # size = base − 2p + op = t with 0 ≤ op < limit
        #     ⇔ base − t ≤ 2p ≤ base − t + limit − 1;
        # of those paddings (at most (base + limit) // 2) the one closest to the current
        # one, the smaller when two are as close (its op is smaller).
        p_low = max(0, -((t - base) // 2))
        p_high = min((base + limit) // 2, (base - t + limit - 1) // 2)
        if p_low > p_high:
            return Reach(t, None, None, Note("parity_t", base=base, t=t))
        p2 = _nearest(p_low, p_high, p)
        return Reach(t, p2, t - (base - 2 * p2))
    # Conv2d: ⌊(n + 2p − d(k−1) − 1)/s⌋ + 1 = t
    #     ⇔ (t−1)s ≤ n + 2p − d(k−1) − 1 ≤ (t−1)s + s − 1.
    low = (t - 1) * s - n + d * (k - 1) + 1
    high = low + s - 1
    p_low, p_high = max(0, -(-low // 2)), high // 2
    if high < 0:
        largest = (n - d * (k - 1) - 1) // s + 1
        return Reach(t, None, None, Note("too_small", t=t, smallest=largest))
    if p_low > p_high:
        # Only with s = 1: the sizes n − d(k − 1) + 2p, from the smallest padding
        # that leaves at least one cell (n + 2p ≥ d(k − 1) + 1).
        p0 = max(0, -(-(d * (k - 1) + 1 - n) // 2))
        first = n + 2 * p0 - d * (k - 1)
        if now is None:
            return Reach(t, None, None, Note("parity_steps", t=t, base=first, p=p0))
        if same and d * (k - 1) % 2:  # 'same' pads unevenly: now is not one of those sizes
            if t == now:
                return Reach(t, None, None, Note("same_only", t=t, base=first, p=p0))
            return Reach(t, None, None, Note("parity_same", t=t, now=now, base=first, p=p0))
        return Reach(t, None, None, Note("parity", t=t, now=now, base=first, p=p0))
    return Reach(t, _nearest(p_low, p_high, p), 0)


def reach(step: Step, target: tuple[int, int]) -> tuple[Reach, Reach] | Note:
    """The padding (and output_padding) that give ``step``'s layer the size ``target``.

    Parameters
    ----------
    step : Step
        A Conv2d or ConvTranspose2d step with a known input size.
    target : (int, int)
        The wanted height and width.

    Returns
    -------
    (Reach, Reach) or Note
        One :class:`Reach` per axis, or the reason the layer can't be tuned.
    """
    layer = step.layer
    if not layer.is_conv or layer.problem:
        return Note("not_conv")
    if step.problem is not None and step.problem.rule == "after":
        return Note("unknown_input", line=step.problem.values["line"])
    if any(v < 1 for v in target):
        return Note("target")
    k, s, d = layer.pair("kernel_size", 1), layer.pair("stride", 1), layer.pair("dilation", 1)
    pad = layer.args.get("padding", 0)
    same = pad == "same"
    if same and step.output is not None and tuple(target) == step.output[1:]:
        return (Reach(target[0], "same", 0), Reach(target[1], "same", 0))  # as it is
    if same:  # the padding to stay close to: PyTorch's d(k − 1) // 2 before
        p = tuple(d[a] * (k[a] - 1) // 2 for a in (0, 1))
    else:
        p = (0, 0) if pad == "valid" else layer.pair("padding", 0)
    op = layer.pair("output_padding", 0)
    _, h, w = step.input
    now = step.output[1:] if step.output is not None else (None, None)
    return tuple(  # type: ignore[return-value]
        _reach_axis(layer.kind, n, k[a], s[a], p[a], op[a], d[a], target[a], now[a], same)
        for a, n in enumerate((h, w))
    )
