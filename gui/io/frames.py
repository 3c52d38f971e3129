"""Render an animation of the window frame by frame, as the screen would play it.

An animation is a list of *steps*, each of which puts the window into one
state: the output-cell animation selects each output cell in turn and
reveals the output computed so far (as the animation bar does); the Scatter
view's stamp animation adds one stamp at a time and selects its input cell
(as its Play button does).  :func:`animation_for` picks the animation of the
view on screen.  :class:`AnimationFrames` renders the window after each
step, one frame at a time, so an encoder can consume frames as they come
and memory never holds more than one.

With ``grids_only`` the menus, side panel, lesson text, animation bar and
tab bar are hidden while the frames are rendered, so the picture is the
view's grids alone, laid out at the requested size.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QSplitter, QWidget

from convt_lab.gui.io.render import Progress, laid_out, render_image, settle

__all__ = [
    "AnimationFrames",
    "CellSteps",
    "StampSteps",
    "animation_for",
    "grids_only",
    "output_cells",
    "render_animation_frames",
]


def output_cells(
    shape: tuple[int, int], start: int = 0, stop: int | None = None
) -> list[tuple[int, int]]:
    """Output cells ``(i, j)`` in raster (reading) order, from ``start`` to ``stop``.

    ``start`` and ``stop`` index the raster order as a Python slice does
    (``stop`` excluded, negative values count from the end), so
    ``output_cells((5, 5))`` is all 25 cells and ``output_cells((5, 5), 5, 10)``
    is the second row.
    """
    rows, cols = (int(v) for v in shape)
    return [divmod(k, cols) for k in range(rows * cols)[start:stop]]


class CellSteps:
    """The kernel visiting output cells: step ``k`` selects ``cells[k]`` and reveals up to it."""

    def __init__(self, state, cells: Iterable[tuple[int, int]]):
        self.state = state
        self.cells = list(cells)

    def __len__(self) -> int:
        return len(self.cells)

    def show(self, k: int) -> None:
        i, j = self.cells[k]
        self.state.select(("output", i, j))
        set_reveal = getattr(self.state, "set_reveal", None)
        if set_reveal is not None:  # the output computed so far, as the animation bar shows it
            set_reveal(i * self.state.result.output.shape[1] + j + 1)

    @contextmanager
    def restored(self) -> Iterator[None]:
        """Put the selection and the revealed output back afterwards."""
        state = self.state
        selection, reveal = state.selection, getattr(state, "reveal", None)
        try:
            yield
        finally:
            if hasattr(state, "set_reveal"):
                state.set_reveal(reveal)
            state.select(selection)


class StampSteps:
    """The Scatter view's stamps: step ``k`` shows ``counts[k]`` stamps and selects the last one's input."""

    def __init__(self, view, counts: Iterable[int] | None = None):
        self.view = view
        self.counts = list(range(1, view.total + 1) if counts is None else counts)

    def __len__(self) -> int:
        return len(self.counts)

    def show(self, k: int) -> None:
        n = self.counts[k]
        self.view.show_count(n)
        if 0 < n <= self.view.stamps:  # the steps after the stamps (channels, bias) select none
            r, c = divmod(n - 1, self.view.state.result.x.shape[1])
            self.view.state.select(("input", r, c))

    @contextmanager
    def restored(self) -> Iterator[None]:
        view = self.view
        animator = getattr(view.window(), "animator", None)
        playing = bool(animator is not None and animator.playing)
        if playing:  # the window's animator must not add stamps between frames
            animator.pause()
        count, selection = view.count, view.state.selection
        try:
            yield
        finally:
            view.state.select(selection)
            view.show_count(count)
            if playing:
                animator.play()


def animation_for(window, start: int = 0, stop: int | None = None):
    """The animation of the view on screen, over its steps ``start:stop`` (a slice).

    The Scatter view (anything with ``show_count`` and ``total``) animates its
    stamps, one per input cell; every other view follows the output cells.
    """
    view = window.view(window.state.document.view)
    if hasattr(view, "show_count") and hasattr(view, "total"):
        return StampSteps(view, list(range(1, view.total + 1))[start:stop])
    return CellSteps(window.state, output_cells(window.state.result.output.shape, start, stop))


@contextmanager
def grids_only(window) -> Iterator[None]:
    """Hide everything but the current view's grids; show it all again afterwards."""
    hidden: list[QWidget] = []

    def hide(widget) -> None:
        if widget is not None and widget.isVisibleTo(window):
            widget.hide()
            hidden.append(widget)

    tabs = window.tabs
    hide(window.menuBar())
    hide(window.statusBar())
    hide(getattr(window, "side", None))
    hide(tabs.tabBar())
    corner = tabs.cornerWidget(Qt.Corner.TopLeftCorner)  # the side panel's toggle
    hide(corner)
    # The lesson text above the tabs, the animation bar and the arithmetic below them.
    for name in ("lesson", "animation", "arithmetic"):
        hide(getattr(window, name, None))
    view = window.views.get(window.state.document.view) if hasattr(window, "views") else None
    hide(getattr(view, "hint", None))  # "Wheel: zoom ..." is for the screen, not a recording
    parent = tabs.parentWidget()
    if isinstance(parent, QSplitter):  # a layout that splits them instead
        for k in range(parent.count()):
            if parent.widget(k) is not tabs:
                hide(parent.widget(k))
    try:
        yield
    finally:
        for widget in reversed(hidden):
            widget.show()
        settle()


def _fit(window) -> None:
    view = window.view(window.state.document.view)
    fit = getattr(view, "fit", None)
    if fit is not None:
        fit()
        settle()


class AnimationFrames:
    """The frames of an animation; see :func:`render_animation_frames`.

    Iterating renders the frames one at a time; ``len()`` is the number of
    steps.  ``cancelled`` becomes True when ``progress`` stops the iteration,
    which makes the encoders cancel too.
    """

    def __init__(self, window, steps, size=None, progress: Progress | None = None,
                 grids: bool = False):
        self.window = window
        self.steps = steps if hasattr(steps, "show") else CellSteps(window.state, steps)
        self.size = size
        self.progress = progress
        self.grids_only = grids
        self.cancelled = False

    def __len__(self) -> int:
        return len(self.steps)

    @property
    def cells(self) -> list:
        """The output cells of a cell animation (empty for stamps)."""
        return list(getattr(self.steps, "cells", []))

    def __iter__(self) -> Iterator[QImage]:
        n = len(self.steps)
        self.cancelled = False
        with ExitStack() as stack:
            stack.enter_context(self.steps.restored())
            if self.grids_only:
                stack.enter_context(grids_only(self.window))
            target = stack.enter_context(laid_out(self.window, self.size))
            if self.grids_only:
                _fit(self.window)
            for k in range(n):
                if self.progress is not None and not self.progress(k, n):
                    self.cancelled = True
                    return
                self.steps.show(k)
                settle()
                yield render_image(self.window, target)


def render_animation_frames(
    window,
    steps,
    size: tuple[int, int] | None = None,
    progress: Progress | None = None,
    grids: bool = False,
) -> AnimationFrames:
    """The window's frames over the steps of an animation.

    Afterwards, even when stopped early, the window's selection, revealed
    output (or stamps), layout and size are restored.

    Parameters
    ----------
    window : MainWindow
        Anything with a ``state`` (:class:`gui.state.LabState`) that is a QWidget.
    steps : CellSteps, StampSteps, or iterable of (int, int)
        The animation (e.g. from :func:`animation_for`), or output cells
        (e.g. from :func:`output_cells`) for the kernel's slide.
    size : (width, height), optional
        The frame size; the window is laid out at this size (or as near as
        its minimum size allows) while rendering, then restored.
    progress : callable, optional
        ``progress(k, n)`` before frame ``k`` of ``n``; False stops the frames.
    grids : bool
        Render the view's grids alone (see :func:`grids_only`).

    Returns
    -------
    AnimationFrames
        A sized iterable of frames (it renders lazily, one frame at a time).
    """
    return AnimationFrames(window, steps, size, progress, grids)
