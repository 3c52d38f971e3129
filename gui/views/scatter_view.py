"""The scatter form: every input cell stamps a scaled kernel onto the output.

Input ``x[r, c]`` adds ``x[r, c] * w`` to a *full* canvas, its kernel taps
``d`` apart, the stamp's corner at ``(r*s, c*s)``; PyTorch's ``padding`` then
crops ``p`` cells from the top/left of that canvas and ``p − op`` from the
bottom/right.  When ``op > p`` the output reaches ``op − p`` zero rows/cols past
the stamps, so the canvas has those too: per axis it is
``(H−1)s + d(k−1) + 1 + max(0, op − p)`` long.  The view draws the full canvas
with the cropped border dimmed, the cropped running sum beside it, and the
gather output of the main view beside that, so the two routes can be
compared.  The window's animation bar adds the stamps one input cell at a
time while this tab is on top (:class:`~convt_lab.gui.views.scatter_steps.StampTrack`).

With several input channels or a bias, the output channel shown is more than
the picked pair's stamps: after them come one step per other input channel of
the group (its whole scatter at once) and one step for the bias, so the
running sum ends equal to ``result.output``, the number the main view shows.

Every number comes from core's tables: the running sum adds ``x[r, c] *
w[a, b]`` over the rows of ``Walkthrough.footprint(r, c)``, and the full
canvas uses the footprints of the same convolution with padding 0 and
output_padding ``max(0, op − p)`` (padding only crops, so that walkthrough's
output *is* the uncropped canvas).
"""

from __future__ import annotations

from functools import partial

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from convt_lab import core
from convt_lab.core import Walkthrough
from convt_lab.gui.items.cells import format_value
from convt_lab.gui.items.overlay_item import Mark, OverlayItem
from convt_lab.gui.state import LabState
from convt_lab.gui.texts import name_channels
from convt_lab.gui.theme import LIGHT, Theme
from convt_lab.gui.views.grid_plot import GridPlot
from convt_lab.gui.views.scatter_steps import ScatterSteps, StampTrack, canvas_padding, crops
from convt_lab.gui.views.scatter_words import done_text, status_text

__all__ = ["ScatterView"]

GRIDS = ("input", "kernel", "full", "running", "gather")
GAP = 2.0  # cells between grids
MINUS, TIMES, DOT = "\u2212", "\u00d7", "\u00b7"


class ScatterView(GridPlot):
    """Stamps of ``x[r, c] * w`` on the full canvas, cropped, next to the gather output.

    Parameters
    ----------
    state : LabState
        The shared state; the view reads ``state.result`` and follows and sets
        ``state.selection``.
    theme : Theme
        Colours.
    parent : QWidget, optional

    Notes
    -----
    Clicking an input cell selects it and outlines its stamp; clicking an
    output cell (full canvas inside the crop, running sum or gather output)
    selects that output cell.  Each animation frame adds one stamp in raster
    order and selects its input cell, so every view follows the animation.
    """

    MAIN_GRID = "full"  # whose numbers presentation mode's text matches

    def __init__(self, state: LabState, theme: Theme = LIGHT, parent: QWidget | None = None):
        super().__init__(state, theme, GRIDS, parent)
        for name in GRIDS:
            self.add_caption(name)
        self.dim = OverlayItem()  # the cropped border, under the highlights
        self.dim.setZValue(5)
        self.viewbox.addItem(self.dim)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.track = StampTrack(self)
        self._animator = None  # the window's, while this tab is on top
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.status.setContentsMargins(8, 0, 8, 4)

        self._steps: ScatterSteps | None = None
        self._count = 0
        self._running = np.zeros((0, 0))
        self._running_full = np.zeros((0, 0))
        self.follow_state()

    # -- reading, for tests and callers --------------------------------------
    @property
    def stamps(self) -> int:
        """The picked pair's stamps: one per input cell."""
        return self._steps.stamps

    @property
    def total(self) -> int:
        """The number of steps: the stamps, then each other input channel, then the bias."""
        return self._steps.total

    @property
    def _full(self) -> Walkthrough:
        return self._steps.full

    @property
    def extra_steps(self) -> list:
        """What the animation adds after the stamps: the group's other input channels, the bias."""
        return self._steps.extra

    @property
    def count(self) -> int:
        """How many steps are added now (stamps in raster order, then channels and bias)."""
        return self._count

    @property
    def running(self) -> np.ndarray:
        """The cropped running sum after :attr:`count` stamps."""
        return self._running.copy()

    @property
    def running_full(self) -> np.ndarray:
        """The uncropped canvas after :attr:`count` stamps."""
        return self._running_full.copy()

    def matches_gather(self) -> bool:
        """Whether the running sum equals the gather output (up to rounding)."""
        out = self.state.result.output
        scale = max(1.0, float(np.abs(out).max()))
        return bool(np.allclose(self._running, out, rtol=1e-12, atol=1e-12 * scale))

    # -- animation -------------------------------------------------------------
    def show_count(self, n: int) -> None:
        """Show the canvas after the first ``n`` steps (clamped to 0..total)."""
        n = min(max(int(n), 0), self.total)
        self._running, self._running_full = self._steps.sums(n)
        self._count = n
        self._draw_values()
        self._show_status()

    def _select_stamp(self) -> None:
        """Select the input cell of the last stamp added (steps after the stamps select none)."""
        if 0 < self._count <= self.stamps:
            r, c = divmod(self._count - 1, self.state.result.x.shape[1])
            self.state.select(("input", r, c))

    # -- the window's animator plays the stamps while this tab is on top ---------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        animator = getattr(self.window(), "animator", None)
        if animator is not None and hasattr(animator, "set_track"):
            self._animator = animator
            animator.set_track(self.track)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        if self._animator is not None and self._animator.track is self.track:
            self._animator.set_track(None)
        self._animator = None

    # -- drawing -----------------------------------------------------------
    def _show_result(self, wt: Walkthrough) -> None:
        self._steps = ScatterSteps(wt)
        self.view.setBackground(self.theme.background)
        self._count = -1  # force a full recount
        animator = self._animator
        if animator is not None and animator.track is self.track and animator.index >= 0:
            animator.stop()  # a new result starts from the finished sum
        else:
            self.show_count(self.total)
        self._place(wt)
        self._draw_crop(wt)
        self._show_selection()

    def _colours(self, wt: Walkthrough) -> dict[str, np.ndarray]:
        t = self.theme
        out = np.where(
            wt.output_band[..., None],
            t.flat_image(wt.output.shape, t.output_band),
            t.flat_image(wt.output.shape, t.output),
        )
        full = np.array(t.flat_image(self._full.output.shape, t.output))
        (ph, pw), (oh, ow) = wt.params.padding, wt.output.shape
        full[ph:ph + oh, pw:pw + ow] = out
        return {
            "input": t.role_image(np.full(wt.x.shape, core.Role.INPUT, np.int8)),
            "kernel": t.flat_image(wt.weight.shape, t.kernel),
            "full": full,
            "running": out,
            "gather": out,
        }

    def _draw_values(self) -> None:
        wt = self.state.result
        t = self.theme
        colours = self._colours(wt)
        values = {
            "input": wt.x,
            "kernel": wt.weight,
            "full": self._running_full,
            "running": self._running,
            "gather": wt.output,
        }
        for name, item in self.items.items():
            item.set_data(values[name], colours[name], t.text, t.grid_line)
        self._values = values
        self._set_captions(wt)

    def _full_formula(self, wt: Walkthrough) -> str:
        """How big the full canvas is: the numbers when both axes agree, else the formula."""
        hs, ws = wt.steps
        fh, fw = self._full.output.shape
        past_h, past_w = canvas_padding(wt.params)
        same = (hs.size, hs.kernel, hs.stride, hs.dilation, past_h) == (
            ws.size, ws.kernel, ws.stride, ws.dilation, past_w
        )
        if not same:
            past = f"\n+ max(0, op{MINUS}p)" if past_h or past_w else ""
            return f"(H{MINUS}1)s + d(k{MINUS}1) + 1{past}"
        # Only op > p reaches past the stamps, by op − p zero rows: named when there are any,
        # on a line of their own (a long line would widen the column and shrink the cells).
        name = "op" if not any(wt.params.padding) else f"op{MINUS}p"
        past = f"\n+ {past_h} ({name})" if past_h else ""
        return (
            f"({hs.size}{MINUS}1){DOT}{hs.stride} + {hs.dilation}{DOT}({hs.kernel}{MINUS}1)"
            f" + 1{past} = {fh}"
        )

    def _crop_text(self, wt: Walkthrough) -> str:
        """What the crop takes: p at the top/left, max(0, p − op) at the bottom/right."""
        (ph, pw), (bh, bw) = crops(wt.params)
        if not (ph or pw):  # p = 0 crops nothing, whatever op is: op > p only adds zeros
            return self.tr("nothing cropped (p = 0)")
        if not any(wt.params.output_padding):
            return (
                self.tr("cropped by padding p = {p}").format(p=ph)
                if ph == pw
                else self.tr("cropped by padding p = ({ph}, {pw})").format(ph=ph, pw=pw)
            )
        if (ph, bh) == (pw, bw):
            return self.tr("cropped {p} at top/left,\n{b} at bottom/right").format(p=ph, b=bh)
        return self.tr("cropped top {t}, left {l},\nbottom {b}, right {r}").format(
            t=ph, l=pw, b=bh, r=bw
        )

    def _set_captions(self, wt: Walkthrough) -> None:
        fh, fw = self._full.output.shape
        oh, ow = wt.output.shape
        formula = self._full_formula(wt)
        crop = self._crop_text(wt)
        if self._count >= self.total and self.matches_gather():
            done = self.tr("= gather output \u2713")
        else:
            done = done_text(self._count, self.total, bool(self.extra_steps))
        texts = {
            "input": self.tr("Input x {h}{t}{w}").format(h=wt.x.shape[0], t=TIMES, w=wt.x.shape[1]),
            "kernel": self.tr("Kernel w {h}{t}{w}").format(
                h=wt.weight.shape[0], t=TIMES, w=wt.weight.shape[1]
            ),
            # Three short lines: in one row with the other grids, a long line would
            # set the column's width and shrink every cell.
            "full": self.tr("Full canvas {h}{t}{w},\nbefore the crop\n{formula}").format(
                h=fh, t=TIMES, w=fw, formula=formula
            ),
            "running": self.tr("Scatter sum {h}{t}{w},\n{crop}\n{done}").format(
                h=oh, t=TIMES, w=ow, crop=crop, done=done
            ),
            "gather": self.tr("Gather output y {h}{t}{w}\n(the main view)").format(
                h=oh, t=TIMES, w=ow
            ),
        }
        # With several channels, x, w and y name the picked pair as the Lesson tab does.
        name_channels(wt, texts, {"input": "x", "kernel": "w", "gather": "y"})
        for name, caption in self.captions.items():
            caption.set_text(texts[name], self._line, self.theme.caption)

    def _place(self, wt: Walkthrough) -> None:
        """Input over kernel on the left; the full canvas, and under it the scatter sum and gather output.

        The scatter sum sits right under the part of the full canvas it keeps.
        When the view is wide and low, all three sit in one row instead, if
        that gives clearly larger cells.
        """
        def arrange(line: float, place, shape: str = "rows") -> None:
            gap = max(GAP, 1.2 * line)
            captions = self.captions
            lines = {name: caption.lines for name, caption in captions.items()}
            second = max(lines["running"], lines["gather"]) * line  # the second row's captions
            top = (max(lines["full"], lines["input"]) if shape == "rows"
                   else max(lines.values())) * line + 0.3
            left = max(wt.x.shape[1], wt.weight.shape[1], captions["input"].width_for(line),
                       captions["kernel"].width_for(line)) + gap
            if shape == "rows":
                below = top + self._full.output.shape[0] + gap + second
                running_x = left + wt.params.padding[1]
            else:
                below = top
                running_x = left + max(self._full.output.shape[1],
                                       captions["full"].width_for(line)) + gap
            gather_x = running_x + max(wt.output.shape[1], captions["running"].width_for(line)) + gap
            pos = {
                "input": (0.0, top),
                "kernel": (0.0, top + wt.x.shape[0] + gap + lines["kernel"] * line),
                "full": (left, top),
                "running": (running_x, below),
                "gather": (gather_x, below),
            }
            for name, (px, py) in pos.items():
                place(self.items[name], px, py)
                place(captions[name], px, py - 0.15, line)

        line = self.lay_out(arrange, partial(arrange, shape="row"))
        key = (wt.x.shape, wt.weight.shape, self._full.output.shape, wt.output.shape, line)
        if key != self._layout_key:
            self._layout_key = key
            self.fit()

    def _relayout(self) -> None:
        wt = self.state.result
        self._place(wt)
        self._draw_crop(wt)
        self._show_selection()

    def _draw_crop(self, wt: Walkthrough) -> None:
        """Dim the border that padding crops away and outline what is kept."""
        t = self.theme
        x0, y0 = self.items["full"].pos().x(), self.items["full"].pos().y()
        fh, fw = self._full.output.shape
        (ph, pw), (oh, ow) = wt.params.padding, wt.output.shape
        bands = [
            QRectF(0, 0, fw, ph),
            QRectF(0, ph + oh, fw, fh - ph - oh),
            QRectF(0, ph, pw, oh),
            QRectF(pw + ow, ph, fw - pw - ow, oh),
        ]
        marks = [
            Mark(band.translated(x0, y0), t.background, width=1, fill_alpha=175)
            for band in bands
            if band.width() > 0 and band.height() > 0
        ]
        if ph or pw:
            marks.append(Mark(QRectF(x0 + pw, y0 + ph, ow, oh), t.caption, width=2, dashed=True))
        self.dim.set_marks(marks)

    def _show_status(self) -> None:
        self.status.setText(status_text(self.state.result, self._count, self.stamps, self.total,
                                        self.extra_steps))

    def _show_selection(self, *_) -> None:
        selection = self.state.selection
        wt = self.state.result
        (ph, pw) = wt.params.padding
        marks: list[tuple[str, int, int, str, str]] = []
        if selection is not None and selection[0] == "input":
            _, r, c = selection
            v = wt.x[r, c]
            marks.append(("input", r, c, "selected", ""))
            for i, j, a, b in self._full.footprint(r, c):
                marks.append(("full", int(i), int(j), "stamp", "+" + format_value(v * wt.weight[a, b])))
                marks.append(("kernel", int(a), int(b), "stamp", ""))
            for i, j, a, b in wt.footprint(r, c):
                marks.append(("running", int(i), int(j), "footprint", ""))
                marks.append(("gather", int(i), int(j), "footprint", ""))
        elif selection is not None:
            _, i, j = selection
            marks.append(("running", i, j, "selected", ""))
            marks.append(("gather", i, j, "selected", ""))
            marks.append(("full", i + ph, j + pw, "selected", ""))
            for r, c, a, b in wt.sources(i, j):
                label = "\u00d7" + format_value(wt.weight[a, b])
                marks.append(("input", int(r), int(c), "source", label))
                marks.append(("kernel", int(a), int(b), "source", ""))
        self._marks = [(g, r, c, style) for g, r, c, style, _ in marks]
        self.show_cells(marks)


    # -- input -------------------------------------------------------------
    def _on_click(self, grid: str, row: int, col: int) -> None:
        wt = self.state.result
        if grid == "input":
            self.state.select(("input", row, col))
        elif grid in ("running", "gather"):
            self.state.select(("output", row, col))
        elif grid == "full":
            (ph, pw), (oh, ow) = wt.params.padding, wt.output.shape
            if ph <= row < ph + oh and pw <= col < pw + ow:
                self.state.select(("output", row - ph, col - pw))
