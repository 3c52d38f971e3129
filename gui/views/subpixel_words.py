"""The Sub-pixel view's sentences: the phases' taps, what the shown output makes of them, and why.

Along one axis, output row i belongs to phase ``q = i mod s`` and receives the
taps a with ``a·d − p ≡ q (mod s)``.  With ``g = gcd(d, s)`` the taps reach
only the s/g phases ``≡ −p (mod g)``, and k taps fill ``min(k, s/g)`` of them.
So some phases get no tap when ``k < s`` or ``g > 1``; which of the two is to
blame follows from that count: with ``k ≤ s/g`` the taps land on k different
phases whatever d is (k < s leaves the holes, d changes nothing), otherwise
the shared factor does (more taps would land on the same s/g phases).
Without holes (g = 1, k ≥ s) the counts differ exactly when s does not
divide k.  An output row exists for phase q only when ``q < H_out``, so an
output smaller than s shows only some phases; the sentences claim a
checkerboard, stripes or holes only when the phases shown have them.

The strings keep the tr context ``SubpixelView``.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from convt_lab.core import AxisSteps
from convt_lab.core.roundtrip import axis_overlap, interior
from convt_lab.core.subpixel import Phase

from convt_lab.gui.items.cells import format_value
from convt_lab.gui.lesson_words import sentences

__all__ = ["explain", "shown_phases", "uneven_cause"]

TIMES = "\u00d7"
LISTED = 16  # phases listed by name before "…"


def uneven_cause(k: int, s: int, d: int) -> str | None:
    """Why one axis's s phases get different numbers of taps, or None when they do not.

    ``"short"``: some phases get no tap because k < s (d does not change how
    many); ``"factor"``: gcd(d, s) > 1 leaves phases no tap that k taps would
    otherwise reach; ``"multiple"``: every phase gets a tap, but s does not
    divide k.
    """
    reachable = s // math.gcd(d, s)
    if min(k, reachable) < s:
        return "short" if k <= reachable else "factor"
    return None if k % s == 0 else "multiple"


def shown_phases(phases: list[Phase]) -> list[Phase]:
    """The phases the output holds: those with a row and a column in it (q < size)."""
    return [ph for ph in phases if ph.rows.rows and ph.cols.rows]


def _pair(h: int, w: int) -> str:
    return str(h) if h == w else f"({h}, {w})"


def _name(phase: Phase) -> str:
    return f"({phase.key[0]},{phase.key[1]})"


def _listed(names: list[str]) -> str:
    text = QCoreApplication.translate("SubpixelView", ", ").join(names[:LISTED])
    return text + ("\u2026" if len(names) > LISTED else "")


def _cause_text(steps: AxisSteps) -> str:
    k, s, d = steps.kernel, steps.stride, steps.dilation
    cause = uneven_cause(k, s, d)
    if cause == "short":
        return QCoreApplication.translate(
            "SubpixelView", "k = {k} is less than s = {s} (fewer taps than phases)"
        ).format(k=k, s=s)
    if cause == "factor":
        return QCoreApplication.translate(
            "SubpixelView", "d = {d} and s = {s} share the factor {g}"
        ).format(d=d, s=s, g=math.gcd(d, s))
    return QCoreApplication.translate(
        "SubpixelView", "k = {k} is not a multiple of s = {s}").format(k=k, s=s)


def _unevenness(params, shown: list[Phase]) -> dict[str, str]:
    """What the shown phases' uneven counts look like (``look``) and why, axis by axis (``why``).

    An axis counts when the phases it shows get different tap counts; uneven
    in both axes is the checkerboard, in one, stripes across the other, and a
    shown phase with no tap is a hole.
    """
    uneven = []  # (axis: 0 height, 1 width, its steps)
    for axis, steps in enumerate(params.axes):
        counts = {len((ph.rows, ph.cols)[axis].taps) for ph in shown}
        if len(counts) > 1:
            uneven.append((axis, steps))
    if any(ph.tap_count == 0 for ph in shown):
        look = QCoreApplication.translate("SubpixelView", "holes: some phases get no tap at all")
    elif len(uneven) == 2:
        look = QCoreApplication.translate("SubpixelView", "the checkerboard")
    elif uneven[0][0] == 1:
        look = QCoreApplication.translate(
            "SubpixelView", "vertical stripes, since only the columns' phases differ")
    else:
        look = QCoreApplication.translate(
            "SubpixelView", "horizontal stripes, since only the rows' phases differ")
    whys = [_cause_text(steps) for _, steps in uneven]
    if len(whys) == 2 and whys[0] == whys[1]:
        why = whys[0]
    elif len(whys) == 2:
        why = QCoreApplication.translate(
            "SubpixelView", "in height {h}, and in width {w}").format(h=whys[0], w=whys[1])
    elif uneven[0][0] == 1:
        why = QCoreApplication.translate("SubpixelView", "in width {w}").format(w=whys[0])
    else:
        why = QCoreApplication.translate("SubpixelView", "in height {h}").format(h=whys[0])
    return {"look": look, "why": why}


def _one_phase(params, count: int) -> str:
    """Stride 1 on both axes: one phase, which gets every tap."""
    if count == 1:
        if all(len(interior(steps)) for steps in params.axes):
            return QCoreApplication.translate(
                "SubpixelView",
                "With stride 1 there is one phase: every output cell away from the edges uses "
                "the kernel's only tap, so the overlap is even and there is no checkerboard from "
                "it. Raise the stride to see the output split into phases.")
        return QCoreApplication.translate(
            "SubpixelView",
            "With stride 1 there is one phase, so the stride makes no checkerboard. Padding "
            "crops every place the kernel's only tap lands, so no output cell gets it. Raise "
            "the stride to see the output split into phases.")
    if all(len(interior(steps)) for steps in params.axes):
        return QCoreApplication.translate(
            "SubpixelView",
            "With stride 1 there is one phase: every output cell away from the edges "
            "uses all {n} taps, so the overlap is even and there is no checkerboard from "
            "it. Raise the stride to see the output split into phases."
        ).format(n=count)
    rows, cols = (axis_overlap(steps) for steps in params.axes)
    low, high = int(rows.min() * cols.min()), int(rows.max() * cols.max())
    if _too_short(params):
        why = QCoreApplication.translate(
            "SubpixelView", "This input is too short for any output cell to meet all {n} taps:"
        ).format(n=count)
    else:
        why = QCoreApplication.translate(
            "SubpixelView", "Padding crops away every output cell that meets all {n} taps:"
        ).format(n=count)
    if low == high:
        got = QCoreApplication.translate(
            "SubpixelView", "each cell here gets {n} of them (the Overlap tab counts them).").format(n=low)
    else:
        got = QCoreApplication.translate(
            "SubpixelView", "the cells here get {low} to {high} of them (the Overlap tab counts "
                            "them).").format(low=low, high=high)
    return sentences(
        QCoreApplication.translate(
            "SubpixelView", "With stride 1 there is one phase, so the stride makes no checkerboard."),
        QCoreApplication.translate("SubpixelView", "{why} {got}").format(why=why, got=got),
        QCoreApplication.translate(
            "SubpixelView", "Raise the stride to see the output split into phases."))


def _too_short(params) -> bool:
    """Whether on some axis no cell of the uncropped result meets the whole kernel: d(k−1) > (H−1)s."""
    return any(s.dilation * (s.kernel - 1) > (s.size - 1) * s.stride for s in params.axes)


def _shows(params, shown: list[Phase]) -> bool:
    """Whether the output holds a cell, on an axis whose phases differ, that meets the whole kernel.

    Only there does a cell get its phase's full count; elsewhere the input's
    ends (or the padding's crop) leave taps out, and the phases' pattern does
    not show.
    """
    for axis, steps in enumerate(params.axes):
        counts = {len((ph.rows, ph.cols)[axis].taps) for ph in shown}
        if len(counts) > 1 and len(interior(steps)):
            return True
    return False


def _hidden_pattern(phases: list[Phase], shown: list[Phase], size: str) -> str:
    """The phases differ, but the ones this small output holds all get the same taps."""
    counts = [ph.tap_count for ph in phases]
    n = shown[0].tap_count
    values = {"low": min(counts), "high": max(counts), "size": size}
    if len(shown) == 1 and n:
        return QCoreApplication.translate(
            "SubpixelView",
            "The phases get {low} to {high} taps, but this {size} output is too small to hold "
            "every phase: it holds only phase {q}, so it shows no checkerboard, stripes or holes."
        ).format(q=_name(shown[0]), **values)
    if len(shown) == 1:
        return QCoreApplication.translate(
            "SubpixelView",
            "The phases get {low} to {high} taps, but this {size} output is too small to hold "
            "every phase: it holds only phase {q}, which gets no tap, so nothing from x "
            "reaches it."
        ).format(q=_name(shown[0]), **values)
    listed = _listed([_name(ph) for ph in shown])
    if n:
        return QCoreApplication.translate(
            "SubpixelView",
            "The phases get {low} to {high} taps, but this {size} output is too small to hold "
            "every phase: the ones it holds, {listed}, all get the same number of taps ({n}), so "
            "it shows no checkerboard, stripes or holes."
        ).format(listed=listed, n=n, **values)
    return QCoreApplication.translate(
        "SubpixelView",
        "The phases get {low} to {high} taps, but this {size} output is too small to hold "
        "every phase: the ones it holds, {listed}, get no tap, so nothing from x reaches it."
    ).format(listed=listed, **values)


def _even(phases: list[Phase], params, weight) -> str:
    (sh, sw), (kh, kw) = params.stride, params.kernel_size
    n = phases[0].tap_count
    sums = QCoreApplication.translate("SubpixelView", ", ").join(
        format_value(float(ph.sub_kernel(weight).sum())) for ph in phases[:LISTED])
    if n == 1:
        text = QCoreApplication.translate(
            "SubpixelView",
            "Even: every phase has 1 tap (k = {k} is a multiple of s = {s}). That evens the "
            "counts, not the weights: learned sub-kernels can still differ (their sums here: "
            "{sums}) and bring the checkerboard back.")
    else:
        text = QCoreApplication.translate(
            "SubpixelView",
            "Even: every phase has {n} taps (k = {k} is a multiple of s = {s}). That evens "
            "the counts, not the weights: learned sub-kernels can still differ (their sums "
            "here: {sums}) and bring the checkerboard back.")
    return text.format(n=n, k=_pair(kh, kw), s=_pair(sh, sw), sums=sums)


def _cropped_blocks(params) -> str:
    """The blocks are s_h × s_w; an output size that is not a multiple crops the last ones."""
    (oh, ow), (sh, sw) = params.output_size, params.stride
    rows, cols = oh % sh != 0, ow % sw != 0
    if rows and cols:
        return QCoreApplication.translate(
            "SubpixelView",
            "Neither the output's height {h} nor its width {w} is a multiple of the stride, so "
            "the last row and the last column of blocks are cropped.").format(h=oh, w=ow)
    if rows:
        return QCoreApplication.translate(
            "SubpixelView",
            "The output's height {h} is not a multiple of {s}, so the last row of blocks is "
            "cropped.").format(h=oh, s=sh)
    if cols:
        return QCoreApplication.translate(
            "SubpixelView",
            "The output's width {w} is not a multiple of {s}, so the last column of blocks is "
            "cropped.").format(w=ow, s=sw)
    return ""


def _same_layer(params, phases: list[Phase]) -> str:
    sh, sw = params.stride
    empty = sum(1 for ph in phases if ph.tap_count == 0)
    if empty:  # a phase without a tap has no sub-kernel: its channel is all zeros
        channels = QCoreApplication.translate(
            "SubpixelView", "{n} channels, one per phase ({z} of them all zeros: their phases "
                            "get no tap)").format(n=len(phases), z=empty)
    else:
        channels = QCoreApplication.translate(
            "SubpixelView", "{n} channels (one per sub-kernel)").format(n=len(phases))
    if sh == sw:
        text = QCoreApplication.translate(
            "SubpixelView",
            "The same layer: a stride-1 convolution of x to {channels}, then PixelShuffle({s}), "
            "which interleaves them into the output."
        ).format(channels=channels, s=sh)
    else:
        text = QCoreApplication.translate(
            "SubpixelView",
            "The same layer: a stride-1 convolution of x to {channels}, then interleaving them "
            "into the output in {sh}\u00d7{sw} blocks."
        ).format(channels=channels, sh=sh, sw=sw)
    return sentences(text, _cropped_blocks(params))


def explain(params, phases: list[Phase], weight) -> str:
    """The sentences under the view, from the phases' taps, the output size and the weights."""
    (sh, sw), (oh, ow) = params.stride, params.output_size
    counts = [ph.tap_count for ph in phases]
    if len(phases) == 1:
        return _one_phase(params, counts[0])
    listed = _listed([f"{_name(ph)} {ph.tap_count}" for ph in phases])
    lines = [QCoreApplication.translate(
        "SubpixelView",
        "The output splits into {n} = {sh}\u00b7{sw} phases (rows i \u2261 q mod s); each "
        "is an ordinary stride-1 convolution of x with its own sub-kernel, the taps a with "
        "a\u00b7d \u2261 q + p (mod s). Taps per phase: {listed}."
    ).format(n=len(phases), sh=sh, sw=sw, listed=listed)]
    shown = shown_phases(phases)
    shown_counts = {ph.tap_count for ph in shown}
    if len(set(counts)) == 1:
        lines.append(_even(phases, params, weight))
    elif len(shown_counts) > 1 and _shows(params, shown):
        lines.append(QCoreApplication.translate(
            "SubpixelView",
            "Uneven: the phases get {low} to {high} taps, so even a constant input makes "
            "some phases stronger than others \u2014 {look}, because {why}."
        ).format(low=min(counts), high=max(counts), **_unevenness(params, shown)))
    elif len(shown_counts) > 1:
        if _too_short(params):
            text = QCoreApplication.translate(
                "SubpixelView",
                "Uneven: the phases get {low} to {high} taps, which makes {look} wherever the "
                "whole kernel meets the input, because {why}. This input is too short: no output "
                "cell lies where the whole kernel meets the input, so the pattern does not show "
                "here (the Overlap tab counts each cell's taps).")
        else:
            text = QCoreApplication.translate(
                "SubpixelView",
                "Uneven: the phases get {low} to {high} taps, which makes {look} wherever the "
                "whole kernel meets the input, because {why}. Padding crops away every output cell "
                "where the whole kernel meets the input, so the pattern does not show here (the "
                "Overlap tab counts each cell's taps).")
        lines.append(text.format(low=min(counts), high=max(counts), **_unevenness(params, shown)))
    else:
        lines.append(_hidden_pattern(phases, shown, f"{oh}{TIMES}{ow}"))
    lines.append(_same_layer(params, phases))
    lines.append(QCoreApplication.translate(
        "SubpixelView",
        "Remedy: resize, then convolve \u2014 Upsample(scale_factor={s}, mode='nearest') "
        "and a stride-1 Conv2d give every output cell the same taps."
    ).format(s=_pair(sh, sw)))
    if 0 in shown_counts and len(shown_counts) > 1:
        lines.append(QCoreApplication.translate(
            "SubpixelView",
            "Phases with no tap get nothing from x: no kernel tap lands on their cells."))
    return "\n".join(lines)
