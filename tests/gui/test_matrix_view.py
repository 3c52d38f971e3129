"""The Matrix Cᵀ view under real clicks, at real sizes.

Cᵀ is built here from the scatter loop of PyTorch's ``ConvTranspose2d`` docs
(``x[r, c]·w[a, b]`` lands on ``y[r·s + a·d − p, c·s + b·d − p]``), one block
of columns per input channel of the group, and ``y`` from that matrix plus
the bias; the view's numbers and highlights are compared with it.
"""

from __future__ import annotations

import numpy as np
import pytest

from convt_lab import core
from convt_lab.gui.model.document import Document
from convt_lab.gui.state import LabState
from convt_lab.gui.views.matrix_view import MIN_CELL_PX, MatrixView, band
from tests.gui.helpers import DILATED, LESSON, RECT, click, show, wait_painted
from tests.gui.helpers import said

TALL = core.ConvTParams(input_size=5, kernel_size=4, stride=2, padding=1)  # Cᵀ is 100×25
CASES = {"lesson": LESSON, "rect": RECT, "dilated": DILATED, "tall": TALL}


def out_len(n: int, k: int, s: int, p: int, op: int, d: int) -> int:
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def out_shape(params: core.ConvTParams) -> tuple[int, int]:
    return tuple(out_len(*(getattr(params, f)[a] for f in core.FIELDS)) for a in (0, 1))


def contributions(params: core.ConvTParams) -> set[tuple[int, int, int, int, int, int]]:
    """Every (i, j, r, c, a, b): x[r, c]·w[a, b] lands on output (i, j)."""
    (nh, nw), (kh, kw) = params.input_size, params.kernel_size
    (sh, sw), (ph, pw), (dh, dw) = params.stride, params.padding, params.dilation
    oh, ow = out_shape(params)
    return {
        (r * sh + a * dh - ph, c * sw + b * dw - pw, r, c, a, b)
        for r in range(nh) for c in range(nw) for a in range(kh) for b in range(kw)
        if 0 <= r * sh + a * dh - ph < oh and 0 <= c * sw + b * dw - pw < ow
    }


def naive_matrix(params: core.ConvTParams, w: np.ndarray) -> np.ndarray:
    oh, ow = out_shape(params)
    h, wd = params.input_size
    m = np.zeros((oh * ow, h * wd))
    for i, j, r, c, a, b in contributions(params):
        m[i * ow + j, r * wd + c] += w[a, b]
    return m


def cell_px(qtbot, view: MatrixView) -> float:
    """The drawn size of one matrix cell in viewport pixels."""
    wait_painted(qtbot, view.view)
    a, b = view.cell_centre("matrix", 0, 0), view.cell_centre("matrix", 0, 1)
    return float(b.x() - a.x())


def test_band_stays_inside_and_centres_on_the_focus() -> None:
    assert band(100, 10, None) == (0, 10)
    assert band(100, 10, 50) == (45, 55)
    assert band(100, 10, 99) == (90, 100)
    assert band(100, 10, 0) == (0, 10)
    assert band(100, 10, None, 37) == (37, 47)
    assert band(4, 10, 3) == (0, 4)


@pytest.mark.parametrize("case", CASES)
def test_matrix_row_and_column_clicks(qtbot, case) -> None:
    params = CASES[case]
    state = LabState(params)
    view = show(qtbot, MatrixView(state), (1000, 1000))
    assert view.drawn
    wt = state.result
    terms = contributions(params)
    (h, wd), (oh, ow) = params.input_size, out_shape(params)
    m = naive_matrix(params, wt.weight)
    np.testing.assert_array_equal(view.matrix, m)
    r0, r1 = view.rows_shown
    np.testing.assert_array_equal(view.values("matrix"), m[r0:r1])
    np.testing.assert_array_equal(view.values("y").ravel(), (m @ wt.x.ravel())[r0:r1])
    np.testing.assert_array_equal(view.values("x").ravel(), wt.x.ravel())
    for grid, k in [("y", 0), ("rowhead", oh * ow - 1), ("matrix", ow + 1)]:
        r0, _ = view.rows_shown
        if not view.rows_shown[0] <= k < view.rows_shown[1]:
            state.select(("output", *divmod(k, ow)))  # the band moves to the row first
            r0, _ = view.rows_shown
        state.select(None)
        i, j = divmod(k, ow)
        click(qtbot, view, grid, k - r0, 0)
        assert state.selection == ("output", i, j)
        sources = {r * wd + c for ii, jj, r, c, _, _ in terms if (ii, jj) == (i, j)}
        assert view.highlighted("matrix") == {(k, q) for q in sources}
        assert {q for q in range(h * wd) if m[k, q] != 0} == sources  # weights are 1..n, never 0
        assert view.highlighted("y") == {(k, 0)}
        assert view.highlighted("x") == {(0, q) for q in sources}
    for grid, q in [("x", 0), ("colhead", h * wd - 1)]:
        r, c = divmod(q, wd)
        click(qtbot, view, grid, 0, q)
        assert state.selection == ("input", r, c)
        rows = {i * ow + j for i, j, rr, cc, _, _ in terms if (rr, cc) == (r, c)}
        r0, r1 = view.rows_shown
        assert view.highlighted("matrix") == {(k, q) for k in rows if r0 <= k < r1}
        assert {k for k in range(oh * ow) if m[k, q] != 0} == rows
        assert view.highlighted("x") == {(0, q)}
        assert view.highlighted("y") == {(k, 0) for k in rows if r0 <= k < r1}


@pytest.mark.parametrize("size", [(1000, 520), (1700, 900)])
def test_a_tall_matrix_shows_a_readable_band_that_follows_the_selection(qtbot, size) -> None:
    state = LabState(TALL)
    view = show(qtbot, MatrixView(state), size)
    r0, r1 = view.rows_shown
    assert r0 == 0 and 3 <= r1 < 100
    px = cell_px(qtbot, view)
    assert px >= MIN_CELL_PX - 1, px  # numbers are drawn from 7 px at 0.42 of a cell
    assert "rows 0\u2013" in view.captions["matrix"].text()
    assert f"Rows 0 to {r1 - 1} of 100" in said(view.info)
    state.select(("output", 9, 9))  # row 99: the band moves to the end
    assert view.rows_shown[1] == 100
    np.testing.assert_array_equal(view.values("rowhead").ravel(), np.arange(*view.rows_shown))
    assert (99, 0) in view.highlighted("y")
    # Row 99 is the last drawn row: its centre is inside the viewport.
    click(qtbot, view, "y", 99 - view.rows_shown[0], 0)
    assert state.selection == ("output", 9, 9)
    # An input cell centres the band on the rows it lands on.
    state.select(("input", 2, 2))
    foot = [i * 10 + j for i, j, r, c, _, _ in contributions(TALL) if (r, c) == (2, 2)]
    lo, hi = view.rows_shown
    assert lo <= (min(foot) + max(foot)) // 2 < hi
    shown = {(k, 0) for k in foot if lo <= k < hi}
    assert shown and view.highlighted("y") == shown


def test_the_lesson_has_readable_numbered_cells_at_1280x720_sizes(qtbot) -> None:
    state = LabState(LESSON)
    view = show(qtbot, MatrixView(state), (980, 420))  # the tab's area in a 1280×720 window
    assert cell_px(qtbot, view) >= MIN_CELL_PX - 1
    image = view.view.grab().toImage()
    ratio = image.devicePixelRatio()
    px = cell_px(qtbot, view)
    for grid, row, col in [("matrix", 0, 0), ("x", 0, 1), ("y", 2, 0), ("rowhead", 3, 0)]:
        # A number is painted: dark text pixels inside the cell, away from its grid lines.
        centre = view.cell_centre(grid, row, col)
        half = int(0.3 * px)
        dark = sum(
            image.pixelColor(int((centre.x() + dx) * ratio), int((centre.y() + dy) * ratio)).lightness() < 90
            for dx in range(-half, half) for dy in range(-half, half)
        )
        assert dark >= 5, (grid, row, col, dark)


def test_channels_and_bias_make_y_the_output_the_lesson_shows(qtbot) -> None:
    params = core.ConvTParams(input_size=(2, 3), kernel_size=2, stride=2)
    setup = core.ChannelSetup(3, 2, 1, True)
    rng = np.random.default_rng(3)
    x = rng.integers(-3, 4, (3, 2, 3)).astype(float)
    w = rng.integers(-3, 4, (3, 2, 2, 2)).astype(float)
    b = np.array([0.5, -2.0])
    doc = Document(params=params, setup=setup, x=x, w=w, b=b, pick=(1, 1))
    state = LabState(doc)
    view = show(qtbot, MatrixView(state), (1400, 900))
    # Independent: one block per input channel c of w[c, 1], then + b[1].
    blocks = [naive_matrix(params, w[c, 1]) for c in range(3)]
    m = np.hstack(blocks)
    y = m @ np.concatenate([x[c].ravel() for c in range(3)]) + b[1]
    np.testing.assert_array_equal(view.matrix, m)
    r0, r1 = view.rows_shown
    assert (r0, r1) == (0, m.shape[0])
    np.testing.assert_allclose(view.values("y").ravel(), y)
    np.testing.assert_allclose(view.values("bias").ravel(), np.full(m.shape[0], -2.0))
    np.testing.assert_allclose(state.result.output.ravel(), y)  # the main view's numbers
    assert view.items["bias"].isVisible()
    assert [view.captions[f"block{n}"].text() for n in range(3)] == ["x_c0", "x_c1", "x_c2"]
    # Clicking x_c2's first entry shows channel 2 and selects its cell (0, 0).
    click(qtbot, view, "x", 0, 12)
    assert state.document.pick == (2, 1)
    assert state.selection == ("input", 0, 0)
    assert (0, 12) in view.highlighted("colhead")


def test_matrix_too_wide_shows_a_summary(qtbot) -> None:
    params = core.ConvTParams(input_size=(8, 8), kernel_size=3, stride=2)
    state = LabState(params)
    view = show(qtbot, MatrixView(state))
    rows, cols = 17 * 17, 64
    assert not view.drawn and view.matrix is None
    assert view.stack.currentWidget() is view.summary
    text = view.summary.text()
    nonzeros = len(contributions(params))
    per_row = np.bincount([i * 17 + j for i, j, *_ in contributions(params)], minlength=rows)
    assert f"{rows} \u00d7 {cols}" in text
    assert f"Non-zero entries: {nonzeros}" in text
    assert f"from {per_row.min()} to {per_row.max()}" in text
    assert f"{nonzeros / (rows * cols):.2%}" in text
    state.select(("output", 3, 4))
    assert view.highlighted("matrix") == set()
    assert "Row 55 is y[3,4]" in said(view.info)
    assert state.request(input_size=(2, 2))
    assert view.drawn and view.stack.currentWidget() is view.view


@pytest.mark.parametrize("selection", [("output", 1, 1), ("output", 2, 2), ("input", 0, 0), ("input", 1, 1)])
def test_the_selection_sentence_counts_its_weights(qtbot, selection) -> None:
    """ "it holds n kernel weights, in columns …": n and the listed indices from the scatter loop."""
    state = LabState(LESSON)
    view = show(qtbot, MatrixView(state))
    state.select(selection)
    terms = contributions(LESSON)
    (_, w), (_, ow) = LESSON.input_size, out_shape(LESSON)
    kind, u, v = selection
    if kind == "output":
        found = sorted(r * w + c for i, j, r, c, _a, _b in terms if (i, j) == (u, v))
        head, one, many = f"Row {u * ow + v} is y[{u},{v}]", "in column", "in columns"
    else:
        found = sorted(i * ow + j for i, j, r, c, _a, _b in terms if (r, c) == (u, v))
        head, one, many = f"Column {u * w + v} is x[{u},{v}]", "in row", "in rows"
    text = said(view.info)
    assert head in text
    if len(found) == 1:
        assert f"it holds 1 kernel weight, {one} {found[0]}" in text
    else:
        assert f"it holds {len(found)} kernel weights, {many} {found[0]}" in text


@pytest.mark.parametrize("c_in, c_out, groups, bias, pick, words", [
    # Output channel o of groups g reads the input channels of its group: C_in/g of them,
    # from (o // (C_out/g))·(C_in/g). Written out here for each case.
    (3, 1, 1, False, (0, 0), "y = [C_c0\u1d40 | C_c1\u1d40 | C_c2\u1d40]\u00b7[x_c0; x_c1; x_c2] "
                             "is output channel 0"),
    (4, 4, 4, False, (2, 2), "Output channel 2 reads input channel 2 alone: "
                             "y = C_c2\u1d40\u00b7x_c2."),
    (1, 2, 1, True, (0, 1), "Output channel 1 reads input channel 0 alone: "
                            "y = C_c0\u1d40\u00b7x_c0 + b[1]."),
    (4, 2, 2, True, (2, 1), "y = [C_c2\u1d40 | C_c3\u1d40]\u00b7[x_c2; x_c3] + b[1] is output channel 1"),
    (8, 1, 1, False, (0, 0), "y = [C_c0\u1d40 | C_c1\u1d40 | \u2026 | C_c7\u1d40]"
                             "\u00b7[x_c0; x_c1; \u2026; x_c7] is output channel 0"),
])
def test_the_blocks_sentence_names_the_groups_channels(qtbot, c_in, c_out, groups, bias, pick,
                                                        words) -> None:
    per = c_in // groups
    first = (pick[1] // (c_out // groups)) * per
    assert str(first) in words and str(first + per - 1) in words
    setup = core.ChannelSetup(c_in, c_out, groups, bias)
    doc = Document(params=LESSON, setup=setup, pick=pick)
    view = show(qtbot, MatrixView(LabState(doc)), (1400, 900))
    text = said(view.info)
    assert words in text, text
    if not bias:
        assert "+ b" not in text
