"""Why transposed, Sub-pixel and Plan under real clicks, against definitions written here."""

from __future__ import annotations

import ast
import itertools
import json
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from convt_lab import core
from convt_lab.gui.items.cells import format_value
from convt_lab.gui.main_window import MainWindow
from convt_lab.gui.state import LabState
from convt_lab.gui.views.plan_view import PlanView
from convt_lab.gui.views.subpixel_view import SubpixelView
from convt_lab.gui.views.transposed_view import TransposedView
from tests.gui.helpers import LESSON, RECT, click, pixel, show, wait_painted
from tests.gui.helpers import said

PLAN_CASES = {c["name"]: c for c in json.loads(
    (Path(__file__).parents[1] / "fixtures" / "plan_cases.json").read_text())["models"]}
#: op 3 ≥ s = 2 is allowed by d = 4: Conv2d gives back more rows than x has.
WIDE_OP = core.ConvTParams(input_size=(2, 3), kernel_size=(2, 3), stride=(2, 2), dilation=(4, 1),
                           output_padding=(3, 1))


# -- definitions ------------------------------------------------------------------
def naive_conv_t(p, x, w):
    (h, wd), (kh, kw) = x.shape, w.shape
    (sh, sw), (ph, pw), (dh, dw), (oph, opw) = p.stride, p.padding, p.dilation, p.output_padding
    oh = (h - 1) * sh - 2 * ph + dh * (kh - 1) + oph + 1
    ow = (wd - 1) * sw - 2 * pw + dw * (kw - 1) + opw + 1
    y = np.zeros((oh, ow))
    for r, c, a, b in itertools.product(range(h), range(wd), range(kh), range(kw)):
        i, j = r * sh - ph + a * dh, c * sw - pw + b * dw
        if 0 <= i < oh and 0 <= j < ow:
            y[i, j] += x[r, c] * w[a, b]
    return y


def naive_conv(p, u, w):
    (nh, nw), (kh, kw) = u.shape, w.shape
    (sh, sw), (ph, pw), (dh, dw) = p.stride, p.padding, p.dilation
    oh = (nh + 2 * ph - dh * (kh - 1) - 1) // sh + 1
    ow = (nw + 2 * pw - dw * (kw - 1) - 1) // sw + 1
    z = np.zeros((oh, ow))
    for v, q, a, b in itertools.product(range(oh), range(ow), range(kh), range(kw)):
        i, j = v * sh - ph + a * dh, q * sw - pw + b * dw
        if 0 <= i < nh and 0 <= j < nw:
            z[v, q] += w[a, b] * u[i, j]
    return z


# -- a user with a mouse ----------------------------------------------------------
# -- Why transposed ---------------------------------------------------------------
@pytest.mark.parametrize("params", [LESSON, RECT, WIDE_OP], ids=["lesson", "rect", "wide_op"])
def test_transposed_numbers(qtbot, params) -> None:
    state = LabState(params)
    view = show(qtbot, TransposedView(state))
    x, w = state.result.x, state.result.weight
    y = naive_conv_t(params, x, w)
    cy = naive_conv(params, y, w)
    np.testing.assert_array_equal(view.values("y"), y)
    np.testing.assert_array_equal(view.values("y2"), y)
    np.testing.assert_array_equal(view.values("cy"), cy)
    xp = np.zeros(cy.shape)
    xp[: x.shape[0], : x.shape[1]] = x
    lhs, rhs = float((cy * xp).sum()), float((y * y).sum())
    text = said(view.explanation)
    assert lhs == int(lhs) and rhs == int(rhs)  # integer values: both sides shown in full
    assert f"= {int(lhs)} and" in text and f"= {int(rhs)}:" in text
    assert f"{y.shape[0]}\u00d7{y.shape[1]} grid to {cy.shape[0]}\u00d7{cy.shape[1]}" in text
    if cy.shape == x.shape:
        i, j = np.unravel_index(np.argmax(np.abs(cy - x)), x.shape)
        assert f"C\u00b7y[{i}, {j}] = {format_value(cy[i, j])}, but x[{i}, {j}] = {format_value(x[i, j])}" in text
    else:
        assert f"({cy.shape[0]}\u00d7{cy.shape[1]} instead of {x.shape[0]}\u00d7{x.shape[1]})" in text


@pytest.mark.parametrize("params", [LESSON, RECT], ids=["lesson", "rect"])
def test_transposed_click_shows_footprint_and_window(qtbot, params) -> None:
    state = LabState(params)
    view = show(qtbot, TransposedView(state))
    (sh, sw), (ph, pw), (dh, dw) = params.stride, params.padding, params.dilation
    (kh, kw), (oh, ow) = params.kernel_size, params.output_size
    for r, c in [(0, 0), (1, 1)]:
        click(qtbot, view, "x", r, c)
        assert state.selection == ("input", r, c)
        cells = {(r * sh - ph + a * dh, c * sw - pw + b * dw) for a in range(kh) for b in range(kw)}
        cells = {(i, j) for i, j in cells if 0 <= i < oh and 0 <= j < ow}
        assert view.highlighted("y") == cells          # where ConvTranspose2d sends x[r, c]
        assert view.highlighted("y2") == cells         # the window Conv2d reads for (r, c)
        assert view.highlighted("cy") == {(r, c)}
    click(qtbot, view, "cy", 0, 1)
    assert state.selection == ("input", 0, 1)


def test_transposed_copy_gives_the_autograd_script(qtbot) -> None:
    state = LabState(LESSON)
    view = show(qtbot, TransposedView(state))
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    code = QGuiApplication.clipboard().text()
    tree = ast.parse(code)
    calls = {n.func.attr for n in ast.walk(tree) if isinstance(n, ast.Call)
             and isinstance(n.func, ast.Attribute)}
    assert {"grad", "conv2d", "conv_transpose2d"} <= calls
    assert "[[[[1.0, 2.0],\n" in code  # x of the lesson, as on screen


# -- Sub-pixel ---------------------------------------------------------------------
def taps(k, s, p, d, q):
    return [a for a in range(k) if (a * d) % s == (q + p) % s]


@pytest.mark.parametrize("params", [LESSON, RECT], ids=["lesson", "rect"])
def test_subpixel_phases_are_painted_and_clicked(qtbot, params) -> None:
    state = LabState(params)
    view = show(qtbot, SubpixelView(state))
    (sh, sw), (kh, kw), (ph, pw), (dh, dw) = (params.stride, params.kernel_size, params.padding,
                                              params.dilation)
    w = state.result.weight
    oh, ow = params.output_size
    colours = {}
    for i, j in itertools.product(range(oh), range(ow)):
        colours.setdefault((i % sh, j % sw), set()).add(pixel(qtbot, view, "output", i, j))
    assert all(len(c) == 1 for c in colours.values())  # one colour per phase
    assert len({next(iter(c)) for c in colours.values()}) == sh * sw  # and all phases differ
    text = said(view.explanation)
    for n, (qh, qw) in enumerate(itertools.product(range(sh), range(sw))):
        th, tw = taps(kh, sh, ph, dh, qh), taps(kw, sw, pw, dw, qw)
        assert f"({qh},{qw}) {len(th) * len(tw)}" in text
        if th and tw:
            np.testing.assert_array_equal(view.values(f"phase{n}"), w[np.ix_(th, tw)])
            click(qtbot, view, f"phase{n}", 0, 0)
            assert state.selection == ("output", qh, qw)
            assert view.highlighted("kernel") == set(itertools.product(th, tw))
            assert pixel(qtbot, view, "output", qh, qw) in colours[(qh, qw)]  # stays bright
            others = [(i, j) for i, j in [(0, 0), (0, 1), (1, 0), (1, 1)] if (i % sh, j % sw) != (qh, qw)]
            assert all(pixel(qtbot, view, "output", i, j) not in colours[(i % sh, j % sw)]
                       for i, j in others)  # the other phases fade


def test_subpixel_explains_uneven_then_even(qtbot) -> None:
    state = LabState(LESSON)
    view = show(qtbot, SubpixelView(state))
    assert "Uneven: the phases get 1 to 4 taps" in said(view.explanation)
    assert "PixelShuffle(2)" in said(view.explanation)
    assert state.request(kernel_size=(4, 4), padding=(1, 1))
    text = said(view.explanation)
    w = state.result.weight
    sums = [w[np.ix_(taps(4, 2, 1, 1, qh), taps(4, 2, 1, 1, qw))].sum()
            for qh in range(2) for qw in range(2)]
    assert "Even: every phase has 4 taps" in text
    assert ", ".join(format_value(v) for v in sums) in text


def test_subpixel_links_to_the_overlap_map(qtbot) -> None:
    window = show(qtbot, MainWindow(LabState(LESSON)), (1280, 720))
    window.show_view("subpixel")
    view = window.view("subpixel")
    qtbot.mouseClick(view.overlap_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window._tab_pages["overlap"]
    assert window.state.document.view == "overlap"


# -- Plan --------------------------------------------------------------------------
def _table(view) -> list[list[str]]:
    t = view.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


@pytest.mark.parametrize("name", ["dcgan_generator", "unet_decoder_mismatch", "dilation_groups",
                                  "modulelist_repeats"])
def test_plan_table_shows_pytorch_sizes(qtbot, name) -> None:
    case = PLAN_CASES[name]
    view = show(qtbot, PlanView(LabState()))
    view.source.setPlainText(case["text"])
    view.input_size.setText("\u00d7".join(map(str, case["input"])))
    rows = _table(view)
    assert [r[2] for r in rows] == ["\u00d7".join(map(str, layer["output"])) for layer in case["layers"]]
    assert [bool(r[3]) for r in rows] == [layer["mismatch"] for layer in case["layers"]]


def test_plan_wanted_size_and_reasons(qtbot) -> None:
    view = show(qtbot, PlanView(LabState()))
    # The last layer: ConvTranspose2d(64, 3, k=4, s=2, p=1) on 32×32 gives 64; 65 needs op 1.
    view.target.setText("65\u00d765")
    assert "padding=1, output_padding=1" in view.answer.text()
    assert (32 - 1) * 2 - 2 * 1 + 3 + 1 + 1 == 65
    view.target.setText("70")
    assert "70 is larger than the largest size, 67" in view.answer.text()
    assert (32 - 1) * 2 + 3 + 1 + 1 == 67
    view.target.setText("zz")
    assert "whole numbers" in view.answer.text()


def test_plan_row_click_opens_the_layer_scaled_down(qtbot) -> None:
    window = show(qtbot, MainWindow(LabState(LESSON)), (1280, 720))
    window.show_view("plan")
    view = window.view("plan")
    row = 3  # line 6: ConvTranspose2d(512, 256, k=4, s=2, p=1) on 4×4
    rect = view.table.visualItemRect(view.table.item(row, 1))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    p, setup = window.state.params, window.state.setup
    assert (p.input_size, p.kernel_size, p.stride, p.padding) == ((4, 4), (4, 4), (2, 2), (1, 1))
    assert (setup.in_channels, setup.out_channels, setup.bias) == (8, 8, False)
    assert window.tabs.currentWidget() is window._tab_pages["gather"]
    assert "input channels 8 instead of 512" in view.opened.text()
    assert window.statusBar().currentMessage() == view.opened.text()  # seen on the lesson too
    # From a 6×6 noise map the last layer runs on 72×72 into 144×144, more than the app
    # draws (every grid side at most 128): the input is scaled down, and said so.
    window.show_view("plan")
    view.input_size.setText("100\u00d76\u00d76")
    assert _table(view)[12][2] == "3\u00d7144\u00d7144"
    assert view.open_row(12)
    shown = window.state.params.input_size
    assert shown[0] < 72 and (shown[0] - 1) * 2 - 2 + 3 + 1 <= 128
    assert f"input {shown[0]}\u00d7{shown[1]} instead of 72\u00d772" in view.opened.text()


def test_plan_text_survives_a_language_change(qtbot) -> None:
    window = MainWindow(LabState(LESSON))
    qtbot.addWidget(window)
    window.show()
    window.show_view("plan")
    window.view("plan").source.setPlainText("Conv2d(3, 3, 3)")
    window.view("plan").input_size.setText("3x9x9")
    window.set_language("zh")
    view = window.view("plan")
    assert view.source.toPlainText() == "Conv2d(3, 3, 3)"
    assert _table(view)[0][2] == "3\u00d77\u00d77"
    window.set_language("en")


def test_copy_as_pytorch_code_on_the_transposed_tab(qtbot) -> None:
    from convt_lab.gui.io import file_actions

    window = MainWindow(LabState(LESSON))
    qtbot.addWidget(window)
    window.show()
    window.show_view("transposed")
    assert "torch.autograd.grad" in file_actions.copy_code(window)
    assert QGuiApplication.clipboard().text() == file_actions.copy_code(window)
    window.show_view("gather")
    assert "torch.autograd.grad" not in file_actions.copy_code(window)


def test_subpixel_stride_one_is_one_phase(qtbot) -> None:
    state = LabState(core.ConvTParams(input_size=3, kernel_size=3, stride=1))
    view = show(qtbot, SubpixelView(state))
    assert said(view.explanation).startswith("With stride 1 there is one phase")
    assert "all 9 taps" in said(view.explanation)
    colours = {pixel(qtbot, view, "output", i, j) for i in range(5) for j in range(5)}
    assert len(colours) == 1


@pytest.mark.parametrize("params", [LESSON, RECT], ids=["lesson", "rect"])
def test_subpixel_kernel_click_picks_the_tap_phase(qtbot, params) -> None:
    state = LabState(params)
    view = show(qtbot, SubpixelView(state))
    (sh, sw), (ph, pw), (dh, dw) = params.stride, params.padding, params.dilation
    for a, b in [(0, 0), (1, 1)]:
        click(qtbot, view, "kernel", a, b)
        # Tap a lands on output rows i = r·s + a·d − p: phase (a·d − p) mod s.
        assert state.selection == ("output", (a * dh - ph) % sh, (b * dw - pw) % sw)
        assert (a, b) in view.highlighted("kernel")


def test_the_gradient_statement_names_conv2d_s_size_when_op_makes_it_larger(qtbot, language) -> None:
    """x 3×3, k 3, s 1, p 0, op 1 (allowed by d = 2): y is (3−1)·1 + 2·2 + 1 + 1 = 8 wide and
    Conv2d maps 8 to ⌊(8 − 2·2 − 1)/1⌋ + 1 = 4, so its backward pass takes a 4×4 gradient, not x."""
    params = core.ConvTParams(3, 3, 1, 0, 1, 2)
    out = (3 - 1) * 1 + 2 * 2 + 1 + 1
    conv = (out - 2 * 2 - 1) // 1 + 1
    assert (out, conv) == (8, 4)
    view = show(qtbot, TransposedView(LabState(params)))
    line = next(t for t in said(view.explanation).split("\n") if t.startswith("3."))
    assert f"{conv}\u00d7{conv}" in line, line
    assert ("given the gradient x" not in line) if language == "en" else ("传入的梯度为 x" not in line)


def test_the_dcgan_note_follows_the_sizes(qapp) -> None:
    from convt_lab.gui.preset_notes import preset_notes

    sizes = [4]
    while sizes[-1] < 64:
        sizes.append((sizes[-1] - 1) * 2 - 2 + 3 + 1)  # k4 s2 p1
    chain = " \u2192 ".join(f"{n}\u00d7{n}" for n in sizes)
    assert chain in preset_notes()["dcgan_up"], preset_notes()["dcgan_up"]
