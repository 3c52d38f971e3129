"""Which cells to highlight for a selection: a pure lookup in core's tables.

The result names grids and cells only; :class:`gui.grids_view.GridsView`
turns it into rectangles.  Keeping it pure lets the tests compare it with
core's ``window``, ``sources`` and ``footprint`` directly.
"""

from __future__ import annotations

from dataclasses import dataclass

from convt_lab.core import Role, Walkthrough

from convt_lab.gui.items.cells import format_value

__all__ = ["Highlight", "highlights"]

GRIDS = ("input", "zero_inserted", "padded", "output", "kernel", "flipped")


@dataclass(frozen=True)
class Highlight:
    """Cell (row, col) of ``grid`` drawn in ``style``; ``rows`` x ``cols`` cells from there."""

    grid: str
    row: int
    col: int
    style: str
    label: str = ""
    rows: int = 1
    cols: int = 1


def _output_cell(wt: Walkthrough, i: int, j: int) -> list[Highlight]:
    out = [Highlight("output", i, j, "selected")]
    window = wt.window(i, j)
    flipped = wt.flipped_kernel.ravel()
    kh, kw = wt.flipped_kernel.shape
    for n, (pr, pc) in enumerate(window):
        on_input = wt.roles[pr, pc] == Role.INPUT
        style = "tap_input" if on_input else "tap_zero"
        out.append(Highlight("padded", int(pr), int(pc), style, "×" + format_value(flipped[n])))
        out.append(Highlight("flipped", n // kw, n % kw, style))
    (r0, c0), (r1, c1) = window[0], window[-1]
    out.append(Highlight("padded", int(r0), int(c0), "window", rows=r1 - r0 + 1, cols=c1 - c0 + 1))
    (sh, sw) = wt.params.stride
    for r, c, a, b in wt.sources(i, j):
        label = "×" + format_value(wt.weight[a, b])
        out.append(Highlight("input", int(r), int(c), "source", label))
        out.append(Highlight("zero_inserted", int(r * sh), int(c * sw), "source", label))
        out.append(Highlight("kernel", int(a), int(b), "source"))
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
    for i, j, a, b in wt.footprint(r, c):
        # Each output cell shows the kernel entry that carries x[r, c] there.
        label = "\u00d7" + format_value(wt.weight[a, b])
        out.append(Highlight("output", int(i), int(j), "footprint", label))
        out.append(Highlight("kernel", int(a), int(b), "footprint"))
    return out


def highlights(wt: Walkthrough, selection) -> list[Highlight]:
    """The highlights for a selection ``("output"|"input", row, col)`` or None."""
    if selection is None:
        return []
    kind, i, j = selection
    return _output_cell(wt, i, j) if kind == "output" else _input_cell(wt, i, j)
