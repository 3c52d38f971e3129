"""Translated sentences of the Plan tab: the planner's notes, the wanted-size
answer and what the lesson shows for an opened layer.

Core gives each note as a key and values (:data:`core.plan.NOTES`); this
module owns the translated template of every key.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from convt_lab.core.plan import Note, Step
from convt_lab.core.plan_lesson import LessonLayer

__all__ = ["note_text", "opened_text", "reach_text", "sentences"]

TIMES = "\u00d7"


def _templates() -> dict[str, str]:
    return {
        "unreadable": QCoreApplication.translate("PlanText",
            "can't read the arguments of {kind}: {detail}"),
        "missing": QCoreApplication.translate("PlanText", "{name} is missing"),
        "whole": QCoreApplication.translate("PlanText",
            "{name} must be a whole number of at least 1, but is {value}"),
        "pair": QCoreApplication.translate("PlanText",
            "{name} must be a whole number or a pair, but is {value}"),
        "low": QCoreApplication.translate("PlanText",
            "{name} must be at least {low}, but is {value}"),
        "groups": QCoreApplication.translate("PlanText",
            "groups={groups} must divide {name}={value}"),
        "same": QCoreApplication.translate("PlanText", "padding='same' needs stride 1"),
        "kernel": QCoreApplication.translate("PlanText",
            "the padded {axis} {n} + 2\u00b7{p} = {span} is smaller than the dilated "
                      "kernel {d}\u00b7({k} \u2212 1) + 1 = {need}"),
        "output_padding": QCoreApplication.translate("PlanText",
            "output_padding {op} must be smaller than stride {s} or dilation "
                              "{d} ({axis})"),
        "output_size": QCoreApplication.translate("PlanText",
            "{axis} ({n} \u2212 1)\u00b7{s} \u2212 2\u00b7{p} + {d}\u00b7({k} "
                           "\u2212 1) + {op} + 1 = {out} is below 1"),
        "pool_pad": QCoreApplication.translate("PlanText",
            "pad {p} should be at most half of the kernel size {k}"),
        "pool_small": QCoreApplication.translate("PlanText", "the output size {out} is below 1"),
        "upsample": QCoreApplication.translate("PlanText", "Upsample needs size or scale_factor"),
        "shuffle": QCoreApplication.translate("PlanText",
            "{c} channels are not divisible by upscale_factor\u00b2 = {r2}"),
        "shuffle_one": QCoreApplication.translate("PlanText",
            "1 channel is not divisible by upscale_factor\u00b2 = {r2}"),
        "after": QCoreApplication.translate("PlanText", "after line {line}, whose size is unknown"),
        "mismatch": QCoreApplication.translate("PlanText",
            "{kind} expects {want} input channels, but gets {got}"),
        "mismatch_one": QCoreApplication.translate("PlanText",
            "{kind} expects 1 input channel, but gets {got}"),
        "too_large": QCoreApplication.translate("PlanText",
            "{t} is larger than the largest size, {largest} (padding 0, "
                         "output_padding {op})"),
        "parity_t": QCoreApplication.translate("PlanText",
            "with stride 1 and dilation 1 there is no output_padding, and padding "
                        "changes the size in steps of 2 ({base} with padding 0), so {t} is "
                        "never reached"),
        "too_small": QCoreApplication.translate("PlanText",
            "even with padding 0 the size is {smallest}, larger than {t}"),
        "parity": QCoreApplication.translate("PlanText",
            "with stride 1 padding changes the size in steps of 2 ({now} now, {base} "
                      "with padding {p}), so {t} is never reached"),
        "parity_steps": QCoreApplication.translate("PlanText",
            "with stride 1 padding changes the size in steps of 2 ({base} with padding {p}), "
                            "so {t} is never reached"),
        "parity_same": QCoreApplication.translate("PlanText",
            "with stride 1 a whole-number padding changes the size in steps of 2 ({base} "
                           "with padding {p}) and padding='same' gives {now}, so {t} is never "
                           "reached"),
        "same_only": QCoreApplication.translate("PlanText",
            "only padding='same' gives {t} (a whole-number padding changes the size in steps "
                         "of 2, {base} with padding {p}), and 'same' keeps both the height and "
                         "the width as they are"),
        # padding='same' with an odd d(k − 1): one template per axis, for top/bottom, left/right.
        "same_uneven_height": QCoreApplication.translate("PlanText",
            "padding='same' pads the height by {d}\u00b7({k} \u2212 1) = {total}, {before} on the "
                                  "top and {after} on the bottom, and the lesson shows a Conv2d "
                                  "as a ConvTranspose2d, whose padding is the same on both sides"),
        "same_uneven_width": QCoreApplication.translate("PlanText",
            "padding='same' pads the width by {d}\u00b7({k} \u2212 1) = {total}, {before} on the "
                                 "left and {after} on the right, and the lesson shows a Conv2d "
                                 "as a ConvTranspose2d, whose padding is the same on both sides"),
        "same_uneven_both": QCoreApplication.translate("PlanText",
            "padding='same' pads the height and the width by {d}\u00b7({k} \u2212 1) = {total} "
                                "each, {before} on the top and left and {after} on the bottom and "
                                "right, and the lesson shows a Conv2d as a ConvTranspose2d, whose "
                                "padding is the same on both sides"),
        "too_big": QCoreApplication.translate("PlanText",
            "even scaled down, it is larger than the lesson draws (at most {most} cells a side)"),
        "unknown_input": QCoreApplication.translate("PlanText",
            "the size reaching this layer is unknown (line {line} breaks a rule)"),
        "not_conv": QCoreApplication.translate("PlanText",
            "only a readable Conv2d or ConvTranspose2d layer has padding to choose"),
        "target": QCoreApplication.translate("PlanText", "the wanted size must be at least 1"),
        "factor": QCoreApplication.translate("PlanText",
            "{name} must be a finite positive number or a pair of them, but is {value}"),
        "both": QCoreApplication.translate("PlanText",
            "Upsample takes size or scale_factor, not both"),
        "huge": QCoreApplication.translate("PlanText",
            "the output {axis} is larger than {largest}, the largest size PyTorch can hold"),
        "repeat": QCoreApplication.translate("PlanText",
            "the repeat count must be 1 to {most}, but is {times}"),
        "too_many": QCoreApplication.translate("PlanText",
            "the network runs more than {most} layers; the plan stops here"),
    }


def sentences(parts: list[str]) -> str:
    """Sentences run together as the language writes them (a space in English, none in Chinese)."""
    if not parts:
        return ""
    text = parts[0]
    for part in parts[1:]:
        text = QCoreApplication.translate("PlanText", "{first} {second}").format(
            first=text, second=part)
    return text


def _detail(detail: str) -> str:
    """Why a layer's arguments can't be read (core says it in English), in the interface's language."""
    translate = QCoreApplication.translate
    fixed = {
        "the brackets nest too deeply": lambda: translate("PlanText", "the brackets nest too deeply"),
        "the text between the brackets is not Python": lambda: translate(
            "PlanText", "the text between the brackets is not Python"),
        "the line holds more than one call": lambda: translate(
            "PlanText", "the line holds more than one call"),
        "*args and **kwargs can't be read": lambda: translate(
            "PlanText", "*args and **kwargs can't be read"),
    }
    if detail in fixed:
        return fixed[detail]()
    patterns = (
        (r"a number has more than (?P<n>\d+) digits",
         lambda: translate("PlanText", "a number has more than {n} digits")),
        (r"(?P<n>\d+) positional arguments, but (?P<kind>\w+) takes at most (?P<most>\d+)",
         lambda: translate("PlanText", "{n} positional arguments, but {kind} takes at most {most}")),
        (r"(?P<kind>\w+) takes no argument (?P<name>'.*')",
         lambda: translate("PlanText", "{kind} takes no argument {name}")),
        (r"(?P<name>\w+) is given twice", lambda: translate("PlanText", "{name} is given twice")),
    )
    for pattern, template in patterns:
        m = re.fullmatch(pattern, detail)
        if m:
            return template().format(**m.groupdict())
    return detail


def note_text(note: Note) -> str:
    """The translated sentence of a planner note."""
    values = dict(note.values)
    rule = note.template  # a count of 1 has its own template
    if rule == "unreadable":
        values["detail"] = _detail(str(values.get("detail", "")))
    if rule == "same_uneven":  # the axis is in the template's words
        rule = f"same_uneven_{values.pop('axis')}"
    if "axis" in values:
        values["axis"] = QCoreApplication.translate("PlanText",
            "height") if values["axis"] == "height" else QCoreApplication.translate("PlanText", "width")
    return _templates()[rule].format(**values)


def _pair(values) -> str:
    return str(values[0]) if values[0] == values[1] else f"({values[0]}, {values[1]})"


def _padding(values) -> str:
    """Padding as the layer takes it: a number, a pair, or 'same' (quoted, as Python writes it)."""
    return repr(values[0]) if isinstance(values[0], str) else _pair(values)


def reach_text(step: Step, target: tuple[int, int], answer) -> str:
    """The padding / output_padding that gives ``step`` the size ``target``, or why not."""
    if isinstance(answer, Note):
        return QCoreApplication.translate("PlanText",
            "Line {line}: {note}.").format(line=step.layer.line, note=note_text(answer))
    rh, rw = answer
    size = f"{target[0]}{TIMES}{target[1]}"
    failed = [(name, r) for name, r in ((QCoreApplication.translate("PlanText",
        "height"), rh), (QCoreApplication.translate("PlanText", "width"), rw)) if not r.ok]
    if failed:
        return sentences([
            QCoreApplication.translate("PlanText",
                "Line {line} can't reach {size} on the {axis}: {note}.").format(
                line=step.layer.line, size=size, axis=name, note=note_text(r.reason))
            for name, r in failed])
    if step.layer.kind == "ConvTranspose2d":
        return QCoreApplication.translate("PlanText",
            "Line {line} gives {size} with padding={p}, output_padding={op}.").format(
            line=step.layer.line, size=size, p=_pair((rh.padding, rw.padding)),
            op=_pair((rh.output_padding, rw.output_padding)))
    return QCoreApplication.translate("PlanText",
        "Line {line} gives {size} with padding={p}.").format(
        line=step.layer.line, size=size, p=_padding((rh.padding, rw.padding)))


def opened_text(step: Step, shown: LessonLayer) -> str:
    """What the lesson now shows for the row, and what was scaled down to draw it."""
    p, s = shown.params, shown.setup
    parts = []
    if shown.from_conv2d:
        parts.append(QCoreApplication.translate("PlanText",
            "Line {line} (Conv2d) is shown as its transpose: the ConvTranspose2d with the same "
            "k, s, p, d that maps {h} back to {n} (output_padding {op}).").format(
            line=step.layer.line, h=f"{step.output[1]}{TIMES}{step.output[2]}",
            n=f"{step.input[1]}{TIMES}{step.input[2]}", op=_pair(p.output_padding)))
    else:
        parts.append(QCoreApplication.translate("PlanText",
            "Line {line} is open in the lesson.").format(line=step.layer.line))
    real = shown.real
    names = {
        "input_size": QCoreApplication.translate("PlanText", "input"),
        "kernel_size": QCoreApplication.translate("PlanText", "kernel"),
        "stride": QCoreApplication.translate("PlanText", "stride"),
        "padding": QCoreApplication.translate("PlanText", "padding"),
        "output_padding": QCoreApplication.translate("PlanText", "output_padding"),
        "dilation": QCoreApplication.translate("PlanText", "dilation"),
        "in_channels": QCoreApplication.translate("PlanText", "input channels"),
        "out_channels": QCoreApplication.translate("PlanText", "output channels"),
        "groups": QCoreApplication.translate("PlanText", "groups"),
    }
    shown_values = {**{name: getattr(p, name) for name in names if hasattr(p, name)},
                    "in_channels": s.in_channels, "out_channels": s.out_channels,
                    "groups": s.groups}
    changes = []
    for name, old in real.items():
        new = shown_values[name]
        fmt = (lambda v: f"{v[0]}{TIMES}{v[1]}") if name == "input_size" else (
            lambda v: _pair(v) if isinstance(v, tuple) else str(v))
        changes.append(QCoreApplication.translate("PlanText",
            "{what} {shown} instead of {real}").format(
            what=names[name], shown=fmt(new), real=fmt(old)))
    if changes:
        parts.append(QCoreApplication.translate("PlanText",
            "Scaled down to fit the screen: {changes}.").format(
            changes=QCoreApplication.translate("PlanText", "; ").join(changes)))
    return sentences(parts)
