"""Why "transposed": the Conv2d this layer transposes, drawn beside it.

Left, the transposed convolution ``y = Cᵀ·x``; right, the Conv2d with the
same kernel, stride, padding and dilation, ``C·y``, mapping the output grid
back to the input size.  Selecting input cell (r, c) shows where
ConvTranspose2d sends it (its footprint on y) and the window Conv2d reads
for its output (r, c): the same cells with the same kernel entries, which is
what "C and Cᵀ" means cell by cell.  The numbers come from
:func:`core.transpose.transposed` (see its module for the identities).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QWidget

from convt_lab.core import Role
from convt_lab.core.transpose import Transposed, transposed

from convt_lab.gui.items.cells import format_value
from convt_lab.gui.model.snippet import pytorch_gradient_snippet
from convt_lab.gui.state import LabState
from convt_lab.gui.views.grid_plot import GridPlot
from convt_lab.gui.theme import LIGHT, Theme

__all__ = ["TransposedView"]

GRIDS = ("x", "kernel", "y", "y2", "cy")
TIMES = "\u00d7"
GAP = 2.0  # cells between neighbouring grids
SPLIT = 4.0  # cells between the ConvTranspose2d half and the Conv2d half


def _exact(v: float) -> str:
    """Whole numbers in full (both sides of the identity must visibly agree), others to 6 digits."""
    if float(v).is_integer() and abs(v) < 1e15:
        return str(int(v))
    return f"{v:.6g}"


def _size(shape) -> str:
    return f"{shape[0]}{TIMES}{shape[1]}"


class TransposedView(GridPlot):
    """ConvTranspose2d (x → y) beside Conv2d (y → C·y), with the statements in numbers.

    Parameters
    ----------
    state : LabState
    theme : Theme
    parent : QWidget, optional

    Notes
    -----
    Clicking a cell of x or of C·y selects that input cell; clicking y
    selects that output cell.  The view shows the picked channel pair
    without bias, as the lesson's grids do.
    """

    MAIN_GRID = "y"  # whose numbers presentation mode's text matches

    def __init__(self, state: LabState, theme: Theme = LIGHT, parent: QWidget | None = None):
        super().__init__(state, theme, GRIDS, parent)
        for name in (*GRIDS, "left", "right"):
            self.add_caption(name)
        self.copy_button = QPushButton(self.tr("Copy the check as PyTorch code"))
        self.copy_button.setToolTip(self.tr(
            "A script that computes the gradient of Conv2d with torch.autograd.grad on these "
            "values and prints that it equals ConvTranspose2d"))
        self.copy_button.clicked.connect(self.copy_code)
        self.lay_out_with_explanation(self.copy_button)
        self.pair: Transposed | None = None
        self.follow_state()

    # -- drawing -----------------------------------------------------------
    def _show_result(self, result) -> None:
        t = self.theme
        self.view.setBackground(t.background)
        p = result.params
        self.pair = pair = transposed(p, result.x, result.weight)
        colours = {
            "x": t.roles[Role.INPUT], "kernel": t.kernel, "y": t.output, "y2": t.output,
            "cy": t.roles[Role.PADDING],
        }
        data = {"x": pair.x, "kernel": result.weight, "y": pair.y, "y2": pair.y, "cy": pair.cy}
        for name, values in data.items():
            self.items[name].set_data(values, t.flat_image(values.shape, colours[name]),
                                      t.text, t.grid_line)
        self._values = data
        self._place(result)
        self.explanation_area.set_text(self.explain(result))
        self._show_selection()

    def _place(self, result) -> None:
        pair, t = self.pair, self.theme
        texts = {
            "x": self.tr("x  {size}").format(size=_size(pair.x.shape)),
            "kernel": self.tr("w (the same in both)"),
            "y": self.tr("y = C\u1d40\u00b7x  {size}").format(size=_size(pair.y.shape)),
            "y2": self.tr("y  {size}").format(size=_size(pair.y.shape)),
            "cy": self.tr("C\u00b7y  {size}").format(size=_size(pair.cy.shape)),
            "left": self.tr("ConvTranspose2d applies C\u1d40"),
            "right": self.tr("Conv2d, same k, s, p, d, applies C"),
        }

        for name, text in texts.items():
            self.captions[name].set_text(text, self._line, t.caption)

        def arrange(line: float, place) -> None:
            top = 2 * line + 0.6
            x0 = 0.0
            positions = {}
            for name in ("x", "y", "y2", "cy"):
                h, w = self.items[name].grid_shape
                positions[name] = (x0, top)
                width = max(w, self.captions[name].width_for(line))
                if name == "x":  # the kernel sits below x, in the same column
                    width = max(width, self.items["kernel"].grid_shape[1],
                                self.captions["kernel"].width_for(line))
                x0 += width + (SPLIT if name == "y" else GAP)
            xh = self.items["x"].grid_shape[0]
            positions["kernel"] = (0.0, top + xh + line + 1.0)
            for name, (px, py) in positions.items():
                place(self.items[name], px, py)
                place(self.captions[name], px, py - 0.15, line)
            place(self.captions["left"], positions["x"][0], top - line - 0.3, line)
            place(self.captions["right"], positions["y2"][0], top - line - 0.3, line)

        line = self.lay_out(arrange)
        kh, kw = self.items["kernel"].grid_shape
        key = (pair.x.shape, pair.y.shape, pair.cy.shape, kh, kw, line)
        if key != self._layout_key:
            self._layout_key = key
            self.fit()

    def _relayout(self) -> None:
        self._place(self.state.result)
        self._show_selection()

    # -- the statements ------------------------------------------------------
    def explain(self, result) -> str:
        """The four statements of the view, with the numbers on screen."""
        pair, p = self.pair, result.params
        rows, cols = pair.c_shape
        (k, s, pad, d) = (p.kernel_size, p.stride, p.padding, p.dilation)

        def pr(v):
            return f"{v[0]}" if v[0] == v[1] else f"({v[0]}, {v[1]})"

        lines = [
            self.tr(
                "1. C is the matrix of Conv2d with k={k}, s={s}, p={p}, d={d}: it maps the "
                "{n} grid to {h} ({rows}{t}{cols} entries). ConvTranspose2d applies its "
                "transpose: y = C\u1d40\u00b7x."
            ).format(k=pr(k), s=pr(s), p=pr(pad), d=pr(d), n=_size(pair.y.shape),
                     h=_size(pair.cy.shape), rows=rows, cols=cols, t=TIMES),
            self.tr(
                "2. \u27e8C\u00b7y, x\u27e9 = {lhs} and \u27e8y, C\u1d40\u00b7x\u27e9 = {rhs}: "
                "equal, as for any y and x \u2014 that is what \u201ctransposed\u201d means."
            ).format(lhs=_exact(pair.lhs), rhs=_exact(pair.rhs)),
            self.tr(
                "3. So C\u1d40 is the gradient of Conv2d with respect to its input: the "
                "backward pass autograd runs for Conv2d, given the gradient x, computes "
                "exactly this y."
            ) if pair.cy.shape == pair.x.shape else self.tr(
                # op ≥ s: Conv2d's output is larger than x, and so is the gradient it takes.
                "3. So C\u1d40 is the gradient of Conv2d with respect to its input: Conv2d's "
                "output is {c} here, so its backward pass takes a {c} gradient \u2014 x with "
                "zeros added at the bottom/right \u2014 and computes exactly this y."
            ).format(c=_size(pair.cy.shape)),
        ]
        if pair.cy.shape == pair.x.shape:
            i, j = np.unravel_index(np.argmax(np.abs(pair.cy - pair.x)), pair.x.shape)
            if pair.cy[i, j] != pair.x[i, j]:
                lines.append(self.tr(
                    "4. Not an inverse: Conv2d brings back the size {h}, not the values "
                    "(C\u00b7y[{i}, {j}] = {a}, but x[{i}, {j}] = {b})."
                ).format(h=_size(pair.x.shape), i=i, j=j, a=format_value(pair.cy[i, j]),
                         b=format_value(pair.x[i, j])))
            else:
                lines.append(self.tr(
                    "4. Here C\u00b7y happens to equal x, but in general Conv2d brings back "
                    "only the size {h}, not the values: it is not an inverse."
                ).format(h=_size(pair.x.shape)))
        else:
            lines.append(self.tr(
                "4. Not an inverse: with output_padding \u2265 stride Conv2d does not even "
                "bring back the size ({c} instead of {h})."
            ).format(c=_size(pair.cy.shape), h=_size(pair.x.shape)))
        if not result.single:
            c, o = result.pick
            lines.append(self.tr(
                "Shown for input channel {c} and output channel {o}, without bias."
            ).format(c=c, o=o))
        return "\n".join(lines)

    def copy_code(self) -> str:
        """Put the gradient check for these values on the clipboard."""
        doc = self.state.document
        code = pytorch_gradient_snippet(doc.params, doc.pair_x, doc.pair_w)
        QGuiApplication.clipboard().setText(code)
        return code

    # -- selection -----------------------------------------------------------
    def _show_selection(self, *_) -> None:
        selection = self.state.selection
        result = self.state.result
        marks: list[tuple[str, int, int, str, str]] = []
        if selection is not None and selection[0] == "input":
            _, r, c = selection
            marks += [("x", r, c, "selected", ""), ("cy", r, c, "selected", "")]
            for i, j, a, b in self.pair.window(r, c, result.params):
                label = TIMES + format_value(result.weight[a, b])
                marks += [("y", int(i), int(j), "footprint", label),
                          ("y2", int(i), int(j), "tap_input", label),
                          ("kernel", int(a), int(b), "source", "")]
        elif selection is not None:
            _, i, j = selection
            marks += [("y", i, j, "selected", ""), ("y2", i, j, "selected", "")]
            for r, c, a, b in result.sources(i, j):
                marks += [("x", int(r), int(c), "source", ""), ("cy", int(r), int(c), "source", ""),
                          ("kernel", int(a), int(b), "source", "")]
        self._marks = [m[:4] for m in marks]
        self.show_cells(marks)


    def _on_click(self, grid: str, row: int, col: int) -> None:
        if grid in ("x", "cy"):
            h, w = self.pair.x.shape
            if row < h and col < w:  # C·y has extra rows when op ≥ s; they have no input cell
                self.state.select(("input", row, col))
        elif grid in ("y", "y2"):
            self.state.select(("output", row, col))
