"""The planner on hostile printed models: a note naming the problem, never an exception or a hang.

The expectations are PyTorch's own rules, written here: a size argument is N or
(H, W) of whole numbers (kernel_size, stride and dilation at least 1, padding at
least 0), Upsample's scale_factor is a finite positive number or a pair of them,
an output size is 1 to 2**63 - 1 (an int64).  Repeats are written out by a naive
recursive expansion, and the padding that reaches a wanted size is found by
trying every padding and output_padding.
"""

from __future__ import annotations

import contextlib
import itertools
import math
import re
import signal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convt_lab.core.plan import (
    MAX_LAYERS, MAX_REPEAT, MAX_SIZE, NOTES, Layer, Note, parse, plan, run_order,
)
from convt_lab.core.plan_reach import _reach_axis, reach

INT64_MAX = 9223372036854775807
DIGITS = "7" * 5000  # more digits than int() reads by default (4300)

#: (printed line, the argument the note must name, a word of its value that must show).
HOSTILE = [
    ("Upsample(scale_factor=nan, mode=nearest)", "scale_factor", "nan"),
    ("Upsample(scale_factor=1e400)", "scale_factor", "inf"),
    ("Upsample(scale_factor=abc)", "scale_factor", "abc"),
    ("Upsample(scale_factor=2+3j)", "scale_factor", "2+3j"),
    ("Upsample(scale_factor=3j)", "scale_factor", "3j"),
    ("Upsample(scale_factor=(2.0,))", "scale_factor", "(2.0,)"),
    ("Upsample(scale_factor=(2.0, 2.0, 2.0))", "scale_factor", "(2.0, 2.0, 2.0)"),
    ("Upsample(scale_factor=-2.0)", "scale_factor", "-2.0"),
    ("Upsample(scale_factor=0)", "scale_factor", "0"),
    ("Upsample(scale_factor=True)", "scale_factor", "True"),
    ("Upsample(scale_factor=(2, nan))", "scale_factor", "(2, nan)"),
    ("Upsample(size=(1, 2, 3))", "size", "(1, 2, 3)"),
    ("Upsample(size=(a, b))", "size", "(a, b)"),
    ("Upsample(size=0)", "size", "0"),
    ("Upsample(size=(4, -1))", "size", "(4, -1)"),
    ("Upsample(size=2.5)", "size", "2.5"),
    ("MaxPool2d(kernel_size=2, stride=0)", "stride", "0"),
    ("MaxPool2d(kernel_size=0)", "kernel_size", "0"),
    ("MaxPool2d(kernel_size=0, stride=1)", "kernel_size", "0"),
    ("MaxPool2d(kernel_size=-3, stride=1, padding=0)", "kernel_size", "-3"),
    ("MaxPool2d(kernel_size=2, dilation=0)", "dilation", "0"),
    ("MaxPool2d(kernel_size=2, padding=-1)", "padding", "-1"),
    ("AvgPool2d(kernel_size=(2,))", "kernel_size", "(2,)"),
    ("AvgPool2d(kernel_size=2, stride=(2, 2, 2))", "stride", "(2, 2, 2)"),
    ("Conv2d(3, 8, kernel_size=(3,))", "kernel_size", "(3,)"),
    ("Conv2d(3, 8, kernel_size=3, dilation=(1,))", "dilation", "(1,)"),
    ("Conv2d(3, 8, kernel_size=3, stride=10**9)", "stride", "10**9"),
    ("Conv2d(3, 8, kernel_size=3, padding=(a, b))", "padding", "(a, b)"),
    ("ConvTranspose2d(3, 8, kernel_size=3, stride=(2,))", "stride", "(2,)"),
    ("ConvTranspose2d(3, 8, kernel_size=3, output_padding=(1,))", "output_padding", "(1,)"),
    ("ConvTranspose2d(3, 8, kernel_size=3, padding=same)", "padding", "same"),
    ("PixelShuffle(upscale_factor=0)", "upscale_factor", "0"),
    ("Conv2d(3, 8, 3, kernel_size=3)", "kernel_size", "twice"),
    (f"Conv2d(3, 8, kernel_size={DIGITS})", "number", "digits"),
]

#: Python's insides that no note may show.
LEAKS = re.compile(r"Traceback|<ast\.|object at 0x|sys\.set_int|<unknown>|Error\b")


def _first_problem(text: str, size=(3, 8, 8)):
    steps = plan(parse(text), size)
    return steps, next((s for s in steps if s.problem), None)


@pytest.mark.parametrize("line,name,shown", HOSTILE, ids=[h[0][:50] for h in HOSTILE])
def test_hostile_layer_is_a_step_with_a_note_naming_the_argument(line, name, shown) -> None:
    text = f"Sequential(\n  (0): {line}\n  (1): ReLU()\n)"
    steps, broken = _first_problem(text)
    assert broken is not None, steps
    assert broken.layer.line == 2 and broken.output is None
    assert broken.layer.kind == line.split("(")[0]
    message = str(broken.problem)
    assert name in message and shown in message, message
    assert not LEAKS.search(message), message
    # The layers after it have an unknown size, and say which line broke.
    assert steps[-1].layer.kind == "ReLU" and steps[-1].output is None
    assert steps[-1].problem == Note("after", line=2)


def test_notes_have_templates_with_their_values() -> None:
    for line, _name, _shown in HOSTILE:
        for step in plan(parse(line), (3, 8, 8)):
            if step.problem:
                assert set(re.findall(r"\{(\w+)\}", NOTES[step.problem.rule])) <= set(
                    step.problem.values), line


@pytest.mark.parametrize("text,size,output", [
    # PyTorch: floor(H * scale_factor) per axis, or the size given.
    ("Upsample(scale_factor=(2.0, 3.0), mode=nearest)", (3, 8, 8), (3, 16, 24)),
    ("Upsample(scale_factor=1.5)", (3, 5, 7), (3, 7, 10)),
    ("Upsample(scale_factor=2)", (3, 5, 7), (3, 10, 14)),
    ("Upsample(size=(5, 7))", (3, 8, 8), (3, 5, 7)),
    ("Upsample(size=9)", (3, 8, 8), (3, 9, 9)),
    # Pooling: floor((H + 2p - d(k-1) - 1)/s) + 1, stride = kernel when not given.
    ("MaxPool2d(kernel_size=(2, 3), stride=(2, 1))", (3, 8, 8), (3, 4, 6)),
    ("MaxPool2d(kernel_size=3, stride=None, padding=1, dilation=2)", (3, 9, 9), (3, 3, 3)),
    ("AvgPool2d(kernel_size=(2, 2), stride=(2, 2))", (3, 8, 6), (3, 4, 3)),
    ("Conv2d(3, 8, kernel_size=(3, 1), stride=(2, 1), padding=(1, 0))", (3, 8, 8), (8, 4, 8)),
])
def test_nearby_good_values_still_plan(text, size, output) -> None:
    steps, broken = _first_problem(text, size)
    assert broken is None and steps[0].output == output


def test_upsample_to_nothing_or_beyond_an_int64_is_refused() -> None:
    # floor(8 * 0.1) = 0: PyTorch refuses an output size below 1.
    _, broken = _first_problem("Upsample(scale_factor=0.1)")
    assert broken.problem.rule == "pool_small" and broken.problem.values["out"] == 0
    # 8e300 rows is more than an int64 holds; so is a second 1e300 after the first.
    for text in ("Upsample(scale_factor=1e300)",
                 "(0): Upsample(scale_factor=1e300)\n(1): Upsample(scale_factor=1e300)",
                 f"Upsample(scale_factor={'9' * 400})"):
        _, broken = _first_problem(text)
        assert broken.layer.line == 1 and broken.problem.rule == "huge", text
        assert str(INT64_MAX) in str(broken.problem)
    # A given size: at most 2**63 - 1.
    steps, broken = _first_problem(f"Upsample(size={INT64_MAX})\nReLU()")
    assert broken is None and steps[-1].output == (3, INT64_MAX, INT64_MAX)
    _, broken = _first_problem(f"Upsample(size=(8, {INT64_MAX + 1}))")
    assert broken.problem == Note("huge", axis="width", largest=INT64_MAX)


def test_conv_transpose_beyond_an_int64_is_refused_and_later_layers_wait() -> None:
    s = 10 ** 40  # (2 - 1)·s + 1 rows
    text = f"ConvTranspose2d(1, 1, kernel_size=1, stride={s})\nReLU()"
    steps, broken = _first_problem(text, (1, 2, 2))
    assert MAX_SIZE == INT64_MAX and (2 - 1) * s + 1 > INT64_MAX
    assert broken.layer.line == 1 and broken.problem.rule == "huge"
    assert steps[1].problem == Note("after", line=1)
    # Without the cap a thousand of them would grow a number of 40 000 digits.
    steps = plan(parse(f"1000 x ConvTranspose2d(1, 1, kernel_size=1, stride={s})"), (1, 2, 2))
    assert len(steps) == 1000 and steps[0].problem.rule == "huge"


def test_unreadable_arguments_say_so_without_python_insides() -> None:
    for text in ("Conv2d(3, 8, kernel_size=3 3)", "Conv2d(3, 8, *k)", "Conv2d(3, 8, **k)",
                 "Conv2d(3, 8, 3)(4)", "Conv2d(3, 8, " + "-" * 200_000 + "1)",
                 "Conv2d(3, 8, kernel_size=" + "(" * 300 + "3" + ")" * 300 + ")",
                 "Conv2d(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)", "Conv2d(3, 8, 3) trailing",
                 "Conv2d(3, 8, (3, 3)"):
        steps, broken = _first_problem(text)
        assert len(steps) == 1 and broken is not None and broken.problem.rule == "unreadable"
        assert not LEAKS.search(str(broken.problem)), str(broken.problem)


# -- repeats ------------------------------------------------------------------------
def test_huge_repeat_counts_are_refused_with_one_step() -> None:
    for count in ("100000", "100000000", "99999999999", DIGITS, "0", "1001"):
        steps = plan(parse(f"Sequential(\n  (0): {count} x ReLU()\n)"), (3, 8, 8))
        assert len(steps) == 1, count
        problem = steps[0].problem
        assert steps[0].layer.line == 2 and problem.rule == "repeat"
        assert str(MAX_REPEAT) in str(problem) and count[:50] in str(problem)


def test_the_largest_repeat_count_runs_in_full() -> None:
    assert MAX_REPEAT == 1000
    steps = plan(parse("(0-999): 1000 x ReLU()"), (3, 8, 8))
    assert len(steps) == 1000 and all(s.output == (3, 8, 8) for s in steps)


def test_a_refused_block_repeat_names_the_block_line() -> None:
    steps = plan(parse("(0): 5000 x Sequential(\n  (0): ReLU()\n)"), (3, 8, 8))
    assert steps[0].layer.line == 1 and steps[0].problem.rule == "repeat"
    assert steps[0].layer.kind == "Sequential" and not steps[0].skipped
    assert steps[1].problem == Note("after", line=1)


def test_nested_repeats_stop_at_the_layer_cap() -> None:
    text = "(0-9): 1000 x Sequential(\n(0): 1000 x Sequential(\n(0): 1000 x ReLU()\n)\n)"
    steps = plan(parse(text), (3, 8, 8))
    # 1000 ReLU, then the inner block would make 10**6: the plan stops at its line.
    assert len(steps) == 1000 + 1
    last = steps[-1]
    assert last.layer.line == 2 and last.problem.rule == "too_many"
    assert str(MAX_LAYERS) in str(last.problem)


def test_the_layer_cap_counts_every_line() -> None:
    assert MAX_LAYERS == 10_000
    fits = "(0): 1000 x ReLU()\n" * 10
    steps = plan(parse(fits), (3, 8, 8))
    assert len(steps) == 10_000 and not any(s.problem for s in steps)
    steps = plan(parse(fits + "(0): 1000 x ReLU()\n(1): ReLU()\n"), (3, 8, 8))
    assert len(steps) == 10_001
    assert steps[-1].layer.line == 11 and steps[-1].problem.rule == "too_many"
    # Many lines repeated by doubling blocks: at most the cap and the one that stops.
    text = "2 x Sequential(\n" * 40 + "ReLU()\n" + ")\n" * 40
    steps = plan(parse(text), (3, 8, 8))
    assert len(steps) == 2 ** 13 + 1 and steps[-1].problem.rule == "too_many"


def _expand(tree) -> list[str]:
    """A naive definition of the run order: a layer or a (times, [children]) block."""
    if isinstance(tree, tuple):
        times, children = tree
        return [name for _ in range(times) for child in children for name in _expand(child)]
    return [tree]


def _write(tree, out: list[str]) -> None:
    """The tree as print(model) shows it, one line per layer or bracket."""
    if isinstance(tree, tuple):
        times, children = tree
        out.append(f"({len(out)}): {times} x Sequential(" if times > 1 else "Sequential(")
        for child in children:
            _write(child, out)
        out.append(")")
    else:
        out.append(f"({len(out)}): {tree}()")


_TREES = st.recursive(
    st.sampled_from(["ReLU", "Tanh", "Sigmoid"]),
    lambda inner: st.tuples(st.integers(1, 4), st.lists(inner, max_size=4)),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(_TREES)
def test_run_order_matches_a_naive_expansion(tree) -> None:
    lines: list[str] = []
    _write(tree, lines)
    order = run_order(parse("\n".join(lines)))
    assert [layer.kind for layer in order] == _expand(tree)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([
    "Conv2d(", "ConvTranspose2d(", "Upsample(", "MaxPool2d(", "AvgPool2d(", "PixelShuffle(",
    "Sequential(", ")", "\n", "(0): ", "3 x ", "1001 x ", "99999999999 x ", "kernel_size=",
    "stride=", "padding=", "size=", "scale_factor=", "dilation=", "output_padding=", "(", "3",
    "0", "-1", "2.5", "nan", "1e400", "True", "(2,)", "(1, 2, 3)", ", ", "x", "10**9", "2+3j",
    "[", "]", "*", "**", "'same'", "same", DIGITS[:4400],
]), max_size=30))
def test_any_text_plans_without_raising(parts) -> None:
    steps = plan(parse("".join(parts)), (3, 8, 8))
    assert len(steps) <= MAX_LAYERS + 1
    for step in steps:
        for note in (step.problem, step.mismatch):
            if note is not None:
                assert not LEAKS.search(str(note)), str(note)
        if step.output is not None:
            assert all(1 <= v <= MAX_SIZE for v in step.output[1:])
            str(step.output)  # a size can always be printed


# -- the padding that reaches a wanted size ----------------------------------------------
def _brute(kind, n, k, s, p, op, d, t):
    """Every padding (and output_padding) tried: the one closest to p, fewer op on a tie."""
    if kind == "ConvTranspose2d":
        limit = max(s, d)  # PyTorch: output_padding < stride or < dilation
        sizes = {(p2, op2): (n - 1) * s - 2 * p2 + d * (k - 1) + op2 + 1
                 for p2 in range(0, n * s + d * k + limit + 2) for op2 in range(limit)}
        largest = sizes[(0, limit - 1)]
        hits = [(abs(p2 - p), op2, p2) for (p2, op2), size in sizes.items() if size == t]
        if hits:
            _, op2, p2 = min(hits)
            return p2, op2, None
        return None, None, "too_large" if t > largest else "parity_t"
    sizes = {p2: (n + 2 * p2 - d * (k - 1) - 1) // s + 1 for p2 in range(0, t * s + d * k + 2)}
    hits = [(abs(p2 - p), p2) for p2, size in sizes.items() if size == t]
    if hits:
        return min(hits)[1], 0, None
    if sizes[0] > t:
        return None, None, "too_small"
    # A layer that breaks a rule now (no cell left) has no size to name.
    return None, None, "parity" if n + 2 * p >= d * (k - 1) + 1 else "parity_steps"


def test_reach_matches_trying_every_padding() -> None:
    tried = 0
    for kind in ("Conv2d", "ConvTranspose2d"):
        for n, k, s, d, p, t in itertools.product(range(1, 7), range(1, 5), range(1, 4),
                                                  range(1, 4), range(0, 4), range(1, 24)):
            for op in range(max(s, d)) if kind == "ConvTranspose2d" else (0,):
                now = (n + 2 * p - d * (k - 1) - 1) // s + 1  # Conv2d's size, if at least 1
                got = _reach_axis(kind, n, k, s, p, op, d, t, now if now >= 1 else None)
                want = _brute(kind, n, k, s, p, op, d, t)
                reason = got.reason.rule if got.reason else None
                assert (got.padding, got.output_padding, reason) == want, (kind, n, k, s, d, p,
                                                                           op, t)
                tried += 1
    assert tried > 50_000


@contextlib.contextmanager
def _no_hang(seconds: int = 60):
    """Fail instead of hanging the run: a search over every padding takes hours here."""
    def stop(*_):
        raise AssertionError(f"still searching after {seconds} s")

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def test_reach_on_a_huge_layer_answers_at_once() -> None:
    # The Plan tab's "Wanted size" 1x1 at ConvTranspose2d(k=3, s=1000) on a 2**20 input.
    steps = plan(parse("(0): ConvTranspose2d(1, 1, kernel_size=3, stride=(1000, 1000))"),
                 (1, 1 << 20, 1 << 20))
    base = ((1 << 20) - 1) * 1000 + 2 + 1
    assert steps[0].output == (1, base, base)
    with _no_hang():
        rh, rw = reach(steps[0], (1, 1))
    # The smallest padding that brings base down to 1: base − 2p + op = 1 with 0 ≤ op < 1000.
    p = math.ceil((base - 1) / 2)
    assert (rh.padding, rh.output_padding) == (p, 1 - (base - 2 * p)) == (rw.padding,
                                                                          rw.output_padding)
    assert ((1 << 20) - 1) * 1000 - 2 * rh.padding + 1 * (3 - 1) + rh.output_padding + 1 == 1
    # Conv2d with a stride of 10**9: every padding of a wide interval gives 1; 0 is kept.
    steps = plan(parse(f"Conv2d(1, 1, kernel_size=1, stride={10 ** 9})"), (1, 5, 5))
    with _no_hang():
        rh, _ = reach(steps[0], (1, 1))
    assert rh.padding == 0 and steps[0].output == (1, 1, 1)
    with _no_hang():
        # ⌊(5 + 2p − 1)/10**9⌋ + 1 = 2 from 2p ≥ 10**9 − 4
        rh, _ = reach(steps[0], (2, 2))
    assert rh.padding == (10 ** 9 - 4) // 2


def test_layer_pair_is_only_reached_with_pairs() -> None:
    # Every sized layer parse accepts has N or (H, W) in its size arguments.
    for line, _name, _shown in HOSTILE:
        for entry in parse(line):
            if isinstance(entry, Layer) and entry.problem is None:
                for value in entry.args.values():
                    assert not (isinstance(value, tuple) and len(value) != 2), line
