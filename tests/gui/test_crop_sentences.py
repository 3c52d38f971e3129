"""The padding step's sentences in the corners of the parameter space, against direct definitions.

Per axis, with Z = H + (s − 1)(H − 1) rows in the zero-inserted grid and
P = d(k − 1) − p: the top crops −P rows when P < 0, the bottom gets P + op
(zeros when positive).  Written here from the lesson's own definition, not
from the app's code: the padded grid is built row by row as a list of
"input" and "zero" rows, and the op strip's rows are checked for any input
landing on them by scattering every input row with every kernel row.
"""

from __future__ import annotations

import itertools
import re

import pytest

from convt_lab import core
from convt_lab.gui.lesson_notes import full_text, op_strip_text, padding_text


def _padded_rows(h: int, k: int, s: int, p: int, op: int, d: int) -> list[str]:
    """The padded grid's rows along one axis: "x" for a row of the input, "0" for zeros."""
    rows = []
    for r in range(h):  # zero insertion: s − 1 zero rows between input rows
        rows += ["x"] + (["0"] * (s - 1) if r < h - 1 else [])
    pad = d * (k - 1) - p
    top, bottom = pad, pad + op
    rows = ["0"] * max(0, top) + rows + ["0"] * max(0, bottom)
    rows = rows[max(0, -top):]  # a crop of −P at the top
    return rows[:len(rows) - max(0, -bottom)] if bottom < 0 else rows


def _strip_has_input(h: int, k: int, s: int, p: int, op: int, d: int) -> bool:
    """Whether any input lands on y's last op rows: y row i is row i + p of the full scatter."""
    out = (h - 1) * s - 2 * p + d * (k - 1) + op + 1
    hit = {r * s + a * d - p for r in range(h) for a in range(k)}
    return any(i in hit for i in range(max(0, out - op), out))  # y may be shorter than op


def _cases():
    for h, k, s, p, op, d in itertools.product(range(1, 4), range(1, 4), range(1, 7), range(0, 5),
                                               range(0, 6), range(1, 4)):
        if not (op < s or op < d):
            continue
        try:
            params = core.ConvTParams(input_size=h, kernel_size=k, stride=s, padding=p,
                                      output_padding=op, dilation=d)
        except core.ParamError:
            continue
        yield (h, k, s, p, op, d), params.axes[0]


CASES = list(_cases())


def test_the_cases_reach_every_corner() -> None:
    """Crops larger than the grid, strips with and without input, pads with op: all present."""
    beyond = [c for c, _ in CASES if c[3] - c[5] * (c[1] - 1) > c[0] + (c[2] - 1) * (c[0] - 1)]
    empty = [c for c, _ in CASES if c[4] and c[3] >= c[4] and not _strip_has_input(*c)]
    assert len(beyond) >= 5 and len(empty) >= 5


def test_a_crop_larger_than_the_grid_says_what_is_left(qapp) -> None:
    for (h, k, s, p, op, d), steps in CASES:
        z = h + (s - 1) * (h - 1)
        text = padding_text(steps, "") + " " + full_text(steps, "")
        rows = _padded_rows(h, k, s, p, op, d)
        assert len(rows) == steps.padded  # the definition above draws the app's grid
        if p - d * (k - 1) > z:
            assert "overlap by" not in text  # two crops cannot overlap by more than the grid
            assert "x" not in rows
            left = re.search(r"leaving (\d+) rows?/columns? of zeros and none of the input", text)
            assert left and int(left.group(1)) == len(rows), text
            assert "no input is left" in text
        elif "x" in rows:
            assert "none of the input" not in text and "no input is left" not in text, text


def test_the_border_left_counts_the_zeros_op_adds(qapp) -> None:
    for (h, k, s, p, op, d), steps in CASES:
        text = full_text(steps, "")
        if p == 0 or d * (k - 1) - p < 0:
            continue
        if op:
            assert f"op adds {op} more" in text or f"but the {op} row" in text, text
            assert "none remain." not in text
        else:
            assert "op adds" not in text


def test_an_op_strip_without_input_says_so(qapp) -> None:
    """Said exactly when the strip's rows inside the full scatter result get no input."""
    for case, steps in CASES:
        h, k, s, p, op, d = case
        text = op_strip_text(steps, "")
        out = (h - 1) * s - 2 * p + d * (k - 1) + op + 1
        full = (h - 1) * s + d * (k - 1) + 1
        hit = {r * s + a * d for r in range(h) for a in range(k)}
        inside = [i + p for i in range(max(0, out - op), out) if i + p < full] if op else []
        empty = bool(inside) and not any(i in hit for i in inside)
        assert ("no input lands on the op strip" in text) == empty, (case, text)
        if empty:
            assert not _strip_has_input(*case)
