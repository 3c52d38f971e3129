"""The one document: everything a user can save, in one frozen, Qt-free type.

A :class:`Document` holds the parameters, the channel setup, the whole
layer's values (input ``x`` of shape ``(C_in, H, W)``, weight ``w`` of shape
``(C_in, C_out/groups, kH, kW)``, bias ``b`` of shape ``(C_out,)``), the channel
pair the lesson draws, the selected cell, the lesson step, the view (tab),
the theme, the font scale and the language.  The session file
(:mod:`convt_lab.gui.model.session`), the command line and the window all
build and read this one type; it is validated when it is made, so an
instance is always something the app can show.  Edits make a new document
(:meth:`Document.replace` and the ``with_*`` helpers).
"""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass
from typing import Any

import numpy as np

from convt_lab import core
from convt_lab.gui.model.fills import arange

__all__ = [
    "FONT_SCALES",
    "GRIDS",
    "LANGUAGES",
    "STEPS",
    "THEMES",
    "VIEWS",
    "Document",
    "DocumentError",
    "Selection",
]

THEMES = ("light", "dark", "contrast", "contrast-dark")
FONT_SCALES = (1.0, 1.5, 2.0)
LANGUAGES = ("en", "zh")
VIEWS = ("gather", "scatter", "matrix", "overlap", "roundtrip", "transposed", "subpixel", "plan",
         "practice")
#: The lesson's steps, 1 (the input) to 5 (the result).
STEPS = (1, 2, 3, 4, 5)
#: The views with no cells to step through: no animation, no sum.
STILL_VIEWS = frozenset({"roundtrip", "plan"})
#: The grids a selection can name.
GRIDS = ("output", "input")

#: ``("output", i, j)``, ``("input", r, c)`` or None.
Selection = tuple[str, int, int] | None


class DocumentError(ValueError):
    """A document (or a session file) that cannot be used.

    ``str(err)`` is one English line naming the problem; the GUI shows it as
    it is inside a translated sentence.

    Attributes
    ----------
    field : str or None
        The field at fault (``"params"``, ``"x"``, ``"selection"``, ...), or
        None when a file as a whole is bad (not JSON, too large, ...).
    """

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


def is_int(value: Any) -> bool:
    return isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))


def _values(value: Any, name: str, shape: tuple[int, ...]) -> np.ndarray:
    """``value`` as a read-only float64 array of ``shape`` with finite entries."""
    try:
        arr = np.array(value, dtype=np.float64)
    except (TypeError, ValueError, OverflowError):
        raise DocumentError(f"{name} must be an array of numbers of shape {shape}", name) from None
    if arr.shape != tuple(shape):
        raise DocumentError(
            f"{name} has shape {arr.shape}, but the parameters and channels need {tuple(shape)}", name
        )
    if not np.isfinite(arr).all():
        bad = "NaN" if np.isnan(arr).any() else "infinite"
        raise DocumentError(f"{name} must hold finite numbers, but one is {bad}", name)
    arr.setflags(write=False)
    return arr


def _choice(value: Any, name: str, choices: tuple) -> Any:
    if isinstance(value, bool) or value not in choices:
        shown = repr(value[:40]) if isinstance(value, str) else repr(value)[:40]
        raise DocumentError(
            f"{name} must be one of {', '.join(map(str, choices))}, but is {shown}", name
        )
    return value


@dataclass(frozen=True, eq=False)
class Document:
    """Everything a user can save; checked when it is made.

    Parameters
    ----------
    params : core.ConvTParams
        Must lie within :func:`core.check_limits` (what the window draws).
    setup : core.ChannelSetup
    x, w, b : array_like or None
        The whole layer's values; None gives the lesson's 1..n numbering.
    pick : (int, int)
        ``(input channel, output channel)`` drawn by the lesson; the input
        channel must feed the output channel (same group).
    selection : Selection
    step : int
        The lesson step shown, 1 to 5.
    view : str
        One of :data:`VIEWS`.
    theme, font_scale, language
        One of :data:`THEMES`, :data:`FONT_SCALES`, :data:`LANGUAGES`.
    output_size : (int, int) or None
        A target size as in ``forward(x, output_size=[H, W])``: the size
        ``params`` give, with the op PyTorch's forward picks for it
        (:mod:`convt_lab.core.output_size`).  None: no target.

    Raises
    ------
    DocumentError
        Naming the field and the rule.
    """

    params: core.ConvTParams = core.ConvTParams()
    setup: core.ChannelSetup = core.ChannelSetup()
    x: np.ndarray | None = None
    w: np.ndarray | None = None
    b: np.ndarray | None = None
    pick: tuple[int, int] = (0, 0)
    selection: Selection = None
    step: int = 5
    view: str = "gather"
    theme: str = "light"
    font_scale: float = 1.0
    language: str = "en"
    #: A target size as in ``forward(x, output_size=[H, W])``, or None (not set).
    #: When set it is what ``params`` give, with an op PyTorch's forward picks.
    output_size: tuple[int, int] | None = None

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        if not isinstance(self.params, core.ConvTParams):
            raise DocumentError("params must be a ConvTParams", "params")
        try:
            core.check_limits(self.params)
        except core.ParamError as err:
            raise DocumentError(f"params: {err}", "params") from None
        if not isinstance(self.setup, core.ChannelSetup):
            raise DocumentError("channels must be a ChannelSetup", "channels")
        setup, p = self.setup, self.params
        shapes = {
            "x": (setup.in_channels, *p.input_size),
            "w": setup.weight_shape(p.kernel_size),
            "b": (setup.out_channels,),
        }
        for name, shape in shapes.items():
            value = getattr(self, name)
            set_(self, name, arange(shape) if value is None else _values(value, name, shape))
            getattr(self, name).setflags(write=False)
        set_(self, "pick", self._check_pick(self.pick))
        set_(self, "selection", self._check_selection(self.selection))
        set_(self, "step", self._check_step(self.step))
        _choice(self.view, "view", VIEWS)
        _choice(self.theme, "theme", THEMES)
        scale = self.font_scale
        if isinstance(scale, bool) or not isinstance(scale, (int, float, np.number)) or (
            scale not in FONT_SCALES  # compared exactly: a huge int has no float to convert to
        ):
            raise DocumentError(f"font_scale must be 1, 1.5 or 2, but is {scale!r}"[:120], "font_scale")
        set_(self, "font_scale", float(scale))
        _choice(self.language, "language", LANGUAGES)
        set_(self, "output_size", self._check_output_size(self.output_size))

    def _check_output_size(self, target: Any) -> tuple[int, int] | None:
        if target is None:
            return None
        if not (isinstance(target, (list, tuple)) and len(target) == 2
                and all(is_int(v) for v in target)):
            raise DocumentError("output_size must be None or [height, width]", "output_size")
        target = (int(target[0]), int(target[1]))
        from convt_lab.core.output_size import OutputSizeError, output_padding_for

        try:
            op = output_padding_for(self.params, target)
        except OutputSizeError as err:
            v = err.values
            sizes = (f"only {v['low']}" if v["low"] == v["high"]
                     else f"{v['low']} to {v['high']}")
            raise DocumentError(
                f"output_size {target[0]}\u00d7{target[1]}: the "
                f"{'height' if err.axis == 0 else 'width'} can be {sizes}",
                "output_size") from None
        if op != self.params.output_padding:
            raise DocumentError(
                f"output_size {target[0]}\u00d7{target[1]} needs output_padding {op}, "
                f"but the parameters have {self.params.output_padding}", "output_size")
        return target

    def _check_step(self, step: Any) -> int:
        if not is_int(step) or step not in STEPS:
            raise DocumentError(f"step must be a whole number from 1 to 5, but is {step!r}"[:120],
                                "step")
        return int(step)

    def _check_pick(self, pick: Any) -> tuple[int, int]:
        setup = self.setup
        ok = (
            isinstance(pick, (list, tuple)) and len(pick) == 2 and all(is_int(v) for v in pick)
            and 0 <= pick[1] < setup.out_channels and pick[0] in setup.inputs_of(int(pick[1]))
        )
        if not ok:
            raise DocumentError(
                f"pick must be [input channel, output channel] within one group of "
                f"{setup.in_channels} in and {setup.out_channels} out channels "
                f"(groups={setup.groups}), but is {str(pick)[:40]}",
                "pick",
            )
        return (int(pick[0]), int(pick[1]))

    def _check_selection(self, selection: Any) -> Selection:
        if selection is None:
            return None
        good = (
            isinstance(selection, (tuple, list)) and len(selection) == 3
            and selection[0] in GRIDS and is_int(selection[1]) and is_int(selection[2])
        )
        if not good:
            raise DocumentError(
                'selection must be None or ("output" | "input", row, col)', "selection"
            )
        grid, i, j = selection[0], int(selection[1]), int(selection[2])
        rows, cols = self.params.output_size if grid == "output" else self.params.input_size
        if not (0 <= i < rows and 0 <= j < cols):
            raise DocumentError(
                f"selection: there is no {grid} cell ({i}, {j}) in the {rows}\u00d7{cols} {grid} "
                f"(rows 0 to {rows - 1}, columns 0 to {cols - 1})",
                "selection",
            )
        return (grid, i, j)

    # -- reading ---------------------------------------------------------------
    @property
    def pair_x(self) -> np.ndarray:
        """The picked input channel, ``x[c]``."""
        return self.x[self.pick[0]]

    @property
    def pair_w(self) -> np.ndarray:
        """The kernel slice joining the picked channels, ``w[c, o mod C_out/g]``."""
        return self.w[self.setup.weight_index(*self.pick)]

    def same_content(self, other: Document) -> bool:
        """Equal in what an undo step restores: parameters, channels, values and pick."""
        return (
            self.params == other.params and self.setup == other.setup and self.pick == other.pick
            and np.array_equal(self.x, other.x) and np.array_equal(self.w, other.w)
            and np.array_equal(self.b, other.b) and self.output_size == other.output_size
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Document):
            return NotImplemented
        return self.same_content(other) and all(
            getattr(self, name) == getattr(other, name)
            for name in ("selection", "step", "view", "theme", "font_scale", "language")
        )

    __hash__ = None  # type: ignore[assignment]

    # -- editing ---------------------------------------------------------------
    def replace(self, **changes: Any) -> Document:
        """A copy with ``changes``, checked as a new document is."""
        if changes and changes.keys() <= _QUICK.keys():
            # A click or a step: check what changed against the rest, which was
            # checked when this document was made (a click must not copy the values).
            new = copy.copy(self)
            for name, value in changes.items():
                object.__setattr__(new, name, _QUICK[name](new, value))
            return new
        return dataclasses.replace(self, **changes)

    def with_content(self, other: Document) -> Document:
        """``other``'s parameters, channels, values and pick with this document's view.

        The selection is kept where its cell still exists.
        """
        doc = self.replace(params=other.params, setup=other.setup, x=other.x, w=other.w,
                           b=other.b, pick=other.pick, selection=None,
                           output_size=other.output_size)
        return doc.replace(selection=doc.fitting(self.selection))

    def fitting(self, selection: Selection) -> Selection:
        """``selection`` if its cell exists in this document, else None."""
        try:
            return self._check_selection(selection)
        except DocumentError:
            return None

    def with_params(self, params: core.ConvTParams) -> Document:
        """New parameters; values keep their cells while a grid keeps its shape.

        A grid whose shape changes gets the lesson's 1..n values.
        """
        setup = self.setup
        x = self.x if self.x.shape == (setup.in_channels, *params.input_size) else None
        w = self.w if self.w.shape == setup.weight_shape(params.kernel_size) else None
        target = self.output_size if self.output_size == params.output_size else None
        try:  # a target stays while the new parameters still give it with PyTorch's op
            doc = self.replace(params=params, x=x, w=w, selection=None, output_size=target)
        except DocumentError:
            doc = self.replace(params=params, x=x, w=w, selection=None, output_size=None)
        return doc.replace(selection=doc.fitting(self.selection))

    def with_setup(self, setup: core.ChannelSetup) -> Document:
        """New channel counts, groups or bias; values are kept where their shapes still fit.

        Input channels and kernel slices that remain keep their values; new
        ones get the lesson's numbering.  The pick moves into the new range.
        """
        p = self.params
        x = _kept(self.x, (setup.in_channels, *p.input_size))
        w = _kept(self.w, setup.weight_shape(p.kernel_size))
        b = _kept(self.b, (setup.out_channels,))
        ci, co = self.pick
        co = min(co, setup.out_channels - 1)
        if ci not in setup.inputs_of(co):
            ci = setup.inputs_of(co)[0]
        return self.replace(setup=setup, x=x, w=w, b=b, pick=(ci, co))

    def with_pair_values(self, x: Any = None, w: Any = None) -> Document:
        """Replace the picked input channel and/or kernel slice (same shapes)."""
        xs, ws = self.x.copy(), self.w.copy()
        if x is not None:
            xs[self.pick[0]] = _values(x, "x", self.pair_x.shape)
        if w is not None:
            ws[self.setup.weight_index(*self.pick)] = _values(w, "w", self.pair_w.shape)
        return self.replace(x=xs, w=ws)


def _kept(old: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """``old`` cut or extended to ``shape``: common entries kept, new ones numbered 1..n."""
    if old.shape == tuple(shape):
        return old
    new = arange(shape)
    if old.ndim == len(shape) and old.shape[1:] == tuple(shape[1:]):
        n = min(old.shape[0], shape[0])
        new[:n] = old[:n]
    elif old.ndim == len(shape) == 4 and old.shape[2:] == tuple(shape[2:]):
        a, b = min(old.shape[0], shape[0]), min(old.shape[1], shape[1])
        new[:a, :b] = old[:a, :b]
    return new


#: The fields :meth:`Document.replace` checks alone: none of the others depends on them.
_QUICK = {
    "selection": Document._check_selection,
    "step": Document._check_step,
}
