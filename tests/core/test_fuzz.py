"""Fuzzing the core's public entry points with anything a caller might pass.

The contract: ``conv_transpose2d``, ``walkthrough``, ``ConvTParams`` and
``valid_range`` either return a correct answer or raise :class:`core.ParamError`;
never another exception, never a hang.  Parameters range over ints (negative,
zero, huge), floats, bools, None, strings and pairs of the wrong length; arrays
over shapes from 0-d to 5-d (empty ones too), dtypes from bool to complex and
object, and values up to 1e300, NaN and infinity.

Whenever an answer comes back it is checked against ``scatter`` below, the
definition of a transposed convolution written as plain loops (PyTorch's
``ConvTranspose2d`` documentation; Dumoulin & Visin 2016, section 4):

    y[o, r*s_h + a*d_h - p_h, c*s_w + b*d_w - p_w] += x[ci, r, c] * w[ci, o', a, b]

for input channel ci of group g and output channel o = g * C_out/groups + o',
kept where 0 <= index < H_out = (H-1)s - 2p + d(k-1) + op + 1, plus the bias.
No Qt here: tests/core runs without it.
"""

from __future__ import annotations

import math
from typing import Any

import hypothesis.extra.numpy as hnp
import numpy as np
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis.errors import InvalidArgument
from hypothesis import strategies as st

from convt_lab import core
from convt_lab.core import ConvTParams, ParamError, conv_transpose2d, valid_range, walkthrough

# Generous but bounded: a single example past a second means something loops.
FUZZ = settings(
    max_examples=500,
    deadline=2000,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# The core refuses to allocate more than this (core.engine.MAX_ELEMENTS); the
# reference below says "must succeed" only well under it.
BUDGET = 1 << 26


# --- the independent reference ---------------------------------------------------------


def out_len(n: int, k: int, s: int, p: int, op: int, d: int) -> int:
    """H_out = (H-1)s - 2p + d(k-1) + op + 1 (PyTorch's ConvTranspose2d docs)."""
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


#: The core refuses parameters beyond a C int, as PyTorch's kernels would overflow.
MAGNITUDE = 2**31 - 1


def is_int(v: Any) -> bool:
    return (isinstance(v, (int, np.integer)) and not isinstance(v, (bool, np.bool_))
            and abs(int(v)) <= MAGNITUDE)


def pair_of(v: Any) -> tuple[int, int] | None:
    """An int, or a 2-tuple/list/array of ints; None for anything else.

    A NumPy array counts by its contents: a 0-d integer array is an int, a
    shape-(2,) one a pair.
    """
    if isinstance(v, (np.ndarray, np.generic)):
        v = v.tolist()
        if isinstance(v, list):
            v = tuple(v)
    if isinstance(v, (tuple, list)):
        return (int(v[0]), int(v[1])) if len(v) == 2 and all(map(is_int, v)) else None
    return (int(v), int(v)) if is_int(v) else None


def axis_ok(n: int, k: int, s: int, p: int, op: int, d: int) -> bool:
    """PyTorch's rules for one axis."""
    if min(n, k, s, d) < 1 or min(p, op) < 0:
        return False
    if not (op < s or op < d):
        return False
    return out_len(n, k, s, p, op, d) >= 1


def real_array(a: Any) -> np.ndarray | None:
    """``a`` as a non-empty, finite, real array, or None if the core must refuse it."""
    try:
        arr = np.asarray(a)
    except (ValueError, TypeError):
        return None
    if arr.dtype.kind not in "iuf" or arr.size == 0:
        return None
    if arr.dtype.kind == "f" and not np.isfinite(arr).all():
        return None
    return arr


def scatter(x3, w4, bias, s, p, op, d, groups) -> np.ndarray:
    """The scatter definition, one tap at a time, in Python floats."""
    c_in, h, wd = x3.shape
    cout_g, kh, kw = w4.shape[1:]
    cin_g = c_in // groups
    oh, ow = out_len(h, kh, s[0], p[0], op[0], d[0]), out_len(wd, kw, s[1], p[1], op[1], d[1])
    y = np.zeros((cout_g * groups, oh, ow))
    for ci in range(c_in):
        g = ci // cin_g
        for o in range(cout_g):
            for r in range(h):
                for c in range(wd):
                    for a in range(kh):
                        for b in range(kw):
                            i = r * s[0] + a * d[0] - p[0]
                            j = c * s[1] + b * d[1] - p[1]
                            if 0 <= i < oh and 0 <= j < ow:
                                term = float(x3[ci, r, c]) * float(w4[ci, o, a, b])
                                y[g * cout_g + o, i, j] += term
    if bias is not None:
        y += np.asarray(bias, np.float64)[:, None, None]
    return y


def expected(x, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1):
    """What conv_transpose2d must return, or None where it must raise ParamError.

    Returns ``(reference, bound, must, single)``: ``bound`` caps every partial
    sum (it scales the tolerance); ``must`` says the call may not be refused,
    which holds only where no summation order can overflow (the core may
    refuse an overflowing result); ``single`` means float32 arithmetic.
    """
    xa, wa = real_array(x), real_array(weight)
    pairs = [pair_of(v) for v in (stride, padding, output_padding, dilation)]
    if xa is None or wa is None or None in pairs or not is_int(groups) or groups < 1:
        return None
    s, p, op, d = pairs
    if xa.ndim == 2:
        if wa.ndim != 2 or bias is not None or groups != 1:
            return None
        x3, w4 = xa[None], wa[None, None]
    elif xa.ndim == 3:
        if wa.ndim != 4 or wa.shape[0] != xa.shape[0] or xa.shape[0] % groups:
            return None
        x3, w4 = xa, wa
    else:
        return None
    c_out = w4.shape[1] * groups
    ba = None
    if bias is not None:
        ba = real_array(bias)
        if ba is None or ba.shape != (c_out,):
            return None
    (_, h, wd), (kh, kw) = x3.shape, w4.shape[2:]
    if not (axis_ok(h, kh, s[0], p[0], op[0], d[0]) and axis_ok(wd, kw, s[1], p[1], op[1], d[1])):
        return None
    full = [(n - 1) * st_ + dd * (k - 1) + 1 + o for n, k, st_, dd, o in
            zip((h, wd), (kh, kw), s, d, op)]
    if c_out * full[0] * full[1] > BUDGET:
        return None
    if c_out * full[0] * full[1] * max(1, x3.shape[0]) * kh * kw > 200_000:
        return None  # too slow for the loops; the engine's own tests cover big sizes
    # A bound on every partial sum in any order: no overflow below it.
    terms = x3.shape[0] * kh * kw
    big = float(np.abs(x3).max(initial=0)) * float(np.abs(w4).max(initial=0)) * terms
    if ba is not None:
        big += float(np.abs(ba).max(initial=0))
    floats = [a.dtype for a in (xa, wa, ba) if a is not None]
    single_precision = all(dt.kind == "f" for dt in floats) and np.result_type(
        np.float32, *floats) == np.float32
    limit = 1e37 if single_precision else 1e300
    ref = scatter(x3, w4, ba, s, p, op, d, groups)
    must = big < limit and bool(np.isfinite(ref).all())
    return (ref[0] if xa.ndim == 2 else ref), big, must, single_precision


def tally(label: str) -> None:
    """Count an outcome for ``--hypothesis-show-statistics`` (outside @given too)."""
    try:
        event(label)
    except InvalidArgument:
        pass


# --- strategies -------------------------------------------------------------------------

HUGE_INTS = [10**9, -(10**9), 2**31, 2**63, 2**64 + 1, 10**30]
small_int = st.integers(-2, 5)
any_int = st.one_of(small_int, small_int, st.sampled_from(HUGE_INTS), st.sampled_from([0, -1]))
scalar_junk = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([1.0, 2.0, 0.5, True, False, None, "2", "", "x", b"2", 2j, np.float64(2.0),
                     np.bool_(True), object(), {}, set(), slice(1)]),
)
np_int = st.builds(lambda v, t: t(v), st.integers(0, 4),
                   st.sampled_from([np.int8, np.int64, np.uint16]))
param = st.one_of(
    small_int,
    small_int,
    any_int,
    np_int,
    scalar_junk,
    st.tuples(small_int, small_int),
    st.tuples(small_int, small_int),
    st.lists(small_int, min_size=2, max_size=2),
    st.lists(any_int, min_size=0, max_size=4).map(tuple),
    st.tuples(small_int, scalar_junk),
    hnp.arrays(np.int64, st.sampled_from([(2,), (3,), (1,), ()]), elements=st.integers(0, 3)),
    hnp.arrays(np.float64, (2,), elements=st.sampled_from([1.0, 2.0, 1.5])),
    # Object arrays of shape (2,) are left to test_arrays_as_pairs, so that one
    # known failure there does not stop the search for others here.
)
groups_st = st.one_of(st.just(1), st.just(1), small_int, any_int, scalar_junk, np_int)

VALUES = [0.0, 1.0, -1.0, 2.5, 3.0, -7.0, 1e300, -1e300, 1e-300, 1e38,
          math.nan, math.inf, -math.inf]
DTYPES = [np.int64, np.int32, np.uint8, np.int8, np.float32, np.float64, np.float16,
          np.bool_, np.complex128, np.object_]


@st.composite
def arrays(draw, ndim: st.SearchStrategy[int] | None = None) -> Any:
    """Arrays of every dtype and rank, with special values sometimes; or non-arrays."""
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return draw(st.sampled_from([None, "abc", 3, 2.5, [], [[1, 2], [3]], {"a": 1},
                                     [[1, "a"], [2, 3]], [[None, 1], [1, 1]], [[1, 2], [3, 4]]]))
    n = draw(ndim if ndim is not None else st.sampled_from([0, 1, 2, 2, 2, 3, 3, 4, 5]))
    shape = tuple(draw(st.lists(st.integers(0 if draw(st.booleans()) else 1, 4),
                                min_size=n, max_size=n)))
    if math.prod(shape) > 200:
        shape = tuple(min(v, 2) for v in shape)
    dtype = draw(st.sampled_from(DTYPES)) if kind < 4 else draw(
        st.sampled_from([np.int64, np.float64, np.float32]))
    special = kind < 6
    size = math.prod(shape)
    if special:
        vals = draw(st.lists(st.sampled_from(VALUES) | st.integers(-5, 5).map(float),
                             min_size=size, max_size=size))
    else:
        vals = draw(st.lists(st.integers(-5, 5).map(float), min_size=size, max_size=size))
    with np.errstate(all="ignore"):
        src = np.array(vals, dtype=np.float64).reshape(shape)
        if np.dtype(dtype).kind in "iub":
            src = np.nan_to_num(src, nan=0, posinf=100, neginf=-100).clip(-100, 100)
        if np.dtype(dtype) == np.object_:
            return src.astype(object)
        return src.astype(dtype)


def shaped_case(draw) -> dict[str, Any]:
    """Mostly well-formed conv inputs with one or two things possibly wrong."""
    three = draw(st.booleans())
    groups = draw(st.sampled_from([1, 1, 2])) if three else 1
    c_in = groups * draw(st.integers(1, 2)) if three else 1
    cout_g = draw(st.integers(1, 2))
    h, w = draw(st.integers(1, 4)), draw(st.integers(1, 4))
    kh, kw = draw(st.integers(1, 3)), draw(st.integers(1, 3))
    dtype_x = draw(st.sampled_from([np.int64, np.float64, np.float32]))
    dtype_w = draw(st.sampled_from([np.int64, np.float64, np.float32]))
    elems = st.integers(-6, 6)
    x = np.array(draw(st.lists(elems, min_size=c_in * h * w, max_size=c_in * h * w)),
                 dtype_x).reshape((c_in, h, w) if three else (h, w))
    wshape = (c_in, cout_g, kh, kw) if three else (kh, kw)
    wt = np.array(draw(st.lists(elems, min_size=math.prod(wshape), max_size=math.prod(wshape))),
                  dtype_w).reshape(wshape)
    bias = None
    if three and draw(st.booleans()):
        bias = np.array(draw(st.lists(elems, min_size=cout_g * groups, max_size=cout_g * groups)),
                        np.float64)
    ints = st.integers(0, 3)
    pos = st.integers(1, 3)
    as_p = lambda s: st.one_of(s, st.tuples(s, s))  # noqa: E731
    return dict(x=x, weight=wt, bias=bias, stride=draw(as_p(pos)), padding=draw(as_p(ints)),
                output_padding=draw(as_p(st.integers(0, 2))), groups=groups,
                dilation=draw(as_p(pos)))


@st.composite
def conv_cases(draw) -> dict[str, Any]:
    case = shaped_case(draw)
    # Spoil zero, one or two arguments.
    for _ in range(draw(st.integers(0, 2))):
        name = draw(st.sampled_from(["x", "weight", "bias", "stride", "padding",
                                     "output_padding", "dilation", "groups"]))
        if name in ("x", "weight", "bias"):
            case[name] = draw(arrays())
        elif name == "groups":
            case[name] = draw(groups_st)
        else:
            case[name] = draw(param)
    return case


def check_conv(case: dict[str, Any]) -> None:
    try:
        with np.errstate(all="ignore"):
            exp = expected(**case)
    except (IndexError, OverflowError):  # the reference cannot judge
        exp = None
    try:
        got = conv_transpose2d(**case)
    except ParamError as err:
        tally(f"ParamError {err.rule}")
        assert str(err) and err.param and err.rule in core.RULES
        if exp is not None:
            assert not exp[2], f"refused a valid call: {err}"
        return
    # Any other exception propagates and fails the test with its traceback.
    assert exp is not None, f"accepted an invalid call; returned shape {np.shape(got)}"
    ref, big, _, single = exp
    tally("returned")
    assert isinstance(got, np.ndarray) and got.shape == ref.shape, (got.shape, ref.shape)
    assert np.isfinite(got).all()
    tol = (1e-5 if single else 1e-12) * max(big, 1.0)
    np.testing.assert_allclose(got.astype(np.float64), ref, rtol=1e-5 if single else 1e-9, atol=tol)


@FUZZ
@given(conv_cases())
def test_conv_transpose2d_returns_the_reference_or_raises_param_error(case) -> None:
    check_conv(case)


@FUZZ
@given(
    x=arrays(), weight=arrays(), bias=st.one_of(st.none(), st.none(), arrays()),
    stride=param, padding=param, output_padding=param, groups=groups_st, dilation=param,
)
def test_conv_transpose2d_with_anything(x, weight, bias, stride, padding, output_padding, groups,
                                        dilation) -> None:
    check_conv(dict(x=x, weight=weight, bias=bias, stride=stride, padding=padding,
                    output_padding=output_padding, groups=groups, dilation=dilation))


@pytest.mark.parametrize(
    "case",
    [
        dict(x=np.ones((1, 1)), weight=np.ones((1, 1)), stride=10**9),
        dict(x=np.ones((2, 2)), weight=np.ones((1, 1)), stride=10**9),
        dict(x=np.ones((2, 2)), weight=np.ones((2, 2)), dilation=10**9),
        dict(x=np.ones((1, 1)), weight=np.ones((1, 1)), stride=10**9, output_padding=10**9 - 1),
        dict(x=np.ones((1, 1)), weight=np.ones((1, 1)), dilation=10**30),
        dict(x=np.ones((1, 1)), weight=np.ones((1, 1)), stride=2**64 + 1),
        dict(x=np.ones((2, 1)), weight=np.ones((1, 1)), stride=(2**63, 1)),
        dict(x=np.ones((2, 2)), weight=np.ones((2, 2)), padding=10**9, stride=10**9),
        dict(x=np.full((2, 2), 1e300), weight=np.full((2, 2), 1e300)),
        dict(x=np.full((2, 2), 1e300), weight=np.full((2, 2), 1.0)),
        dict(x=np.full((2, 2), 1e38, np.float32), weight=np.full((2, 2), 10, np.float32)),
        dict(x=np.array([[2**62, 2**62]]), weight=np.array([[4, 4]])),
        dict(x=np.ones((1, 1, 1)), weight=np.ones((1, 1, 1, 1)), groups=10**9),
        dict(x=np.ones((2, 2)), weight=np.ones((2, 2)), groups=np.int64(1)),
    ],
    ids=[
        "stride_1e9_one_cell", "stride_1e9", "dilation_1e9", "op_1e9", "dilation_1e30",
        "stride_2**64", "stride_2**63_height", "padding_and_stride_1e9", "1e300_times_1e300",
        "1e300_sums", "float32_overflow", "int_2**62", "groups_1e9", "groups_numpy_int",
    ],
)
def test_huge_values_and_sizes(case) -> None:
    """Sizes past the memory budget, overflowing sums: quick answers, no MemoryError."""
    check_conv(case)


@pytest.mark.parametrize(
    "stride",
    [
        np.array([2, 1]),
        np.array([2, 1], dtype=np.uint8),
        np.array([2, 1], dtype=object),
        np.array([2.0, 1.0], dtype=object),
        np.array([None, 1], dtype=object),
        np.array([2.0, 1.0]),
        np.array(["2", "1"]),
        np.array([True, True]),
    ],
    ids=lambda a: f"{a.dtype}{a.tolist()}",
)
def test_arrays_as_pairs(stride) -> None:
    """A shape-(2,) array is a pair when it holds two ints, else a ParamError."""
    check_conv(dict(x=np.ones((2, 2)), weight=np.ones((2, 2)), stride=stride))
    try:
        params = ConvTParams(stride=stride)
    except ParamError:
        assert pair_of(stride) is None
    else:
        assert params.stride == pair_of(stride)


def test_walkthrough_refuses_long_doubles_beyond_float64() -> None:
    """The lesson's grids are float64: a long double past its range is a ParamError.

    (Warnings are errors in this suite, so an overflowing cast fails here too.)
    """
    big = np.full((2, 2), np.longdouble(10) ** 400)
    if not np.isfinite(big).all():
        pytest.skip("long double is float64 on this platform")
    with pytest.raises(ParamError):
        walkthrough(big, np.ones((2, 2)))


# --- walkthrough --------------------------------------------------------------------------


@st.composite
def walk_cases(draw) -> dict[str, Any]:
    case = shaped_case(draw)
    x, w = case["x"], case["weight"]
    if x.ndim == 3:
        x, w = x[0], w[0, 0]
    out = dict(x=x, w=w, stride=case["stride"], padding=case["padding"],
               output_padding=case["output_padding"], dilation=case["dilation"])
    for _ in range(draw(st.integers(0, 2))):
        name = draw(st.sampled_from(list(out)))
        out[name] = draw(arrays()) if name in ("x", "w") else draw(param)
    return out


def check_walk(case: dict[str, Any]) -> None:
    conv_case = dict(x=case["x"], weight=case["w"], bias=None, stride=case["stride"],
                     padding=case["padding"], output_padding=case["output_padding"], groups=1,
                     dilation=case["dilation"])
    try:
        with np.errstate(all="ignore"):
            exp = expected(**conv_case)
    except (IndexError, OverflowError):
        exp = None
    if exp is not None and np.ndim(case["x"]) != 2:
        exp = None
    try:
        wt = walkthrough(**case)
    except ParamError as err:
        tally(f"ParamError {err.rule}")
        assert err.rule in core.RULES
        if exp is not None:
            assert not exp[2], f"refused a valid call: {err}"
        return
    assert exp is not None, "accepted an invalid call"
    ref, big, _, _ = exp
    tally("returned")
    assert wt.output.shape == ref.shape
    np.testing.assert_allclose(wt.output, ref, rtol=1e-9, atol=1e-12 * max(big, 1.0))
    # The lesson's grids, from their definitions (Dumoulin & Visin, section 4.5).
    s, p, op, d = (pair_of(case[k]) for k in ("stride", "padding", "output_padding", "dilation"))
    (h, w_), (kh, kw) = wt.x.shape, wt.weight.shape
    inserted = (h + (s[0] - 1) * (h - 1), w_ + (s[1] - 1) * (w_ - 1))
    assert wt.zero_inserted.shape == inserted
    pads = (d[0] * (kh - 1) - p[0], d[1] * (kw - 1) - p[1])
    assert wt.padded.shape == (inserted[0] + 2 * pads[0] + op[0], inserted[1] + 2 * pads[1] + op[1])
    assert np.array_equal(wt.flipped_kernel, wt.weight[::-1, ::-1])
    i, j = ref.shape[0] - 1, ref.shape[1] - 1
    win = wt.window(i, j)
    assert len(win) == kh * kw
    assert np.isclose((wt.padded[tuple(win.T)] * wt.flipped_kernel.ravel()).sum(), ref[i, j],
                      rtol=1e-9, atol=1e-12 * max(big, 1.0))


@FUZZ
@given(walk_cases())
def test_walkthrough_returns_the_reference_or_raises_param_error(case) -> None:
    check_walk(case)


@FUZZ
@given(x=arrays(), w=arrays(), stride=param, padding=param, output_padding=param, dilation=param)
def test_walkthrough_with_anything(x, w, stride, padding, output_padding, dilation) -> None:
    check_walk(dict(x=x, w=w, stride=stride, padding=padding, output_padding=output_padding,
                    dilation=dilation))


@pytest.mark.parametrize(
    "case",
    [
        dict(stride=2**63),
        dict(dilation=2**63),
        dict(stride=(1, 2**64)),
        dict(stride=2**62, dilation=2**62),
        dict(stride=2**31 - 1),
        dict(dilation=2**31 - 1),
        dict(stride=(1, 2**31 - 1), dilation=(2**31 - 1, 1)),
    ],
    ids=["stride_2**63", "dilation_2**63", "stride_2**64_width", "both_2**62", "stride_2**31-1",
         "dilation_2**31-1", "both_2**31-1"],
)
def test_walkthrough_of_one_cell_with_huge_steps(case) -> None:
    """One input cell and a 1x1 kernel never use the step, so any allowed size works.

    Up to 2**31 - 1 the walkthrough must return (its index arithmetic must not
    overflow); beyond, it refuses with ParamError.
    """
    check_walk(dict(x=np.full((1, 1), 3.0), w=np.full((1, 1), 2.0), padding=0, output_padding=0,
                    **{"stride": 1, "dilation": 1, **case}))


@pytest.mark.parametrize(
    "kwargs",
    [
        dict(stride=10**9),
        dict(stride=(1, 10**9)),
        dict(dilation=10**9),
        dict(dilation=10**30),
        dict(padding=10**9),
        dict(stride=2**63),
        dict(stride=10**9, output_padding=10**9 - 1),
    ],
    ids=str,
)
def test_walkthrough_refuses_huge_grids_quickly(kwargs) -> None:
    with pytest.raises(ParamError):
        walkthrough(np.ones((2, 2)), np.ones((2, 2)), **kwargs)


# --- ConvTParams and valid_range ----------------------------------------------------------

FIELD_NAMES = core.FIELDS


@FUZZ
@given(st.fixed_dictionaries({}, optional={name: param for name in FIELD_NAMES}))
def test_conv_t_params_is_valid_or_raises_param_error(kwargs) -> None:
    pairs = {k: pair_of(v) for k, v in kwargs.items()}
    defaults = dict(input_size=(2, 2), kernel_size=(3, 3), stride=(2, 2), padding=(0, 0),
                    output_padding=(0, 0), dilation=(1, 1))
    ok = None not in pairs.values()
    if ok:
        full = {**defaults, **pairs}
        ok = all(axis_ok(*(full[f][axis] for f in FIELD_NAMES)) for axis in (0, 1))
    try:
        params = ConvTParams(**kwargs)
    except ParamError as err:
        assert err.rule in core.RULES and str(err)
        assert not ok, f"refused valid parameters {kwargs}: {err}"
        return
    assert ok, f"accepted invalid parameters {kwargs}"
    for name in FIELD_NAMES:
        value = getattr(params, name)
        assert type(value) is tuple and len(value) == 2 and all(type(v) is int for v in value)
        assert value == full[name]
    assert params.output_size == tuple(out_len(*(full[f][a] for f in FIELD_NAMES)) for a in (0, 1))


def brute_range(params: ConvTParams, field: str, axis: int) -> tuple[int, int] | None:
    """Every value of LIMITS[field] tried with the app's limits, written out again."""
    low, high = core.LIMITS[field]
    good = []
    for v in range(low, high + 1):
        vals = {f: list(getattr(params, f)) for f in FIELD_NAMES}
        vals[field][axis] = v
        fine = True
        for a in (0, 1):
            n, k, s, p, op, d = (vals[f][a] for f in FIELD_NAMES)
            fine &= all(core.LIMITS[f][0] <= vals[f][a] <= core.LIMITS[f][1] for f in FIELD_NAMES)
            fine &= axis_ok(n, k, s, p, op, d)
            if fine:
                pad = d * (k - 1) - p
                padded = n + (s - 1) * (n - 1) + 2 * pad + op
                inserted = n + (s - 1) * (n - 1)
                fine &= out_len(n, k, s, p, op, d) <= core.MAX_OUTPUT and padded <= core.MAX_OUTPUT
                fine &= inserted <= core.MAX_OUTPUT
        if fine:
            good.append(v)
    if good:
        assert good == list(range(good[0], good[-1] + 1)), "valid values are not one interval"
    return (good[0], good[-1]) if good else None


@st.composite
def valid_params(draw) -> ConvTParams:
    while True:
        kw = {f: (draw(st.integers(*core.LIMITS[f])), draw(st.integers(*core.LIMITS[f])))
              for f in FIELD_NAMES}
        try:
            return ConvTParams(**kw)
        except ParamError:
            continue


@settings(max_examples=120, deadline=2000, suppress_health_check=[HealthCheck.filter_too_much])
@given(valid_params(), st.sampled_from(FIELD_NAMES), st.sampled_from([0, 1]))
def test_valid_range_matches_brute_force(params, field, axis) -> None:
    assert valid_range(params, field, axis) == brute_range(params, field, axis)


@pytest.mark.parametrize(
    ("field", "axis"),
    [
        ("groups", 0),
        ("", 0),
        (None, 0),
        ("INPUT_SIZE", 1),
        ("stride", 2),
        ("stride", -1),
        ("stride", None),
        ("stride", "0"),
        ("stride", 1.5),
    ],
)
def test_valid_range_with_bad_field_or_axis_raises_param_error(field, axis) -> None:
    """As ``ConvTParams.with_value`` does: an unknown field or axis is a ParamError.

    (axis -1 must not quietly mean the width axis.)
    """
    with pytest.raises(ParamError):
        valid_range(ConvTParams(), field, axis)
