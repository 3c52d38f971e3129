"""Misconceptions on screen: the Round trip's words, the Help card, and what they compute.

The values the tests expect are computed here: ConvTranspose2d by a naive
scatter loop, Conv2d by a naive gather loop, both written from PyTorch's
documented definitions; which sizes map back by brute force.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication

from convt_lab import core
from convt_lab.gui.i18n import install_language
from convt_lab.gui.panels.misconceptions import MisconceptionsDialog
from convt_lab.gui.state import LabState
from convt_lab.gui.texts import arithmetic
from convt_lab.gui.views.roundtrip_view import RoundTripPanel
from tests.gui.helpers import said

MINUS = "\u2212"


# -- the definitions, written out ----------------------------------------------
def convt_size(n, k, s, p, op, d):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def conv_size(n, k, s, p, d):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def naive_convt(x, w, s, p, op, d):
    """Scatter: x[r, c]·w[a, b] lands on (r·s − p + a·d, c·s − p + b·d)."""
    out = np.zeros([convt_size(x.shape[i], w.shape[i], s, p, op, d) for i in (0, 1)])
    for (r, c), xv in np.ndenumerate(x):
        for (a, b), wv in np.ndenumerate(w):
            i, j = r * s - p + a * d, c * s - p + b * d
            if 0 <= i < out.shape[0] and 0 <= j < out.shape[1]:
                out[i, j] += xv * wv
    return out


def naive_conv(y, w, s, p, d):
    """Gather: out[i, j] = Σ y_pad[i·s + a·d, j·s + b·d]·w[a, b], y padded with p zeros."""
    yp = np.pad(y, p)
    out = np.zeros([conv_size(y.shape[i], w.shape[i], s, p, d) for i in (0, 1)])
    for (i, j), _ in np.ndenumerate(out):
        for (a, b), wv in np.ndenumerate(w):
            out[i, j] += yp[i * s + a * d, j * s + b * d] * wv
    return out


def matrix_text(a) -> str:
    return "[" + "; ".join(" ".join(str(int(v)) for v in row) for row in a) + "]"


# -- core.conv2d ------------------------------------------------------------------
@pytest.mark.parametrize("s, p, d", [(1, 0, 1), (2, 0, 1), (2, 1, 1), (3, 2, 2), (1, 3, 2)])
def test_core_conv2d_matches_the_definition(s, p, d) -> None:
    from convt_lab.core.conv2d import conv2d

    rng = np.random.default_rng(s * 100 + p * 10 + d)
    y = rng.integers(-5, 6, (9, 8)).astype(float)
    w = rng.integers(-3, 4, (3, 2)).astype(float)
    np.testing.assert_array_equal(conv2d(y, w, s, p, d), naive_conv(y, w, s, p, d))


def test_core_conv2d_refuses_an_input_shorter_than_the_kernel() -> None:
    from convt_lab.core.conv2d import conv2d

    with pytest.raises(core.ParamError):
        conv2d(np.ones((2, 2)), np.ones((3, 3)), dilation=2)


# -- the Round trip view ----------------------------------------------------------
def settings_sweep():
    """Square settings, small enough to try them all; many have no size mapping back."""
    for n, k, s, p, d in itertools.product((1, 2, 3), (1, 2, 3), (1, 2, 3), (0, 1, 2, 3, 4), (1, 2, 3)):
        for op in range(max(s, d)):
            if convt_size(n, k, s, p, op, d) >= 1:
                yield n, k, s, p, op, d


def test_roundtrip_words_hold_for_every_setting(qtbot) -> None:
    state = LabState(core.ConvTParams())
    view = RoundTripPanel(state)
    qtbot.addWidget(view)
    empty = 0
    for n, k, s, p, op, d in settings_sweep():
        state.apply(state.document.with_params(core.ConvTParams((n, n), k, s, p, op, d)))
        assert state.params.input_size == (n, n)
        text = said(view.texts["height"])
        back = [m for m in range(1, 200) if conv_size(m, k, s, p, d) == n]
        if not back:
            empty += 1
            assert f"maps no input size to {n}" in text, text
        # Conv2d(ConvTranspose2d(x)) with the same kernel, from the definitions.
        x, w = state.result.x, state.result.weight
        y = naive_convt(x, w, s, p, op, d)
        if min(conv_size(y.shape[0], k, s, p, d), conv_size(y.shape[1], k, s, p, d)) < 1:
            assert "has no output" in said(view.shapes)
            continue
        again = naive_conv(y, w, s, p, d)
        shapes = said(view.shapes)
        if again.shape != x.shape:
            assert f"{again.shape[0]}\u00d7{again.shape[1]}, not even the size of x" in shapes, shapes
        elif not np.array_equal(again, x):
            assert "Transposed is not inverse" in shapes
            if np.abs(again).max() < 1e6:
                assert matrix_text(again) in shapes and matrix_text(x) in shapes, shapes
    assert empty > 10  # the sweep reaches the case that used to crash


def test_roundtrip_case_that_crashed(qtbot) -> None:
    params = core.ConvTParams((2, 2), 3, 1, 3, 1, 2)
    state = LabState(params)
    view = RoundTripPanel(state)
    qtbot.addWidget(view)
    assert convt_size(2, 3, 1, 3, 1, 2) == 1 and conv_size(1, 3, 1, 3, 2) == 3
    text = said(view.texts["height"])
    assert "maps no input size to 2" in text
    assert "gives 1, which Conv2d maps to 3, not 2" in text


def test_lesson_roundtrip_shows_the_values_do_not_come_back(qtbot) -> None:
    state = LabState(core.ConvTParams())
    view = RoundTripPanel(state)
    qtbot.addWidget(view)
    x, w = state.result.x, state.result.weight
    again = naive_conv(naive_convt(x, w, 2, 0, 0, 1), w, 2, 0, 1)
    assert again.shape == x.shape and not np.array_equal(again, x)
    assert f"= {matrix_text(again)}, but x = {matrix_text(x)}" in said(view.shapes)


# -- the Help card ----------------------------------------------------------------
def test_help_menu_opens_the_misconceptions_card(window, qtbot) -> None:
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    help_menu = menus["&Help"]
    action = next(a for a in help_menu.actions() if a.text().startswith("&Misconceptions"))
    action.trigger()
    card = window.misconceptions
    qtbot.waitExposed(card)
    assert card.isVisible()
    shown = card.text.text()
    for heading in ("output_padding does not append zeros", "Padding crops in ConvTranspose2d",
                    "Transposed is not inverse", "(C_in, C_out/groups, kH, kW) = (1, 1, 3, 3)"):
        assert heading in shown
    x, w = window.state.result.x, window.state.result.weight
    again = naive_conv(naive_convt(x, w, 2, 0, 0, 1), w, 2, 0, 1)
    assert matrix_text(again) in shown
    # It follows the language while open.
    try:
        assert window.set_language("zh")
        qtbot.waitUntil(lambda: "转置不是逆" in card.text.text(), timeout=2000)
        assert card.windowTitle() == "常见误解"
    finally:
        window.set_language("en")
    qtbot.waitUntil(lambda: "Transposed is not inverse" in card.text.text(), timeout=2000)
    # It follows the numbers: p = 1, op = 1 gives an op strip that holds sums.
    window.state.request(padding=(1, 1), output_padding=(1, 1))
    assert "does not append zeros" in card.text.text()
    assert "from p = 1 to p \u2212 op = 0" in card.text.text()


def test_card_with_channels_names_the_weight_layout(qtbot) -> None:
    state = LabState(core.ConvTParams())
    assert state.set_channels(4, 6, 2, False)
    card = MisconceptionsDialog(state)
    qtbot.addWidget(card)
    # ConvTranspose2d(C_in=4, C_out=6, groups=2): weight (4, 6/2, 3, 3); it transposes Conv2d(6 → 4).
    assert "= (4, 3, 3, 3)" in card.text.text()
    assert "Conv2d(in_channels=6, out_channels=4, groups=2)" in card.text.text()


# -- the Edit menu after a language switch ---------------------------------------------
def test_undo_text_follows_the_language(window, qtbot) -> None:
    window.apply_preset("crop")
    window.state.set_cell("input", 0, 0, 5.0)
    assert window.actions_.undo.text().endswith("Change values")
    try:
        assert window.set_language("zh")
        text = window.actions_.undo.text()
        assert "Change values" not in text and "修改数值" in text, text
        window.state.undo_stack.undo()
        text = window.actions_.undo.text()
        assert "Preset" not in text and "预设" in text, text
    finally:
        window.set_language("en")
    assert window.actions_.undo.text().endswith("Preset")


# -- typography ---------------------------------------------------------------------
def test_negative_factors_in_brackets_with_a_real_minus(qapp) -> None:
    install_language(QCoreApplication.instance(), "en")
    state = LabState(core.ConvTParams())
    state.set_values(x=np.array([[7.0, -2.0], [3.0, 4.0]]), w=np.full((3, 3), -2.5))
    text = arithmetic(state.result, ("output", 2, 2))
    assert "7\u00b7(\u22122.5)" in text and "(\u22122)\u00b7(\u22122.5)" in text
    # The centre of the 5×5 output: every input meets one tap, 7 − 2 + 3 + 4 = 12 times −2.5.
    assert text.rstrip().split("\n")[1].endswith(f"= {MINUS}30")
    assert "-" not in text.replace("x[", "").split("\n")[1]


def test_k1_arithmetic_is_singular(qapp) -> None:
    state = LabState(core.ConvTParams((2, 2), 1, 1, 0))
    text = arithmetic(state.result, ("output", 0, 0))
    assert "1 kernel tap, on an input value." in text
    text = arithmetic(state.result, ("input", 0, 0))
    assert "lands on 1 output cell:" in text



# -- the two output_padding presets ---------------------------------------------------
def test_op_presets_show_a_strip_of_sums_and_a_strip_of_zeros() -> None:
    from convt_lab.gui.model.presets import PRESETS

    presets = {p.key: p for p in PRESETS}
    double = presets["lesson_op1"]
    assert double.params == core.ConvTParams((2, 2), 3, 2, 1, 1)  # k3 s2 p1 op1: 2×2 → 4×4
    x, w = double.values()
    y = naive_convt(x, w, 2, 1, 1, 1)
    assert y.shape == (4, 4)
    assert (y[-1, :] != 0).any() and (y[:, -1] != 0).any()  # the op strip holds sums
    zeros = presets["op_zeros"]
    assert zeros.params.padding == (0, 0) and zeros.params.output_padding == (1, 1)
    x, w = zeros.values()
    y = naive_convt(x, w, 2, 0, 1, 1)
    assert (y[-1, :] == 0).all() and (y[:, -1] == 0).all()  # with p = 0 the strip is zeros


def test_rule_messages_use_a_real_minus(qapp) -> None:
    from convt_lab.gui.texts import problem_text

    install_language(QCoreApplication.instance(), "en")
    with pytest.raises(core.ParamError) as caught:
        core.ConvTParams((2, 2), 3, 2, 9)
    # (H−1)s − 2p + d(k−1) + op + 1 with H=2, s=2, p=9, k=3: 2 − 18 + 2 + 0 + 1 = −13.
    assert convt_size(2, 3, 2, 9, 0, 1) == -13
    text = problem_text(caught.value)
    assert text.endswith(f"= {MINUS}13 (height).") and "-" not in text
