"""Every sentence the window shows about the numbers, translated.

Core raises structured errors and returns plain numbers; this module turns
them into text through ``QCoreApplication.translate`` so that Qt Linguist
collects each string.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from convt_lab import core
from convt_lab.core import AxisSteps, Walkthrough

from convt_lab.gui.items.cells import format_exact

__all__ = [
    "arithmetic", "captions", "channel_symbols", "name_channels", "param_name", "problem_text",
    "role_name", "view_titles", "view_tooltips",
]

MINUS = "\u2212"
TIMES = "\u00d7"
DOT = "\u00b7"


def param_name(name: str) -> str:
    names = {
        "input_size": QCoreApplication.translate("texts", "input size"),
        "kernel_size": QCoreApplication.translate("texts", "kernel size"),
        "stride": QCoreApplication.translate("texts", "stride"),
        "padding": QCoreApplication.translate("texts", "padding"),
        "output_padding": QCoreApplication.translate("texts", "output_padding"),
        "dilation": QCoreApplication.translate("texts", "dilation"),
        "output_size": QCoreApplication.translate("texts", "output size"),
        "in_channels": QCoreApplication.translate("texts", "input channels"),
        "out_channels": QCoreApplication.translate("texts", "output channels"),
        "groups": QCoreApplication.translate("texts", "groups"),
        "padded_size": QCoreApplication.translate("texts", "padded size"),
        "inserted_size": QCoreApplication.translate("texts", "zero-inserted size"),
    }
    return names.get(name, name)


def role_name(role: int) -> str:
    return {
        core.Role.INPUT: QCoreApplication.translate("texts", "input value"),
        core.Role.INSERTED: QCoreApplication.translate("texts", "inserted zero"),
        core.Role.PADDING: QCoreApplication.translate("texts", "padding"),
        core.Role.OUTPUT_PADDING: QCoreApplication.translate("texts", "output_padding strip"),
        core.Role.CROPPED: QCoreApplication.translate("texts", "cropped (P < 0)"),
    }[core.Role(role)]


def _axis_suffix(axis: int | None) -> str:
    if axis == 0:
        return QCoreApplication.translate("texts", " (height)")
    if axis == 1:
        return QCoreApplication.translate("texts", " (width)")
    return ""


def _n(value) -> str:
    """A number in a sentence, with a real minus sign (−1, not -1); words keep their hyphens."""
    text = str(value)
    return MINUS + text[1:] if text[:1] == "-" and text[1:2].isdigit() else text


def problem_text(err: core.ParamError) -> str:
    """A one-line, translated explanation of a rule that a request broke."""
    v = err.values
    where = _axis_suffix(err.axis)
    name = param_name(err.param)
    if err.rule == "output_padding":
        return QCoreApplication.translate(
            "texts",
            "Rule: output_padding must be smaller than max(stride, dilation) = {m}, "
            "but op = {op} (s = {s}, d = {d}){where}.",
        ).format(m=max(v["stride"], v["dilation"]), op=v["value"], s=v["stride"],
                 d=v["dilation"], where=where)
    if err.rule == "output_size":
        formula = (
            f"({v['size']}{MINUS}1){DOT}{v['stride']} {MINUS} 2{DOT}{v['padding']} + "
            f"{v['dilation']}{DOT}({v['kernel']}{MINUS}1) + {v['output_padding']} + 1 "
            f"= {_n(v['result'])}"
        )
        return QCoreApplication.translate(
            "texts",
            "Rule: the output size must be at least 1, but "
            "(H{m}1)s {m} 2p + d(k{m}1) + op + 1 = {formula}{where}.",
        ).format(m=MINUS, formula=formula, where=where)
    if err.rule == "groups":
        return QCoreApplication.translate(
            "texts", "Rule: groups = {g} must divide {what} = {value}."
        ).format(g=v["groups"], what=param_name(v["what"]), value=v["value"])
    if err.rule == "limit":
        return QCoreApplication.translate(
            "texts", "{name} must be between {low} and {high} to stay readable, but is {value}{where}."
        ).format(name=name, low=_n(v["low"]), high=_n(v["high"]), value=_n(v["value"]), where=where)
    if err.rule == "positive":
        return QCoreApplication.translate("texts", "{name} must be at least 1, but is {value}{where}.").format(
            name=name, value=_n(v["value"]), where=where
        )
    if err.rule == "non_negative":
        return QCoreApplication.translate(
            "texts", "{name} must not be negative, but is {value}{where}."
        ).format(name=name, value=_n(v["value"]), where=where)
    if err.rule == "overflow":
        return QCoreApplication.translate(
            "texts", "The result overflows: the input and kernel values are too large to compute."
        )
    if err.rule == "finite":
        return QCoreApplication.translate(
            "texts", "{name} must hold finite numbers, but holds {value}."
        ).format(name=name, value=_n(v["value"]))
    if err.rule == "integer":
        return QCoreApplication.translate(
            "texts", "{name} must be a whole number, but is {value}{where}."
        ).format(name=name, value=repr(v["value"])[:40], where=where)
    return str(err)


def _value(v: float) -> str:
    """A value in running text, with a real minus sign."""
    return format_exact(v).replace("-", MINUS)


def _factor(v: float) -> str:
    """A value as a factor of a product: negative ones in brackets, ``7·(−2.5)``."""
    text = _value(v)
    return f"({text})" if text.startswith(MINUS) else text


def _join(h: str, w: str) -> str:
    return f"= {h}" if h == w else f"= ({h}) {TIMES} ({w})"


def _inserted(s: AxisSteps) -> str:
    return f"{s.size} + {s.stride - 1}{DOT}{s.size - 1}"


def _padded(s: AxisSteps) -> str:
    text = f"{s.inserted} + 2{DOT}{s.pad}" if s.pad >= 0 else f"{s.inserted} {MINUS} 2{DOT}{-s.pad}"
    return text + (f" + {s.output_padding}" if s.output_padding else "")


def _output(s: AxisSteps) -> str:
    return f"{s.padded} {MINUS} {s.span - 1}"


def channel_symbols(res) -> dict[str, str]:
    """How the picked pair of a :class:`Result` is named: ``x``, ``w`` and ``y``, or with
    several channels ``x[ci]``, the kernel slice ``w[ci,o']`` and the output channel ``y[o]``."""
    if res.setup.single:
        return {"x": "x", "w": "w", "y": "y"}
    ci, co = res.pick
    a, b = res.setup.weight_index(ci, co)
    return {"x": f"x[{ci}]", "w": f"w[{a},{b}]", "y": f"y[{co}]"}


def name_channels(res, texts: dict[str, str], symbols: dict[str, str]) -> None:
    """Name the channels shown, in place: in ``texts[grid]`` the first ``symbols[grid]``
    (x, w or y) becomes the picked pair's (see :func:`channel_symbols`)."""
    names = channel_symbols(res)
    for grid, symbol in symbols.items():
        texts[grid] = texts[grid].replace(symbol, names[symbol], 1)


def captions(res) -> dict[str, str]:
    """The caption of every grid of a :class:`Result`: its name, shape and how it came about.

    With several channels the input, kernel and output captions name the
    channels shown.
    """
    texts = _captions(res)
    setup = res.setup
    if setup.single:
        return texts
    co = res.pick[1]
    c0, c1 = setup.inputs_of(co)[0], setup.inputs_of(co)[-1]
    name_channels(res, texts, {"input": "x", "kernel": "w", "output": "y"})
    first, _, rest = texts["output"].partition("\n")
    total = (
        QCoreApplication.translate("texts", "(sum over input channels {c0}..{c1}").format(c0=c0, c1=c1)
        if c1 > c0 else QCoreApplication.translate("texts", "(from input channel {c0}").format(c0=c0)
    )
    if setup.bias:
        total += f" + b[{co}]"
    total += ")"
    texts["output"] = first + "\n" + rest + "\n" + total
    return texts


def _captions(wt: Walkthrough) -> dict[str, str]:
    hs, ws = wt.steps
    size = {name: f"{a.shape[0]}{TIMES}{a.shape[1]}" for name, a in (
        ("input", wt.x), ("zero_inserted", wt.zero_inserted), ("padded", wt.padded),
        ("output", wt.output), ("kernel", wt.weight),
    )}
    crop = hs.pad < 0 or ws.pad < 0
    return {
        "input": QCoreApplication.translate("texts", "Input x {size}").format(size=size["input"]),
        "zero_inserted": QCoreApplication.translate("texts", "Zero-inserted {size}\n{formula}").format(
            size=size["zero_inserted"], formula=_join(_inserted(hs), _inserted(ws))
        ),
        "padded": (
            QCoreApplication.translate("texts", "Padded {size}\n{formula}")
            if not crop
            else QCoreApplication.translate("texts", "Padded (cropped) {size}\n{formula}")
        ).format(size=size["padded"], formula=_join(_padded(hs), _padded(ws))),
        "output": QCoreApplication.translate("texts", "Output y {size}\n{formula}").format(
            size=size["output"], formula=_join(_output(hs), _output(ws))
        ),
        "kernel": QCoreApplication.translate("texts", "Kernel w {size}").format(size=size["kernel"]),
        "flipped": QCoreApplication.translate("texts", "Rotated 180\u00b0 {size}").format(
            size=size["kernel"]
        ),
    }


def _channel_sum(res, i: int, j: int) -> str:
    """y[o][i,j] as the sum over the group's input channels, plus the bias."""
    setup, (_, o) = res.setup, res.pick
    terms = res.sources(i, j)
    lines = [
        QCoreApplication.translate(
            "texts", "y[{o}][{i},{j}] sums x[c] ∗ w[c,{k}] over the input channels c of group {g}:"
        ).format(o=o, i=i, j=j, k=o % setup.out_per_group, g=setup.group_of(o))
    ]
    for c in res.group_inputs:
        x, w = res.input_of(c), res.kernel_of(c)
        numeric = " + ".join(
            f"{_factor(x[r, cc])}{DOT}{_factor(w[a, b])}" for r, cc, a, b in terms
        ) or "0"
        partial = sum(float(x[r, cc] * w[a, b]) for r, cc, a, b in terms)
        lines.append(f"  c={c}: {numeric} = {_value(partial)}")
    if setup.bias:
        lines.append(f"  + b[{o}] = {_value(res.bias)}")
    lines.append(f"  = {_value(res.output[i, j])}")
    return "\n".join(lines)


def _taps(taps: int, inputs: int) -> str:
    """How many kernel taps meet input values and how many meet zeros (k = 1: one tap)."""
    if taps == 1:
        return (
            QCoreApplication.translate("texts", "1 kernel tap, on an input value.")
            if inputs
            else QCoreApplication.translate("texts", "1 kernel tap, on a zero.")
        )
    zeros = taps - inputs
    on_inputs = (QCoreApplication.translate("texts", "1 on an input value") if inputs == 1 else
                 QCoreApplication.translate("texts", "{n} on input values").format(n=inputs))
    on_zeros = (QCoreApplication.translate("texts", "1 on a zero") if zeros == 1 else
                QCoreApplication.translate("texts", "{n} on zeros").format(n=zeros))
    return QCoreApplication.translate(
        "texts", "{taps} kernel taps: {inputs}, {zeros}."
    ).format(taps=taps, inputs=on_inputs, zeros=on_zeros)


def arithmetic(res, selection) -> str:
    """The arithmetic for the selected cell of a :class:`Result`, as plain text lines.

    With several channels or a bias, an output cell's sum runs over the
    input channels of its group and adds the bias.
    """
    wt = res
    if selection is None:
        return QCoreApplication.translate(
            "texts", "Click an output cell to see its sum, or an input cell to see where it lands."
        )
    kind, i, j = selection
    if kind == "output" and not res.single:
        taps = wt.flipped_kernel.size
        n = len(wt.sources(i, j))
        return _channel_sum(res, i, j) + "\n" + _taps(taps, n)
    if kind == "output":
        terms = wt.sources(i, j)
        taps = wt.flipped_kernel.size
        symbolic = " + ".join(f"x[{r},{c}]{DOT}w[{a},{b}]" for r, c, a, b in terms)
        numeric = " + ".join(
            f"{_factor(wt.x[r, c])}{DOT}{_factor(wt.weight[a, b])}" for r, c, a, b in terms
        )
        value = _value(wt.output[i, j])
        if len(terms):
            first = f"y[{i},{j}] = {symbolic}\n        = {numeric} = {value}"
        else:
            first = f"y[{i},{j}] = 0"
        return first + "\n" + _taps(taps, len(terms))
    x = wt.x[i, j]
    foot = wt.footprint(i, j)
    if not len(foot):
        return QCoreApplication.translate(
            "texts", "x[{r},{c}] = {value} reaches no output cell: every place it lands lies in the border that p crops."
        ).format(r=i, c=j, value=_value(x))
    if not res.single:
        return _channel_footprint(res, i, j, foot)
    lines = [
        f"y[{o},{p}] += {_factor(x)}{DOT}{_factor(wt.weight[a, b])}"
        for o, p, a, b in foot
    ]
    head = (
        QCoreApplication.translate("texts", "x[{r},{c}] = {value} lands on 1 output cell:")
        if len(foot) == 1
        else QCoreApplication.translate("texts", "x[{r},{c}] = {value} lands on {n} output cells:")
    ).format(r=i, c=j, value=_value(x), n=len(foot))
    return head + "\n" + ";  ".join(lines)


def _channel_footprint(res, i: int, j: int, foot) -> str:
    """Where x[ci][i,j] lands in the output channel shown, and that the others of its group
    receive it at the same cells (every channel pair shares one geometry)."""
    setup, (ci, co) = res.setup, res.pick
    names = channel_symbols(res)
    x, y = names["x"], names["y"]
    value = res.x[i, j]
    head = (
        QCoreApplication.translate("texts", "{x}[{r},{c}] = {value} lands on 1 cell of {y}:")
        if len(foot) == 1
        else QCoreApplication.translate("texts", "{x}[{r},{c}] = {value} lands on {n} cells of {y}:")
    ).format(x=x, y=y, r=i, c=j, value=_value(value), n=len(foot))
    lines = [f"{y}[{o},{p}] += {_factor(value)}{DOT}{_factor(res.weight[a, b])}"
             for o, p, a, b in foot]
    text = head + "\n" + ";  ".join(lines)
    group = ci // setup.in_per_group
    others = [o for o in range(group * setup.out_per_group, (group + 1) * setup.out_per_group)
              if o != co]
    if others:
        text += "\n" + (
            QCoreApplication.translate(
                "texts", "It lands on the same cells of y[{o}] too, with its own kernel slice.")
            if len(others) == 1 else QCoreApplication.translate(
                "texts", "It lands on the same cells of {ys} too, each with its own kernel slice.")
        ).format(o=others[0], ys=QCoreApplication.translate("texts", ", ").join(
            f"y[{o}]" for o in others))
    return text


def preset_names() -> dict[str, str]:
    """Translated menu names of the presets."""
    return {
        "lesson": QCoreApplication.translate("presets", "Lesson: 2\u00d72, k=3, s=2, p=0"),
        "lesson_op1": QCoreApplication.translate(
            "presets", "Double the size: k=3, s=2, p=1, output_padding=1"
        ),
        "op_zeros": QCoreApplication.translate("presets", "output_padding=1 with p=0: a strip of zeros"),
        "checkerboard": QCoreApplication.translate("presets", "k=3, s=2: uneven overlap (checkerboard)"),
        "even": QCoreApplication.translate("presets", "k=4, s=2, p=1: even overlap"),
        "dilation": QCoreApplication.translate("presets", "Dilation 2"),
        "crop": QCoreApplication.translate("presets", "Padding > k\u22121: crop (P < 0)"),
        "rectangular": QCoreApplication.translate("presets", "Rectangular input and kernel"),
        "double_k3s2p1op1": QCoreApplication.translate("presets", "Double the size: k=3, s=2, p=1, op=1"),
        "double_k4s2p1": QCoreApplication.translate("presets", "Double the size: k=4, s=2, p=1"),
        "double_k2s2p0": QCoreApplication.translate("presets", "Double the size: k=2, s=2, p=0"),
        "no_double_k3s2p1": QCoreApplication.translate("presets", "Not quite double: k=3, s=2, p=1 without op"),
        "dcgan_first": QCoreApplication.translate("presets", "DCGAN generator: 1\u00d71 noise to 4\u00d74"),
        "dcgan_up": QCoreApplication.translate("presets", "DCGAN generator: each later layer doubles"),
        "unet_match": QCoreApplication.translate("presets", "U-Net up-step matching a 7\u00d77 encoder map"),
    }


def view_titles() -> dict[str, str]:
    """Translated tab titles of the views, by the names in ``Document.VIEWS``.

    Short, so that every tab shows at 1280 px; :func:`view_tooltips` says more.
    """
    return {
        "gather": QCoreApplication.translate("MainWindow", "Lesson"),
        "scatter": QCoreApplication.translate("MainWindow", "Scatter"),
        "matrix": QCoreApplication.translate("MainWindow", "Matrix C\u1d40"),
        "overlap": QCoreApplication.translate("MainWindow", "Overlap"),
        "roundtrip": QCoreApplication.translate("MainWindow", "Round trip"),
        "practice": QCoreApplication.translate("MainWindow", "Practice"),
        "transposed": QCoreApplication.translate("MainWindow", "Why transposed"),
        "subpixel": QCoreApplication.translate("MainWindow", "Sub-pixel"),
        "plan": QCoreApplication.translate("MainWindow", "Plan"),
    }


def view_tooltips() -> dict[str, str]:
    """Translated descriptions of the views, shown over their tabs."""
    return {
        "gather": QCoreApplication.translate(
            "MainWindow", "Gather: the lesson, step by step; each output cell is a sum over its kernel window"),
        "scatter": QCoreApplication.translate(
            "MainWindow", "Scatter: each input value stamps a scaled kernel onto the output canvas"),
        "matrix": QCoreApplication.translate(
            "MainWindow", "Matrix C\u1d40: the layer as one matrix product, y = C\u1d40x"),
        "overlap": QCoreApplication.translate(
            "MainWindow", "Overlap map: how many kernel taps land on input values, for each output cell"),
        "roundtrip": QCoreApplication.translate(
            "MainWindow", "Round trip with Conv2d: which sizes Conv2d maps back, and which one output_padding picks"),
        "practice": QCoreApplication.translate(
            "MainWindow", "Practice: predict, check, then see the step that shows why"),
        "transposed": QCoreApplication.translate(
            "MainWindow", "Why transposed: the Conv2d with the same kernel, beside it; one reads the cells the other writes"),
        "subpixel": QCoreApplication.translate(
            "MainWindow", "Sub-pixel: the output as interleaved stride phases, each a stride-1 convolution with its own sub-kernel"),
        "plan": QCoreApplication.translate(
            "MainWindow", "Plan: the output size of every layer of a printed model"),
    }
