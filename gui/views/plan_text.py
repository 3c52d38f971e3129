"""Translated sentences of the Plan tab: the planner's notes, the wanted-size
answer and what the lesson shows for an opened layer.

Core gives each note as a key and values (:data:`core.plan.NOTES`); this
module owns the translated template of every key.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from convt_lab.core.plan import Note, Step
from convt_lab.core.plan_lesson import LessonLayer
from convt_lab.core.plan_reach import Reach

__all__ = ["note_text", "opened_text", "reach_text"]

TIMES = "\u00d7"


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanText", text)


def _templates() -> dict[str, str]:
    return {
        "unreadable": _tr("can't read the arguments of {kind}: {detail}"),
        "missing": _tr("{name} is missing"),
        "whole": _tr("{name} must be a whole number of at least 1, but is {value}"),
        "pair": _tr("{name} must be a whole number or a pair, but is {value}"),
        "low": _tr("{name} must be at least {low}, but is {value}"),
        "groups": _tr("groups={groups} must divide {name}={value}"),
        "same": _tr("padding='same' needs stride 1"),
        "kernel": _tr("the padded {axis} {n} + 2\u00b7{p} = {span} is smaller than the dilated "
                      "kernel {d}\u00b7({k} \u2212 1) + 1 = {need}"),
        "output_padding": _tr("output_padding {op} must be smaller than stride {s} or dilation "
                              "{d} ({axis})"),
        "output_size": _tr("{axis} ({n} \u2212 1)\u00b7{s} \u2212 2\u00b7{p} + {d}\u00b7({k} "
                           "\u2212 1) + {op} + 1 = {out} is below 1"),
        "pool_pad": _tr("pad {p} should be at most half of the kernel size {k}"),
        "pool_small": _tr("the output size {out} is below 1"),
        "upsample": _tr("Upsample needs size or scale_factor"),
        "shuffle": _tr("{c} channels are not divisible by upscale_factor\u00b2 = {r2}"),
        "after": _tr("after line {line}, whose size is unknown"),
        "mismatch": _tr("{kind} expects {want} input channels, but gets {got}"),
        "too_large": _tr("{t} is larger than the largest size, {largest} (padding 0, "
                         "output_padding {op})"),
        "parity_t": _tr("with stride 1 and dilation 1 there is no output_padding, and padding "
                        "changes the size in steps of 2 ({base} with padding 0), so {t} is "
                        "never reached"),
        "too_small": _tr("even with padding 0 the size is {smallest}, larger than {t}"),
        "parity": _tr("with stride 1 padding changes the size in steps of 2 ({now} now, {base} "
                      "with padding 0), so {t} is never reached"),
        "unknown_input": _tr("the size reaching this layer is unknown (line {line} breaks a rule)"),
        "not_conv": _tr("only a readable Conv2d or ConvTranspose2d layer has padding to choose"),
        "target": _tr("the wanted size must be at least 1"),
    }


def note_text(note: Note) -> str:
    """The translated sentence of a planner note."""
    values = dict(note.values)
    if "axis" in values:
        values["axis"] = _tr("height") if values["axis"] == "height" else _tr("width")
    return _templates()[note.rule].format(**values)


def _pair(values) -> str:
    return str(values[0]) if values[0] == values[1] else f"({values[0]}, {values[1]})"


def reach_text(step: Step, target: tuple[int, int], answer) -> str:
    """The padding / output_padding that gives ``step`` the size ``target``, or why not."""
    if isinstance(answer, Note):
        return _tr("Line {line}: {note}.").format(line=step.layer.line, note=note_text(answer))
    rh, rw = answer
    size = f"{target[0]}{TIMES}{target[1]}"
    failed = [(name, r) for name, r in ((_tr("height"), rh), (_tr("width"), rw)) if not r.ok]
    if failed:
        return " ".join(
            _tr("Line {line} can't reach {size} on the {axis}: {note}.").format(
                line=step.layer.line, size=size, axis=name, note=note_text(r.reason))
            for name, r in failed)
    if step.layer.kind == "ConvTranspose2d":
        return _tr("Line {line} gives {size} with padding={p}, output_padding={op}.").format(
            line=step.layer.line, size=size, p=_pair((rh.padding, rw.padding)),
            op=_pair((rh.output_padding, rw.output_padding)))
    return _tr("Line {line} gives {size} with padding={p}.").format(
        line=step.layer.line, size=size, p=_pair((rh.padding, rw.padding)))


def opened_text(step: Step, shown: LessonLayer) -> str:
    """What the lesson now shows for the row, and what was scaled down to draw it."""
    p, s = shown.params, shown.setup
    parts = []
    if shown.from_conv2d:
        parts.append(_tr(
            "Line {line} (Conv2d) is shown as its transpose: the ConvTranspose2d with the same "
            "k, s, p, d that maps {h} back to {n} (output_padding {op}).").format(
            line=step.layer.line, h=f"{step.output[1]}{TIMES}{step.output[2]}",
            n=f"{step.input[1]}{TIMES}{step.input[2]}", op=_pair(p.output_padding)))
    else:
        parts.append(_tr("Line {line} is open in the lesson.").format(line=step.layer.line))
    real = shown.real
    names = {
        "input_size": _tr("input"), "kernel_size": _tr("kernel"), "stride": _tr("stride"),
        "padding": _tr("padding"), "output_padding": _tr("output_padding"),
        "dilation": _tr("dilation"), "in_channels": _tr("input channels"),
        "out_channels": _tr("output channels"), "groups": _tr("groups"),
    }
    shown_values = {**{name: getattr(p, name) for name in names if hasattr(p, name)},
                    "in_channels": s.in_channels, "out_channels": s.out_channels,
                    "groups": s.groups}
    changes = []
    for name, old in real.items():
        new = shown_values[name]
        fmt = (lambda v: f"{v[0]}{TIMES}{v[1]}") if name == "input_size" else (
            lambda v: _pair(v) if isinstance(v, tuple) else str(v))
        changes.append(_tr("{what} {shown} instead of {real}").format(
            what=names[name], shown=fmt(new), real=fmt(old)))
    if changes:
        parts.append(_tr("Scaled down to fit the screen: {changes}.").format(
            changes=_tr("; ").join(changes)))
    return " ".join(parts)
