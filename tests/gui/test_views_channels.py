"""Every view shows the main view's output when there are channels, groups and a bias.

The output channel a lesson shows sums the stamps of every input channel of
its group and adds its bias.  Each view is built on a document with three
input channels, two output channels and a bias, and the numbers it paints
(the texts its grid items draw, and the text of an SVG export) are compared
with the naive layer of ``tests.reference``.  The bias is large (1000 and
2000) so that the whole channel's numbers cannot be mistaken for one pair's.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter

import numpy as np
import pytest

from convt_lab import core
from convt_lab.gui.animator import Animator
from convt_lab.gui.io.export import export_png, export_svg
from convt_lab.gui.model.document import Document
from convt_lab.gui.state import LabState
from convt_lab.gui.views.gather_view import GridsView
from convt_lab.gui.views.matrix_view import MatrixView
from convt_lab.gui.views.overlap_view import OverlapView
from convt_lab.gui.views.roundtrip_view import RoundTripPanel
from convt_lab.gui.views.scatter_view import ScatterView
from tests.gui.helpers import show
from tests.reference import contributions, naive_document_output, naive_output, out_len
from tests.gui.helpers import said

PARAMS = core.ConvTParams(input_size=(2, 3), kernel_size=(3, 2), stride=(2, 1), padding=(1, 0))
SETUPS = {
    "3-in-bias": core.ChannelSetup(3, 2, 1, True),
    "groups-2-bias": core.ChannelSetup(4, 2, 2, True),
    "3-in-no-bias": core.ChannelSetup(3, 2, 1, False),
}
SVG = "{http://www.w3.org/2000/svg}"


def document(setup: core.ChannelSetup) -> Document:
    rng = np.random.default_rng(3)
    x = rng.integers(-4, 9, size=(setup.in_channels, *PARAMS.input_size))
    w = rng.integers(-3, 6, size=setup.weight_shape(PARAMS.kernel_size))
    b = 1000.0 * np.arange(1, setup.out_channels + 1)
    pick = (setup.inputs_of(1)[-1], 1)  # not the group's first input: the others come after
    return Document(params=PARAMS, setup=setup, x=x, w=w, b=b, pick=pick)


def label(v: float) -> str:
    assert float(v).is_integer(), v
    return str(int(v))


def painted(item) -> list[list[str]]:
    """The texts a grid item paints, as rows."""
    rows, cols = item.grid_shape
    texts = list(item._texts)
    assert len(texts) == rows * cols
    return [texts[r * cols:(r + 1) * cols] for r in range(rows)]


def labels(a) -> list[list[str]]:
    return [[label(v) for v in row] for row in np.atleast_2d(np.asarray(a))]


#: Room for a view with several channels and its bias column.
SIZE = (1200, 760)


def svg_numbers(path) -> Counter:
    texts = (t.text.strip() for t in ET.parse(path).getroot().iter(f"{SVG}text") if t.text)
    return Counter(t.replace("\u2212", "-") for t in texts)


@pytest.fixture(params=list(SETUPS))
def doc(request) -> Document:
    return document(SETUPS[request.param])


def test_the_documents_differ_from_one_pair(doc) -> None:
    """The check below means something: the whole channel is not the pair's output."""
    o_ = doc.setup.weight_index(*doc.pick)
    pair = naive_output(PARAMS, doc.x[doc.pick[0]], doc.w[o_])
    assert not np.array_equal(pair, naive_document_output(doc))


def test_gather_view_paints_the_whole_channel(qtbot, doc) -> None:
    view = show(qtbot, GridsView(LabState(doc)), SIZE)
    assert painted(view.items["output"]) == labels(naive_document_output(doc))


def test_matrix_view_y_column_is_the_whole_channel(qtbot, doc) -> None:
    state = LabState(doc)
    view = show(qtbot, MatrixView(state), SIZE)
    want = naive_document_output(doc).reshape(-1, 1)
    assert painted(view.items["y"]) == labels(want)


def test_overlap_view_counts_the_taps(qtbot, doc) -> None:
    """Overlap counts how many (x, w) taps land on each cell: the same for every channel."""
    view = show(qtbot, OverlapView(LabState(doc)), SIZE)
    counts = np.zeros(naive_document_output(doc).shape, int)
    for i, j, *_ in contributions(PARAMS):
        counts[i, j] += 1
    assert painted(view.items["overlap"]) == labels(counts)


def test_roundtrip_view_shows_the_output_size(qtbot, doc) -> None:
    """The round trip names the size of the channel every view shows, and its own table row."""
    view = show(qtbot, RoundTripPanel(LabState(doc)), SIZE)
    (h, w), (oh, ow) = PARAMS.input_size, naive_document_output(doc).shape
    assert f"{h}\u00d7{w} \u2192 {oh}\u00d7{ow}" in said(view.shapes)
    for axis, n, size in (("height", 0, oh), ("width", 1, ow)):
        table = view.tables[axis]
        row = int(PARAMS.output_padding[n])  # the rows list op = 0, 1, ...
        assert table.item(row, 0).text() == str(PARAMS.output_padding[n])
        args = [getattr(PARAMS, f)[n] for f in core.FIELDS]
        assert table.item(row, 1).text() == str(out_len(*args)) == str(size)


def test_scatter_view_steps_through_stamps_channels_and_bias(qtbot, doc) -> None:
    state = LabState(doc)
    view = show(qtbot, ScatterView(state), SIZE)
    setup, (ci, co) = doc.setup, doc.pick
    others = [c for c in setup.inputs_of(co) if c != ci]
    assert view.total == doc.x[0].size + len(others) + (1 if setup.bias else 0)
    # The finished sum is the main view's output, and the caption says so.
    want = naive_document_output(doc)
    assert painted(view.items["running"]) == labels(want)
    assert painted(view.items["gather"]) == labels(want)
    assert "= gather output \u2713" in view.captions["running"].text()

    animator = Animator(state)  # the window's would do the same; this view stands alone
    animator.set_track(view.track)
    animator.home()  # frame 0: the empty canvas
    assert view.count == 0 and "\u2713" not in view.captions["running"].text()
    status = view.status.text()
    assert ("bias" in status) == setup.bias and all(str(c) in status for c in others)

    def part(c):
        return naive_output(PARAMS, doc.x[c], doc.w[setup.weight_index(c, co)])

    expected = np.zeros_like(want)
    for n in range(1, view.total + 1):
        animator.step(1)
        assert view.count == n
        stamps = doc.x[0].size
        if n <= stamps:
            cells = [divmod(m, PARAMS.input_size[1]) for m in range(n)]
            expected = naive_output(PARAMS, doc.x[ci], doc.w[setup.weight_index(ci, co)], cells)
            assert state.selection == ("input", *cells[-1])
        elif n - stamps <= len(others):
            c = others[n - stamps - 1]
            expected = expected + part(c)
            assert f"input channel {c}" in view.status.text()
        else:
            expected = expected + doc.b[co]
            assert f"bias b[{co}] = {label(doc.b[co])}" in view.status.text()
        assert painted(view.items["running"]) == labels(expected)
        done = "= gather output \u2713" in view.captions["running"].text()
        assert done == (n == view.total), n
    np.testing.assert_array_equal(expected, want)


VIEWS = ("gather", "scatter", "matrix")


def window_on(qtbot, doc: Document, name: str):
    """The real window showing tab ``name``, as File \u2192 Export draws it."""
    from convt_lab.gui.main_window import MainWindow

    window = show(qtbot, MainWindow(LabState(doc)), (1400, 900))
    window.show_view(name)
    return window


@pytest.mark.parametrize("name", VIEWS)
def test_svg_export_of_each_view_carries_the_whole_channel(qtbot, tmp_path, name) -> None:
    doc = document(SETUPS["3-in-bias"])
    window = window_on(qtbot, doc, name)
    view = window.view(name)
    path = tmp_path / f"{name}.svg"
    export_svg(window, path, size=(1400, 900))
    numbers = svg_numbers(path)
    want = Counter(label(v) for v in naive_document_output(doc).ravel())
    missing = want - numbers
    assert not missing, missing
    # Every big number drawn belongs to the whole channel (or, in the Scatter
    # view, to its uncropped canvas, which carries the bias too).
    allowed = set(want)
    if name == "scatter":
        allowed |= {label(v) for v in view.running_full.ravel()}
    if name == "matrix":  # y = Cᵀx + b writes the bias in its own column
        allowed.add(label(doc.b[doc.pick[1]]))
    big = {t for t in numbers if t.lstrip("-").isdigit() and abs(int(t)) >= 900}
    assert big <= allowed, big - allowed


@pytest.mark.parametrize("name", VIEWS)
def test_png_export_of_each_view_changes_with_the_bias(qtbot, tmp_path, name) -> None:
    """The PNG is drawn from the same items: only a changed bias changes its pixels."""
    from PIL import Image

    doc = document(SETUPS["3-in-bias"])
    window = window_on(qtbot, doc, name)
    export_png(window, tmp_path / "a.png", size=(1200, 800))
    export_png(window, tmp_path / "again.png", size=(1200, 800))
    window.state.apply(doc.replace(b=doc.b + 7))
    export_png(window, tmp_path / "b.png", size=(1200, 800))
    pictures = {}
    for n in ("a", "again", "b"):
        with Image.open(tmp_path / f"{n}.png") as im:
            assert im.size == (1200, 800)
            pictures[n] = im.tobytes()
    assert pictures["a"] == pictures["again"] and pictures["a"] != pictures["b"]


def test_svg_export_of_overlap_and_roundtrip_with_channels(qtbot, tmp_path) -> None:
    doc = document(SETUPS["groups-2-bias"])
    window = window_on(qtbot, doc, "overlap")
    export_svg(window, tmp_path / "overlap.svg", size=(1400, 900))
    counts = Counter()
    for i, j, *_ in contributions(PARAMS):
        counts[(i, j)] += 1
    numbers = svg_numbers(tmp_path / "overlap.svg")
    rows, cols = naive_document_output(doc).shape
    want = Counter(str(counts[(i, j)]) for i in range(rows) for j in range(cols))
    assert not want - numbers, want - numbers
    window.show_view("roundtrip")
    export_svg(window, tmp_path / "roundtrip.svg", size=(1400, 900))
    text = " ".join(svg_numbers(tmp_path / "roundtrip.svg").elements())
    assert f"{rows}\u00d7{cols}" in text


@pytest.mark.parametrize("cin, cout, groups, pick, others", [
    (2, 3, 1, (0, 0), "y[1], y[2] too, each with its own kernel slice."),
    (4, 4, 2, (3, 2), "y[3] too, with its own kernel slice."),
    (2, 2, 2, (1, 1), None),  # one output channel per group: no other receives it
])
def test_an_input_cell_names_its_channel_and_the_outputs_it_reaches(
        make_window, cin, cout, groups, pick, others) -> None:
    """With channels, x[ci][r,c] lands in the output channel shown and, at the same cells, in
    every other output channel of its group (PyTorch: y[o] sums x[c] * w[c, o'] over the
    group's c); the count is of the cells of one channel."""
    window = make_window(core.ConvTParams(input_size=(3, 3), kernel_size=(3, 3), stride=(2, 2)))
    state = window.state
    assert state.set_channels(cin, cout, groups, False)
    assert state.set_pick(*pick)
    state.set_step(4)
    state.select(("input", 1, 0))
    text = window.arithmetic.text()
    ci, co = state.document.pick
    # Input row 1 reaches output rows 2..4 (2 + a), column 0 reaches columns 0..2: 9 cells.
    reached = {(r * 2 + a, 0 * 2 + b) for r in (1,) for a in range(3) for b in range(3)}
    assert text.startswith(f"x[{ci}][1,0] = ") and f"lands on {len(reached)} cells of y[{co}]:" in text
    listed = {tuple(int(v) for v in m) for m in re.findall(rf"y\[{co}\]\[(\d+),(\d+)\] \+=", text)}
    assert listed == reached
    if others is None:
        assert "too" not in text
    else:
        assert text.endswith(others)
