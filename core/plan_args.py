"""Reading a printed layer's arguments, and checking them as PyTorch would.

:func:`read_args` names a call's arguments by PyTorch's parameter names
(printed reprs hold literals and bare words; anything else is kept as its
text); :func:`check` says why a conv, pool or upsample can't be planned, as a
:class:`~.plan_notes.Note` that names the argument and shows its value as
written.  Nothing here raises but :class:`Unreadable`, whose message is for
the user.
"""

from __future__ import annotations

import ast
import math
import re
import sys
from dataclasses import dataclass
from typing import Any

from .plan_notes import Note

__all__ = ["ARG_NAMES", "SHOWN", "Unreadable", "check", "read_args", "short", "show", "whole"]

#: The longest argument shown in a note; longer ones end in an ellipsis.
SHOWN = 60

#: PyTorch's parameter names, in order, of the layers whose arguments are read.
ARG_NAMES = {
    "Conv2d": ("in_channels", "out_channels", "kernel_size", "stride", "padding", "dilation",
               "groups", "bias", "padding_mode"),
    "ConvTranspose2d": ("in_channels", "out_channels", "kernel_size", "stride", "padding",
                        "output_padding", "groups", "bias", "dilation", "padding_mode"),
    "MaxPool2d": ("kernel_size", "stride", "padding", "dilation", "return_indices", "ceil_mode"),
    "AvgPool2d": ("kernel_size", "stride", "padding", "ceil_mode", "count_include_pad"),
    "Upsample": ("size", "scale_factor", "mode", "align_corners"),
    "UpsamplingNearest2d": ("size", "scale_factor"),
    "UpsamplingBilinear2d": ("size", "scale_factor"),
    "PixelShuffle": ("upscale_factor",),
    "BatchNorm2d": ("num_features",),
    "InstanceNorm2d": ("num_features",),
    "GroupNorm": ("num_groups", "num_channels"),
}


#: Every keyword PyTorch's constructor takes, for the layers whose misspelt keyword would
#: otherwise pass unnoticed (PyTorch raises a TypeError for it).
KEYWORDS = {
    "Conv2d": (*ARG_NAMES["Conv2d"], "device", "dtype"),
    "ConvTranspose2d": (*ARG_NAMES["ConvTranspose2d"], "device", "dtype"),
    "MaxPool2d": ARG_NAMES["MaxPool2d"],
    "AvgPool2d": (*ARG_NAMES["AvgPool2d"], "divisor_override"),
    "Upsample": (*ARG_NAMES["Upsample"], "recompute_scale_factor"),
    "PixelShuffle": ARG_NAMES["PixelShuffle"],
}


class Unreadable(ValueError):
    """Why the arguments of a line can't be read, in words for the user."""


@dataclass(frozen=True)
class _Source:
    """An argument that is not a literal (``10**9``, ``f(x)``), kept as its text.

    The checks refuse it by the argument's name, as they refuse a word.
    """

    text: str

    def __repr__(self) -> str:
        return self.text


def short(text: str) -> str:
    return text if len(text) <= SHOWN else text[:SHOWN - 1] + "\u2026"


def _text(v: Any) -> str:
    if isinstance(v, str):
        return v  # a bare word as printed: padding=same, scale_factor=nan
    if isinstance(v, tuple):
        inner = ", ".join(_text(i) for i in v)
        return f"({inner},)" if len(v) == 1 else f"({inner})"
    if isinstance(v, list):
        return "[" + ", ".join(_text(i) for i in v) + "]"
    return repr(v)


def show(v: Any) -> str:
    """An argument as a note shows it: as written, cut to :data:`SHOWN` characters."""
    return short(_text(v))


def _value(node: ast.AST, source: bytes) -> Any:
    # Printed reprs hold literals, plus bare words such as padding_mode=zeros
    # or padding=same (extra_repr formats strings without quotes).  Anything
    # else is kept as its text for the checks to refuse.
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        return node.id
    if (isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd))
            and isinstance(node.operand, ast.Constant)
            and type(node.operand.value) in (int, float, complex)):
        v = node.operand.value
        return -v if isinstance(node.op, ast.USub) else v
    if isinstance(node, ast.Tuple):  # nested at most 200 deep: the parser's limit
        return tuple(_value(e, source) for e in node.elts)
    if isinstance(node, ast.List):
        return [_value(e, source) for e in node.elts]
    # The call is one line: the column offsets (in UTF-8 bytes) locate the text.
    text = source[node.col_offset:node.end_col_offset].decode("utf-8", "replace")
    return _Source(short(text if node.lineno == node.end_lineno == 1 else "?"))


def read_args(kind: str, call: str) -> dict:
    """The arguments of ``call`` by PyTorch's names; raises :class:`Unreadable`."""
    try:
        tree = ast.parse(call, mode="eval").body
    except (SyntaxError, ValueError, OverflowError, MemoryError, RecursionError) as err:
        digits = sys.get_int_max_str_digits()
        if digits and re.search(r"(?<![\w.])\d{%d}" % (digits + 1), call):
            raise Unreadable(f"a number has more than {digits} digits") from None
        if "nested" in str(err):
            raise Unreadable("the brackets nest too deeply") from None
        if isinstance(err, (MemoryError, RecursionError)):  # signs (- - - 5) nest as deep
            raise Unreadable("the expression nests too deeply") from None
        raise Unreadable("the text between the brackets is not Python") from None
    if not (isinstance(tree, ast.Call) and isinstance(tree.func, ast.Name)
            and tree.func.id == kind):
        raise Unreadable("the line holds more than one call")
    if (any(isinstance(node, ast.Starred) for node in tree.args)
            or any(kw.arg is None for kw in tree.keywords)):
        raise Unreadable("*args and **kwargs can't be read")
    names = ARG_NAMES.get(kind, ())
    if len(tree.args) > len(names):
        raise Unreadable(f"{len(tree.args)} positional arguments, but {kind} takes at most "
                          f"{len(names)}")
    source = call.encode("utf-8")
    args = {name: _value(node, source) for name, node in zip(names, tree.args)}
    for kw in tree.keywords:
        if kind in KEYWORDS and kw.arg not in KEYWORDS[kind]:
            raise Unreadable(f"{kind} takes no argument {short(kw.arg)!r}")
        if kw.arg in args:
            raise Unreadable(f"{kw.arg} is given twice")
        args[kw.arg] = _value(kw.value, source)
    return args


def whole(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _pair_note(name: str, v: Any, low: int) -> Note | None:
    """Why ``v`` is not a whole number of at least ``low`` or a pair of them, or None."""
    items = v if isinstance(v, tuple) else (v,)
    if (isinstance(v, tuple) and len(v) != 2) or not all(whole(i) for i in items):
        return Note("pair", name=name, value=show(v))
    if any(i < low for i in items):
        return Note("low", name=name, low=low, value=show(v))
    return None


def _check_conv(kind: str, args: dict) -> Note | None:
    """Why a conv's arguments are unusable, or None."""
    for name in ("in_channels", "out_channels", "kernel_size"):
        if name not in args:
            return Note("missing", name=name)
    for name in ("in_channels", "out_channels", "groups"):
        if name in args and not (whole(args[name]) and args[name] >= 1):
            return Note("whole", name=name, value=show(args[name]))
    pairs = ["kernel_size", "stride", "dilation"]
    if kind == "ConvTranspose2d":
        pairs.append("output_padding")
    for name in pairs + ["padding"]:
        if name not in args:
            continue
        v = args[name]
        if name == "padding" and kind == "Conv2d" and v in ("same", "valid"):
            continue
        note = _pair_note(name, v, 0 if name in ("padding", "output_padding") else 1)
        if note:
            return note
    g = args.get("groups", 1)
    for name in ("in_channels", "out_channels"):
        if args[name] % g:
            return Note("groups", groups=g, name=name, value=args[name])
    return None


def _check_pool(kind: str, args: dict) -> Note | None:
    """Why a pooling layer's arguments are unusable, or None."""
    if "kernel_size" not in args:
        return Note("missing", name="kernel_size")
    lows = {"kernel_size": 1, "stride": 1, "padding": 0}
    if kind == "MaxPool2d":
        lows["dilation"] = 1
    for name, low in lows.items():
        if args.get(name) is not None:  # stride=None is the kernel size
            note = _pair_note(name, args[name], low)
            if note:
                return note
    return None


def _factor(v: Any) -> bool:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return False
    return v > 0 and (isinstance(v, int) or math.isfinite(v))


def _check_upsample(args: dict) -> Note | None:
    """Why an Upsample's size or scale_factor is unusable, or None."""
    size, f = args.get("size"), args.get("scale_factor")
    if size is None and f is None:
        return Note("upsample")
    if size is not None and f is not None:
        return Note("both")
    if size is not None:
        return _pair_note("size", size, 1)
    items = f if isinstance(f, tuple) else (f,)
    if (isinstance(f, tuple) and len(f) != 2) or not all(_factor(i) for i in items):
        return Note("factor", name="scale_factor", value=show(f))
    return None


def check(kind: str, args: dict) -> Note | None:
    if kind in ("Conv2d", "ConvTranspose2d"):
        return _check_conv(kind, args)
    if kind in ("MaxPool2d", "AvgPool2d"):
        return _check_pool(kind, args)
    if kind in ("Upsample", "UpsamplingNearest2d", "UpsamplingBilinear2d"):
        return _check_upsample(args)
    return None
