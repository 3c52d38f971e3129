"""The current example as a runnable PyTorch script ("Copy as PyTorch code").

Pure Python + NumPy + core, no Qt: the text is code, so its comments stay in
English.  Values are written with ``repr``, so every float64 reads back
bit-for-bit and PyTorch computes with exactly the numbers on screen.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from convt_lab import core
from convt_lab.core.engine import as_values

__all__ = ["pytorch_gradient_snippet", "pytorch_layer_snippet", "pytorch_snippet"]

_INDENT = "    "


def _number(v: float) -> str:
    # repr round-trips every finite float64 exactly ("0.1", "1e-05", "-0.0").
    return repr(float(v))


def _literal(a: np.ndarray, indent: str, depth: int = 1) -> str:
    """``a`` (H, W) as a nested list literal, one row per line.

    ``depth`` 1 gives the (H, W) list, 3 wraps it as (1, 1, H, W).
    """
    rows = ["[" + ", ".join(_number(v) for v in row) + "]" for row in a]
    return "[" * depth + (",\n" + indent + " " * depth).join(rows) + "]" * depth


def _values(a: Any, name: str, shape: tuple[int, int]) -> np.ndarray:
    arr = as_values(a, name).astype(np.float64)
    if arr.shape != tuple(shape):
        raise core.ParamError(name, "shape", value=arr.shape, expected=tuple(shape))
    return arr


def _checked(params: core.ConvTParams, x: Any, w: Any) -> tuple[np.ndarray, np.ndarray]:
    """``x`` and ``w`` as float64 arrays of the sizes ``params`` names (or ParamError)."""
    return _values(x, "x", params.input_size), _values(w, "weight", params.kernel_size)


def _ours(params: core.ConvTParams, x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """The output ConvT Lab computes, embedded in the script to compare with PyTorch's."""
    p = params
    return core.conv_transpose2d(x, w, stride=p.stride, padding=p.padding,
                                 output_padding=p.output_padding, dilation=p.dilation)


def _tensor(name: str, a: np.ndarray, sizes: str) -> list[str]:
    """The lines ``name = torch.tensor(...)`` of a (1, 1, h, w) tensor holding ``a``."""
    return [
        f"{name} = torch.tensor(  # (1, 1, {sizes}) = (1, 1, {a.shape[0]}, {a.shape[1]})",
        f"{_INDENT}{_literal(a, _INDENT, 3)},",
        f"{_INDENT}dtype=torch.float64,",
        ")",
    ]


def _size_comment(params: core.ConvTParams) -> list[str]:
    lines = ["# Output size per axis: (H-1)*s - 2*p + d*(k-1) + op + 1"]
    for name, s in zip(("height", "width"), params.axes):
        lines.append(
            f"#   {name}: ({s.size}-1)*{s.stride} - 2*{s.padding} + {s.dilation}*({s.kernel}-1)"
            f" + {s.output_padding} + 1 = {s.output}"
        )
    return lines


def _forward(output_size: tuple[int, int] | None) -> str:
    """The call: ``conv(x)``, or ``conv(x, output_size=[H, W])`` when a target size is set.

    With a target, PyTorch picks output_padding itself (and ignores the
    layer's), so the layer is built with op = 0 as a user would write it.
    """
    return "conv(x)" if output_size is None else f"conv(x, output_size={list(output_size)!r})"


def _layer_op(params: core.ConvTParams, output_size: tuple[int, int] | None) -> str:
    return f"{_INDENT}output_padding={(0, 0) if output_size is not None else params.output_padding!r},"


def pytorch_snippet(params: core.ConvTParams, x: Any, w: Any, *, check: bool = True,
                    output_size: tuple[int, int] | None = None) -> str:
    """A self-contained Python script computing this example with PyTorch.

    The script builds ``torch.nn.ConvTranspose2d(1, 1, ..., bias=False)``
    with every parameter of ``params`` written per axis, sets its weight to
    ``w`` (as ``(1, 1, kH, kW)``) and its input to ``x`` (as ``(1, 1, H, W)``),
    both ``float64``, and prints the ``(H_out, W_out)`` output.

    Parameters
    ----------
    params : core.ConvTParams
        The parameters.
    x, w : array_like
        The input ``params.input_size`` and kernel ``params.kernel_size``
        values; finite real numbers.
    check : bool
        Also embed the output ConvT Lab computes (with
        :func:`core.conv_transpose2d`) and print whether PyTorch agrees.
    output_size : (int, int) or None
        A target size (the document's): the script then calls
        ``forward(x, output_size=[H, W])`` and lets PyTorch pick the op.

    Returns
    -------
    str
        Python source; it needs only ``torch`` to run.

    Raises
    ------
    core.ParamError
        If ``x`` or ``w`` has the wrong shape or holds non-finite values.
    """
    x, w = _checked(params, x, w)
    p = params
    lines = [
        "# ConvT Lab: this transposed convolution in PyTorch.",
        *_size_comment(p),
        "import torch",
        "",
        "conv = torch.nn.ConvTranspose2d(",
        f"{_INDENT}1,",
        f"{_INDENT}1,",
        f"{_INDENT}kernel_size={p.kernel_size!r},",
        f"{_INDENT}stride={p.stride!r},",
        f"{_INDENT}padding={p.padding!r},",
        _layer_op(p, output_size),
        f"{_INDENT}dilation={p.dilation!r},",
        f"{_INDENT}bias=False,",
        f"{_INDENT}dtype=torch.float64,",
        ")",
        *_tensor("x", x, "H, W"),
        "with torch.no_grad():",
        f"{_INDENT}conv.weight.copy_(",
        f"{_INDENT * 2}torch.tensor(  # (1, 1, kH, kW) = (1, 1, {w.shape[0]}, {w.shape[1]})",
        f"{_INDENT * 3}{_literal(w, _INDENT * 3, 3)},",
        f"{_INDENT * 3}dtype=torch.float64,",
        f"{_INDENT * 2})",
        f"{_INDENT})",
        f"{_INDENT}y = {_forward(output_size)}[0, 0]",
        "",
        "print(tuple(y.shape))",
        "for row in y.tolist():",
        f"{_INDENT}print(row)",
    ]
    if check:
        y = _ours(p, x, w)
        lines += [
            "",
            "# The output ConvT Lab shows:",
            "expected = torch.tensor(",
            f"{_INDENT}{_literal(y, _INDENT)},",
            f"{_INDENT}dtype=torch.float64,",
            ")",
            'print("same as ConvT Lab:", torch.allclose(y, expected, rtol=1e-9, atol=1e-9))',
        ]
    return "\n".join(lines) + "\n"


def pytorch_layer_snippet(
    params: core.ConvTParams, setup: core.ChannelSetup, xs: Any, ws: Any, bias: Any,
    output_size: tuple[int, int] | None = None,
) -> str:
    """Like :func:`pytorch_snippet`, for a layer with several channels, groups or a bias.

    ``xs`` is ``(C_in, H, W)``, ``ws`` is ``(C_in, C_out/groups, kH, kW)`` and
    ``bias`` is ``(C_out,)`` (used only when ``setup.bias``).  The script prints
    every output channel and whether it matches ConvT Lab's output.
    """
    xs = as_values(xs, "x").astype(np.float64)
    ws = as_values(ws, "weight").astype(np.float64)
    b = as_values(bias, "bias").astype(np.float64)
    p = params
    y = core.channel_output(p, setup, xs, ws, b)
    lines = [
        "# ConvT Lab: this transposed convolution layer in PyTorch.",
        *_size_comment(p),
        "import torch",
        "",
        "conv = torch.nn.ConvTranspose2d(",
        f"{_INDENT}{setup.in_channels},",
        f"{_INDENT}{setup.out_channels},",
        f"{_INDENT}kernel_size={p.kernel_size!r},",
        f"{_INDENT}stride={p.stride!r},",
        f"{_INDENT}padding={p.padding!r},",
        _layer_op(p, output_size),
        f"{_INDENT}groups={setup.groups},",
        f"{_INDENT}dilation={p.dilation!r},",
        f"{_INDENT}bias={setup.bias},",
        f"{_INDENT}dtype=torch.float64,",
        ")",
        f"# x: (1, C_in, H, W) = (1, {xs.shape[0]}, {xs.shape[1]}, {xs.shape[2]})",
        f"x = torch.tensor([{xs.tolist()!r}], dtype=torch.float64)",
        "with torch.no_grad():",
        f"{_INDENT}# weight: (C_in, C_out/groups, kH, kW) = {tuple(ws.shape)}",
        f"{_INDENT}conv.weight.copy_(torch.tensor({ws.tolist()!r}, dtype=torch.float64))",
    ]
    if setup.bias:
        lines.append(f"{_INDENT}conv.bias.copy_(torch.tensor({b.tolist()!r}, dtype=torch.float64))")
    lines += [
        f"{_INDENT}y = {_forward(output_size)}[0]",
        "",
        "print(tuple(y.shape))",
        "for o, channel in enumerate(y.tolist()):",
        f"{_INDENT}print('channel', o)",
        f"{_INDENT}for row in channel:",
        f"{_INDENT * 2}print(row)",
        "",
        "# The output ConvT Lab shows:",
        f"expected = torch.tensor({y.tolist()!r}, dtype=torch.float64)",
        'print("same as ConvT Lab:", torch.allclose(y, expected, rtol=1e-9, atol=1e-9))',
    ]
    return "\n".join(lines) + "\n"


def pytorch_gradient_snippet(params: core.ConvTParams, x: Any, w: Any) -> str:
    """A script showing that ConvTranspose2d is the gradient of Conv2d, on these values.

    It computes ``y = conv_transpose2d(x, w)``, then the gradient of
    ``⟨conv2d(u, w), x⟩`` with respect to u by ``torch.autograd.grad``, and
    prints that the two agree; it also prints both sides of
    ``⟨C·y, x⟩ = ⟨y, Cᵀ·x⟩`` and the output ConvT Lab shows.

    Parameters
    ----------
    params : core.ConvTParams
    x, w : array_like
        The input and kernel on screen, ``params.input_size`` and ``params.kernel_size``.

    Raises
    ------
    core.ParamError
        If ``x`` or ``w`` has the wrong shape or holds non-finite values.
    """
    x, w = _checked(params, x, w)
    p = params
    y = _ours(p, x, w)
    geometry = f"stride={p.stride!r}, padding={p.padding!r}, dilation={p.dilation!r}"
    lines = [
        "# ConvT Lab: ConvTranspose2d is the gradient of Conv2d with respect to its input.",
        "# Conv2d with the same kernel, stride, padding and dilation is z = C·u;",
        "# ConvTranspose2d computes y = Cᵀ·x, which is what autograd's backward pass",
        "# of Conv2d computes for the upstream gradient x.",
        *_size_comment(p),
        "import torch",
        "import torch.nn.functional as F",
        "",
        *_tensor("x", x, "H, W"),
        *_tensor("w", w, "kH, kW"),
        "",
        "# The transposed convolution on screen.",
        f"y = F.conv_transpose2d(x, w, stride={p.stride!r}, padding={p.padding!r},",
        f"{_INDENT}output_padding={p.output_padding!r}, dilation={p.dilation!r})",
        "",
        "# Conv2d on an input u of y's size, and autograd's gradient of <Conv2d(u), x>.",
        "u = torch.zeros_like(y, requires_grad=True)",
        f"z = F.conv2d(u, w, {geometry})",
        "# z has x's size (more rows or columns when output_padding >= stride):",
        "# x, zero-padded to z's size, is the upstream gradient.",
        "upstream = torch.zeros_like(z)",
        "upstream[..., :x.shape[2], :x.shape[3]] = x",
        "(grad,) = torch.autograd.grad(z, u, grad_outputs=upstream)",
        "",
        "print('y = ConvTranspose2d(x):')",
        "for row in y[0, 0].tolist():",
        f"{_INDENT}print(row)",
        "print('gradient of Conv2d equals ConvTranspose2d:',",
        f"{_INDENT}torch.allclose(grad, y, rtol=1e-12, atol=1e-12))",
        "",
        "# <C·y, x> = <y, Cᵀ·x>: Conv2d applied to y, against ConvTranspose2d applied to x.",
        f"lhs = (F.conv2d(y, w, {geometry}) * upstream).sum().item()",
        "rhs = (y * y).sum().item()",
        "print('<C·y, x> =', lhs, ' <y, Cᵀ·x> =', rhs, ' equal:', abs(lhs - rhs) <= 1e-9 * max(1.0, abs(rhs)))",
        "",
        "# Not an inverse: Conv2d brings back x's size, not x's values.",
        f"print('C·y =', F.conv2d(y, w, {geometry})[0, 0].tolist())",
        "",
        "# The output ConvT Lab shows:",
        "expected = torch.tensor(",
        f"{_INDENT}{_literal(y, _INDENT)},",
        f"{_INDENT}dtype=torch.float64,",
        ")",
        "print('same as ConvT Lab:', torch.allclose(y[0, 0], expected, rtol=1e-9, atol=1e-9))",
    ]
    return "\n".join(lines) + "\n"
