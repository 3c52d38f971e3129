"""Session files (``.convt.json``): one :class:`Document` as JSON.

A version-2 session file is one JSON object::

    {
      "format": "convt-lab-session",
      "version": 2,
      "params": {"input_size": [2, 2], "kernel_size": [3, 3], "stride": [2, 2],
                 "padding": [0, 0], "output_padding": [0, 0], "dilation": [1, 1]},
      "channels": {"in_channels": 1, "out_channels": 1, "groups": 1, "bias": false,
                   "pick": [0, 0]},
      "x": [[[1.0, 2.0], [3.0, 4.0]]],                      (C_in, H, W)
      "w": [[[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]]],   (C_in, C_out/g, kH, kW)
      "b": [1.0],                                            (C_out,)
      "selection": {"grid": "output", "row": 1, "col": 2},
      "step": 5, "view": "gather", "theme": "light", "font_scale": 1.0, "language": "en",
      "output_size": [5, 5]                                  optional: forward(x, output_size=...)
    }

``format``, ``version``, ``params``, ``x`` and ``w`` are required; the rest
may be left out and take the defaults of :class:`Document`.  Unknown keys are
ignored.  Version-1 files (one 2-D ``x`` and ``w``, an optional ``channels``
block holding the whole tensors, and ``view`` as an object) are still read;
their top-level ``x``/``w`` must agree with the channel tensors.

A file is checked whole, including that its output is finite, before any of
it is used: :func:`load_session` either returns a document the app can show
or raises :class:`SessionError` with one English line naming the field.
"""

from __future__ import annotations

import json
import math
import os
from typing import Any

import numpy as np

from convt_lab import core
from convt_lab.gui.model.document import (
    GRIDS,
    Document,
    DocumentError,
    is_int,
)
from convt_lab.gui.model.files import FileTooLarge, NotARegularFile, atomic_write, read_bounded
from convt_lab.gui.model.result import compute

__all__ = [
    "FORMAT",
    "MAX_SESSION_BYTES",
    "MAX_SESSION_ITEMS",
    "SUFFIX",
    "VERSION",
    "SessionError",
    "from_json",
    "load_session",
    "save_session",
    "to_json",
]

FORMAT = "convt-lab-session"
VERSION = 2
SUFFIX = ".convt.json"
#: The longest text ``repr`` gives a float64 (17 significant digits, a sign
#: and a three-digit exponent), which is how :func:`to_json` writes values.
LONGEST_FLOAT = len(repr(-1.2345678901234567e-300))


def _largest_session() -> tuple[int, int]:
    """(bytes, items): upper bounds for the largest session :func:`to_json` writes.

    Derived from the limits a document is held to: every side of the input
    and of the kernel at most ``core.MAX_SIDE`` (an input and a kernel that
    wide are allowed together, with a padding one less) and at most
    ``core.MAX_CHANNELS`` channels in and out (one group gives the most
    weights).  Every value is taken to be written in the longest form a
    float has; each grid row and bracket line gets an indent and its
    punctuation; the fields other than x, w and b fit in 4 KB.  ``items``
    bounds what :func:`_too_many_items` counts: every number, array and
    object, also in a version-1 file, which repeats one input and one kernel
    plane at the top level.
    """
    side, most = core.MAX_SIDE, core.MAX_CHANNELS
    values = most * side * side + most * most * side * side + most
    lines = most * side + most * most * side + 2 * (most + most * most) + 8
    size = values * (LONGEST_FLOAT + len(", ")) + lines * 16 + 4096
    arrays = lines + 64
    items = values + 2 * side * side + arrays + 1024
    return size, items


_LARGEST_BYTES, _LARGEST_ITEMS = _largest_session()
#: Files larger than this are refused before they are read whole: twice the
#: largest session the app writes, so one re-indented by another tool (a
#: value per line) still opens.
MAX_SESSION_BYTES = 2 * _LARGEST_BYTES
#: Text with more JSON values than this (counted cheaply, before parsing) is
#: refused before it is parsed: twice what the largest session holds.
MAX_SESSION_ITEMS = 2 * _LARGEST_ITEMS

#: A session's problems are a document's problems, read from a file.
SessionError = DocumentError
TIMES = "\u00d7"


# -- checking plain values ---------------------------------------------------


def _kind(value: Any) -> str:
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


def _expect(value: Any, ok: bool, name: str, expected: str) -> None:
    if not ok:
        raise SessionError(f"{name} must be {expected}, but is {_kind(value)}", name.split(".")[0])


def _whole(value: Any, name: str, limits: tuple[int, int]) -> int:
    field_ = name.split(".")[0]
    if not is_int(value):
        shown = f" ({value!r})" if isinstance(value, float) else ""
        raise SessionError(f"{name} must be a whole number, but is {_kind(value)}{shown}", field_)
    if not limits[0] <= value <= limits[1]:
        shown = str(value) if abs(value) < 10**12 else f"a {len(str(abs(value)))}-digit number"
        raise SessionError(f"{name} must be from {limits[0]} to {limits[1]}, but is {shown}", field_)
    return int(value)


def _pair(value: Any, name: str, limits: tuple[int, int]) -> tuple[int, int]:
    if not isinstance(value, list):
        v = _whole(value, name, limits)
        return (v, v)
    if len(value) != 2:
        raise SessionError(
            f"{name} must be a whole number or a [height, width] pair, but has {len(value)} entries",
            "params",
        )
    return (_whole(value[0], f"{name}[0]", limits), _whole(value[1], f"{name}[1]", limits))


def _tensor(value: Any, name: str, shape: tuple[int, ...]) -> np.ndarray:
    """Nested lists of finite numbers of exactly ``shape``, as float64."""
    field_ = name.split(".")[0].split("[")[0]

    def walk(v: Any, depth: int, where: str) -> None:
        if depth == len(shape):
            if not (is_int(v) or isinstance(v, float)):
                raise SessionError(f"{where} must be a number, but is {_kind(v)}", field_)
            try:
                f = float(v)
            except OverflowError:
                f = math.inf
            if not math.isfinite(f):
                what = "NaN" if f != f else "too large (infinite)"
                raise SessionError(f"{where} must be a finite number, but is {what}", field_)
            return
        if not isinstance(v, list):
            raise SessionError(f"{where} must be an array, but is {_kind(v)}", field_)
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


def _required(doc: dict, name: str, where: str = "") -> Any:
    if name not in doc:
        raise SessionError(f"missing field {where + name!r}", (where.rstrip(".") or name))
    return doc[name]


def _params(value: Any) -> core.ConvTParams:
    _expect(value, isinstance(value, dict), "params", "an object")
    given = {}
    for name in core.FIELDS:
        given[name] = _pair(_required(value, name, "params."), f"params.{name}", core.LIMITS[name])
    try:
        return core.ConvTParams(**given)
    except core.ParamError as err:
        raise SessionError(f"params: {err}", "params") from None


def _setup(value: Any) -> tuple[core.ChannelSetup, Any]:
    if value is None:
        return core.ChannelSetup(), [0, 0]
    _expect(value, isinstance(value, dict), "channels", "an object")
    counts = {
        name: _whole(_required(value, name, "channels."), f"channels.{name}", (1, core.MAX_CHANNELS))
        for name in ("in_channels", "out_channels", "groups")
    }
    bias = value.get("bias", False)
    _expect(bias, isinstance(bias, bool), "channels.bias", "true or false")
    try:
        setup = core.ChannelSetup(**counts, bias=bias)
    except core.ParamError as err:
        raise SessionError(f"channels: {err}", "channels") from None
    pick = value.get("pick", [0, 0])
    _expect(pick, isinstance(pick, list) and len(pick) == 2 and all(is_int(v) for v in pick),
            "channels.pick", "[input channel, output channel]")
    return setup, pick


def _selection(value: Any) -> tuple[str, int, int] | None:
    if value is None:
        return None
    good = (
        isinstance(value, dict) and isinstance(value.get("grid"), str)
        and is_int(value.get("row")) and is_int(value.get("col"))
    )
    _expect(value, good, "selection", 'null or {"grid": "output"|"input", "row": N, "col": N}')
    if value["grid"] not in GRIDS:
        raise SessionError(
            f"selection.grid must be \"output\" or \"input\", but is {value['grid'][:40]!r}",
            "selection",
        )
    row, col = value["row"], value["col"]
    if abs(row) > 10**9 or abs(col) > 10**9:
        raise SessionError("selection: the row or column is far outside any grid", "selection")
    return (value["grid"], int(row), int(col))


def _output_size(value: Any) -> tuple[int, int] | None:
    """The optional target size (``forward(x, output_size=...)``): null or [height, width]."""
    if value is None:
        return None
    _expect(value, isinstance(value, list) and len(value) == 2, "output_size",
            "null or [height, width]")
    limit = (1, core.MAX_OUTPUT)
    return (_whole(value[0], "output_size[0]", limit), _whole(value[1], "output_size[1]", limit))


def _too_many_items(text: str) -> int | None:
    """The count of separators and openings when it is above :data:`MAX_SESSION_ITEMS`, else None.

    Every JSON value but the first in its array or object follows a comma,
    and the first follows its bracket, so this count bounds the number of
    values the parser would build, without building them.
    """
    count = text.count(",")
    if count > MAX_SESSION_ITEMS:
        return count
    count += text.count("[") + text.count("{")
    return count if count > MAX_SESSION_ITEMS else None


def _parse(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise SessionError(
            f"not a JSON file: {err.msg} at line {err.lineno}, column {err.colno}"
        ) from None
    except RecursionError:
        raise SessionError("not a session file: the JSON is nested too deeply") from None
    except ValueError as err:  # e.g. an integer literal with more than 4300 digits
        reason = str(err).split(":")[0].splitlines()[0][:100] if str(err) else "unreadable"
        raise SessionError(f"not a usable JSON file: {reason}") from None


def _version(doc: dict) -> int:
    if doc.get("format") != FORMAT:
        fmt = doc.get("format")
        if "format" not in doc:
            shown = "missing"
        else:
            shown = repr(fmt[:60]) if isinstance(fmt, str) else _kind(fmt)
        raise SessionError(
            f"not a ConvT Lab session: field 'format' is {shown}, expected {FORMAT!r}", "format"
        )
    version = _required(doc, "version")
    _expect(version, is_int(version), "version", "a whole number")
    if version not in (1, VERSION):
        shown = version if abs(version) < 10**12 else "too large"
        raise SessionError(
            f"version {shown} is not supported; this ConvT Lab reads versions 1 and {VERSION}",
            "version",
        )
    return version


def _presentation_v1(doc: dict) -> dict[str, Any]:
    """Version 1 kept step (0-based), theme and font scale in a free-form ``view`` object."""
    view = doc.get("view", {})
    _expect(view, isinstance(view, dict), "view", "an object")
    out: dict[str, Any] = {}
    if "step" in view:
        step = view["step"]
        _expect(step, is_int(step), "view.step", "a whole number")
        out["step"] = step + 1
    for key in ("theme", "font_scale"):
        if key in view:
            out[key] = view[key]
    if view.get("tab") is not None:
        out["view"] = view["tab"]
    return out


def _values_v1(doc: dict, params: core.ConvTParams, setup: core.ChannelSetup, pick) -> dict:
    x2 = _tensor(_required(doc, "x"), "x", params.input_size)
    w2 = _tensor(_required(doc, "w"), "w", params.kernel_size)
    block = doc.get("channels")
    if block is None:
        return {"x": x2[None], "w": w2[None, None]}
    xs = _tensor(block.get("x"), "channels.x", (setup.in_channels, *params.input_size))
    ws = _tensor(block.get("w"), "channels.w", setup.weight_shape(params.kernel_size))
    b = _tensor(block.get("b", [0.0] * setup.out_channels), "channels.b", (setup.out_channels,))
    ci, co = pick
    if 0 <= ci < setup.in_channels and not np.array_equal(xs[ci], x2):
        raise SessionError(f"x disagrees with channels.x[{ci}], the channel it should repeat", "x")
    if 0 <= co < setup.out_channels and ci in setup.inputs_of(co):
        if not np.array_equal(ws[setup.weight_index(ci, co)], w2):
            raise SessionError("w disagrees with the kernel slice in channels.w it should repeat", "w")
    return {"x": xs, "w": ws, "b": b}


def from_json(text: str) -> Document:
    """Read session file text into a checked :class:`Document`.

    Raises
    ------
    SessionError
        For anything but a valid session; the message names the field and
        the rule.  The document's output is computed once to make sure it is
        finite.
    """
    if not isinstance(text, str):
        raise SessionError(f"a session must be read from text, not {type(text).__name__}")
    items = _too_many_items(text)
    if items is not None:
        raise SessionError(
            f"too many values for a session: about {items:,} numbers and arrays, "
            f"but a session holds at most {MAX_SESSION_ITEMS:,}"
        )
    doc = _parse(text)
    if not isinstance(doc, dict):
        raise SessionError(f"not a session file: it holds {_kind(doc)}, not a JSON object")
    version = _version(doc)
    params = _params(_required(doc, "params"))
    setup, pick = _setup(doc.get("channels"))
    if version == 1:
        values = _values_v1(doc, params, setup, pick)
        rest = _presentation_v1(doc)
    else:
        values = {
            "x": _tensor(_required(doc, "x"), "x", (setup.in_channels, *params.input_size)),
            "w": _tensor(_required(doc, "w"), "w", setup.weight_shape(params.kernel_size)),
        }
        if "b" in doc:
            values["b"] = _tensor(doc["b"], "b", (setup.out_channels,))
        rest = {key: doc[key] for key in ("step", "view", "theme", "font_scale") if key in doc}
    language = doc.get("language", "en")
    _expect(language, isinstance(language, str), "language", "a string")
    document = Document(
        params=params, setup=setup, pick=pick, selection=_selection(doc.get("selection")),
        language=language, output_size=_output_size(doc.get("output_size")), **values, **rest,
    )
    try:
        compute(document)
    except core.ParamError as err:
        raise SessionError(f"the values cannot be shown: {err}", err.param) from None
    return document


def to_json(document: Document) -> str:
    """The session file text for ``document`` (UTF-8 JSON, ends with a newline).

    Floats are written with ``repr``, so they read back exactly.  Each grid
    row is one line, so a session reads (and diffs) like the grids.
    """
    st, sel = document.setup, document.selection
    fields: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "params": document.params.as_dict(),
        "channels": {
            "in_channels": st.in_channels, "out_channels": st.out_channels,
            "groups": st.groups, "bias": st.bias, "pick": list(document.pick),
        },
        "x": document.x.tolist(),
        "w": document.w.tolist(),
        "b": document.b.tolist(),
        "selection": None if sel is None else {"grid": sel[0], "row": sel[1], "col": sel[2]},
        "step": document.step,
        "view": document.view,
        "theme": document.theme,
        "font_scale": document.font_scale,
        "language": document.language,
    }
    if document.output_size is not None:
        fields["output_size"] = list(document.output_size)

    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, allow_nan=False)

    def rows(value: Any, indent: int) -> str:
        if not (isinstance(value, list) and value and isinstance(value[0], list)):
            return dump(value)  # one grid row
        pad = " " * (indent + 2)
        inner = ",\n".join(pad + rows(v, indent + 2) for v in value)
        return "[\n" + inner + "\n" + " " * indent + "]"

    lines = [f"  {dump(key)}: {rows(value, 2) if key in ('x', 'w') else dump(value)}"
             for key, value in fields.items()]
    return "{\n" + ",\n".join(lines) + "\n}\n"


def load_session(path: str | os.PathLike) -> Document:
    """Read a session file: a regular file of at most :data:`MAX_SESSION_BYTES`.

    Raises
    ------
    SessionError
        For a file that cannot be opened or read (the message carries the
        system's reason), one that is not a regular file or is too large, and
        for any problem with its content.
    """
    if os.fspath(path) == "":
        raise SessionError("the file name is empty")
    try:
        raw = read_bounded(path, MAX_SESSION_BYTES)
    except FileTooLarge as err:
        raise SessionError(f"file too large for a session: {err}") from None
    except NotARegularFile as err:
        raise SessionError(f"cannot read {os.fspath(path)!r}: {err}") from None
    except OSError as err:
        raise SessionError(f"cannot read {os.fspath(path)!r}: {err.strerror or err}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise SessionError(
            f"not a text file: byte 0x{raw[err.start]:02x} at offset {err.start} is not UTF-8"
        ) from None
    return from_json(text)


def save_session(path: str | os.PathLike, document: Document) -> str:
    """Write ``document`` to ``path`` atomically; returns the path written.

    Raises
    ------
    OSError
        If the file cannot be written; ``path`` is then unchanged.
    """
    return atomic_write(path, to_json(document).encode("utf-8"))
