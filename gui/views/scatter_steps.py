"""The Scatter view's steps: stamps, then other input channels, then the bias.

The output channel a view shows is the sum over every input channel of its
group plus the bias (``Result.output``).  The scatter route builds it in
:attr:`ScatterSteps.total` steps: first one stamp ``x[c][r, c'] * w[c, o']``
per input cell of the picked pair, in reading order, then one step per other
input channel of the group (its whole scatter at once), then one step adding
the bias.  After the last step the cropped sum equals ``Result.output``.
:class:`StampTrack` offers these steps to the window's animator (one Play
control per tab).
"""

from __future__ import annotations

import numpy as np
import shiboken6
from PySide6.QtCore import QCoreApplication

from convt_lab import core

__all__ = ["ScatterSteps", "StampTrack", "canvas_padding", "crops"]


def canvas_padding(params) -> tuple[int, int]:
    """The zero rows and cols the full canvas has past the stamps: ``max(0, op − p)`` per axis.

    Padding crops ``p`` from the top/left of the full scatter and output_padding
    shrinks the bottom/right crop to ``p − op``; only when ``op > p`` does the
    output reach past the stamps, by ``op − p`` zeros (plus the bias).
    """
    return tuple(max(0, op - pad) for op, pad in zip(params.output_padding, params.padding))


def crops(params) -> tuple[tuple[int, int], tuple[int, int]]:
    """What the full canvas loses: ``(top, left)`` is ``p``, ``(bottom, right)`` is ``max(0, p − op)``."""
    return (tuple(params.padding),
            tuple(max(0, pad - op) for op, pad in zip(params.output_padding, params.padding)))


def _stamp_sum(wt: core.Walkthrough, cells: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """Add ``x[r, c] * w[a, b]`` over the footprint rows of each input cell in ``cells``."""
    total = np.zeros(shape)
    for r, c in cells:
        foot = wt.footprint(int(r), int(c))
        np.add.at(total, (foot[:, 0], foot[:, 1]), wt.x[r, c] * wt.weight[foot[:, 2], foot[:, 3]])
    return total


class ScatterSteps:
    """Running sums of the scatter route for one result.

    Parameters
    ----------
    result : convt_lab.gui.model.result.Result

    Attributes
    ----------
    full : core.Walkthrough
        The picked pair on the full canvas: padding 0, and output_padding
        only where op > p (see :func:`canvas_padding`), so its output is the
        full scatter plus the op − p zero rows/cols past it, uncropped.
    extra : list of (kind, channel, cropped, full)
        The steps after the stamps: ``("channel", c, ...)`` for each other
        input channel of the group, then ``("bias", o, ...)`` with a bias.
    """

    def __init__(self, result):
        p = result.params
        self.result = result
        past = canvas_padding(p)
        self.full = core.walkthrough(result.x, result.weight, p.stride, 0, past, p.dilation)
        self.extra: list[tuple[str, int, np.ndarray, np.ndarray]] = []
        for c in result.group_inputs:
            if c == result.pick[0]:
                continue
            x, k = result.input_of(c), result.kernel_of(c)
            part = core.walkthrough(x, k, p.stride, p.padding, p.output_padding, p.dilation)
            full = core.walkthrough(x, k, p.stride, 0, past, p.dilation)
            self.extra.append(("channel", c, part.output, full.output))
        if result.setup.bias:
            self.extra.append(("bias", result.pick[1],
                               np.full(result.pair_output.shape, result.bias),
                               np.full(self.full.output.shape, result.bias)))
        self._cells = np.argwhere(np.ones(result.x.shape, bool))  # raster order
        self._count = 0
        self._running = np.zeros(result.pair_output.shape)
        self._running_full = np.zeros(self.full.output.shape)

    @property
    def stamps(self) -> int:
        """The picked pair's stamps: one per input cell."""
        return int(self.result.x.size)

    @property
    def total(self) -> int:
        return self.stamps + len(self.extra)

    def step_kind(self, n: int) -> tuple:
        """What step ``n`` (1-based) adds: ``("stamp", r, c)``, ``("channel", c)`` or ``("bias", o)``."""
        if n <= self.stamps:
            r, c = divmod(n - 1, self.result.x.shape[1])
            return ("stamp", r, c)
        kind, c, _, _ = self.extra[n - self.stamps - 1]
        return (kind, c)

    def sums(self, n: int) -> tuple[np.ndarray, np.ndarray]:
        """The cropped and the full running sums after the first ``n`` steps (copies)."""
        n = min(max(int(n), 0), self.total)
        if n == self._count + 1:  # one more step: add only its part
            self._add(n)
        elif n != self._count:
            self._running = _stamp_sum(self.result.walkthrough, self._cells[:min(n, self.stamps)],
                                       self._running.shape)
            self._running_full = _stamp_sum(self.full, self._cells[:min(n, self.stamps)],
                                            self._running_full.shape)
            for _, _, part, full in self.extra[:max(0, n - self.stamps)]:
                self._running = self._running + part
                self._running_full = self._running_full + full
        self._count = n
        return self._running.copy(), self._running_full.copy()

    def _add(self, n: int) -> None:
        if n <= self.stamps:
            cell = self._cells[n - 1:n]
            self._running += _stamp_sum(self.result.walkthrough, cell, self._running.shape)
            self._running_full += _stamp_sum(self.full, cell, self._running_full.shape)
        else:
            _, _, part, full = self.extra[n - self.stamps - 1]
            self._running += part
            self._running_full += full


class StampTrack:
    """The Scatter view's frames for the window's animator.

    Frame 0 is the empty canvas and frame ``i`` shows the first ``i`` steps,
    so Play starts from a clear canvas; finishing shows every step.
    """

    def __init__(self, view):
        self.view = view

    def count(self) -> int:
        return self.view.total + 1

    def show(self, index: int) -> None:
        self.view.show_count(index)
        self.view._select_stamp()

    def finish(self) -> None:
        # A rebuilt window (theme, language) may have deleted the view already.
        if shiboken6.isValid(self.view):
            self.view.show_count(self.view.total)

    def label(self, index: int) -> str:
        view, n = self.view, index
        if n == 0:
            return QCoreApplication.translate("ScatterView", "empty canvas")
        if n <= view.stamps:
            return QCoreApplication.translate("ScatterView", "stamp {n} / {total}").format(
                n=n, total=view.stamps)
        kind, channel = view._steps.step_kind(n)
        if kind == "bias":
            return QCoreApplication.translate("ScatterView", "bias (step {n} / {total})").format(
                n=n, total=view.total)
        return QCoreApplication.translate(
            "ScatterView", "channel {c} (step {n} / {total})").format(c=channel, n=n, total=view.total)
