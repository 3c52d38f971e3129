"""The deeper views under real clicks: scatter, matrix, overlap and round trip.

Every highlight and number is compared with a definition written out below
(the scatter loop of PyTorch's ``ConvTranspose2d`` docs, and Conv2d's size by
counting kernel positions), never with the engine's own output alone.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PIL import Image

from convt_lab import core
from convt_lab.gui.state import LabState
from convt_lab.gui.views import VIEW_MODULES, view_class
from convt_lab.gui.views.matrix_view import MatrixView  # its own tests: test_matrix_view.py
from convt_lab.gui.views.overlap_view import OverlapView
from convt_lab.gui.views.practice_view import PracticeView
from convt_lab.gui.views.roundtrip_view import RoundTripPanel
from convt_lab.gui.views.plan_view import PlanView
from convt_lab.gui.views.scatter_view import ScatterView
from convt_lab.gui.views.subpixel_view import SubpixelView
from convt_lab.gui.views.transposed_view import TransposedView
from tests.gui import helpers
from tests.gui.helpers import DILATED, LESSON, RECT, show, wait_painted
from tests.reference import axis_counts, contributions, naive_full, out_len
from tests.reference import naive_output as naive_scatter
from tests.gui.helpers import said

VIEWS = {name: view_class(name) for name in VIEW_MODULES}

CASES = {"lesson": LESSON, "rect": RECT, "dilated": DILATED}


# -- the definitions, written out ------------------------------------------------
def conv2d_len(n: int, k: int, s: int, p: int, d: int) -> int:
    """Conv2d's size: the kernel positions 0, s, 2s, ... whose last tap fits in n + 2p."""
    count, start = 0, 0
    while start + d * (k - 1) < n + 2 * p:
        count, start = count + 1, start + s
    return count


def axis_args(params: core.ConvTParams, axis: int) -> tuple[int, ...]:
    return tuple(
        getattr(params, f)[axis]
        for f in ("input_size", "kernel_size", "stride", "padding", "output_padding", "dilation")
    )


# -- a user with a mouse ------------------------------------------------------------
def click(qtbot, widget, grid: str, row: int, col: int) -> None:
    """A real left click at the centre of a cell, which must be where its item maps it."""
    wait_painted(qtbot, widget.view)
    item = widget.items[grid]
    assert widget.view.mapFromScene(item.mapToScene(col + 0.5, row + 0.5)) == widget.cell_centre(
        grid, row, col
    )
    helpers.click(qtbot, widget, grid, row, col)


def make(qtbot, cls, params: core.ConvTParams, size=(1100, 700)):
    state = LabState(params)
    return state, show(qtbot, cls(state), size)


def test_registry_names_every_view() -> None:
    assert VIEWS == {
        "scatter": ScatterView,
        "matrix": MatrixView,
        "overlap": OverlapView,
        "roundtrip": RoundTripPanel,
        "practice": PracticeView,
        "transposed": TransposedView,
        "subpixel": SubpixelView,
        "plan": PlanView,
    }


# -- scatter ------------------------------------------------------------------------
@pytest.mark.parametrize("case", CASES)
def test_scatter_input_click_outlines_the_stamp_and_footprint(qtbot, case) -> None:
    params = CASES[case]
    state, view = make(qtbot, ScatterView, params)
    terms = contributions(params)
    (sh, sw), (dh, dw) = params.stride, params.dilation
    kh, kw = params.kernel_size
    for r, c in [(0, 0), (params.input_size[0] - 1, params.input_size[1] - 1), (1, 1)]:
        click(qtbot, view, "input", r, c)
        assert state.selection == ("input", r, c)
        assert view.highlighted("input") == {(r, c)}
        footprint = {(i, j) for i, j, rr, cc, _, _ in terms if (rr, cc) == (r, c)}
        assert view.highlighted("running") == footprint
        assert view.highlighted("gather") == footprint
        stamp = {(r * sh + a * dh, c * sw + b * dw) for a in range(kh) for b in range(kw)}
        assert view.highlighted("full") == stamp
        assert view.highlighted("kernel") == {(a, b) for a in range(kh) for b in range(kw)}


@pytest.mark.parametrize("case", CASES)
def test_scatter_output_clicks_select_and_show_sources(qtbot, case) -> None:
    params = CASES[case]
    state, view = make(qtbot, ScatterView, params)
    terms = contributions(params)
    oh, ow = state.result.output.shape
    (ph, pw) = params.padding
    for grid, (i, j) in [("gather", (0, 0)), ("running", (oh - 1, ow - 1)), ("gather", (oh // 2, ow // 2))]:
        click(qtbot, view, grid, i, j)
        assert state.selection == ("output", i, j)
        assert view.highlighted("input") == {(r, c) for ii, jj, r, c, _, _ in terms if (ii, jj) == (i, j)}
        assert view.highlighted("full") == {(i + ph, j + pw)}
    # The full canvas inside the crop selects the output cell it becomes.
    click(qtbot, view, "full", ph + 1, pw)
    assert state.selection == ("output", 1, 0)
    if ph:  # a cropped border cell is not an output cell: nothing changes
        click(qtbot, view, "full", 0, 0)
        assert state.selection == ("output", 1, 0)


@pytest.mark.parametrize("case", CASES)
def test_scatter_animation_ends_at_the_gather_output(make_window, qtbot, case) -> None:
    """The window's animation bar plays the stamps while the Scatter tab is on top."""
    params = CASES[case]
    window = make_window(params)
    window.show_view("scatter")
    state, view, bar = window.state, window.views["scatter"], window.animation
    x, w = state.result.x, state.result.weight
    qtbot.mouseClick(bar.home, Qt.MouseButton.LeftButton)  # frame 0: the empty canvas
    assert view.count == 0 and not view.running.any()
    assert "\u2713" not in view.captions["running"].text()
    # Two steps by hand: the first two input cells in reading order.
    for n in (1, 2):
        qtbot.mouseClick(bar.forward, Qt.MouseButton.LeftButton)
        cells = {divmod(m, params.input_size[1]) for m in range(n)}
        np.testing.assert_array_equal(view.running, naive_scatter(params, x, w, cells))
        assert state.selection == ("input", *divmod(n - 1, params.input_size[1]))
        assert bar.position.text() == f"stamp {n} / {x.size}"
    # Then play to the end.
    window.animator.set_speed(60)
    qtbot.mouseClick(bar.play, Qt.MouseButton.LeftButton)
    assert window.animator.playing
    qtbot.waitUntil(lambda: view.count == view.total and not window.animator.playing,
                    timeout=5000)
    np.testing.assert_array_equal(view.running, state.result.output)
    np.testing.assert_array_equal(view.running, naive_scatter(params, x, w))
    np.testing.assert_array_equal(view.running_full, naive_full(params, x, w))
    np.testing.assert_array_equal(view.values("gather"), naive_scatter(params, x, w))
    assert view.matches_gather()
    assert "= gather output \u2713" in view.captions["running"].text()
    assert bar.slider.value() == bar.slider.maximum() == view.total


def test_scatter_with_fractional_values_still_matches(qtbot) -> None:
    state, view = make(qtbot, ScatterView, RECT)
    rng = np.random.default_rng(7)
    assert state.set_values(x=rng.normal(size=RECT.input_size), w=rng.normal(size=RECT.kernel_size))
    assert view.count == view.total  # a new result shows the finished sum
    np.testing.assert_allclose(view.running, naive_scatter(RECT, state.result.x, state.result.weight))
    assert view.matches_gather()
    view.track.show(3)
    assert view.count == 3 and not view.matches_gather()
    assert "3 of 12" in view.captions["running"].text()


# -- overlap ------------------------------------------------------------------------
@pytest.mark.parametrize("case", CASES)
def test_overlap_numbers_and_clicks(qtbot, case) -> None:
    params = CASES[case]
    state, view = make(qtbot, OverlapView, params)
    rows, cols = axis_counts(*axis_args(params, 0)), axis_counts(*axis_args(params, 1))
    np.testing.assert_array_equal(view.values("overlap"), np.outer(rows, cols))
    np.testing.assert_array_equal(view.values("rows").ravel(), rows)
    np.testing.assert_array_equal(view.values("cols").ravel(), cols)
    oh, ow = len(rows), len(cols)
    for i, j in [(0, 0), (oh - 1, ow - 1), (oh // 2, ow // 3)]:
        click(qtbot, view, "overlap", i, j)
        assert state.selection == ("output", i, j)
        assert view.highlighted("overlap") == {(i, j)}
        assert view.highlighted("rows") == {(i, 0)}
        assert view.highlighted("cols") == {(0, j)}
    state.select(("input", 1, 1))
    terms = contributions(params)
    assert view.highlighted("overlap") == {(i, j) for i, j, r, c, _, _ in terms if (r, c) == (1, 1)}


def interior_counts(n, k, s, p, op, d) -> set[int]:
    """Counts at output indices where every tap can meet an input."""
    counts = axis_counts(n, k, s, p, op, d)
    return {
        counts[i]
        for i in range(len(counts))
        if all(0 <= i + p - a * d <= (n - 1) * s for a in range(k))
    }


@pytest.mark.parametrize(
    ("params", "height", "width"),
    [
        # k=3, s=2 on both axes: the checkerboard.
        (core.ConvTParams(input_size=6, kernel_size=3, stride=2), "checkerboard", "checkerboard"),
        # k=4, s=2 on the width axis: even; the height's alternating counts make stripes.
        (
            core.ConvTParams(input_size=6, kernel_size=(3, 4), stride=2, padding=(0, 1)),
            "horizontal stripes",
            "even",
        ),
        # d=2 and s=2 share a factor: holes on the height axis; k=2 < s=3 leaves holes too.
        (
            core.ConvTParams(input_size=(5, 8), kernel_size=(3, 2), stride=(2, 3), dilation=(2, 1)),
            "holes",
            "holes",
        ),
        # Too short to repeat: the lesson's 2x2 input.
        (LESSON, "too short", "too short"),
    ],
)
def test_overlap_explanation_follows_the_parameters(qtbot, params, height, width) -> None:
    _state, view = make(qtbot, OverlapView, params)
    lines = said(view.explanation).split("\n")
    if axis_args(params, 0) == axis_args(params, 1):  # the same numbers are told once
        assert lines[0].startswith("Both axes") and len(lines) == 2
        lines = [lines[0], lines[0], lines[1]]
    else:
        assert lines[0].startswith("Height") and lines[1].startswith("Width")
    for axis, line, kind in ((0, lines[0], height), (1, lines[1], width)):
        n, k, s, p, op, d = axis_args(params, axis)
        inner = interior_counts(n, k, s, p, op, d)
        assert kind in line, line
        if kind == "even":
            assert inner == {k // s} and f"gets {k // s} taps" in line
        elif kind in ("checkerboard", "horizontal stripes", "holes"):
            assert len(inner) > 1
            assert all(str(v) in line.split("alternate")[1] for v in inner), line
            assert (0 in inner) == (kind == "holes")
        else:
            assert ", ".join(map(str, axis_counts(n, k, s, p, op, d))) in line
    rows, cols = axis_counts(*axis_args(params, 0)), axis_counts(*axis_args(params, 1))
    distinct = sorted({a * b for a in rows for b in cols})
    assert ", ".join(map(str, distinct)) in lines[2]


@pytest.mark.parametrize("params", [
    core.ConvTParams(input_size=2, kernel_size=3, stride=1, dilation=2, output_padding=1),
    core.ConvTParams(input_size=2, kernel_size=3, stride=1, dilation=3, output_padding=2),
    core.ConvTParams(input_size=2, kernel_size=3, stride=1, dilation=2),
])
def test_overlap_text_of_an_input_too_short_for_any_full_cell(qtbot, params) -> None:
    """No cell meets every tap: the counts are low everywhere, and op's zeros are named as such."""
    _state, view = make(qtbot, OverlapView, params)
    n, k, s, p, op, d = axis_args(params, 0)
    assert not interior_counts(n, k, s, p, op, d)  # the case: no cell sees the whole kernel
    counts = axis_counts(n, k, s, p, op, d)
    line = said(view.explanation).split("\n")[0]
    assert ("no cell lies where the whole kernel meets the input (the input is too short)" in line
            and "fewer near the edges" not in line), line
    assert "the counts are " + ", ".join(map(str, counts)) + "." in line
    zeros = len(counts) - len("".join(map(str, counts)).rstrip("0"))
    if op and zeros:
        assert (f"The last {zeros} zeros" if zeros > 1 else "The last 0 is") in line
        assert "output_padding's strip" in line
    else:
        assert "output_padding" not in line


def steady_counts(n, k, s, p, op, d):
    """Each output cell's taps where the whole kernel meets the input: its phase's count."""
    return [sum(1 for a in range(k) if (i + p - a * d) % s == 0)
            for i in range(len(axis_counts(n, k, s, p, op, d)))]


@pytest.mark.parametrize("params", [
    core.ConvTParams(2, 3, 3, 0),  # every cell gets exactly 1 tap: even, nothing fewer
    core.ConvTParams(2, 3, 5, 0),  # holes in the middle, the edge cells at the most
    core.ConvTParams(1, 2, 2, 0),  # k/s = 1 everywhere: no "but"
    core.ConvTParams(4, 2, 1, 4, 2, 3),  # the input meets the whole kernel, padding crops it
    core.ConvTParams(3, 3, 2, 0),  # the input's ends do cut taps
])
def test_overlap_says_fewer_or_short_only_where_the_counts_show_it(qtbot, params) -> None:
    _state, view = make(qtbot, OverlapView, params)
    n, k, s, p, op, d = axis_args(params, 0)
    counts, steady = axis_counts(n, k, s, p, op, d), steady_counts(n, k, s, p, op, d)
    line = said(view.explanation).split("\n")[0]
    cut = [c < t for c, t in zip(counts, steady)]
    if "fewer near the edges" in line or "away from the edges" in line:  # only where true
        assert any(cut) and interior_counts(n, k, s, p, op, d), line
    short = d * (k - 1) > (n - 1) * s  # no cell of the uncropped result meets the whole kernel
    assert ("too short" in line) == (any(cut) and short), line
    assert ("crops away" in line or "padding p =" in line) == (
        any(cut) and not short and not interior_counts(n, k, s, p, op, d)), line
    if not any(cut) and len(set(counts)) == 1:
        assert f"every cell gets {'exactly 1 tap' if counts[0] == 1 else f'{counts[0]} taps'}" in line
    assert ("holes" in line) == (0 in counts and not any(cut)), line


# -- round trip ---------------------------------------------------------------------
@pytest.mark.parametrize("case", CASES)
def test_roundtrip_tables_match_brute_force(qtbot, case) -> None:
    params = CASES[case]
    state, view = make(qtbot, RoundTripPanel, params, size=(1000, 500))
    for axis, name in enumerate(("height", "width")):
        n, k, s, p, op_now, d = axis_args(params, axis)
        table = view.tables[name]
        assert table.rowCount() == max(s, d) + 1
        preimage = [m for m in range(1, 201) if conv2d_len(m, k, s, p, d) == n]
        assert len(preimage) == s
        for row in range(table.rowCount()):
            size = out_len(n, k, s, p, row, d)
            back = conv2d_len(size, k, s, p, d) if size >= 1 else None
            valid = row < s or row < d  # the column of the op rule ("op < s or op < d")
            cells = [table.item(row, c).text() for c in range(5)]
            assert cells[0] == str(row)
            assert cells[1] == str(size)
            assert cells[2] == ("\u2014" if back is None else str(back))
            assert cells[3] == ("\u2713" if valid else "\u2717")
            assert cells[4] == ("\u2713" if back == n else "\u2717")
            assert (size in preimage) == (back == n)
        assert view.highlighted(name) == {(op_now, c) for c in range(5)}
        if s > 1:
            words = " and ".join([", ".join(map(str, preimage[:-1])), str(preimage[-1])])
            assert f"maps {words} to {n}" in said(view.texts[name])


def test_roundtrip_a_row_refused_for_its_size_is_not_blamed_on_op(qtbot) -> None:
    """Input 1, k 1, s 3, p 1: op = 0 gives (1 − 1)·3 − 2 + 0 + 0 + 1 = −1 rows. op = 0 keeps
    the rule (0 < 3); PyTorch refuses the layer for its size, and the row says so."""
    params = core.ConvTParams((1, 1), (1, 1), (3, 3), (1, 1), (2, 2), (1, 1))
    assert out_len(1, 1, 3, 1, 0, 1) == -1 and 0 < 3
    _state, view = make(qtbot, RoundTripPanel, params, size=(1000, 500))
    table = view.tables["height"]
    assert table.item(0, 1).text() == "-1"
    assert table.item(0, 3).text() == "\u2713"
    assert table.item(0, 3).toolTip() == (
        "PyTorch refuses this layer: its output size would be -1, less than 1")
    assert table.item(3, 3).text() == "\u2717"  # op = 3: not < s = 3, not < d = 1
    assert table.item(3, 3).toolTip() == "PyTorch refuses this output_padding"


def test_roundtrip_lesson_sentence_and_shapes(qtbot) -> None:
    _state, view = make(qtbot, RoundTripPanel, LESSON)
    assert said(view.texts["height"]).startswith(
        "Conv2d(k=3, s=2, p=0) maps 5 and 6 to 2: output_padding=0 picks 5, output_padding=1 picks 6."
    )
    assert "2\u00d72 \u2192 5\u00d75" in said(view.shapes)
    assert "5\u00d75 \u2192 2\u00d72 \u2713" in said(view.shapes)


def test_roundtrip_click_picks_output_padding(qtbot) -> None:
    state, view = make(qtbot, RoundTripPanel, LESSON, size=(1000, 500))
    table = view.tables["height"]
    point = table.visualItemRect(table.item(1, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert state.params.output_padding == (1, 0)
    assert state.result.output.shape == (6, 5)
    assert view.highlighted("height") == {(1, c) for c in range(5)}
    assert "6\u00d75 \u2192 2\u00d72 \u2713" in said(view.shapes)
    state.undo_stack.undo()
    assert view.highlighted("height") == {(0, c) for c in range(5)}
    # The refused row: the state keeps the parameters and reports the rule.
    point = table.visualItemRect(table.item(2, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert state.params.output_padding == (0, 0)
    assert state.problem is not None and state.problem.rule == "output_padding"


# -- every view ---------------------------------------------------------------------
@pytest.mark.parametrize("name", VIEWS)
@pytest.mark.parametrize("case", CASES)
def test_views_resize_and_render(qtbot, tmp_path, name, case) -> None:
    state, view = make(qtbot, VIEWS[name], CASES[case])
    state.select(("output", 0, 0))
    assert view.minimumSizeHint().width() <= 420 and view.minimumSizeHint().height() <= 320
    for size in ((420, 320), (1600, 900), (900, 600)):
        view.resize(*size)
        qtbot.waitUntil(lambda s=size: (view.width(), view.height()) == s, timeout=2000)
        if hasattr(view, "view"):
            wait_painted(qtbot, view.view)
            visible = view.view.viewport().rect()
            for item in view.items.values():
                rect = item.mapRectToScene(item.boundingRect())
                shown = view.view.mapFromScene(rect).boundingRect()
                assert visible.adjusted(-2, -2, 2, 2).contains(shown), (name, size, item.name)
    path = tmp_path / f"{name}.png"
    assert view.grab().save(str(path))
    image = np.asarray(Image.open(path).convert("RGB"))
    assert image.shape[:2] == (600, 900)
    assert len(np.unique(image.reshape(-1, 3), axis=0)) > 8  # drawn, not blank


def test_views_follow_a_new_result(qtbot) -> None:
    state = LabState(LESSON)
    views = {name: show(qtbot, cls(state)) for name, cls in VIEWS.items()}
    state.select(("output", 4, 4))
    assert state.request(input_size=(3, 3), stride=(1, 1), padding=(1, 1))
    oh, ow = state.result.output.shape
    assert (oh, ow) == (3, 3)
    assert views["overlap"].values("overlap").shape == (3, 3)
    assert views["matrix"].values("matrix").shape == (9, 9)
    assert views["scatter"].values("gather").shape == (3, 3)
    assert state.selection is None  # (4, 4) no longer exists
    assert all(not v.highlighted(g) for v, g in [(views["overlap"], "overlap"), (views["matrix"], "matrix")])
    assert views["roundtrip"].highlighted("height") == {(0, c) for c in range(5)}
    assert views["roundtrip"].tables["height"].rowCount() == 2  # op 0 and the refused op 1
