"""Sizes through a whole network, read from the text ``print(model)`` gives.

PyTorch prints a module as one line per layer, ``(name): Layer(args)``, with
containers (``Sequential(``, ``Generator(``) opening a block that a lone
``)`` closes.  :func:`parse` reads those lines; :func:`plan` runs a
``C×H×W`` size through them with PyTorch's own size rules:

* ``Conv2d``: ``H_out = ⌊(H + 2p − d(k − 1) − 1)/s⌋ + 1`` (``padding='same'``
  keeps H, ``'valid'`` is p = 0);
* ``ConvTranspose2d``: ``H_out = (H − 1)s − 2p + d(k − 1) + op + 1`` with
  op < s or op < d;
* ``MaxPool2d`` as Conv2d, ``AvgPool2d`` with d = 1, both with ``ceil_mode``
  (``AvgPool2d`` prints without its ceil_mode, so it is taken as False)
  (a last window that would start in the right padding is dropped) and
  p ≤ k/2;
* ``Upsample``: ``⌊H·scale_factor⌋`` or the given size; ``PixelShuffle(r)``:
  C/r², H·r;
* normalisations, activations and dropout keep the size.

Every other line is named and skipped.  Nothing here raises on bad text: a
layer that can't be read or that breaks a rule becomes a :class:`Step` with a
``problem``; so does a repeat count above :data:`MAX_REPEAT`, a network that
runs more than :data:`MAX_LAYERS` layers (the plan stops there, so no text
takes more than that much time or memory), and a size above :data:`MAX_SIZE`,
the largest PyTorch holds.  :mod:`core.plan_reach` finds the padding or
output_padding that gives a layer a wanted size, or says why none does.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from typing import Any

from .plan_args import ARG_NAMES, Unreadable, check, read_args, short, show, whole
from .plan_notes import NOTES, Note

__all__ = [
    "MAX_LAYERS",
    "MAX_REPEAT",
    "MAX_SIZE",
    "NOTES",
    "Block",
    "End",
    "Layer",
    "Note",
    "Step",
    "parse",
    "plan",
    "run_order",
]

#: The most times one line ("(0-999): 1000 x ReLU()") or block may repeat.
MAX_REPEAT = 1000
#: The most layers a plan runs: beyond, the plan stops with a problem.
MAX_LAYERS = 10_000
#: The largest height or width: PyTorch holds sizes as 64-bit signed integers.
MAX_SIZE = 2**63 - 1

#: Layers that keep C×H×W (channels are checked for the norms that name them).
PASS_THROUGH = frozenset({
    "BatchNorm2d", "InstanceNorm2d", "GroupNorm", "LayerNorm", "LocalResponseNorm",
    "ReLU", "ReLU6", "LeakyReLU", "PReLU", "ELU", "SELU", "CELU", "GELU", "SiLU", "Mish",
    "Hardswish", "Hardsigmoid", "Hardtanh", "Tanh", "Sigmoid", "Softplus", "Softmax2d",
    "Dropout", "Dropout2d", "AlphaDropout", "Identity",
})
SIZED = frozenset({"Conv2d", "ConvTranspose2d", "MaxPool2d", "AvgPool2d", "Upsample",
                   "UpsamplingNearest2d", "UpsamplingBilinear2d", "PixelShuffle"})

# "(name): " and, for identical neighbours in a ModuleList, "(0-2): 3 x ".  The
# patterns match a line stripped of its surrounding spaces and a last comma
# (:func:`_stripped`): a run of spaces matched by two patterns in a row would
# take time quadratic in its length.
_PREFIX = r"(?:\((?P<name>[^()]*)\):\s*)?(?:(?P<times>\d+)\s+x\s+)?"
_LINE = re.compile(_PREFIX + r"(?P<call>(?P<kind>[A-Za-z_]\w*)\((?P<args>.*)\))")
_OPEN = re.compile(_PREFIX + r"(?P<kind>[A-Za-z_][\w.]*)\(")
_NAMED = re.compile(_PREFIX + r"(?P<kind>[A-Za-z_]\w*)\(")


@dataclass(frozen=True)
class Layer:
    """One line of the printed model that names a layer.

    Attributes
    ----------
    line : int
        1-based line number in the text.
    text : str
        The layer as printed, without the ``(name):`` prefix.
    kind : str
        The class name, e.g. ``"ConvTranspose2d"``.
    args : dict
        Positional and keyword arguments by PyTorch's parameter names.
    problem : Note or None
        Why the arguments can't be read or break a rule, or why the repeat
        count is refused; None when the layer can be planned.
    repeat : int
        How many times the line runs: "(0-2): 3 x Conv2d(...)" runs it 3 times.
    """

    line: int
    text: str
    kind: str
    args: dict = field(default_factory=dict)
    problem: Note | None = None
    repeat: int = 1

    @property
    def known(self) -> bool:
        return self.kind in SIZED or self.kind in PASS_THROUGH

    @property
    def is_conv(self) -> bool:
        return self.kind in ("Conv2d", "ConvTranspose2d")

    def pair(self, name: str, default: Any) -> tuple[int, int]:
        """Argument ``name`` as an (h, w) pair (:func:`parse` checked it is N or (H, W))."""
        v = self.args.get(name, default)
        return (v[0], v[1]) if isinstance(v, tuple) else (v, v)


@dataclass(frozen=True)
class Block:
    """A line that opens a container (``repeat`` > 1 for "(3-4): 2 x Sequential(").

    ``problem`` is a repeat count the planner refuses (the block then runs once).
    """

    line: int
    repeat: int = 1
    text: str = ""
    kind: str = ""
    problem: Note | None = None


@dataclass(frozen=True)
class End:
    """A line that closes a container: a lone ``)``."""

    line: int


def _repeat(digits: str | None) -> tuple[int, Note | None]:
    """The repeat count "N x" gives, or 1 and why N is refused."""
    if digits is None:
        return 1, None
    n = digits.lstrip("0") or "0"
    if len(n) <= len(str(MAX_REPEAT)) and 1 <= int(n) <= MAX_REPEAT:
        return int(n), None
    return 1, Note("repeat", most=MAX_REPEAT, times=short(digits))


def _stripped(raw: str) -> str:
    text = raw.strip()
    return text[:-1].rstrip() if text.endswith(",") else text


def parse(text: str) -> list[Layer | Block | End | None]:
    """The entries of a printed model, one per line of ``text``.

    Returns
    -------
    list
        For each line, a :class:`Layer`, a :class:`Block` or :class:`End`
        for the lines that open or close a container, or None for a blank
        line.  A line that names a layer nobody here knows is a Layer whose
        ``known`` is False; a sized layer whose arguments can't be read or
        break a rule, and a line repeated more than :data:`MAX_REPEAT` times,
        is a Layer (or Block) with a ``problem``.
    """
    out: list[Layer | Block | End | None] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = _stripped(raw)
        if not line:
            out.append(None)
            continue
        if line == ")":
            out.append(End(number))
            continue
        opened = _OPEN.fullmatch(line)
        if opened:
            repeat, problem = _repeat(opened.group("times"))
            out.append(Block(number, repeat, line[opened.start("kind"):],
                             opened.group("kind"), problem))
            continue
        m = _LINE.fullmatch(line)
        if not m:
            named = _NAMED.match(line)
            kind = named.group("kind") if named else ""
            problem = None
            if kind in SIZED or kind in ARG_NAMES:
                detail = ("the brackets don't close" if line.count("(") > line.count(")")
                          else "there is text after the closing bracket")
                problem = Note("unreadable", kind=kind, detail=detail)
            text_ = line[named.start("kind"):] if named else line
            repeat, refused = _repeat(named.group("times") if named else None)
            out.append(Layer(number, text_, kind, {}, refused or problem, repeat))
            continue
        kind, call = m.group("kind"), m.group("call")
        repeat, problem = _repeat(m.group("times"))
        args: dict = {}
        if kind in SIZED or kind in ARG_NAMES:
            try:
                args = read_args(kind, call)
            except Unreadable as err:
                problem = problem or Note("unreadable", kind=kind, detail=str(err))
            else:
                problem = problem or check(kind, args)
        out.append(Layer(number, call, kind, args, problem, repeat))
    return out


def run_order(entries: list[Layer | Block | End | None]) -> list[Layer]:
    """The layers in the order they run: repeated layers and blocks written out.

    ``[A, B]`` in a block repeated twice runs A, B, A, B.  A container left
    open at the end is closed there.  A refused repeat count runs its line or
    block once, after a copy of its line with the problem.  When the order
    would hold more than :data:`MAX_LAYERS` layers it ends with a copy of the
    line that overflows, whose problem says so: the time and memory taken
    stay within that bound whatever the counts.
    """
    out: list[Layer] = []
    opened: list[tuple[int, Block]] = []  # each open block and where its layers start

    def mark(entry: Layer | Block, note: Note) -> Layer:
        if isinstance(entry, Layer):
            return replace(entry, problem=note, repeat=1)
        return Layer(entry.line, entry.text, entry.kind, {}, note)

    def grow(entry: Layer | Block, items: list[Layer], times: int) -> bool:
        if len(out) + len(items) * times > MAX_LAYERS:
            out.append(mark(entry, Note("too_many", most=MAX_LAYERS)))
            return False
        out.extend(items * times)
        return True

    def close() -> bool:
        start, block = opened.pop()
        return block.repeat < 2 or grow(block, out[start:], block.repeat - 1)

    for entry in entries:
        if isinstance(entry, Block):
            if entry.problem and not grow(entry, [mark(entry, entry.problem)], 1):
                return out
            opened.append((len(out), entry))
        elif isinstance(entry, End):
            if opened and not close():
                return out
        elif isinstance(entry, Layer):
            if not grow(entry, [entry], entry.repeat):
                return out
    while opened:
        if not close():
            return out
    return out


@dataclass(frozen=True)
class Step:
    """One layer with the size going in and coming out.

    ``output`` is None when the layer is skipped (unknown) or breaks a rule
    (``problem``); ``mismatch`` names a channel count that PyTorch would
    refuse, and the plan goes on with the layer's own channels.
    """

    layer: Layer
    input: tuple[int, int, int]
    output: tuple[int, int, int] | None
    problem: Note | None = None
    mismatch: Note | None = None

    @property
    def skipped(self) -> bool:
        """A line the planner doesn't know, and that is not where the plan stops."""
        return not self.layer.known and (self.problem is None or self.problem.rule == "after")


def _pool_size(n: int, k: int, s: int, p: int, d: int, ceil: bool) -> int:
    # PyTorch's pooling_output_shape: with ceil_mode the last window must start
    # inside the input or the left padding, else it is dropped.
    span = n + 2 * p - d * (k - 1) - 1
    out = (span + (s - 1 if ceil else 0)) // s + 1
    if ceil and (out - 1) * s >= n + p:
        out -= 1
    return out


def _conv_step(layer: Layer, c: int, h: int, w: int) -> tuple[tuple, Note | None, Note | None]:
    a = layer.args
    cin, cout = a["in_channels"], a["out_channels"]
    mismatch = None
    if c != cin:
        mismatch = Note("mismatch", kind=layer.kind, want=cin, got=c)
    k, s, d = layer.pair("kernel_size", 1), layer.pair("stride", 1), layer.pair("dilation", 1)
    sizes = []
    for axis, n in enumerate((h, w)):
        name = ("height", "width")[axis]
        if layer.kind == "Conv2d":
            pad = a.get("padding", 0)
            if pad == "same":
                if s[axis] != 1:
                    return (), Note("same"), mismatch
                sizes.append(n)
                continue
            p = 0 if pad == "valid" else layer.pair("padding", 0)[axis]
            span = n + 2 * p
            if span < d[axis] * (k[axis] - 1) + 1:
                return (), Note("kernel", axis=name, n=n, p=p, span=span, d=d[axis], k=k[axis],
                                need=d[axis] * (k[axis] - 1) + 1), mismatch
            sizes.append((span - d[axis] * (k[axis] - 1) - 1) // s[axis] + 1)
        else:
            p, op = layer.pair("padding", 0)[axis], layer.pair("output_padding", 0)[axis]
            if not (op < s[axis] or op < d[axis]):
                return (), Note("output_padding", op=op, s=s[axis], d=d[axis], axis=name), mismatch
            out = (n - 1) * s[axis] - 2 * p + d[axis] * (k[axis] - 1) + op + 1
            if out < 1:
                return (), Note("output_size", axis=name, n=n, s=s[axis], p=p, d=d[axis],
                                k=k[axis], op=op, out=out), mismatch
            sizes.append(out)
    return (cout, *sizes), None, mismatch


def _upsample_step(layer: Layer, c: int, h: int, w: int) -> tuple[tuple, Note | None, Note | None]:
    a = layer.args
    if a.get("size") is not None:  # checked by _check_upsample: N or (H, W), all ≥ 1
        return (c, *layer.pair("size", None)), None, None
    f = layer.pair("scale_factor", None)  # finite and positive
    sizes = []
    for axis, n in enumerate((h, w)):
        # PyTorch: floor(float(input size) * scale_factor), held in an int64.
        try:
            x = n * float(f[axis])
        except OverflowError:  # a whole scale_factor beyond any float
            x = math.inf
        if not x <= MAX_SIZE:
            return (), Note("huge", axis=("height", "width")[axis], largest=MAX_SIZE), None
        out = math.floor(x)
        if out < 1:
            return (), Note("pool_small", out=out), None
        sizes.append(out)
    return (c, *sizes), None, None


def _other_step(layer: Layer, c: int, h: int, w: int) -> tuple[tuple, Note | None, Note | None]:
    a, kind = layer.args, layer.kind
    if kind in ("MaxPool2d", "AvgPool2d"):  # checked by _check_pool
        k = layer.pair("kernel_size", 1)
        s = layer.pair("stride", None) if a.get("stride") is not None else k
        p = layer.pair("padding", 0)
        d = layer.pair("dilation", 1) if kind == "MaxPool2d" else (1, 1)
        sizes = []
        for axis, n in enumerate((h, w)):
            if 2 * p[axis] > k[axis]:
                return (), Note("pool_pad", p=p[axis], k=k[axis]), None
            out = _pool_size(n, k[axis], s[axis], p[axis], d[axis], bool(a.get("ceil_mode")))
            if out < 1:
                return (), Note("pool_small", out=out), None
            sizes.append(out)
        return (c, *sizes), None, None
    if kind in ("Upsample", "UpsamplingNearest2d", "UpsamplingBilinear2d"):
        return _upsample_step(layer, c, h, w)
    if kind == "PixelShuffle":
        r = a.get("upscale_factor")
        if not whole(r) or r < 1:
            return (), Note("whole", name="upscale_factor", value=show(r)), None
        if c % (r * r):
            return (), Note("shuffle", c=c, r2=r * r), None
        return (c // (r * r), h * r, w * r), None, None
    mismatch = None
    want = a.get("num_features", a.get("num_channels"))
    if kind in ("BatchNorm2d", "GroupNorm") and whole(want) and want != c:
        mismatch = Note("mismatch", kind=kind, want=want, got=c)
    return (c, h, w), None, mismatch


def plan(entries: list, size: tuple[int, int, int]) -> list[Step]:
    """Run ``size`` = (C, H, W) through ``entries`` (as :func:`parse` gives them).

    Returns
    -------
    list of Step
        One per layer as it runs (:func:`run_order`: a repeated layer once per
        run, at most :data:`MAX_LAYERS` and one more that says the plan stops).
        After a layer that breaks a rule the size is unknown, and the later
        layers get the note "after line N".
    """
    c, h, w = size
    steps: list[Step] = []
    broken = 0
    for layer in run_order(entries):
        current = (c, h, w)
        if broken:
            steps.append(Step(layer, current, None, Note("after", line=broken)))
            continue
        if layer.problem:
            steps.append(Step(layer, current, None, layer.problem))
            broken = layer.line
            continue
        if not layer.known:
            steps.append(Step(layer, current, None))
            continue
        make = _conv_step if layer.is_conv else _other_step
        out, problem, mismatch = make(layer, c, h, w)
        if not problem:
            axis = next((name for name, v in zip(("height", "width"), out[1:]) if v > MAX_SIZE),
                        None)
            if axis:
                problem = Note("huge", axis=axis, largest=MAX_SIZE)
        if problem:
            steps.append(Step(layer, current, None, problem, mismatch))
            broken = layer.line
            continue
        steps.append(Step(layer, current, out, None, mismatch))
        c, h, w = out
    return steps
