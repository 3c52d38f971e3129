"""The command line: ``convt-lab [params]`` and ``convt-lab render [params] -o FILE``.

Every bad argument ends with exit code 2 and one line on stderr, never a
traceback.  Parameters are checked by core before any window is made.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass

import core

from .texts import problem_text

__all__ = ["CliError", "Request", "build_parser", "parse"]

SIZE_LIMITS = ((320, 7680), (240, 4320))
PARAM_OPTIONS = (
    ("input", "input_size", "input size H and W, as N or HxW"),
    ("kernel", "kernel_size", "kernel size, as N or HxW"),
    ("stride", "stride", "stride, as N or HxW"),
    ("padding", "padding", "padding, as N or HxW"),
    ("output-padding", "output_padding", "output_padding, as N or HxW"),
    ("dilation", "dilation", "dilation, as N or HxW"),
)


class CliError(Exception):
    """A bad command line; the message is the one line to print."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # noqa: D102 - argparse's hook
        raise CliError(f"{self.prog}: error: {message}")


def _pair(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(-?\d+)\s*(?:[xX\u00d7*]\s*(-?\d+)\s*)?", text)
    if not m:
        raise argparse.ArgumentTypeError(f"expected N or AxB with whole numbers, got {text!r}")
    a = int(m.group(1))
    return (a, int(m.group(2)) if m.group(2) is not None else a)


def _cell(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(-?\d+)\s*,\s*(-?\d+)\s*", text)
    if not m:
        raise argparse.ArgumentTypeError(f"expected ROW,COL with whole numbers, got {text!r}")
    return (int(m.group(1)), int(m.group(2)))


def _size(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d+)\s*[xX]\s*(\d+)\s*", text)
    if not m:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT in pixels, got {text!r}")
    w, h = int(m.group(1)), int(m.group(2))
    (wl, wh), (hl, hh) = SIZE_LIMITS
    if not (wl <= w <= wh and hl <= h <= hh):
        raise argparse.ArgumentTypeError(
            f"size {w}x{h} is outside {wl}x{hl} to {wh}x{hh} pixels"
        )
    return (w, h)


def _add_params(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("parameters (default: the lesson's 2x2, k=3, s=2, p=0)")
    for flag, dest, text in PARAM_OPTIONS:
        group.add_argument(f"--{flag}", dest=dest, type=_pair, metavar="N|HxW", help=text)


def _add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang", choices=("en", "zh"), help="language (default: the system's, or the last used)"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="convt-lab",
        description="ConvT Lab: PyTorch's ConvTranspose2d, step by step.",
    )
    _add_params(parser)
    _add_lang(parser)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    explain = sub.add_parser("explain", help="print the lesson's steps as text and exit")
    _add_params(explain)
    _add_lang(explain)
    render = sub.add_parser("render", help="draw the window offscreen into a PNG and exit")
    _add_params(render)
    _add_lang(render)
    render.add_argument(
        "--theme", choices=("light", "dark", "contrast", "contrast-dark"), default="light"
    )
    render.add_argument(
        "--font-scale", type=float, choices=(1.0, 1.5, 2.0), default=1.0, metavar="1|1.5|2"
    )
    render.add_argument("--step", type=int, choices=range(1, 6), metavar="1..5",
                        help="show the lesson up to this step (default 5: everything)")
    render.add_argument("-o", "--output", required=True, metavar="FILE.png", help="the PNG to write")
    render.add_argument("--select", type=_cell, metavar="I,J", help="select output cell (I, J)")
    render.add_argument(
        "--select-input", type=_cell, metavar="R,C", help="select input cell (R, C) instead"
    )
    render.add_argument(
        "--size", type=_size, default=(1280, 720), metavar="WxH", help="window size (1280x720)"
    )
    return parser


@dataclass(frozen=True)
class Request:
    """A parsed, checked command line."""

    command: str | None
    params: core.ConvTParams
    selection: tuple[str, int, int] | None = None
    output: str | None = None
    size: tuple[int, int] = (1280, 720)
    language: str | None = None
    theme: str = "light"
    font_scale: float = 1.0
    step: int = 5


def parse(argv: list[str]) -> Request:
    """Parse and check ``argv``; raises :class:`CliError` with a one-line message."""
    args = build_parser().parse_args(argv)
    prog = "convt-lab" + (f" {args.command}" if args.command else "")
    given = {dest: getattr(args, dest) for _, dest, _ in PARAM_OPTIONS if getattr(args, dest)}
    try:
        params = core.ConvTParams(**given)
        core.check_limits(params)
    except core.ParamError as err:
        raise CliError(f"{prog}: error: {problem_text(err)}") from None
    if args.command != "render":
        return Request(args.command, params, language=args.lang)
    if args.select and args.select_input:
        raise CliError(f"{prog}: error: give --select or --select-input, not both")
    selection = None
    for kind, cell, shape, flag in (
        ("output", args.select, params.output_size, "--select"),
        ("input", args.select_input, params.input_size, "--select-input"),
    ):
        if cell is None:
            continue
        if not (0 <= cell[0] < shape[0] and 0 <= cell[1] < shape[1]):
            raise CliError(
                f"{prog}: error: {flag} {cell[0]},{cell[1]} is outside the {shape[0]}x{shape[1]} "
                f"{kind} (rows 0..{shape[0] - 1}, cols 0..{shape[1] - 1})"
            )
        selection = (kind, cell[0], cell[1])
    if not args.output.lower().endswith(".png"):
        raise CliError(f"{prog}: error: -o {args.output!r}: only .png files can be written")
    return Request(
        "render", params, selection, args.output, args.size, args.lang, args.theme,
        args.font_scale, args.step or 5,
    )


def fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 2
