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
    view = show(qtbot, MatrixView(state), (1200, 1000))
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
    view = show(qtbot, MatrixView(state), (1400, 1100))
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


WIDE = {"8x8 k3 s2": core.ConvTParams(input_size=8, kernel_size=3, stride=2),  # Cᵀ 289×64
        "16x16 k5 s3": core.ConvTParams(input_size=16, kernel_size=5, stride=3)}  # Cᵀ 2500×256


@pytest.mark.parametrize("case", WIDE)
def test_a_wide_matrix_shows_a_window_of_rows_and_columns(qtbot, language, case) -> None:
    """Too wide and too tall for readable cells: a window of Cᵀ with x and y cut alike,
    around the selected output cell's weights, and the whole matrix's facts as text."""
    params = WIDE[case]
    state = LabState(params)
    view = show(qtbot, MatrixView(state), (980, 420))  # the tab's area in a 1280×720 window
    wt = state.result
    (h, wd), (oh, ow) = params.input_size, out_shape(params)
    rows, cols = oh * ow, h * wd
    m = naive_matrix(params, wt.weight)
    y = m @ wt.x.ravel()
    terms = contributions(params)
    for cell in [(oh // 2, ow // 2), (oh - 1, ow - 1), (1, 0)]:
        state.select(("output", *cell))
        k = cell[0] * ow + cell[1]
        (r0, r1), (c0, c1) = view.rows_shown, view.cols_shown
        assert view.drawn and c1 - c0 < cols and r1 - r0 < rows
        assert r0 <= k < r1
        sources = {r * wd + c for i, j, r, c, _, _ in terms if (i, j) == cell}
        assert sources and c0 <= min(sources) and max(sources) < c1  # every weight of the row
        assert view.highlighted("matrix") == {(k, q) for q in sources}
        assert view.highlighted("x") == {(0, q) for q in sources}
        np.testing.assert_array_equal(view.values("matrix"), m[r0:r1, c0:c1])
        np.testing.assert_array_equal(view.values("x").ravel(), wt.x.ravel()[c0:c1])
        np.testing.assert_array_equal(view.values("y").ravel(), y[r0:r1])
        np.testing.assert_array_equal(view.values("colhead").ravel(), np.arange(c0, c1))
        np.testing.assert_array_equal(view.values("rowhead").ravel(), np.arange(r0, r1))
        caption, info = view.captions["matrix"].text(), said(view.info)
        assert f"{r0}\u2013{r1 - 1}" in caption and f"{c0}\u2013{c1 - 1}" in caption, caption
        assert f"{rows}\u00d7{cols}" in caption, caption
        if language == "en":
            assert f"rows {r0}\u2013{r1 - 1}, columns {c0}\u2013{c1 - 1} shown" in caption
            assert f"Rows {r0} to {r1 - 1} of {rows}, columns {c0} to {c1 - 1} of {cols} are shown"\
                in info, info
        else:
            assert f"\u7b2c {c0}\u2013{c1 - 1} \u5217" in caption, caption  # 第 c0–c1 列
            assert f"\u7b2c {c0} \u5230 {c1 - 1} \u5217" in info, info
    # Numbers at a readable size: at least 11 px at 0.45 of the cell (10.5 for rounding).
    assert view.number_px("matrix") >= 10.5 and view.number_px("y") >= 10.5
    # The whole matrix's facts, from the definition.
    nonzeros = len(terms)
    per_row = np.bincount([i * ow + j for i, j, *_ in terms], minlength=rows)
    assert f"{rows} \u00d7 {cols} = {rows * cols}" in info, info
    assert f"{nonzeros}" in info and f"{nonzeros / (rows * cols):.2%}" in info, info
    if language == "en":
        assert f"Non-zero entries: {nonzeros}" in info
        assert f"from {per_row.min()} to {per_row.max()}" in info
    # A click on a drawn x entry selects the input cell of its column; the window keeps it.
    c0 = view.cols_shown[0]
    click(qtbot, view, "x", 0, 2)
    q = c0 + 2
    assert state.selection == ("input", q // wd, q % wd)
    assert view.cols_shown[0] <= q < view.cols_shown[1]
    assert view.highlighted("x") == {(0, q)}
    # A small input is drawn whole again, without the window's words.
    assert state.request(input_size=(2, 2))
    assert view.cols_shown == (0, 4) and view.rows_shown[1] - view.rows_shown[0] >= 3
    assert f"{cols}" not in view.captions["matrix"].text()


def test_a_window_across_channel_blocks_names_them(qtbot, language) -> None:
    """Three input channels of a 4×4 input: 48 columns, a window that meets two blocks,
    each labelled over its first drawn column; x_c1's entries select in channel 1."""
    params = core.ConvTParams(input_size=4, kernel_size=3, stride=2)
    setup = core.ChannelSetup(3, 1, 1, False)
    rng = np.random.default_rng(5)
    x = rng.integers(-3, 4, (3, 4, 4)).astype(float)
    w = rng.integers(1, 9, (3, 1, 3, 3)).astype(float)
    doc = Document(params=params, setup=setup, x=x, w=w, b=np.zeros(1), pick=(0, 0))
    state = LabState(doc)
    view = show(qtbot, MatrixView(state), (980, 420))
    m = np.hstack([naive_matrix(params, w[c, 0]) for c in range(3)])
    stacked = np.concatenate([x[c].ravel() for c in range(3)])
    state.select(("output", 4, 4))
    (r0, r1), (c0, c1) = view.rows_shown, view.cols_shown
    assert c1 - c0 < 48 and c0 < 16 < c1  # the band runs from block c0 into block c1
    np.testing.assert_array_equal(view.values("matrix"), m[r0:r1, c0:c1])
    np.testing.assert_array_equal(view.values("x").ravel(), stacked[c0:c1])
    np.testing.assert_array_equal(view.values("y").ravel(), (m @ stacked)[r0:r1])
    np.testing.assert_array_equal(view.values("colhead").ravel(), np.arange(c0, c1) % 16)
    heads = view.items["colhead"].pos().x()
    shown = [view.captions[f"block{n}"] for n in range(3) if f"block{n}" in view.captions]
    named = {c.text(): c.pos().x() - heads for c in shown if c.isVisible()}
    assert named == {"x_c0": 0.0, "x_c1": 16.0 - c0}, named
    click(qtbot, view, "x", 0, 16 - c0)  # x_c1[0, 0]
    assert state.document.pick == (1, 0) and state.selection == ("input", 0, 0)
    assert view.highlighted("x") == {(0, 16)}


def test_long_values_keep_readable_numbers_in_the_matrix_and_y(qtbot) -> None:
    """Weights like 3.33e+03: the cells grow so the numbers stay about 11 px, and y's
    sums are written (rounded where needed), never "…"."""
    from convt_lab.gui.items.cells import ELIDED, cell_label
    from convt_lab.gui.items.grid_item import number_px

    w = np.full((1, 1, 3, 3), 3333.33) + np.arange(9).reshape(1, 1, 3, 3)
    x = np.array([[[1.5, -2.0], [3.0, 4.25]]])
    doc = Document(params=LESSON, x=x, w=w)
    state = LabState(doc)
    view = show(qtbot, MatrixView(state), (980, 420))
    r0, r1 = view.rows_shown
    m = naive_matrix(LESSON, w[0, 0])
    y = m @ x.ravel()
    np.testing.assert_allclose(view.values("y").ravel(), y[r0:r1])
    cell = view.cell_pixels("matrix")
    assert cell == view.cell_pixels("y")
    # The drawn labels: exact when they fit, else rounded to 5 characters.
    for value in [*m[r0:r1].ravel(), *y[r0:r1]]:
        assert cell_label(value, 5)[0] != ELIDED, value
    assert number_px(cell, 5) >= 10.5, cell


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
