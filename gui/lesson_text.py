"""The lesson's five steps as text with live numbers, for the window and ``explain``.

Each title gives the size of the grid its step produces (step 4: the output
its slide makes).  Axes with equal
numbers are told once; otherwise the height and the width each get a line.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from convt_lab.core import AxisSteps, ChannelSetup, Walkthrough

from convt_lab.gui.lesson_notes import full_text, op_strip_text, padding_text, why_output_padding
from convt_lab.gui.lesson_words import DOT, MINUS, TIMES, num, unit
from convt_lab.gui.misconception_text import weight_layout_text

__all__ = ["STEP_GRIDS", "LessonStep", "lesson_steps"]


# The grids each step shows; later grids stay dimmed until their step.
STEP_GRIDS: tuple[frozenset[str], ...] = (
    frozenset({"input", "kernel"}),
    frozenset({"input", "kernel", "zero_inserted"}),
    frozenset({"input", "kernel", "zero_inserted", "padded"}),
    frozenset({"input", "kernel", "zero_inserted", "padded", "flipped", "output"}),
    frozenset({"input", "kernel", "zero_inserted", "padded", "flipped", "output"}),
)


class LessonStep(NamedTuple):
    """One step: a title and its explanation; ``grid`` names what it builds."""

    title: str
    body: str
    grid: str


def _size(a) -> str:
    return f"{a.shape[0]}{TIMES}{a.shape[1]}"


def _per_axis(hs: AxisSteps, ws: AxisSteps, line) -> str:
    """``line(steps, "")`` once when both axes agree, else once per axis (H, then W)."""
    both = line(hs, "")
    if both == line(ws, ""):
        return both
    parts = []
    h, w = line(hs, "H"), line(ws, "W")
    if h:
        parts.append(QCoreApplication.translate("lesson", "Height: {text}").format(text=h))
    if w:
        parts.append(QCoreApplication.translate("lesson", "Width: {text}").format(text=w))
    return "\n".join(parts)


def _why(hs: AxisSteps, ws: AxisSteps) -> str:
    """"Why output_padding" once, or labelled per axis, never with a second label."""
    both = why_output_padding(hs, "")
    if both == why_output_padding(ws, ""):
        if not both:
            return ""
        return QCoreApplication.translate("lesson", "Why output_padding: {text}").format(text=both)
    parts = []
    for s, axis, template in (
        (hs, "H", QCoreApplication.translate("lesson", "Why output_padding (height): {text}")),
        (ws, "W", QCoreApplication.translate("lesson", "Why output_padding (width): {text}")),
    ):
        text = why_output_padding(s, axis)
        if text:
            parts.append(template.format(text=text))
    return "\n".join(parts)


def _inserted(s: AxisSteps, axis: str) -> str:
    a = axis or "H"
    return (
        f"{a}_new = {a} + (s{MINUS}1)({a}{MINUS}1) = "
        f"{s.size} + {s.stride - 1}{DOT}{s.size - 1} = {s.inserted}"
    )


def _step3(s: AxisSteps, axis: str) -> str:
    # One line per idea (the sides, why P, the op strip), so a projected panel reads in steps.
    return "\n".join(t for t in (padding_text(s, axis), full_text(s, axis), op_strip_text(s, axis)) if t)


def _slide(s: AxisSteps, axis: str) -> str:
    a = axis or "H"
    if s.span == 1:
        return QCoreApplication.translate(
            "lesson", "The kernel spans 1 cell, so {a}_out = {a}_pad = {out}."
        ).format(a=a, out=s.output)
    return QCoreApplication.translate(
        "lesson",
        "The dilated kernel spans d(k{m}1) + 1 = {d}{dot}{k1} + 1 = {span} cells, "
        "so {a}_out = {a}_pad {m} d(k{m}1) = {padded} {m} {reach} = {out}.",
    ).format(m=MINUS, dot=DOT, d=s.dilation, k1=s.kernel - 1, span=s.span, a=a,
             padded=s.padded, reach=s.span - 1, out=s.output)


def _result(s: AxisSteps, axis: str) -> str:
    a = axis or "H"
    return (
        f"{a}_out = ({a}{MINUS}1)s {MINUS} 2p + d(k{MINUS}1) + op + 1 = "
        f"({s.size}{MINUS}1){DOT}{s.stride} {MINUS} 2{DOT}{s.padding} + "
        f"{s.dilation}{DOT}({s.kernel}{MINUS}1) + {s.output_padding} + 1 = {s.output}"
    )


def _pad_title(hs: AxisSteps, ws: AxisSteps, size: str) -> str:
    """Step 3's title says what happens: a pad, a crop, or both, with the amounts."""
    first = (hs.pad, ws.pad)
    last = (hs.pad + hs.output_padding, ws.pad + ws.output_padding)
    crop_first, crop_last = _pair((-first[0], -first[1])), _pair((-last[0], -last[1]))
    square = first[0] == first[1]
    if first == last == (0, 0):
        text = QCoreApplication.translate("lesson", "3. No padding (P = 0): {size}")
    elif first == last and square and first[0] > 0:
        text = QCoreApplication.translate(
            "lesson", "3. Pad each side with P = d(k{m}1) {m} p = {p} {unit} of zeros: {size}"
        )
    elif first == last and square:
        text = QCoreApplication.translate(
            "lesson", "3. Crop p {m} d(k{m}1) = {c} {cunit} from each side: {size}"
        )
    elif first == last and min(first) >= 0:  # the axes differ: say each one's amount
        text = QCoreApplication.translate(
            "lesson",
            "3. Pad with P = d(k{m}1) {m} p = {p}: {h} {hunit} of zeros at the top and bottom, "
            "{w} {wunit} at the left and right: {size}"
        )
    elif first == last and max(first) <= 0:
        text = QCoreApplication.translate(
            "lesson",
            "3. Crop p {m} d(k{m}1) = {c}: {ch} {hunit} at the top and bottom, {cw} {wunit} at "
            "the left and right: {size}"
        )
    elif min(first + last) >= 0:
        text = QCoreApplication.translate(
            "lesson", "3. Pad with zeros: P = {p} at the top/left, P + op = {q} at the bottom/right: {size}"
        )
    elif max(first + last) <= 0:
        text = QCoreApplication.translate(
            "lesson",
            "3. Crop p {m} d(k{m}1) = {c} at the top/left, p {m} d(k{m}1) {m} op = {cq} "
            "at the bottom/right: {size}",
        )
    else:
        text = QCoreApplication.translate(
            "lesson", "3. Pad or crop: P = {p} at the top/left, P + op = {q} at the bottom/right: {size}"
        )
    return text.format(
        m=MINUS, p=_pair(first), q=_pair(last), c=crop_first, cq=crop_last, size=size,
        unit=unit("", max(first)), cunit=unit("", -min(first)),
        h=first[0], w=first[1], ch=-first[0], cw=-first[1],
        hunit=unit("H", abs(first[0])), wunit=unit("W", abs(first[1])),
    )


def lesson_steps(wt: Walkthrough, setup: ChannelSetup | None = None) -> list[LessonStep]:
    """The five steps of the lesson for this walkthrough (or :class:`Result`).

    ``setup`` gives the channel counts the weight layout is told with; a
    :class:`Result` carries its own, a bare walkthrough is one channel.
    """
    hs, ws = wt.steps
    kh, kw = wt.weight.shape
    setup = setup or getattr(wt, "setup", None) or ChannelSetup()
    n = kh * kw
    if n == 1:
        window = QCoreApplication.translate(
            "lesson",
            "Rotate w by 180\u00b0 and slide it over the padded grid one cell at a time; "
            "with k = 1 each output cell is the single product in its one-cell window.",
        )
    else:
        window = QCoreApplication.translate(
            "lesson",
            "Rotate w by 180\u00b0 and slide it over the padded grid one cell at a time; "
            "each output cell is the sum of the {n} products in its window.",
        ).format(n=n)
    result = _per_axis(hs, ws, _result)
    why = _why(hs, ws)
    return [
        LessonStep(
            QCoreApplication.translate("lesson", "1. The input x: {size}").format(size=_size(wt.x)),
            QCoreApplication.translate(
                "lesson",
                "x is {size}; the kernel w is {ksize}. Stride s = {s}, padding p = {p}, "
                "output_padding op = {op}, dilation d = {d}.",
            ).format(
                size=_size(wt.x), ksize=f"{kh}{TIMES}{kw}",
                s=_pair(wt.params.stride), p=_pair(wt.params.padding),
                op=_pair(wt.params.output_padding), d=_pair(wt.params.dilation),
            ) + "\n" + weight_layout_text(setup, (kh, kw)),
            "input",
        ),
        LessonStep(
            QCoreApplication.translate("lesson", "2. Insert s{m}1 zeros between neighbours: {size}").format(
                m=MINUS, size=_size(wt.zero_inserted)
            ),
            _per_axis(hs, ws, _inserted),
            "zero_inserted",
        ),
        LessonStep(
            _pad_title(hs, ws, _size(wt.padded)),
            _per_axis(hs, ws, _step3),
            "padded",
        ),
        LessonStep(
            QCoreApplication.translate(
                "lesson", "4. Slide the 180\u00b0-rotated {ksize} kernel with stride 1, giving {size}"
            ).format(ksize=f"{kh}{TIMES}{kw}", size=_size(wt.output)),
            window + "\n" + _per_axis(hs, ws, _slide),
            "flipped",
        ),
        LessonStep(
            QCoreApplication.translate("lesson", "5. The result y: {size}").format(size=_size(wt.output)),
            result + ("\n" + why if why else ""),
            "output",
        ),
    ]


def _pair(pair: tuple[int, int]) -> str:
    return num(pair[0]) if pair[0] == pair[1] else f"({num(pair[0])}, {num(pair[1])})"
