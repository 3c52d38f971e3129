"""Every sentence the window shows about the numbers, translated.

Core raises structured errors and returns plain numbers; this module turns
them into text through ``QCoreApplication.translate`` so that Qt Linguist
collects each string.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

import core
from core import AxisSteps, Walkthrough

from .cells import format_value

__all__ = ["arithmetic", "captions", "param_name", "problem_text", "role_name"]

MINUS = "\u2212"
TIMES = "\u00d7"
DOT = "\u00b7"


def param_name(name: str) -> str:
    names = {
        "input_size": QCoreApplication.translate("texts", "input size"),
        "kernel_size": QCoreApplication.translate("texts", "kernel size"),
        "stride": QCoreApplication.translate("texts", "stride"),
        "padding": QCoreApplication.translate("texts", "padding"),
        "output_padding": QCoreApplication.translate("texts", "output_padding"),
        "dilation": QCoreApplication.translate("texts", "dilation"),
        "output_size": QCoreApplication.translate("texts", "output size"),
        "padded_size": QCoreApplication.translate("texts", "padded size"),
    }
    return names.get(name, name)


def role_name(role: int) -> str:
    return {
        core.Role.INPUT: QCoreApplication.translate("texts", "input value"),
        core.Role.INSERTED: QCoreApplication.translate("texts", "inserted zero"),
        core.Role.PADDING: QCoreApplication.translate("texts", "padding"),
        core.Role.OUTPUT_PADDING: QCoreApplication.translate("texts", "output_padding strip"),
        core.Role.CROPPED: QCoreApplication.translate("texts", "cropped (P < 0)"),
    }[core.Role(role)]


def _axis_suffix(axis: int | None) -> str:
    if axis == 0:
        return QCoreApplication.translate("texts", " (height)")
    if axis == 1:
        return QCoreApplication.translate("texts", " (width)")
    return ""


def problem_text(err: core.ParamError) -> str:
    """A one-line, translated explanation of a rule that a request broke."""
    v = err.values
    where = _axis_suffix(err.axis)
    name = param_name(err.param)
    if err.rule == "output_padding":
        return QCoreApplication.translate(
            "texts",
            "Rule: output_padding must be smaller than stride or dilation, "
            "but op = {op}, s = {s}, d = {d}{where}.",
        ).format(op=v["value"], s=v["stride"], d=v["dilation"], where=where)
    if err.rule == "output_size":
        formula = (
            f"({v['size']}{MINUS}1){DOT}{v['stride']} {MINUS} 2{DOT}{v['padding']} + "
            f"{v['dilation']}{DOT}({v['kernel']}{MINUS}1) + {v['output_padding']} + 1 "
            f"= {v['result']}"
        )
        return QCoreApplication.translate(
            "texts",
            "Rule: the output size must be at least 1, but "
            "(H{m}1)s {m} 2p + d(k{m}1) + op + 1 = {formula}{where}.",
        ).format(m=MINUS, formula=formula, where=where)
    if err.rule == "limit":
        return QCoreApplication.translate(
            "texts", "{name} must be between {low} and {high} to stay readable, but is {value}{where}."
        ).format(name=name, low=v["low"], high=v["high"], value=v["value"], where=where)
    if err.rule == "positive":
        return QCoreApplication.translate("texts", "{name} must be at least 1, but is {value}{where}.").format(
            name=name, value=v["value"], where=where
        )
    if err.rule == "non_negative":
        return QCoreApplication.translate(
            "texts", "{name} must not be negative, but is {value}{where}."
        ).format(name=name, value=v["value"], where=where)
    return str(err)


def _join(h: str, w: str) -> str:
    return f"= {h}" if h == w else f"= ({h}) {TIMES} ({w})"


def _inserted(s: AxisSteps) -> str:
    return f"{s.size} + {s.stride - 1}{DOT}{s.size - 1}"


def _padded(s: AxisSteps) -> str:
    text = f"{s.inserted} + 2{DOT}{s.pad}" if s.pad >= 0 else f"{s.inserted} {MINUS} 2{DOT}{-s.pad}"
    return text + (f" + {s.output_padding}" if s.output_padding else "")


def _output(s: AxisSteps) -> str:
    return f"{s.padded} {MINUS} {s.span - 1}"


def captions(wt: Walkthrough) -> dict[str, str]:
    """The caption of every grid: its name, shape and how it came about."""
    hs, ws = wt.steps
    size = {name: f"{a.shape[0]}{TIMES}{a.shape[1]}" for name, a in (
        ("input", wt.x), ("zero_inserted", wt.zero_inserted), ("padded", wt.padded),
        ("output", wt.output), ("kernel", wt.weight),
    )}
    crop = hs.pad < 0 or ws.pad < 0
    return {
        "input": QCoreApplication.translate("texts", "Input x {size}").format(size=size["input"]),
        "zero_inserted": QCoreApplication.translate("texts", "Zero-inserted {size}\n{formula}").format(
            size=size["zero_inserted"], formula=_join(_inserted(hs), _inserted(ws))
        ),
        "padded": (
            QCoreApplication.translate("texts", "Padded {size}\n{formula}")
            if not crop
            else QCoreApplication.translate("texts", "Padded (cropped) {size}\n{formula}")
        ).format(size=size["padded"], formula=_join(_padded(hs), _padded(ws))),
        "output": QCoreApplication.translate("texts", "Output y {size}\n{formula}").format(
            size=size["output"], formula=_join(_output(hs), _output(ws))
        ),
        "kernel": QCoreApplication.translate("texts", "Kernel w {size}").format(size=size["kernel"]),
        "flipped": QCoreApplication.translate("texts", "Rotated 180\u00b0 {size}").format(
            size=size["kernel"]
        ),
    }


def arithmetic(wt: Walkthrough, selection) -> str:
    """The arithmetic for the selected cell, as plain text lines."""
    if selection is None:
        return QCoreApplication.translate(
            "texts", "Click an output cell to see its sum, or an input cell to see where it lands."
        )
    kind, i, j = selection
    if kind == "output":
        terms = wt.sources(i, j)
        taps = wt.flipped_kernel.size
        symbolic = " + ".join(f"x[{r},{c}]{DOT}w[{a},{b}]" for r, c, a, b in terms)
        numeric = " + ".join(
            f"{format_value(wt.x[r, c])}{DOT}{format_value(wt.weight[a, b])}" for r, c, a, b in terms
        )
        value = format_value(wt.output[i, j])
        if len(terms):
            first = f"y[{i},{j}] = {symbolic}\n        = {numeric} = {value}"
        else:
            first = f"y[{i},{j}] = 0"
        return first + "\n" + QCoreApplication.translate(
            "texts", "{taps} kernel taps: {inputs} on input values, {zeros} on zeros."
        ).format(taps=taps, inputs=len(terms), zeros=taps - len(terms))
    x = wt.x[i, j]
    foot = wt.footprint(i, j)
    lines = [
        f"y[{o},{p}] += {format_value(x)}{DOT}{format_value(wt.weight[a, b])}"
        for o, p, a, b in foot
    ]
    head = QCoreApplication.translate(
        "texts", "x[{r},{c}] = {value} lands on {n} output cells:"
    ).format(r=i, c=j, value=format_value(x), n=len(foot))
    return head + "\n" + ";  ".join(lines)
