"""Channels, groups and bias (``core.channels``) against PyTorch and a naive loop.

The references here are written from PyTorch's ``ConvTranspose2d`` docs, not
from the engine:

* the weight is ``(C_in, C_out/groups, kH, kW)`` (Conv2d's is
  ``(C_out, C_in/groups, kH, kW)``);
* group ``n`` joins input channels ``n*C_in/g .. (n+1)*C_in/g - 1`` to output
  channels ``n*C_out/g .. (n+1)*C_out/g - 1``;
* ``y[o, r*s + a*d - p, c*s + b*d - p] += x[ci, r, c] * w[ci, o % (C_out/g), a, b]``
  for every ``ci`` of the group of ``o``, kept inside
  ``H_out = (H-1)s - 2p + d(k-1) + op + 1``, plus ``bias[o]``.

The torch fixtures (``tests/fixtures/torch_cases.json``) hold real PyTorch
outputs for multi-channel layers.  No Qt here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from convt_lab import core
from convt_lab.core import MAX_CHANNELS, ChannelSetup, ConvTParams, ParamError, channel_output, channel_terms
from tests.reference import group_inputs, naive_layer, out_len

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "torch_cases.json"
CASES: list[dict[str, Any]] = json.loads(FIXTURES.read_text(encoding="utf-8"))["cases"]
MULTI = [case for case in CASES if np.ndim(case["x"]) == 3]

#: Float cases sum in another order than torch does; a few hundred ulps.
RTOL = 1e-12


# --- the independent reference ------------------------------------------------------------


def naive_sources(params: ConvTParams, i: int, j: int) -> list[tuple[int, int, int, int]]:
    """Every (r, c, a, b) with x[r, c] * w[a, b] landing on output (i, j)."""
    (h, wd), (kh, kw) = params.input_size, params.kernel_size
    (sh, sw), (ph, pw), (dh, dw) = params.stride, params.padding, params.dilation
    return [
        (r, c, a, b)
        for r in range(h) for c in range(wd) for a in range(kh) for b in range(kw)
        if r * sh + a * dh - ph == i and c * sw + b * dw - pw == j
    ]


def fixture_setup(case: dict[str, Any]) -> tuple[ChannelSetup, ConvTParams]:
    x, w = np.asarray(case["x"]), np.asarray(case["weight"])
    setup = ChannelSetup(x.shape[0], w.shape[1] * case["groups"], case["groups"],
                         case["bias"] is not None)
    params = ConvTParams(
        input_size=x.shape[1:], kernel_size=w.shape[2:], stride=tuple(case["stride"]),
        padding=tuple(case["padding"]), output_padding=tuple(case["output_padding"]),
        dilation=tuple(case["dilation"]),
    )
    return setup, params


def is_integer_case(case: dict[str, Any]) -> bool:
    arrays = [np.asarray(case["x"]), np.asarray(case["weight"])]
    if case["bias"] is not None:
        arrays.append(np.asarray(case["bias"]))
    return all(np.array_equal(a, np.round(a)) for a in arrays)


# --- ChannelSetup validation ---------------------------------------------------------------


@pytest.mark.parametrize("n", range(1, MAX_CHANNELS + 1))
def test_every_count_from_1_to_max_is_accepted(n: int) -> None:
    setup = ChannelSetup(n, n, 1)
    assert (setup.in_channels, setup.out_channels, setup.groups) == (n, n, 1)
    assert ChannelSetup(n, n, n).groups == n  # depthwise: one channel per group


def test_max_channels_is_eight() -> None:
    assert MAX_CHANNELS == 8


@pytest.mark.parametrize("param", ["in_channels", "out_channels", "groups"])
@pytest.mark.parametrize("value", [0, -1, MAX_CHANNELS + 1, 100])
def test_counts_outside_1_to_max_name_the_count_and_the_limit(param: str, value: int) -> None:
    counts = dict(in_channels=1, out_channels=1, groups=1)
    counts[param] = value
    with pytest.raises(ParamError) as info:
        ChannelSetup(**counts)
    err = info.value
    assert (err.param, err.rule) == (param, "limit")
    assert (err.values["low"], err.values["high"], err.values["value"]) == (1, MAX_CHANNELS, value)
    assert str(value) in str(err)


@pytest.mark.parametrize("param", ["in_channels", "out_channels", "groups"])
@pytest.mark.parametrize("value", [2.0, "2", True, False, None, np.bool_(True), 1.5])
def test_non_int_and_bool_counts_are_refused(param: str, value: Any) -> None:
    counts = dict(in_channels=2, out_channels=2, groups=1)
    counts[param] = value
    with pytest.raises(ParamError) as info:
        ChannelSetup(**counts)
    assert (info.value.param, info.value.rule) == (param, "integer")


def test_numpy_integer_counts_are_accepted() -> None:
    setup = ChannelSetup(np.int64(4), np.int32(2), np.int16(2))
    assert setup.in_per_group == 2 and setup.out_per_group == 1


@pytest.mark.parametrize(
    ("c_in", "c_out", "groups", "what", "value"),
    [
        (4, 2, 3, "in_channels", 4),
        (3, 6, 2, "in_channels", 3),
        (6, 4, 3, "out_channels", 4),
        (2, 3, 2, "out_channels", 3),
        (1, 8, 8, "in_channels", 1),
    ],
)
def test_groups_must_divide_both_counts(c_in, c_out, groups, what, value) -> None:
    with pytest.raises(ParamError) as info:
        ChannelSetup(c_in, c_out, groups)
    err = info.value
    assert (err.param, err.rule) == ("groups", "groups")
    assert err.values == {"groups": groups, "what": what, "value": value}
    assert f"groups={groups}" in str(err) and f"{what}={value}" in str(err)


@pytest.mark.parametrize("bias", [1, 0, "yes", None, 1.0])
def test_bias_must_be_a_bool(bias: Any) -> None:
    with pytest.raises(ParamError) as info:
        ChannelSetup(2, 2, 1, bias)
    assert info.value.param == "bias"


def test_valid_setups_are_frozen_and_compare_by_value() -> None:
    a, b = ChannelSetup(4, 2, 2, True), ChannelSetup(4, 2, 2, True)
    assert a == b and hash(a) == hash(b) and a != ChannelSetup(4, 2, 2, False)
    with pytest.raises(AttributeError):
        a.groups = 1  # type: ignore[misc]


@pytest.mark.parametrize(
    ("setup", "single"),
    [
        (ChannelSetup(), True),
        (ChannelSetup(1, 1, 1, True), False),
        (ChannelSetup(2, 1, 1), False),
        (ChannelSetup(1, 2, 1), False),
    ],
)
def test_single_means_one_in_one_out_no_bias(setup: ChannelSetup, single: bool) -> None:
    assert setup.single is single


# --- shapes and the group table ------------------------------------------------------------

SETUPS = [
    ChannelSetup(1, 1, 1),
    ChannelSetup(4, 2, 2, True),
    ChannelSetup(2, 4, 2),
    ChannelSetup(6, 3, 3),
    ChannelSetup(3, 6, 3, True),
    ChannelSetup(3, 3, 3),
    ChannelSetup(8, 8, 4),
    ChannelSetup(8, 4, 1),
    ChannelSetup(5, 7, 1),
]


@pytest.mark.parametrize("setup", SETUPS, ids=str)
@pytest.mark.parametrize("kernel", [(3, 3), (2, 5)])
def test_weight_shapes_swap_the_first_two_axes(setup: ChannelSetup, kernel) -> None:
    c_in, c_out, g = setup.in_channels, setup.out_channels, setup.groups
    assert setup.weight_shape(kernel) == (c_in, c_out // g, *kernel)
    assert setup.conv2d_weight_shape(kernel) == (c_out, c_in // g, *kernel)
    t, c = setup.weight_shape(kernel), setup.conv2d_weight_shape(kernel)
    # The same number of weights either way; the first two axes swap only with groups=1.
    assert np.prod(t) == np.prod(c)
    if g == 1:
        assert (t[1], t[0], *t[2:]) == c


@pytest.mark.parametrize("setup", SETUPS, ids=str)
def test_inputs_group_and_weight_index_follow_the_definition(setup: ChannelSetup) -> None:
    c_in, c_out, g = setup.in_channels, setup.out_channels, setup.groups
    assert (setup.in_per_group, setup.out_per_group) == (c_in // g, c_out // g)
    seen: set[int] = set()
    for o in range(c_out):
        expected = group_inputs(c_in, c_out, g, o)
        assert list(setup.inputs_of(o)) == expected
        assert setup.group_of(o) == o * g // c_out
        for ci in expected:
            assert setup.weight_index(ci, o) == (ci, o % (c_out // g))
        seen.update(expected)
        outside = [ci for ci in range(c_in) if ci not in expected]
        for ci in outside:
            with pytest.raises(ParamError) as info:
                setup.weight_index(ci, o)
            assert info.value.param == "in_channel" and info.value.values["value"] == ci
    assert seen == set(range(c_in))  # every input channel feeds some output


def test_each_weight_slice_is_used_by_exactly_one_channel_pair() -> None:
    setup = ChannelSetup(6, 4, 2)
    used = [setup.weight_index(ci, o) for o in range(4) for ci in setup.inputs_of(o)]
    assert len(used) == len(set(used)) == 6 * 2
    assert set(used) == {(ci, k) for ci in range(6) for k in range(2)}


# --- channel_output against real PyTorch ---------------------------------------------------


def test_fixtures_have_multi_channel_cases_with_groups_and_bias() -> None:
    assert len(MULTI) >= 10
    assert {case["groups"] for case in MULTI} >= {1, 2, 3}
    assert any(case["bias"] is not None for case in MULTI)
    assert any(case["bias"] is None for case in MULTI)


@pytest.mark.parametrize("case", MULTI, ids=[case["name"] for case in MULTI])
def test_channel_output_equals_pytorch(case: dict[str, Any]) -> None:
    setup, params = fixture_setup(case)
    x, w = np.asarray(case["x"]), np.asarray(case["weight"])
    assert w.shape == setup.weight_shape(params.kernel_size)
    b = None if case["bias"] is None else np.asarray(case["bias"])
    got = channel_output(params, setup, x, w, b)
    expected = np.asarray(case["output"])
    assert got.shape == expected.shape == (setup.out_channels, *params.output_size)
    if is_integer_case(case):
        np.testing.assert_array_equal(got, expected)
    else:
        np.testing.assert_allclose(got, expected, rtol=RTOL, atol=1e-12)


@pytest.mark.parametrize(
    "case", [c for c in MULTI if c["bias"] is not None], ids=lambda c: c["name"]
)
def test_without_bias_flag_the_bias_is_left_out(case: dict[str, Any]) -> None:
    setup, params = fixture_setup(case)
    no_bias = ChannelSetup(setup.in_channels, setup.out_channels, setup.groups, False)
    x, w, b = (np.asarray(case[k]) for k in ("x", "weight", "bias"))
    got = channel_output(params, no_bias, x, w, b)
    expected = np.asarray(case["output"]) - b[:, None, None]
    np.testing.assert_allclose(got, expected, rtol=RTOL, atol=1e-9)


def test_channel_output_refuses_an_input_of_the_wrong_shape() -> None:
    setup, params = ChannelSetup(4, 2, 2), ConvTParams()
    w = np.ones(setup.weight_shape(params.kernel_size))
    with pytest.raises(ParamError) as info:
        channel_output(params, setup, np.ones((3, 2, 2)), w, None)
    assert (info.value.param, info.value.rule) == ("x", "shape")
    with pytest.raises(ParamError) as info:
        channel_output(params, setup, np.ones((4, 3, 2)), w, None)
    assert (info.value.param, info.value.rule) == ("x", "shape")


# --- channel_terms ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "case", [c for c in MULTI if c["groups"] > 1 or np.shape(c["x"])[0] > 1],
    ids=lambda c: c["name"],
)
def test_channel_terms_are_every_group_input_times_every_landing_tap(case: dict[str, Any]) -> None:
    setup, params = fixture_setup(case)
    x, w = np.asarray(case["x"]), np.asarray(case["weight"])
    b = case["bias"]
    out = np.asarray(case["output"])
    oh, ow = params.output_size
    for o in range(setup.out_channels):
        ci = setup.inputs_of(o)[0]
        wt = core.walkthrough(x[ci], w[ci, o % setup.out_per_group], params.stride,
                              params.padding, params.output_padding, params.dilation)
        for i in range(oh):
            for j in range(ow):
                rows = channel_terms(setup, wt.sources(i, j), o)
                assert rows.shape[1] == 5
                naive = naive_sources(params, i, j)
                expected = [(c, *t) for c in group_inputs(setup.in_channels, setup.out_channels,
                                                           setup.groups, o) for t in naive]
                assert sorted(map(tuple, rows.tolist())) == sorted(expected)
                # Grouped by channel, in channel order, as the arithmetic lists them.
                assert list(rows[:, 0]) == sorted(rows[:, 0])
                # The terms add up to PyTorch's value.
                total = sum(x[c, r, col] * w[c, o % setup.out_per_group, a, bb]
                            for c, r, col, a, bb in rows.tolist())
                total += 0 if b is None else b[o]
                assert total == pytest.approx(out[o, i, j], rel=1e-12, abs=1e-12)


def test_channel_terms_with_no_sources_is_empty() -> None:
    rows = channel_terms(ChannelSetup(4, 2, 2), np.empty((0, 4), np.intp), 1)
    assert rows.shape == (0, 5)


# --- property: channel_output equals the naive loop ----------------------------------------


@st.composite
def layers(draw) -> dict[str, Any]:
    groups = draw(st.integers(1, 3))
    cin_g, cout_g = draw(st.integers(1, 2)), draw(st.integers(1, 2))
    axes = []
    for _ in range(2):
        n, k = draw(st.integers(1, 3)), draw(st.integers(1, 3))
        s, d = draw(st.integers(1, 3)), draw(st.integers(1, 2))
        op = draw(st.integers(0, max(s, d) - 1))
        top = (out_len(n, k, s, 0, op, d) - 1) // 2  # keep the output at least 1
        p = draw(st.integers(0, max(0, min(top, 2))))
        axes.append((n, k, s, p, op, d))
    params = ConvTParams(*(tuple(a[i] for a in axes) for i in range(6)))
    setup = ChannelSetup(groups * cin_g, groups * cout_g, groups, draw(st.booleans()))
    seed = draw(st.integers(0, 2**32 - 1))
    rng = np.random.default_rng(seed)
    x = rng.integers(-5, 6, size=(setup.in_channels, *params.input_size))
    w = rng.integers(-5, 6, size=setup.weight_shape(params.kernel_size))
    b = rng.integers(-5, 6, size=setup.out_channels)
    return dict(params=params, setup=setup, x=x, w=w, b=b)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(layers())
def test_channel_output_equals_the_naive_loop(layer: dict[str, Any]) -> None:
    params, setup = layer["params"], layer["setup"]
    x, w, b = layer["x"], layer["w"], layer["b"]
    got = channel_output(params, setup, x, w, b)
    expected = naive_layer(x.tolist(), w.tolist(), b.tolist() if setup.bias else None,
                           setup.groups, params.stride, params.padding,
                           params.output_padding, params.dilation)
    assert got.shape == expected.shape
    np.testing.assert_array_equal(got, expected.astype(np.float64))
