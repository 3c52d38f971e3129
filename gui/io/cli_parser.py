"""The argument parser of ``convt-lab``: its options, subcommands and one-line errors.

:func:`build_parser` makes the parser :func:`convt_lab.gui.io.cli.parse`
uses; what the parsed values mean, and whether they fit together, is that
module's job.  argparse's own messages become one translated line in a
:class:`CliError`, never a usage dump and exit.
"""

from __future__ import annotations

import argparse
import importlib
import re

from PySide6.QtCore import QCoreApplication

from convt_lab import __version__
from convt_lab.gui.io.animation_cli import add_animation_options
from convt_lab.gui.io.cli_types import (
    MAX_LINE,
    _cell_as,
    _cells,
    _count,
    _fps,
    _pair,
    _pair_of,
    _size,
)
from convt_lab.gui.model.document import FONT_SCALES, STEPS, THEMES, VIEWS

__all__ = ["PARAM_OPTIONS", "TOOL_COMMANDS", "CliError", "build_parser", "negative_values_attached"]

PARAM_OPTIONS = (
    ("input", "input_size", "input size H and W, as N or HxW"),
    ("kernel", "kernel_size", "kernel size, as N or HxW"),
    ("stride", "stride", "stride, as N or HxW"),
    ("padding", "padding", "padding, as N or HxW"),
    ("output-padding", "output_padding", "output_padding, as N or HxW"),
    ("dilation", "dilation", "dilation, as N or HxW"),
)


# Subcommands that stand on their own, without a document: name -> module.
# Each module has ``HELP`` (one line), ``add_arguments(parser)`` and
# ``run(args) -> int``; it is imported when the parser is built, so it keeps
# its heavy imports inside ``run``.
TOOL_COMMANDS: dict[str, str] = {
    "quiz": "convt_lab.gui.io.quiz_command",
    "worksheet": "convt_lab.gui.io.worksheet",
    "plan": "convt_lab.gui.io.plan_command",
    "play": "convt_lab.gui.io.play_command",
}


class CliError(Exception):
    """A bad command line; the message is the one line to print."""


def _argparse_words(message: str) -> str:
    """argparse's own phrases in the app's language (its messages are not translated)."""
    rules = (
        (r"unrecognized arguments: (?P<a>.*)", lambda m: QCoreApplication.translate("cli", "unrecognized arguments: {a}")),
        (r"argument (?P<a>\S+): invalid choice: (?P<v>.*) \(choose from (?P<c>.*)\)",
         lambda m: QCoreApplication.translate("cli", "argument {a}: invalid choice: {v} (choose from {c})")),
        (r"argument (?P<a>\S+): expected one argument",
         lambda m: QCoreApplication.translate("cli", "argument {a}: expected one argument")),
        (r"the following arguments are required: (?P<a>.*)",
         lambda m: QCoreApplication.translate("cli", "the following arguments are required: {a}")),
        (r"ambiguous option: (?P<a>.*)", lambda m: QCoreApplication.translate("cli", "ambiguous option: {a}")),
        (r"argument (?P<a>\S+): (?P<v>.*)", lambda m: QCoreApplication.translate("cli", "argument {a}: {v}")),
    )
    for pattern, template in rules:
        m = re.fullmatch(pattern, message, re.S)
        if m:
            return template(m).format(**m.groupdict())
    return message


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse's hook: one line, exit code 2
        line = f"{self.prog}: error: {_argparse_words(message)}"
        raise CliError(line if len(line) <= MAX_LINE else line[:MAX_LINE] + "\u2026")


def _add_common(parser: argparse.ArgumentParser, sub: bool = False) -> None:
    # On a subcommand an option left out must not reset one given before it
    # ("convt-lab --input 3 render ..."), so its default is SUPPRESS there.
    default = {"default": argparse.SUPPRESS} if sub else {}
    group = parser.add_argument_group("parameters (default: the lesson's 2x2, k=3, s=2, p=0)")
    for flag, dest, text in PARAM_OPTIONS:
        group.add_argument(f"--{flag}", dest=dest, type=_pair_of(dest), metavar="N|HxW", help=text, **default)
    group.add_argument(
        "--output-size", dest="output_size", type=_pair, metavar="HxW", **default,
        help="a target output size, as forward(x, output_size=[H, W]): picks output_padding",
    )
    parser.add_argument(
        "--lang", choices=("en", "zh"), help="language (default: the system's, or the last used)",
        **default,
    )


def _add_channels(parser: argparse.ArgumentParser, sub: bool = False) -> None:
    default = {"default": argparse.SUPPRESS} if sub else {}
    group = parser.add_argument_group("channels (default: one in, one out, no bias)")
    group.add_argument("--in-channels", type=_count, metavar="N", help="C_in, 1 to 8", **default)
    group.add_argument("--out-channels", type=_count, metavar="N", help="C_out, 1 to 8", **default)
    group.add_argument("--groups", type=_count, metavar="G", help="groups; must divide C_in and C_out",
                       **default)
    group.add_argument("--bias", action="store_true", help="add a bias b[o] = o + 1", **default)
    group.add_argument("--pick", type=_cell_as("C,O"), metavar="C,O",
                       help="show input channel C and output channel O (default 0,0)", **default)


def _add_view(parser: argparse.ArgumentParser, sub: bool = False) -> None:
    """What the screen shows: view, theme, font scale, step and the selected cell."""
    default = {"default": argparse.SUPPRESS} if sub else {}
    group = parser.add_argument_group("what the screen shows (default: a session's, or the lesson's)")
    group.add_argument("--view", choices=VIEWS, help="which view (tab) to show", **default)
    group.add_argument("--theme", choices=THEMES, **default)
    group.add_argument("--font-scale", type=float, choices=FONT_SCALES, metavar="1|1.5|2", **default)
    group.add_argument("--step", type=_count, choices=STEPS, metavar="1..5",
                       help="show the lesson up to this step (default 5: everything)", **default)
    group.add_argument("--select", type=_cell_as("I,J"), metavar="I,J", help="select output cell (I, J)",
                       **default)
    group.add_argument("--select-input", type=_cell_as("R,C"), metavar="R,C", help="select input cell (R, C)",
                       **default)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="convt-lab", description="ConvT Lab: PyTorch's ConvTranspose2d, step by step.")
    parser.add_argument("--version", action="version", version=f"convt-lab {__version__}")
    _add_common(parser)
    _add_channels(parser)
    _add_view(parser)
    parser.add_argument("--session", metavar="FILE", help="open a saved .convt.json session")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    explain = sub.add_parser("explain", help="print the lesson's steps as text and exit")
    _add_common(explain, sub=True)
    explain.add_argument("--session", metavar="FILE", help="explain a saved .convt.json session",
                         default=argparse.SUPPRESS)

    render = sub.add_parser("render", help="draw the window offscreen into a file and exit")
    _add_common(render, sub=True)
    _add_channels(render, sub=True)
    _add_view(render, sub=True)
    render.add_argument("--session", metavar="FILE", help="draw a saved .convt.json session",
                        default=argparse.SUPPRESS)
    render.add_argument(
        "-o", "--output", required=True, metavar="FILE",
        help="FILE.png or FILE.svg; with --animate, FILE.gif or a folder for PNG frames",
    )
    render.add_argument("--size", type=_size, default=(1280, 720), metavar="WxH",
                        help="picture size in pixels (1280x720)")
    render.add_argument("--animate", action="store_true",
                        help="one frame per output cell in raster order (on the Scatter tab, per "
                             "stamp); not on the Round trip and Plan tabs")
    render.add_argument("--cells", type=_cells, metavar="FIRST:LAST",
                        help="with --animate: only these steps, counted from 1 (output cells; on "
                             "the Scatter tab, its stamps)")
    render.add_argument("--fps", type=_fps, default=None,
                        help="with --animate: frames per second (4)")
    add_animation_options(render)

    for name, module in TOOL_COMMANDS.items():
        tool = importlib.import_module(module)
        tool.add_arguments(sub.add_parser(name, help=tool.HELP))

    desktop = sub.add_parser(
        "install-desktop", help="add ConvT Lab to this user's application menu and exit"
    )
    desktop.add_argument("--uninstall", action="store_true", help="remove the entry and icon")
    return parser


def negative_values_attached(argv: list[str]) -> list[str]:
    """``--select -1,0`` as ``--select=-1,0``: argparse takes ``-1,0`` for an option and
    says the value is missing, where the value's own check says what is wrong with it."""
    out: list[str] = []
    for token in argv:
        if (out and out[-1].startswith("--") and "=" not in out[-1]
                and re.match(r"-[\d.\u2212]", token) and not re.fullmatch(r"-\d+(\.\d*)?", token)):
            out[-1] = f"{out[-1]}={token}"
        else:
            out.append(token)
    return out
