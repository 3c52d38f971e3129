"""Valid ranges and the frozen parameter object.

``valid_range`` is checked against a brute force written here from the rules
in PyTorch's ``ConvTranspose2d`` docs plus the app's drawing limits, not from
the core's own predicate.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convt_lab.core import (
    FIELDS,
    LIMITS,
    MAX_OUTPUT,
    AxisSteps,
    ConvTParams,
    ParamError,
    check_limits,
    valid_range,
)

# The real limit is a grid side of 128 cells; a parameter is bounded by the
# same number only where it changes no grid (restated so a change is noticed).
SIDE = 128
EXPECTED_LIMITS = {
    "input_size": (1, SIDE),
    "kernel_size": (1, SIDE),
    "stride": (1, SIDE),
    "padding": (0, SIDE),
    "output_padding": (0, SIDE),
    "dilation": (1, SIDE),
}


def axis_ok(n: int, k: int, s: int, p: int, op: int, d: int) -> bool:
    """Valid for PyTorch and drawable by the app, straight from the formulas."""
    values = dict(input_size=n, kernel_size=k, stride=s, padding=p, output_padding=op, dilation=d)
    if any(not lo <= values[name] <= hi for name, (lo, hi) in EXPECTED_LIMITS.items()):
        return False
    if not (op < s or op < d):
        return False
    out = (n - 1) * s - 2 * p + d * (k - 1) + op + 1
    inserted = n + (s - 1) * (n - 1)
    padded = inserted + 2 * (d * (k - 1) - p) + op
    # Every grid drawn: input, zero-inserted, padded, output.
    return 1 <= out <= SIDE and padded <= SIDE and inserted <= SIDE and n <= SIDE


def params_ok(values: dict[str, tuple[int, int]]) -> bool:
    return all(axis_ok(*(values[name][axis] for name in FIELDS)) for axis in (0, 1))


def brute_force(params: ConvTParams, field: str, axis: int) -> list[int]:
    """Every value of ``field`` on ``axis`` (well past LIMITS) that keeps params valid."""
    good = []
    for value in range(-5, SIDE + 12):
        values = {name: getattr(params, name) for name in FIELDS}
        pair = list(values[field])
        pair[axis] = value
        values[field] = tuple(pair)
        if params_ok(values):
            good.append(value)
    return good


def is_accepted(params: ConvTParams, field: str, axis: int, value: int) -> bool:
    """Whether the core itself accepts the value (construction and limits)."""
    try:
        check_limits(params.with_value(field, value, axis))
    except ParamError:
        return False
    return True


PARAM_SETS = [
    ConvTParams(),  # the lesson: 2x2, k3, s2
    ConvTParams((4, 5), (3, 2), (2, 1), (1, 0), (1, 0), (1, 2)),
    ConvTParams((32, 1), (9, 1), (1, 8), (0, 0), (0, 7), (1, 1)),
    ConvTParams((6, 6), (3, 3), (3, 3), (5, 5), (2, 2), (2, 2)),
    ConvTParams((20, 3), (5, 4), (4, 2), (3, 1), (0, 1), (5, 3)),
    ConvTParams((1, 1), (1, 1), (1, 1), (0, 0), (0, 0), (1, 1)),
]


def test_limits_are_the_documented_ones() -> None:
    assert LIMITS == EXPECTED_LIMITS
    assert MAX_OUTPUT == SIDE
    assert set(LIMITS) == set(FIELDS)


@pytest.mark.parametrize("params", PARAM_SETS, ids=lambda p: str(p.as_dict()))
@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("axis", [0, 1])
def test_valid_range_matches_brute_force(params: ConvTParams, field: str, axis: int) -> None:
    good = brute_force(params, field, axis)
    got = valid_range(params, field, axis)
    if not good:
        assert got is None
        return
    # The valid values form one interval (the docstring's claim).
    assert good == list(range(good[0], good[-1] + 1))
    assert got == (good[0], good[-1])
    low, high = got
    assert LIMITS[field][0] <= low <= high <= LIMITS[field][1]
    for value in range(low, high + 1):
        assert is_accepted(params, field, axis, value)
    for value in (low - 1, high + 1):
        assert not is_accepted(params, field, axis, value)


def test_valid_range_of_the_lesson_by_hand() -> None:
    lesson = ConvTParams()  # 2x2 input, k3, s2, p0, op0, d1: output 5, padded 7
    # op < s = 2 or op < d = 1: only 0 and 1.
    assert valid_range(lesson, "output_padding", 0) == (0, 1)
    # Output (2-1)*2 - 2p + 2 + 1 = 5 - 2p >= 1: p <= 2.
    assert valid_range(lesson, "padding", 1) == (0, 2)
    # Padded 3 + 2(k-1) <= 128 (output k + 2 is smaller): k <= 63.
    assert valid_range(lesson, "kernel_size", 0) == (1, 63)
    # With p = 2 the output k - 2 >= 1 needs k >= 3; padded 3 + 2(k-3) <= 128: k <= 65.
    assert valid_range(lesson.with_value("padding", 2), "kernel_size", 0) == (3, 65)
    # Input H: zero-inserted 2H-1, padded 2H+3 <= 128, output 2H+1: H <= 62.
    assert valid_range(lesson, "input_size", 1) == (1, 62)
    # Stride s: inserted s+1, padded s+5 <= 128: s <= 123.
    assert valid_range(lesson, "stride", 0) == (1, 123)


def test_valid_range_is_none_when_another_parameter_is_out_of_limits() -> None:
    big = ConvTParams(input_size=(200, 2))  # a valid convolution the app does not draw
    with pytest.raises(ParamError) as info:
        check_limits(big)
    assert (info.value.param, info.value.rule, info.value.axis) == ("input_size", "limit", 0)
    assert "between 1 and 128, but got 200" in str(info.value)
    assert valid_range(big, "stride", 1) is None
    assert valid_range(big, "padding", 0) is None
    # Moving the offending parameter itself back into its limits is possible:
    # padded 2H + 3 <= 128 on the lesson's other parameters.
    assert valid_range(big, "input_size", 0) == (1, 62)


def test_a_large_dilation_is_accepted_when_every_grid_fits() -> None:
    # The case from the issue: d = 9 was refused by a per-parameter cap of 6.
    params = ConvTParams(4, (2, 4), (1, 3), (6, 0), (1, 0), 9)
    check_limits(params)
    h, w = params.axes
    # Height: inserted 4, P = 9 - 6 = 3, padded 4 + 6 + 1 = 11; output 3 - 12 + 9 + 1 + 1 = 2.
    # Width: inserted 4 + 2*3 = 10, P = 27, padded 10 + 54 = 64; output 9 + 27 + 1 = 37.
    assert (h.padded, w.padded) == (11, 64)
    assert params.output_size == (2, 37)
    # A stride on a one-cell axis or a dilation of a one-tap kernel changes no grid.
    check_limits(ConvTParams((1, 1), (1, 1), (100, 1), 0, 0, (1, 100)))


def test_a_larger_drawing_limit_accepts_larger_grids() -> None:
    params = ConvTParams(32, 3, 8, 0, 0, 1)  # inserted 32 + 7*31 = 249, padded 253, output 251
    with pytest.raises(ParamError):
        check_limits(params)
    check_limits(params, max_side=256)
    with pytest.raises(ParamError) as info:
        check_limits(params, max_side=252)
    assert (info.value.param, info.value.values["value"]) == ("padded_size", 253)


@st.composite
def drawable_params(draw) -> ConvTParams:
    """Random parameters inside LIMITS that construct (not necessarily drawable)."""
    values = {}
    for name in FIELDS:
        lo, hi = EXPECTED_LIMITS[name]
        values[name] = (draw(st.integers(lo, min(hi, 12))), draw(st.integers(lo, min(hi, 12))))
    for axis in (0, 1):
        n, k, s, p, op, d = (values[name][axis] for name in FIELDS)
        op = op % max(s, d)
        p = min(p, ((n - 1) * s + d * (k - 1) + op) // 2)
        values["output_padding"] = _set(values["output_padding"], axis, op)
        values["padding"] = _set(values["padding"], axis, p)
    return ConvTParams(**values)


def _set(pair: tuple[int, int], axis: int, value: int) -> tuple[int, int]:
    out = list(pair)
    out[axis] = value
    return (out[0], out[1])


@settings(max_examples=40, deadline=None)
@given(drawable_params(), st.sampled_from(FIELDS), st.sampled_from([0, 1]))
def test_valid_range_matches_brute_force_for_random_params(
    params: ConvTParams, field: str, axis: int
) -> None:
    good = brute_force(params, field, axis)
    got = valid_range(params, field, axis)
    assert got == ((good[0], good[-1]) if good else None)
    if good:
        assert good == list(range(good[0], good[-1] + 1))
    # check_limits agrees with the formula on the params themselves.
    values = {name: getattr(params, name) for name in FIELDS}
    assert is_accepted(params, field, axis, getattr(params, field)[axis]) == params_ok(values)


# --- ConvTParams ------------------------------------------------------------------------------


def test_ints_become_pairs() -> None:
    params = ConvTParams(3, 2, 2, 1, 1, 1)
    for name, value in zip(FIELDS, (3, 2, 2, 1, 1, 1)):
        assert getattr(params, name) == (value, value)
        assert type(getattr(params, name)) is tuple
    mixed = ConvTParams([4, 5], np.int64(3), np.array([1, 2]), (0, np.int32(1)))
    assert mixed.input_size == (4, 5)
    assert mixed.kernel_size == (3, 3)
    assert mixed.stride == (1, 2)
    assert mixed.padding == (0, 1)
    for name in FIELDS:
        assert all(type(v) is int for v in getattr(mixed, name))
    assert mixed.as_dict() == {
        "input_size": [4, 5], "kernel_size": [3, 3], "stride": [1, 2],
        "padding": [0, 1], "output_padding": [0, 0], "dilation": [1, 1],
    }


def test_defaults_are_the_lesson() -> None:
    params = ConvTParams()
    assert (params.input_size, params.kernel_size, params.stride) == ((2, 2), (3, 3), (2, 2))
    assert params.output_size == (5, 5)


def test_output_size_follows_the_formula() -> None:
    params = ConvTParams((4, 5), (3, 2), (2, 3), (1, 2), (1, 2), (2, 1))
    # (4-1)*2 - 2*1 + 2*(3-1) + 1 + 1 = 10 and (5-1)*3 - 2*2 + 1*(2-1) + 2 + 1 = 12.
    assert params.output_size == (10, 12)
    h, w = params.axes
    assert isinstance(h, AxisSteps)
    # H_new = 4 + 1*3 = 7, P = 2*2 - 1 = 3, padded = 7 + 6 + 1 = 14.
    assert (h.inserted, h.pad, h.padded, h.span, h.output) == (7, 3, 14, 5, 10)
    # W_new = 5 + 2*4 = 13, P = 1 - 2 = -1, padded = 13 - 2 + 2 = 13.
    assert (w.inserted, w.pad, w.padded, w.span, w.output) == (13, -1, 13, 2, 12)


def test_params_are_frozen() -> None:
    params = ConvTParams()
    with pytest.raises(dataclasses.FrozenInstanceError):
        params.stride = (1, 1)  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        params.padding = 1  # type: ignore[misc]
    assert params.stride == (2, 2)
    assert hash(params) == hash(ConvTParams())
    assert params == ConvTParams(stride=2)


def test_with_value_per_axis_and_both() -> None:
    params = ConvTParams()
    height = params.with_value("stride", 3, 0)
    assert height.stride == (3, 2)
    width = params.with_value("stride", 3, 1)
    assert width.stride == (2, 3)
    both = params.with_value("padding", 1)
    assert both.padding == (1, 1)
    # The original is untouched and other fields are carried over.
    assert params.stride == (2, 2) and params.padding == (0, 0)
    assert height.kernel_size == params.kernel_size
    assert width.output_size == (5, (2 - 1) * 3 + 2 + 1)


def test_with_value_validates() -> None:
    params = ConvTParams()
    with pytest.raises(ParamError) as info:
        params.with_value("output_padding", 2, 1)
    assert (info.value.param, info.value.rule, info.value.axis) == (
        "output_padding", "output_padding", 1)
    with pytest.raises(ParamError) as info:
        params.with_value("padding", 3)
    assert info.value.rule == "output_size"
    with pytest.raises(ParamError) as info:
        params.with_value("groups", 2)
    assert info.value.param == "field"
    for axis in (2, -1):
        with pytest.raises(ParamError) as info:
            params.with_value("stride", 3, axis)
        assert info.value.param == "axis"


def test_check_limits_rejects_grids_too_large_to_draw() -> None:
    # Zero-inserted 32 + 7*31 = 249 > 128 (the output 31*8 + 2 + 1 = 251 too).
    with pytest.raises(ParamError) as info:
        check_limits(ConvTParams(32, 3, 8, 0, 0, 1))
    assert (info.value.param, info.value.rule, info.value.axis) == ("inserted_size", "limit", 0)
    assert "249" in str(info.value)
    # Output 7*3 + 1 = 22 ... with p = 0 and k = 121: padded 22 + 240 > 128.
    with pytest.raises(ParamError) as info:
        check_limits(ConvTParams(8, 121, 3, 0, 0, 1))
    assert info.value.param == "padded_size"
    # Output 31*3 - 16 + 48 + 1 = 126 fits, but padded = 126 + d(k-1) = 174 does not.
    params = ConvTParams((32, 2), (9, 2), (3, 1), (8, 0), 0, (6, 1))
    assert params.output_size[0] == 126
    with pytest.raises(ParamError) as info:
        check_limits(params)
    assert (info.value.param, info.value.rule, info.value.axis) == ("padded_size", "limit", 0)
    assert "174" in str(info.value)
    # Stride 2 and p = 16: output 31*2 - 32 + 48 + 1 = 79, padded 79 + 48 = 127 fits.
    check_limits(params.with_value("stride", 2, 0).with_value("padding", 16, 0))
