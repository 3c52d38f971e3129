"""``output_padding_for`` against what real PyTorch's ``forward(x, output_size=...)`` did.

The fixture ``output_size_cases.json`` comes from
``tests/fixtures/make_output_size_fixtures.py`` run with torch 2.13.0: for each
case and target it records whether PyTorch accepted the target, the shape it
returned and the output_padding that reproduces its output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from convt_lab import core
from convt_lab.core.output_size import (
    OutputSizeError,
    output_padding_for,
    reachable_sizes,
    with_output_size,
)

FIXTURE = json.loads((Path(__file__).parents[1] / "fixtures" / "output_size_cases.json").read_text())
CASES = FIXTURE["cases"]


def _params(case) -> core.ConvTParams:
    return core.ConvTParams(case["input_size"], case["kernel_size"], case["stride"], case["padding"],
                            0, case["dilation"])


def test_fixture_is_from_the_pinned_torch():
    assert FIXTURE["torch_version"].startswith("2.13.0")
    assert sum(t["ok"] for c in CASES for t in c["targets"]) > 40
    assert sum(not t["ok"] for c in CASES for t in c["targets"]) > 40


@pytest.mark.parametrize("case", CASES, ids=lambda c: "-".join(map(str, sum(
    (c[k] for k in ("input_size", "kernel_size", "stride", "padding", "dilation")), []))))
def test_every_target_as_pytorch_decided(case):
    params = _params(case)
    for target in case["targets"]:
        if target["ok"]:
            op = output_padding_for(params, target["output_size"])
            assert list(op) == target["output_padding"], target
            made = with_output_size(params, target["output_size"])
            assert list(made.output_size) == target["shape"]
        else:
            with pytest.raises(OutputSizeError) as info:
                output_padding_for(params, target["output_size"])
            # The error names the axis at fault and that axis's reachable range.
            err = info.value
            low, high = reachable_sizes(params)[err.axis]
            assert (err.values["low"], err.values["high"]) == (low, high)
            spatial = target["output_size"][-2:]
            assert not low <= spatial[err.axis] <= high


def test_dilation_does_not_widen_the_range():
    # s = 1, d = 2: op = 1 is a valid layer argument, yet PyTorch's forward refuses size + 1.
    case = next(c for c in CASES if c["stride"] == [1, 1] and c["dilation"] == [2, 2])
    accepted = {tuple(t["output_size"][-2:]) for t in case["targets"] if t["ok"]}
    assert len(accepted) == 1
    params = _params(case)
    assert core.ConvTParams(params.input_size, params.kernel_size, 1, params.padding, 1, 2)
    assert reachable_sizes(params)[0][0] == reachable_sizes(params)[0][1]


def test_message_names_the_range():
    params = core.ConvTParams((2, 2), 3, 2, 0)  # op = 0 gives 5, op = 1 gives 6
    with pytest.raises(OutputSizeError, match="between 5 and 6"):
        output_padding_for(params, [9, 5])


def test_bad_shapes_are_refused():
    params = core.ConvTParams()
    for bad in ([5], [1, 5, 5, 5, 5], "5x5", [5.0, 5]):
        with pytest.raises(core.ParamError):
            output_padding_for(params, bad)
