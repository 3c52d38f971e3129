"""Lesson scripts: a small TOML file of scenes that plays or renders hands-free.

A script is checked whole before anything plays: :func:`load_script` either
returns a :class:`Script` whose every scene is a valid :class:`Document`,
or raises :class:`ScriptError` with one line naming the scene and the field.

The format (TOML; every key but the scene list is optional)::

    title = "Transposed convolution: 2×2 to 5×5"
    language = "en"                # en or zh: the interface and the captions

    [[scene]]
    preset = "lesson"              # a preset (see below) ...
    # input = 2                    # ... or parameters: N or [H, W] each
    # kernel = 3                   #     (kernel, stride, padding,
    # output_padding = 1           #      output_padding, dilation)
    view = "gather"                # gather, scatter, matrix, overlap, roundtrip
    step = 2                       # 1..5: the lesson up to this step
    select = [1, 1]                # an output cell (row, col), from 0
    animate = "cells"              # "cells" (the kernel's slide), "stamps"
                                   # (the Scatter view's), or leave it out
    speed = 2.0                    # animation steps per second (0.5 to 60)
    caption = "Insert s − 1 = 1 zero between neighbours."
    pause = 3.0                    # seconds shown (after the animation)

A bare name of a shipped script (``seed_lesson_en``, ``seed_lesson_zh``)
finds it wherever ConvT Lab is installed: ``convt-lab play seed_lesson_zh``.

Presets: lesson (2×2, k3, s2, p0), lesson_op1 (the same with
output_padding 1), checkerboard, even, dilation, crop, rectangular.  Values
are the preset's, or 1, 2, … for given parameters.  A scene without
parameters or a preset keeps the scene before it.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field

from convt_lab import core
from convt_lab.core.plan_args import short
from convt_lab.gui.model.document import STEPS, STILL_VIEWS, VIEWS, Document, DocumentError
from convt_lab.gui.model.files import read_bounded
from convt_lab.gui.model.fills import arange
from convt_lab.gui.model.presets import PRESETS

try:
    import tomllib
except ImportError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

__all__ = ["ANIMATIONS", "MAX_BYTES", "Scene", "Script", "ScriptError", "load_script", "parse_script",
           "resolve", "shipped_scripts"]

ANIMATIONS = ("cells", "stamps")
MAX_BYTES = 1 << 20
MAX_SCENES = 200
#: Script keys -> ConvTParams fields.
PARAM_KEYS = {"input": "input_size", "kernel": "kernel_size", "stride": "stride",
              "padding": "padding", "output_padding": "output_padding", "dilation": "dilation"}
SCENE_KEYS = {"preset", "view", "step", "select", "animate", "speed", "caption", "pause",
              *PARAM_KEYS}
TOP_KEYS = {"title", "language", "scene"}
SPEEDS = (0.5, 60.0)
MAX_PAUSE = 600.0


class ScriptError(ValueError):
    """A script that cannot play; ``str(err)`` is one line naming the scene and the field."""


@dataclass(frozen=True)
class Scene:
    """One scene: what the screen shows, an optional animation, a caption and a pause."""

    document: Document
    animate: str | None = None
    speed: float = 2.0
    caption: str = ""
    pause: float = 2.0

    def steps(self) -> int:
        """How many animation frames the scene has (0 without an animation)."""
        if self.animate == "cells":
            return int(self.document.params.output_size[0] * self.document.params.output_size[1])
        if self.animate == "stamps":
            return int(self.document.params.input_size[0] * self.document.params.input_size[1])
        return 0

    @property
    def seconds(self) -> float:
        """How long the scene lasts: its animation, then its pause."""
        return self.steps() / self.speed + self.pause


@dataclass(frozen=True)
class Script:
    """A checked lesson script."""

    scenes: tuple[Scene, ...]
    title: str = ""
    language: str = "en"
    source: str = field(default="", compare=False)

    @property
    def seconds(self) -> float:
        return sum(scene.seconds for scene in self.scenes)


def _where(k: int, key: str | None = None) -> str:
    return f"scene {k}" + (f", {key}" if key else "")


def _shown(value) -> str:
    """A value as an error message repeats it: its repr, cut to a readable length."""
    return short(repr(value))


def _number(value, where: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (
        isinstance(value, float) and not math.isfinite(value)
    ):
        raise ScriptError(f"{where}: expected a number, got {_shown(value)}")
    if not low <= value <= high:  # exact for an int of any size, which float() could not hold
        raise ScriptError(f"{where}: {_shown(value)} is outside {low:g} to {high:g}")
    return float(value)


#: A whole number beyond this is not a size, whatever the limits: said so, not echoed whole.
FAR_TOO_LARGE = 10**6
#: The grids' names in a limit's error, as the lesson calls them.
GRID_NAMES = {"inserted_size": "the zero-inserted grid", "padded_size": "the padded grid",
              "output_size": "the output"}


def _pair(value, where: str, form: str = "a whole number or [H, W]") -> int | tuple[int, int]:
    whole = (isinstance(value, int) and not isinstance(value, bool)) or (
        isinstance(value, list) and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value))
    if not whole:
        raise ScriptError(f"{where}: expected {form}, got {_shown(value)}")
    for v in value if isinstance(value, list) else (value,):
        if abs(v) > FAR_TOO_LARGE:
            raise ScriptError(f"{where}: {_shown(v)} is far too large for a layer the lesson can draw")
    return (value[0], value[1]) if isinstance(value, list) else value


def _problem(err: core.ParamError) -> str:
    """A parameter's error in the lesson's words: a grid too large is named as the lesson names it."""
    if err.rule == "limit" and err.param in GRID_NAMES:
        v = err.values
        axis = "" if err.axis is None else f" ({'height' if err.axis == 0 else 'width'})"
        return (f"{GRID_NAMES[err.param]} would be {v['value']} cells{axis}; at most {v['high']} "
                "can be drawn")
    return str(err)


def _params(raw: dict, k: int, before: Document) -> Document:
    preset = raw.get("preset")
    given = {PARAM_KEYS[key]: _pair(raw[key], _where(k, key)) for key in PARAM_KEYS if key in raw}
    if preset is not None:
        match = next((p for p in PRESETS if p.key == preset), None)
        if match is None:
            names = ", ".join(p.key for p in PRESETS)
            raise ScriptError(f"{_where(k, 'preset')}: no preset {_shown(preset)} (one of {names})")
        if given:
            raise ScriptError(f"{_where(k, 'preset')}: give a preset or parameters, not both")
        return match.document()
    if not given:
        return before
    fields = {name: getattr(before.params, name) for name in core.FIELDS}
    fields.update(given)
    try:
        params = core.ConvTParams(**fields)
        core.check_limits(params)
    except core.ParamError as err:
        key = next(iter(given)) if len(given) == 1 else "parameters"
        key = next((s for s, f in PARAM_KEYS.items() if f == key), key)
        raise ScriptError(f"{_where(k, key)}: {_problem(err)}") from None
    x, w = arange(params.input_size), arange(params.kernel_size)
    return Document(params=params, x=x[None], w=w[None, None])


def _scene(raw, k: int, before: Document, language: str) -> Scene:
    if not isinstance(raw, dict):
        raise ScriptError(f"{_where(k)}: expected a table of keys, got {type(raw).__name__}")
    unknown = sorted(set(raw) - SCENE_KEYS)
    if unknown:
        raise ScriptError(f"{_where(k, unknown[0])}: unknown key (known: {', '.join(sorted(SCENE_KEYS))})")
    doc = _params(raw, k, before).replace(language=language, selection=None)
    view = raw.get("view", before.view)
    if view not in VIEWS:
        raise ScriptError(f"{_where(k, 'view')}: {_shown(view)} is not one of {', '.join(VIEWS)}")
    step = raw.get("step", 5)
    if isinstance(step, bool) or step not in STEPS:
        raise ScriptError(f"{_where(k, 'step')}: expected 1 to 5, got {_shown(step)}")
    selection = None
    if "select" in raw:
        cell = _pair(raw["select"], _where(k, "select"), "[row, col] with whole numbers")
        if not isinstance(cell, tuple):
            raise ScriptError(f"{_where(k, 'select')}: expected [row, col], got {_shown(raw['select'])}")
        rows, cols = doc.params.output_size
        if not (0 <= cell[0] < rows and 0 <= cell[1] < cols):
            raise ScriptError(f"{_where(k, 'select')}: {list(cell)} is outside the {rows}x{cols} output")
        selection = ("output", *cell)
    try:
        doc = doc.replace(view=view, step=step, selection=selection)
    except DocumentError as err:
        raise ScriptError(f"{_where(k)}: {err}") from None
    animate = raw.get("animate")
    if animate is not None and animate not in ANIMATIONS:
        raise ScriptError(f"{_where(k, 'animate')}: {_shown(animate)} is not one of {', '.join(ANIMATIONS)}")
    if animate == "stamps" and view != "scatter":
        raise ScriptError(f"{_where(k, 'animate')}: stamps play in the scatter view; set view = \"scatter\"")
    if animate is not None and view in STILL_VIEWS:
        raise ScriptError(f"{_where(k, 'animate')}: the {view} view has no animation; leave out "
                          "animate or set another view")
    speed = _number(raw.get("speed", 2.0), _where(k, "speed"), *SPEEDS)
    pause = _number(raw.get("pause", 2.0), _where(k, "pause"), 0.0, MAX_PAUSE)
    caption = raw.get("caption", "")
    if not isinstance(caption, str) or "\n" in caption.strip() or len(caption) > 300:
        raise ScriptError(f"{_where(k, 'caption')}: expected one line of text (at most 300 characters)")
    return Scene(doc, animate, speed, caption.strip(), pause)


def parse_script(data: dict, source: str = "") -> Script:
    """Check the parsed TOML (or JSON) ``data`` whole; raises :class:`ScriptError`."""
    if not isinstance(data, dict):
        raise ScriptError("the script must be a table with a [[scene]] list")
    unknown = sorted(set(data) - TOP_KEYS)
    if unknown:
        raise ScriptError(f"{unknown[0]}: unknown key (known: {', '.join(sorted(TOP_KEYS))})")
    language = data.get("language", "en")
    if language not in ("en", "zh"):
        raise ScriptError(f"language: expected en or zh, got {_shown(language)}")
    title = data.get("title", "")
    if not isinstance(title, str):
        raise ScriptError(f"title: expected text, got {_shown(title)}")
    raw = data.get("scene")
    if not isinstance(raw, list) or not raw:
        raise ScriptError("scene: the script has no [[scene]] entries")
    if len(raw) > MAX_SCENES:
        raise ScriptError(f"scene: {len(raw)} scenes, more than {MAX_SCENES}")
    scenes, before = [], Document()
    for k, item in enumerate(raw, 1):
        scene = _scene(item, k, before, language)
        scenes.append(scene)
        before = scene.document
    return Script(tuple(scenes), title, language, source)


def shipped_scripts() -> dict[str, str]:
    """The scripts that come with ConvT Lab: name (``seed_lesson_en``) -> path."""
    from importlib import resources

    folder = resources.files("convt_lab.resources").joinpath("scripts")
    try:
        entries = list(folder.iterdir())
    except OSError:
        return {}
    return {entry.name[:-5]: str(entry) for entry in entries if entry.name.endswith(".toml")}


def resolve(path: str | os.PathLike) -> str:
    """``path``, or the shipped script of that name when no such file exists."""
    text = os.fspath(path)
    if not os.path.exists(text):
        name = os.path.basename(text)
        name = name[:-5] if name.endswith(".toml") else name
        shipped = shipped_scripts()
        if os.path.dirname(text) == "" and name in shipped:
            return shipped[name]
    return text


def load_script(path: str | os.PathLike) -> Script:
    """Read and check the script at ``path`` (``.toml``, or ``.json``).

    A bare name of a shipped script (``seed_lesson_zh``) finds it.

    Raises
    ------
    ScriptError
        One line: the file's problem, or the scene and the field.
    """
    if not os.fspath(path).strip():
        raise ScriptError("the script's file name is empty; give a .toml or .json file, or the name "
                          "of a shipped script")
    path = resolve(path)
    try:
        raw = read_bounded(path, MAX_BYTES)
    except OSError as err:
        raise ScriptError(f"cannot read the script: {err.strerror or err}") from None
    try:
        text = raw.decode("utf-8-sig")  # an editor's byte-order mark is not part of the script
        if os.fspath(path).lower().endswith(".json"):
            data = json.loads(text)
        else:
            data = tomllib.loads(text)
    except UnicodeDecodeError:
        raise ScriptError("the script is not UTF-8 text") from None
    except RecursionError:
        raise ScriptError("not a valid script file: its brackets nest too deeply") from None
    except ValueError as err:  # TOMLDecodeError and JSONDecodeError are ValueErrors
        raise ScriptError(f"not a valid script file: {str(err).splitlines()[0]}") from None
    return parse_script(data, os.fspath(path))
