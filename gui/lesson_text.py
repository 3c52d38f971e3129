"""The lesson's five steps as text with live numbers, for the window and ``explain``.

Each step names its grid and that grid's size as HxW.  Axes with equal
numbers are told once; otherwise the height and the width each get a line.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from convt_lab.core import AxisSteps, Walkthrough

__all__ = ["STEP_GRIDS", "LessonStep", "lesson_steps"]

MINUS, TIMES, DOT = "\u2212", "\u00d7", "\u00b7"

# The grids each step shows; later grids stay dimmed until their step.
STEP_GRIDS: tuple[frozenset[str], ...] = (
    frozenset({"input", "kernel"}),
    frozenset({"input", "kernel", "zero_inserted"}),
    frozenset({"input", "kernel", "zero_inserted", "padded"}),
    frozenset({"input", "kernel", "zero_inserted", "padded", "flipped", "output"}),
    frozenset({"input", "kernel", "zero_inserted", "padded", "flipped", "output"}),
)


@dataclass(frozen=True)
class LessonStep:
    """One step: a title and its explanation; ``grid`` names what it builds."""

    title: str
    body: str
    grid: str


def _size(a) -> str:
    return f"{a.shape[0]}{TIMES}{a.shape[1]}"


def _per_axis(hs: AxisSteps, ws: AxisSteps, line) -> str:
    """``line(steps, "H")`` once when both axes agree, else once per axis (H, then W)."""
    h, w = line(hs, "H"), line(ws, "W")
    if h == line(ws, "H"):
        return h
    parts = []
    if h:
        parts.append(QCoreApplication.translate("lesson", "Height: {text}").format(text=h))
    if w:
        parts.append(QCoreApplication.translate("lesson", "Width: {text}").format(text=w))
    return "\n".join(parts)


def _inserted(s: AxisSteps, axis: str) -> str:
    return QCoreApplication.translate(
        "lesson", "{a}_new = {a} + (s{m}1)({a}{m}1) = {h} + {s1}{dot}{h1} = {new}"
    ).format(a=axis, m=MINUS, dot=DOT, h=s.size, s1=s.stride - 1, h1=s.size - 1, new=s.inserted)


def _pad(s: AxisSteps, axis: str) -> str:
    formula = f"P = d(k{MINUS}1) {MINUS} p = {s.dilation}{DOT}{s.kernel - 1} {MINUS} {s.padding} = {s.pad}"
    if s.dilation == 1:
        formula += QCoreApplication.translate("lesson", " (= k {m} p {m} 1)").format(m=MINUS)
    if s.pad >= 0:
        text = (
            QCoreApplication.translate(
                "lesson", "{formula}: {n} zeros on each side, {inserted} + 2{dot}{pad} = {total}"
            )
            if s.pad != 1
            else QCoreApplication.translate(
                "lesson", "{formula}: {n} zero on each side, {inserted} + 2{dot}{pad} = {total}"
            )
        ).format(formula=formula, n=s.pad, inserted=s.inserted, dot=DOT, pad=s.pad,
                 total=s.inserted + 2 * s.pad)
    else:
        text = QCoreApplication.translate(
            "lesson", "{formula} < 0: crop {n} from each side instead, {inserted} {m} 2{dot}{n} = {total}"
        ).format(formula=formula, n=-s.pad, inserted=s.inserted, m=MINUS, dot=DOT,
                 total=s.inserted + 2 * s.pad)
    if s.output_padding:
        text += QCoreApplication.translate(
            "lesson", "; output_padding adds {op} more at the bottom/right: {total}"
        ).format(op=s.output_padding, total=s.padded)
    return text


def _why_output_padding(s: AxisSteps, axis: str) -> str:
    """Which transposed sizes one Conv2d size comes from, and which op picks each."""
    if s.stride == 1 and s.dilation == 1:
        return ""
    # Conv2d's size rule floor((N + 2p - d(k-1) - 1)/s) + 1 maps s consecutive
    # sizes N to the same H; op = 0 .. s-1 selects among them.
    options = []
    for op in range(max(s.stride, s.dilation)):
        n = s.output - s.output_padding + op
        if op < s.stride and n >= 1:
            options.append((op, n))
    if len(options) < 2:
        return ""
    sizes = ", ".join(str(n) for _, n in options)
    picks = ", ".join(f"op={op} \u2192 {n}" for op, n in options)
    return QCoreApplication.translate(
        "lesson",
        "Why output_padding: Conv2d with k={k}, s={s}, p={p}, d={d} maps each of {sizes} to {h}, "
        "so its transpose needs op to pick one: {picks}. The op cells are computed like any "
        "other output cell, not filled with zeros.",
    ).format(k=s.kernel, s=s.stride, p=s.padding, d=s.dilation, sizes=sizes, h=s.size, picks=picks)


def _slide(s: AxisSteps, axis: str) -> str:
    return QCoreApplication.translate(
        "lesson", "The dilated kernel spans d(k{m}1)+1 = {d}{dot}{k1}+1 = {span} cells."
    ).format(m=MINUS, dot=DOT, d=s.dilation, k1=s.kernel - 1, span=s.span)


def _result(s: AxisSteps, axis: str) -> str:
    return (
        f"{axis}_out = ({axis}{MINUS}1)s {MINUS} 2p + d(k{MINUS}1) + op + 1 = "
        f"({s.size}{MINUS}1){DOT}{s.stride} {MINUS} 2{DOT}{s.padding} + "
        f"{s.dilation}{DOT}({s.kernel}{MINUS}1) + {s.output_padding} + 1 = {s.output}"
    )


def lesson_steps(wt: Walkthrough) -> list[LessonStep]:
    """The five steps of the lesson for this walkthrough."""
    hs, ws = wt.steps
    kh, kw = wt.weight.shape
    why = _per_axis(hs, ws, _why_output_padding)
    pad_body = _per_axis(hs, ws, _pad)
    if why.strip():
        pad_body += "\n" + why
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
            ),
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
            QCoreApplication.translate("lesson", "3. Pad with P = d(k{m}1) {m} p zeros: {size}").format(
                m=MINUS, size=_size(wt.padded)
            ),
            pad_body,
            "padded",
        ),
        LessonStep(
            QCoreApplication.translate("lesson", "4. Slide the 180\u00b0-rotated kernel window with stride 1: {size}").format(
                size=f"{kh}{TIMES}{kw}"
            ),
            QCoreApplication.translate(
                "lesson",
                "Rotate w by 180\u00b0 and slide it over the padded grid one cell at a time; "
                "each output cell is the sum of the {n} products in its window.",
            ).format(n=kh * kw)
            + "\n"
            + _per_axis(hs, ws, _slide),
            "flipped",
        ),
        LessonStep(
            QCoreApplication.translate("lesson", "5. The result y: {size}").format(size=_size(wt.output)),
            _per_axis(hs, ws, _result),
            "output",
        ),
    ]


def _pair(pair: tuple[int, int]) -> str:
    return str(pair[0]) if pair[0] == pair[1] else f"({pair[0]}, {pair[1]})"
