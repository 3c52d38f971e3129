"""The Scatter tab's full canvas and its crop, against the lesson's model written out here.

Per axis the full scatter has ``(H − 1)·s + d·(k − 1) + 1`` rows: ``x[r, c]·w[a, b]``
lands on row ``r·s + a·d``.  Padding crops ``p`` rows from the top, and
output_padding shrinks the bottom crop from ``p`` to ``p − op``; when ``op > p`` the
output reaches ``op − p`` rows of zeros past the full scatter.  So the canvas is
the full scatter plus ``max(0, op − p)`` zero rows, output row ``i`` is canvas row
``i + p``, and the op strip (the output's last ``op`` rows) is painted where the
output is: sums inside the cropped border, zeros past it.

With several channels the captions and the status name the picked pair as the
Lesson tab does: ``x[ci]``, the kernel slice ``w[ci, o mod (C_out/g)]`` and ``y[o]``.
"""

from __future__ import annotations

import numpy as np
import pytest

from convt_lab import core
from convt_lab.gui.model.document import Document
from convt_lab.gui.state import LabState
from convt_lab.gui.views.scatter_view import ScatterView
from tests.gui import helpers
from tests.gui.conftest import drawn_shape
from tests.gui.helpers import DILATED, RECT, show, wait_painted
from tests.reference import group_inputs, naive_full, out_len

CASES = {
    "p1 op1": core.ConvTParams(padding=1, output_padding=1),
    "p1 op2 s3": core.ConvTParams(stride=3, padding=1, output_padding=2),
    "p2 op1": core.ConvTParams(padding=2, output_padding=1),
    "p0 op1": core.ConvTParams(output_padding=1),
    "rect": RECT,
    "dilated": DILATED,
}


def axis(params, n: int) -> dict[str, int]:
    """One axis of the model: the full scatter's length, the crops, and the output's length."""
    size, k, s, p, op, d = (getattr(params, f)[n] for f in core.FIELDS)
    return {
        "scatter": (size - 1) * s + d * (k - 1) + 1,
        "past": max(0, op - p),  # zero rows past the stamps
        "top": p,
        "bottom": max(0, p - op),
        "out": out_len(size, k, s, p, op, d),
        "op": op,
    }


def painted(item) -> list[list[str]]:
    """The texts a grid item paints, as rows."""
    rows, cols = item.grid_shape
    texts = list(item._texts)
    return [texts[r * cols:(r + 1) * cols] for r in range(rows)]


def labels(a: np.ndarray) -> list[list[str]]:
    return [[str(int(v)) for v in row] for row in a]


def colours(qtbot, view, grid: str) -> dict[tuple[int, int], str]:
    """The colour painted a little inside the top-left corner of every cell of a grid."""
    wait_painted(qtbot, view.view)
    image = view.view.grab().toImage()
    item = view.items[grid]
    rows, cols = item.grid_shape
    found = {}
    for r in range(rows):
        for c in range(cols):
            point = view.view.mapFromScene(item.mapToScene(c + 0.2, r + 0.2))
            found[(r, c)] = image.pixelColor(point).name()
    return found


@pytest.mark.parametrize("case", CASES)
def test_full_canvas_is_the_full_scatter_and_the_zeros_past_it(qtbot, case) -> None:
    params = CASES[case]
    state = LabState(params)
    view = show(qtbot, ScatterView(state), (1280, 720))
    h, w = axis(params, 0), axis(params, 1)
    assert h["scatter"] + h["past"] - h["top"] - h["bottom"] == h["out"]
    assert w["scatter"] + w["past"] - w["top"] - w["bottom"] == w["out"]
    shape = (h["scatter"] + h["past"], w["scatter"] + w["past"])
    want = naive_full(params, state.result.x, state.result.weight)
    assert want.shape == shape and not want[h["scatter"]:].any() and not want[:, w["scatter"]:].any()
    assert drawn_shape(view.items["full"]) == shape
    assert painted(view.items["full"]) == labels(want)

    # Kept cells are painted as the output is (the op strip orange); the crop is dimmed.
    theme, shown = view.theme, colours(qtbot, view, "full")
    for (i, j), colour in shown.items():
        oi, oj = i - h["top"], j - w["top"]
        if 0 <= oi < h["out"] and 0 <= oj < w["out"]:
            strip = oi >= h["out"] - h["op"] or oj >= w["out"] - w["op"]
            assert colour == (theme.output_band if strip else theme.output), (i, j, colour)
        else:
            assert colour not in (theme.output, theme.output_band), (i, j, colour)

    # A click on the canvas selects the output cell it becomes; a cropped cell selects nothing.
    last = (h["top"] + h["out"] - 1, w["top"] + w["out"] - 1)
    helpers.click(qtbot, view, "full", *last)
    assert state.selection == ("output", h["out"] - 1, w["out"] - 1)
    assert view.highlighted("full") == {last}
    if h["bottom"]:
        helpers.click(qtbot, view, "full", shape[0] - 1, 0)
        assert state.selection == ("output", h["out"] - 1, w["out"] - 1)


def test_channel_and_bias_steps_fill_the_same_canvas(qtbot) -> None:
    """Three input channels and a bias, op > p on both axes: each step adds its whole canvas."""
    params = core.ConvTParams(input_size=(2, 3), kernel_size=(3, 2), stride=(3, 2), padding=(1, 0),
                              output_padding=(2, 1))
    setup = core.ChannelSetup(3, 1, 1, True)
    rng = np.random.default_rng(5)
    x = rng.integers(-4, 9, size=(3, *params.input_size))
    wts = rng.integers(-3, 6, size=setup.weight_shape(params.kernel_size))
    doc = Document(params=params, setup=setup, x=x, w=wts, b=np.array([100.0]), pick=(1, 0))
    state = LabState(doc)
    view = show(qtbot, ScatterView(state), (1280, 720))
    inputs = group_inputs(3, 1, 1, 0)
    want = sum(naive_full(params, x[c], wts[c, 0]) for c in inputs) + 100.0
    assert want.shape == (1 * 3 + 2 + 1 + 1, 2 * 2 + 1 + 1 + 1)
    assert painted(view.items["full"]) == labels(want)
    view.show_count(view.stamps + 1)  # the picked channel's stamps, then channel 0 whole
    part = naive_full(params, x[1], wts[1, 0]) + naive_full(params, x[0], wts[0, 0])
    assert painted(view.items["full"]) == labels(part)


#: What the Scatter tab calls its grids and its last stamp, with the picked pair's names.
NAMED = {
    "en": {
        "input": "Input {x} 2\u00d72",
        "kernel": "Kernel {w} 3\u00d73",
        "gather": "Gather output {y} 5\u00d75",
        "status": "1 of 4 stamps added; the last one is {x}[0,0] = {v} times the kernel{kernel}, "
                  "its corner at (0, 0) on the full canvas.",
    },
    "zh": {
        "input": "输入 {x} 2\u00d72",
        "kernel": "卷积核 {w} 3\u00d73",
        "gather": "收集式输出 {y} 5\u00d75",
        "status": "已叠加 1 / 4 块；最新一块是 {x}[0,0] = {v} 乘以卷积核{kernel}，"
                  "其左上角位于完整画布的 (0, 0)。",
    },
}


@pytest.mark.parametrize("channels", [(1, 1, 1), (4, 4, 2)])
def test_captions_and_status_name_the_picked_channels(qtbot, language, channels) -> None:
    """C_in = C_out = 4, groups 2, pick (3, 3): input channel 3 with the kernel slice
    w[3, 3 mod (4/2)] = w[3,1], into output channel 3.  One channel: plain x, w and y."""
    c_in, c_out, groups = channels
    state = LabState(core.ConvTParams())
    assert state.set_channels(c_in, c_out, groups, False)
    if c_in > 1:
        assert state.set_pick(3, 3)
        names = {"x": "x[3]", "w": f"w[3,{3 % (c_out // groups)}]", "y": "y[3]"}
    else:
        names = {"x": "x", "w": "w", "y": "y"}
    view = show(qtbot, ScatterView(state), (1280, 720))
    want = {k: v.format(**names) for k, v in NAMED[language].items() if k != "status"}
    for grid, text in want.items():
        assert view.captions[grid].text().split("\n")[0] == text, view.captions[grid].text()
    view.show_count(1)
    v = int(state.result.x[0, 0])
    kernel = f" {names['w']}" if c_in > 1 else ""
    status = NAMED[language]["status"].format(x=names["x"], v=v, kernel=kernel)
    assert view.status.text() == status, view.status.text()
