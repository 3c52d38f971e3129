"""Property tests: every view of the lesson agrees with a naive definition.

The reference here is the scatter definition of a transposed convolution,
written as plain loops (PyTorch's ``ConvTranspose2d`` docs; Dumoulin & Visin
2016, section 4):

    y[r*s_h + a*d_h - p_h, c*s_w + b*d_w - p_w] += x[r, c] * w[a, b]

kept where 0 <= index < H_out = (H-1)s - 2p + d(k-1) + op + 1.  Inputs are
small integers, so every route must agree exactly.
"""

from __future__ import annotations

import math
from typing import Any

import hypothesis.extra.numpy as hnp
import numpy as np
import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from convt_lab.core import ConvTParams, ParamError, Role, conv_transpose2d, walkthrough

FAST = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FEW = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

AXIS_KEYS = ("size", "kernel", "stride", "padding", "output_padding", "dilation")


# --- the independent reference ----------------------------------------------------------


def out_len(n: int, k: int, s: int, p: int, op: int, d: int) -> int:
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def axis_is_valid(n: int, k: int, s: int, p: int, op: int, d: int) -> bool:
    """PyTorch's rules for one axis, from its documentation."""
    if min(n, k, s, d) < 1 or min(p, op) < 0:
        return False
    if not (op < s or op < d):
        return False
    return out_len(n, k, s, p, op, d) >= 1


def naive(x: np.ndarray, w: np.ndarray, s: tuple, p: tuple, op: tuple, d: tuple) -> np.ndarray:
    """Single channel, quadruple loop, Python ints."""
    (h, wd), (kh, kw) = x.shape, w.shape
    oh = out_len(h, kh, s[0], p[0], op[0], d[0])
    ow = out_len(wd, kw, s[1], p[1], op[1], d[1])
    y = np.zeros((oh, ow), dtype=object)
    for r in range(h):
        for c in range(wd):
            for a in range(kh):
                for b in range(kw):
                    i = r * s[0] + a * d[0] - p[0]
                    j = c * s[1] + b * d[1] - p[1]
                    if 0 <= i < oh and 0 <= j < ow:
                        y[i, j] += int(x[r, c]) * int(w[a, b])
    return y.astype(np.float64)


def naive_sources(shape_x, shape_w, s, p, op, d) -> dict[tuple[int, int], set]:
    """For each output cell, the set of (r, c, a, b) landing on it."""
    (h, wd), (kh, kw) = shape_x, shape_w
    oh = out_len(h, kh, s[0], p[0], op[0], d[0])
    ow = out_len(wd, kw, s[1], p[1], op[1], d[1])
    table: dict[tuple[int, int], set] = {(i, j): set() for i in range(oh) for j in range(ow)}
    for r in range(h):
        for c in range(wd):
            for a in range(kh):
                for b in range(kw):
                    i = r * s[0] + a * d[0] - p[0]
                    j = c * s[1] + b * d[1] - p[1]
                    if (i, j) in table:
                        table[i, j].add((r, c, a, b))
    return table


def naive_multi(x, w, bias, s, p, op, d, groups) -> np.ndarray:
    """(C_in, H, W) input, (C_in, C_out/groups, kH, kW) weight, loops over everything."""
    c_in, h, wd = x.shape
    _, cout_g, kh, kw = w.shape
    cin_g, c_out = c_in // groups, cout_g * groups
    oh = out_len(h, kh, s[0], p[0], op[0], d[0])
    ow = out_len(wd, kw, s[1], p[1], op[1], d[1])
    y = np.zeros((c_out, oh, ow), dtype=object)
    for ci in range(c_in):
        g = ci // cin_g
        for o in range(cout_g):
            co = g * cout_g + o
            for r in range(h):
                for c in range(wd):
                    for a in range(kh):
                        for b in range(kw):
                            i = r * s[0] + a * d[0] - p[0]
                            j = c * s[1] + b * d[1] - p[1]
                            if 0 <= i < oh and 0 <= j < ow:
                                y[co, i, j] += int(x[ci, r, c]) * int(w[ci, o, a, b])
    if bias is not None:
        for co in range(c_out):
            y[co] += int(bias[co])
    return y.astype(np.float64)


def as_set(rows: np.ndarray) -> set[tuple[int, ...]]:
    return {tuple(int(v) for v in row) for row in rows}


# --- strategies -----------------------------------------------------------------------------


@st.composite
def axis_params(draw, max_size: int = 6, max_kernel: int = 4) -> dict[str, int]:
    """One axis of a valid convolution, with op and p drawn inside their rules."""
    n = draw(st.integers(1, max_size))
    k = draw(st.integers(1, max_kernel))
    s = draw(st.integers(1, 4))
    d = draw(st.integers(1, 3))
    op = draw(st.integers(0, max(s, d) - 1))
    p = draw(st.integers(0, ((n - 1) * s + d * (k - 1) + op) // 2))
    return dict(size=n, kernel=k, stride=s, padding=p, output_padding=op, dilation=d)


def pair_of(axes: tuple[dict, dict], key: str) -> tuple[int, int]:
    return (axes[0][key], axes[1][key])


@st.composite
def single_case(draw) -> dict[str, Any]:
    axes = (draw(axis_params()), draw(axis_params()))
    x = draw(hnp.arrays(np.int64, pair_of(axes, "size"), elements=st.integers(-9, 9)))
    w = draw(hnp.arrays(np.int64, pair_of(axes, "kernel"), elements=st.integers(-9, 9)))
    kw = {key: pair_of(axes, key) for key in ("stride", "padding", "output_padding", "dilation")}
    return dict(x=x, w=w, **kw)


def args(case: dict[str, Any]) -> tuple:
    return (case["stride"], case["padding"], case["output_padding"], case["dilation"])


# --- the single-channel views ---------------------------------------------------------------


@FAST
@given(single_case())
def test_every_view_agrees_with_the_naive_reference(case: dict[str, Any]) -> None:
    x, w = case["x"], case["w"]
    s, p, op, d = args(case)
    expected = naive(x, w, s, p, op, d)

    engine = conv_transpose2d(x, w, stride=s, padding=p, output_padding=op, dilation=d)
    assert engine.dtype == np.float64
    np.testing.assert_array_equal(engine, expected)

    wt = walkthrough(x, w, s, p, op, d)
    np.testing.assert_array_equal(wt.output, expected)
    oh, ow = expected.shape

    # Gather: slide the flipped kernel over the padded grid.
    gather = np.zeros((oh, ow))
    flipped = wt.flipped_kernel.ravel()
    for i in range(oh):
        for j in range(ow):
            window = wt.window(i, j)
            assert window.shape == (w.size, 2)
            gather[i, j] = (wt.padded[tuple(window.T)] * flipped).sum()
    np.testing.assert_array_equal(gather, expected)

    # Scatter: every input cell's footprint.
    scatter = np.zeros((oh, ow))
    for r in range(x.shape[0]):
        for c in range(x.shape[1]):
            for i, j, a, b in wt.footprint(r, c):
                scatter[i, j] += x[r, c] * w[a, b]
    np.testing.assert_array_equal(scatter, expected)

    # The matrix C^T.
    m = wt.matrix()
    assert m.shape == (oh * ow, x.size)
    np.testing.assert_array_equal((m @ x.ravel()).reshape(oh, ow), expected)


@FAST
@given(single_case())
def test_grids_follow_their_definitions(case: dict[str, Any]) -> None:
    x, w = case["x"], case["w"]
    s, p, op, d = args(case)
    wt = walkthrough(x, w, s, p, op, d)
    (h, wd), (kh, kw) = x.shape, w.shape

    # Zero insertion: x[r, c] at (r*s, c*s), zeros elsewhere.
    zi_shape = (h + (s[0] - 1) * (h - 1), wd + (s[1] - 1) * (wd - 1))
    zi = np.zeros(zi_shape)
    zi[:: s[0], :: s[1]] = x
    np.testing.assert_array_equal(wt.zero_inserted, zi)

    # Padding: padded[q] = zi[q - P] with P = d(k-1) - p, plus op at the end.
    big_p = (d[0] * (kh - 1) - p[0], d[1] * (kw - 1) - p[1])
    shape = tuple(zi_shape[a] + 2 * big_p[a] + op[a] for a in (0, 1))
    assert wt.padded.shape == shape
    assert wt.roles.shape == shape
    expected_roles = np.empty(shape, int)
    for q in range(shape[0]):
        for t in range(shape[1]):
            u, v = q - big_p[0], t - big_p[1]
            row_inside, col_inside = 0 <= u < zi_shape[0], 0 <= v < zi_shape[1]
            if row_inside and col_inside:
                assert wt.padded[q, t] == zi[u, v]
                on_lattice = u % s[0] == 0 and v % s[1] == 0
                expected_roles[q, t] = Role.INPUT if on_lattice else Role.INSERTED
            else:
                assert wt.padded[q, t] == 0
                # An op row/col is one of the last op ones that zero_inserted does
                # not reach (when P < 0, op first uncrops rows of zero_inserted).
                op_row = q >= shape[0] - op[0] and not row_inside
                op_col = t >= shape[1] - op[1] and not col_inside
                expected_roles[q, t] = Role.OUTPUT_PADDING if op_row or op_col else Role.PADDING
    np.testing.assert_array_equal(wt.roles, expected_roles)

    # Zero-inserted cells that no padded cell shows are CROPPED.
    zi_roles = np.empty(zi_shape, int)
    for u in range(zi_shape[0]):
        for v in range(zi_shape[1]):
            kept = 0 <= u + big_p[0] < shape[0] and 0 <= v + big_p[1] < shape[1]
            lattice = u % s[0] == 0 and v % s[1] == 0
            zi_roles[u, v] = (Role.INPUT if lattice else Role.INSERTED) if kept else Role.CROPPED
    np.testing.assert_array_equal(wt.zero_inserted_roles, zi_roles)
    if min(big_p) >= 0:
        assert not (wt.zero_inserted_roles == Role.CROPPED).any()

    np.testing.assert_array_equal(wt.flipped_kernel, w[::-1, ::-1])

    oh, ow = wt.output.shape
    # The cells past the output that op = 0 would give (op may exceed the output
    # when p is large, so every cell is then in the band).
    rows, cols = np.indices((oh, ow))
    band = (rows >= oh - op[0]) | (cols >= ow - op[1])
    np.testing.assert_array_equal(wt.output_band, band)

    for axis, steps in enumerate(wt.steps):
        assert steps.inserted == zi_shape[axis]
        assert steps.pad == big_p[axis]
        assert steps.padded == shape[axis]
        assert steps.output == wt.output.shape[axis]


@FAST
@given(single_case())
def test_contribution_tables_are_consistent(case: dict[str, Any]) -> None:
    x, w = case["x"], case["w"]
    s, p, op, d = args(case)
    wt = walkthrough(x, w, s, p, op, d)
    table = naive_sources(x.shape, w.shape, s, p, op, d)
    (kh, kw) = w.shape
    big_p = (d[0] * (kh - 1) - p[0], d[1] * (kw - 1) - p[1])
    oh, ow = wt.output.shape
    assert len(table) == oh * ow

    footprints = {
        (r, c): as_set(wt.footprint(r, c)) for r in range(x.shape[0]) for c in range(x.shape[1])
    }
    # Each footprint is the naive one.
    for (r, c), rows in footprints.items():
        expected = {(i, j, a, b) for (i, j), srcs in table.items()
                    for (rr, cc, a, b) in srcs if (rr, cc) == (r, c)}
        assert rows == expected

    for i in range(oh):
        for j in range(ow):
            sources = wt.sources(i, j)
            assert sources.shape[1] == 4
            assert len(sources) == len(as_set(sources))  # no duplicates
            assert as_set(sources) == table[i, j]
            assert wt.overlap[i, j] == len(table[i, j])
            for r, c, a, b in as_set(sources):
                assert (i, j, a, b) in footprints[r, c]

            # Window taps that read an INPUT cell are exactly the sources:
            # padded (q, t) is zero_inserted (q - P, t - P) = x[(q-P)/s, (t-P)/s],
            # and flipped tap (fa, fb) is w[kh-1-fa, kw-1-fb].
            taps = set()
            for n, (q, t) in enumerate(wt.window(i, j)):
                if wt.roles[q, t] != Role.INPUT:
                    assert wt.padded[q, t] == 0
                    continue
                fa, fb = divmod(n, kw)
                u, v = q - big_p[0], t - big_p[1]
                assert u % s[0] == 0 and v % s[1] == 0
                r, c = u // s[0], v // s[1]
                assert wt.padded[q, t] == x[r, c]
                taps.add((r, c, kh - 1 - fa, kw - 1 - fb))
            assert taps == table[i, j]
    assert wt.overlap.sum() == sum(len(v) for v in footprints.values())


# --- several channels ----------------------------------------------------------------------------


@st.composite
def multi_case(draw) -> dict[str, Any]:
    axes = (draw(axis_params(max_size=4, max_kernel=3)), draw(axis_params(4, 3)))
    groups = draw(st.integers(1, 3))
    cin_g, cout_g = draw(st.integers(1, 2)), draw(st.integers(1, 2))
    c_in = groups * cin_g
    ints = st.integers(-9, 9)
    x = draw(hnp.arrays(np.int64, (c_in, *pair_of(axes, "size")), elements=ints))
    w = draw(hnp.arrays(np.int64, (c_in, cout_g, *pair_of(axes, "kernel")), elements=ints))
    with_bias = draw(st.booleans())
    bias = draw(hnp.arrays(np.int64, (groups * cout_g,), elements=ints)) if with_bias else None
    kw = {key: pair_of(axes, key) for key in ("stride", "padding", "output_padding", "dilation")}
    return dict(x=x, w=w, bias=bias, groups=groups, **kw)


@FEW
@given(multi_case())
def test_channels_groups_and_bias_agree_with_the_naive_reference(case: dict[str, Any]) -> None:
    s, p, op, d = args(case)
    expected = naive_multi(case["x"], case["w"], case["bias"], s, p, op, d, case["groups"])
    got = conv_transpose2d(case["x"], case["w"], case["bias"], stride=s, padding=p,
                           output_padding=op, groups=case["groups"], dilation=d)
    assert got.dtype == np.float64
    assert got.shape == expected.shape
    np.testing.assert_array_equal(got, expected)


# --- invalid input always raises ParamError ----------------------------------------------


#: Values that break a parameter on its own; a size or kernel of 0 is an empty array.
BROKEN = dict(size=(0, 0), kernel=(0, 0), stride=(-2, 0), padding=(-2, -1),
              output_padding=(-2, -1), dilation=(-2, 0))


@st.composite
def any_params(draw) -> tuple[dict[str, int], dict[str, int]]:
    """Both axes, each parameter valid on its own, then up to two of them broken.

    p and op are drawn without regard to their rules, so the output_padding
    rule and the output-size rule are broken often too.
    """
    ranges = dict(size=(1, 5), kernel=(1, 4), stride=(1, 4), padding=(0, 6),
                  output_padding=(0, 4), dilation=(1, 3))
    axes = tuple({key: draw(st.integers(*ranges[key])) for key in AXIS_KEYS} for _ in (0, 1))
    slots = st.tuples(st.integers(0, 1), st.sampled_from(AXIS_KEYS))
    for axis, key in draw(st.lists(slots, max_size=2)):
        axes[axis][key] = draw(st.integers(*BROKEN[key]))
    return axes  # type: ignore[return-value]


@settings(max_examples=800, deadline=None)
@given(any_params())
def test_integer_parameters_raise_param_error_exactly_when_invalid(axes) -> None:
    valid = all(axis_is_valid(*(ax[key] for key in AXIS_KEYS)) for ax in axes)
    event("valid" if valid else "invalid")
    x = np.ones(pair_of(axes, "size"), np.int64)
    k = np.ones(pair_of(axes, "kernel"), np.int64)
    kw = {key: pair_of(axes, key) for key in ("stride", "padding", "output_padding", "dilation")}
    if valid:
        expected = naive(x, k, kw["stride"], kw["padding"], kw["output_padding"], kw["dilation"])
        np.testing.assert_array_equal(conv_transpose2d(x, k, **kw), expected)
        np.testing.assert_array_equal(walkthrough(x, k, **kw).output, expected)
        assert ConvTParams(x.shape, k.shape, **kw).output_size == expected.shape
    else:
        with pytest.raises(ParamError):
            conv_transpose2d(x, k, **kw)
        with pytest.raises(ParamError):
            walkthrough(x, k, **kw)
        if min(x.shape) >= 1 and min(k.shape) >= 1:
            with pytest.raises(ParamError):
                ConvTParams(x.shape, k.shape, **kw)
        # ConvTParams itself rejects a size or kernel of 0.
        with pytest.raises(ParamError):
            ConvTParams(pair_of(axes, "size"), pair_of(axes, "kernel"), **kw)


BAD_SCALARS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=3),
    st.none(),
    st.booleans(),
    st.complex_numbers(max_magnitude=5),
    st.lists(st.integers(-3, 3), min_size=0, max_size=4).filter(lambda v: len(v) != 2),
    st.tuples(st.integers(-3, 3), st.floats(allow_nan=True)),
    st.tuples(st.text(max_size=2), st.integers(1, 3)),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["stride", "padding", "output_padding", "dilation", "groups"]), BAD_SCALARS)
def test_non_integer_parameters_raise_param_error(name: str, value: Any) -> None:
    x3 = np.ones((2, 3, 3))
    w4 = np.ones((2, 1, 2, 2))
    with pytest.raises(ParamError) as info:
        conv_transpose2d(x3, w4, **{name: value})
    assert info.value.param == name
    assert info.value.rule in {"integer", "pair"}
    if name != "groups":
        with pytest.raises(ParamError):
            walkthrough(np.ones((3, 3)), np.ones((2, 2)), **{name: value})
        with pytest.raises(ParamError):
            ConvTParams(**{name: value})


def _array_like_values() -> st.SearchStrategy:
    """Values for x, weight or bias that are not a finite, non-empty real array."""
    shapes = hnp.array_shapes(min_dims=1, max_dims=3, min_side=1, max_side=3)
    return st.one_of(
        # NaN or infinity somewhere in an otherwise valid float array.
        st.tuples(shapes, st.sampled_from([math.nan, math.inf, -math.inf]), st.integers(0, 26))
        .map(lambda t: _poke(np.zeros(t[0]), t[1], t[2])),
        # Empty arrays of any dimension.
        hnp.array_shapes(min_dims=1, max_dims=4, min_side=0, max_side=3)
        .filter(lambda shape: 0 in shape).map(np.zeros),
        # Non-numeric dtypes.
        hnp.arrays(st.sampled_from([np.bool_, np.complex128, np.str_, np.object_]), shapes),
        st.text(max_size=3),
        st.none(),
        st.lists(st.one_of(st.text(max_size=1), st.none()), min_size=1, max_size=3),
        # Ragged nesting.
        st.just([[1, 2], [3]]),
    )


def _poke(a: np.ndarray, value: float, index: int) -> np.ndarray:
    a.flat[index % a.size] = value
    return a


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["x", "weight", "bias"]), _array_like_values())
def test_bad_arrays_raise_param_error(name: str, value: Any) -> None:
    arrays: dict[str, Any] = {"x": np.ones((2, 3, 3)), "weight": np.ones((2, 3, 2, 2)),
                              "bias": np.ones(3)}
    arrays[name] = value
    assume(not (name == "bias" and value is None))  # no bias is allowed: not a bad array
    with pytest.raises(ParamError) as info:
        conv_transpose2d(arrays["x"], arrays["weight"], arrays["bias"])
    assert info.value.param in {"x", "weight", "bias"}
    if name != "bias":
        with pytest.raises(ParamError):
            walkthrough(np.ones((3, 3)) if name == "weight" else value,
                        value if name == "weight" else np.ones((2, 2)))


@st.composite
def mismatched_channels(draw) -> dict[str, Any]:
    """Shapes that break one channel or dimension rule."""
    kind = draw(st.sampled_from(["c_in", "groups", "bias", "x_ndim", "w_ndim", "bias_2d"]))
    c_in = draw(st.integers(1, 4))
    groups = 1
    x_shape: tuple = (c_in, 3, 3)
    w_shape: tuple = (c_in, 2, 2, 2)
    bias: Any = None
    if kind == "c_in":
        w_shape = (c_in + draw(st.integers(1, 3)), 2, 2, 2)
    elif kind == "groups":
        groups = draw(st.integers(1, 6).filter(lambda g: c_in % g != 0))
    elif kind == "bias":
        bias = np.ones(draw(st.integers(1, 6).filter(lambda n: n != 2)))
    elif kind == "x_ndim":
        x_shape = draw(st.sampled_from([(3,), (1, c_in, 3, 3), (1, 1, c_in, 3, 3)]))
    elif kind == "w_ndim":
        w_shape = draw(st.sampled_from([(2, 2), (c_in, 2, 2), (c_in, 1, 2, 2, 1)]))
    else:
        x_shape, w_shape, bias = (3, 3), (2, 2), np.ones(1)
    return dict(x=np.ones(x_shape), w=np.ones(w_shape), bias=bias, groups=groups)


@settings(max_examples=150, deadline=None)
@given(mismatched_channels())
def test_mismatched_shapes_raise_param_error(case: dict[str, Any]) -> None:
    with pytest.raises(ParamError):
        conv_transpose2d(case["x"], case["w"], case["bias"], groups=case["groups"])


# --- explicit errors: param, rule and the values in the message --------------------------------


X2, W2 = np.ones((3, 3)), np.ones((2, 2))
X3, W4 = np.ones((4, 3, 3)), np.ones((4, 1, 2, 2))

ERROR_CASES = [
    # (id, call kwargs, param, rule, axis, text that the message must contain)
    ("stride0", dict(stride=0), "stride", "positive", 0, ["stride", "got 0"]),
    ("dilation_w_neg", dict(dilation=(1, -1)), "dilation", "positive", 1,
     ["got -1", "width axis"]),
    ("padding_neg", dict(padding=-1), "padding", "non_negative", 0, ["padding", "got -1"]),
    ("op_neg", dict(output_padding=(0, -2)), "output_padding", "non_negative", 1, ["got -2"]),
    ("op_too_big", dict(stride=2, output_padding=2), "output_padding", "output_padding", 0,
     ["output_padding=2", "stride=2", "dilation=1"]),
    ("op_too_big_w", dict(stride=(3, 1), dilation=(1, 2), output_padding=(0, 2)),
     "output_padding", "output_padding", 1, ["output_padding=2", "stride=1", "dilation=2"]),
    ("output_lt_1", dict(padding=(0, 3)), "output_size", "output_size", 1,
     ["(3-1)*1 - 2*3 + 1*(2-1) + 0 + 1 = -2", "width axis"]),
    ("output_lt_1_h", dict(stride=2, padding=(5, 0), dilation=(3, 1), output_padding=1),
     "output_size", "output_size", 0, ["(3-1)*2 - 2*5 + 3*(2-1) + 1 + 1 = -1", "height axis"]),
    ("stride_float", dict(stride=1.5), "stride", "integer", None, ["1.5"]),
    ("stride_str", dict(stride="2"), "stride", "integer", None, ["'2'"]),
    ("stride_bool", dict(stride=True), "stride", "integer", None, ["True"]),
    ("stride_triple", dict(stride=(1, 2, 3)), "stride", "pair", None, ["(1, 2, 3)"]),
    ("padding_none", dict(padding=None), "padding", "integer", None, ["None"]),
]


@pytest.mark.parametrize(
    ("kwargs", "param", "rule", "axis", "texts"),
    [case[1:] for case in ERROR_CASES],
    ids=[case[0] for case in ERROR_CASES],
)
def test_parameter_errors_name_param_rule_and_values(kwargs, param, rule, axis, texts) -> None:
    for call in (
        lambda: conv_transpose2d(X2, W2, **kwargs),
        lambda: conv_transpose2d(X3, W4, **kwargs),
        lambda: walkthrough(X2, W2, **kwargs),
        lambda: ConvTParams((3, 3), (2, 2), **{"stride": 1, **kwargs}),
    ):
        with pytest.raises(ParamError) as info:
            call()
        err = info.value
        assert isinstance(err, ValueError)
        assert (err.param, err.rule, err.axis) == (param, rule, axis)
        for text in texts:
            assert text in str(err)


ARRAY_CASES = [
    ("x_1d", lambda: conv_transpose2d(np.ones(3), W2), "x", "ndim", ["1"]),
    ("x_4d", lambda: conv_transpose2d(np.ones((1, 1, 3, 3)), W4), "x", "ndim", ["4"]),
    ("w_4d_for_2d_x", lambda: conv_transpose2d(X2, W4), "weight", "ndim", ["4"]),
    ("w_2d_for_3d_x", lambda: conv_transpose2d(X3, W2), "weight", "ndim", ["2"]),
    ("c_in_mismatch", lambda: conv_transpose2d(X3, np.ones((3, 1, 2, 2))), "weight", "shape",
     ["(3, 1, 2, 2)", "4"]),
    ("groups_not_dividing", lambda: conv_transpose2d(X3, W4, groups=3), "groups", "groups",
     ["groups=3", "C_in=4"]),
    ("groups_zero", lambda: conv_transpose2d(X3, W4, groups=0), "groups", "positive",
     ["got 0"]),
    ("groups_float", lambda: conv_transpose2d(X3, W4, groups=2.0), "groups", "integer",
     ["2.0"]),
    ("groups_2d_x", lambda: conv_transpose2d(X2, W2, groups=2), "groups", "groups",
     ["groups=2"]),
    ("bias_2d_x", lambda: conv_transpose2d(X2, W2, np.ones(1)), "bias", "shape", []),
    ("bias_length", lambda: conv_transpose2d(X3, W4, np.ones(3)), "bias", "shape",
     ["(3,)", "(1,)"]),
    ("bias_groups_length", lambda: conv_transpose2d(X3, W4, np.ones(1), groups=2), "bias",
     "shape", ["(1,)", "(2,)"]),
    ("x_nan", lambda: conv_transpose2d([[1.0, math.nan]], W2), "x", "finite", ["NaN"]),
    ("w_inf", lambda: conv_transpose2d(X2, [[1.0, -math.inf]]), "weight", "finite",
     ["infinity"]),
    ("bias_nan", lambda: conv_transpose2d(X3, W4, [math.nan]), "bias", "finite", ["NaN"]),
    ("x_empty", lambda: conv_transpose2d(np.ones((0, 3)), W2), "x", "empty", ["(0, 3)"]),
    ("w_empty", lambda: conv_transpose2d(X2, np.ones((2, 0))), "weight", "empty", ["(2, 0)"]),
    ("x_str", lambda: conv_transpose2d([["a", "b"]], W2), "x", "numeric", ["<U1"]),
    ("x_complex", lambda: conv_transpose2d(X2 + 1j, W2), "x", "numeric", ["complex128"]),
    ("x_bool", lambda: conv_transpose2d(X2 > 0, W2), "x", "numeric", ["bool"]),
    ("w_object", lambda: conv_transpose2d(X2, [[None, 1]]), "weight", "numeric", ["object"]),
    ("x_ragged", lambda: conv_transpose2d([[1, 2], [3]], W2), "x", "numeric", ["list"]),
    ("overflow", lambda: conv_transpose2d(np.full((2, 2), 1e300), np.full((2, 2), 1e300)),
     "x", "overflow", ["overflows"]),
    ("too_large", lambda: conv_transpose2d(X2, W2, stride=10**5), "output", "too_large",
     ["limit"]),
    ("walkthrough_3d", lambda: walkthrough(X3, W2), "x", "ndim", ["3"]),
    ("walkthrough_w_3d", lambda: walkthrough(X2, np.ones((1, 2, 2))), "weight", "ndim", ["3"]),
    ("walkthrough_nan", lambda: walkthrough(X2, [[math.nan]]), "weight", "finite", ["NaN"]),
    ("params_size0", lambda: ConvTParams((0, 2)), "input_size", "positive", ["got 0"]),
    ("params_kernel0", lambda: ConvTParams(kernel_size=(3, 0)), "kernel_size", "positive",
     ["got 0", "width axis"]),
]


@pytest.mark.parametrize(
    ("call", "param", "rule", "texts"),
    [case[1:] for case in ARRAY_CASES],
    ids=[case[0] for case in ARRAY_CASES],
)
def test_array_errors_name_param_rule_and_values(call, param, rule, texts) -> None:
    with pytest.raises(ParamError) as info:
        call()
    assert (info.value.param, info.value.rule) == (param, rule)
    for text in texts:
        assert text in str(info.value)


def test_float32_inputs_stay_float32() -> None:
    got = conv_transpose2d(np.ones((2, 2), np.float32), np.ones((2, 2), np.float32), stride=2)
    assert got.dtype == np.float32
    np.testing.assert_array_equal(got, np.ones((4, 4)))
    # A float64 operand or an integer one promotes to float64.
    assert conv_transpose2d(np.ones((2, 2), np.float32), np.ones((2, 2))).dtype == np.float64
    assert conv_transpose2d(np.ones((2, 2), np.float32), np.ones((2, 2), int)).dtype == np.float64


def test_inputs_are_not_modified_or_frozen() -> None:
    x = np.arange(9.0).reshape(3, 3)
    w = np.arange(4.0).reshape(2, 2)
    before = (x.copy(), w.copy())
    wt = walkthrough(x, w, stride=2)
    conv_transpose2d(x, w, stride=2)
    np.testing.assert_array_equal(x, before[0])
    np.testing.assert_array_equal(w, before[1])
    assert x.flags.writeable and w.flags.writeable
    x[0, 0] = 100.0  # the result keeps its own copy
    assert wt.x[0, 0] == 0.0
