"""The Matrix view's sentences about one row or column of ``Cᵀ``, its blocks, its band and
its summary.

Row ``k = i·W_out + j`` of ``Cᵀ`` holds the kernel weights that carry inputs
to ``y[i, j]``; column ``q = r·W + c`` holds those that carry ``x[r, c]``.
A count that can be 1 has a singular sentence of its own.

The strings keep the tr context ``MatrixView``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

__all__ = ["LISTED", "band_text", "blocks_text", "selection_text", "summary_text"]

TIMES = "\u00d7"
LISTED = 12  # indices named in the info text before it says "and n more"


def _listing(labels: list[str], flat: list[int]) -> str:
    shown = [f"{n} ({label})" for n, label in zip(flat[:LISTED], labels[:LISTED])]
    text = QCoreApplication.translate("MatrixView", ", ").join(shown)
    if len(flat) > LISTED:
        text += QCoreApplication.translate("MatrixView", " and {n} more").format(n=len(flat) - LISTED)
    return text


def selection_text(res, selection, w: int, ow: int) -> str:
    """What the selected output cell's row, or input cell's column, of ``Cᵀ`` holds."""
    if selection is None:
        return QCoreApplication.translate(
            "MatrixView",
            "Click a row (an output cell) or a column header or x entry (an input cell)."
        )
    kind, a, b = selection
    translate = QCoreApplication.translate
    channels = list(res.group_inputs)  # one block of columns each
    if kind == "output":  # row a·W_out + b of Cᵀ: the inputs that reach y[a, b], in every block
        reach = [(int(r), int(c)) for r, c, _, _ in res.sources(a, b)]
        cells = [(n, r, c) for n in range(len(channels)) for r, c in reach]
        flat = [r * w + c for n, r, c in cells]  # q within each block, as the header numbers it
        labels = ([f"{r},{c}" for _, r, c in cells] if len(channels) == 1 else
                  [f"x_c{channels[n]}[{r},{c}]" for n, r, c in cells])
        fields = {"k": a * ow + b, "i": a, "j": b}
        empty = translate("MatrixView",
                          "Row {k} is y[{i},{j}]: all zeros \u2014 no input reaches this output cell.")
        many = translate("MatrixView",
                         "Row {k} is y[{i},{j}]: it holds {n} kernel weights, in columns {cols}.")
        one = translate("MatrixView",
                        "Row {k} is y[{i},{j}]: it holds 1 kernel weight, in column {cols}.")
    else:  # column a·W + b: the outputs x[a, b] reaches
        cells = [(int(i), int(j)) for i, j, _, _ in res.footprint(a, b)]
        flat = [i * ow + j for i, j in cells]
        labels = [f"{i},{j}" for i, j in cells]
        fields = {"q": a * w + b, "r": a, "c": b}
        empty = translate("MatrixView",
                          "Column {q} is x[{r},{c}]: all zeros \u2014 padding crops every place it lands.")
        many = translate("MatrixView",
                         "Column {q} is x[{r},{c}]: it holds {n} kernel weights, in rows {rows}.")
        one = translate("MatrixView",
                        "Column {q} is x[{r},{c}]: it holds 1 kernel weight, in row {rows}.")
    if not cells:
        return empty.format(**fields)
    listed = _listing(labels, flat)
    return (many if len(cells) > 1 else one).format(n=len(cells), cols=listed, rows=listed, **fields)


def blocks_text(res) -> str:
    """Which input channels the columns hold, as the product the view draws."""
    blocks = list(res.group_inputs)
    bias = f" + b[{res.pick[1]}]" if res.setup.bias else ""
    if len(blocks) == 1:
        c = blocks[0]
        return QCoreApplication.translate(
            "MatrixView",
            "Output channel {o} reads input channel {c} alone: y = C_c{c}\u1d40\u00b7x_c{c}{b}."
        ).format(o=res.pick[1], c=c, b=bias)
    shown = blocks if len(blocks) <= 3 else [blocks[0], blocks[1], None, blocks[-1]]
    mats = " | ".join("\u2026" if c is None else f"C_c{c}\u1d40" for c in shown)
    xs = "; ".join("\u2026" if c is None else f"x_c{c}" for c in shown)
    return QCoreApplication.translate(
        "MatrixView",
        "One block of columns per input channel of the group: y = [{mats}]\u00b7[{xs}]{b} "
        "is output channel {o}, the one the lesson shows."
    ).format(mats=mats, xs=xs, b=bias, o=res.pick[1])


def band_text(rows: tuple[int, int], cols: tuple[int, int], shape: tuple[int, int]) -> str:
    """Which rows and columns of Cᵀ are drawn and how to move them; "" when all are."""
    (r0, r1), (c0, c1), (n, m) = rows, cols, shape
    fields = {"a": r0, "b": r1 - 1, "n": n, "c": c0, "d": c1 - 1, "m": m}
    if r1 - r0 < n and c1 - c0 < m:
        text = QCoreApplication.translate(
            "MatrixView",
            "Rows {a} to {b} of {n}, columns {c} to {d} of {m} are shown: select a cell (or use "
            "the arrow keys) to move them.")
    elif c1 - c0 < m:
        text = QCoreApplication.translate(
            "MatrixView",
            "Columns {c} to {d} of {m} are shown: select a cell (or use the arrow keys) to move "
            "them.")
    elif r1 - r0 < n:
        text = QCoreApplication.translate(
            "MatrixView",
            "Rows {a} to {b} of {n} are shown: select an output cell (or use the arrow "
            "keys) to move them.")
    else:
        return ""
    return text.format(**fields)


def summary_text(res) -> str:
    """Shape, non-zeros and density, read from the overlap table (one entry per landing tap)."""
    blocks = len(res.group_inputs)
    rows, cols = res.output.size, res.x.size * blocks
    per_row = res.overlap.ravel() * blocks
    nonzeros = int(per_row.sum())
    text = QCoreApplication.translate(
        "MatrixView",
        "C\u1d40 has {rows} {t} {cols} = {entries} entries. "
        "Non-zero entries: {nz} (one per kernel tap that lands on the output), "
        "a density of {density:.2%}."
    ).format(
        rows=rows, t=TIMES, cols=cols, entries=rows * cols, nz=nonzeros,
        density=nonzeros / (rows * cols),
    )
    low, high = int(per_row.min()), int(per_row.max())
    if low == high:
        text += " " + QCoreApplication.translate(
            "MatrixView", "Non-zeros per row (taps per output cell): {n} in every row.").format(n=low)
    else:
        text += " " + QCoreApplication.translate(
            "MatrixView", "Non-zeros per row (taps per output cell): from {low} to {high}."
        ).format(low=low, high=high)
    k = res.weight.size
    if k == 1:
        text += " " + QCoreApplication.translate(
            "MatrixView", "Each column holds at most 1 entry: the kernel has a single weight.")
    else:
        text += " " + QCoreApplication.translate(
            "MatrixView", "Each column holds at most {k} entries, one per kernel weight."
        ).format(k=k)
    if (res.weight == 0).any():
        text += " " + QCoreApplication.translate(
            "MatrixView", "Weights that are 0 still count: they sit where a tap lands.")
    return text
