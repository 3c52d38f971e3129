"""The lesson's sentences, in English and Chinese, against definitions written here.

Every fact a test checks is derived in this file from PyTorch's documented
rules, never read from the code under test:

* per side of step 3: the top/left gets P = d(k−1) − p rows, the bottom/right
  P + op; a pad when ≥ 0, a crop when < 0;
* the op strip: output row i sits at row i + p of the full scatter result,
  which has (H−1)s + d(k−1) + 1 rows; a strip row holds sums when it lies
  inside it, zeros (plus bias) past it;
* which sizes N Conv2d maps to H: brute force over N with
  ⌊(N + 2p − d(k−1) − 1)/s⌋ + 1;
* the sizes each op gives: (H−1)s − 2p + d(k−1) + op + 1.
"""

from __future__ import annotations

import re

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication

from convt_lab import core
from convt_lab.gui.i18n import install_language
from convt_lab.gui.lesson_text import lesson_steps

MINUS, TIMES, ARROW = "\u2212", "\u00d7", "\u2192"


# -- the definitions, written out ----------------------------------------------
def convt_size(n, k, s, p, op, d):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def conv_size(n, k, s, p, d):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def side_amounts(k, p, op, d):
    """(top/left, bottom/right): rows added (> 0) or cropped (< 0)."""
    first = d * (k - 1) - p
    return first, first + op


def full_size(n, k, s, d):
    """Rows of the full scatter result: every x[i] stamps d(k−1) + 1 rows from row i·s."""
    return (n - 1) * s + d * (k - 1) + 1


def strip_rows(n, k, s, p, op, d):
    """For each row of the op strip (y's last op rows, or all of y when it is shorter):
    True when it lies inside the full scatter result (y's row i is its row i + p)."""
    full = full_size(n, k, s, d)
    out = convt_size(n, k, s, p, op, d)
    return [i + p < full for i in range(max(0, out - op), out)]


def crops_overlap(n, k, s, p, d):
    """Whether the crops of p at the two ends of the full scatter result overlap."""
    return 2 * p > full_size(n, k, s, d)


def given_back(n, s, first, op):
    """Rows of the zero-inserted grid (Z rows) op gives back at the bottom/right.

    Without op the bottom crop removes rows Z + first .. Z − 1 (first = P < 0); with op it
    removes only those from Z + first + op, and the top crop still removes rows < −first.
    """
    rows = (n - 1) * s + 1
    return max(0, min(rows, rows + first + op) - max(-first, rows + first))


def maps_back(n, k, s, p, d):
    """Every size N >= 1 that Conv2d maps to n (brute force; N beyond the bound maps higher)."""
    bound = (n + 1) * s + d * k + 2 * p + 2
    return [m for m in range(1, bound) if conv_size(m, k, s, p, d) == n]


def minus(v: int) -> str:
    return f"{MINUS}{-v}" if v < 0 else str(v)


def floor_text(m, k, s, p, d):
    c = 2 * p - d * (k - 1) - 1
    if c == 0:
        return f"\u230a{m}/{s}\u230b + 1"
    inner = f"{m} + {c}" if c > 0 else f"{m} {MINUS} {-c}"
    return f"\u230a({inner})/{s}\u230b + 1"


# -- reading the sentences -----------------------------------------------------
UNITS_EN = r"(?:rows?/columns?|rows?|columns?)"
SIDE_RE = {
    "en": re.compile(
        r"(Each side|Top and bottom|Left and right|Top/left|Top|Left|bottom/right|bottom|right): "
        rf"(?:add (\d+) {UNITS_EN} of zeros|crop (\d+) {UNITS_EN}|(nothing) added or cropped)"
    ),
    "zh": re.compile(
        r"(上下左右各|上下各|左右各|上方和左侧|上方|左侧|下方和右侧|下方|右侧)"
        r"(?:补 (\d+) (?:行/列|行|列)零|裁掉 (\d+) (?:行/列|行|列)|(不补也不裁))"
    ),
}
OPENINGS = {
    "en": {"": ("Each side", "Top/left", "bottom/right"), "H": ("Top and bottom", "Top", "bottom"),
           "W": ("Left and right", "Left", "right")},
    "zh": {"": ("上下左右各", "上方和左侧", "下方和右侧"), "H": ("上下各", "上方", "下方"),
           "W": ("左右各", "左侧", "右侧")},
}
LABELS = {"en": ("Height: ", "Width: "), "zh": ("高度方向：", "宽度方向：")}
WHY = {
    "en": ("Why output_padding: ", "Why output_padding (height): ", "Why output_padding (width): "),
    "zh": ("为什么需要输出填充 op：", "为什么需要输出填充 op（高度方向）：", "为什么需要输出填充 op（宽度方向）："),
}


def sides_said(text: str, lang: str) -> list[tuple[str, int]]:
    """(opening, signed amount) of every side sentence in ``text``."""
    return [
        (m.group(1), int(m.group(2)) if m.group(2) else -int(m.group(3)) if m.group(3) else 0)
        for m in SIDE_RE[lang].finditer(text)
    ]


def axis_params(params: core.ConvTParams, a: int) -> dict[str, int]:
    n, k, s, p, op, d = (getattr(params, f)[a] for f in core.FIELDS)
    return dict(n=n, k=k, s=s, p=p, op=op, d=d)


def segments(body: str, lang: str, labels) -> dict[str, str]:
    """The text for both axes (key "") or per axis ("H", "W"), by the labels."""
    found: dict[str, str] = {}
    key = None
    for line in body.split("\n"):
        for axis, label in zip(("H", "W"), labels):
            if line.startswith(label):
                key, line = axis, line[len(label):]
                found[key] = ""
        if key is not None:  # a line without a label continues the axis above it
            found[key] += ("\n" if found[key] else "") + line
    return found or {"": body}


# -- one parameter set, both languages ----------------------------------------------
@pytest.fixture
def languages(qapp):
    """Run a check in English and in Chinese; English afterwards."""

    def run(check) -> None:
        for lang in ("en", "zh"):
            assert install_language(QCoreApplication.instance(), lang)
            check(lang)
        install_language(QCoreApplication.instance(), "en")

    yield run
    install_language(QCoreApplication.instance(), "en")


def steps_for(params: core.ConvTParams):
    x = np.arange(1, params.input_size[0] * params.input_size[1] + 1, dtype=float).reshape(params.input_size)
    w = np.ones(params.kernel_size)
    return lesson_steps(
        core.walkthrough(x, w, params.stride, params.padding, params.output_padding, params.dilation)
    )


def check_lesson(params: core.ConvTParams, lang: str) -> None:
    """Every per-axis fact of steps 3 to 5, in ``lang``."""
    steps = steps_for(params)
    v = [axis_params(params, a) for a in (0, 1)]
    same = v[0] == v[1]

    # Titles: the size of the grid each step produces; step 4's is the output.
    out = tuple(convt_size(**va) for va in v)
    found = re.findall(rf"(\d+){TIMES}(\d+)", steps[3].title)
    assert tuple(map(int, found[-1])) == out, steps[3].title
    assert tuple(map(int, re.findall(rf"(\d+){TIMES}(\d+)", steps[4].title)[-1])) == out

    # Step 3: the amount on each side, from the definition.
    seg3 = segments(steps[2].body, lang, LABELS[lang])
    if same:
        assert set(seg3) == {""}, steps[2].body
    for key, text in seg3.items():
        va = v[1] if key == "W" else v[0]
        first, last = side_amounts(va["k"], va["p"], va["op"], va["d"])
        both, top, bottom = OPENINGS[lang][key]
        said = sides_said(text, lang)
        if va["op"] == 0:
            assert said == [(both, first)], (text, first)
        else:
            assert said == [(top, first), (bottom, last)], (text, first, last)
        assert f"{MINUS} {va['p']} = {minus(first)}" in text  # P = d(k−1) − p = ...
        overlap = crops_overlap(va["n"], va["k"], va["s"], va["p"], va["d"])
        if first < 0 < va["op"]:
            back = given_back(va["n"], va["s"], first, va["op"])
            rows_z = (va["n"] - 1) * va["s"] + 1
            if 2 * -first > rows_z:  # the two crops of the zero-inserted grid overlap
                if lang == "en":
                    said = f"gives back only {back} of the" if back else "gives back none of the"
                else:
                    said = f"中的 {back} " if back else "中的任何部分"
                assert said in text, (said, text)
            elif lang == "en":
                assert (f"gives back {back} cropped" in text) or (f"gives back the {back} cropped" in text)
            else:
                assert f"被裁掉的 {back} " in text
            if va["op"] > -first:
                assert f"|P| = {va['op'] + first} " in text
        # The op strip: which rows hold sums, which are zeros.
        rows = strip_rows(**{f: va[f] for f in ("n", "k", "s", "p", "op", "d")})
        sums, zeros = sum(rows), len(rows) - sum(rows)
        if va["op"]:
            zero_words = "zeros (plus the bias)" if lang == "en" else "零（加上偏置）"
            sum_words = "worked out like any other cell" if lang == "en" else "照常计算"
            # Rows inside the full result on which no input lands are zeros too, and said so.
            hit = {r * va["s"] + a * va["d"] for r in range(va["n"]) for a in range(va["k"])}
            out = convt_size(**va)
            inside = [i + va["p"] for i, row in zip(range(max(0, out - va["op"]), out), rows) if row]
            empty = bool(inside) and not any(i in hit for i in inside)
            assert (zero_words in text) == (zeros > 0 or empty), text
            assert (sum_words in text) == (sums > 0), text
            if overlap:
                full = full_size(va["n"], va["k"], va["s"], va["d"])
                out = convt_size(**va)
                if lang == "en":
                    assert f"the full scatter result has only {full} " in text, text
                    assert f"y has only {out} " in text, text
                    assert (f"gives back the {sums} the other" in text) if sums else ("gives back none." in text)
                    assert (f"y's {zeros} " in text) == (zeros > 0), text
                else:
                    assert f"完整分发结果只有 {full} " in text and f"y 只有 {out} " in text, text
                    assert (f"没有裁掉的 {sums} " in text) if sums else ("一个也放不回" in text)
                    assert (f"之外的 {zeros} " in text) == (zeros > 0), text
            elif zeros and sums:
                assert f"p = {zeros} " in text  # op − p = zeros
        elif lang == "en":
            assert "op strip" not in text

    # No double labels ("Height: Why output_padding: ...").
    for step in steps:
        assert "Height: Why" not in step.body and "方向：为什么" not in step.body

    # Step 5: why output_padding, every op the rules allow.
    why = [line for line in steps[4].body.split("\n") if line.startswith(WHY[lang])]
    for a, key in ((0, "H"), (1, "W")):
        va = v[a]
        if max(va["s"], va["d"]) == 1:
            continue
        text = next((line for line in why if line.startswith(WHY[lang][0]) or
                     line.startswith(WHY[lang][1 if key == "H" else 2])), None)
        assert text is not None, steps[4].body
        back = maps_back(va["n"], va["k"], va["s"], va["p"], va["d"])
        for op in range(max(va["s"], va["d"])):
            size = convt_size(**{**va, "op": op})
            if size < 1:
                continue
            formula = floor_text(size, va["k"], va["s"], va["p"], va["d"])
            assert formula in text, (formula, text)
            if size in back and len(back) > 1:
                assert f"op = {op} {ARROW} {size}" in text, text
            elif size not in back:
                assert f"op = {op} " in text
                assert f"{formula} = {conv_size(size, va['k'], va['s'], va['p'], va['d'])}" in text, text
        if not back:
            assert ("No size N \u2265 1 maps to" in text) if lang == "en" else ("没有任何尺寸 N \u2265 1 映射到" in text)


CASES = {
    "lesson": core.ConvTParams((2, 2), 3, 2, 0),
    "crop": core.ConvTParams((4, 4), 3, 2, 3),
    "crop-op<|P|": core.ConvTParams((3, 3), 3, 3, 4, 1),
    "crop-op=|P|": core.ConvTParams((3, 3), 3, 2, 3, 1),
    "crop-op>|P|": core.ConvTParams((3, 3), 3, 3, 3, 2),
    "op-only-by-d": core.ConvTParams((2, 2), 3, 2, 0, 2, 3),
    "s1-d2-op1": core.ConvTParams((3, 3), 3, 1, 1, 1, 2),
    "p0-op1": core.ConvTParams((2, 2), 3, 2, 0, 1),
    "p1-op1": core.ConvTParams((2, 2), 3, 2, 1, 1),
    "p1-op2": core.ConvTParams((2, 2), 3, 3, 1, 2),
    "k1": core.ConvTParams((3, 3), 1, 2, 0, 1),
    "1x1-output": core.ConvTParams((2, 2), 3, 1, 3, 1, 2),
    "rectangular": core.ConvTParams((3, 4), (2, 3), (2, 1), (0, 1), (1, 0), (1, 1)),
    "rectangular-crop": core.ConvTParams((2, 5), (3, 2), (3, 1), (3, 0), (2, 0), (1, 2)),
    # The crops at the two ends overlap (2p > the full result's 7, 3 and 1 rows): op gives
    # back only what the other crop leaves, and past the full result adds zeros.
    "crops-overlap": core.ConvTParams((2, 2), 1, 6, 4, 5),
    "crops-overlap-d3": core.ConvTParams((2, 2), 1, 2, 2, 2, 3),
    "crops-overlap-nothing-back": core.ConvTParams((1, 1), 1, 3, 1, 2),
    "k1-crop": core.ConvTParams((3, 3), 1, 1, 1),
    "pad-one-axis": core.ConvTParams((2, 2), 2, 2, (1, 0)),
}


@pytest.mark.parametrize("key", list(CASES))
def test_the_lesson_says_what_the_definition_gives(languages, key) -> None:
    params = CASES[key]
    languages(lambda lang: check_lesson(params, lang))


def test_the_cases_cover_what_they_claim() -> None:
    """The named cases really are what their names say (computed here, not by the app)."""
    def first_axis(key):
        return axis_params(CASES[key], 0)

    for key, rel in (("crop-op<|P|", "<"), ("crop-op=|P|", "="), ("crop-op>|P|", ">")):
        va = first_axis(key)
        first, _ = side_amounts(va["k"], va["p"], va["op"], va["d"])
        assert first < 0
        assert {"<": va["op"] < -first, "=": va["op"] == -first, ">": va["op"] > -first}[rel]
    va = first_axis("op-only-by-d")
    assert va["op"] >= va["s"] and va["op"] < va["d"]
    assert convt_size(**va) == 11 and conv_size(11, va["k"], va["s"], va["p"], va["d"]) == 3
    assert convt_size(**first_axis("1x1-output")) == 1
    assert not maps_back(**{f: first_axis("1x1-output")[f] for f in ("n", "k", "s", "p", "d")})
    h, w = axis_params(CASES["rectangular"], 0), axis_params(CASES["rectangular"], 1)
    assert h != w


def test_the_crop_titles_name_the_crop(languages) -> None:
    def check(lang):
        title = steps_for(CASES["crop"])[2].title
        assert ("Crop p \u2212 d(k\u22121) = 1" in title) if lang == "en" else ("裁掉 p \u2212 d(k\u22121) = 1" in title)
        title = steps_for(core.ConvTParams((3, 3), 3, 2, 1))[2].title
        assert ("Pad each side with P = d(k\u22121) \u2212 p = 1 row/column of zeros" in title
                if lang == "en" else "上下左右各补 P = d(k\u22121) \u2212 p = 1 行/列零" in title)
        title = steps_for(core.ConvTParams((3, 3), 3, 2, 2))[2].title
        assert ("No padding (P = 0)" in title) if lang == "en" else ("不补零（P = 0）" in title)

    languages(check)


def test_k1_speaks_in_the_singular() -> None:
    steps = steps_for(core.ConvTParams((3, 3), 1, 1, 0))
    text = "\n".join(s.title + "\n" + s.body for s in steps)
    assert "the 1 products" not in text and "= 1 cells" not in text
    assert "single product" in steps[3].body
    assert "spans 1 cell" in steps[3].body
    assert "No padding (P = 0)" in steps[2].title
    assert "0 zeros" not in text


def test_negative_numbers_use_a_real_minus() -> None:
    steps = steps_for(CASES["crop"])
    body = steps[2].body
    assert f"= {MINUS}1" in body and "2\u00b7(\u22121)" in body
    assert not re.search(r"(?<![\w)])-\d", "\n".join(s.body for s in steps))


AXIS = st.fixed_dictionaries({
    "n": st.integers(1, 5), "k": st.integers(1, 4), "s": st.integers(1, 4),
    "p": st.integers(0, 6), "d": st.integers(1, 3),
}).flatmap(lambda a: st.fixed_dictionaries({
    **{f: st.just(v) for f, v in a.items()}, "op": st.integers(0, max(a["s"], a["d"]) - 1),
})).filter(lambda a: convt_size(**a) >= 1)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(h=AXIS, w=AXIS, square=st.booleans())
def test_sweep_per_side_numbers_match_the_definition(languages, h, w, square) -> None:
    if square:
        w = h
    params = core.ConvTParams(
        (h["n"], w["n"]), (h["k"], w["k"]), (h["s"], w["s"]), (h["p"], w["p"]),
        (h["op"], w["op"]), (h["d"], w["d"]),
    )
    languages(lambda lang: check_lesson(params, lang))


FULL_WORDS = {  # the sentence on what p does to the full convolution's border, per language
    "en": {"full": "would be the \u201cfull\u201d convolution.", "leaving": "leaving {q}.",
           "none": "none remain.", "crops": "and crops {c} "},
    "zh": {"full": "对应“完全”（full）卷积。", "leaving": "还剩 {q} ",
           "none": "不剩。", "crops": "还要再裁掉插零后网格本身的 {c} "},
}


@pytest.mark.parametrize("n, k, s, p, op, d", [
    (4, 3, 1, 1, 0, 1),  # P = 1: a border remains
    (4, 3, 2, 2, 0, 1),  # P = 0: none remains
    (4, 3, 2, 3, 0, 1),  # P = -1: a crop
    (4, 3, 2, 3, 1, 1),  # P = -1 with op
    (3, 4, 1, 1, 0, 2),  # dilated: d(k-1) = 6, P = 5
    (3, 2, 3, 4, 2, 1),  # P = -3, op given back
    (4, 2, 2, 1, 0, 1),  # a border of one row, all taken: no "all 1 rows"
])
def test_step_3_says_how_much_of_the_full_border_p_takes(languages, n, k, s, p, op, d) -> None:
    params = core.ConvTParams((n, n), (k, k), (s, s), (p, p), (op, op), (d, d))
    reach, pad = d * (k - 1), d * (k - 1) - p  # the full convolution's border, and P

    def check(lang):
        body = steps_for(params)[2].body
        words = FULL_WORDS[lang]
        assert f"P = d(k{MINUS}1) = {reach} {words['full']}" in body
        assert "So padding crops here" not in body
        assert "all 1 " not in body  # one row is not "all 1 row"
        if pad > 0:
            assert words["leaving"].format(q=pad) in body
        elif pad == 0:
            assert words["none"] in body
        else:
            assert words["crops"].format(c=-pad) in body

    languages(check)


@pytest.mark.parametrize("n, k, s, p, d", [
    (2, 3, 2, 0, 1),  # the lesson: ⌊(N − 3)/2⌋ + 1
    (4, 3, 2, 1, 2),  # 2·1 − 2·2 − 1 = −3
    (3, 2, 3, 2, 1),  # 2·2 − 1 − 1 = +2
    (5, 3, 2, 1, 1),  # 2 − 2 − 1 = −1
    (4, 2, 2, 1, 1),  # 2 − 1 − 1 = 0: ⌊N/2⌋ + 1, nothing folded
])
def test_why_output_padding_shows_where_the_constant_comes_from(languages, n, k, s, p, d) -> None:
    """Conv2d's size with this layer's numbers put in, then the constant folded."""
    params = core.ConvTParams((n, n), (k, k), (s, s), (p, p), (0, 0), (d, d))
    put_in = f"\u230a(N + 2\u00b7{p} {MINUS} {d}\u00b7({k}{MINUS}1) {MINUS} 1)/{s}\u230b + 1"
    sizes = [m for m in range(1, 60) if conv_size(m, k, s, p, d) == n]  # what maps back to n

    def check(lang):
        body = steps_for(params)[4].body
        assert f"{put_in} = {floor_text('N', k, s, p, d)}" in body, body
        for m in sizes:  # each N that maps back is shown folded the same way
            assert floor_text(m, k, s, p, d) in body, (m, body)

    languages(check)


@pytest.mark.parametrize("n, k, s, p, op, d", [
    (1, 2, 2, 1, 1, 1),  # op = 0 gives (1-1)*2 - 2 + 1 + 1 = 0: no size; only op = 1 gives 1
    (2, 3, 2, 0, 0, 1),  # the lesson: two sizes map back (no such sentence)
    (3, 3, 1, 1, 1, 2),  # stride 1, d = 2: op 0 gives 3, the only size back; op 1 is allowed
])
def test_the_only_size_back_names_the_op_that_gives_it(languages, n, k, s, p, op, d) -> None:
    params = core.ConvTParams((n, n), (k, k), (s, s), (p, p), (op, op), (d, d))
    n0 = convt_size(n, k, s, p, 0, d)  # op = 0's size, maybe below 1
    back = [m for m in range(1, 60) if conv_size(m, k, s, p, d) == n]
    ops = [m - n0 for m in back if 0 <= m - n0 < max(s, d)]

    def check(lang):
        body = steps_for(params)[4].body
        if len(back) == 1:  # (the sentence is there when s or d > 1: op has a choice)
            said = "which op = {op} gives" if lang == "en" else "也就是 op = {op} 给出的尺寸"
            assert said.format(op=ops[0]) in body, body
            assert ops[0] == back[0] - n0
        for wrong in range(max(s, d)):
            if len(back) == 1 and wrong != ops[0]:
                assert f"which op = {wrong} gives" not in body

    languages(check)


@pytest.mark.parametrize("n, k, s, p, op, d", [
    (3, 1, 3, 2, 2, 1),  # P = -2, P + op = 0: op gives back 2 cropped rows and adds no zeros
    (4, 3, 2, 2, 1, 1),  # P = 0, P + op = 1: op adds 1 row of zeros to the padded grid
])
def test_op_adds_zeros_only_where_the_padded_grid_grows(languages, n, k, s, p, op, d) -> None:
    params = core.ConvTParams((n, n), (k, k), (s, s), (p, p), (op, op), (d, d))
    pad = d * (k - 1) - p
    added = max(0, pad + op) - max(0, pad)  # zero rows op adds at the bottom/right

    def check(lang):
        body = steps_for(params)[2].body
        words = "The zeros op adds are in the padded grid" if lang == "en" else "op 补的零在填充后的网格里"
        assert (words in body) == (added > 0), (added, body)

    languages(check)


@pytest.mark.parametrize("n, s, p, op", [(3, 1, 1, 0), (3, 2, 2, 1), (4, 2, 1, 0)])
def test_k1_has_no_border_for_p_to_take(languages, n, s, p, op) -> None:
    """With k = 1, d(k−1) = 0: p crops the zero-inserted grid itself, there is no border."""
    params = core.ConvTParams((n, n), 1, s, p, op)

    def check(lang):
        body = steps_for(params)[2].body
        assert "(0 row" not in body and "全部 0 " not in body, body
        said = f"crops {p} " if lang == "en" else f"每一边裁掉 {p} "
        assert said in body and (("no border of zeros" in body) if lang == "en" else ("没有零边框" in body))

    languages(check)


@pytest.mark.parametrize("k, p", [((2, 2), (1, 0)), ((3, 1), (1, 0)), ((1, 1), (1, 0)), ((3, 4), (0, 0))])
def test_step_3_title_names_each_axis_when_they_differ(languages, k, p) -> None:
    """P per axis from the definition; a pair like (0, 1) is told axis by axis."""
    params = core.ConvTParams((3, 3), k, 1, p)
    first = [side_amounts(k[a], p[a], 0, 1)[0] for a in (0, 1)]
    assert first[0] != first[1]

    def check(lang):
        title = steps_for(params)[2].title
        if min(first) >= 0:
            h, w = first
            said = (f"{h} row{'s' * (h != 1)} of zeros at the top and bottom, "
                    f"{w} column{'s' * (w != 1)} at the left and right") if lang == "en" else \
                f"上下各补 {h} 行零，左右各补 {w} 列"
        else:
            h, w = -first[0], -first[1]
            said = (f"{h} row{'s' * (h != 1)} at the top and bottom, "
                    f"{w} column{'s' * (w != 1)} at the left and right") if lang == "en" else \
                f"上下各裁掉 {h} 行，左右各裁掉 {w} 列"
        assert said in title, (said, title)

    languages(check)
