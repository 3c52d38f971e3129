"""Practice exercises: cases drawn from a seed, their answers, and checks that say why.

Qt-free.  :func:`exercises` draws ``count`` cases from a seed with
``numpy.random.default_rng``, so a teacher who gives the class one seed gives
everyone the same exercises (the window, ``convt-lab quiz`` and the printed
worksheet all use this function).  Each :class:`Exercise` asks five things:

* the output size H_out × W_out;
* P = d(k − 1) − p per axis (negative: a crop);
* which input cells feed the output cell y[i, j];
* the value of y[i, j];
* which output_padding gives the height (or width) N, or that none does.

The ``check_*`` functions compare an answer with the right one and, when it is
wrong, recognise the usual wrong formulas (k − p − 1 with d > 1, Conv2d's size
formula, a forgotten op, ...) so the student learns what went wrong.  They
return a :class:`Verdict` with a reason key and its numbers; the GUI turns it
into a translated sentence (:mod:`convt_lab.gui.practice_text`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from convt_lab import core
from convt_lab.gui.model.document import Document

__all__ = [
    "DIFFICULTIES",
    "KINDS",
    "Exercise",
    "Verdict",
    "check_output_size",
    "check_pad",
    "check_sources",
    "check_target",
    "check_value",
    "exercises",
]

DIFFICULTIES = ("basic", "mixed")
#: The kinds of case a mixed set cycles through, so that every kind turns up.
KINDS = ("crop", "op", "op_dilation", "dilation", "stride1", "rectangular")
#: Grids larger than this stay readable on a 1280×720 projector next to the others.
MAX_SIDE = 11
MAX_PADDED = 15
MAX_SEED = 2**63 - 1

Pair = tuple[int, int]


@dataclass(frozen=True, eq=False)
class Exercise:
    """One case and its answers.

    Attributes
    ----------
    number : int
        1, 2, ... in the set.
    kind : str
        ``"basic"`` or one of :data:`KINDS`.
    params : core.ConvTParams
    x, w : ndarray
        Small whole numbers, ``params.input_size`` and ``params.kernel_size``.
    cell : (int, int)
        The output cell (i, j) of the sources and value questions.
    target_axis : int
        0 (height) or 1 (width) for the output_padding question.
    target : int
        The size N asked for on that axis.
    """

    number: int
    kind: str
    params: core.ConvTParams
    x: np.ndarray
    w: np.ndarray
    cell: Pair
    target_axis: int
    target: int
    _result: Any = field(default=None, repr=False)

    def document(self) -> Document:
        """The case as a one-channel document with the asked cell selected."""
        return Document(params=self.params, x=self.x[None], w=self.w[None, None],
                        selection=("output", *self.cell))

    @property
    def result(self):
        from convt_lab.gui.model.result import compute

        if self._result is None:
            object.__setattr__(self, "_result", compute(self.document()))
        return self._result

    # -- the answers -------------------------------------------------------
    @property
    def output_size(self) -> Pair:
        return self.params.output_size

    @property
    def pad(self) -> Pair:
        h, w = self.params.axes
        return (h.pad, w.pad)

    @property
    def sources(self) -> frozenset[Pair]:
        """The input cells (r, c) whose values reach y[i, j]."""
        return frozenset((int(r), int(c)) for r, c, _, _ in self.result.sources(*self.cell))

    @property
    def value(self) -> float:
        return float(self.result.output[self.cell])

    @property
    def target_op(self) -> int | None:
        """The output_padding giving ``target`` on ``target_axis``, or None if none does."""
        steps = self.params.axes[self.target_axis]
        op = self.target - (steps.output - steps.output_padding)
        return op if 0 <= op < max(steps.stride, steps.dilation) else None

    def answers(self) -> dict[str, Any]:
        """Every answer, as plain JSON values."""
        return {
            "output_size": list(self.output_size),
            "P": list(self.pad),
            "cell": list(self.cell),
            "sources": sorted([list(rc) for rc in self.sources]),
            "value": self.value,
            "target": {"axis": ["height", "width"][self.target_axis], "size": self.target,
                       "output_padding": self.target_op},
        }


# -- drawing cases -----------------------------------------------------------


def _pair(rng: np.random.Generator, low: int, high: int, square: bool) -> Pair:
    a = int(rng.integers(low, high + 1))
    return (a, a) if square else (a, int(rng.integers(low, high + 1)))


def _draw(rng: np.random.Generator, kind: str) -> core.ConvTParams:
    """Parameters of one case of ``kind``; may break a rule (the caller draws again)."""
    square = kind != "rectangular"
    size = _pair(rng, 2, 4, square)
    if kind == "basic":
        p = int(rng.integers(0, 2))
        return core.ConvTParams(size, 3, 2, p, int(rng.integers(0, 2)))
    k = _pair(rng, 2, 4, square)
    s = _pair(rng, 2, 3, square)
    d = (1, 1)
    p = _pair(rng, 0, 1, square)
    op = (0, 0)
    if kind == "crop":  # P = d(k-1) - p < 0
        p = tuple(ki + int(rng.integers(0, 2)) for ki in k)
    elif kind == "op":
        op = tuple(int(rng.integers(1, si)) for si in s)
    elif kind == "op_dilation":  # op = 1 is allowed only because d = 2 > s = 1
        s, d, op = (1, 1), (2, 2), (1, 1)
        k = _pair(rng, 2, 3, True)
    elif kind == "dilation":
        d = _pair(rng, 2, 3, True)
        k = _pair(rng, 2, 3, True)
        s = _pair(rng, 1, 2, True)
    elif kind == "stride1":
        s = (1, 1)
    elif kind == "rectangular":
        if k[0] == k[1] and s[0] == s[1]:
            s = (s[0], 1 if s[0] > 1 else 2)
        op = (int(rng.integers(0, s[0])), int(rng.integers(0, s[1])))
    return core.ConvTParams(size, k, s, p, op, d)


def _fits(params: core.ConvTParams) -> bool:
    try:
        core.check_limits(params)
    except core.ParamError:
        return False
    return all(a.output <= MAX_SIDE and a.padded <= MAX_PADDED for a in params.axes)


def _case(rng: np.random.Generator, number: int, kind: str) -> Exercise:
    for _ in range(1000):
        try:
            params = _draw(rng, kind)
        except core.ParamError:
            continue
        if _fits(params):
            break
    else:  # pragma: no cover - every kind has many cases that fit
        raise RuntimeError(f"no {kind} case fits")
    x = rng.integers(1, 5, params.input_size).astype(np.float64)
    w = rng.integers(-1, 4, params.kernel_size).astype(np.float64)
    oh, ow = params.output_size
    cell = (int(rng.integers(0, oh)), int(rng.integers(0, ow)))
    axis = int(rng.integers(0, 2))
    steps = params.axes[axis]
    low = steps.output - steps.output_padding
    # From one below the op = 0 size to one above the largest: a third or so have no answer.
    target = low + int(rng.integers(-1, max(steps.stride, steps.dilation) + 1))
    return Exercise(number, kind, params, x, w, cell, axis, max(target, 1))


def exercises(seed: int, count: int, difficulty: str = "mixed") -> list[Exercise]:
    """``count`` exercises drawn from ``seed``; the same seed gives the same exercises.

    A mixed set goes through :data:`KINDS` in a shuffled order, one round after
    another, so any :data:`KINDS`-long run holds every kind; a basic set stays
    in the lesson's family (k = 3, s = 2, d = 1, square).

    Raises
    ------
    ValueError
        For a negative or too large seed, a count below 1, or an unknown difficulty.
    """
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or not 0 <= seed <= MAX_SEED:
        raise ValueError(f"seed must be a whole number from 0 to {MAX_SEED}, but is {seed!r}")
    if isinstance(count, bool) or not isinstance(count, (int, np.integer)) or count < 1:
        raise ValueError(f"count must be at least 1, but is {count!r}")
    if difficulty not in DIFFICULTIES:
        raise ValueError(f"difficulty must be basic or mixed, but is {difficulty!r}")
    rng = np.random.default_rng(int(seed))
    kinds: list[str] = []
    out = []
    for n in range(int(count)):
        if difficulty == "basic":
            kind = "basic"
        else:
            if not kinds:
                kinds = [KINDS[i] for i in rng.permutation(len(KINDS))]
            kind = kinds.pop()
        out.append(_case(rng, n + 1, kind))
    return out


# -- checking ------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    """Whether an answer is right and, if not, the recognised mistake.

    ``reason`` is a key (``"right"``, ``"conv2d"``, ``"k_minus_p"``, ...,
    ``"other"``); ``values`` holds the numbers the sentence needs, always
    including ``expected``.
    """

    correct: bool
    reason: str
    values: dict = field(default_factory=dict)


def _axis_size_mistakes(s: core.AxisSteps) -> list[tuple[str, int]]:
    """Sizes the usual wrong formulas give on one axis, in the order they are named."""
    H, k, st, p, op, d = s.size, s.kernel, s.stride, s.padding, s.output_padding, s.dilation
    return [
        ("no_op", (H - 1) * st - 2 * p + d * (k - 1) + 1),
        ("no_dilation", (H - 1) * st - 2 * p + (k - 1) + op + 1),
        ("one_p", (H - 1) * st - p + d * (k - 1) + op + 1),
        ("h_times_s", H * st - 2 * p + d * (k - 1) + op + 1),
        ("conv2d", (H + 2 * p - d * (k - 1) - 1) // st + 1),
        ("no_insertion", H - 2 * p + d * (k - 1) + op),
    ]


def check_output_size(ex: Exercise, answer: Pair) -> Verdict:
    """Check H_out × W_out; names the first wrong formula that gives the answer."""
    right = ex.output_size
    answer = (int(answer[0]), int(answer[1]))
    if answer == right:
        return Verdict(True, "right", {"expected": right})
    if answer == right[::-1] and right[0] != right[1]:
        return Verdict(False, "swapped", {"expected": right})
    for axis, steps in enumerate(ex.params.axes):
        if answer[axis] == right[axis]:
            continue
        s = steps
        for key, size in _axis_size_mistakes(s):
            if size == answer[axis] and size != right[axis]:
                return Verdict(False, key, {
                    "expected": right, "axis": axis, "op": s.output_padding, "d": s.dilation,
                    "p": s.padding, "s": s.stride, "k": s.kernel, "H": s.size, "got": answer[axis],
                    "right": right[axis]})
        return Verdict(False, "other", {"expected": right, "axis": axis, "got": answer[axis],
                                        "right": right[axis]})
    raise AssertionError("unreachable")  # pragma: no cover


def check_pad(ex: Exercise, answer: Pair) -> Verdict:
    """Check P = d(k − 1) − p per axis; recognises k − p − 1, a forgotten p, a sign slip."""
    right = ex.pad
    answer = (int(answer[0]), int(answer[1]))
    if answer == right:
        return Verdict(True, "right", {"expected": right})
    for axis, s in enumerate(ex.params.axes):
        if answer[axis] == right[axis]:
            continue
        base = {"expected": right, "axis": axis, "k": s.kernel, "p": s.padding, "d": s.dilation,
                "got": answer[axis], "right": right[axis]}
        for key, value in (
            ("k_minus_p", s.kernel - s.padding - 1),
            ("no_p", s.dilation * (s.kernel - 1)),
            ("plus_p", s.dilation * (s.kernel - 1) + s.padding),
            ("sign", -right[axis]),
            ("p_itself", s.padding),
        ):
            if value == answer[axis] and value != right[axis]:
                return Verdict(False, key, base)
        return Verdict(False, "other", base)
    raise AssertionError("unreachable")  # pragma: no cover


def _axis_sources(i: int, size: int, k: int, s: int, p: int, d: int) -> set[int]:
    """Input indices r with r·s + a·d = i + p for some tap a (x[r]·w[a] lands on y[i])."""
    return {r for r in range(size) for a in range(k) if r * s + a * d == i + p}


def check_sources(ex: Exercise, answer) -> Verdict:
    """Check the set of input cells feeding y[i, j]; recognises a forgotten d, s or p."""
    right = ex.sources
    given = frozenset((int(r), int(c)) for r, c in answer)
    values = {"expected": sorted(right), "missing": sorted(right - given),
              "extra": sorted(given - right), "cell": ex.cell}
    if given == right:
        return Verdict(True, "right", values)
    (i, j), (hs, ws) = ex.cell, ex.params.axes

    def cells(**change) -> frozenset:
        rows = _axis_sources(i, *(change.get(n, getattr(hs, a)) for n, a in zip(
            "Hkspd", ("size", "kernel", "stride", "padding", "dilation"))))
        cols = _axis_sources(j, *(change.get(n, getattr(ws, a)) for n, a in zip(
            "Hkspd", ("size", "kernel", "stride", "padding", "dilation"))))
        return frozenset((r, c) for r in rows for c in cols)

    for key, change, applies in (
        ("src_no_dilation", {"d": 1}, hs.dilation > 1 or ws.dilation > 1),
        ("src_no_stride", {"s": 1}, hs.stride > 1 or ws.stride > 1),
        ("src_no_padding", {"p": 0}, hs.padding > 0 or ws.padding > 0),
    ):
        if applies and cells(**change) == given:
            return Verdict(False, key, values)
    if not right:
        return Verdict(False, "src_none", values)
    return Verdict(False, "src_other", values)


def check_value(ex: Exercise, answer: float) -> Verdict:
    """Check y[i, j]; recognises a kernel that was not rotated by 180°."""
    right = ex.value
    values = {"expected": right, "got": float(answer), "cell": ex.cell}
    if abs(float(answer) - right) < 1e-9:
        return Verdict(True, "right", values)
    kh, kw = ex.w.shape
    terms = ex.result.sources(*ex.cell)
    unrotated = float(sum(ex.x[r, c] * ex.w[kh - 1 - a, kw - 1 - b] for r, c, a, b in terms))
    if len(terms) and abs(float(answer) - unrotated) < 1e-9 and unrotated != right:
        return Verdict(False, "not_rotated", values)
    if not len(terms) and float(answer) != 0:
        return Verdict(False, "value_zero", values)
    return Verdict(False, "value_other", values)


def check_target(ex: Exercise, answer: int | None) -> Verdict:
    """Check the output_padding for size N (None: no op gives N)."""
    steps = ex.params.axes[ex.target_axis]
    low = steps.output - steps.output_padding
    top = max(steps.stride, steps.dilation) - 1
    right = ex.target_op
    values = {"expected": right, "axis": ex.target_axis, "N": ex.target, "low": low,
              "high": low + top, "s": steps.stride, "d": steps.dilation, "got": answer}
    if answer == right:
        return Verdict(True, "right", values)
    if right is None:
        if ex.target < low:
            return Verdict(False, "op_below", values)
        return Verdict(False, "op_above", values)
    if answer is None:
        if right >= steps.stride:
            return Verdict(False, "op_by_dilation", values)
        return Verdict(False, "op_exists", values)
    return Verdict(False, "op_other", values)
