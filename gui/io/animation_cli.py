"""The command line's options for video, the last frame's hold, grids only and lesson scripts.

Kept apart from :mod:`.cli` so that module stays about the document; both
functions are called from there.  Everything here is checked before any
window is made, and a bad value raises the command line's one-line error.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication

from convt_lab.gui.io.cli_types import _cut, _shown

translate = QCoreApplication.translate

__all__ = ["add_animation_options", "check_animation_options", "no_animation"]

#: ``--fps`` when not given (the parser keeps None, to tell a given 4 from none).
DEFAULT_FPS = 4.0


#: Options a lesson script sets itself, scene by scene: (flag, argparse dest).
SCRIPT_SETS = (
    ("--input", "input_size"), ("--kernel", "kernel_size"), ("--stride", "stride"),
    ("--padding", "padding"), ("--output-padding", "output_padding"), ("--dilation", "dilation"),
    ("--output-size", "output_size"), ("--session", "session"), ("--view", "view"),
    ("--step", "step"), ("--select", "select"), ("--select-input", "select_input"),
    ("--in-channels", "in_channels"), ("--out-channels", "out_channels"), ("--groups", "groups"),
    ("--bias", "bias"), ("--pick", "pick"), ("--cells", "cells"),
)


def _hold(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("cli", "expected seconds, got {text}").format(
            text=_shown(text))) from None
    if not 0 <= value <= 600:
        raise argparse.ArgumentTypeError(translate("cli", "hold {text} is outside 0 to 600 seconds").format(
            text=_cut(text.strip())))
    return value


def add_animation_options(render: argparse.ArgumentParser) -> None:
    """``--hold``, ``--grids-only`` and ``--script`` on ``render``."""
    render.add_argument("--hold", type=_hold, default=0.0, metavar="SECONDS",
                        help="with --animate: keep the last frame this long (default 0)")
    render.add_argument("--grids-only", action="store_true",
                        help="with --animate or --script: the view's grids alone, no menus or panels")
    render.add_argument("--script", metavar="LESSON.toml",
                        help="render a lesson script (see resources/scripts) into -o FILE.mp4|.webm|.gif")


def no_animation(view: str) -> str | None:
    """Why ``view``, a tab without an animation (no animation bar), cannot be animated; else None."""
    from convt_lab.gui.model.document import STILL_VIEWS

    if view not in STILL_VIEWS:
        return None
    from convt_lab.gui.texts import view_titles

    return translate("cli", "--animate: the {tab} tab ({view}) has no animation; choose another "
                            "--view, or leave out --animate").format(tab=view_titles()[view], view=view)


def check_animation_options(args, prog: str, out: str, suffix: str, error: type[Exception]) -> None:
    """The suffix, PyAV and the script, checked before any window is made."""
    moving = args.animate or args.script
    if args.script and args.animate:
        raise error(f"{prog}: error: " + translate("cli", "give --animate or --script, not both"))
    if not moving and (args.hold or args.grids_only):
        raise error(f"{prog}: error: " + translate("cli", "--hold and --grids-only need --animate or --script"))
    if not moving and getattr(args, "fps", None) is not None:
        raise error(f"{prog}: error: " + translate("cli", "--fps needs --animate"))
    if moving and suffix not in ("gif", "mp4", "webm", ""):
        raise error(f"{prog}: error: " + translate("cli", "-o {out}: write a .gif, .mp4, .webm or a folder").format(
            out=_shown(out)))
    if moving and suffix in ("mp4", "webm"):
        import importlib.util

        if importlib.util.find_spec("av") is None:
            if getattr(sys, "frozen", False):  # the standalone bundle: no pip there
                raise error(f"{prog}: error: " + translate(
                    "cli", ".{suffix} needs PyAV, which this bundle was built without "
                           "(build_bundle.py --with-video); write a .gif instead").format(suffix=suffix))
            raise error(f"{prog}: error: " + translate(
                "cli", ".{suffix} needs PyAV: pip install 'convt-lab[video]' (or write a .gif)").format(
                suffix=suffix))
    if args.script is not None and not args.script.strip():
        raise error(f"{prog}: error: " + translate("cli", "--script: the script's name is empty"))
    if args.script:
        # The script sets each scene's layer, view, step and selection, and its own timing:
        # an option that would set them too is refused, not silently dropped.
        given = [flag for flag, dest in SCRIPT_SETS if getattr(args, dest, None) not in (None, False)]
        if getattr(args, "fps", None) is not None:
            given.append("--fps")
        if given:
            raise error(f"{prog}: error: " + translate(
                "cli", "--script sets the layer, the view and the timing of each scene itself; "
                       "leave out {options}").format(options=", ".join(given)))
        from convt_lab.gui.model.script import ScriptError, load_script

        try:
            load_script(args.script)  # its scenes are checked as it is read
        except ScriptError as err:
            raise error(f"{prog}: error: --script {args.script!r}: {err}") from None
