"""The window of ``Cᵀ`` the Matrix view draws: its entries, where it centres, its blocks.

``Cᵀ`` can be far larger than a screen (a 16×16 input, k 5, s 3 gives
2500 × 256 entries, and more with several input channels), so the view
draws a window of it: the rows ``[r0, r1)`` and columns ``[c0, c1)``
around the selection.  The window's entries are built from the rows'
contributions (``Result.sources``), never from the whole matrix, so any
size the app allows costs only what is drawn.
"""

from __future__ import annotations

import numpy as np

from convt_lab.gui.items.cells import format_exact

__all__ = ["block_starts", "focus_column", "focus_row", "widest_number", "window_values"]


def window_values(res, rows: tuple[int, int], cols: tuple[int, int]) -> np.ndarray:
    """The entries ``Cᵀ[r0:r1, c0:c1]`` of the output channel shown, every block included.

    Column ``n·H·W + r·W + c`` of block ``n`` (the group's ``n``-th input
    channel) holds the weight that carries ``x_n[r, c]`` to the row's
    output cell, as ``Result.matrix()`` does.
    """
    (r0, r1), (c0, c1) = rows, cols
    ow, w, per_block = res.output.shape[1], res.x.shape[1], res.x.size
    kernels = [res.kernel_of(c) for c in res.group_inputs]
    out = np.zeros((r1 - r0, c1 - c0))
    for k in range(r0, r1):
        src = res.sources(k // ow, k % ow)
        q = src[:, 0] * w + src[:, 1]
        for n, kernel in enumerate(kernels):
            local = n * per_block + q - c0
            keep = (local >= 0) & (local < c1 - c0)
            np.add.at(out[k - r0], local[keep], kernel[src[keep, 2], src[keep, 3]])
    return out


def focus_row(res, selection) -> int | None:
    """The row the band centres on: the selected output cell's, or the middle of an input's."""
    ow = res.output.shape[1]
    if selection is None:
        return None
    if selection[0] == "output":
        return selection[1] * ow + selection[2]
    rows = [int(i) * ow + int(j) for i, j, _, _ in res.footprint(selection[1], selection[2])]
    return (min(rows) + max(rows)) // 2 if rows else None


def focus_column(res, selection) -> int | None:
    """The column the band centres on, in the shown input channel's block.

    For an output cell, the middle of the columns its row's weights sit in;
    for an input cell, its own column.  None keeps the band where it is.
    """
    if selection is None:
        return None
    w = res.x.shape[1]
    offset = (res.pick[0] - res.group_inputs[0]) * res.x.size
    if selection[0] == "input":
        return offset + selection[1] * w + selection[2]
    qs = [int(r) * w + int(c) for r, c, _, _ in res.sources(selection[1], selection[2])]
    return offset + (min(qs) + max(qs)) // 2 if qs else None


def block_starts(res, cols: tuple[int, int]) -> list[tuple[int, int]]:
    """(input channel, first drawn column within the window) of each block the window meets."""
    c0, c1 = cols
    per_block = res.x.size
    starts = []
    for n, channel in enumerate(res.group_inputs):
        first, last = n * per_block, (n + 1) * per_block
        if first < c1 and last > c0:
            starts.append((channel, max(first, c0) - c0))
    return starts


def widest_number(res) -> int:
    """Characters in the longest exact number Cᵀ, x, b or y hold (the longest a cell may need)."""
    values = [res.stacked_x(), res.output.ravel(), [res.bias]]
    values += [res.kernel_of(c).ravel() for c in res.group_inputs]
    distinct = np.unique(np.concatenate([np.asarray(v, float).ravel() for v in values]))
    return max((len(format_exact(v)) for v in distinct), default=1)
