"""The gradient identity and the phase split, against direct definitions written here."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from convt_lab import core
from convt_lab.core.subpixel import phase_map, phase_output, phases
from convt_lab.core.transpose import conv2d, conv2d_matrix, transposed

CASES = [
    dict(input_size=(2, 2), kernel_size=(3, 3), stride=(2, 2)),
    dict(input_size=(3, 4), kernel_size=(4, 3), stride=(2, 3), padding=(1, 0)),
    dict(input_size=(4, 3), kernel_size=(3, 2), stride=(3, 2), padding=(2, 1), output_padding=(1, 1)),
    dict(input_size=(3, 3), kernel_size=(3, 3), stride=(2, 1), dilation=(2, 3), padding=(1, 2)),
    dict(input_size=(3, 2), kernel_size=(2, 2), stride=(1, 1), output_padding=(1, 0), dilation=(2, 1)),
    dict(input_size=(2, 3), kernel_size=(2, 3), stride=(2, 2), dilation=(4, 1), output_padding=(3, 1)),
]


def naive_conv2d(u, w, s, p, d):
    """PyTorch's Conv2d (cross-correlation, zero padding), one loop per cell and tap."""
    (nh, nw), (kh, kw) = u.shape, w.shape
    oh = (nh + 2 * p[0] - d[0] * (kh - 1) - 1) // s[0] + 1
    ow = (nw + 2 * p[1] - d[1] * (kw - 1) - 1) // s[1] + 1
    out = np.zeros((oh, ow))
    for v, x, a, b in itertools.product(range(oh), range(ow), range(kh), range(kw)):
        i, j = v * s[0] - p[0] + a * d[0], x * s[1] - p[1] + b * d[1]
        if 0 <= i < nh and 0 <= j < nw:
            out[v, x] += w[a, b] * u[i, j]
    return out


def naive_conv_transpose2d(x, w, s, p, op, d):
    """Scatter form: x[r, c]·w[a, b] lands on (r·s − p + a·d, c·s − p + b·d)."""
    (h, wd), (kh, kw) = x.shape, w.shape
    oh = (h - 1) * s[0] - 2 * p[0] + d[0] * (kh - 1) + op[0] + 1
    ow = (wd - 1) * s[1] - 2 * p[1] + d[1] * (kw - 1) + op[1] + 1
    out = np.zeros((oh, ow))
    for r, c, a, b in itertools.product(range(h), range(wd), range(kh), range(kw)):
        i, j = r * s[0] - p[0] + a * d[0], c * s[1] - p[1] + b * d[1]
        if 0 <= i < oh and 0 <= j < ow:
            out[i, j] += x[r, c] * w[a, b]
    return out


def _values(params, seed):
    rng = np.random.default_rng(seed)
    return (rng.integers(-5, 6, params.input_size).astype(float),
            rng.integers(-5, 6, params.kernel_size).astype(float))


@pytest.mark.parametrize("case", CASES)
def test_c_is_conv2d_and_its_transpose_is_the_transposed_convolution(case):
    params = core.ConvTParams(**case)
    x, w = _values(params, 1)
    c = conv2d_matrix(params, w)
    rng = np.random.default_rng(2)
    u = rng.integers(-4, 5, params.output_size).astype(float)
    direct = naive_conv2d(u, w, params.stride, params.padding, params.dilation)
    assert np.array_equal(conv2d(u, w, params), direct)
    assert np.array_equal((c @ u.ravel()).reshape(direct.shape), direct)
    # Cᵀ applied to x (zero-padded to Conv2d's output size) is ConvTranspose2d.
    xp = np.zeros(direct.shape)
    xp[: x.shape[0], : x.shape[1]] = x
    expect = naive_conv_transpose2d(x, w, params.stride, params.padding, params.output_padding,
                                    params.dilation)
    assert np.array_equal((c.T @ xp.ravel()).reshape(params.output_size), expect)


@pytest.mark.parametrize("case", CASES)
def test_adjoint_identity_and_gradient(case):
    params = core.ConvTParams(**case)
    x, w = _values(params, 3)
    t = transposed(params, x, w)
    expect = naive_conv_transpose2d(x, w, params.stride, params.padding, params.output_padding,
                                    params.dilation)
    assert np.array_equal(t.y, expect)
    # ⟨C·y, x⟩ by the naive Conv2d, ⟨y, Cᵀ·x⟩ by the naive transposed convolution.
    cy = naive_conv2d(expect, w, params.stride, params.padding, params.dilation)
    assert np.array_equal(t.cy, cy)
    lhs = sum(cy[i, j] * x[i, j] for i in range(x.shape[0]) for j in range(x.shape[1]))
    assert t.lhs == lhs == t.rhs == float((expect * expect).sum())
    # The gradient of L(u) = ⟨Conv2d(u), x⟩ w.r.t. u, by finite differences
    # (exact: L is linear), is the transposed convolution of x.
    base = naive_conv2d(np.zeros(params.output_size), w, params.stride, params.padding, params.dilation)
    grad = np.zeros(params.output_size)
    for i, j in np.ndindex(*params.output_size):
        u = np.zeros(params.output_size)
        u[i, j] = 1.0
        z = naive_conv2d(u, w, params.stride, params.padding, params.dilation) - base
        grad[i, j] = (z[: x.shape[0], : x.shape[1]] * x).sum()
    assert np.array_equal(grad, expect)


def test_not_an_inverse():
    params = core.ConvTParams()
    x, w = np.arange(1.0, 5.0).reshape(2, 2), np.arange(1.0, 10.0).reshape(3, 3)
    t = transposed(params, x, w)
    assert t.cy.shape == x.shape and not np.allclose(t.cy, x)


def test_window_is_the_footprint_of_the_transposed_layer():
    params = core.ConvTParams(input_size=(3, 3), kernel_size=(3, 3), stride=(2, 2), padding=(1, 1))
    x, w = _values(params, 5)
    t = transposed(params, x, w)
    wt = core.walkthrough(x, w, params.stride, params.padding)
    for v, c in np.ndindex(3, 3):
        window = {tuple(r) for r in t.window(v, c, params)}
        assert window == {tuple(r) for r in wt.footprint(v, c)}


@pytest.mark.parametrize("case", CASES)
def test_phases_split_the_output(case):
    params = core.ConvTParams(**case)
    x, w = _values(params, 7)
    out = naive_conv_transpose2d(x, w, params.stride, params.padding, params.output_padding,
                                 params.dilation)
    (sh, sw), (dh, dw), (ph, pw) = params.stride, params.dilation, params.padding
    kh, kw = params.kernel_size
    found = phases(params)
    assert len(found) == sh * sw
    labels = phase_map(params)
    for phase in found:
        qh, qw = phase.key
        # Direct indexing: the phase's cells are out[qh::sh, qw::sw].
        assert np.array_equal(phase_output(phase, x, w), out[qh::sh, qw::sw])
        assert (labels[qh::sh, qw::sw] == qh * sw + qw).all()
        assert phase.rows.taps == tuple(a for a in range(kh) if (a * dh) % sh == (qh + ph) % sh)
        assert phase.cols.taps == tuple(b for b in range(kw) if (b * dw) % sw == (qw + pw) % sw)
        assert phase.tap_count == len(phase.rows.taps) * len(phase.cols.taps)
        assert np.array_equal(phase.sub_kernel(w), w[np.ix_(phase.rows.taps, phase.cols.taps)])


def test_k3_s2_tap_counts_are_uneven_and_k4_even():
    counts = [p.tap_count for p in phases(core.ConvTParams(kernel_size=3, stride=2))]
    assert counts == [4, 2, 2, 1]
    counts = [p.tap_count for p in phases(core.ConvTParams(kernel_size=4, stride=2, padding=1))]
    assert counts == [4, 4, 4, 4]
