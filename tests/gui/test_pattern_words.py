"""What the Overlap and Sub-pixel tabs call the pattern, against counts worked out here.

Along one axis, input r with tap a lands on output ``i = r·s + a·d − p``;
output phase q (rows ``i ≡ q mod s``) gets the taps a with
``a·d ≡ q + p (mod s)``.  Counts that alternate along both axes make a
checkerboard, along one axis only stripes (horizontal when the rows differ,
vertical when the columns do), and phases with no tap leave holes.  Each
reason is said for the axis it holds on.
"""

from __future__ import annotations

import pytest

from convt_lab import core
from convt_lab.gui.state import LabState
from convt_lab.gui.views.overlap_view import OverlapView
from convt_lab.gui.views.subpixel_view import SubpixelView
from tests.gui.conftest import drawn_shape
from tests.gui.helpers import show
from tests.reference import axis_counts
from tests.gui.helpers import said


def phase_taps(k, s, p, d):
    return [sum(1 for a in range(k) if (a * d - q - p) % s == 0) for q in range(s)]


def alternates(n, k, s, p, d, op):
    """Whether the counts of the indices every tap can reach vary with period s."""
    counts = axis_counts(n, k, s, p, op, d)
    inner = [c for i, c in enumerate(counts) if i + p >= d * (k - 1) and i + p <= (n - 1) * s]
    return len(inner) >= s and len(set(inner[:s])) > 1


CASES = {
    # name: (input, kernel, stride, dilation, padding)
    "rect 4x4 k2x5 s2x3": ((4, 4), (2, 5), (2, 3), (1, 1), (0, 0)),
    "rows only: k3 s(2,1)": ((4, 4), (3, 3), (2, 1), (1, 1), (0, 0)),
    "both: 5x5 k3 s2": ((5, 5), (3, 3), (2, 2), (1, 1), (0, 0)),
    "cols only: k(4,3) s2": ((5, 5), (4, 3), (2, 2), (1, 1), (0, 0)),
}


def params_of(case):
    size, k, s, d, p = case
    return core.ConvTParams(input_size=size, kernel_size=k, stride=s, dilation=d, padding=p)


@pytest.mark.parametrize("name", list(CASES))
def test_overlap_names_checkerboard_or_stripes(qtbot, name) -> None:
    size, k, s, d, p = CASES[name]
    alt = [alternates(size[a], k[a], s[a], p[a], d[a], 0) for a in range(2)]
    view = show(qtbot, OverlapView(LabState(params_of(CASES[name]))))
    text = said(view.explanation)
    if all(alt):
        assert "checkerboard" in text and "stripes" not in text, text
    elif alt[0]:
        assert "horizontal stripes" in text and "checkerboard" not in text, text
    elif alt[1]:
        assert "vertical stripes" in text and "checkerboard" not in text, text
    else:
        assert "stripes" not in text and "checkerboard" not in text, text


@pytest.mark.parametrize("name", list(CASES))
def test_subpixel_names_the_pattern_and_the_axis(qtbot, name) -> None:
    size, k, s, d, p = CASES[name]
    uneven = [len(set(phase_taps(k[a], s[a], p[a], d[a]))) > 1 for a in range(2)]
    view = show(qtbot, SubpixelView(LabState(params_of(CASES[name]))))
    text = said(view.explanation)
    assert any(uneven)
    line = next(ln for ln in text.split("\n") if ln.startswith("Uneven"))
    if all(uneven):
        assert "checkerboard" in line and "stripes" not in line, line
    else:
        axis = 0 if uneven[0] else 1
        assert ("horizontal stripes" if axis == 0 else "vertical stripes") in line, line
        assert ("in height" if axis == 0 else "in width") in line, line
        assert f"k = {k[axis]} is not a multiple of s = {s[axis]}" in line, line
        # The even axis is not blamed.
        other = 1 - axis
        assert f"k = {k[other]} is not a multiple of s = {s[other]}" not in line or (
            k[other], s[other]) == (k[axis], s[axis]), line


def test_subpixel_blames_the_shared_factor_not_k(qtbot) -> None:
    """k = 4 is a multiple of s = 2; with d = 2 the taps miss every other phase."""
    params = core.ConvTParams(input_size=(4, 4), kernel_size=(4, 4), dilation=(2, 2))
    assert phase_taps(4, 2, 0, 2) == [4, 0]
    text = said(show(qtbot, SubpixelView(LabState(params))).explanation)
    assert "d = 2 and s = 2 share the factor 2" in text and "holes" in text
    assert "k = 4 is not a multiple" not in text


def test_stride_one_on_a_short_input_claims_no_full_window(qtbot) -> None:
    """2x2 input, d = 2, k = 3: the dilated kernel spans 5 cells, the input 2, so every
    output cell meets at most one tap per axis; nothing 'uses all 9 taps'."""
    params = core.ConvTParams(input_size=(2, 2), stride=(1, 1), dilation=(2, 2),
                              output_padding=(1, 1))
    counts = axis_counts(2, 3, 1, 0, 1, 2)
    assert max(counts) < 3
    view = show(qtbot, SubpixelView(LabState(params)))
    text = said(view.explanation)
    assert "uses all 9 taps" not in text and "too short" in text, text
    assert view.captions["output"].text().endswith("1 phase"), view.captions["output"].text()
    long = core.ConvTParams(input_size=(5, 5), stride=(1, 1))
    assert max(axis_counts(5, 3, 1, 0, 0, 1)) == 3
    text = show(qtbot, SubpixelView(LabState(long))).explanation.text()
    assert "uses all 9 taps" in text


#: The crop line of the scatter sum when op ≠ 0: p at the top/left, max(0, p − op) at the bottom/right.
CROP_SIDES = {
    "en": "cropped {t} at top/left,\n{b} at bottom/right",
    "zh": "上方和左侧裁掉 {t}，\n下方和右侧裁掉 {b}",
}


@pytest.mark.parametrize(("s", "p", "op"), [(2, 2, 0), (2, 2, 1), (2, 1, 1), (3, 1, 2), (2, 0, 1)])
def test_scatter_canvas_caption_names_op_past_p(qtbot, language, s, p, op) -> None:
    """The full canvas is (H−1)s + d(k−1) + 1 + max(0, op − p): the zeros op adds past the
    stamps are named only when op > p; the crop takes p at the top/left and p − op at the
    bottom/right."""
    from convt_lab.gui.views.scatter_view import ScatterView

    params = core.ConvTParams(input_size=(4, 4), stride=(s, s), padding=(p, p),
                              output_padding=(op, op))
    view = show(qtbot, ScatterView(LabState(params)))
    scatter = (4 - 1) * s + 1 * (3 - 1) + 1
    side = scatter + max(0, op - p)
    text = view.captions["full"].text()
    assert f"{side}\u00d7{side}" in text, text
    formula = f"(4\u22121)\u00b7{s} + 1\u00b7(3\u22121) + 1"
    if op > p:
        name = "op" if p == 0 else "op\u2212p"
        assert text.endswith(f"{formula}\n+ {op - p} ({name}) = {side}"), text
    else:
        assert "(op" not in text and text.endswith(f"{formula} = {side}"), text
    crop = view.captions["running"].text()
    if op and p:
        want = CROP_SIDES[language].format(t=p, b=max(0, p - op))
        assert want in crop, crop


#: The same when the axes differ: each side on its own.
CROP_EACH_SIDE = {
    "en": "cropped top {t}, left {l},\nbottom {b}, right {r}",
    "zh": "上方裁掉 {t}，左侧裁掉 {l}，\n下方裁掉 {b}，右侧裁掉 {r}",
}


def test_scatter_canvas_caption_per_axis(qtbot, language) -> None:
    """p = (2, 1), op = (1, 2), s = 3: the height reaches no row past the stamps (op < p), the
    width one column (op − p = 1); the crop is 2 top, 1 left, 2 − 1 = 1 bottom, 0 right."""
    from convt_lab.gui.views.scatter_view import ScatterView

    params = core.ConvTParams(input_size=(3, 4), stride=(3, 3), padding=(2, 1),
                              output_padding=(1, 2))
    view = show(qtbot, ScatterView(LabState(params)))
    rows = (3 - 1) * 3 + 1 * (3 - 1) + 1 + max(0, 1 - 2)
    cols = (4 - 1) * 3 + 1 * (3 - 1) + 1 + max(0, 2 - 1)
    text = view.captions["full"].text()
    assert f"{rows}\u00d7{cols}" in text, text
    assert text.endswith("(H\u22121)s + d(k\u22121) + 1\n+ max(0, op\u2212p)"), text
    want = CROP_EACH_SIDE[language].format(t=2, l=1, b=2 - 1, r=max(0, 1 - 2))
    assert want in view.captions["running"].text(), view.captions["running"].text()


#: The crop line of the scatter sum when p = 0 on both axes.
NOTHING_CROPPED = {"en": "nothing cropped (p = 0)", "zh": "不裁掉任何边框（p = 0）"}


@pytest.mark.parametrize("op", [(0, 0), (1, 1), (0, 1)])
def test_scatter_sum_says_nothing_is_cropped_when_p_is_0(qtbot, language, op) -> None:
    """p = 0 crops no row: the scatter sum is the whole canvas, op's zeros included."""
    from convt_lab.gui.views.scatter_view import ScatterView

    params = core.ConvTParams(output_padding=op)
    view = show(qtbot, ScatterView(LabState(params)))
    full = ((2 - 1) * 2 + 1 * (3 - 1) + 1 + op[0], (2 - 1) * 2 + 1 * (3 - 1) + 1 + op[1])
    assert drawn_shape(view.items["full"]) == drawn_shape(view.items["running"]) == full
    first, crop, _ = view.captions["running"].text().split("\n")
    assert crop == NOTHING_CROPPED[language], crop
    assert first.startswith("Scatter sum" if language == "en" else "分发累加"), first


def test_round_trip_names_the_op_of_the_only_size_back(qtbot) -> None:
    """Input 1, k 2, s 2, p 1: op = 0 gives (1−1)·2 − 2 + 1 + 0 + 1 = 0, no size; op = 1 gives 1,
    the only N with ⌊(N + 2 − 1 − 1)/2⌋ + 1 = 1."""
    from convt_lab.gui.views.roundtrip_view import RoundTripPanel

    assert (1 - 1) * 2 - 2 + 1 * (2 - 1) + 0 + 1 == 0
    back = [n for n in range(1, 20) if (n + 2 * 1 - 1 * (2 - 1) - 1) // 2 + 1 == 1]
    assert back == [1]
    params = core.ConvTParams((1, 1), (2, 2), (2, 2), (1, 1), (1, 1), (1, 1))
    panel = show(qtbot, RoundTripPanel(LabState(params)))
    text = next(iter(panel.texts.values())).text()  # the height axis, the first box
    assert "maps only 1 to 1: output_padding=1 is the only way back" in text, text
