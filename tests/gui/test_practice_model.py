"""Practice exercises: every answer against a definition written here, determinism, spread, checks.

The references below are written from the definitions, not from the engine:
the shape formula of PyTorch's docs, P = d(k − 1) − p, and the direct
definition of the transposed convolution, y[r·s − p + a·d, c·s − p + b·d] +=
x[r, c]·w[a, b] (scatter every input over the kernel, then crop by p).
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from convt_lab.gui.model import practice
from convt_lab.gui.model.practice import (
    check_output_size,
    check_pad,
    check_sources,
    check_target,
    check_value,
    exercises,
)


def ref_size(H, k, s, p, op, d):
    return (H - 1) * s - 2 * p + d * (k - 1) + op + 1


def ref_scatter(x, w, s, p, op, d):
    """y and, per output cell, the set of input cells that reach it, by the direct definition."""
    (H, W), (kh, kw) = x.shape, w.shape
    oh = ref_size(H, kh, s[0], p[0], op[0], d[0])
    ow = ref_size(W, kw, s[1], p[1], op[1], d[1])
    y = np.zeros((oh, ow))
    feeds: dict = {}
    for r in range(H):
        for c in range(W):
            for a in range(kh):
                for b in range(kw):
                    i = r * s[0] - p[0] + a * d[0]
                    j = c * s[1] - p[1] + b * d[1]
                    if 0 <= i < oh and 0 <= j < ow:
                        y[i, j] += x[r, c] * w[a, b]
                        feeds.setdefault((i, j), set()).add((r, c))
    return y, feeds


def ref_op_for(H, k, s, p, d, n):
    """Brute force over every op PyTorch allows (op < s or op < d): the one giving n, or None."""
    hits = [op for op in range(0, 10) if (op < s or op < d) and ref_size(H, k, s, p, op, d) == n]
    assert len(hits) <= 1
    return hits[0] if hits else None


SETS = [(seed, diff) for seed in (0, 1, 7, 12345) for diff in ("basic", "mixed")]


@pytest.mark.parametrize("seed,difficulty", SETS)
def test_every_answer_matches_the_definitions(seed, difficulty):
    for ex in exercises(seed, 25, difficulty):
        P = ex.params
        size = tuple(ref_size(P.input_size[a], P.kernel_size[a], P.stride[a], P.padding[a],
                              P.output_padding[a], P.dilation[a]) for a in (0, 1))
        assert ex.output_size == size
        pad = tuple(P.dilation[a] * (P.kernel_size[a] - 1) - P.padding[a] for a in (0, 1))
        assert ex.pad == pad
        y, feeds = ref_scatter(ex.x, ex.w, P.stride, P.padding, P.output_padding, P.dilation)
        assert y.shape == size
        assert ex.sources == frozenset(feeds.get(ex.cell, set()))
        assert ex.value == pytest.approx(y[ex.cell], abs=1e-12)
        a = ex.target_axis
        assert ex.target_op == ref_op_for(P.input_size[a], P.kernel_size[a], P.stride[a],
                                          P.padding[a], P.dilation[a], ex.target)
        answers = json.loads(json.dumps(ex.answers()))
        assert answers["output_size"] == list(size) and answers["P"] == list(pad)


def test_cases_fit_the_screen_and_the_limits():
    for ex in exercises(5, 60, "mixed") + exercises(5, 20, "basic"):
        ex.document()  # the Document checks core.check_limits
        assert max(ex.output_size) <= practice.MAX_SIDE
        assert max(a.padded for a in ex.params.axes) <= practice.MAX_PADDED
        assert 0 <= ex.cell[0] < ex.output_size[0] and 0 <= ex.cell[1] < ex.output_size[1]


def test_basic_stays_in_the_lessons_family():
    for ex in exercises(3, 30, "basic"):
        assert ex.params.kernel_size == (3, 3) and ex.params.stride == (2, 2)
        assert ex.params.dilation == (1, 1)


def _key(items):
    return [(e.params, e.x.tolist(), e.w.tolist(), e.cell, e.target_axis, e.target) for e in items]


def test_same_seed_same_exercises_other_seed_others():
    assert _key(exercises(42, 10)) == _key(exercises(42, 10))
    assert _key(exercises(42, 10)) != _key(exercises(43, 10))
    assert _key(exercises(42, 10, "basic")) != _key(exercises(42, 10, "mixed"))
    # A shorter set is the start of a longer one: the class can stop early.
    assert _key(exercises(42, 4)) == _key(exercises(42, 10))[:4]


@pytest.mark.parametrize("seed", [0, 1, 2, 99])
def test_fifty_exercises_spread_over_every_kind(seed):
    items = exercises(seed, 50, "mixed")
    params = [e.params for e in items]
    crop = [p for p in params if any(a.pad < 0 for a in p.axes)]
    op = [p for p in params if any(v > 0 for v in p.output_padding)]
    op_by_d = [p for p in params if any(a.output_padding >= a.stride for a in p.axes)]
    dil = [p for p in params if any(v > 1 for v in p.dilation)]
    s1 = [p for p in params if 1 in p.stride]
    rect = [p for p in params if any(getattr(p, f)[0] != getattr(p, f)[1] for f in (
        "input_size", "kernel_size", "stride", "padding", "output_padding", "dilation"))]
    for name, group in (("crop", crop), ("op", op), ("op by dilation", op_by_d),
                        ("dilation", dil), ("stride 1", s1), ("rectangular", rect)):
        assert len(group) >= 5, name
    none = [e for e in items if e.target_op is None]
    assert 5 <= len(none) <= 40  # "none does" is a real answer, neither rare nor the rule


@pytest.mark.parametrize("bad", [(-1, 5, "mixed"), (1, 0, "mixed"), (1, 5, "hard"), (True, 5, "basic")])
def test_bad_arguments_are_refused(bad):
    with pytest.raises(ValueError):
        exercises(*bad)


# -- the checks name the mistake ---------------------------------------------------


def _find(pred, count=200):
    for ex in exercises(11, count, "mixed"):
        if pred(ex):
            return ex
    raise AssertionError("no such case")


def test_right_answers_are_right():
    for ex in exercises(8, 20):
        assert check_output_size(ex, ex.output_size).correct
        assert check_pad(ex, ex.pad).correct
        assert check_sources(ex, list(ex.sources)).correct
        assert check_value(ex, ex.value).correct
        assert check_target(ex, ex.target_op).correct


def test_k_minus_p_minus_1_with_dilation_is_named():
    ex = _find(lambda e: e.params.dilation[0] == 2 and e.params.dilation[1] == 2
               and e.params.kernel_size[0] > 1)
    k, p = ex.params.kernel_size[0], ex.params.padding[0]
    v = check_pad(ex, (k - p - 1, ex.pad[1]))
    assert not v.correct and v.reason == "k_minus_p" and v.values["d"] == 2


def test_conv2d_formula_and_forgotten_op_are_named():
    ex = _find(lambda e: e.params.output_padding[0] > 0 and e.params.output_padding[0] < e.params.stride[0])
    a = ex.params.axes[0]
    without = (a.size - 1) * a.stride - 2 * a.padding + a.dilation * (a.kernel - 1) + 1
    v = check_output_size(ex, (without, ex.output_size[1]))
    assert v.reason == "no_op" and not v.correct

    def conv(e):
        a = e.params.axes[0]
        return (a.size + 2 * a.padding - a.dilation * (a.kernel - 1) - 1) // a.stride + 1

    def others(e):  # the wrong formulas checked before Conv2d's
        a = e.params.axes[0]
        H, k, s, p, op, d = a.size, a.kernel, a.stride, a.padding, a.output_padding, a.dilation
        return {(H - 1) * s - 2 * p + d * (k - 1) + 1, (H - 1) * s - 2 * p + k + op,
                (H - 1) * s - p + d * (k - 1) + op + 1, H * s - 2 * p + d * (k - 1) + op + 1,
                e.output_size[0]}

    ex = _find(lambda e: conv(e) not in others(e))
    v = check_output_size(ex, (conv(ex), ex.output_size[1]))
    assert not v.correct and v.reason == "conv2d"


def test_unrotated_kernel_is_named():
    def unrotated(e):
        terms = e.result.sources(*e.cell)
        kh, kw = e.w.shape
        return sum(e.x[r, c] * e.w[kh - 1 - a, kw - 1 - b] for r, c, a, b in terms)

    ex = _find(lambda e: len(e.sources) > 1 and unrotated(e) != e.value)
    v = check_value(ex, unrotated(ex))
    assert not v.correct and v.reason == "not_rotated"


def test_op_allowed_only_by_dilation_is_named():
    ex = _find(lambda e: e.target_op is not None and e.target_op >= e.params.stride[e.target_axis])
    v = check_target(ex, None)
    assert not v.correct and v.reason == "op_by_dilation"


def test_sources_without_dilation_are_named():
    def undilated(e):
        (i, j), (hs, ws) = e.cell, e.params.axes
        rows = {r for r in range(hs.size) for a in range(hs.kernel) if r * hs.stride + a == i + hs.padding}
        cols = {c for c in range(ws.size) for b in range(ws.kernel) if c * ws.stride + b == j + ws.padding}
        return {(r, c) for r in rows for c in cols}

    ex = _find(lambda e: e.params.dilation[0] > 1 and undilated(e) != set(e.sources))
    v = check_sources(ex, undilated(ex))
    assert not v.correct and v.reason == "src_no_dilation"
    assert v.values["missing"] or v.values["extra"]


@pytest.mark.parametrize("wanted_sign", [1, -1])
def test_a_sign_slip_is_explained_by_the_right_p_s_sign(qapp, wanted_sign):
    """P = d(k − 1) − p: a positive P pads that many zeros and crops nothing; a negative one crops."""
    from convt_lab.gui.practice_text import verdict_text

    ex = _find(lambda e: wanted_sign * (e.params.dilation[0] * (e.params.kernel_size[0] - 1)
                                        - e.params.padding[0]) > 0)
    a = ex.params.axes[0]
    right = a.dilation * (a.kernel - 1) - a.padding
    v = check_pad(ex, (-right, ex.pad[1]))
    assert v.reason == "sign"
    text = verdict_text(v)
    if right > 0:
        assert f"a positive P adds {right} rows/columns of zeros" in text and "crop of" not in text
    else:
        assert f"a negative P is a crop of {-right}" in text
