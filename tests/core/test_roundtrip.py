"""The round trip ConvTranspose2d -> Conv2d and the per-axis overlap counts.

The references are written here independently of core: Conv2d's size is
found by sliding a dilated kernel along a padded axis and counting the
positions where it fits (the definition behind the floor formula in PyTorch's
``Conv2d`` docs), and preimages by trying every size from 1 to 200.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convt_lab.core import AxisSteps, ParamError, walkthrough
from convt_lab.core.roundtrip import (
    RoundTripRow,
    axis_overlap,
    conv2d_output_size,
    interior,
    preimage,
    roundtrip,
)

SEARCH = range(1, 201)


def slide_count(n: int, k: int, s: int, p: int, d: int) -> int:
    """Kernel positions start = 0, s, 2s, ... whose last tap start + d(k-1) stays inside n + 2p."""
    padded = n + 2 * p
    count, start = 0, 0
    while start + d * (k - 1) < padded:
        count += 1
        start += s
    return count


def transposed_size(h: int, k: int, s: int, p: int, op: int, d: int) -> int:
    """ConvTranspose2d's size, by placing every tap: last landing index + 1, minus the crop."""
    full = max(r * s + a * d for r in range(h) for a in range(k)) + 1 + op
    return full - 2 * p


def brute_preimage(h: int, k: int, s: int, p: int, d: int) -> list[int]:
    return [n for n in SEARCH if slide_count(n, k, s, p, d) == h]


def axis_steps(draw_h=st.integers(1, 8)) -> st.SearchStrategy[AxisSteps]:
    @st.composite
    def build(draw) -> AxisSteps:
        h = draw(draw_h)
        k = draw(st.integers(1, 5))
        s = draw(st.integers(1, 5))
        d = draw(st.integers(1, 4))
        op = draw(st.integers(0, max(s, d) - 1))
        p = draw(st.integers(0, ((h - 1) * s + d * (k - 1) + op) // 2))
        return AxisSteps(h, k, s, p, op, d)

    return build()


# --- conv2d_output_size -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "k", "s", "p", "d", "expected"),
    [
        (5, 3, 2, 0, 1, 2),
        (6, 3, 2, 0, 1, 2),
        (7, 3, 2, 0, 1, 3),
        (28, 5, 1, 2, 1, 28),  # "same" padding
        (32, 3, 2, 1, 1, 16),
        (10, 3, 1, 0, 2, 6),
        (2, 3, 1, 0, 1, 0),  # too short: Conv2d refuses it
        (1, 1, 1, 0, 1, 1),
    ],
)
def test_conv2d_size_known_values(n, k, s, p, d, expected) -> None:
    assert conv2d_output_size(n, k, s, p, d) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.integers(1, 60), st.integers(1, 7), st.integers(1, 6), st.integers(0, 6), st.integers(1, 4)
)
def test_conv2d_size_counts_kernel_positions(n, k, s, p, d) -> None:
    got = conv2d_output_size(n, k, s, p, d)
    assert max(got, 0) == slide_count(n, k, s, p, d)


@pytest.mark.parametrize(
    "bad",
    [dict(n=0), dict(k=0), dict(s=0), dict(d=0), dict(p=-1)],
)
def test_conv2d_size_rejects_bad_arguments(bad) -> None:
    args = dict(n=4, k=3, s=1, p=0, d=1) | bad
    with pytest.raises(ParamError) as info:
        conv2d_output_size(**args)
    assert info.value.rule in ("positive", "non_negative")


# --- preimage -------------------------------------------------------------------------------


def test_preimage_lesson_example() -> None:
    # Conv2d(k=3, s=2, p=0) maps 5 and 6 to 2; ConvTranspose2d(2) gives 5 or 6.
    assert preimage(2, 3, 2, 0, 1) == [5, 6]
    assert preimage(3, 3, 2, 0, 1) == [7, 8]
    assert preimage(4, 3, 1, 1, 1) == [4]


def test_preimage_matches_brute_force() -> None:
    for h, k, s, p, d in itertools.product(range(1, 7), range(1, 5), range(1, 5), range(4), range(1, 4)):
        got = preimage(h, k, s, p, d)
        assert got == brute_preimage(h, k, s, p, d), (h, k, s, p, d)
        # Exactly s sizes, unless the smallest candidates would be below 1.
        if (h - 1) * s - 2 * p + d * (k - 1) + 1 >= 1:
            assert len(got) == s


def test_preimage_rejects_empty_output() -> None:
    with pytest.raises(ParamError):
        preimage(0, 3, 2, 0, 1)


# --- roundtrip ------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(axis_steps())
def test_roundtrip_rows_match_brute_force(steps: AxisSteps) -> None:
    h, k, s, p, d = steps.size, steps.kernel, steps.stride, steps.padding, steps.dilation
    rows = roundtrip(steps)
    assert [row.output_padding for row in rows] == list(range(max(s, d)))
    back_to_h = brute_preimage(h, k, s, p, d)
    for row in rows:
        assert isinstance(row, RoundTripRow)
        op = row.output_padding
        n = transposed_size(h, k, s, p, op, d)
        assert row.size == n
        if n >= 1:
            assert row.conv2d_size is not None
            assert max(row.conv2d_size, 0) == slide_count(n, k, s, p, d)
        else:
            assert row.conv2d_size is None
        assert row.valid == ((op < s or op < d) and n >= 1)
        assert row.maps_back == (n in back_to_h)
        # op < s: exactly the sizes that map back; s <= op < d: accepted, but not back.
        if row.valid:
            assert row.maps_back == (op < s)


@settings(max_examples=200, deadline=None)
@given(axis_steps())
def test_valid_ops_pick_every_preimage_size(steps: AxisSteps) -> None:
    h, k, s, p, d = steps.size, steps.kernel, steps.stride, steps.padding, steps.dilation
    picked = sorted(row.size for row in roundtrip(steps) if row.valid and row.maps_back)
    assert picked == brute_preimage(h, k, s, p, d)


def test_roundtrip_shows_the_first_refused_value() -> None:
    steps = AxisSteps(2, 3, 2, 0, 0, 1)
    rows = roundtrip(steps, stop=3)
    assert [(r.size, r.conv2d_size, r.valid, r.maps_back) for r in rows] == [
        (5, 2, True, True),
        (6, 2, True, True),
        (7, 3, False, False),
    ]


def test_dilation_beyond_stride_accepts_op_that_does_not_map_back() -> None:
    # s=1, d=2: op=1 is allowed (op < d) but Conv2d sends N + 1 to H + 1.
    rows = roundtrip(AxisSteps(3, 3, 1, 0, 0, 2))
    assert [(r.size, r.conv2d_size, r.valid, r.maps_back) for r in rows] == [
        (7, 3, True, True),
        (8, 4, True, False),
    ]


def test_roundtrip_sizes_below_one() -> None:
    # H=2, k=1, s=3, p=2: op=0 gives size 0, which does not exist.
    rows = roundtrip(AxisSteps(2, 1, 3, 2, 1, 1))
    assert rows[0] == RoundTripRow(0, 0, None, False, False)
    assert rows[1].size == 1 and rows[1].valid


# --- per-axis overlap -------------------------------------------------------------------------


def naive_axis_counts(steps: AxisSteps) -> list[int]:
    h, k, s, p, op, d = (
        steps.size, steps.kernel, steps.stride, steps.padding, steps.output_padding, steps.dilation,
    )
    n_out = transposed_size(h, k, s, p, op, d)
    counts = [0] * n_out
    for r in range(h):
        for a in range(k):
            i = r * s + a * d - p
            if 0 <= i < n_out:
                counts[i] += 1
    return counts


@settings(max_examples=300, deadline=None)
@given(axis_steps())
def test_axis_overlap_counts_the_taps(steps: AxisSteps) -> None:
    counts = axis_overlap(steps)
    assert counts.shape == (steps.output,)
    assert counts.tolist() == naive_axis_counts(steps)


@settings(max_examples=300, deadline=None)
@given(axis_steps(st.integers(1, 12)))
def test_interior_repeats_with_period_stride(steps: AxisSteps) -> None:
    counts = naive_axis_counts(steps)
    inner = interior(steps)
    k, s, p, d = steps.kernel, steps.stride, steps.padding, steps.dilation
    for i in inner:
        # Every tap a meets an input exactly when i + p - a*d is on the stride lattice.
        assert counts[i] == sum((i + p - a * d) % s == 0 for a in range(k))
    # Nothing is left out: outside the interior some tap falls off an edge.
    for i in range(len(counts)):
        t = i + p
        if i not in inner:
            assert not all(0 <= t - a * d <= (steps.size - 1) * s for a in range(k))


def test_interior_of_the_checkerboard_case() -> None:
    steps = AxisSteps(4, 3, 2, 0, 0, 1)
    counts = axis_overlap(steps)
    assert counts.tolist() == [1, 1, 2, 1, 2, 1, 2, 1, 1]
    assert list(interior(steps)) == [2, 3, 4, 5, 6]
    assert set(counts[2:7].tolist()) == {1, 2}
    even = AxisSteps(4, 4, 2, 1, 0, 1)
    assert set(axis_overlap(even)[list(interior(even))].tolist()) == {2}


@settings(max_examples=100, deadline=None)
@given(axis_steps(), axis_steps())
def test_2d_overlap_is_the_outer_product_of_the_axes(hs: AxisSteps, ws: AxisSteps) -> None:
    x = np.ones((hs.size, ws.size))
    w = np.ones((hs.kernel, ws.kernel))
    wt = walkthrough(
        x, w, (hs.stride, ws.stride), (hs.padding, ws.padding),
        (hs.output_padding, ws.output_padding), (hs.dilation, ws.dilation),
    )
    expected = np.outer(naive_axis_counts(hs), naive_axis_counts(ws))
    np.testing.assert_array_equal(wt.overlap, expected)
    np.testing.assert_array_equal(np.outer(axis_overlap(hs), axis_overlap(ws)), expected)
