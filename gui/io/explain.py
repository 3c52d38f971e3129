"""``convt-lab explain``: the lesson's steps as text, with aligned number tables."""

from __future__ import annotations

import numpy as np

from convt_lab.core import Walkthrough

from convt_lab.gui.items.cells import format_exact
from convt_lab.gui.lesson_text import lesson_steps

__all__ = ["explain", "number_table"]


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
