"""The gradient-check script: valid Python holding exactly the values on screen.

The script itself needs torch; it was run with torch==2.13.0 on these cases
when written (it prints True three times).  Here its literals are read back
with ``ast`` and compared with the inputs and with a scatter loop written out.
"""

from __future__ import annotations

import ast
import itertools

import numpy as np
import pytest

from convt_lab import core
from convt_lab.gui.model.snippet import pytorch_gradient_snippet


def naive_conv_t(p, x, w):
    (h, wd), (kh, kw) = x.shape, w.shape
    oh, ow = p.output_size
    y = np.zeros((oh, ow))
    for r, c, a, b in itertools.product(range(h), range(wd), range(kh), range(kw)):
        i = r * p.stride[0] - p.padding[0] + a * p.dilation[0]
        j = c * p.stride[1] - p.padding[1] + b * p.dilation[1]
        if 0 <= i < oh and 0 <= j < ow:
            y[i, j] += x[r, c] * w[a, b]
    return y


def _tensor_literals(code: str) -> list:
    tree = ast.parse(code)
    return [ast.literal_eval(n.args[0]) for n in ast.walk(tree)
            if isinstance(n, ast.Call) and getattr(n.func, "attr", "") == "tensor"]


@pytest.mark.parametrize("params", [
    core.ConvTParams(),
    core.ConvTParams(input_size=(3, 4), kernel_size=(4, 3), stride=(2, 3), padding=(1, 0)),
    core.ConvTParams(input_size=(2, 3), kernel_size=(2, 3), stride=(2, 2), dilation=(4, 1),
                     output_padding=(3, 1)),
])
def test_script_holds_the_values_and_the_calls(params) -> None:
    rng = np.random.default_rng(0)
    x, w = rng.normal(size=params.input_size), rng.integers(-3, 4, params.kernel_size)
    code = pytorch_gradient_snippet(params, x, w)
    x_lit, w_lit, expected = _tensor_literals(code)
    assert np.array_equal(np.array(x_lit)[0, 0], x)  # bit for bit: repr round-trips
    assert np.array_equal(np.array(w_lit)[0, 0], w)
    np.testing.assert_allclose(np.array(expected), naive_conv_t(params, x, w.astype(float)),
                               rtol=1e-12, atol=1e-12)
    assert "torch.autograd.grad(z, u, grad_outputs=upstream)" in code
    assert f"stride={params.stride!r}, padding={params.padding!r}, dilation={params.dilation!r}" in code
    assert f"output_padding={params.output_padding!r}" in code


def test_bad_values_are_refused() -> None:
    with pytest.raises(core.ParamError):
        pytorch_gradient_snippet(core.ConvTParams(), np.ones((3, 3)), np.ones((3, 3)))
    with pytest.raises(core.ParamError):
        pytorch_gradient_snippet(core.ConvTParams(), np.full((2, 2), np.nan), np.ones((3, 3)))
