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
import os
from typing import Any

import numpy as np

from convt_lab import core
from convt_lab.gui.model.document import STEPS, Document, is_int
from convt_lab.gui.model.files import FileTooLarge, NotARegularFile, atomic_write, read_bounded
from convt_lab.gui.model.result import compute
from convt_lab.gui.model.session_fields import (
    SessionError,
    expect,
    kind_name,
    read_output_size,
    read_params,
    read_selection,
    read_setup,
    read_tensor,
    read_whole,
    required,
)
from convt_lab.gui.model.session_limits import (
    MAX_SESSION_BYTES,
    MAX_SESSION_ITEMS,
    too_many_items,
)

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


def _parse(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        # Python's own message may end in "at" already ("Invalid control character at").
        what = err.msg[:-3] if err.msg.endswith(" at") else err.msg
        raise SessionError(
            f"not a JSON file: {what} at line {err.lineno}, column {err.colno}"
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
            shown = repr(fmt[:60]) if isinstance(fmt, str) else kind_name(fmt)
        raise SessionError(
            f"not a ConvT Lab session: field 'format' is {shown}, expected {FORMAT!r}", "format"
        )
    version = required(doc, "version")
    expect(version, is_int(version), "version", "a whole number")
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
    expect(view, isinstance(view, dict), "view", "an object")
    out: dict[str, Any] = {}
    if "step" in view:
        # Counted from 0 in version 1: its own range is named, not the new one's.
        out["step"] = read_whole(view["step"], "view.step", (0, len(STEPS) - 1)) + 1
    for key in ("theme", "font_scale"):
        if key in view:
            out[key] = view[key]
    if view.get("tab") is not None:
        out["view"] = view["tab"]
    return out


def _values_v1(doc: dict, params: core.ConvTParams, setup: core.ChannelSetup, pick) -> dict:
    x2 = read_tensor(required(doc, "x"), "x", params.input_size)
    w2 = read_tensor(required(doc, "w"), "w", params.kernel_size)
    block = doc.get("channels")
    if block is None:
        return {"x": x2[None], "w": w2[None, None]}
    xs = read_tensor(block.get("x"), "channels.x", (setup.in_channels, *params.input_size))
    ws = read_tensor(block.get("w"), "channels.w", setup.weight_shape(params.kernel_size))
    b = read_tensor(block.get("b", [0.0] * setup.out_channels), "channels.b", (setup.out_channels,))
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
    items = too_many_items(text)
    if items is not None:
        raise SessionError(
            f"too many values for a session: about {items:,} numbers and arrays, "
            f"but a session holds at most {MAX_SESSION_ITEMS:,}"
        )
    doc = _parse(text)
    if not isinstance(doc, dict):
        raise SessionError(f"not a session file: it holds {kind_name(doc)}, not a JSON object")
    version = _version(doc)
    params = read_params(required(doc, "params"))
    setup, pick = read_setup(doc.get("channels"))
    if version == 1:
        values = _values_v1(doc, params, setup, pick)
        rest = _presentation_v1(doc)
    else:
        values = {
            "x": read_tensor(required(doc, "x"), "x", (setup.in_channels, *params.input_size)),
            "w": read_tensor(required(doc, "w"), "w", setup.weight_shape(params.kernel_size)),
        }
        if "b" in doc:
            values["b"] = read_tensor(doc["b"], "b", (setup.out_channels,))
        rest = {key: doc[key] for key in ("step", "view", "theme", "font_scale") if key in doc}
    language = doc.get("language", "en")
    expect(language, isinstance(language, str), "language", "a string")
    document = Document(
        params=params, setup=setup, pick=pick, selection=read_selection(doc.get("selection")),
        language=language, output_size=read_output_size(doc.get("output_size")), **values, **rest,
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
