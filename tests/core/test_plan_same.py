"""The planner on Conv2d layers with padding='same' or 'valid', against the definitions
of tests/reference.py (``conv_windows``, ``same_pads``).

PyTorch's ``Conv2d`` with ``padding='same'`` (stride 1 only) pads d(k − 1)
cells in all on each axis: ``d(k − 1) // 2`` before and the rest after
(ATen's ``_convolution_same``).
``'valid'`` pads nothing.  A whole-number padding p pads p on both sides.
"""

from __future__ import annotations

import itertools

import pytest

from convt_lab.core.plan import Note, parse, plan
from convt_lab.core.plan_lesson import LessonLayer, lesson_layer
from convt_lab.core.plan_reach import reach
from tests.reference import conv_windows, same_pads


def whole_paddings(n: int, k: int, d: int, t: int) -> list[int]:
    """The whole-number paddings (tried up to a bound) that give size t at stride 1."""
    return [p for p in range(0, n + d * k + t + 2) if conv_windows(n, p, p, k, d) == t]


@pytest.mark.parametrize("k,d", [(1, 1), (2, 1), (3, 1), (4, 1), (5, 1), (3, 2), (2, 3), (4, 3)])
def test_reach_on_a_same_layer_is_true(k, d) -> None:
    """Every wanted size: the answer gives it, or the reason's numbers are the layer's."""
    for n in range(1, 8):
        step = plan(parse(f"Conv2d(1, 1, {k}, padding='same', dilation={d})"), (1, n, n))[0]
        now = conv_windows(n, *same_pads(k, d), k, d)
        assert step.output == (1, now, now)
        for th, tw in itertools.product(range(1, n + 6), (n, n + 1)):
            answer = reach(step, (th, tw))
            for t, r in zip((th, tw), answer):
                same = (th, tw) == (now, now)  # 'same' as it is gives the wanted size
                assert (r.padding == "same") == same, (n, th, tw)
                if r.ok and not same:
                    assert conv_windows(n, r.padding, r.padding, k, d) == t
                    continue
                if same:
                    continue
                assert not whole_paddings(n, k, d, t), (n, t)
                v = r.reason.values
                if r.reason.rule == "too_small":
                    assert v["smallest"] == conv_windows(n, 0, 0, k, d) > t
                    continue
                # The reason's sizes: {base} with padding {p}, {now} now.
                assert conv_windows(n, v["p"], v["p"], k, d) == v["base"] >= 1
                assert (t - v["base"]) % 2, (n, t, v)
                if "now" in v:
                    assert v["now"] == now
                if r.reason.rule == "same_only":
                    assert t == now and (th, tw) != (now, now)
                else:
                    assert t != now


@pytest.mark.parametrize("k,d,n,t", [(3, 1, 5, 6), (3, 1, 5, 4), (5, 1, 7, 4), (3, 2, 6, 3)])
def test_parity_note_names_the_size_the_layer_gives_now(k, d, n, t) -> None:
    """The case Conv2d(3, 8, 3, padding='same') on 5×5, wanted 6: it gives 5 now."""
    step = plan(parse(f"Conv2d(3, 8, {k}, padding='same', dilation={d})"), (3, n, n))[0]
    rh, rw = reach(step, (t, t))
    assert not rh.ok and rh.reason == rw.reason
    assert rh.reason.rule == "parity"
    now = conv_windows(n, *same_pads(k, d), k, d)
    assert rh.reason.values == {"t": t, "now": now, "base": conv_windows(n, 0, 0, k, d), "p": 0}
    assert f"({now} now, " in str(rh.reason)


def test_valid_is_padding_zero() -> None:
    step = plan(parse("Conv2d(3, 8, 3, padding='valid')"), (3, 5, 5))[0]
    rh, _ = reach(step, (4, 4))
    assert rh.reason.values == {"t": 4, "now": conv_windows(5, 0, 0, 3, 1), "base": 3, "p": 0}
    rh, _ = reach(step, (7, 7))
    assert rh.padding == 2 and conv_windows(5, 2, 2, 3, 1) == 7


def test_same_layer_keeps_the_padding_closest_to_its_own() -> None:
    # 'same' with k = 7 pads 3 on each side; 11 from 9 needs padding 4.
    step = plan(parse("Conv2d(1, 1, 7, padding='same')"), (1, 9, 9))[0]
    rh, _ = reach(step, (11, 11))
    assert rh.padding == 4 and conv_windows(9, 4, 4, 7, 1) == 11
    # A stride with 'same' breaks PyTorch's rule; reach still names the whole padding
    # closest to the 3 'same' would pad (the smaller of two as close).
    step = plan(parse("Conv2d(1, 1, 7, stride=3, padding='same')"), (1, 9, 9))[0]
    assert step.output is None
    rh, _ = reach(step, (3, 3))
    cands = [p for p in range(20) if conv_windows(9, p, p, 7, 1, 3) == 3]
    assert len(cands) > 1 and rh.padding == min(cands, key=lambda p: (abs(p - 3), p))


@pytest.mark.parametrize("text,n,t", [("Conv2d(1, 1, 5)", 3, 2),
                                      ("Conv2d(1, 1, 5, padding=2)", 3, 4)])
def test_parity_never_names_a_padding_that_leaves_no_cell(text, n, t) -> None:
    """Padding 0 leaves no cell here (3 < 5): the note's size and padding are real ones."""
    step = plan(parse(text), (1, n, n))[0]
    rh, _ = reach(step, (t, t))
    v = rh.reason.values
    assert conv_windows(n, v["p"], v["p"], 5, 1) == v["base"] >= 1 and (t - v["base"]) % 2
    if step.output is None:
        assert rh.reason.rule == "parity_steps" and "now" not in v
    else:
        assert v["now"] == step.output[1] == conv_windows(n, 2, 2, 5, 1)


@pytest.mark.parametrize("k,d", [(2, 1), (4, 1), (2, 3), ((2, 3), (1, 1)), ((3, 4), (1, 1)),
                                 ((3, 3), (2, 1)), (3, 1), (5, 2)])
def test_lesson_of_a_same_layer_is_its_transpose_or_says_it_pads_unevenly(k, d) -> None:
    """A ConvTranspose2d pads both sides alike: only an even d(k − 1) is its transpose."""
    kh, kw = k if isinstance(k, tuple) else (k, k)
    dh, dw = d if isinstance(d, tuple) else (d, d)
    step = plan(parse(f"Conv2d(3, 8, kernel_size={k}, padding='same', dilation={d})"),
                (3, 6, 6))[0]
    assert step.output == (8, conv_windows(6, *same_pads(kh, dh), kh, dh),
                           conv_windows(6, *same_pads(kw, dw), kw, dw)) == (8, 6, 6)
    pads = [same_pads(kh, dh), same_pads(kw, dw)]
    shown = lesson_layer(step)
    uneven = [a for a in (0, 1) if pads[a][0] != pads[a][1]]
    if not uneven:
        assert isinstance(shown, LessonLayer)
        assert shown.params.padding == (pads[0][0], pads[1][0])
        assert shown.params.output_size == (6, 6) and shown.params.input_size == (6, 6)
        return
    assert isinstance(shown, Note) and shown.rule == "same_uneven"
    a = uneven[0]
    both = uneven == [0, 1] and pads[0] == pads[1] and (kh, dh) == (kw, dw)
    assert shown.values == {"axis": "both" if both else ("height", "width")[a],
                            "k": (kh, kw)[a], "d": (dh, dw)[a], "total": sum(pads[a]),
                            "before": pads[a][0], "after": pads[a][1]}


def test_lesson_of_a_layer_too_large_to_draw_says_so() -> None:
    # ConvTranspose2d's size (n − 1)s − 2p + d(k − 1) + op + 1 is 200 on a 1×1 input
    # already, more than the 128 cells the lesson draws: no smaller input fits.
    step = plan(parse("ConvTranspose2d(1, 1, kernel_size=200)"), (1, 1, 1))[0]
    assert step.output == (1, 200, 200) and (1 - 1) * 1 - 0 + 1 * (200 - 1) + 0 + 1 == 200
    assert lesson_layer(step) == Note("too_big", most=128)
