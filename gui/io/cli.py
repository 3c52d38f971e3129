"""The command line of ``convt-lab``.

``convt-lab [params] [--session FILE]``            the window
``convt-lab render [params] -o FILE.png|.svg``     the window drawn offscreen
``convt-lab render --animate -o FILE.gif|.mp4|.webm|DIR``  the animation, or PNG frames
``convt-lab render --script LESSON.toml -o FILE.mp4``    a lesson script, straight to video
``convt-lab play LESSON.toml``                     a lesson script, played hands-free
``convt-lab explain [params]``                     the lesson as text
``convt-lab install-desktop``                      the launcher entry and icon, for this user

Every bad argument ends with exit code 2 and one line on stderr, never a
traceback.  Parameters are checked by core before any window is made.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from convt_lab import core
from convt_lab.gui.io.animation_cli import DEFAULT_FPS, check_animation_options, no_animation
from convt_lab.gui.io.cli_parser import (
    PARAM_OPTIONS,
    TOOL_COMMANDS,
    CliError,
    build_parser,
    negative_values_attached,
)
from convt_lab.gui.io.cli_types import _shown
from convt_lab.gui.model.document import Document, DocumentError
from convt_lab.gui.texts import problem_text

__all__ = [
    "TOOL_COMMANDS", "CliError", "Request", "apply_overrides", "build_parser", "fail", "parse",
    "window_overrides",
]

@dataclass(frozen=True)
class Request:
    """A parsed, checked command line.

    ``document`` is what to show: the session's, or the lesson's defaults,
    with the command line's options applied.  ``overrides`` holds just the
    fields the command line gave, so the window can lay them over the
    remembered settings instead of the defaults.
    """

    command: str | None
    document: Document = field(default_factory=Document)
    overrides: dict = field(default_factory=dict)
    from_session: bool = False
    output: str | None = None
    size: tuple[int, int] = (1280, 720)
    animate: bool = False
    cells: tuple[int, int] | None = None
    fps: float = 4.0
    uninstall: bool = False
    # ``render --animate`` / ``--script``: seconds the last frame stays, the grids alone, the script.
    hold: float = 0.0
    grids_only: bool = False
    script: str | None = None
    # The parsed options of a :data:`TOOL_COMMANDS` subcommand.
    # A tool command's arguments; for the window, its own, checked again against the
    # remembered layer once the settings are read (window_overrides).
    tool_args: argparse.Namespace | None = None

    @property
    def params(self) -> core.ConvTParams:
        return self.document.params

    @property
    def setup(self) -> core.ChannelSetup:
        return self.document.setup

    @property
    def language(self) -> str | None:
        """The language the command line (or the session) asked for, else None."""
        if "language" in self.overrides or self.from_session:
            return self.document.language
        return None


def _params(args, prog: str) -> core.ConvTParams | None:
    given = {dest: getattr(args, dest) for _, dest, _ in PARAM_OPTIONS if getattr(args, dest, None)}
    if not given:
        return None
    try:
        params = core.ConvTParams(**given)
        core.check_limits(params)
    except core.ParamError as err:
        raise CliError(f"{prog}: error: {problem_text(err)}") from None
    return params


def _session(args, prog: str) -> Document | None:
    path = getattr(args, "session", None)
    if path is None:
        return None
    from convt_lab.gui.model.session import SessionError, load_session

    if (any(getattr(args, dest, None) for _, dest, _ in PARAM_OPTIONS) or _channel_given(args)
            or getattr(args, "output_size", None) is not None):
        raise CliError(f"{prog}: error: " + QCoreApplication.translate("cli", "give parameters and channels or --session, not both"))
    if path == "":
        raise CliError(f"{prog}: error: " + QCoreApplication.translate("cli", "--session needs a file name, but it is empty"))
    try:
        return load_session(path)
    except SessionError as err:
        raise CliError(f"{prog}: error: --session {_shown(path, 200)}: {err}") from None


#: What the window, explain and render take; another command given after it ignores it.
WINDOW_OPTIONS = (*((f"--{flag}", dest) for flag, dest, _ in PARAM_OPTIONS),
                  ("--output-size", "output_size"), ("--in-channels", "in_channels"),
                  ("--out-channels", "out_channels"), ("--groups", "groups"), ("--pick", "pick"),
                  ("--view", "view"), ("--theme", "theme"), ("--font-scale", "font_scale"),
                  ("--step", "step"), ("--select", "select"), ("--select-input", "select_input"),
                  ("--session", "session"))


def _nothing_for_the_window(args, prog: str) -> None:
    """Refuse the window's options given before a command that takes none of them.

    ``convt-lab --input 0 quiz`` would otherwise run the quiz as if they were not there.
    """
    given = [flag for flag, dest in WINDOW_OPTIONS if getattr(args, dest, None) is not None]
    if getattr(args, "bias", False):
        given.append("--bias")
    if given:
        raise CliError(f"{prog}: error: " + QCoreApplication.translate(
            "cli", "{command} takes none of the window's options: {options}").format(
            options=", ".join(given), command=args.command))


def _channel_given(args) -> bool:
    return any(getattr(args, name, None) is not None
               for name in ("in_channels", "out_channels", "groups", "pick")) or bool(
        getattr(args, "bias", False))


def _selection(args, params: core.ConvTParams, prog: str):
    select, select_input = getattr(args, "select", None), getattr(args, "select_input", None)
    if select and select_input:
        raise CliError(f"{prog}: error: " + QCoreApplication.translate("cli", "give --select or --select-input, not both"))
    for kind, cell, shape, flag in (
        ("output", select, params.output_size, "--select"),
        ("input", select_input, params.input_size, "--select-input"),
    ):
        if cell is None:
            continue
        if not (0 <= cell[0] < shape[0] and 0 <= cell[1] < shape[1]):
            text = (QCoreApplication.translate("cli", "{flag} {i},{j} is outside the {h}x{w} output (rows 0..{r}, cols 0..{c})")
                    if kind == "output" else
                    QCoreApplication.translate("cli", "{flag} {i},{j} is outside the {h}x{w} input (rows 0..{r}, cols 0..{c})"))
            raise CliError(f"{prog}: error: " + text.format(
                flag=flag, i=cell[0], j=cell[1], h=shape[0], w=shape[1], r=shape[0] - 1,
                c=shape[1] - 1))
        return (kind, cell[0], cell[1])
    return None


def _channels(args, prog: str) -> tuple[core.ChannelSetup, tuple[int, int]] | None:
    if not _channel_given(args):
        return None
    counts = {
        name: getattr(args, name, None) for name in ("in_channels", "out_channels", "groups")
    }
    try:
        setup = core.ChannelSetup(
            **{k: 1 if v is None else v for k, v in counts.items()}, bias=bool(getattr(args, "bias", False))
        )
    except core.ParamError as err:
        raise CliError(f"{prog}: error: {problem_text(err)}") from None
    ci, co = getattr(args, "pick", None) or (0, 0)
    if not 0 <= co < setup.out_channels:
        raise CliError(f"{prog}: error: " + QCoreApplication.translate(
            "cli", "--pick {ci},{co}: output channel {co} must be below {n}").format(
            ci=ci, co=co, n=setup.out_channels))
    feeds = setup.inputs_of(co)
    if ci not in feeds:  # another group's input: name the inputs that feed this output
        raise CliError(f"{prog}: error: " + QCoreApplication.translate(
            "cli", "--pick {ci},{co}: input channel {ci} does not feed output channel {co}; "
                   "with groups = {g}, its inputs are {a} to {b}").format(
            ci=ci, co=co, g=setup.groups, a=feeds[0], b=feeds[-1]))
    return setup, (ci, co)


def _target_params(params: core.ConvTParams, target: tuple[int, int], prog: str) -> core.ConvTParams:
    """``params`` with the output_padding ``forward(x, output_size=target)`` picks."""
    from convt_lab.core.output_size import OutputSizeError, with_output_size

    try:
        given = params
        params = with_output_size(params, target, drawn=True)  # sizes forward gives and we draw
        core.check_limits(params)
    except OutputSizeError as err:
        v = err.values
        translate = QCoreApplication.translate
        axis = translate("cli", "the height") if err.axis == 0 else translate("cli", "the width")
        reachable = core.output_size.reachable_sizes(given)[err.axis]
        if v["high"] < reachable[1] and v["high"] == v["low"]:
            text = translate("cli", "--output-size {h}x{w}: {axis} can be only {low} here "
                                    "(a larger output could not be drawn)").format(
                h=target[0], w=target[1], axis=axis, low=v["low"])
        elif v["high"] < reachable[1]:
            text = translate("cli", "--output-size {h}x{w}: {axis} can be {low} to {high} here "
                                    "(op = 0 to {n}; a larger output could not be drawn)").format(
                h=target[0], w=target[1], axis=axis, low=v["low"], high=v["high"],
                n=v["high"] - v["low"])
        elif v["high"] > v["low"]:
            text = translate("cli", "--output-size {h}x{w}: {axis} can be {low} to {high} (op = 0 to {n}, "
                                    "as forward(x, output_size=...) allows)").format(
                h=target[0], w=target[1], axis=axis, low=v["low"], high=v["high"],
                n=v["high"] - v["low"])
        else:
            text = translate("cli", "--output-size {h}x{w}: {axis} can be only {low} (stride 1: op = 0, "
                                    "as forward(x, output_size=...) allows)").format(
                h=target[0], w=target[1], axis=axis, low=v["low"])
        raise CliError(f"{prog}: error: {text}") from None
    except core.ParamError as err:
        raise CliError(f"{prog}: error: --output-size: {problem_text(err)}") from None
    return params


def apply_overrides(base: Document, overrides: dict) -> Document:
    """``base`` with the command line's fields laid over it, in the order that keeps it valid."""
    doc = base
    if "params" in overrides:
        doc = doc.with_params(overrides["params"])
    if "setup" in overrides:
        doc = doc.with_setup(overrides["setup"]).replace(pick=overrides["pick"])
    rest = {k: v for k, v in overrides.items() if k not in ("params", "setup", "pick")}
    return doc.replace(**rest) if rest else doc


def _overrides(args, prog: str, params: core.ConvTParams) -> dict:
    out: dict = {}
    given = _params(args, prog)
    if given is not None:
        out["params"] = given
    target = getattr(args, "output_size", None)
    if target is not None:
        if getattr(args, "output_padding", None) is not None:  # forward(output_size=...) picks op
            raise CliError(f"{prog}: error: " + QCoreApplication.translate(
                "cli", "give --output-padding or --output-size, not both: the size picks "
                       "output_padding"))
        out["params"] = _target_params(given or params, target, prog)
        out["output_size"] = target
    channels = _channels(args, prog)
    if channels is not None:
        out["setup"], out["pick"] = channels
    for name, key in (("lang", "language"), ("view", "view"), ("theme", "theme"),
                      ("font_scale", "font_scale"), ("step", "step")):
        value = getattr(args, name, None)
        if value is not None:
            out[key] = value
    # --output-size may change op, so the selection is checked against the final size.
    selection = _selection(args, out.get("params", params), prog)
    if selection is not None:
        out["selection"] = selection
    return out


def window_overrides(args, base: Document) -> dict:
    """The window's command-line fields, checked against ``base``, the remembered document.

    :func:`parse` checks them against the lesson's defaults, before the
    settings are read; a selection or target size must fit the parameters the
    window will show.  Raises :class:`CliError` with a one-line message.
    """
    prog = "convt-lab"
    given = _params(args, prog)
    overrides = _overrides(args, prog, given or base.params)
    try:
        apply_overrides(base, overrides)
    except DocumentError as err:
        raise CliError(f"{prog}: error: {err}") from None
    return overrides


def parse(argv: list[str]) -> Request:
    """Parse and check ``argv``; raises :class:`CliError` with a one-line message."""
    args = build_parser().parse_args(negative_values_attached(argv))
    prog = "convt-lab" + (f" {args.command}" if args.command else "")
    if args.command == "install-desktop" or args.command in TOOL_COMMANDS:
        _nothing_for_the_window(args, prog)
    if args.command == "install-desktop":
        return Request("install-desktop", uninstall=args.uninstall)
    if args.command in TOOL_COMMANDS:
        return Request(args.command, tool_args=args)
    session = _session(args, prog)
    base = session if session is not None else Document()
    given = _params(args, prog)
    if args.command is None and session is None and given is None:
        # The window shows the remembered layer: a selection or target size is
        # checked against it once the settings are read (window_overrides).
        args_for_now = argparse.Namespace(**{**vars(args), "select": None, "select_input": None,
                                             "output_size": None})
        overrides = _overrides(args_for_now, prog, base.params)
    else:
        overrides = _overrides(args, prog, given or base.params)
    try:
        document = apply_overrides(base, overrides)
    except DocumentError as err:
        raise CliError(f"{prog}: error: {err}") from None
    request = Request(args.command, document, overrides, from_session=session is not None,
                      tool_args=args if args.command is None else None)
    if args.command != "render":
        return request
    out = args.output
    if out == "":
        raise CliError(f"{prog}: error: " + QCoreApplication.translate("cli", "-o needs a file name, but it is empty"))
    name = out.replace("\\", "/").rsplit("/", 1)[-1]
    suffix = name.lower().rsplit(".", 1)[-1] if "." in name.lstrip(".") else ""
    check_animation_options(args, prog, out, suffix, CliError)
    if args.animate:
        problem = no_animation(document.view)  # --view's, or the session's
        if problem is not None:
            raise CliError(f"{prog}: error: {problem}")
        if suffix == "" and os.path.exists(out) and not os.path.isdir(out):
            raise CliError(f"{prog}: error: -o {_shown(out, 200)}: " + QCoreApplication.translate("cli",
                "is a file, but --animate writes its PNG frames into a folder; give a new or "
                "existing folder, or a name ending in .gif"))
        n = document.params.output_size[0] * document.params.output_size[1]
        if args.cells and args.cells[0] > args.cells[1]:
            raise CliError(f"{prog}: error: " + QCoreApplication.translate(
                "cli", "--cells {a}:{b}: the first cell comes after the last; write {b}:{a}").format(
                a=args.cells[0], b=args.cells[1]))
        # The Scatter view animates its stamps: render_animation checks --cells against them.
        if args.cells and document.view != "scatter" and not 1 <= args.cells[0] <= args.cells[1] <= n:
            raise CliError(f"{prog}: error: " + QCoreApplication.translate("cli", 
                "--cells {a}:{b} is outside 1:{n} (the {h}x{w} output)").format(
                a=args.cells[0], b=args.cells[1], n=n, h=document.params.output_size[0],
                w=document.params.output_size[1]))
    elif args.cells:
        raise CliError(f"{prog}: error: " + QCoreApplication.translate("cli", "--cells needs --animate"))
    elif not args.script and suffix not in ("png", "svg"):
        raise CliError(f"{prog}: error: -o {_shown(out, 200)}: " + QCoreApplication.translate("cli", "write a .png or .svg file"))
    return dataclasses.replace(
        request, output=out, size=args.size, animate=args.animate, cells=args.cells,
        fps=args.fps if args.fps is not None else DEFAULT_FPS,
        hold=args.hold, grids_only=args.grids_only, script=args.script,
    )


def fail(message: str) -> int:
    """Print ``message`` as one line (line breaks shown as \\n) and return exit code 2."""
    print(message.replace("\r", "\\r").replace("\n", "\\n"), file=sys.stderr)
    return 2
