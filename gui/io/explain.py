"""``convt-lab explain``: the lesson's steps as text, with aligned number tables."""

from __future__ import annotations

import numpy as np

from convt_lab.core import Walkthrough

from convt_lab.gui.items.cells import format_exact
from convt_lab.gui.lesson_text import lesson_steps

__all__ = ["channel_note", "explain", "number_table"]


def number_table(values: np.ndarray, indent: str = "    ") -> str:
    """Right-aligned columns of the values, one row a line."""
    texts = [[format_exact(v) for v in row] for row in values]
    width = max(len(t) for row in texts for t in row)
    return "\n".join(indent + " ".join(t.rjust(width) for t in row) for row in texts)


def explain(wt: Walkthrough) -> str:
    """The five steps, each with its text and the grid it builds.

    ``wt`` is a walkthrough (one channel) or a :class:`Result`, whose channel
    setup the weight layout of step 1 is told with; the tables show the
    picked pair's grids either way.
    """
    setup = getattr(wt, "setup", None)
    wt = getattr(wt, "walkthrough", wt)
    grids = {
        "input": wt.x,
        "zero_inserted": wt.zero_inserted,
        "padded": wt.padded,
        "flipped": wt.flipped_kernel,
        "output": wt.output,
    }
    blocks = []
    for step in lesson_steps(wt, setup):
        table = number_table(grids[step.grid])
        if step.grid == "input":
            table = f"x =\n{table}\n\nw =\n{number_table(wt.weight)}"
        blocks.append(f"{step.title}\n{step.body}\n\n{table}")
    return "\n\n".join(blocks) + "\n"


def channel_note(document) -> str:
    """With channels: the pair the lesson follows, and what else its output channel adds."""
    from PySide6.QtCore import QCoreApplication

    from convt_lab.gui.lesson_words import sentences

    setup, (ci, co) = document.setup, document.pick
    a, b = setup.weight_index(ci, co)
    lines = [QCoreApplication.translate(
        "cli",
        "This layer has C_in = {cin}, C_out = {cout} and groups = {g}. The lesson "
        "below follows one pair: input channel {ci} with the kernel w[{a},{b}], the part of "
        "output channel {co} that comes from input channel {ci}.",
    ).format(cin=setup.in_channels, cout=setup.out_channels, g=setup.groups, ci=ci, co=co,
             a=a, b=b)]
    others = [c for c in setup.inputs_of(co) if c != ci]
    if len(others) == 1:
        lines.append(QCoreApplication.translate(
            "cli", "Output channel {co} also adds what input channel {other} gives.").format(
            co=co, other=others[0]))
    elif others:
        lines.append(QCoreApplication.translate(
            "cli", "Output channel {co} also adds what input channels {others} give.").format(
            co=co, others=QCoreApplication.translate("cli", ", ").join(map(str, others))))
    if setup.bias:
        lines.append(QCoreApplication.translate(
            "cli", "Output channel {co} also adds the bias b[{co}] = {value}.").format(
            co=co, value=format_exact(document.b[co])))
    return sentences(*lines)
