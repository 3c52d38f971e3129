"""The sub-pixel view: the output's stride phases, each with its own sub-kernel.

Output rows ``i ≡ q (mod s)`` receive only the kernel taps with
``a·d ≡ q + p (mod s)`` (see :mod:`core.subpixel`), so the output is
s_h·s_w interleaved stride-1 convolutions of x.  The view colours each
output cell by its phase and draws every phase's sub-kernel in the same
colour; selecting an output cell picks its phase, whose taps are outlined
on the kernel and whose cells stay bright while the others fade.
"""

from __future__ import annotations

from functools import partial

import colorsys

import numpy as np
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton, QWidget

from convt_lab.core import Role
from convt_lab.core.subpixel import Phase, phase_map, phases

from convt_lab.gui.items.grid_item import GridItem
from convt_lab.gui.state import LabState
from convt_lab.gui.views.grid_plot import GridPlot
from convt_lab.gui.views.subpixel_words import explain, shown_phases
from convt_lab.gui.theme import (
    BLUE, BLUISH_GREEN, LIGHT, ORANGE, REDDISH_PURPLE, SKY_BLUE, VERMILLION, YELLOW, Theme,
)

__all__ = ["SubpixelView", "phase_colours"]

GRIDS = ("x", "kernel", "output")
TIMES = "\u00d7"
GAP = 2.0
# Okabe–Ito, with the input's sky blue and the kernel's reddish purple last: x and w
# are drawn beside the phases, and up to five phases then share no colour with them.
OKABE_ITO = (ORANGE, BLUISH_GREEN, YELLOW, VERMILLION, BLUE, SKY_BLUE, REDDISH_PURPLE)


FADED, FADED_DARK = 0.12, 0.3  # how much of its colour a phase not picked keeps


def phase_colours(count: int, theme: Theme, strength: float = 0.55) -> np.ndarray:
    """``(count, 3)`` fill colours: the colour-blind-safe Okabe–Ito set, more hues past 7."""
    if count <= len(OKABE_ITO):
        base = [QColor(c) for c in OKABE_ITO[:count]]
        rgb = np.array([[c.red(), c.green(), c.blue()] for c in base], float)
    else:
        rgb = np.array([colorsys.hsv_to_rgb(k / count, 0.75, 0.9) for k in range(count)]) * 255
    back = np.array(theme.rgb(theme.background), float)
    return np.clip(np.rint(back + (rgb - back) * strength), 0, 255).astype(np.uint8)


class SubpixelView(GridPlot):
    """x, the kernel, the output in phase colours, and one sub-kernel per phase.

    Parameters
    ----------
    state : LabState
    theme : Theme
    parent : QWidget, optional
    """

    MAIN_GRID = "output"  # whose numbers presentation mode's text matches

    def __init__(self, state: LabState, theme: Theme = LIGHT, parent: QWidget | None = None):
        super().__init__(state, theme, GRIDS, parent)
        for name in ("x", "kernel", "output", "phases"):
            self.add_caption(name)
        self._phase_items: list[GridItem] = []
        self._phase_captions: list = []
        self.phases: list[Phase] = []
        self.overlap_button = QPushButton(self.tr("Open the Overlap map"))
        self.overlap_button.clicked.connect(lambda: self.state.set_presentation(view="overlap"))
        self.lay_out_with_explanation(self.overlap_button)
        self.follow_state()

    # -- reading -------------------------------------------------------------
    @property
    def selected_phase(self) -> tuple[int, int] | None:
        """The phase (q_h, q_w) of the selected output cell, or None."""
        sel = self.state.selection
        if sel is None or sel[0] != "output":
            return None
        sh, sw = self.state.params.stride
        return (sel[1] % sh, sel[2] % sw)

    # -- drawing -------------------------------------------------------------
    def _show_result(self, result) -> None:
        t = self.theme
        self.view.setBackground(t.background)
        p = result.params
        self.phases = phases(p)
        self._colours = phase_colours(len(self.phases), t)
        # The other phases fade while one is picked; on a dark ground a faint tint would be
        # black, so they keep more of their colour there (still told apart).
        self._faded = phase_colours(len(self.phases), t, FADED_DARK if t.dark else FADED)
        self._labels = phase_map(p)
        for name, values, colour in (("x", result.x, t.roles[Role.INPUT]),
                                     ("kernel", result.weight, t.kernel)):
            self.items[name].set_data(values, t.flat_image(values.shape, colour), t.text, t.grid_line)
        self._values = {"x": result.x, "kernel": result.weight, "output": result.output}
        self._make_phase_items(result)
        self._place()
        self.explanation_area.set_text(self.explain(result))
        self._show_selection()

    def _make_phase_items(self, result) -> None:
        for item in self._phase_items:
            if item is None:  # a phase that no tap reaches has no sub-kernel grid
                continue
            self.viewbox.removeItem(item)
            self.items.pop(item.name, None)
        for caption in self._phase_captions:
            self.viewbox.removeItem(caption)
        self._phase_items, self._phase_captions = [], []
        for n, phase in enumerate(self.phases):
            caption = self._new_caption()
            self._phase_captions.append(caption)
            if phase.tap_count == 0:
                self._phase_items.append(None)
                continue
            name = f"phase{n}"
            item = GridItem(name)
            item.name = name
            item.cellClicked.connect(lambda r, c, k=n: self._pick_phase(k))
            self.viewbox.addItem(item)
            values = phase.sub_kernel(result.weight)
            colours = np.broadcast_to(self._colours[n], (*values.shape, 3))
            item.set_data(values, colours, self.theme.text, self.theme.grid_line)
            self.items[name] = item
            self._values[name] = values
            self._phase_items.append(item)

    def _new_caption(self):
        from convt_lab.gui.items.caption_item import CaptionItem

        caption = CaptionItem(self.theme.caption)
        self.viewbox.addItem(caption)
        return caption

    def _output_caption(self) -> str:
        """The output's size and its phases: those it holds, when it is too small for all."""
        size, n = _size(self._values["output"].shape), len(self.phases)
        held = len(shown_phases(self.phases))
        if held < n:
            return self.tr("Output {size}: {m} of the {n} phases").format(size=size, m=held, n=n)
        return (self.tr("Output {size}: {n} phases") if n > 1
                else self.tr("Output {size}: 1 phase")).format(size=size, n=n)

    def _place(self) -> None:
        t = self.theme
        sh, sw = self.state.params.stride
        texts = {
            "x": self.tr("x  {size}").format(size=_size(self._values["x"].shape)),
            "kernel": self.tr("w: taps of the phase"),
            "output": self._output_caption(),
            "phases": self.tr("Sub-kernels (taps a\u00b7d \u2261 q + p mod s)"),
        }
        phase_texts = [self.tr("{q}: {n}").format(q=f"({ph.key[0]},{ph.key[1]})", n=ph.tap_count)
                       for ph in self.phases]
        # The sub-kernels sit in an s_h × s_w arrangement, like the phases they fill.
        cell_w = max((len(ph.cols.taps) for ph in self.phases), default=1)
        cell_h = max((len(ph.rows.taps) for ph in self.phases), default=1)

        for name, text in texts.items():
            self.captions[name].set_text(text, self._line, t.caption)
        for caption, text in zip(self._phase_captions, phase_texts):
            caption.set_text(text, self._line * 0.8, t.caption)

        def arrange(line: float, place, shape: str = "row") -> None:
            """``row``: x, w, the output and the sub-kernels side by side; ``stacked``:
            w under x; ``rows``: the sub-kernels under the rest."""
            top = line + 0.5
            x0 = 0.0
            below = 0.0
            for name in ("x", "kernel", "output"):
                rows, cols = self._values[name].shape
                y0 = top
                if shape == "stacked" and name == "kernel":
                    x0 = 0.0  # back to x's column, under it
                    y0 = top + self._values["x"].shape[0] + GAP + line
                place(self.items[name], x0, y0)
                place(self.captions[name], x0, y0 - 0.15, line)
                width = max(cols, self.captions[name].width_for(line))
                if shape == "stacked" and name == "x":
                    width = max(width, self._values["kernel"].shape[1],
                                self.captions["kernel"].width_for(line))
                    continue  # the kernel goes under x, in this column
                x0 += width + GAP
                below = max(below, y0 + rows)
            if shape == "rows":
                x0, top = 0.0, below + GAP + line
            label_w = max(2.5 * line, 1.0)
            place(self.captions["phases"], x0, top - 0.15, line)
            for n, phase in enumerate(self.phases):
                qh, qw = phase.key
                px = x0 + qw * (max(cell_w, label_w) + 1.0)
                py = top + line + qh * (cell_h + line + 0.6)
                place(self._phase_captions[n], px, py - 0.1, line * 0.8)
                item = self._phase_items[n]
                if item is not None:
                    place(item, px, py)

        line = self.lay_out(*(partial(arrange, shape=k) for k in ("row", "stacked", "rows")))
        key = (self._values["output"].shape, self._values["kernel"].shape, sh, sw, line,
               tuple(p.tap_count for p in self.phases))
        if key != self._layout_key:
            self._layout_key = key
            self.fit()

    def _fitted_items(self) -> list:
        return [*super()._fitted_items(), *self._phase_captions]

    def _relayout(self) -> None:
        self._place()
        self._show_selection()

    # -- the explanation -------------------------------------------------------
    def explain(self, result) -> str:
        """The sentences under the view (see :mod:`subpixel_words`)."""
        return explain(result.params, self.phases, result.weight)

    # -- selection -----------------------------------------------------------
    def _show_selection(self, *_) -> None:
        t = self.theme
        chosen = self.selected_phase
        index = None if chosen is None else chosen[0] * self.state.params.stride[1] + chosen[1]
        colours = self._colours[self._labels]
        if index is not None:
            colours = np.where((self._labels == index)[..., None], colours, self._faded[self._labels])
        self.items["output"].set_data(self._values["output"], colours, t.text, t.grid_line)
        marks: list = []
        sel = self.state.selection
        if sel is not None and sel[0] == "output":
            marks.append(("output", sel[1], sel[2], "selected", 1, 1))
        if index is not None:
            phase = self.phases[index]
            for a in phase.rows.taps:
                for b in phase.cols.taps:
                    marks.append(("kernel", a, b, "source", 1, 1))
            item = self._phase_items[index]
            if item is not None:
                rows, cols = item.grid_shape
                marks.append((item.name, 0, 0, "selected", rows, cols))
        self._marks = [m[:4] for m in marks if m[4:] == (1, 1)]
        self.show_cells((g, r, c, s, "", h, w) for g, r, c, s, h, w in marks)


    def _pick_phase(self, index: int) -> None:
        qh, qw = self.phases[index].key
        oh, ow = self.state.result.output.shape
        if qh < oh and qw < ow:
            self.state.select(("output", qh, qw))

    def _on_click(self, grid: str, row: int, col: int) -> None:
        p = self.state.params
        if grid == "output":
            self.state.select(("output", row, col))
        elif grid == "kernel":
            (sh, sw), (dh, dw), (ph, pw) = p.stride, p.dilation, p.padding
            qh, qw = (row * dh - ph) % sh, (col * dw - pw) % sw
            self._pick_phase(qh * sw + qw)


def _size(shape) -> str:
    return f"{shape[0]}{TIMES}{shape[1]}"
