"""The planner's sizes against real PyTorch (tests/fixtures/plan_cases.json).

The fixture was made by tests/fixtures/make_plan_fixtures.py: it prints each
model with PyTorch and runs a tensor through every layer, recording the real
output sizes, channel mismatches and errors.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from convt_lab.core.plan import Layer, parse, plan
from convt_lab.core.plan_reach import reach

CASES = json.loads((Path(__file__).parents[1] / "fixtures" / "plan_cases.json").read_text())["models"]


def _conv_t(n, k, s, p, op, d):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def _conv(n, k, s, p, d):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_sizes_match_pytorch(case):
    steps = plan(parse(case["text"]), tuple(case["input"]))
    assert [s.layer.kind for s in steps] == [layer["kind"] for layer in case["layers"]]
    for step, real in zip(steps, case["layers"]):
        where = f"line {step.layer.line}: {step.layer.text}"
        if real["error"] is not None and not real["mismatch"]:
            assert step.output is None and step.problem, where
            continue
        assert not step.problem, where
        assert list(step.output) == real["output"], where
        assert bool(step.mismatch) == real["mismatch"], where


def test_mismatch_is_flagged_at_its_layer():
    case = next(c for c in CASES if c["name"] == "unet_decoder_mismatch")
    steps = plan(parse(case["text"]), tuple(case["input"]))
    flagged = [s.layer.line for s in steps if s.mismatch]
    assert flagged == [3, 7]  # the two Conv2d lines after each ConvTranspose2d
    assert steps[1].mismatch.values == {"kind": "Conv2d", "want": 512, "got": 256}


def test_line_numbers_and_layer_text():
    text = "Sequential(\n  (0): ConvTranspose2d(4, 2, kernel_size=(3, 3), stride=(2, 2))\n\n  (x): Tanh()\n)"
    layers = [layer for layer in parse(text) if isinstance(layer, Layer)]
    assert [(layer.line, layer.text) for layer in layers] == [
        (2, "ConvTranspose2d(4, 2, kernel_size=(3, 3), stride=(2, 2))"), (4, "Tanh()")]


def test_unknown_lines_are_named_and_skipped():
    text = "Conv2d(3, 3, 3)\nSelfAttention(dim=3)\nthis is not a layer\nReLU()"
    steps = plan(parse(text), (3, 8, 8))
    assert [(s.layer.line, s.skipped) for s in steps] == [(1, False), (2, True), (3, True), (4, False)]
    assert steps[1].layer.kind == "SelfAttention" and steps[1].output is None
    assert steps[3].output == (3, 6, 6)  # the skipped lines don't change the size


@pytest.mark.parametrize("text", [
    "ConvTranspose2d(4, 2, kernel_size=(3, 3), stride=(2, 2)",   # no closing bracket
    "ConvTranspose2d(4, 2, kernel_size=[3, x], stride=2)",
    "Conv2d(4, 2, kernel_size=(0, 3))",
    "Conv2d(4, 3, kernel_size=3, groups=2)",
    "Conv2d(4, kernel_size=3)",
])
def test_unreadable_conv_is_a_problem_not_a_crash(text):
    steps = plan(parse(text), (4, 8, 8))
    assert len(steps) == 1 and steps[0].output is None and steps[0].problem


def test_later_layers_after_a_broken_one_are_unknown():
    steps = plan(parse("ConvTranspose2d(1, 1, 3, stride=1, padding=5)\nReLU()"), (1, 2, 2))
    assert steps[0].problem and steps[1].problem.rule == "after"


@pytest.mark.parametrize("n,k,s,p,op,d", [(4, 4, 2, 1, 0, 1), (7, 3, 2, 1, 1, 1), (5, 3, 1, 0, 0, 2),
                                           (3, 5, 3, 2, 2, 1), (6, 2, 2, 0, 0, 3)])
def test_reach_finds_output_padding_or_padding(n, k, s, p, op, d):
    text = f"ConvTranspose2d(1, 1, kernel_size={k}, stride={s}, padding={p}, dilation={d})"
    step = plan(parse(text), (1, n, n))[0]
    largest = _conv_t(n, k, s, 0, max(s, d) - 1, d)
    for target in range(1, largest + 3):
        answer = reach(step, (target, target))
        reachable = any(_conv_t(n, k, s, pp, oo, d) == target
                        for pp in range(0, 40) for oo in range(max(s, d)))
        assert answer[0].ok == reachable, target
        if reachable:
            r = answer[0]
            assert _conv_t(n, k, s, r.padding, r.output_padding, d) == target
            assert r.output_padding < max(s, d)
        else:
            assert answer[0].reason


@pytest.mark.parametrize("n,k,s,d", [(9, 3, 1, 1), (10, 3, 2, 1), (17, 4, 3, 2)])
def test_reach_conv2d_padding(n, k, s, d):
    step = plan(parse(f"Conv2d(1, 1, kernel_size={k}, stride={s}, dilation={d})"), (1, n, n))[0]
    for target in range(1, n + 4):
        r = reach(step, (target, target))[0]
        reachable = any(_conv(n, k, s, pp, d) == target for pp in range(0, 40)
                        if n + 2 * pp >= d * (k - 1) + 1)
        assert r.ok == reachable, target
        if reachable:
            assert _conv(n, k, s, r.padding, d) == target
        else:
            assert r.reason


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_every_conv_row_opens_within_the_app_limits(case):
    from convt_lab import core
    from convt_lab.core.plan_lesson import LessonLayer, lesson_layer

    for step in plan(parse(case["text"]), tuple(case["input"])):
        if not step.layer.is_conv or step.output is None:
            continue
        shown = lesson_layer(step)
        assert isinstance(shown, LessonLayer), (step.layer.text, shown)
        core.check_limits(shown.params)  # raises if the lesson couldn't draw it
        p = shown.params
        a = step.layer.args
        if not shown.real:  # nothing scaled: the lesson is the layer itself
            if step.layer.kind == "ConvTranspose2d":
                assert p.input_size == step.input[1:] and p.output_size == step.output[1:]
            else:  # Conv2d shown as its transpose maps its output size back to its input size
                assert p.input_size == step.output[1:] and p.output_size == step.input[1:]
                assert (shown.setup.in_channels, shown.setup.out_channels) == (
                    min(a["out_channels"], 8), min(a["in_channels"], 8))
        else:
            for name, real in shown.real.items():
                assert getattr(p, name, None) != real or name in ("in_channels", "out_channels",
                                                                  "groups")


def test_conv2d_row_becomes_its_transpose_with_output_padding():
    from convt_lab.core.plan_lesson import lesson_layer

    # Conv2d k3 s2 p1 maps 8 to 4 (and 7 to 4): its transpose needs op 1 to give 8 back.
    step = plan(parse("Conv2d(3, 5, kernel_size=3, stride=2, padding=1)"), (3, 8, 7))[0]
    assert step.output == (5, 4, 4)
    shown = lesson_layer(step)
    assert shown.from_conv2d and shown.params.output_padding == (1, 0)
    assert _conv_t(4, 3, 2, 1, 1, 1) == 8 and _conv_t(4, 3, 2, 1, 0, 1) == 7
    assert shown.params.output_size == (8, 7)
    assert (shown.setup.in_channels, shown.setup.out_channels) == (5, 3)


def test_notes_with_a_count_of_one_are_in_the_singular():
    """What ``convt-lab plan`` prints: one channel is "1 input channel", "1 channel is"."""
    steps = plan(parse("BatchNorm2d(1)\nBatchNorm2d(2)\nPixelShuffle(2)"), (3, 4, 4))
    assert str(steps[0].mismatch) == "BatchNorm2d expects 1 input channel, but gets 3"
    assert str(steps[1].mismatch) == "BatchNorm2d expects 2 input channels, but gets 3"
    assert str(steps[2].problem) == "3 channels are not divisible by upscale_factor² = 4"
    step = plan(parse("PixelShuffle(2)"), (1, 4, 4))[0]
    assert str(step.problem) == "1 channel is not divisible by upscale_factor² = 4"
