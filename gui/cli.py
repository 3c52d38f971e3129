"""The command line of ``convt-lab``.

``convt-lab [params] [--session FILE]``            the window
``convt-lab render [params] -o FILE.png|.svg``     the window drawn offscreen
``convt-lab render --animate -o FILE.gif|DIR``     the animation, as a GIF or PNG frames
``convt-lab explain [params]``                     the lesson as text
``convt-lab install-desktop``                      the launcher entry and icon, for this user

Every bad argument ends with exit code 2 and one line on stderr, never a
traceback.  Parameters are checked by core before any window is made.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field

import numpy as np

import core

from .texts import problem_text

__all__ = ["VIEWS", "CliError", "Request", "build_parser", "parse"]

SIZE_LIMITS = ((320, 7680), (240, 4320))
THEMES = ("light", "dark", "contrast", "contrast-dark")
VIEWS = ("gather", "scatter", "matrix", "overlap", "roundtrip")
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
    def error(self, message: str):  # argparse's hook: one line, exit code 2
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


def _cells(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d+)\s*(?::\s*(\d+)\s*)?", text)
    if not m:
        raise argparse.ArgumentTypeError(f"expected FIRST:LAST output cells (from 1), got {text!r}")
    first = int(m.group(1))
    return (first, int(m.group(2)) if m.group(2) else first)


def _size(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d+)\s*[xX]\s*(\d+)\s*", text)
    if not m:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT in pixels, got {text!r}")
    w, h = int(m.group(1)), int(m.group(2))
    (wl, wh), (hl, hh) = SIZE_LIMITS
    if not (wl <= w <= wh and hl <= h <= hh):
        raise argparse.ArgumentTypeError(f"size {w}x{h} is outside {wl}x{hl} to {wh}x{hh} pixels")
    return (w, h)


def _fps(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected frames per second, got {text!r}") from None
    if not 0.1 <= value <= 50:
        raise argparse.ArgumentTypeError(f"fps {text} is outside 0.1 to 50")
    return value


def _add_common(parser: argparse.ArgumentParser, sub: bool = False) -> None:
    # On a subcommand an option left out must not reset one given before it
    # ("convt-lab --input 3 render ..."), so its default is SUPPRESS there.
    default = {"default": argparse.SUPPRESS} if sub else {}
    group = parser.add_argument_group("parameters (default: the lesson's 2x2, k=3, s=2, p=0)")
    for flag, dest, text in PARAM_OPTIONS:
        group.add_argument(f"--{flag}", dest=dest, type=_pair, metavar="N|HxW", help=text, **default)
    parser.add_argument(
        "--lang", choices=("en", "zh"), help="language (default: the system's, or the last used)",
        **default,
    )


def _add_channels(parser: argparse.ArgumentParser, sub: bool = False) -> None:
    default = {"default": argparse.SUPPRESS} if sub else {}
    group = parser.add_argument_group("channels (default: one in, one out, no bias)")
    group.add_argument("--in-channels", type=int, metavar="N", help="C_in, 1 to 8", **default)
    group.add_argument("--out-channels", type=int, metavar="N", help="C_out, 1 to 8", **default)
    group.add_argument("--groups", type=int, metavar="G", help="groups; must divide C_in and C_out",
                       **default)
    group.add_argument("--bias", action="store_true", help="add a bias b[o] = o + 1", **default)
    group.add_argument("--pick", type=_cell, metavar="C,O",
                       help="show input channel C and output channel O (default 0,0)", **default)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="convt-lab", description="ConvT Lab: PyTorch's ConvTranspose2d, step by step.")
    _add_common(parser)
    _add_channels(parser)
    parser.add_argument("--session", metavar="FILE", help="open a saved .convt.json session")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    explain = sub.add_parser("explain", help="print the lesson's steps as text and exit")
    _add_common(explain, sub=True)

    render = sub.add_parser("render", help="draw the window offscreen into a file and exit")
    _add_common(render, sub=True)
    _add_channels(render, sub=True)
    render.add_argument("--session", metavar="FILE", help="draw a saved .convt.json session",
                        default=argparse.SUPPRESS)
    render.add_argument(
        "-o", "--output", required=True, metavar="FILE",
        help="FILE.png or FILE.svg; with --animate, FILE.gif or a folder for PNG frames",
    )
    render.add_argument("--view", choices=VIEWS, default="gather", help="which view to draw")
    render.add_argument("--theme", choices=THEMES, default=None)
    render.add_argument("--font-scale", type=float, choices=(1.0, 1.5, 2.0), default=None,
                        metavar="1|1.5|2")
    render.add_argument("--step", type=int, choices=range(1, 6), metavar="1..5",
                        help="show the lesson up to this step (default 5: everything)")
    render.add_argument("--select", type=_cell, metavar="I,J", help="select output cell (I, J)")
    render.add_argument("--select-input", type=_cell, metavar="R,C", help="select input cell (R, C)")
    render.add_argument("--size", type=_size, default=(1280, 720), metavar="WxH",
                        help="picture size in pixels (1280x720)")
    render.add_argument("--animate", action="store_true",
                        help="one frame per output cell, in raster order")
    render.add_argument("--cells", type=_cells, metavar="FIRST:LAST",
                        help="with --animate: only these output cells, counted from 1")
    render.add_argument("--fps", type=_fps, default=4.0, help="with --animate: frames per second")

    desktop = sub.add_parser(
        "install-desktop", help="add ConvT Lab to this user's application menu and exit"
    )
    desktop.add_argument("--uninstall", action="store_true", help="remove the entry and icon")
    return parser


@dataclass(frozen=True)
class Request:
    """A parsed, checked command line."""

    command: str | None
    params: core.ConvTParams
    x: np.ndarray | None = None
    w: np.ndarray | None = None
    xs: np.ndarray | None = None
    ws: np.ndarray | None = None
    bias: np.ndarray | None = None
    selection: tuple[str, int, int] | None = None
    output: str | None = None
    size: tuple[int, int] = (1280, 720)
    language: str | None = None
    theme: str = "light"
    font_scale: float = 1.0
    step: int = 5
    view: str = "gather"
    animate: bool = False
    cells: tuple[int, int] | None = None
    fps: float = 4.0
    uninstall: bool = False
    from_session: bool = False
    extra: dict = field(default_factory=dict)
    setup: core.ChannelSetup = core.ChannelSetup()
    pick: tuple[int, int] = (0, 0)


def _params(args, prog: str) -> core.ConvTParams:
    given = {dest: getattr(args, dest) for _, dest, _ in PARAM_OPTIONS if getattr(args, dest, None)}
    try:
        params = core.ConvTParams(**given)
        core.check_limits(params)
    except core.ParamError as err:
        raise CliError(f"{prog}: error: {problem_text(err)}") from None
    return params


def _session(args, prog: str):
    from .session import SessionError, load_session

    if any(getattr(args, dest, None) for _, dest, _ in PARAM_OPTIONS):
        raise CliError(f"{prog}: error: give parameters or --session, not both")
    try:
        return load_session(args.session)
    except SessionError as err:
        raise CliError(f"{prog}: error: {err}") from None


def _selection(args, params: core.ConvTParams, prog: str):
    if args.select and args.select_input:
        raise CliError(f"{prog}: error: give --select or --select-input, not both")
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
        return (kind, cell[0], cell[1])
    return None


def _channels(args, prog: str) -> tuple[core.ChannelSetup, tuple[int, int]]:
    counts = {
        name: getattr(args, name, None) for name in ("in_channels", "out_channels", "groups")
    }
    if all(v is None for v in counts.values()) and not getattr(args, "bias", False) and (
        getattr(args, "pick", None) is None
    ):
        return core.ChannelSetup(), (0, 0)
    try:
        setup = core.ChannelSetup(
            **{k: 1 if v is None else v for k, v in counts.items()}, bias=bool(args.bias)
        )
    except core.ParamError as err:
        raise CliError(f"{prog}: error: {problem_text(err)}") from None
    ci, co = args.pick or (0, 0)
    if not 0 <= co < setup.out_channels or ci not in setup.inputs_of(co):
        raise CliError(
            f"{prog}: error: --pick {ci},{co}: output channel {co} must be below "
            f"{setup.out_channels} and input channel {ci} in its group"
        )
    return setup, (ci, co)


def parse(argv: list[str]) -> Request:
    """Parse and check ``argv``; raises :class:`CliError` with a one-line message."""
    args = build_parser().parse_args(argv)
    prog = "convt-lab" + (f" {args.command}" if args.command else "")
    if args.command == "install-desktop":
        return Request("install-desktop", core.ConvTParams(), uninstall=args.uninstall)
    data = _session(args, prog) if getattr(args, "session", None) else None
    params = data.params if data else _params(args, prog)
    setup, pick = _channels(args, prog)
    if data is not None and not data.setup.single:
        setup, pick = data.setup, data.pick
    base = dict(
        params=params,
        x=None if data is None else np.array(data.x),
        w=None if data is None else np.array(data.w),
        selection=None if data is None else data.selection,
        language=args.lang or (data.language if data else None),
        from_session=data is not None,
        setup=setup,
        pick=pick,
        xs=None if data is None or data.setup.single else np.array(data.xs),
        ws=None if data is None or data.setup.single else np.array(data.ws),
        bias=None if data is None or data.setup.single else np.array(data.bias),
    )
    view = data.view if data else {}
    if args.command == "explain" and not setup.single:
        raise CliError(f"{prog}: error: explain tells the one-channel lesson; drop the channel options")
    if args.command != "render":
        return Request(args.command, **base, extra=dict(view))
    base["selection"] = _selection(args, params, prog) or base["selection"]
    out = args.output
    name = out.replace("\\", "/").rsplit("/", 1)[-1]
    suffix = name.lower().rsplit(".", 1)[-1] if "." in name.lstrip(".") else ""
    if args.animate:
        if suffix not in ("gif", ""):
            raise CliError(f"{prog}: error: -o {out!r}: with --animate, write a .gif or a folder")
        n = params.output_size[0] * params.output_size[1]
        if args.cells and not 1 <= args.cells[0] <= args.cells[1] <= n:
            raise CliError(
                f"{prog}: error: --cells {args.cells[0]}:{args.cells[1]} is outside 1:{n} "
                f"(the {params.output_size[0]}x{params.output_size[1]} output)"
            )
    elif args.cells:
        raise CliError(f"{prog}: error: --cells needs --animate")
    elif suffix not in ("png", "svg"):
        raise CliError(f"{prog}: error: -o {out!r}: write a .png or .svg file")
    return Request(
        "render",
        **base,
        output=out,
        size=args.size,
        theme=args.theme or (view.get("theme") if view.get("theme") in THEMES else "light"),
        font_scale=args.font_scale or (
            view.get("font_scale") if view.get("font_scale") in (1.0, 1.5, 2.0) else 1.0
        ),
        step=args.step or (view["step"] + 1 if isinstance(view.get("step"), int) else 5),
        view=args.view,
        animate=args.animate,
        cells=args.cells,
        fps=args.fps,
    )


def fail(message: str) -> int:
    """Print ``message`` as one line (line breaks shown as \\n) and return exit code 2."""
    print(message.replace("\r", "\\r").replace("\n", "\\n"), file=sys.stderr)
    return 2
