"""Exact numbers: text shows the value itself, a cell shows what fits and marks rounding.

The references are Python's own float text (``repr`` reads back exactly) and
sums written out here; nothing is compared with the formatter's own output.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from convt_lab.gui.app import main
from convt_lab.gui.items.cells import ELIDED, ROUNDED_MARK, cell_label, format_exact

finite = st.floats(allow_nan=False, allow_infinity=False)


# -- the formatters ----------------------------------------------------------------
@pytest.mark.parametrize("value, text", [
    (1323455.9, "1323455.9"),
    (1.0001, "1.0001"),
    (999998000001.0, "999998000001"),
    (2.0**53, "9007199254740992"),
    (-0.0, "0"),
    (0.1 + 0.2, "0.30000000000000004"),
    (1e-05, "1e-05"),
    (2.0**60, "1.152921504606847e+18"),
])
def test_exact_examples(value, text) -> None:
    assert format_exact(value) == text


@given(finite)
def test_exact_text_reads_back_as_the_same_float(v) -> None:
    assert float(format_exact(v)) == v or (v == 0 and format_exact(v) == "0")


@given(st.integers(-(2**53), 2**53))
def test_whole_numbers_up_to_2_53_in_full(n) -> None:
    assert format_exact(float(n)) == str(n)


@given(finite, st.integers(1, 24))
def test_a_label_fits_and_says_whether_it_is_rounded(v, chars) -> None:
    label, rounded = cell_label(v, chars)
    assert len(label) <= chars
    if label == ELIDED:  # not even one significant digit and its exponent fit
        # The shortest rounded text: one digit, and the exponent without "+" or leading zeros.
        mantissa, exponent = f"{v:.0e}".split("e")
        one_digit = f"{mantissa}e{int(exponent)}"
        assert rounded and len(one_digit) + 1 > chars and len(format_exact(v)) > chars
        return
    number = label[len(ROUNDED_MARK):] if label.startswith(ROUNDED_MARK) else label
    assert label.startswith(ROUNDED_MARK) == rounded
    assert (float(number) != v) == rounded
    if len(repr(v)) <= chars or (v.is_integer() and abs(v) <= 2**53 and len(str(int(v))) <= chars):
        assert not rounded  # whatever fits exactly is shown exactly
    if rounded and len(label) <= chars - 1 and "e" not in number:
        # One more significant digit would not have fitted (or would have been exact).
        digits = len(number.lstrip("-").replace(".", "").lstrip("0"))
        more = f"{v:.{digits + 1}g}"
        assert len(ROUNDED_MARK + more) > chars or float(more) == float(number) or "e" in more


def test_labels_for_the_issue_examples() -> None:
    assert cell_label(1323455.9, 8) == (ROUNDED_MARK + "1323456", True)
    assert cell_label(1.0001, 6) == ("1.0001", False)
    assert cell_label(999998000001.0, 6) == (ROUNDED_MARK + "1e12", True)
    assert cell_label(1e6, 3) == ("1e6", False)  # exact in fewer characters: no mark
    assert cell_label(0.001, 4) == ("1e-3", False)
    assert cell_label(0.0050005, 4) == (ELIDED, True)  # "≈5e-3" is 5 characters


# -- on screen and in text -----------------------------------------------------------
def test_the_arithmetic_panel_shows_exact_terms_and_sum(window) -> None:
    x = np.array([[1.0001, 2.0], [3.0, 4.0]])
    w = np.array([[1323455.9, 1.0, 1.0], [1.0, 1.0, 1.0], [1.0, 1.0, 999998000001.0]])
    window.state.set_values(x=x, w=w)
    window.state.select(("output", 4, 4))  # x[1,1]·w[2,2] alone, with no stride gap
    text = window.arithmetic.text()
    assert "4\u00b7999998000001" in text
    assert text.split("\n")[1].rstrip().endswith(f"= {4 * 999998000001}"), text
    window.state.select(("output", 0, 0))  # x[0,0]·w[0,0]
    text = window.arithmetic.text()
    product = 1.0001 * 1323455.9
    assert f"1.0001\u00b71323455.9 = {product!r}" in text, text


def test_explain_prints_exact_values(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    doc = {"format": "convt-lab-session", "version": 2,
           "params": {"input_size": [1, 1], "kernel_size": [1, 2], "stride": [1, 1],
                      "padding": [0, 0], "output_padding": [0, 0], "dilation": [1, 1]},
           "x": [[[1.0001]]], "w": [[[[1323455.9, 999998000001]]]]}
    path = tmp_path / "s.convt.json"
    path.write_text(json.dumps(doc))
    assert main(["explain", "--session", str(path)]) == 0
    out = capsys.readouterr().out
    assert "1.0001" in out and "1323455.9" in out and "999998000001" in out
    assert repr(1.0001 * 1323455.9) in out  # the output cell, exactly
    assert "1e+12" not in out and "1.32e+06" not in out


@pytest.mark.parametrize("grid", ["input", "kernel"])
def test_six_digit_values_still_show_numbers_at_1280x720(make_window, user, grid) -> None:
    from convt_lab import core

    window = make_window(core.ConvTParams((4, 4), 3, 2, 0))
    window.resize(1280, 720)
    window.state.set_values(x=np.full((4, 4), 123456.7), w=np.full((3, 3), 654321.9))
    item = window.grids.items[grid]

    def grab():
        user.wait_painted(window)
        return window.grids.viewport().grab().toImage()

    with_numbers = grab()
    item.set_numbers_shown(False)
    without = grab()
    item.set_numbers_shown(True)
    rect = window.grids.mapFromScene(item.mapToScene(item.boundingRect())).boundingRect()
    differ = sum(with_numbers.pixel(x, y) != without.pixel(x, y)
                 for x in range(rect.left(), rect.right())
                 for y in range(rect.top(), rect.bottom()))
    assert differ > 100, "no number drawn in the grid"
