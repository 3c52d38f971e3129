"""Reading a session's plain fields: numbers, pairs, tensors, parameters and selections.

Each reader takes a parsed JSON value and returns what the document holds,
or raises :class:`~convt_lab.gui.model.document.DocumentError` naming the
field and what it should have been.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from convt_lab import core
from convt_lab.gui.model.document import GRIDS, DocumentError, is_int

__all__ = [
    "TIMES", "SessionError", "expect", "kind_name", "read_output_size", "read_params",
    "read_selection", "read_setup", "read_tensor", "required",
]

#: A session's problems are a document's problems, read from a file.
SessionError = DocumentError
TIMES = "\u00d7"


def kind_name(value: Any) -> str:
    """The JSON name of a parsed value's type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, (list, tuple)):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def expect(value: Any, ok: bool, name: str, expected: str) -> None:
    if not ok:
        raise SessionError(f"{name} must be {expected}, but is {kind_name(value)}", name.split(".")[0])


def two_entries(value: Any, name: str, expected: str) -> list:
    """``value`` as a list of two entries, or a SessionError that says which it is not."""
    expect(value, isinstance(value, list), name, expected)
    if len(value) != 2:
        raise SessionError(f"{name} must have two entries, {expected}, but has {len(value)}",
                           name.split(".")[0])
    return value


def read_whole(value: Any, name: str, limits: tuple[int, int]) -> int:
    field_ = name.split(".")[0]
    if not is_int(value):
        shown = f" ({value!r})" if isinstance(value, float) else ""
        raise SessionError(f"{name} must be a whole number, but is {kind_name(value)}{shown}", field_)
    if not limits[0] <= value <= limits[1]:
        shown = str(value) if abs(value) < 10**12 else f"a {len(str(abs(value)))}-digit number"
        raise SessionError(f"{name} must be from {limits[0]} to {limits[1]}, but is {shown}", field_)
    return int(value)


def _pair(value: Any, name: str, limits: tuple[int, int]) -> tuple[int, int]:
    if not isinstance(value, list):
        v = read_whole(value, name, limits)
        return (v, v)
    if len(value) != 2:
        raise SessionError(
            f"{name} must be a whole number or a [height, width] pair, but has {len(value)} entries",
            "params",
        )
    return (read_whole(value[0], f"{name}[0]", limits), read_whole(value[1], f"{name}[1]", limits))


def read_tensor(value: Any, name: str, shape: tuple[int, ...]) -> np.ndarray:
    """Nested lists of finite numbers of exactly ``shape``, as float64."""
    field_ = name.split(".")[0].split("[")[0]

    def walk(v: Any, depth: int, where: str) -> None:
        if depth == len(shape):
            if not (is_int(v) or isinstance(v, float)):
                raise SessionError(f"{where} must be a number, but is {kind_name(v)}", field_)
            try:
                f = float(v)
            except OverflowError:
                f = math.inf
            if not math.isfinite(f):
                what = "NaN" if f != f else "too large (infinite)"
                raise SessionError(f"{where} must be a finite number, but is {what}", field_)
            return
        if not isinstance(v, list):
            raise SessionError(f"{where} must be an array, but is {kind_name(v)}", field_)
        if len(v) != shape[depth]:
            raise SessionError(
                f"{where} must have {shape[depth]} entries to match the parameters and channels "
                f"(shape {TIMES.join(map(str, shape))}), but has {len(v)}",
                field_,
            )
        for k, item in enumerate(v):
            walk(item, depth + 1, f"{where}[{k}]")

    walk(value, 0, name)
    return np.array(value, np.float64).reshape(shape)


def required(doc: dict, name: str, where: str = "") -> Any:
    if name not in doc:
        raise SessionError(f"missing field {where + name!r}", (where.rstrip(".") or name))
    return doc[name]


def read_params(value: Any) -> core.ConvTParams:
    expect(value, isinstance(value, dict), "params", "an object")
    given = {}
    for name in core.FIELDS:
        given[name] = _pair(required(value, name, "params."), f"params.{name}", core.LIMITS[name])
    try:
        return core.ConvTParams(**given)
    except core.ParamError as err:
        raise SessionError(f"params: {err}", "params") from None


def read_setup(value: Any) -> tuple[core.ChannelSetup, Any]:
    if value is None:
        return core.ChannelSetup(), [0, 0]
    expect(value, isinstance(value, dict), "channels", "an object")
    counts = {
        name: read_whole(required(value, name, "channels."), f"channels.{name}", (1, core.MAX_CHANNELS))
        for name in ("in_channels", "out_channels", "groups")
    }
    bias = value.get("bias", False)
    expect(bias, isinstance(bias, bool), "channels.bias", "true or false")
    try:
        setup = core.ChannelSetup(**counts, bias=bias)
    except core.ParamError as err:
        raise SessionError(f"channels: {err}", "channels") from None
    pick = two_entries(value.get("pick", [0, 0]), "channels.pick", "[input channel, output channel]")
    for n, entry in enumerate(pick):
        read_whole(entry, f"channels.pick[{n}]", (-10**9, 10**9))
    return setup, pick


def read_selection(value: Any) -> tuple[str, int, int] | None:
    if value is None:
        return None
    expect(value, isinstance(value, dict), "selection",
           'null or {"grid": "output"|"input", "row": N, "col": N}')
    expect(value.get("grid"), isinstance(value.get("grid"), str), "selection.grid",
           '"output" or "input"')
    for key in ("row", "col"):
        if not is_int(value.get(key)):  # the range is the grid's, checked with the document
            read_whole(required(value, key, "selection."), f"selection.{key}", (0, 0))
    if value["grid"] not in GRIDS:
        raise SessionError(
            f"selection.grid must be \"output\" or \"input\", but is {value['grid'][:40]!r}",
            "selection",
        )
    row, col = value["row"], value["col"]
    if abs(row) > 10**9 or abs(col) > 10**9:
        raise SessionError("selection: the row or column is far outside any grid", "selection")
    return (value["grid"], int(row), int(col))


def read_output_size(value: Any) -> tuple[int, int] | None:
    """The optional target size (``forward(x, output_size=...)``): null or [height, width]."""
    if value is None:
        return None
    expect(value, isinstance(value, list), "output_size", "null or [height, width]")
    two_entries(value, "output_size", "[height, width]")
    limit = (1, core.MAX_OUTPUT)
    return (read_whole(value[0], "output_size[0]", limit), read_whole(value[1], "output_size[1]", limit))
