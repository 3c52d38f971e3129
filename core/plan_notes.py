"""The planner's problems and remarks, as keys with values.

Core never words a message for the screen: each :class:`Note` names a key of
:data:`NOTES` and the numbers that fill it.  ``str(note)`` is the English
sentence (the command line prints it); the GUI translates by the key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["NOTES", "Note"]

#: Every problem or remark the planner can make, with an English template; the
#: GUI translates by the key (``Note.template``), the command line prints ``str(note)``.
NOTES: dict[str, str] = {
    "unreadable": "can't read the arguments of {kind}: {detail}",
    "missing": "{name} is missing",
    "whole": "{name} must be a whole number of at least 1, but is {value}",
    "pair": "{name} must be a whole number or a pair, but is {value}",
    "low": "{name} must be at least {low}, but is {value}",
    "groups": "groups={groups} must divide {name}={value}",
    "same": "padding='same' needs stride 1",
    "kernel": ("the padded {axis} {n} + 2·{p} = {span} is smaller than the dilated kernel "
               "{d}·({k} − 1) + 1 = {need}"),
    "output_padding": "output_padding {op} must be smaller than stride {s} or dilation {d} ({axis})",
    "output_size": "{axis} ({n} − 1)·{s} − 2·{p} + {d}·({k} − 1) + {op} + 1 = {out} is below 1",
    "pool_pad": "pad {p} should be at most half of the kernel size {k}",
    "pool_small": "the output size {out} is below 1",
    "upsample": "Upsample needs size or scale_factor",
    "factor": "{name} must be a finite positive number or a pair of them, but is {value}",
    "both": "Upsample takes size or scale_factor, not both",
    "huge": "the output {axis} is larger than {largest}, the largest size PyTorch can hold",
    "repeat": "the repeat count must be 1 to {most}, but is {times}",
    "too_many": "the network runs more than {most} layers; the plan stops here",
    "shuffle": "{c} channels are not divisible by upscale_factor² = {r2}",
    "shuffle_one": "1 channel is not divisible by upscale_factor² = {r2}",
    "after": "after line {line}, whose size is unknown",
    "mismatch": "{kind} expects {want} input channels, but gets {got}",
    "mismatch_one": "{kind} expects 1 input channel, but gets {got}",
    "too_large": "{t} is larger than the largest size, {largest} (padding 0, output_padding {op})",
    "parity_t": ("with stride 1 and dilation 1 there is no output_padding, and padding changes "
                 "the size in steps of 2 ({base} with padding 0), so {t} is never reached"),
    "too_small": "even with padding 0 the size is {smallest}, larger than {t}",
    "parity": ("with stride 1 padding changes the size in steps of 2 ({now} now, {base} with "
               "padding {p}), so {t} is never reached"),
    "parity_steps": ("with stride 1 padding changes the size in steps of 2 ({base} with padding "
                     "{p}), so {t} is never reached"),
    "parity_same": ("with stride 1 a whole-number padding changes the size in steps of 2 ({base} "
                    "with padding {p}) and padding='same' gives {now}, so {t} is never reached"),
    "same_only": ("only padding='same' gives {t} (a whole-number padding changes the size in "
                  "steps of 2, {base} with padding {p}), and 'same' keeps both the height and "
                  "the width as they are"),
    # axis is "height", "width" or "both" (the GUI words each)
    "same_uneven": ("padding='same' pads d·(k − 1) = {d}·({k} − 1) = {total} ({axis}), {before} "
                    "before and {after} after, and the lesson shows a Conv2d as a "
                    "ConvTranspose2d, whose padding is the same on both sides"),
    "too_big": ("even scaled down, it is larger than the lesson draws (at most {most} cells a "
                "side)"),
    "unknown_input": "the size reaching this layer is unknown (line {line} breaks a rule)",
    "not_conv": "only a readable Conv2d or ConvTranspose2d layer has padding to choose",
    "target": "the wanted size must be at least 1",
}

#: The rules with a count in their words, and its value: when it is 1 the note is
#: worded by the template ``rule + "_one"`` (in the singular).
_ONE = {"mismatch": "want", "shuffle": "c"}


@dataclass(frozen=True)
class Note:
    """A problem or remark: a key of :data:`NOTES` and the values that fill it."""

    rule: str
    values: dict = field(default_factory=dict)

    def __init__(self, rule: str, **values: Any):
        object.__setattr__(self, "rule", rule)
        object.__setattr__(self, "values", values)

    @property
    def template(self) -> str:
        """The key of the template that words the note: a count of 1 has its own."""
        if self.rule in _ONE and self.values.get(_ONE[self.rule]) == 1:
            return f"{self.rule}_one"
        return self.rule

    def __str__(self) -> str:
        return NOTES[self.template].format(**self.values)
