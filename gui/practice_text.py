"""The practice exercises' questions and verdicts as translated sentences.

:mod:`convt_lab.gui.model.practice` decides what is right and recognises the
mistake; this module says it, in the language installed, for the Practice
tab, ``convt-lab quiz`` and the worksheet alike.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from convt_lab.gui.items.cells import format_value
from convt_lab.gui.model.practice import Exercise, Verdict

__all__ = ["answer_lines", "axis_name", "case_line", "fmt_sources", "questions", "size_why", "verdict_text"]

MINUS = "\u2212"
TIMES = "\u00d7"
DOT = "\u00b7"


def _n(v: int) -> str:
    return str(v).replace("-", MINUS)


def _pair(p) -> str:
    return f"{_n(p[0])}{TIMES}{_n(p[1])}"


def axis_name(axis: int) -> str:
    return QCoreApplication.translate("practice", "height") if axis == 0 else QCoreApplication.translate("practice", "width")


def case_line(ex: Exercise) -> str:
    """The case in one line: x size, k, s, p, op, d (per axis where they differ)."""
    p = ex.params

    def v(pair) -> str:
        return str(pair[0]) if pair[0] == pair[1] else f"({pair[0]}, {pair[1]})"

    return (f"x {_pair(p.input_size)}, k = {v(p.kernel_size)}, s = {v(p.stride)}, "
            f"p = {v(p.padding)}, op = {v(p.output_padding)}, d = {v(p.dilation)}")


def questions(ex: Exercise) -> list[str]:
    """The five questions of an exercise, in order."""
    i, j = ex.cell
    return [
        QCoreApplication.translate("practice", "What is the output size H_out {t} W_out?").format(t=TIMES),
        QCoreApplication.translate("practice", "What is P = d(k {m} 1) {m} p on each axis (negative: a crop)?").format(m=MINUS),
        QCoreApplication.translate("practice", "Which input cells x[r, c] feed y[{i}, {j}]?").format(i=i, j=j),
        QCoreApplication.translate("practice", "What is the value of y[{i}, {j}]?").format(i=i, j=j),
        QCoreApplication.translate("practice", "Which output_padding makes the {axis} {n}? (Or: none does.)").format(
            axis=axis_name(ex.target_axis), n=ex.target),
    ]


def size_why(ex: Exercise) -> str:
    """H_out = (H − 1)s − 2p + d(k − 1) + op + 1 with the case's numbers, per axis."""
    lines = []
    for axis, a in enumerate(ex.params.axes):
        lines.append(
            f"{'H' if axis == 0 else 'W'}_out = ({a.size}{MINUS}1){DOT}{a.stride} {MINUS} 2{DOT}{a.padding}"
            f" + {a.dilation}{DOT}({a.kernel}{MINUS}1) + {a.output_padding} + 1 = {a.output}")
    return "\n".join(lines)


def fmt_sources(cells) -> str:
    cells = sorted(tuple(c) for c in cells)
    return ", ".join(f"x[{r},{c}]" for r, c in cells) if cells else QCoreApplication.translate("practice", "none")


def answer_lines(ex: Exercise) -> list[str]:
    """The five answers, for the answer key."""
    op = ex.target_op
    steps = ex.params.axes[ex.target_axis]
    low = steps.output - steps.output_padding
    top = low + max(steps.stride, steps.dilation) - 1
    return [
        _pair(ex.output_size),
        f"P = {_n(ex.pad[0])}, {_n(ex.pad[1])}",
        fmt_sources(ex.sources),
        format_value(ex.value),
        f"op = {op}" if op is not None else _no_op(axis_name(ex.target_axis), low, top),
    ]


def _no_op(axis: str, low: int, top: int) -> str:
    """The answer when no op gives the size asked for: the sizes op can give."""
    if low == top:  # s = d = 1: op must be 0
        return QCoreApplication.translate("practice", "none: the {axis} can only be {low}").format(
            axis=axis, low=low)
    return QCoreApplication.translate("practice", "none: the {axis} can be {low} to {top}").format(
        axis=axis, low=low, top=top)


def verdict_text(v: Verdict) -> str:
    """One or two sentences: right, or what the answer got wrong and why."""
    x = v.values
    r = v.reason
    if r == "right":
        return QCoreApplication.translate("practice", "Right.")
    where = QCoreApplication.translate("practice", " ({axis})").format(
        axis=axis_name(x["axis"])) if "axis" in x else ""
    if r == "swapped":
        return QCoreApplication.translate("practice", "Height and width are swapped: the output is {size}.").format(size=_pair(x["expected"]))
    if r == "no_op":
        return QCoreApplication.translate("practice", "You left out output_padding: op = {op} adds {op} at the bottom/right, "
                   "so it is {right}{where}.").format(op=x["op"], right=x["right"], where=where)
    if r == "no_dilation":
        return QCoreApplication.translate("practice", "You used k {m} 1, but d = {d}: the kernel spans d(k {m} 1) + 1 = {span}, "
                   "so it is {right}{where}.").format(m=MINUS, d=x["d"], span=x["d"] * (x["k"] - 1) + 1,
                                                      right=x["right"], where=where)
    if r == "one_p":
        return QCoreApplication.translate("practice", "Padding p is taken from both sides: subtract 2p = {twop}, so it is {right}{where}.").format(
            twop=2 * x["p"], right=x["right"], where=where)
    if r == "h_times_s":
        return QCoreApplication.translate("practice", "It is (H {m} 1)s, not H{dot}s: the stride puts s {m} 1 zeros only between "
                   "neighbours, so it is {right}{where}.").format(m=MINUS, dot="\u00b7", right=x["right"],
                                                                 where=where)
    if r == "conv2d":
        return QCoreApplication.translate("practice", "That is Conv2d's size formula, which goes the other way; here it is "
                   "(H {m} 1)s {m} 2p + d(k {m} 1) + op + 1 = {right}{where}.").format(
            m=MINUS, right=x["right"], where=where)
    if r == "no_insertion":
        return QCoreApplication.translate("practice", "You forgot the s {m} 1 zeros inserted between neighbours (s = {s}), so it is "
                   "{right}{where}.").format(m=MINUS, s=x["s"], right=x["right"], where=where)
    if r == "other" and "k" not in x:
        return QCoreApplication.translate("practice", "Not quite: it is {right}{where}. Go through H_out = (H {m} 1)s {m} 2p + "
                   "d(k {m} 1) + op + 1.").format(m=MINUS, right=x["right"], where=where)
    if r == "k_minus_p":
        return QCoreApplication.translate("practice", "You used k {m} p {m} 1, but d = {d}: P = d(k {m} 1) {m} p = {right}{where}.").format(
            m=MINUS, d=x["d"], right=_n(x["right"]), where=where)
    if r == "no_p":
        return QCoreApplication.translate("practice", "You left out p = {p}: P = d(k {m} 1) {m} p = {right}{where}.").format(
            m=MINUS, p=x["p"], right=_n(x["right"]), where=where)
    if r == "plus_p":
        return QCoreApplication.translate("practice", "Padding p removes rows/columns: P = d(k {m} 1) {m} p = {right}, not + p{where}.").format(
            m=MINUS, right=_n(x["right"]), where=where)
    if r == "sign" and x["right"] > 0:  # the answer was negative: nothing is cropped here
        return QCoreApplication.translate("practice", "The sign: P = d(k {m} 1) {m} p = {right}; a positive P adds {right} rows/columns of zeros on each side and crops nothing{where}.").format(
            m=MINUS, right=_n(x["right"]), where=where)
    if r == "sign":
        return QCoreApplication.translate("practice", "The sign: P = d(k {m} 1) {m} p = {right}; a negative P is a crop of {crop}{where}.").format(
            m=MINUS, right=_n(x["right"]), crop=abs(x["right"]), where=where)
    if r == "p_itself":
        return QCoreApplication.translate("practice", "P is not p: the transposed convolution pads by d(k {m} 1) {m} p = {right}{where}.").format(
            m=MINUS, right=_n(x["right"]), where=where)
    if r == "other":
        return QCoreApplication.translate("practice", "Not quite: P = d(k {m} 1) {m} p = {d}{dot}({k} {m} 1) {m} {p} = {right}{where}.").format(
            m=MINUS, dot="\u00b7", d=x["d"], k=x["k"], p=x["p"], right=_n(x["right"]), where=where)
    if r in ("src_no_dilation", "src_no_stride", "src_no_padding", "src_none", "src_other"):
        reason = {
            "src_no_dilation": QCoreApplication.translate("practice", "Those cells are what a kernel without dilation would reach: "
                                   "the taps are d apart."),
            "src_no_stride": QCoreApplication.translate("practice", "Those cells are what stride 1 would give: remember the zeros "
                                 "inserted between the inputs."),
            "src_no_padding": QCoreApplication.translate("practice", "Those cells are what p = 0 would give: padding p shifts the "
                                  "window by p."),
            "src_none": QCoreApplication.translate("practice", "No input value reaches this cell: the window covers only zeros."),
            "src_other": QCoreApplication.translate("practice", "Not quite."),
        }[r]
        if r == "src_none":
            return reason
        return QCoreApplication.translate("practice", "{reason} The cells are: {cells}.").format(
            reason=reason, cells=fmt_sources(x["expected"]))
    if r == "not_rotated":
        return QCoreApplication.translate("practice", "You did not rotate the kernel by 180\u00b0: y[{i}, {j}] is {right}.").format(
            i=x["cell"][0], j=x["cell"][1], right=format_value(x["expected"]))
    if r == "value_zero":
        return QCoreApplication.translate("practice", "No input value reaches this cell, so it is 0.")
    if r == "value_other":
        return QCoreApplication.translate("practice", "Not quite: y[{i}, {j}] is {right}. Multiply each source by its kernel tap "
                   "and add.").format(i=x["cell"][0], j=x["cell"][1], right=format_value(x["expected"]))
    if r == "op_below":
        return QCoreApplication.translate("practice", "No op gives {n}: op = 0 already gives {low}, and output_padding only adds.").format(
            n=x["N"], low=x["low"])
    if r == "op_above" and x["low"] == x["high"]:
        return QCoreApplication.translate("practice", "No op gives {n}: op must be smaller than s = {s} or d = {d}, so op = 0 "
                   "and the size is {low}.").format(n=x["N"], s=x["s"], d=x["d"], low=x["low"])
    if r == "op_above":
        return QCoreApplication.translate("practice", "No op gives {n}: op must be smaller than s = {s} or d = {d}, so the sizes "
                   "reach {low} to {high}.").format(n=x["N"], s=x["s"], d=x["d"], low=x["low"],
                                                    high=x["high"])
    if r == "op_by_dilation":
        return QCoreApplication.translate("practice", "op = {op} is allowed: op must be smaller than s or d, and d = {d}.").format(
            op=x["expected"], d=x["d"])
    if r == "op_exists":
        return QCoreApplication.translate("practice", "op = {op} gives it: op = 0 gives {low}, and each op adds one.").format(
            op=x["expected"], low=x["low"])
    expected = x["expected"]
    return QCoreApplication.translate("practice", "Not quite: {n} = {low} + op, so op = {op}.").format(
        n=x["N"], low=x["low"], op=expected)
