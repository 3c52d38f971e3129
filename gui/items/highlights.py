"""Which cells to highlight for a selection: a pure lookup in core's tables.

The result names grids and cells only; :class:`gui.grids_view.GridsView`
turns it into rectangles.  Keeping it pure lets the tests compare it with
core's ``window``, ``sources`` and ``footprint`` directly.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import numpy as np

from convt_lab.core import Role, Walkthrough

from convt_lab.gui.items.cells import format_value

__all__ = ["Highlight", "highlights"]

GRIDS = ("input", "zero_inserted", "padded", "output", "kernel", "flipped")


class Highlight(NamedTuple):
    """Cell (row, col) of ``grid`` drawn in ``style``; ``rows`` x ``cols`` cells from there."""

    grid: str
    row: int
    col: int
    style: str
    label: str = ""
    rows: int = 1
    cols: int = 1


_INPUT = int(Role.INPUT)


def _times(values: np.ndarray) -> list[str]:
    """"×w" labels for each of ``values`` (a kernel's numbers), in order."""
    return ["\u00d7" + format_value(v) for v in values.ravel().tolist()]


@lru_cache(maxsize=1)
def _kernel_labels(wt: Walkthrough) -> tuple[list[str], list[str]]:
    """The ``×w`` labels of ``wt``'s flipped kernel and kernel, made once per result.

    Every click on the same result reads the same weights; a 7x7 kernel's
    98 labels need not be written again each time.  (A result is hashed by
    identity: it is never changed once made.)
    """
    return _times(wt.flipped_kernel), _times(wt.weight)


@lru_cache(maxsize=1)
def _roles(wt: Walkthrough) -> list[list[int]]:
    """The padded grid's roles as plain lists, made once per result (read cell by cell)."""
    return wt.roles.tolist()


def _output_cell(wt: Walkthrough, i: int, j: int) -> list[Highlight]:
    # Plain Python over the taps: a click reads a few dozen cells, where
    # whole-array calls cost more than the loop they would replace.
    out = [Highlight("output", i, j, "selected")]
    kh, kw = wt.flipped_kernel.shape
    dh, dw = wt.params.dilation
    roles = _roles(wt)
    labels, weights = _kernel_labels(wt)
    for a in range(kh):
        r = i + a * dh  # tap (a, b) reads padded[i + a*dh, j + b*dw]
        row = roles[r]
        for b in range(kw):
            c = j + b * dw
            style = "tap_input" if row[c] == _INPUT else "tap_zero"
            out.append(Highlight("padded", r, c, style, labels[a * kw + b]))
            out.append(Highlight("flipped", a, b, style))
    out.append(Highlight("padded", i, j, "window", rows=(kh - 1) * dh + 1, cols=(kw - 1) * dw + 1))
    (sh, sw) = wt.params.stride
    kw = wt.weight.shape[1]
    for r, c, a, b in wt.sources(i, j).tolist():
        label = weights[a * kw + b]
        out.append(Highlight("input", r, c, "source", label))
        out.append(Highlight("zero_inserted", r * sh, c * sw, "source", label))
        out.append(Highlight("kernel", a, b, "source"))
    return out


def _input_cell(wt: Walkthrough, r: int, c: int) -> list[Highlight]:
    (sh, sw) = wt.params.stride
    ph, pw = (s.pad for s in wt.steps)
    out = [
        Highlight("input", r, c, "selected"),
        Highlight("zero_inserted", r * sh, c * sw, "selected"),
    ]
    pr, pc = r * sh + ph, c * sw + pw
    if 0 <= pr < wt.padded.shape[0] and 0 <= pc < wt.padded.shape[1]:
        out.append(Highlight("padded", pr, pc, "selected"))
    weights = _kernel_labels(wt)[1]
    kw = wt.weight.shape[1]
    for i, j, a, b in wt.footprint(r, c).tolist():
        # Each output cell shows the kernel entry that carries x[r, c] there.
        out.append(Highlight("output", i, j, "footprint", weights[a * kw + b]))
        out.append(Highlight("kernel", a, b, "footprint"))
    return out


def highlights(wt: Walkthrough, selection) -> list[Highlight]:
    """The highlights for a selection ``("output"|"input", row, col)`` or None."""
    if selection is None:
        return []
    kind, i, j = selection
    return _output_cell(wt, i, j) if kind == "output" else _input_cell(wt, i, j)
