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
``problem``.  :mod:`core.plan_reach` finds the padding or output_padding that gives a
layer a wanted size, or says why none does.
"""

from __future__ import annotations

import ast
import math
import re
from dataclasses import dataclass, field
from typing import Any

from .plan_notes import NOTES, Note

__all__ = [
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

#: Layers that keep C×H×W (channels are checked for the norms that name them).
PASS_THROUGH = frozenset({
    "BatchNorm2d", "InstanceNorm2d", "GroupNorm", "LayerNorm", "LocalResponseNorm",
    "ReLU", "ReLU6", "LeakyReLU", "PReLU", "ELU", "SELU", "CELU", "GELU", "SiLU", "Mish",
    "Hardswish", "Hardsigmoid", "Hardtanh", "Tanh", "Sigmoid", "Softplus", "Softmax2d",
    "Dropout", "Dropout2d", "AlphaDropout", "Identity",
})
SIZED = frozenset({"Conv2d", "ConvTranspose2d", "MaxPool2d", "AvgPool2d", "Upsample",
                   "UpsamplingNearest2d", "UpsamplingBilinear2d", "PixelShuffle"})

# "(name): " and, for identical neighbours in a ModuleList, "(0-2): 3 x ".
_PREFIX = r"^\s*(?:\((?P<name>[^()]*)\):\s*)?(?:(?P<times>\d+)\s+x\s+)?"
_LINE = re.compile(_PREFIX + r"(?P<call>(?P<kind>[A-Za-z_]\w*)\((?P<args>.*)\))\s*,?\s*$")
_OPEN = re.compile(_PREFIX + r"[A-Za-z_][\w.]*\(\s*$")
_CLOSE = re.compile(r"^\s*\)\s*,?\s*$")
_NAMED = re.compile(_PREFIX + r"(?P<kind>[A-Za-z_]\w*)\(")
_ARG_NAMES = {
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
    problem : str
        Why the arguments can't be read; empty when they can.
    """

    line: int
    text: str
    kind: str
    args: dict = field(default_factory=dict)
    problem: Note | None = None
    repeat: int = 1  #: "(0-2): 3 x Conv2d(...)" runs the layer 3 times

    @property
    def known(self) -> bool:
        return self.kind in SIZED or self.kind in PASS_THROUGH

    @property
    def is_conv(self) -> bool:
        return self.kind in ("Conv2d", "ConvTranspose2d")

    def pair(self, name: str, default: Any) -> tuple[int, int]:
        """Argument ``name`` as an (h, w) pair."""
        v = self.args.get(name, default)
        return (v[0], v[1]) if isinstance(v, tuple) else (v, v)


def _value(node: ast.AST) -> Any:
    # Printed reprs hold literals, plus bare words such as padding_mode=zeros
    # or padding=same (extra_repr formats strings without quotes).
    if isinstance(node, ast.Name):
        return node.id
    return ast.literal_eval(node)


def _read_args(kind: str, call: str) -> dict:
    tree = ast.parse(call.strip(), mode="eval").body
    if not isinstance(tree, ast.Call):
        raise ValueError("not a call")
    names = _ARG_NAMES.get(kind, ())
    if len(tree.args) > len(names):
        raise ValueError(f"{len(tree.args)} positional arguments")
    args = {name: _value(node) for name, node in zip(names, tree.args)}
    for kw in tree.keywords:
        args[kw.arg] = _value(kw.value)
    return args


def _whole(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _check_conv(kind: str, args: dict) -> Note | None:
    """Why a conv's arguments are unusable, or None."""
    for name in ("in_channels", "out_channels", "kernel_size"):
        if name not in args:
            return Note("missing", name=name)
    for name in ("in_channels", "out_channels", "groups"):
        if name in args and not (_whole(args[name]) and args[name] >= 1):
            return Note("whole", name=name, value=repr(args[name]))
    pairs = ["kernel_size", "stride", "dilation"]
    if kind == "ConvTranspose2d":
        pairs.append("output_padding")
    for name in pairs + ["padding"]:
        if name not in args:
            continue
        v = args[name]
        if name == "padding" and kind == "Conv2d" and v in ("same", "valid"):
            continue
        items = v if isinstance(v, tuple) else (v,)
        if len(items) not in (1, 2) or not all(_whole(i) for i in items):
            return Note("pair", name=name, value=repr(v))
        low = 0 if name in ("padding", "output_padding") else 1
        if any(i < low for i in items):
            return Note("low", name=name, low=low, value=repr(v))
    g = args.get("groups", 1)
    for name in ("in_channels", "out_channels"):
        if args[name] % g:
            return Note("groups", groups=g, name=name, value=args[name])
    return None


@dataclass(frozen=True)
class Block:
    """A line that opens a container (``repeat`` > 1 for "(3-4): 2 x Sequential(")."""

    line: int
    repeat: int = 1


@dataclass(frozen=True)
class End:
    """A line that closes a container: a lone ``)``."""

    line: int


def parse(text: str) -> list[Layer | Block | End | None]:
    """The entries of a printed model, one per line of ``text``.

    Returns
    -------
    list
        For each line, a :class:`Layer`, a :class:`Block` or :class:`End`
        for the lines that open or close a container, or None for a blank
        line.  A line that names a layer nobody here knows is a Layer whose
        ``known`` is False; a Conv2d/ConvTranspose2d line that can't be read
        is a Layer with a ``problem``.
    """
    out: list[Layer | Block | End | None] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            out.append(None)
            continue
        if _CLOSE.match(raw):
            out.append(End(number))
            continue
        opened = _OPEN.match(raw)
        if opened:
            out.append(Block(number, int(opened.group("times") or 1)))
            continue
        m = _LINE.match(raw)
        if not m:
            named = _NAMED.match(raw)
            kind = named.group("kind") if named else ""
            problem = (Note("unreadable", kind=kind, detail="the brackets don't close")
                       if kind in SIZED or kind in _ARG_NAMES else None)
            text_ = raw.strip()
            if named and named.group("name") is not None:
                text_ = raw[named.start("kind"):].strip()
            out.append(Layer(number, text_, kind, {}, problem))
            continue
        kind, call = m.group("kind"), m.group("call")
        repeat = int(m.group("times") or 1)
        layer = Layer(number, call, kind, repeat=repeat)
        if kind in SIZED or kind in _ARG_NAMES:
            try:
                args = _read_args(kind, call)
            except (ValueError, SyntaxError, TypeError) as err:
                problem = Note("unreadable", kind=kind, detail=str(err))
                layer = Layer(number, call, kind, {}, problem, repeat)
            else:
                problem = _check_conv(kind, args) if layer.is_conv else None
                layer = Layer(number, call, kind, args, problem, repeat)
        out.append(layer)
    return out


def run_order(entries: list[Layer | Block | End | None]) -> list[Layer]:
    """The layers in the order they run: repeated layers and blocks written out.

    ``[A, B]`` in a block repeated twice runs A, B, A, B.  A container left
    open at the end is closed there.
    """
    stack: list[tuple[int, list[Layer]]] = [(1, [])]
    for entry in entries:
        if isinstance(entry, Block):
            stack.append((entry.repeat, []))
        elif isinstance(entry, End):
            if len(stack) > 1:
                repeat, inner = stack.pop()
                stack[-1][1].extend(inner * repeat)
        elif isinstance(entry, Layer):
            stack[-1][1].extend([entry] * entry.repeat)
    while len(stack) > 1:
        repeat, inner = stack.pop()
        stack[-1][1].extend(inner * repeat)
    return stack[0][1]


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
        return not self.layer.known


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


def _other_step(layer: Layer, c: int, h: int, w: int) -> tuple[tuple, Note | None, Note | None]:
    a, kind = layer.args, layer.kind
    if kind in ("MaxPool2d", "AvgPool2d"):
        if "kernel_size" not in a:
            return (), Note("missing", name="kernel_size"), None
        try:
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
        except TypeError:
            return (), Note("unreadable", kind=kind, detail="kernel_size, stride or padding"), None
        return (c, *sizes), None, None
    if kind in ("Upsample", "UpsamplingNearest2d", "UpsamplingBilinear2d"):
        if a.get("size") is not None:
            size = a["size"]
            sh, sw = size if isinstance(size, tuple) else (size, size)
            return (c, int(sh), int(sw)), None, None
        f = a.get("scale_factor")
        if f is None:
            return (), Note("upsample"), None
        fh, fw = f if isinstance(f, tuple) else (f, f)
        # PyTorch: floor(float(input size) * scale_factor).
        return (c, math.floor(h * float(fh)), math.floor(w * float(fw))), None, None
    if kind == "PixelShuffle":
        r = a.get("upscale_factor")
        if not _whole(r) or r < 1:
            return (), Note("whole", name="upscale_factor", value=repr(r)), None
        if c % (r * r):
            return (), Note("shuffle", c=c, r2=r * r), None
        return (c // (r * r), h * r, w * r), None, None
    mismatch = None
    want = a.get("num_features", a.get("num_channels"))
    if kind in ("BatchNorm2d", "GroupNorm") and _whole(want) and want != c:
        mismatch = Note("mismatch", kind=kind, want=want, got=c)
    return (c, h, w), None, mismatch


def plan(entries: list, size: tuple[int, int, int]) -> list[Step]:
    """Run ``size`` = (C, H, W) through ``entries`` (as :func:`parse` gives them).

    Returns
    -------
    list of Step
        One per layer as it runs (:func:`run_order`: a repeated layer once per
        run).  After a layer that breaks a rule the size is unknown, and the
        later layers get the note "after line N".
    """
    c, h, w = size
    steps: list[Step] = []
    broken = 0
    for layer in run_order(entries):
        current = (c, h, w)
        if broken:
            steps.append(Step(layer, current, None, Note("after", line=broken)))
            continue
        if not layer.known:
            steps.append(Step(layer, current, None))
            continue
        if layer.problem:
            steps.append(Step(layer, current, None, layer.problem))
            broken = layer.line
            continue
        make = _conv_step if layer.is_conv else _other_step
        out, problem, mismatch = make(layer, c, h, w)
        if problem:
            steps.append(Step(layer, current, None, problem, mismatch))
            broken = layer.line
            continue
        steps.append(Step(layer, current, out, None, mismatch))
        c, h, w = out
    return steps
