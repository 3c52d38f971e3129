"""Sub-pixel's sentences claim a pattern only where the output shows it, in en and zh.

Worked out here from the definition: a cell's taps per axis are the (r, a)
landing on it (``tests.reference.axis_counts``); a phase q's taps are the
a < k with (a·d − p) mod s = q; "the whole kernel meets the input" holds
for an uncropped index t with d(k − 1) ≤ t ≤ (H − 1)s.
"""

from __future__ import annotations

import pytest

from convt_lab import core
from convt_lab.gui.state import LabState
from convt_lab.gui.views.subpixel_view import SubpixelView
from tests.gui.helpers import said, show
from tests.reference import axis_counts

WORDS = {
    "en": {"no_show": "does not show here", "short": "too short", "crops": "Padding crops away",
           "stronger": "even a constant input makes", "zeros": "{z} of them all zeros"},
    "zh": {"no_show": "看不出来", "short": "太短", "crops": "裁掉",
           "stronger": "即使输入是常数", "zeros": "其中 {z} 个全是零"},
}


def phase_taps(k: int, s: int, p: int, d: int) -> list[int]:
    return [sum(1 for a in range(k) if (a * d - p) % s == q) for q in range(s)]


def meets_whole_kernel(n: int, k: int, s: int, p: int, op: int, d: int) -> bool:
    """Whether some output index i has t = i + p with d(k − 1) ≤ t ≤ (H − 1)s."""
    out = len(axis_counts(n, k, s, p, op, d))
    return any(d * (k - 1) <= i + p <= (n - 1) * s for i in range(out))


def text_of(qtbot, params) -> str:
    view = SubpixelView(LabState(params))
    show(qtbot, view)
    return said(view.explanation)


@pytest.mark.parametrize("n, k, s, p, op, d", [
    (1, 3, 2, 0, 0, 1),  # a 1x1 input: every cell gets 1 tap, though the phases get 1 to 4
    (2, 3, 2, 0, 0, 3),  # dilated past the input: 0 or 1 tap a cell
    (4, 3, 2, 0, 0, 1),  # the checkerboard shows
    (3, 3, 2, 3, 1, 1),  # cropped: is any whole-kernel cell left?
])
def test_the_uneven_sentence_claims_the_pattern_only_where_it_shows(qtbot, language, n, k, s, p,
                                                                    op, d) -> None:
    words = WORDS[language]
    text = text_of(qtbot, core.ConvTParams(n, k, s, p, op, d))
    taps = phase_taps(k, s, p, d)
    assert len(set(taps)) > 1  # the phases differ: the case
    shows = meets_whole_kernel(n, k, s, p, op, d)
    assert (words["stronger"] in text) == shows, text
    assert (words["no_show"] in text) == (not shows), text
    if not shows:
        short = d * (k - 1) > (n - 1) * s
        assert (words["short"] in text) == short, text


@pytest.mark.parametrize("n, k, s, p, op, d", [
    (4, 2, 1, 4, 2, 3),  # the input meets the whole kernel, but p crops those cells
    (1, 2, 1, 0, 2, 3),  # too short: most cells get no tap
    (2, 3, 1, 0, 0, 2),  # too short, every cell some taps
])
def test_stride_one_gives_the_cells_real_tap_counts(qtbot, language, n, k, s, p, op, d) -> None:
    words = WORDS[language]
    text = text_of(qtbot, core.ConvTParams(n, k, s, p, op, d))
    counts = axis_counts(n, k, s, p, op, d)
    assert not meets_whole_kernel(n, k, s, p, op, d)
    low, high = min(counts) ** 2, max(counts) ** 2
    said = (f"{low} " if low == high else f"{low} to {high}") if language == "en" else \
        (f"{low} " if low == high else f"{low} 到 {high}")
    assert said in text, (said, text)
    short = d * (k - 1) > (n - 1) * s
    assert (words["short"] in text) == short and (words["crops"] in text) == (not short), text
    assert "only some of them" not in text


@pytest.mark.parametrize("n, k, s, p, d", [(2, 1, 4, 0, 1), (3, 1, 2, 0, 1), (3, 2, 3, 0, 1)])
def test_phases_without_taps_are_named_as_all_zero_channels(qtbot, language, n, k, s, p, d) -> None:
    text = text_of(qtbot, core.ConvTParams(n, k, s, p, 0, d))
    per_axis = phase_taps(k, s, p, d)
    empty = sum(1 for a in per_axis for b in per_axis if a * b == 0)
    assert empty, "the case: some phase gets no tap"
    assert WORDS[language]["zeros"].format(z=empty) in text, text


@pytest.mark.parametrize("theme_name", ["DARK", "CONTRAST_DARK"])
def test_on_a_dark_ground_the_faded_phases_stay_apart(qtbot, theme_name) -> None:
    """With y[2,2] picked (phase (0,0) of s = 2), the other three phases fade but can still
    be told apart from each other and from the background, as painted."""
    from convt_lab.gui import theme as themes
    from tests.gui.helpers import pixel

    theme = getattr(themes, theme_name)
    state = LabState(core.ConvTParams())
    view = show(qtbot, SubpixelView(state, theme), (1100, 700))
    state.select(("output", 2, 2))
    # Cells of phases (0,1), (1,0) and (1,1): (i mod 2, j mod 2).
    colours = [pixel(qtbot, view, "output", i, j) for i, j in ((0, 1), (1, 0), (1, 1))]
    back = view.view.grab().toImage().pixelColor(2, 2).getRgb()[:3]

    def far(a, b) -> int:
        return sum(abs(x - y) for x, y in zip(a, b))

    for n, c in enumerate(colours):
        assert far(c, back) > 60, (c, back)
        for other in colours[n + 1:]:
            assert far(c, other) > 40, (c, other)
