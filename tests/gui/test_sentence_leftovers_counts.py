"""No "1 taps", "1 of 1 stamps" or "input channels 1": counts of one read as one, in en and zh.

The expected numbers are worked out here from the definition: a stamp per
input cell, the group's other input channels, a phase's taps as the j < k
with ``(j·d − p) mod s = q`` on each axis, the per-cell tap counts of
``tests.reference.axis_counts``.  A sweep of small layers then reads every
sentence and caption the Sub-pixel, Overlap, Scatter and Matrix tabs show
and looks for a count of 1 before a plural noun.
"""

from __future__ import annotations

import itertools
import re

import pytest
from PySide6.QtCore import QCoreApplication

from convt_lab import core
from convt_lab.gui.i18n import install_language
from convt_lab.gui.preset_notes import preset_notes
from convt_lab.gui.state import LabState
from convt_lab.gui.views.matrix_view import MatrixView
from convt_lab.gui.views.overlap_view import OverlapView
from convt_lab.gui.views.scatter_view import ScatterView
from convt_lab.gui.views.subpixel_view import SubpixelView
from tests.gui.helpers import show
from tests.reference import axis_counts, out_len
from tests.gui.helpers import said

PLURALS = ("taps", "phases", "stamps", "cells", "entries", "zeros", "channels", "weights",
           "steps", "rows", "columns", "blocks")
#: "1 taps", "1 of 1 stamps", "channels 1 of": a count of one before a plural noun
#: (a range such as "0 to 1 taps" is fine).
ONE_PLURAL = re.compile(r"(?<![\d.,])(?<!to )1 (?:of 1 )?(?:" + "|".join(PLURALS) + r")\b"
                        r"|\b(?:" + "|".join(PLURALS) + r") 1 of\b")


def phase_taps(k: int, s: int, p: int, d: int) -> list[int]:
    taps = [0] * s
    for j in range(k):
        taps[(j * d - p) % s] += 1
    return taps


def shown_texts(sub, over, scatter, matrix) -> list[str]:
    texts = [said(sub.explanation), said(over.explanation), scatter.status.text()]
    for view in (sub, over, scatter, matrix):
        texts += [c.text() for c in view.captions.values()]
    texts += [said(matrix.info)]
    return texts


def test_no_count_of_one_takes_a_plural(qtbot, language) -> None:
    state = LabState(core.ConvTParams())
    views = [show(qtbot, V(state)) for V in (SubpixelView, OverlapView, ScatterView, MatrixView)]
    sub, over, scatter, matrix = views
    settings = itertools.product((1, 2, 7), (1, 2, 3), (1, 2), (1, 2), (0, 1))
    seen = set()
    for n, k, s, d, p in settings:
        for op in range(max(s, d)):
            if out_len(n, k, s, p, op, d) < 1:
                continue
            assert state.request(input_size=(n, n), kernel_size=(k, k), stride=(s, s),
                                 dilation=(d, d), padding=(p, p), output_padding=(op, op))
            for count in (0, 1):
                scatter.show_count(count)
                for text in shown_texts(sub, over, scatter, matrix):
                    found = ONE_PLURAL.search(text)
                    assert not found, (n, k, s, d, p, op, found.group(0), text)
            seen.add((k * k, n * n))
    assert (1, 1) in seen and (1, 49) in seen  # one tap, one stamp; one tap on a summary


def test_one_stamp_reads_as_one(qtbot, language) -> None:
    """x is 1×1: one input cell, so one stamp."""
    state = LabState(core.ConvTParams(input_size=1))
    view = show(qtbot, ScatterView(state))
    assert view.stamps == 1 * 1 and view.total == 1
    view.show_count(0)
    empty = view.status.text()
    caption = view.captions["running"].text()
    assert "0 / 1" in caption or "0 of 1" in caption
    view.show_count(1)
    done = view.status.text()
    assert "x[0,0]" in done
    if language == "en":
        assert "0 of 1 stamp added" in caption and "stamps" not in caption
        assert empty == "Empty canvas: press Play or Step to add the stamp."
        assert done.startswith("The only stamp is added: x[0,0] = 1 times the kernel")


@pytest.mark.parametrize(("inputs", "bias"), [(2, False), (2, True), (3, False), (3, True)])
def test_other_input_channels_are_counted(qtbot, language, inputs, bias) -> None:
    """C_in input channels in one group: the picked one is stamped, the other C_in − 1 follow."""
    state = LabState(core.ConvTParams(input_size=2))
    assert state.set_channels(inputs, 1, 1, bias)
    view = show(qtbot, ScatterView(state))
    others = [c for c in range(inputs) if c != state.result.pick[0]]
    assert view.total == 2 * 2 + len(others) + bias
    view.show_count(0)
    text = view.status.text()
    assert ", ".join(map(str, others)) in text or "\u3001".join(map(str, others)) in text, text
    view.show_count(3)  # a stamp: the count is out of the 4 stamps, not of every step
    assert "3 / 4" in view.status.text() or "3 of 4 stamps added" in view.status.text()
    if language != "en":
        return
    if len(others) == 1:
        plan = f"Then input channel {others[0]} of the group" + (" and the bias." if bias else ".")
    else:
        plan = f"Then input channels {', '.join(map(str, others))} of the group" + (
            " and the bias." if bias else ".")
    assert plan in text, text


def test_one_tap_per_phase_and_one_tap_kernel(qtbot, language) -> None:
    """k = (1, 2), s = (1, 2): two phases of 1·1 tap; k = s = 1: one phase, one tap."""
    assert phase_taps(1, 1, 0, 1) == [1] and phase_taps(2, 2, 0, 1) == [1, 1]
    state = LabState(core.ConvTParams(input_size=3, kernel_size=(1, 2), stride=(1, 2)))
    view = show(qtbot, SubpixelView(state))
    text = said(view.explanation)
    assert not ONE_PLURAL.search(text), text
    if language == "en":
        assert "Even: every phase has 1 tap (k = (1, 2) is a multiple of s = (1, 2))." in text
    assert state.request(kernel_size=(1, 1), stride=(1, 1))
    text = said(view.explanation)
    assert axis_counts(3, 1, 1, 0, 0, 1) == [1, 1, 1]
    if language == "en":
        assert "uses the kernel's only tap" in text and "all 1 taps" not in text, text
    # A one-tap kernel whose every landing place padding crops: no cell gets it.
    assert state.request(input_size=(1, 1), padding=(1, 1), dilation=(3, 3),
                         output_padding=(2, 2))
    assert axis_counts(1, 1, 1, 1, 2, 3) == [0]
    text = said(view.explanation)
    assert not ONE_PLURAL.search(text), text
    if language == "en":
        assert "Padding crops every place the kernel's only tap lands, so no output cell gets it." \
            in text, text


def test_matrix_summary_with_a_one_weight_kernel(qtbot, language) -> None:
    """k = 1 on a 7×7 input: Cᵀ 49×49, drawn as a window; each column holds at most 1·1 entry."""
    state = LabState(core.ConvTParams(input_size=7, kernel_size=1))
    view = show(qtbot, MatrixView(state))
    assert view.rows_shown[1] - view.rows_shown[0] < 49
    text = said(view.info)
    assert not ONE_PLURAL.search(text), text
    if language == "en":
        assert "Each column holds at most 1 entry: the kernel has a single weight." in text
    assert state.request(kernel_size=(3, 3))
    text = said(view.info)
    if language == "en":
        assert "Each column holds at most 9 entries, one per kernel weight." in text, text


def test_k4_s2_p1_note_says_away_from_the_edges(qapp) -> None:
    """k 4, s 2, p 1 gives two taps per axis inside, but one at each edge."""
    counts = axis_counts(4, 4, 2, 1, 0, 1)
    assert counts[0] == counts[-1] == 1 and set(counts[1:-1]) == {2}
    install_language(QCoreApplication.instance(), "en")
    assert "every output cell away from the edges gets two taps per axis" in \
        preset_notes()["double_k4s2p1"]


@pytest.mark.parametrize("cell", [(0, 0), (0, 1), (1, 1), (2, 2), (4, 4)])
def test_the_arithmetic_counts_its_taps_in_the_singular_when_one(qtbot, language, cell) -> None:
    """The lesson (2x2, k 3, s 2): y[i, j] has 9 taps, as many on inputs as x cells reach it."""
    from convt_lab.gui.texts import arithmetic

    state = LabState()
    i, j = cell
    on_inputs = sum(1 for r, c, a, b in itertools.product(range(2), range(2), range(3), range(3))
                    if 2 * r + a == i and 2 * c + b == j)
    text = arithmetic(state.result, ("output", i, j))
    if language == "en":
        inputs = "1 on an input value" if on_inputs == 1 else f"{on_inputs} on input values"
        zeros = "1 on a zero" if 9 - on_inputs == 1 else f"{9 - on_inputs} on zeros"
        assert f"9 kernel taps: {inputs}, {zeros}." in text, text
    else:
        assert f"{on_inputs} 个乘在输入值上，{9 - on_inputs} 个乘在零上" in text, text
    assert not ONE_PLURAL.search(text) and "1 on input values" not in text


@pytest.mark.parametrize("inputs", [2, 3])
def test_matrix_row_counts_every_input_channel_block(qtbot, language, inputs) -> None:
    """The drawn Cᵀ is [C_c0ᵀ | C_c1ᵀ | …]: y[2,2]'s row holds its taps once per channel.

    The lesson (2x2, k 3, s 2): per axis the (r, a) with 2r + a = 2 are (0, 2) and (1, 0),
    so 4 taps per channel; x[1,1] is column q = 1·2 + 1 = 3 of each channel's block (the
    header numbers q within each block).
    """
    from convt_lab.gui.views.matrix_words import selection_text

    state = LabState()
    state.apply(state.document.with_setup(core.ChannelSetup(inputs, 1, 1, False)), "channels")
    text = selection_text(state.result, ("output", 2, 2), 2, 5)
    n = 4 * inputs
    assert (f"it holds {n} kernel weights" if language == "en" else f"{n} 个") in text, text
    for c in range(inputs):
        assert f"3 (x_c{c}[1,1])" in text, text
    state.set_pick(inputs - 1, 0)
    text = selection_text(state.result, ("input", 1, 1), 2, 5)
    assert ("Column 3 is x[1,1]" if language == "en" else "3") in text, text
