"""Write an animation to the file its name asks for: GIF, MP4, WebM, or a folder of PNGs.

Before a long export starts, :func:`check_room` estimates the file's size
from the frame count and size and refuses, with a message that names both
figures, what cannot fit on the disk.  :func:`render_animation` is the
command line's ``render --animate`` and ``render --script``.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import threading

from PySide6.QtCore import QCoreApplication

from convt_lab.gui.io.render import ExportError, Progress, os_reason
from convt_lab.gui.io.gif import MAX_FPS as GIF_MAX_FPS
from convt_lab.gui.io.gif import export_frames, export_gif
from convt_lab.gui.io.video import MAX_FPS as VIDEO_MAX_FPS
from convt_lab.gui.io.video import export_video

__all__ = ["KINDS", "cells_outside", "check_frames_folder", "check_room", "estimate_bytes",
           "existing_frames", "kind_of", "max_fps", "render_animation", "write_animation"]

# The animation files by suffix; anything else is a folder of PNG frames.
KINDS = ("gif", "mp4", "webm")
# Bytes per pixel of a frame, measured on the lesson's frames and rounded up
# so that the estimate errs on the large side: the first GIF frame, each later
# (mostly unchanged) GIF frame, a video frame, a PNG file.
_FIRST_GIF, _GIF, _VIDEO, _PNG = 0.15, 0.03, 0.01, 0.12
# Room left on the disk after the export.
_MARGIN = 16 * 2**20


def kind_of(path: str | os.PathLike) -> str:
    """"gif", "mp4" or "webm" from the suffix, else "frames" (a folder)."""
    suffix = os.path.splitext(os.fspath(path))[1].lower().lstrip(".")
    return suffix if suffix in KINDS else "frames"


def max_fps(kind: str) -> float:
    """The highest frame rate ``kind`` can store (GIF delays are whole centiseconds)."""
    return GIF_MAX_FPS if kind == "gif" else VIDEO_MAX_FPS


def estimate_bytes(kind: str, frames: int, size: tuple[int, int]) -> int:
    """An upper estimate of the bytes an animation of ``frames`` frames of ``size`` takes."""
    area = size[0] * size[1]
    if kind == "gif":
        return int(area * (_FIRST_GIF + _GIF * max(0, frames - 1)))
    return int(area * frames * (_VIDEO if kind in ("mp4", "webm") else _PNG))


def _mb(n: int) -> str:
    return f"{n / 2**20:,.0f} MB" if n >= 2**20 else f"{n / 2**10:,.0f} KB"


#: The names :func:`convt_lab.gui.io.gif.export_frames` gives frames: frame_0001.png, ...
_FRAME_NAME = re.compile(r"frame_[0-9]+\.png")


def existing_frames(folder: str | os.PathLike) -> int:
    """How many numbered frames (``frame_0001.png``, ...) ``folder`` holds; 0 if it is no folder."""
    try:
        with os.scandir(folder) as entries:
            return sum(1 for entry in entries if _FRAME_NAME.fullmatch(entry.name))
    except OSError:  # missing, not a folder, unreadable: writing will say what is wrong
        return 0


def check_frames_folder(path: str | os.PathLike) -> None:
    """Refuse a folder of PNG frames that already holds frames.

    New frames would replace some of the old ones and leave the rest, so the
    folder would hold one sequence made of two exports.

    Raises
    ------
    ExportError
        Naming the folder and how many frames it holds.
    """
    n = existing_frames(path)
    if n:
        raise ExportError(QCoreApplication.translate(
            "export", "{folder} already holds {n} frames; choose an empty folder").format(
            folder=os.fspath(path), n=n))


def check_room(path: str | os.PathLike, kind: str, frames: int, size: tuple[int, int]) -> int:
    """Refuse an export that cannot be written; return the estimated bytes.

    A folder of frames that already holds frames is refused
    (:func:`check_frames_folder`), and so is an export that cannot fit on
    its disk.  Every export path (File ▸ Export animation, ``render
    --animate`` and ``render --script``) calls this before it writes.

    Raises
    ------
    ExportError
        Naming the folder and its frames, or the estimate and the free space.
    """
    if kind == "frames":
        check_frames_folder(path)
    need = estimate_bytes(kind, frames, size)
    folder = os.path.abspath(os.fspath(path))
    while not os.path.isdir(folder):  # a folder of frames may not exist yet
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return need
    if need + _MARGIN > free:
        raise ExportError(QCoreApplication.translate(
            "export", "{n} frames at {w}\u00d7{h} need about {need}, but {folder} has {free} free: "
                      "export fewer cells or a smaller size").format(
            n=frames, w=size[0], h=size[1], need=_mb(need), folder=folder, free=_mb(free)))
    return need


def write_animation(frames, path: str | os.PathLike, fps: float, hold: float = 0.0,
                    progress: Progress | None = None, all_or_nothing: bool = False) -> int:
    """Write ``frames`` to ``path`` as its suffix asks; returns the frames written.

    A folder gets numbered PNGs (``fps`` and ``hold`` do not apply there);
    with ``all_or_nothing`` a stopped or failed export removes the frames it
    wrote, as a GIF or a video never leaves part of itself.  The frame rate
    is capped at what the format can store.
    """
    kind = kind_of(path)
    if kind == "frames":
        check_frames_folder(path)
        return export_frames(frames, path, progress=progress, all_or_nothing=all_or_nothing)
    if fps > max_fps(kind):  # said, not silently changed
        print(QCoreApplication.translate(
            "export", "A {kind} stores at most {most:g} frames per second: written at {most:g}.").format(
            kind=kind.upper(), most=max_fps(kind)), file=sys.stderr)
    fps = min(fps, max_fps(kind))
    if kind == "gif":
        return export_gif(frames, path, fps=fps, progress=progress, hold=hold)
    return export_video(frames, path, fps=fps, progress=progress, hold=hold, kind=kind)


#: Set by Ctrl+C or SIGTERM during ``render --animate`` or ``--script`` (see ``app``): the
#: frames stop, as the export dialog's Cancel stops them, and the target is left as it was.
STOP = threading.Event()


def _going_on(k: int, n: int) -> bool:
    return not STOP.is_set()


def cells_outside(window, steps, cells: tuple[int, int]) -> str | None:
    """Why ``--cells FIRST:LAST`` falls outside the Scatter view's stamps; None when it fits.

    ``steps`` is the whole animation of the view on screen (:func:`.frames.animation_for`).
    The output cells of the other views are checked with the command line
    (:func:`.cli.parse`); the stamps, and the steps after them, are counted
    here, and the message counts in them.
    """
    from convt_lab.gui.io.frames import StampSteps

    first, last = cells
    n = len(steps)
    if not isinstance(steps, StampSteps) or 1 <= first <= last <= n:
        return None
    from convt_lab.gui.texts import view_titles
    from convt_lab.gui.views.scatter_words import extra_plan

    translate = QCoreApplication.translate
    view = steps.view
    tab = view_titles().get(window.state.document.view, window.state.document.view)
    if view.total > view.stamps:  # the other input channels and the bias follow the stamps
        return translate(
            "cli", "--cells {a}:{b} is outside steps 1 to {n}: the {tab} tab animates one stamp "
                   "per input cell first. {then}").format(
            a=first, b=last, n=n, tab=tab, then=extra_plan(view.extra_steps))
    if n == 1:
        return translate(
            "cli", "--cells {a}:{b} is outside stamp 1: the {tab} tab animates one stamp per "
                   "input cell, and the input has one cell").format(a=first, b=last, tab=tab)
    return translate(
        "cli", "--cells {a}:{b} is outside stamps 1 to {n}: the {tab} tab animates one stamp "
               "per input cell").format(a=first, b=last, n=n, tab=tab)


def render_animation(window, request) -> int:
    """``render --animate`` and ``render --script``: write the file; the exit code.

    ``request`` is the command line's :class:`~convt_lab.gui.io.cli.Request`.
    A view without an animation, or ``--cells`` outside the view's steps, is
    refused (exit code 2).  A stopped or failed export leaves nothing behind:
    no file, and no PNG frames of this run in the folder.
    """
    from convt_lab.gui.io.cli import fail
    from convt_lab.gui.io.frames import animation_for, render_animation_frames

    out = request.output
    translate = QCoreApplication.translate
    try:
        if getattr(request, "script", None):
            from convt_lab.gui.io.script_frames import render_script

            count = render_script(window, request.script, out, request.size,
                                  grids=getattr(request, "grids_only", False), progress=_going_on)
        else:
            problem = request.cells and cells_outside(window, animation_for(window), request.cells)
            if problem:
                return fail(f"convt-lab render: error: {problem}")
            first, last = request.cells or (1, None)
            steps = animation_for(window, first - 1, last)
            size = request.size
            check_room(out, kind_of(out), len(steps), size)
            frames = render_animation_frames(window, steps, size,
                                             grids=getattr(request, "grids_only", False))
            count = write_animation(frames, out, request.fps, getattr(request, "hold", 0.0),
                                    progress=_going_on, all_or_nothing=True)
    except (ExportError, OSError) as err:
        text = str(err) if isinstance(err, ExportError) else os_reason(err)
        print(f"convt-lab render: error: {text}".replace("\n", " "), file=sys.stderr)
        return 1
    # Every writer leaves nothing when it stops or has no frame, and says so with 0.  A stop
    # that came after the last frame was written finds the file whole: it is saved.
    if count == 0 and STOP.is_set():
        print("convt-lab render: " + translate(
            "export", "stopped before the last frame; {path} was not written").format(path=out),
            file=sys.stderr)
        return 130
    if count == 0:
        print("convt-lab render: error: " + translate(
            "export", "the animation has no frames; {path} was not written").format(path=out),
            file=sys.stderr)
        return 1
    print(translate("export", "Saved {n} frames to {path}").format(
        n=count, path=os.path.abspath(out)))
    return 0
