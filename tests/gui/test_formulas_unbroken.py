"""A wrapped line never ends inside a short formula: "= 3 + 2·2 =" with "7." on the next line.

The lesson's text is laid out as the label lays it out (its font, a narrow width), and every
line break is checked: neither side of it may be an operator of a formula.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption

from convt_lab import core

OPERATORS = {"=", "+", "\u2212", "\u00b7", "\u00d7", "/", "\u2192", "+="}


def lines_of(text: str, font: QFont, width: float) -> list[str]:
    """``text`` word-wrapped at ``width`` pixels, as QLabel wraps it."""
    out = []
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            out.append(paragraph[line.textStart():line.textStart() + line.textLength()])
        layout.endLayout()
    return out


def _formula_across(left: list[str], right: list[str]) -> str:
    """The formula a break between ``left`` and ``right`` (their words) falls in: the words
    linked to the break through operators."""
    words = left + right
    start = end = len(left)  # the first word right of the break
    while start > 0 and (words[start - 1] in OPERATORS or words[start] in OPERATORS):
        start -= 1
    while end + 1 < len(words) and (words[end] in OPERATORS or words[end + 1] in OPERATORS):
        end += 1
    return " ".join(words[start:end + 1])


def breaks_inside_a_formula(lines: list[str]) -> list[tuple[str, str]]:
    """Breaks after an operator ("= 3 + 2·2 =" | "7."), or inside a formula of 28 characters
    or fewer. A longer formula may break, only before an operator, as printed mathematics does.
    """
    bad = []
    for a, b in zip(lines, lines[1:]):
        left, right = re.split(r"[ \u00a0]+", a.strip()), re.split(r"[ \u00a0]+", b.strip())
        if left[-1] in OPERATORS:
            bad.append((a, b))
        elif right[0] in OPERATORS and len(_formula_across(left, right)) <= 28:
            bad.append((a, b))
    return bad


@pytest.mark.parametrize("width", [360, 480, 640])
def test_step_texts_never_break_inside_a_formula(make_window, width) -> None:
    params = core.ConvTParams((4, 4), 3, 2, 1, 1)
    window = make_window(params)
    lesson = window.lesson
    font = QFont(lesson.body.font())
    font.setPixelSize(24)
    wrapped = 0  # lines the width made
    for step in range(5):
        window.state.set_step(step)
        text = lesson.full_text()
        if step == 2:
            assert "P = d(k" in text.replace("\u00a0", " ")
        lines = lines_of(text, font, width)
        wrapped += len(lines) - text.count("\n") - 1
        assert not breaks_inside_a_formula(lines), breaks_inside_a_formula(lines)[:2]
        # Nothing held together is wider than the column: it would be cut off.
        metrics = QFontMetrics(font)
        assert all(metrics.horizontalAdvance(line.rstrip()) <= width for line in lines), lines
    assert wrapped > 5  # the texts do wrap at this width


def test_the_round_trip_matrices_stay_whole(make_window) -> None:
    """The Round trip tab's x and y written as [a b; c d] never split across lines."""
    window = make_window()
    window.show_view("roundtrip")
    label = window.view("roundtrip").shapes
    font = QFont(label.font())
    font.setPixelSize(24)
    for line in lines_of(label.text(), font, 300):
        assert line.count("[") == line.count("]"), line


def test_a_bar_inside_a_formula_is_no_break(make_window) -> None:
    """Unicode lets a line break after "|" even before a no-break space: the matrix's
    [C_c0ᵀ | C_c1ᵀ | C_c2ᵀ] stays on one line anyway."""
    from convt_lab.gui.lesson_words import held_together

    text = held_together("so y = [C_c0\u1d40 | C_c1\u1d40 | C_c2\u1d40]\u00b7[x_c0; x_c1] + b[1] is it")
    font = QFont()
    font.setPixelSize(20)
    for width in range(120, 700, 20):
        for line in lines_of(text, font, width):
            assert line.count("[") == line.count("]"), (width, line)


@pytest.mark.parametrize("channels", [False, True])
@pytest.mark.parametrize("width", [260, 330, 420, 520, 900])
def test_what_an_input_adds_is_never_broken_inside_an_entry(make_window, width, channels) -> None:
    """ "y[4,0]" at the end of a line and "+= 3·7;" on the next reads as two things, and so
    do "y[0]" and "[3,2] += 3·6"."""
    window = make_window(core.ConvTParams(input_size=(3, 3), kernel_size=(3, 3), stride=(2, 2)))
    if channels:
        assert window.state.set_channels(2, 3, 1, True)
    window.state.set_step(4)
    window.state.select(("input", 1, 0))
    panel = window.arithmetic
    assert "+= " in panel.text()
    font = panel.font_at(width)
    lines = lines_of(panel.shown(), font, width - 8)
    assert len(lines) > 2  # the list wraps at this width
    entry = re.compile(r"y(\[\d+\]\u2060?)?\[\d+,\d+\][ \u00a0]\+=[ \u00a0]\d+\u00b7\d+")
    heading = next(n for n, line in enumerate(lines) if line.rstrip().endswith(":"))
    listed = [line for line in lines[heading + 1:] if "+=" in line]  # not the closing note
    assert listed
    for line in listed:  # under the heading, whole entries only
        pieces = [p.strip() for p in line.split(";") if p.strip()]
        assert pieces and all(entry.fullmatch(p) for p in pieces), lines
