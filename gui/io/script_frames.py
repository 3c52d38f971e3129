"""Play a lesson script in the window, or render it frame by frame into a file.

:func:`cues` is the one walk through a script: it puts the window into each
state the script asks for (a scene, then each step of its animation) and
yields how long that state stays on screen.  ``convt-lab play`` waits that
long on a timer; ``render --script`` renders the window once per cue and
gives the encoder the duration, so a video and a live play-through match.

The caption line is a :class:`CaptionBanner`, a label over the bottom of the
window, so it appears both on screen and in every rendered frame.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

from convt_lab.gui.io.render import laid_out, render_image, settle
from convt_lab.gui.io.frames import CellSteps, StampSteps, grids_only, output_cells
from convt_lab.gui.model.script import Scene, Script

__all__ = ["CaptionBanner", "cues", "render_script", "script_frames"]


class CaptionBanner(QLabel):
    """One line of caption over the bottom of ``window``, sized to its height."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("captionBanner")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()
        window.installEventFilter(self)

    def set_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        self.place()

    def place(self) -> None:
        window = self.parentWidget()
        # Readable from the back of a classroom: about 1/28 of the picture's height.
        px = max(14, window.height() // 28)
        self.setStyleSheet(
            f"#captionBanner {{ color: white; background: rgba(20, 20, 20, 200); font-size: {px}px;"
            f" padding: {px // 3}px {px}px; border-radius: {px // 3}px; }}")
        width = min(window.width() - 2 * px, max(self.sizeHint().width(), window.width() * 4 // 5))
        self.setFixedWidth(max(100, width))
        self.adjustSize()
        self.move((window.width() - self.width()) // 2, window.height() - self.height() - px)
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self.place()
        return False

    def close_banner(self) -> None:
        self.parentWidget().removeEventFilter(self)
        self.hide()
        self.deleteLater()


def _fit(window) -> None:
    view = window.view(window.state.document.view)
    if hasattr(view, "fit"):
        view.fit()


def show_scene(window, scene: Scene, banner: CaptionBanner) -> None:
    """Put ``scene`` on screen, keeping the window's theme and font size."""
    current = window.state.document
    window.apply_document(scene.document.replace(theme=current.theme, font_scale=current.font_scale))
    banner.set_text(scene.caption)
    settle()
    _fit(window)
    settle()


def _steps(window, scene: Scene):
    if scene.animate == "stamps":
        return StampSteps(window.view("scatter"))
    if scene.animate == "cells":
        return CellSteps(window.state, output_cells(window.state.result.output.shape))
    return None


def cues(window, script: Script, banner: CaptionBanner) -> Iterator[float]:
    """Show each state of ``script`` in turn; yield the seconds it stays on screen."""
    for scene in script.scenes:
        show_scene(window, scene, banner)
        steps = _steps(window, scene)
        if steps is None:
            yield max(scene.pause, 0.05)
            continue
        n = len(steps)
        for k in range(n):
            steps.show(k)
            settle()
            yield 1 / scene.speed + (scene.pause if k == n - 1 else 0.0)


def frame_count(script: Script) -> int:
    """How many frames :func:`script_frames` renders."""
    return sum(max(1, scene.steps()) for scene in script.scenes)


@contextmanager
def _banner(window) -> Iterator[CaptionBanner]:
    banner = CaptionBanner(window)
    try:
        yield banner
    finally:
        banner.close_banner()


class ScriptFrames:
    """``(QImage, seconds)`` for each cue of ``script``, rendered at ``size``; sized."""

    def __init__(self, window, script: Script, size, grids: bool = False):
        self.window, self.script, self.size, self.grids = window, script, size, grids
        self.cancelled = False

    def __len__(self) -> int:
        return frame_count(self.script)

    def __iter__(self):
        window = self.window
        with ExitStack() as stack:
            if self.grids:
                stack.enter_context(grids_only(window))
            target = stack.enter_context(laid_out(window, self.size))
            banner = stack.enter_context(_banner(window))
            for seconds in cues(window, self.script, banner):
                yield render_image(window, target), seconds


def script_frames(window, script: Script, size, grids: bool = False) -> ScriptFrames:
    """The frames of ``script`` with their durations, for the encoders' ``*_timed`` functions."""
    return ScriptFrames(window, script, size, grids)


def render_script(window, path: str | os.PathLike, out: str | os.PathLike, size,
                  grids: bool = False, progress=None) -> int:
    """Render the script at ``path`` into ``out`` (GIF, MP4, WebM or a folder of PNGs).

    Returns the number of frames written (0 when ``progress`` stopped it: then
    nothing is left behind).  Raises ``ScriptError`` for a bad script and
    ``ExportError`` for a file that cannot be written.
    """
    from convt_lab.gui.io.animation_file import check_room, kind_of
    from convt_lab.gui.io.gif import Timed, export_frames, export_gif_timed
    from convt_lab.gui.io.video import export_video_timed
    from convt_lab.gui.model.script import load_script

    script = load_script(path)
    if script.language != window.language:
        window.set_language(script.language)
        # The rebuilt window's pending events (the old panels' deletion, the
        # language change) must land before grids_only hides the new panels.
        settle()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        settle()
    frames = script_frames(window, script, size, grids)
    kind = kind_of(out)
    check_room(out, kind, len(frames), size)
    if kind == "frames":  # stopped or failed, it takes back its frames, as the files below do
        return export_frames((image for image, _ in frames), out, progress=progress,
                             all_or_nothing=True)
    timed = Timed(iter(frames), len(frames), frames)
    if kind == "gif":
        return export_gif_timed(timed, out, progress)
    return export_video_timed(timed, out, progress, kind)
