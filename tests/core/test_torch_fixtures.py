"""The core against outputs recorded from real PyTorch.

``tests/fixtures/torch_cases.json`` holds inputs, parameters and the output of
``torch.nn.functional.conv_transpose2d`` (torch 2.13.0, float64), written by
``tests/fixtures/make_torch_fixtures.py``.  Integer-valued cases must match
exactly; random-float cases to within rounding.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from convt_lab.core import conv_transpose2d, walkthrough

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "torch_cases.json"
DOCUMENT = json.loads(FIXTURES.read_text(encoding="utf-8"))
CASES: list[dict[str, Any]] = DOCUMENT["cases"]
SINGLE = [case for case in CASES if np.ndim(case["x"]) == 2]

#: Float cases sum in a different order than torch does; 1e-12 relative is a
#: few hundred ulps, far below any real indexing mistake.
RTOL = 1e-12


def _is_integer_case(case: dict[str, Any]) -> bool:
    arrays = [np.asarray(case["x"]), np.asarray(case["weight"])]
    if case["bias"] is not None:
        arrays.append(np.asarray(case["bias"]))
    return all(np.array_equal(a, np.round(a)) for a in arrays)


def _params(case: dict[str, Any]) -> dict[str, Any]:
    return {
        name: tuple(case[name]) for name in ("stride", "padding", "output_padding", "dilation")
    }


def _run(case: dict[str, Any], dtype: Any) -> np.ndarray:
    bias = None if case["bias"] is None else np.asarray(case["bias"], dtype)
    return conv_transpose2d(
        np.asarray(case["x"], dtype),
        np.asarray(case["weight"], dtype),
        bias,
        groups=case["groups"],
        **_params(case),
    )


def _ids(cases: list[dict[str, Any]]) -> list[str]:
    return [case["name"] for case in cases]


def test_fixture_file_is_the_expected_one() -> None:
    names = _ids(CASES)
    assert DOCUMENT["torch_version"].split("+")[0] == "2.13.0"
    assert len(names) == len(set(names))
    # Both kinds of case are present, or the exact/approximate split tests nothing.
    kinds = {_is_integer_case(case) for case in CASES}
    assert kinds == {True, False}
    assert any(case["groups"] > 1 for case in CASES)
    assert any(case["bias"] is not None for case in CASES)


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_matches_torch(case: dict[str, Any]) -> None:
    expected = np.asarray(case["output"], np.float64)
    if _is_integer_case(case):
        got = _run(case, np.int64)
        assert got.dtype == np.float64
        assert got.shape == expected.shape
        np.testing.assert_array_equal(got, expected)
        # The same values given as float64 must be just as exact.
        np.testing.assert_array_equal(_run(case, np.float64), expected)
    else:
        got = _run(case, np.float64)
        assert got.dtype == np.float64
        assert got.shape == expected.shape
        np.testing.assert_allclose(got, expected, rtol=RTOL, atol=0)


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_float32_stays_float32_and_close(case: dict[str, Any]) -> None:
    expected = np.asarray(case["output"], np.float64)
    got = _run(case, np.float32)
    assert got.dtype == np.float32
    np.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("case", SINGLE, ids=_ids(SINGLE))
def test_walkthrough_output_matches_torch(case: dict[str, Any]) -> None:
    expected = np.asarray(case["output"], np.float64)
    integer = _is_integer_case(case)
    x = np.asarray(case["x"], np.int64 if integer else np.float64)
    w = np.asarray(case["weight"], np.int64 if integer else np.float64)
    wt = walkthrough(x, w, **_params(case))
    assert wt.output.dtype == np.float64
    assert wt.output.shape == expected.shape
    assert wt.params.output_size == expected.shape
    if integer:
        np.testing.assert_array_equal(wt.output, expected)
        # C^T @ x is a third route to the same numbers.
        np.testing.assert_array_equal((wt.matrix() @ x.ravel()).reshape(expected.shape), expected)
    else:
        np.testing.assert_allclose(wt.output, expected, rtol=RTOL, atol=0)
