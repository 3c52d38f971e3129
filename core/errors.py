"""Structured errors raised by the core.

The GUI and the command line never parse these messages: they read the
``param``, ``rule``, ``axis`` and ``values`` fields and turn them into
translated text.  ``str(err)`` is a complete English sentence for scripts.
"""

from __future__ import annotations

from typing import Any

__all__ = ["ParamError", "RULES"]

#: Every rule a :class:`ParamError` can name, with an English template.
#: The templates use the entries of ``values`` as format fields.
RULES: dict[str, str] = {
    "positive": "{param} must be at least 1, but got {value}",
    "non_negative": "{param} must not be negative, but got {value}",
    "integer": "{param} must be a whole number, but got {value!r}",
    "boolean": "{param} must be true or false, but got {value!r}",
    "pair": "{param} must be an int or an (h, w) pair, but got {value!r}",
    "output_padding": (
        "output_padding must be smaller than stride or dilation, "
        "but got output_padding={value}, stride={stride}, dilation={dilation}"
    ),
    "output_size": (
        "output size must be at least 1, but "
        "(H-1)*s - 2*p + d*(k-1) + op + 1 = ({size}-1)*{stride} - 2*{padding} "
        "+ {dilation}*({kernel}-1) + {output_padding} + 1 = {result}"
    ),
    "ndim": "{param} must have {expected} dimensions, but has {value}",
    "shape": "{param} has shape {value}, expected {expected}",
    "groups": "groups={groups} must divide {what}={value}",
    "empty": "{param} must not be empty, but has shape {value}",
    "finite": "{param} must hold finite numbers, but holds {value}",
    "numeric": "{param} must hold real numbers, but has dtype {value}",
    "overflow": "the result overflows: {param} values are too large",
    "too_large": "{param} would have {value} elements, more than the limit {limit}",
    "limit": "{param} must be between {low} and {high}, but got {value}",
    "invalid": "{param}: {reason}",
}


class ParamError(ValueError):
    """A parameter or array breaks one of the rules of ``conv_transpose2d``.

    Parameters
    ----------
    param : str
        The parameter at fault, e.g. ``"output_padding"`` or ``"x"``.
    rule : str
        One key of :data:`RULES`.
    axis : int or None
        0 for the height axis, 1 for the width axis, ``None`` when the rule
        is not per axis.
    **values
        The numbers the rule was checked with; they fill the template.
    """

    def __init__(self, param: str, rule: str, axis: int | None = None, **values: Any):
        self.param = param
        self.rule = rule
        self.axis = axis
        self.values = dict(values)
        text = RULES[rule].format(param=param, **values)
        if axis is not None:
            text += f" (on the {'height' if axis == 0 else 'width'} axis)"
        super().__init__(text)
