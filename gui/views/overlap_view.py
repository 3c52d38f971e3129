"""How many kernel taps land on each output cell, and why it is uneven.

A 2-D tap pairs one height tap with one width tap, so the overlap map is the
outer product of two per-axis counts; the view draws those counts along the
edges of the map.  Along one axis, away from the edges, output index i
receives the taps a with ``i + p - a*d`` on the stride lattice, so the count
repeats with period s.  With ``gcd(d, s) = 1`` the k taps spread over the s
residues as evenly as they can: the same count everywhere when s divides k,
alternating counts (the checkerboard artefact of Odena, Dumoulin & Olah,
"Deconvolution and Checkerboard Artifacts", Distill 2016) when it does not.
When d and s share a factor g, only every g-th residue is reached at all.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from convt_lab.core import AxisSteps, Walkthrough
from convt_lab.core.roundtrip import axis_overlap, interior

from convt_lab.gui.state import LabState
from convt_lab.gui.views.grid_plot import GridPlot
from convt_lab.gui.views.subpixel_words import uneven_cause
from convt_lab.gui.theme import LIGHT, ORANGE, Theme
from convt_lab.gui.lesson_words import sentences

__all__ = ["OverlapView", "count_colours"]

GRIDS = ("overlap", "rows", "cols")
TIMES = "\u00d7"
SHOWN = 16  # counts listed in the text before "…"


def _rgb(colour: str) -> np.ndarray:
    c = QColor(colour)
    return np.array([c.red(), c.green(), c.blue()], float)


def count_colours(counts: np.ndarray, theme: Theme) -> np.ndarray:
    """0 in the background colour, 1..max from a light to a strong orange."""
    back = _rgb(theme.background)
    weak = back + (_rgb(ORANGE) - back) * 0.15
    strong = back + (_rgb(ORANGE) - back) * 0.85
    top = counts.max() if counts.size else 0
    t = ((counts - 1) / max(top - 1, 1))[..., None]
    rgb = np.where(counts[..., None] > 0, weak + (strong - weak) * t, back)
    return np.clip(np.rint(rgb), 0, 255).astype(np.uint8)


class OverlapView(GridPlot):
    """The overlap map with its per-axis counts and a sentence on its pattern.

    Parameters
    ----------
    state : LabState
    theme : Theme
    parent : QWidget, optional

    Notes
    -----
    ``state.result.overlap`` is drawn as it is; the per-axis counts along the
    edges come from :func:`core.roundtrip.axis_overlap`, and their outer
    product equals the map.  Clicking a cell of the map selects that output
    cell; a selected input cell shows its footprint.
    """

    MAIN_GRID = "overlap"  # whose numbers presentation mode's text matches

    def __init__(self, state: LabState, theme: Theme = LIGHT, parent: QWidget | None = None):
        super().__init__(state, theme, GRIDS, parent)
        for name in ("overlap", "corner"):
            self.add_caption(name)
        self.lay_out_with_explanation()
        self.follow_state()

    # -- drawing -----------------------------------------------------------
    def _show_result(self, wt: Walkthrough) -> None:
        t = self.theme
        self.view.setBackground(t.background)
        hs, ws = wt.steps
        rows, cols = axis_overlap(hs), axis_overlap(ws)
        data = {
            "overlap": wt.overlap,
            "rows": rows.reshape(-1, 1),
            "cols": cols.reshape(1, -1),
        }
        for name, values in data.items():
            self.items[name].set_data(values, count_colours(values, t), t.text, t.grid_line)
        self._values = data
        self._place(wt)
        self.explanation_area.set_text(self.explain(wt))
        self._show_selection()

    def _place(self, wt: Walkthrough) -> None:
        oh, ow = wt.overlap.shape
        title = self.tr("Taps per output cell {h}{t}{w}\n= height count {t} width count").format(
            h=oh, w=ow, t=TIMES
        )
        self.captions["corner"].set_text(TIMES, 1.0, self.theme.caption)
        edge = 1.4  # the count strips sit this far out from the map

        self.captions["overlap"].set_text(title, self._line, self.theme.caption)

        def arrange(line: float, place) -> None:
            top = line + 0.3 + edge
            place(self.items["overlap"], edge, top)
            place(self.items["rows"], 0.0, top)
            place(self.items["cols"], edge, top - edge)
            place(self.captions["corner"], 0.2, top - edge + 1.0)
            place(self.captions["overlap"], 0.0, top - edge - 0.15, line)

        line = self.lay_out(arrange)
        key = (oh, ow, line)
        if key != self._layout_key:
            self._layout_key = key
            self.fit()

    def _relayout(self) -> None:
        self._place(self.state.result)
        self._show_selection()

    # -- the explanation -------------------------------------------------------
    def _listed(self, counts: np.ndarray) -> str:
        sep = self.tr(", ")
        text = sep.join(str(int(v)) for v in counts[:SHOWN])
        return text + (sep + "\u2026" if len(counts) > SHOWN else "")

    def _reason(self, steps: AxisSteps) -> tuple[str, bool]:
        """Why this axis is even or not, from k, s and d alone; and whether it is even.

        The taps reach only the s/g residues ≡ −p (mod g), g = gcd(d, s), and
        fill min(k, s/g) of them: with k ≤ s/g too few taps leave the holes,
        whatever d is; with more, the shared factor does.
        """
        k, s, d = steps.kernel, steps.stride, steps.dilation
        cause = uneven_cause(k, s, d)
        if cause == "short":
            return self.tr("k={k} is less than s={s}").format(k=k, s=s), False
        if cause == "factor":
            return self.tr(
                "dilation d={d} and stride s={s} share the factor {g}, so the taps reach only "
                "one cell in {g}"
            ).format(d=d, s=s, g=math.gcd(d, s)), False
        if cause == "multiple":
            return self.tr("k={k} is not a multiple of s={s}").format(k=k, s=s), False
        return self.tr("k={k} is a multiple of s={s}").format(k=k, s=s), True

    def _axis_text(self, steps: AxisSteps, axis: str, look: str = "", which: str = "") -> str:
        """One axis's sentence; ``look`` names what alternating counts make of the map.

        ``which`` ("H", "W", or "" for both) names the axis's cells as rows or columns.
        """
        counts = axis_overlap(steps)
        inner = counts[list(interior(steps))]
        reason, even = self._reason(steps)
        # Zeros that output_padding adds past the full result are named whatever the pattern.
        return sentences(self._pattern_text(steps, counts, inner, reason, even, axis, look),
                         self._strip_note(steps, counts, which))

    def _pattern_text(self, steps: AxisSteps, counts, inner, reason: str, even: bool, axis: str,
                      look: str) -> str:
        """What the counts along one axis do: even, alternating, or cut short.

        A cell's phase gives it ``steady`` taps wherever the whole kernel meets
        the input (the interior); a cell gets fewer only where the input's ends
        leave some out.  The sentence says "near the edges", "too short" or
        "cropped" only where the counts show it.
        """
        s, k, d, p = steps.stride, steps.kernel, steps.dilation, steps.padding
        steady = np.array([sum(1 for a in range(k) if (i + p - a * d) % s == 0)
                           for i in range(len(counts))])
        cut = counts < steady  # taps the input's ends leave out
        listed = self._listed(counts)
        if not len(inner) and cut.any():
            if d * (k - 1) > (steps.size - 1) * s:
                text = self.tr(
                    "{axis}: {reason}, but no cell lies where the whole kernel meets the input "
                    "(the input is too short): the counts are {counts}.")
            else:
                text = self.tr(
                    "{axis}: {reason}, but padding p = {p} crops away every cell where the whole "
                    "kernel meets the input: the counts are {counts}.")
            return text.format(axis=axis, reason=reason, p=p, counts=listed)
        if even:
            n = int(steady[0]) if len(steady) else 0
            if cut.any() and n == 1:
                text = self.tr(
                    "{axis}: {reason}: every cell away from the edges gets exactly 1 tap \u2014 even.")
            elif cut.any():
                text = self.tr(
                    "{axis}: {reason}: every cell away from the edges gets {n} taps \u2014 even.")
            elif n == 1:
                text = self.tr("{axis}: {reason}: every cell gets exactly 1 tap \u2014 even.")
            else:
                text = self.tr("{axis}: {reason}: every cell gets {n} taps \u2014 even.")
            return text.format(axis=axis, reason=reason, n=n)
        if len(inner) < s:  # the pattern does not repeat in this output
            if cut.any() and (steps.size - 1) * s - d * (k - 1) + 1 >= s:  # cropped, not short
                text = self.tr(
                    "{axis}: {reason}, but padding p = {p} leaves too few cells for the pattern "
                    "to repeat: the counts are {counts}, fewer near the edges.")
            elif cut.any():
                text = self.tr(
                    "{axis}: {reason}, but the input is too short for the pattern to repeat: "
                    "the counts are {counts}, fewer near the edges.")
            elif 0 in counts:
                text = self.tr(
                    "{axis}: {reason}: the counts are {counts} \u2014 holes: some cells get no "
                    "tap at all.")
            else:
                text = self.tr("{axis}: {reason}: the counts are {counts}.")
            return text.format(axis=axis, reason=reason, p=p, counts=listed)
        period = inner[:s]
        pattern = self._listed(np.concatenate([period, period])) + self.tr(", ") + "\u2026"
        if 0 in period:
            look = self.tr("holes: some cells get no tap at all")
        return self.tr("{axis}: {reason}: counts alternate {pattern} \u2014 {look}.").format(
            axis=axis, reason=reason, pattern=pattern, look=look
        )

    def _strip_note(self, steps: AxisSteps, counts: np.ndarray, which: str) -> str:
        """Names output_padding's strip, the last op cells, when its zeros end the counts.

        Cell i sits at i + p on the uncropped axis; past the full scatter
        result, (H − 1)s + d(k − 1) + 1 cells long, no tap lands.  The strip's
        first p cells lie inside that result (where p would have cropped), the
        other op − p past it, so those are the zeros at the end.
        """
        op, p, out = steps.output_padding, steps.padding, len(counts)
        if not op:
            return ""
        start, past = max(0, out - op), max(0, out - op + p)
        if past >= out:
            return ""  # op ≤ p: the whole strip lies where p would have cropped
        strip, zeros = self._cells(which, start, out - 1), self._cells(which, past, out - 1)
        if past == start and out - past == 1:
            return self.tr(
                "The last 0 is output_padding's strip ({cells}), which no tap reaches."
            ).format(cells=strip)
        if past == start:
            return self.tr(
                "The last {n} zeros are output_padding's strip ({cells}), which no tap reaches."
            ).format(n=out - past, cells=strip)
        if out - past == 1:
            return self.tr(
                "The output_padding strip is {cells}: the last 0 ({zeros}) lies past the full "
                "scatter result, where no tap reaches, and the rest of the strip lies where "
                "p = {p} had cropped."
            ).format(cells=strip, zeros=zeros, p=p)
        return self.tr(
            "The output_padding strip is {cells}: the last {n} zeros ({zeros}) lie past the full "
            "scatter result, where no tap reaches, and the rest of the strip lies where "
            "p = {p} had cropped."
        ).format(cells=strip, n=out - past, zeros=zeros, p=p)

    def _cells(self, which: str, first: int, last: int) -> str:
        """Output rows (``which`` "H"), columns ("W") or either ("") ``first`` to ``last``."""
        if which == "H":
            text = self.tr("row {a}") if first == last else self.tr("rows {a}\u2013{b}")
        elif which == "W":
            text = self.tr("column {a}") if first == last else self.tr("columns {a}\u2013{b}")
        else:
            text = (self.tr("row/column {a}") if first == last
                    else self.tr("rows/columns {a}\u2013{b}"))
        return text.format(a=first, b=last)

    def explain(self, wt: Walkthrough) -> str:
        """A few sentences on the overlap pattern, one per axis, from the parameters and counts."""
        hs, ws = wt.steps
        # Counts that alternate along both axes make a checkerboard; along one, stripes.
        if _alternates(hs) and _alternates(ws):
            looks = [self.tr("the checkerboard pattern")] * 2
        else:
            looks = [self.tr("horizontal stripes: the counts alternate from row to row"),
                     self.tr("vertical stripes: the counts alternate from column to column")]
        # Axes that say the same are told once, as the lesson does.
        if self._axis_text(hs, "", looks[0]) == self._axis_text(ws, "", looks[1]):
            lines = [self._axis_text(hs, self.tr("Both axes"), looks[0])]
        else:
            lines = [
                self._axis_text(hs, self.tr("Height"), looks[0], "H"),
                self._axis_text(ws, self.tr("Width"), looks[1], "W"),
            ]
        distinct = np.unique(wt.overlap)
        lines.append(
            self.tr("Counts in this output: {values} (each is a height count times a width count).").format(
                values=self.tr(", ").join(str(int(v)) for v in distinct)
            )
        )
        return "\n".join(lines)

    # -- selection -----------------------------------------------------------
    def _show_selection(self, *_) -> None:
        selection = self.state.selection
        wt = self.state.result
        marks: list[tuple[str, int, int, str]] = []
        if selection is not None and selection[0] == "output":
            _, i, j = selection
            marks += [("overlap", i, j, "selected"), ("rows", i, 0, "axis"), ("cols", 0, j, "axis")]
        elif selection is not None:
            _, r, c = selection
            marks += [("overlap", int(i), int(j), "footprint") for i, j, _a, _b in wt.footprint(r, c)]
        self._marks = marks
        self.show_cells(marks)


    def _on_click(self, grid: str, row: int, col: int) -> None:
        if grid != "overlap":
            return
        self.state.select(("output", row, col))


def _alternates(steps: AxisSteps) -> bool:
    """Whether one axis's counts, away from its edges, alternate with period s."""
    inner = axis_overlap(steps)[list(interior(steps))]
    return len(inner) >= steps.stride and len(set(inner[:steps.stride].tolist())) > 1
