"""Session files (``.convt.json``): parameters, values, selection and view.

A session file is one JSON object::

    {
      "format": "convt-lab-session",
      "version": 1,
      "params": {"input_size": [2, 2], "kernel_size": [3, 3], "stride": [2, 2],
                 "padding": [0, 0], "output_padding": [0, 0], "dilation": [1, 1]},
      "x": [[1.0, 2.0], [3.0, 4.0]],
      "w": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]],
      "selection": {"grid": "output", "row": 1, "col": 2},
      "language": "en",
      "view": {"tab": "gather", "theme": "light", "font_scale": 1.0}
    }

``format``, ``version``, ``params``, ``x`` and ``w`` are required;
``selection`` (default ``null``), ``language`` (``"en"``) and ``view``
(``{}``) may be left out.  Unknown top-level keys are ignored, so a later
version-1 writer may add optional fields.

This module is pure Python + NumPy + core (no Qt), so it can be used from
scripts and tested without a display.  Every problem with a file's content
raises :class:`SessionError` with a one-line English message naming the
field; the parameter rules and limits are core's own
(:class:`core.ConvTParams` and :func:`core.check_limits`).
"""

from __future__ import annotations

import json
import math
import os
import re
import tempfile
from dataclasses import dataclass, field
from typing import Any

import numpy as np

import core

__all__ = [
    "FORMAT",
    "LANGUAGES",
    "MAX_SESSION_BYTES",
    "MAX_VIEW_KEYS",
    "SUFFIX",
    "VERSION",
    "SessionData",
    "SessionError",
    "from_json",
    "load_session",
    "save_session",
    "to_json",
]

FORMAT = "convt-lab-session"
VERSION = 1
SUFFIX = ".convt.json"
#: Files larger than this are refused before they are read whole.
MAX_SESSION_BYTES = 1_000_000
LANGUAGES = ("en", "zh")
MAX_VIEW_KEYS = 32
#: The longest key or string value ``view`` may hold.
MAX_VIEW_TEXT = 256
GRIDS = ("output", "input")


class SessionError(ValueError):
    """A session file (or :class:`SessionData`) that cannot be used.

    ``str(err)`` is one English line naming the problem.

    Attributes
    ----------
    field : str or None
        The field at fault (``"params"``, ``"x"``, ``"selection"``, ...), or
        None when the file as a whole is bad (not JSON, too large, ...).
    """

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


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


def _is_int(value: Any) -> bool:
    return isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))


def _is_number(value: Any) -> bool:
    return _is_int(value) or isinstance(value, (float, np.floating))


def _expect(value: Any, ok: bool, name: str, expected: str) -> None:
    if not ok:
        raise SessionError(f"{name} must be {expected}, but is {_kind(value)}", name.split(".")[0])


def _whole(value: Any, name: str, limits: tuple[int, int]) -> int:
    field_ = name.split(".")[0]  # "params" or "channels"
    if not _is_int(value):
        shown = f" ({value!r})" if isinstance(value, float) else ""
        raise SessionError(f"{name} must be a whole number, but is {_kind(value)}{shown}", field_)
    if abs(value) > 10**9:
        # Core would report it too, but quoting a number of a thousand digits
        # (in the output size formula) would not fit on one line.
        raise SessionError(
            f"{name} must be between {limits[0]} and {limits[1]}, "
            f"but is a {len(str(abs(value)))}-digit number",
            field_,
        )
    return int(value)


def _pair(value: Any, name: str, limits: tuple[int, int]) -> int | tuple[int, int]:
    if not isinstance(value, (list, tuple)):
        return _whole(value, name, limits)
    if len(value) != 2:
        raise SessionError(
            f"{name} must be a whole number or a [height, width] pair of whole numbers, "
            f"but has {len(value)} entries",
            "params",
        )
    return (_whole(value[0], f"{name}[0]", limits), _whole(value[1], f"{name}[1]", limits))


def _grid(value: Any, name: str, shape: tuple[int, int]) -> np.ndarray:
    """A list of ``shape[0]`` rows of ``shape[1]`` finite numbers, as float64.

    Errors name ``name`` ("x", "channels.x[1]", ...) and carry its top field.
    """
    field_ = re.split(r"[.\[]", name)[0]
    if isinstance(value, np.ndarray):
        value = value.tolist()
    _expect(value, isinstance(value, (list, tuple)), name, "an array of rows")
    rows, cols = shape
    if len(value) != rows or not all(isinstance(r, (list, tuple)) for r in value):
        got = f"{len(value)} entries" if len(value) != rows else "entries that are not rows"
        raise SessionError(
            f"{name} must be {rows}x{cols} to match the parameters, but has {got}", field_
        )
    for i, row in enumerate(value):
        if len(row) != cols:
            raise SessionError(
                f"{name} must be {rows}x{cols} to match the parameters, "
                f"but row {i} has {len(row)} values",
                field_,
            )
    out = np.empty(shape, np.float64)
    for i, row in enumerate(value):
        for j, v in enumerate(row):
            if not _is_number(v):
                raise SessionError(f"{name}[{i}][{j}] must be a number, but is {_kind(v)}", field_)
            try:
                f = float(v)
            except OverflowError:
                f = math.inf
            if not math.isfinite(f):
                what = "NaN" if math.isnan(f) else "too large (infinite)"
                raise SessionError(f"{name}[{i}][{j}] must be a finite number, but is {what}", field_)
            out[i, j] = f
    out.setflags(write=False)
    return out


def _is_text(value: Any) -> bool:
    """A string short enough for ``view`` that UTF-8 can encode (no lone surrogates)."""
    if not isinstance(value, str) or len(value) > MAX_VIEW_TEXT:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _view_name(key: str) -> str:
    return f"view.{key}" if key.isidentifier() and len(key) <= 40 else f"view[{key[:40]!r}]"


def _check_view(view: Any) -> dict[str, str | int | float | bool]:
    _expect(view, isinstance(view, dict), "view", "an object")
    if len(view) > MAX_VIEW_KEYS:
        raise SessionError(
            f"view must have at most {MAX_VIEW_KEYS} keys, but has {len(view)}", "view"
        )
    out: dict[str, str | int | float | bool] = {}
    for key, v in view.items():
        if not _is_text(key):
            raise SessionError(
                f"view keys must be UTF-8 strings of at most {MAX_VIEW_TEXT} characters, "
                f"but one is {'not' if isinstance(key, str) else _kind(key)}",
                "view",
            )
        name = _view_name(key)
        if isinstance(v, (bool, np.bool_)):
            out[key] = bool(v)
        elif _is_int(v):
            if not -(2**63) <= v < 2**63:
                raise SessionError(f"{name} must fit in 64 bits, but is too large", "view")
            out[key] = int(v)
        elif isinstance(v, (float, np.floating)):
            if not math.isfinite(v):
                raise SessionError(f"{name} must be a finite number, but is {v}", "view")
            out[key] = float(v)
        elif isinstance(v, str):
            if not _is_text(v):
                raise SessionError(
                    f"{name} must be UTF-8 text of at most {MAX_VIEW_TEXT} characters", "view"
                )
            out[key] = v
        else:
            raise SessionError(
                f"{name} must be a string, number or boolean, but is {_kind(v)}", "view"
            )
    return out


def _check_selection(selection: Any, params: core.ConvTParams) -> tuple[str, int, int] | None:
    if selection is None:
        return None
    good = (
        isinstance(selection, (tuple, list))
        and len(selection) == 3
        and selection[0] in GRIDS
        and _is_int(selection[1])
        and _is_int(selection[2])
    )
    _expect(selection, good, "selection", 'None or ("output" | "input", row, col)')
    grid, i, j = selection[0], int(selection[1]), int(selection[2])
    rows, cols = params.output_size if grid == "output" else params.input_size
    if not (0 <= i < rows and 0 <= j < cols):
        raise SessionError(
            f"selection: there is no {grid} cell ({i}, {j}) in a {rows}x{cols} {grid} "
            f"(rows 0..{rows - 1}, cols 0..{cols - 1})",
            "selection",
        )
    return (grid, i, j)


# -- the data ------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class SessionData:
    """Everything a session file holds, checked when it is made.

    Parameters
    ----------
    params : core.ConvTParams
        Must lie within :func:`core.check_limits`.
    x, w : array_like
        The input and kernel values, of shapes ``params.input_size`` and
        ``params.kernel_size``; stored as read-only float64 copies.
    selection : (str, int, int) or None
        ``("output" | "input", row, col)``, inside that grid.
    language : str
        One of :data:`LANGUAGES`.
    view : dict
        At most :data:`MAX_VIEW_KEYS` view settings with string keys and
        string, int, finite float or bool values.

    Raises
    ------
    SessionError
        If any field breaks these rules.
    """

    params: core.ConvTParams
    x: np.ndarray
    w: np.ndarray
    selection: tuple[str, int, int] | None = None
    language: str = "en"
    view: dict[str, Any] = field(default_factory=dict)
    #: Several channels: the setup, the whole tensors and the pair shown.
    #: With the default single channel these stay empty and ``x``, ``w`` say all.
    setup: core.ChannelSetup = core.ChannelSetup()
    xs: np.ndarray | None = None
    ws: np.ndarray | None = None
    bias: np.ndarray | None = None
    pick: tuple[int, int] = (0, 0)

    def __post_init__(self) -> None:
        if not isinstance(self.params, core.ConvTParams):
            raise SessionError(
                f"params must be a core.ConvTParams, not {type(self.params).__name__}", "params"
            )
        try:
            core.check_limits(self.params)
        except core.ParamError as err:
            raise SessionError(f"params: {err}", "params") from None
        set_ = object.__setattr__
        set_(self, "x", _grid(self.x, "x", self.params.input_size))
        set_(self, "w", _grid(self.w, "w", self.params.kernel_size))
        set_(self, "selection", _check_selection(self.selection, self.params))
        if not isinstance(self.language, str) or self.language not in LANGUAGES:
            shown = repr(self.language[:40]) if isinstance(self.language, str) else "not text"
            raise SessionError(
                f"language must be one of {', '.join(map(repr, LANGUAGES))}, but is {shown}",
                "language",
            )
        set_(self, "view", _check_view(self.view))
        self._check_channels()

    def _check_channels(self) -> None:
        set_ = object.__setattr__
        setup = self.setup
        if not isinstance(setup, core.ChannelSetup):
            raise SessionError("channels must describe a channel setup", "channels")
        if setup.single:
            set_(self, "xs", self.x[None])
            set_(self, "ws", self.w[None, None])
            set_(self, "bias", np.zeros(1))
            set_(self, "pick", (0, 0))
            return
        p = self.params
        xs = self.xs if isinstance(self.xs, (list, tuple, np.ndarray)) else None
        ws = self.ws if isinstance(self.ws, (list, tuple, np.ndarray)) else None
        if xs is None or len(xs) != setup.in_channels:
            raise SessionError(f"channels.x must hold {setup.in_channels} input channels", "channels")
        wshape = setup.weight_shape(p.kernel_size)
        if ws is None or len(ws) != wshape[0] or not all(
            isinstance(row, (list, tuple, np.ndarray)) and len(row) == wshape[1] for row in ws
        ):
            raise SessionError(f"channels.w must be {wshape[0]}x{wshape[1]} kernels", "channels")
        set_(self, "xs", np.stack([_grid(g, f"channels.x[{c}]", p.input_size) for c, g in enumerate(xs)]))
        set_(self, "ws", np.stack([
            np.stack([_grid(k, f"channels.w[{c}][{o}]", p.kernel_size) for o, k in enumerate(row)])
            for c, row in enumerate(ws)
        ]))
        bias = self.bias if self.bias is not None else [0.0] * setup.out_channels
        if isinstance(bias, np.ndarray):
            bias = bias.tolist()
        _expect(bias, isinstance(bias, (list, tuple)), "channels.b", "an array of numbers")
        set_(self, "bias", _grid([list(bias)], "channels.b", (1, setup.out_channels))[0])
        pick = self.pick
        ok = (
            isinstance(pick, (list, tuple)) and len(pick) == 2 and all(_is_int(v) for v in pick)
            and 0 <= pick[1] < setup.out_channels and pick[0] in setup.inputs_of(pick[1])
        )
        if not ok:
            raise SessionError(
                "channels.pick must be [input channel, output channel] within one group", "channels"
            )
        set_(self, "pick", (int(pick[0]), int(pick[1])))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SessionData):
            return NotImplemented
        return (
            self.params == other.params
            and np.array_equal(self.x, other.x)
            and np.array_equal(self.w, other.w)
            and self.selection == other.selection
            and self.language == other.language
            and self.view == other.view
            and self.setup == other.setup
            and np.array_equal(self.xs, other.xs)
            and np.array_equal(self.ws, other.ws)
            and np.array_equal(self.bias, other.bias)
            and self.pick == other.pick
        )

    __hash__ = None  # type: ignore[assignment]


# -- JSON ----------------------------------------------------------------------


def to_json(data: SessionData) -> str:
    """The session file text for ``data`` (UTF-8 JSON, ends with a newline).

    Floats are written by ``json`` with ``repr``, so they read back exactly.
    """
    sel = data.selection
    doc = {
        "format": FORMAT,
        "version": VERSION,
        "params": data.params.as_dict(),
        "x": data.x.tolist(),
        "w": data.w.tolist(),
        "selection": None if sel is None else {"grid": sel[0], "row": sel[1], "col": sel[2]},
        "language": data.language,
        "view": dict(data.view),
    }
    if not data.setup.single:
        st = data.setup
        doc["channels"] = {
            "in_channels": st.in_channels,
            "out_channels": st.out_channels,
            "groups": st.groups,
            "bias": st.bias,
            "pick": list(data.pick),
            "x": data.xs.tolist(),
            "w": data.ws.tolist(),
            "b": data.bias.tolist(),
        }

    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, allow_nan=False)

    # One grid row per line, so a session reads (and diffs) like the grids.
    lines = []
    for key, value in doc.items():
        if key in ("x", "w"):
            rows = ",\n    ".join(dump(row) for row in value)
            text = f"[\n    {rows}\n  ]"
        else:
            text = dump(value)
        lines.append(f"  {dump(key)}: {text}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


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


def _required(doc: dict, name: str) -> Any:
    if name not in doc:
        raise SessionError(f"missing field {name!r}", name)
    return doc[name]


def _params(value: Any) -> core.ConvTParams:
    _expect(value, isinstance(value, dict), "params", "an object")
    given = {}
    for name in core.FIELDS:
        if name not in value:
            raise SessionError(f"missing field 'params.{name}'", "params")
        given[name] = _pair(value[name], f"params.{name}", core.LIMITS[name])
    try:
        return core.ConvTParams(**given)
    except core.ParamError as err:
        raise SessionError(f"params: {err}", "params") from None


def _selection(value: Any) -> tuple[str, int, int] | None:
    if value is None:
        return None
    good = (
        isinstance(value, dict)
        and isinstance(value.get("grid"), str)
        and _is_int(value.get("row"))
        and _is_int(value.get("col"))
    )
    _expect(value, good, "selection", 'null or {"grid": "output"|"input", "row": N, "col": N}')
    if value["grid"] not in GRIDS:
        raise SessionError(
            f"selection.grid must be \"output\" or \"input\", but is {value['grid'][:40]!r}",
            "selection",
        )
    return (value["grid"], value["row"], value["col"])


def from_json(text: str) -> SessionData:
    """Read session file text.

    Raises
    ------
    SessionError
        For anything but a valid version-1 session; the message names the
        field and the rule.
    """
    if not isinstance(text, str):
        raise SessionError(f"a session must be read from text, not {type(text).__name__}")
    doc = _parse(text)
    if not isinstance(doc, dict):
        raise SessionError(f"not a session file: it holds {_kind(doc)}, not a JSON object")
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
    if not _is_int(version):
        _expect(version, False, "version", "a whole number")
    if version != VERSION:
        shown = version if abs(version) < 10**12 else "too large"
        raise SessionError(
            f"version {shown} is not supported; this ConvT Lab reads version {VERSION}", "version"
        )
    params = _params(_required(doc, "params"))
    x = _required(doc, "x")
    w = _required(doc, "w")
    language = doc.get("language", "en")
    _expect(language, isinstance(language, str), "language", "a string")
    extra = {}
    channels = doc.get("channels")
    if channels is not None:
        _expect(channels, isinstance(channels, dict), "channels", "an object")
        counts = {}
        for name in ("in_channels", "out_channels", "groups"):
            counts[name] = _whole(_required_in(channels, name), f"channels.{name}", (1, core.MAX_CHANNELS))
        bias = channels.get("bias", False)
        _expect(bias, isinstance(bias, bool), "channels.bias", "true or false")
        try:
            setup = core.ChannelSetup(**counts, bias=bias)
        except core.ParamError as err:
            raise SessionError(f"channels: {err}", "channels") from None
        extra = dict(
            setup=setup, xs=channels.get("x"), ws=channels.get("w"), bias=channels.get("b"),
            pick=channels.get("pick", [0, 0]),
        )
    return SessionData(
        params=params,
        x=x,
        w=w,
        selection=_selection(doc.get("selection")),
        language=language,
        view=doc.get("view", {}),
        **extra,
    )


def _required_in(block: dict, name: str) -> Any:
    if name not in block:
        raise SessionError(f"missing field 'channels.{name}'", "channels")
    return block[name]


# -- files ---------------------------------------------------------------------


def load_session(path: str | os.PathLike) -> SessionData:
    """Read a session file.

    Files larger than :data:`MAX_SESSION_BYTES` are refused before they are
    read whole.

    Raises
    ------
    SessionError
        For a file that cannot be opened or read (the message carries the
        system's reason) and for any problem with its content.
    """
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > MAX_SESSION_BYTES:
                raise SessionError(_too_large(size))
            raw = f.read(MAX_SESSION_BYTES + 1)
    except OSError as err:
        raise SessionError(f"cannot read {os.fspath(path)!r}: {err.strerror or err}") from None
    if len(raw) > MAX_SESSION_BYTES:  # a pipe or a file that grew since fstat
        raise SessionError(_too_large(len(raw)))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise SessionError(
            f"not a text file: byte 0x{raw[err.start]:02x} at offset {err.start} is not UTF-8"
        ) from None
    return from_json(text)


def _too_large(size: int) -> str:
    return f"file too large for a session: more than {MAX_SESSION_BYTES:,} bytes ({size:,})"


def save_session(path: str | os.PathLike, data: SessionData) -> None:
    """Write ``data`` to ``path`` atomically.

    The text goes to a temporary file in the same directory, which is
    flushed, fsync'ed and then moved over ``path`` with :func:`os.replace`,
    so ``path`` holds either the old or the new session, never half of one.

    Raises
    ------
    OSError
        If the file cannot be written; ``path`` is then unchanged and the
        temporary file is removed.
    """
    text = to_json(data).encode("utf-8")
    path = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(path))
    try:  # keep the old file's permissions; mkstemp's are owner-only
        mode = os.stat(path).st_mode & 0o777
    except OSError:
        mode = 0o644
    fd, tmp = tempfile.mkstemp(prefix=".convt-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        try:
            os.chmod(tmp, mode)
        except OSError:
            pass
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    _sync_folder(folder)


def _sync_folder(folder: str) -> None:
    """Make the rename itself durable, where the system allows it (POSIX)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
