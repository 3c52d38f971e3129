"""The "Copy as PyTorch code" script, run against a tiny fake ``torch``.

CI has no PyTorch, so the script is executed with a stand-in module in
``sys.modules`` that records what the script asks of it: the constructor's
keyword arguments, the tensors it makes and when it copies the weight.  The
stand-in computes the output with a naive scatter loop written here from
PyTorch's documentation, so the script's printed rows and its "same as ConvT
Lab" check can be asserted too.  (The real-PyTorch check is done by hand; see
the module docstring of ``convt_lab.gui.model.snippet``.)
"""

from __future__ import annotations

import ast
import contextlib
import io
import sys
import types

import numpy as np
import pytest

from convt_lab import core
from convt_lab.gui.model.snippet import pytorch_snippet

RECT = core.ConvTParams(
    input_size=(2, 3),
    kernel_size=(3, 2),
    stride=(2, 1),
    padding=(1, 0),
    output_padding=(1, 0),
    dilation=(1, 2),
)
AWKWARD = [0.1, 1 / 3, -0.0, 1e-300, 1e300, 5e-324, -2.5, 123456789.123456789]


def scatter(x: np.ndarray, w: np.ndarray, kw: dict) -> np.ndarray:
    """y[r*s + a*d - p, ...] += x[r, c] * w[a, b], kept inside H_out (PyTorch docs)."""
    (sh, sw), (ph, pw) = kw["stride"], kw["padding"]
    (oph, opw), (dh, dw) = kw["output_padding"], kw["dilation"]
    (h, wd), (kh, kww) = x.shape, w.shape
    out = np.zeros(((h - 1) * sh - 2 * ph + dh * (kh - 1) + oph + 1,
                    (wd - 1) * sw - 2 * pw + dw * (kww - 1) + opw + 1))
    for r in range(h):
        for c in range(wd):
            for a in range(kh):
                for b in range(kww):
                    i, j = r * sh + a * dh - ph, c * sw + b * dw - pw
                    if 0 <= i < out.shape[0] and 0 <= j < out.shape[1]:
                        out[i, j] += x[r, c] * w[a, b]
    return out


class FakeTensor:
    def __init__(self, data, dtype=None):
        self.data = np.array(data, dtype=np.float64)
        self.dtype = dtype

    @property
    def shape(self):
        return self.data.shape

    def __getitem__(self, index):
        return FakeTensor(self.data[index], self.dtype)

    def tolist(self):
        return self.data.tolist()


def make_fake_torch() -> tuple[types.ModuleType, dict]:
    log: dict = {"tensors": [], "no_grad": 0, "copies": []}
    torch = types.ModuleType("torch")
    torch.float64 = "float64-sentinel"

    def tensor(data, dtype=None):
        t = FakeTensor(data, dtype)
        log["tensors"].append(t)
        return t

    @contextlib.contextmanager
    def no_grad():
        log["no_grad"] += 1
        try:
            yield
        finally:
            log["no_grad"] -= 1

    class Weight:
        def copy_(self, t):
            log["copies"].append((t, log["no_grad"]))
            self.value = t

    class ConvTranspose2d:
        def __init__(self, *args, **kwargs):
            log["args"], log["kwargs"] = args, kwargs
            self.weight = Weight()

        def __call__(self, x):
            assert log["no_grad"] > 0, "the output should be computed under no_grad"
            w = self.weight.value.data[0, 0]
            return FakeTensor(scatter(x.data[0, 0], w, log["kwargs"])[None, None])

    def allclose(a, b, rtol, atol):
        log["allclose"] = (a.data, b.data, rtol, atol)
        return bool(np.allclose(a.data, b.data, rtol=rtol, atol=atol))

    torch.tensor, torch.no_grad, torch.allclose = tensor, no_grad, allclose
    torch.nn = types.SimpleNamespace(ConvTranspose2d=ConvTranspose2d)
    return torch, log


@pytest.fixture
def run(monkeypatch):
    """Execute a snippet with the fake torch; return (log, printed lines)."""

    def run(source: str):
        torch, log = make_fake_torch()
        monkeypatch.setitem(sys.modules, "torch", torch)
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(source, "<snippet>", "exec"), {"__name__": "__main__"})
        return log, out.getvalue().splitlines()

    return run


def values(params: core.ConvTParams, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    return rng.normal(size=params.input_size), rng.normal(size=params.kernel_size)


def test_snippet_compiles_and_only_imports_torch():
    source = pytorch_snippet(RECT, *values(RECT))
    tree = ast.parse(compile(source, "<snippet>", "exec", ast.PyCF_ONLY_AST))
    imports = [n for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))]
    assert [alias.name for n in imports for alias in n.names] == ["torch"]


def test_snippet_text_holds_every_parameter():
    source = pytorch_snippet(RECT, *values(RECT))
    for text in (
        "torch.nn.ConvTranspose2d(",
        "kernel_size=(3, 2)",
        "stride=(2, 1)",
        "padding=(1, 0)",
        "output_padding=(1, 0)",
        "dilation=(1, 2)",
        "bias=False",
        "dtype=torch.float64",
        "with torch.no_grad():",
    ):
        assert text in source, text


@pytest.mark.parametrize(
    "params",
    [
        core.ConvTParams(),
        RECT,
        core.ConvTParams((4, 3), (2, 3), (2, 1), (3, 1), (1, 2), (2, 3)),
        core.ConvTParams(1, 1, 1, 0, 0, 1),
    ],
    ids=["lesson", "rect", "dilated-cropped", "one"],
)
def test_fake_torch_records_the_parameters_and_values(run, params):
    x, w = values(params, seed=3)
    log, printed = run(pytorch_snippet(params, x, w))
    assert log["args"] == (1, 1)
    kw = log["kwargs"]
    assert kw["kernel_size"] == params.kernel_size
    assert kw["stride"] == params.stride
    assert kw["padding"] == params.padding
    assert kw["output_padding"] == params.output_padding
    assert kw["dilation"] == params.dilation
    assert kw["bias"] is False
    assert kw["dtype"] == "float64-sentinel"

    x_t, w_t = log["tensors"][0], log["tensors"][1]
    assert x_t.shape == (1, 1, *params.input_size) and x_t.dtype == "float64-sentinel"
    assert w_t.shape == (1, 1, *params.kernel_size) and w_t.dtype == "float64-sentinel"
    assert x_t.data[0, 0].tobytes() == x.tobytes()  # bit-exact
    assert w_t.data[0, 0].tobytes() == w.tobytes()
    [(copied, depth)] = log["copies"]
    assert copied is w_t and depth == 1  # set under torch.no_grad()

    expected = scatter(x, w, kw)
    assert printed[0] == str(expected.shape)
    assert printed[1 : 1 + expected.shape[0]] == [str(row) for row in expected.tolist()]
    # The embedded ConvT Lab output agrees with the independent loop.
    a, b, _, _ = log["allclose"]
    np.testing.assert_allclose(b, expected, rtol=1e-12, atol=1e-12)
    assert printed[-1] == "same as ConvT Lab: True"


def test_awkward_floats_round_trip_exactly(run):
    params = core.ConvTParams((2, 4), (2, 2), 1, 0, 0, 1)
    x = np.array(AWKWARD, dtype=np.float64).reshape(2, 4)
    w = np.array([[0.1, 0.2], [0.7, -1e-17]])
    log, _ = run(pytorch_snippet(params, x, w, check=False))
    assert log["tensors"][0].data[0, 0].tobytes() == x.tobytes()
    assert log["tensors"][1].data[0, 0].tobytes() == w.tobytes()
    assert np.signbit(log["tensors"][0].data[0, 0, 0, 2])  # -0.0 stays negative


def test_integer_values_are_written_as_floats():
    source = pytorch_snippet(core.ConvTParams(), np.array([[1, 2], [3, 4]]), np.ones((3, 3), int))
    assert "[[[[1.0, 2.0],\n" in source


def test_without_check_there_is_no_expected_output(run):
    source = pytorch_snippet(RECT, *values(RECT), check=False)
    assert "expected" not in source and "allclose" not in source
    log, printed = run(source)
    assert "allclose" not in log and len(printed) == 1 + RECT.output_size[0]


@pytest.mark.parametrize(
    "x, w, needle",
    [
        (np.zeros((3, 3)), np.zeros((3, 2)), "x has shape (3, 3), expected (2, 3)"),
        (np.zeros((2, 3)), np.zeros((2, 2)), "weight has shape"),
        (np.full((2, 3), np.nan), np.zeros((3, 2)), "x must hold finite numbers"),
        (np.zeros((2, 3)), np.array([["a", "b"]] * 3), "weight must hold real numbers"),
    ],
)
def test_bad_values_raise_param_error(x, w, needle):
    with pytest.raises(core.ParamError) as info:
        pytorch_snippet(RECT, x, w)
    assert needle in str(info.value)
