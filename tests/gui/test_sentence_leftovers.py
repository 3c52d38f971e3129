"""Sub-pixel and Overlap sentences checked against the ConvTranspose2d definition, in en and zh.

Along one axis, input r with tap j lands on output ``i = r·s + j·d − p``, so
output phase ``q = i mod s`` receives the taps j with ``(j·d − p) mod s = q``.
Everything expected here is counted with plain loops from that rule:

* which phases get no tap, and whether d changes how many (the cause named);
* which phases the output shows: phase q has rows only when ``q < H_out``;
* output_padding's strip: the last op cells of the output; cell i sits at
  ``i + p`` on the uncropped axis, and past ``(H − 1)s + d(k − 1) + 1`` no tap lands.

Chinese checks use only what does not depend on a pending translation: the
numbers, and words of strings already in the catalogue (公因数, 棋盘效应, …),
plus the absence of any claim the English must not make either.
"""

from __future__ import annotations

import itertools
import math

from convt_lab import core
from convt_lab.gui.state import LabState
from convt_lab.gui.views.overlap_view import OverlapView
from convt_lab.gui.views.subpixel_view import SubpixelView
from tests.gui.helpers import show
from tests.reference import axis_counts, out_len
from tests.gui.helpers import said

EN_DASH = "\u2013"


# -- the definition ------------------------------------------------------------------
def phase_taps(k: int, s: int, p: int, d: int) -> list[int]:
    """Taps per output phase q = 0 .. s − 1: the j < k with (j·d − p) mod s = q."""
    taps = [0] * s
    for j in range(k):
        taps[(j * d - p) % s] += 1
    return taps


def named_cause(k: int, s: int, p: int, d: int) -> str | None:
    """What makes the phases' counts differ, by asking the definition what-if questions.

    ``"short"``: some phases get no tap, and d = 1 would leave just as many
    without (so d is not to blame: too few taps); ``"factor"``: d leaves more
    phases without a tap than d = 1 would (the shared factor of d and s);
    ``"multiple"``: every phase gets a tap, but not the same number.
    """
    taps = phase_taps(k, s, p, d)
    if len(set(taps)) == 1:
        return None
    if 0 in taps:
        if taps.count(0) == phase_taps(k, s, p, 1).count(0):
            return "short"
        return "factor"
    return "multiple"


def shown_phases(out: int, s: int) -> list[int]:
    """The phases that have a row (column) in an output of this size."""
    return [q for q in range(s) if any(i % s == q for i in range(out))]


def views(qtbot, params):
    state = LabState(params)
    sub = show(qtbot, SubpixelView(state))
    over = show(qtbot, OverlapView(state))
    return state, sub, over


# -- 2: the cause named for uneven phases ----------------------------------------------
SWEEP = list(itertools.product(range(1, 6), range(1, 5), range(1, 4), range(0, 3)))


def test_the_definition_names_k_or_the_shared_factor() -> None:
    """k < s is named only with fewer taps than phases; the factor only when d leaves the holes."""
    for k, s, d, p in SWEEP:
        cause = named_cause(k, s, p, d)
        if cause == "short":
            assert k < s
        if cause == "factor":
            assert math.gcd(d, s) > 1
            # More taps would not fill the phases d skips.
            assert phase_taps(k + s, s, p, d).count(0) == phase_taps(k, s, p, d).count(0)
    # k = 1: one tap, one phase, whatever d is.
    assert named_cause(1, 2, 0, 2) == "short" and named_cause(1, 4, 1, 2) == "short"
    assert named_cause(3, 4, 0, 2) == "factor" and named_cause(2, 4, 0, 2) == "short"


def test_the_named_cause_holds_for_every_setting(qtbot, language) -> None:
    """k 1..5, s 1..4, d 1..3, p 0..2 on the height axis; the width axis stays one phase."""
    state, sub, over = views(qtbot, core.ConvTParams(input_size=4))
    zh = language == "zh"
    for k, s, d, p in SWEEP:
        if out_len(4, k, s, p, 0, d) < 1:
            continue  # no such layer
        assert state.request(input_size=(4, 4), kernel_size=(k, 1), stride=(s, 1),
                             dilation=(d, 1), padding=(p, 0), output_padding=(0, 0))
        assert out_len(4, k, s, p, 0, d) >= s  # every phase shows
        text = said(sub.explanation)
        line = said(over.explanation).split("\n")[0]
        g = math.gcd(d, s)
        cause = named_cause(k, s, p, d)
        where = (k, s, d, p, text, line)
        factor_words = ("share the factor", "\u516c\u56e0\u6570")  # 公因数
        if cause != "factor":
            assert not any(w in text or w in line for w in factor_words), where
        if cause != "short":
            assert "is less than" not in text and "is less than" not in line, where
        if cause == "factor":
            assert f"d={d}" in line and f"s={s}" in line, where
            if zh:
                assert f"d = {d} \u4e0e s = {s} \u6709\u516c\u56e0\u6570 {g}" in text, where
                assert f"\u6709\u516c\u56e0\u6570 {g}" in line, where
            else:
                assert f"d = {d} and s = {s} share the factor {g}" in text, where
                assert f"share the factor {g}, so the taps reach only one cell in {g}" in line
        elif cause == "short":
            assert f"k = {k}" in text and f"s = {s}" in text, where
            assert f"k={k}" in line and f"s={s}" in line, where
            if not zh:
                assert f"k = {k} is less than s = {s} (fewer taps than phases)" in text, where
                assert f"k={k} is less than s={s}" in line, where
        elif cause == "multiple":
            assert (f"k = {k} \u4e0d\u662f s = {s} \u7684\u500d\u6570" if zh  # 不是…的倍数
                    else f"k = {k} is not a multiple of s = {s}") in text, where
            assert (f"k={k} \u4e0d\u662f s={s} \u7684\u500d\u6570" if zh
                    else f"k={k} is not a multiple of s={s}") in line, where
        else:
            assert (f"k={k} \u662f s={s} \u7684\u500d\u6570" if zh
                    else f"k={k} is a multiple of s={s}") in line, where
            if s > 1:  # one phase (s = 1) has a sentence of its own
                # In Chinese the 1-tap sentence may still wait for its translation.
                assert any(ln.startswith(("Even: every phase has", "\u5747\u5300\uff1a"))
                           for ln in text.split("\n")), where


def test_k1_blames_k_not_the_dilation(qtbot, language) -> None:
    """k = 1, s = 2, d = 2: one tap reaches one phase of two; with d = 1 it is the same."""
    assert phase_taps(1, 2, 0, 2) == phase_taps(1, 2, 0, 1) == [1, 0]
    _, sub, over = views(qtbot, core.ConvTParams(input_size=4, kernel_size=1, dilation=2))
    text, line = said(sub.explanation), said(over.explanation).split("\n")[0]
    for words in ("share the factor", "\u516c\u56e0\u6570"):  # 公因数
        assert words not in text and words not in line, (text, line)
    assert "k = 1" in text and "s = 2" in text and "k=1" in line and "s=2" in line
    if language == "en":
        assert "because k = 1 is less than s = 2 (fewer taps than phases)" in text, text
        assert line.startswith("Both axes: k=1 is less than s=2:"), line


# -- 1: the pattern claimed is the one the shown output has ---------------------------
def axis_cases():
    """Small per-axis settings (n, k, s, d, p, op), many with an output shorter than s."""
    for n, k, s, d, p in itertools.product((1, 2), (1, 2, 3), (2, 3), (1, 2), (0, 1)):
        for op in range(max(s, d)):
            if out_len(n, k, s, p, op, d) >= 1:
                yield (n, k, s, d, p, op)


AXES = list(axis_cases())
#: Width settings: one phase, an even axis, an uneven one, and a 1-cell output.
WIDTHS = [(3, 1, 1, 1, 0, 0), (3, 2, 2, 1, 0, 0), (3, 3, 2, 1, 0, 0), (1, 1, 2, 1, 0, 0)]


def params_of(h, w) -> core.ConvTParams:
    return core.ConvTParams(*[(h[i], w[i]) for i in (0, 1, 2)], padding=(h[4], w[4]),
                            output_padding=(h[5], w[5]), dilation=(h[3], w[3]))


#: Words of strings the Chinese catalogue already has, for the Chinese runs.
ZH_UNEVEN, ZH_EVEN = "\u4e0d\u5747\u5300", "\u5747\u5300"  # 不均匀 均匀
ZH_NO_TAP = "\u6ca1\u6709\u6743\u91cd\u7684\u76f8\u4f4d"  # 没有权重的相位
ZH_HOLES, ZH_BOARD, ZH_STRIPES = "\u7a7a\u4f4d", "\u68cb\u76d8", "\u6761\u7eb9"  # 空位 棋盘 条纹
ZH_ACROSS, ZH_DOWN = "\u6a2a\u5411", "\u7eb5\u5411"  # 横向 纵向
LOOKS = {  # what the Uneven line names, and what it must not name
    "holes": (("holes", ZH_HOLES), ("checkerboard", "stripes", ZH_BOARD, ZH_STRIPES)),
    "checkerboard": (("checkerboard", ZH_BOARD), ("stripes", "holes", ZH_STRIPES, ZH_HOLES)),
    "rows": (("horizontal stripes", ZH_ACROSS + ZH_STRIPES),
             ("checkerboard", "vertical", "holes", ZH_BOARD, ZH_DOWN, ZH_HOLES)),
    "cols": (("vertical stripes", ZH_DOWN + ZH_STRIPES),
             ("checkerboard", "horizontal", "holes", ZH_BOARD, ZH_ACROSS, ZH_HOLES)),
}


def test_pattern_words_follow_the_phases_the_output_shows(qtbot, language) -> None:
    state, sub, _ = views(qtbot, core.ConvTParams())
    zh = language == "zh"
    seen = set()
    for h, w in itertools.product(AXES, WIDTHS):
        assert state.request(**params_of(h, w).as_dict())
        (nh, kh, sh, dh, ph, oph), (nw, kw, sw, dw, pw, opw) = h, w
        oh, ow = out_len(nh, kh, sh, ph, oph, dh), out_len(nw, kw, sw, pw, opw, dw)
        th, tw = phase_taps(kh, sh, ph, dh), phase_taps(kw, sw, pw, dw)
        rows, cols = shown_phases(oh, sh), shown_phases(ow, sw)
        layer = {th[a] * tw[b] for a in range(sh) for b in range(sw)}
        shown = {th[a] * tw[b] for a in rows for b in cols}
        text = said(sub.explanation)
        where = (h, w, text)
        lines = text.split("\n")
        uneven = [ln for ln in lines if ln.startswith(("Uneven:", ZH_UNEVEN))]
        no_tap_line = any(ln.startswith(("Phases with no tap", ZH_NO_TAP)) for ln in lines)
        if len(layer) == 1:
            assert any(ln.startswith(("Even:", ZH_EVEN)) for ln in lines), where
            seen.add("even")
            continue
        if len(shown) > 1:
            # The phases this output holds differ: the pattern they make is named.
            if 0 in shown:
                kind = "holes"
            elif len({th[a] for a in rows}) > 1 and len({tw[b] for b in cols}) > 1:
                kind = "checkerboard"
            else:
                kind = "rows" if len({th[a] for a in rows}) > 1 else "cols"
            seen.add(kind + ("" if len(rows) * len(cols) == sh * sw else " (some phases)"))
            (look, others) = LOOKS[kind]
            assert len(uneven) == 1 and look[1 if zh else 0] in uneven[0], where
            assert not any(o in uneven[0] for o in others), where
            assert no_tap_line == (0 in shown), where
            continue
        # The layer's phases differ, but not the ones this output holds: no pattern is claimed.
        (common,) = shown
        one = len(rows) * len(cols) == 1
        seen.add(("one phase" if one else "phases") + (", taps" if common else ", no tap"))
        assert not uneven and not no_tap_line, where
        assert len(rows) * len(cols) < sh * sw, where
        assert f"{oh}\u00d7{ow}" in lines[1], where
        if one:
            assert f"({rows[0]},{cols[0]})" in lines[1], where
        if zh:
            continue
        assert lines[1].startswith(f"The phases get {min(layer)} to {max(layer)} taps, but this "
                                   f"{oh}\u00d7{ow} output is too small to hold every phase"), where
        if one:
            assert f"holds only phase ({rows[0]},{cols[0]})" in text, where
        if common:
            assert "so it shows no checkerboard, stripes or holes" in text, where
            assert text.count("checkerboard") == 1 and text.count("stripes") == 1, where
            if not one:
                assert f"all get the same number of taps ({common})" in text, where
        else:
            assert "nothing from x reaches it" in text and "checkerboard" not in text, where
    assert seen >= {"even", "holes", "checkerboard", "rows", "cols", "holes (some phases)",
                    "one phase, taps", "one phase, no tap", "phases, taps", "phases, no tap"}, seen


def test_a_1x1_output_claims_no_checkerboard(qtbot, language) -> None:
    """Input 1, k 3, s 2, p 1: H_out = 0 − 2 + 2 + 1 = 1, so only phase (0, 0) shows."""
    assert out_len(1, 3, 2, 1, 0, 1) == 1
    assert phase_taps(3, 2, 1, 1) == [1, 2]  # phase 0 gets 1 tap, phase 1 gets 2
    _, sub, _ = views(qtbot, core.ConvTParams(input_size=1, kernel_size=3, padding=1))
    text = said(sub.explanation)
    assert not any(ln.startswith(("Uneven", "\u4e0d\u5747\u5300")) for ln in text.split("\n"))
    assert "checkerboard \u2014" not in text, text
    assert "1\u00d71" in text and "(0,0)" in text, text
    if language == "en":
        assert ("The phases get 1 to 4 taps, but this 1\u00d71 output is too small to hold every "
                "phase: it holds only phase (0,0), so it shows no checkerboard, stripes or holes."
                ) in text, text


# -- 5: PixelShuffle's blocks are cropped when the size is not a multiple of s ----------
def test_pixel_shuffle_line_says_when_blocks_are_cropped(qtbot, language) -> None:
    state, sub, _ = views(qtbot, core.ConvTParams())
    zh = language == "zh"
    cases = [((2, 2), 3, (2, 2), 0, (0, 0)),
             ((2, 2), 4, (2, 2), 1, (0, 0)),
             ((2, 2), 4, (2, 3), 1, (0, 0)),
             ((2, 3), 3, (2, 2), 0, (1, 0)),
             ((3, 2), 3, (2, 2), 0, (0, 1)),
             ((1, 1), 1, (2, 3), 0, (0, 0))]
    kinds = set()
    for size, k, s, p, op in cases:
        assert state.request(input_size=size, kernel_size=(k, k), stride=s, padding=(p, p),
                             output_padding=op, dilation=(1, 1))
        oh = out_len(size[0], k, s[0], p, op[0], 1)
        ow = out_len(size[1], k, s[1], p, op[1], 1)
        line = next(ln for ln in said(sub.explanation).split("\n")
                    if "PixelShuffle" in ln or "blocks" in ln or "\u5c0f\u5757" in ln)
        where = (size, k, s, p, op, line)
        cut_rows, cut_cols = oh % s[0] != 0, ow % s[1] != 0
        cropped = ("cropped" in line) or ("\u88c1" in line)  # 裁
        assert cropped == (cut_rows or cut_cols), where
        kinds.add((cut_rows, cut_cols))
        if zh or not cropped:
            continue
        if cut_rows and cut_cols:
            assert (f"Neither the output's height {oh} nor its width {ow} is a multiple of the "
                    "stride, so the last row and the last column of blocks are cropped.") in line
        elif cut_rows:
            assert (f"The output's height {oh} is not a multiple of {s[0]}, so the last row of "
                    "blocks is cropped.") in line, where
        else:
            assert (f"The output's width {ow} is not a multiple of {s[1]}, so the last column "
                    "of blocks is cropped.") in line, where
    assert len(kinds) == 4  # none, rows, columns, both


# -- 3: the output_padding strip is named whole ----------------------------------------
def no_full_cell(n, k, s, p, op, d) -> bool:
    """Whether no output index meets every tap (each i + p − a·d a stride point of the input)."""
    return not any(all(0 <= i + p - a * d <= (n - 1) * s for a in range(k))
                   for i in range(out_len(n, k, s, p, op, d)))


def strip_cases():
    """Layers with output_padding, short inputs (no cell meets every tap) and longer ones.

    The strip is named whatever the counts do: listed, too short to repeat, even or
    alternating.
    """
    for n, k, s, d, p in itertools.product((1, 2, 5), (1, 2, 3), (1, 2, 3, 4), (1, 2, 3), (0, 1, 2)):
        for op in range(1, max(s, d)):
            out = out_len(n, k, s, p, op, d)
            if 1 <= out <= 24:
                yield (n, k, s, d, p, op)


def cells(first: int, last: int, zh: bool, axis: str) -> str:
    if zh:
        return f"{first}" if first == last else f"{first}{EN_DASH}{last}"
    word = {"H": ("row", "rows"), "W": ("column", "columns")}[axis]
    return f"{word[0]} {first}" if first == last else f"{word[1]} {first}{EN_DASH}{last}"


def test_output_padding_strip_is_named_whole(qtbot, language) -> None:
    zh = language == "zh"
    state, _, over = views(qtbot, core.ConvTParams())
    seen = {"whole": 0, "part": 0}
    for n, k, s, d, p, op in strip_cases():
        # The width axis: 4 inputs, k = s = 1, so its sentence differs from the height's.
        assert state.request(input_size=(n, 4), kernel_size=(k, 1), stride=(s, 1),
                             dilation=(d, 1), padding=(p, 0), output_padding=(op, 0))
        counts = axis_counts(n, k, s, p, op, d)
        out = len(counts)
        strip = list(range(max(0, out - op), out))
        full = (n - 1) * s + d * (k - 1) + 1  # the uncropped scatter result without op
        past = [i for i in strip if i + p >= full]
        assert all(counts[i] == 0 for i in past)
        line = said(over.explanation).split("\n")[0]
        where = (n, k, s, d, p, op, line)
        if not past:  # op ≤ p: the whole strip lies where p would have cropped
            assert "output_padding" not in said(over.explanation), where
            continue
        assert line.startswith(("Height", "\u9ad8\u5ea6")), where
        whole = cells(strip[0], strip[-1], zh, "H")
        zeros = cells(past[0], past[-1], zh, "H")
        assert whole in line, where
        if zh:
            continue
        if past == strip:
            seen["whole"] += 1
            if len(past) == 1:
                assert f"The last 0 is output_padding's strip ({whole}), which no tap reaches." \
                    in line, where
            else:
                assert (f"The last {len(past)} zeros are output_padding's strip ({whole}), "
                        "which no tap reaches.") in line, where
        else:
            seen["part"] += 1
            last = "the last 0" if len(past) == 1 else f"the last {len(past)} zeros"
            verb = "lies" if len(past) == 1 else "lie"
            assert (f"The output_padding strip is {whole}: {last} ({zeros}) {verb} past the full "
                    "scatter result, where no tap reaches, and the rest of the strip lies where "
                    f"p = {p} had cropped.") in line, where
    if not zh:
        assert seen["whole"] and seen["part"], seen


def test_two_wide_strip_is_not_named_as_one_row(qtbot, language) -> None:
    """Input 1, k 2, s 3, p 1, op 2: H_out = 2; both rows are op's strip, row 1 gets no tap."""
    assert axis_counts(1, 2, 3, 1, 2, 1) == [1, 0]
    _, _, over = views(qtbot, core.ConvTParams(input_size=(1, 4), kernel_size=(2, 1),
                                               stride=(3, 1), padding=(1, 0),
                                               output_padding=(2, 0)))
    line = said(over.explanation).split("\n")[0]
    assert f"0{EN_DASH}1" in line, line
    if language == "en":
        assert "The last 0 is output_padding's strip" not in line
        assert "The output_padding strip is rows 0\u20131: the last 0 (row 1)" in line, line


# -- the Sub-pixel caption counts the phases the output holds ---------------------------
def test_output_caption_counts_the_phases_it_holds(qtbot, language) -> None:
    """Input 1, k 2, s 3: H_out = 0 + 1 + 1 = 2 < 3, so 2·2 of the 3·3 phases appear."""
    assert out_len(1, 2, 3, 0, 0, 1) == 2
    held = len(shown_phases(2, 3)) ** 2
    _, sub, _ = views(qtbot, core.ConvTParams(input_size=1, kernel_size=2, stride=3))
    caption = sub.captions["output"].text()
    if language == "en":
        assert caption == f"Output 2\u00d72: {held} of the 9 phases", caption
    else:
        assert caption == f"\u8f93\u51fa 2\u00d72\uff1a\u542b 9 \u4e2a\u76f8\u4f4d\u4e2d\u7684 {held} \u4e2a", caption
    # An output that holds every phase says only how many there are.
    _, sub, _ = views(qtbot, core.ConvTParams(input_size=3, kernel_size=3, stride=2))
    assert "9" not in sub.captions["output"].text() and "4" in sub.captions["output"].text()


# -- the Matrix summary names an equal count once ---------------------------------------
def test_matrix_summary_says_one_count_when_every_row_has_it(qtbot, language) -> None:
    """k 1, s 1 on a wide input: every output cell meets exactly one tap (one per row)."""
    from convt_lab.gui.views.matrix_view import MatrixView

    n = 7  # 49 rows and columns: a window of them is drawn, the summary written below
    state = LabState(core.ConvTParams(input_size=n, kernel_size=1, stride=1))
    view = show(qtbot, MatrixView(state))
    assert view.rows_shown[1] - view.rows_shown[0] < n * n
    text = said(view.info)
    assert axis_counts(n, 1, 1, 0, 0, 1) == [1] * n  # the definition: one tap everywhere
    if language == "en":
        assert "Non-zeros per row (taps per output cell): 1 in every row." in text, text
        assert "from 1 to 1" not in text, text
    else:
        assert "\u6bcf\u884c\u90fd\u662f 1 \u4e2a" in text, text
    # Uneven rows still give the range: k 3, s 2 meets 1 to 4 taps per output cell.
    state.request(kernel_size=(3, 3), stride=(2, 2))
    counts = axis_counts(n, 3, 2, 0, 0, 1)
    low, high = min(counts) ** 2, max(counts) ** 2
    if language == "en":
        assert f"from {low} to {high}." in said(view.info), said(view.info)
