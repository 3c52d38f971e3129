"""The lesson's worked examples, with every grid written out by hand.

The literal arrays below were worked out on paper from the scatter definition
y[r*s + a*d - p, c*s + b*d - p] += x[r, c] * w[a, b]; they are not copied
from the core.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from convt_lab.core import ParamError, Role, conv_transpose2d, walkthrough

X = np.array([[1, 2], [3, 4]])
W = np.arange(1, 10).reshape(3, 3)  # [[1, 2, 3], [4, 5, 6], [7, 8, 9]]

# x = [[1, 2], [3, 4]], w = 1..9, s = 2, p = 0: each x[r, c] stamps x[r, c] * w
# at (2r, 2c); the stamps overlap on row 2 and column 2.
LESSON_OUTPUT = np.array(
    [
        [1, 2, 5, 4, 6],
        [4, 5, 14, 10, 12],
        [10, 14, 36, 24, 30],
        [12, 15, 34, 20, 24],
        [21, 24, 55, 32, 36],
    ]
)

I, N, P = Role.INPUT, Role.INSERTED, Role.PADDING
O, C = Role.OUTPUT_PADDING, Role.CROPPED


X3 = np.arange(1, 10).reshape(3, 3)  # x[1, 1] = 5
W3 = np.array([[1, -1, 2], [3, 7, -2], [0, 4, 1]])  # w[1, 1] = 7


@pytest.fixture(scope="module")
def lesson():
    return walkthrough(X, W, stride=2, padding=0)


@pytest.fixture(scope="module")
def crop():
    return walkthrough(X3, W3, stride=2, padding=3)


@pytest.fixture(scope="module")
def oppad():
    return walkthrough(X, W, stride=2, padding=1, output_padding=1)


def _as_set(rows: np.ndarray) -> set[tuple[int, ...]]:
    return {tuple(int(v) for v in row) for row in rows}


class TestLesson:
    def test_steps(self, lesson) -> None:
        for steps in lesson.steps:
            assert steps.inserted == 3
            assert steps.pad == 2
            assert steps.padded == 7
            assert steps.output == 5
            assert steps.span == 3

    def test_zero_inserted(self, lesson) -> None:
        np.testing.assert_array_equal(lesson.zero_inserted, [[1, 0, 2], [0, 0, 0], [3, 0, 4]])
        np.testing.assert_array_equal(
            lesson.zero_inserted_roles, [[I, N, I], [N, N, N], [I, N, I]]
        )

    def test_padded_is_a_two_wide_zero_border(self, lesson) -> None:
        expected = np.zeros((7, 7))
        expected[2:5, 2:5] = [[1, 0, 2], [0, 0, 0], [3, 0, 4]]
        np.testing.assert_array_equal(lesson.padded, expected)

    def test_roles_of_padded_cells(self, lesson) -> None:
        expected = np.array(
            [
                [P, P, P, P, P, P, P],
                [P, P, P, P, P, P, P],
                [P, P, I, N, I, P, P],
                [P, P, N, N, N, P, P],
                [P, P, I, N, I, P, P],
                [P, P, P, P, P, P, P],
                [P, P, P, P, P, P, P],
            ]
        )
        np.testing.assert_array_equal(lesson.roles, expected)
        assert lesson.roles[0, 0] == Role.PADDING
        assert lesson.roles[2, 2] == Role.INPUT
        assert lesson.roles[2, 3] == Role.INSERTED

    def test_flipped_kernel(self, lesson) -> None:
        np.testing.assert_array_equal(lesson.flipped_kernel, [[9, 8, 7], [6, 5, 4], [3, 2, 1]])
        # The unflipped kernel is kept as given.
        np.testing.assert_array_equal(lesson.weight, W)

    def test_output(self, lesson) -> None:
        assert lesson.output.shape == (5, 5)
        np.testing.assert_array_equal(lesson.output, LESSON_OUTPUT)
        got = conv_transpose2d(X, W, stride=2)
        assert got.dtype == np.float64
        np.testing.assert_array_equal(got, LESSON_OUTPUT)
        assert not lesson.output_band.any()

    def test_window_of_the_first_output_cell(self, lesson) -> None:
        expected = [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2), (2, 0), (2, 1), (2, 2)]
        np.testing.assert_array_equal(lesson.window(0, 0), expected)
        # Only padded[2, 2] = x[0, 0] = 1 is under the window, times flipped[2, 2] = w[0, 0] = 1.
        window = lesson.window(0, 0)
        assert (lesson.padded[tuple(window.T)] * lesson.flipped_kernel.ravel()).sum() == 1

    def test_window_of_the_centre(self, lesson) -> None:
        window = lesson.window(2, 2)
        np.testing.assert_array_equal(window[0], (2, 2))
        np.testing.assert_array_equal(window[-1], (4, 4))
        # 1*9 + 2*7 + 3*3 + 4*1 = 36
        assert (lesson.padded[tuple(window.T)] * lesson.flipped_kernel.ravel()).sum() == 36

    def test_sources_of_the_centre(self, lesson) -> None:
        # Centre (2, 2): x[0,0]*w[2,2] + x[0,1]*w[2,0] + x[1,0]*w[0,2] + x[1,1]*w[0,0].
        expected = {(0, 0, 2, 2), (0, 1, 2, 0), (1, 0, 0, 2), (1, 1, 0, 0)}
        sources = lesson.sources(2, 2)
        assert sources.shape == (4, 4)
        assert _as_set(sources) == expected
        assert _as_set(lesson.sources(0, 0)) == {(0, 0, 0, 0)}
        assert _as_set(lesson.sources(4, 1)) == {(1, 0, 2, 1)}

    def test_footprint_of_the_first_input_cell(self, lesson) -> None:
        # x[0, 0] lands on the top-left 3x3 block, w[a, b] on (a, b).
        expected = {(a, b, a, b) for a in range(3) for b in range(3)}
        assert _as_set(lesson.footprint(0, 0)) == expected
        # x[1, 1] lands on the bottom-right 3x3 block.
        expected = {(2 + a, 2 + b, a, b) for a in range(3) for b in range(3)}
        assert _as_set(lesson.footprint(1, 1)) == expected

    def test_overlap(self, lesson) -> None:
        expected = [
            [1, 1, 2, 1, 1],
            [1, 1, 2, 1, 1],
            [2, 2, 4, 2, 2],
            [1, 1, 2, 1, 1],
            [1, 1, 2, 1, 1],
        ]
        np.testing.assert_array_equal(lesson.overlap, expected)

    def test_matrix(self, lesson) -> None:
        m = lesson.matrix()
        assert m.shape == (25, 4)
        # Column k is x.ravel()[k]'s stamp: input (0, 1) stamps w at (0, 2).
        stamp = np.zeros((5, 5))
        stamp[0:3, 2:5] = W
        np.testing.assert_array_equal(m[:, 1].reshape(5, 5), stamp)
        np.testing.assert_array_equal(m @ X.ravel(), LESSON_OUTPUT.ravel())

    def test_result_is_frozen_and_read_only(self, lesson) -> None:
        with pytest.raises(dataclasses.FrozenInstanceError):
            lesson.output = np.zeros((5, 5))
        for name in ("zero_inserted", "padded", "roles", "flipped_kernel", "output", "overlap"):
            with pytest.raises(ValueError):
                getattr(lesson, name)[0, 0] = 7

    @pytest.mark.parametrize(("method", "cell"), [
        ("window", (5, 0)), ("window", (0, -1)), ("sources", (0, 5)),
        ("footprint", (2, 0)), ("footprint", (0, -1)),
    ])
    def test_cells_outside_raise(self, lesson, method: str, cell: tuple[int, int]) -> None:
        with pytest.raises(ParamError) as info:
            getattr(lesson, method)(*cell)
        assert info.value.rule == "shape"


class TestCrop:
    """3x3 input, k = 3, s = 2, p = 3: P = 2 - 3 = -1, one ring cropped."""


    def test_steps(self, crop) -> None:
        for steps in crop.steps:
            assert (steps.inserted, steps.pad, steps.padded, steps.output) == (5, -1, 3, 1)

    def test_cropped_roles(self, crop) -> None:
        expected = np.array(
            [
                [C, C, C, C, C],
                [C, N, N, N, C],
                [C, N, I, N, C],
                [C, N, N, N, C],
                [C, C, C, C, C],
            ]
        )
        np.testing.assert_array_equal(crop.zero_inserted_roles, expected)
        # zero_inserted itself is whole; the crop happens on the way to padded.
        assert crop.zero_inserted.shape == (5, 5)
        np.testing.assert_array_equal(crop.zero_inserted[::2, ::2], X3)

    def test_padded(self, crop) -> None:
        assert crop.padded.shape == (3, 3)
        np.testing.assert_array_equal(crop.padded, [[0, 0, 0], [0, 5, 0], [0, 0, 0]])
        np.testing.assert_array_equal(crop.roles, [[N, N, N], [N, I, N], [N, N, N]])
        assert not (crop.roles == Role.PADDING).any()

    def test_output(self, crop) -> None:
        # Only i = 2r + a - 3 = 0 with r = a = 1 reaches the single output cell.
        np.testing.assert_array_equal(crop.output, [[5 * 7]])
        assert {tuple(r) for r in crop.sources(0, 0).tolist()} == {(1, 1, 1, 1)}
        np.testing.assert_array_equal(crop.overlap, [[1]])
        assert len(crop.footprint(0, 0)) == 0
        np.testing.assert_array_equal(conv_transpose2d(X3, W3, stride=2, padding=3),
                                      [[35]])


class TestOutputPadding:
    """The lesson with p = 1, op = 1: P = 1, padded = 3 + 2 + 1 = 6, output 4."""

    def test_steps(self, oppad) -> None:
        for steps in oppad.steps:
            assert (steps.inserted, steps.pad, steps.padded, steps.output) == (3, 1, 6, 4)

    def test_roles(self, oppad) -> None:
        expected = np.array(
            [
                [P, P, P, P, P, O],
                [P, I, N, I, P, O],
                [P, N, N, N, P, O],
                [P, I, N, I, P, O],
                [P, P, P, P, P, O],
                [O, O, O, O, O, O],
            ]
        )
        np.testing.assert_array_equal(oppad.roles, expected)
        expected_padded = np.zeros((6, 6))
        expected_padded[1:4, 1:4] = [[1, 0, 2], [0, 0, 0], [3, 0, 4]]
        np.testing.assert_array_equal(oppad.padded, expected_padded)

    def test_output_band_cells_are_computed(self, oppad) -> None:
        # The full 6x6 scatter (LESSON_OUTPUT plus an op row/col of zeros),
        # cropped by p = 1 on each side: rows/cols 1..4.
        expected = np.array(
            [
                [5, 14, 10, 12],
                [14, 36, 24, 30],
                [15, 34, 20, 24],
                [24, 55, 32, 36],
            ]
        )
        np.testing.assert_array_equal(oppad.output, expected)
        np.testing.assert_array_equal(
            conv_transpose2d(X, W, stride=2, padding=1, output_padding=1), expected
        )
        # The op row is not zero: x[1, :] * w[2, :] lands there (i = 2*1 + 2 - 1 = 3).
        assert (oppad.output[3] != 0).all()
        assert (oppad.output[:, 3] != 0).all()
        band = np.zeros((4, 4), bool)
        band[3, :] = True
        band[:, 3] = True
        np.testing.assert_array_equal(oppad.output_band, band)
        # Output (3, 0) = x[1, 0] * w[2, 1] = 3 * 8.
        assert {tuple(r) for r in oppad.sources(3, 0).tolist()} == {(1, 0, 2, 1)}

    def test_lesson_op_band_is_zero_without_padding(self) -> None:
        # p = 0, op = 1: no tap reaches row 5 (2*1 + 2 = 4 at most), so it stays 0.
        wt = walkthrough(X, W, stride=2, output_padding=1)
        expected = np.zeros((6, 6))
        expected[:5, :5] = LESSON_OUTPUT
        np.testing.assert_array_equal(wt.output, expected)
        assert wt.output_band[5].all() and wt.output_band[:, 5].all()
        assert wt.output_band.sum() == 11
        assert (wt.roles[7] == Role.OUTPUT_PADDING).all()
        assert (wt.roles[:7, 7] == Role.OUTPUT_PADDING).all()
        assert (wt.roles[:7, :7] != Role.OUTPUT_PADDING).all()
        assert wt.overlap[5].sum() == 0 and wt.overlap[:, 5].sum() == 0
