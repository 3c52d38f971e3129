"""The pure hit-test and the cell labels, without any widget.

One cell is one unit of item coordinates: cell (row, col) covers
``col <= x < col + 1`` and ``row <= y < row + 1`` (x runs along columns).
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from convt_lab.gui.items.cells import cell_at, format_value


class TestCellAt:
    @pytest.mark.parametrize(
        ("x", "y", "cell"),
        [
            (0.0, 0.0, (0, 0)),  # the top-left corner belongs to the first cell
            (0.999, 0.999, (0, 0)),
            (1.0, 0.0, (0, 1)),  # x picks the column
            (0.0, 1.0, (1, 0)),  # y picks the row
            (2.5, 1.5, (1, 2)),
            (2.999999, 1.999999, (1, 2)),  # just inside the far corner
            (-0.0, -0.0, (0, 0)),
        ],
    )
    def test_floor_inside(self, x, y, cell) -> None:
        assert cell_at(x, y, (2, 3)) == cell

    @pytest.mark.parametrize(
        ("x", "y"),
        [
            (3.0, 0.0),  # the right edge is outside: cols 0..2
            (0.0, 2.0),  # the bottom edge is outside: rows 0..1
            (3.0, 2.0),
            (-0.001, 0.5),  # floor, not truncation: -0.001 is column -1
            (0.5, -0.001),
            (-1.0, -1.0),
            (-0.5, 1.5),
            (100.0, 100.0),
        ],
    )
    def test_outside_is_none(self, x, y) -> None:
        assert cell_at(x, y, (2, 3)) is None

    @pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
    def test_non_finite_is_none(self, bad) -> None:
        assert cell_at(bad, 0.5, (2, 3)) is None
        assert cell_at(0.5, bad, (2, 3)) is None

    def test_empty_grid_has_no_cells(self) -> None:
        assert cell_at(0.0, 0.0, (0, 0)) is None
        assert cell_at(0.5, 0.5, (0, 3)) is None

    def test_one_by_one(self) -> None:
        assert cell_at(0.5, 0.5, (1, 1)) == (0, 0)
        assert cell_at(1.0, 0.5, (1, 1)) is None

    def test_accepts_numpy_floats(self) -> None:
        assert cell_at(np.float64(1.5), np.float32(0.25), (2, 3)) == (0, 1)

    @given(
        x=st.floats(-5, 15, allow_nan=False),
        y=st.floats(-5, 15, allow_nan=False),
        rows=st.integers(0, 10),
        cols=st.integers(0, 10),
    )
    def test_point_lies_in_its_cell(self, x, y, rows, cols) -> None:
        cell = cell_at(x, y, (rows, cols))
        inside = 0 <= x < cols and 0 <= y < rows
        assert (cell is not None) == inside
        if cell is not None:
            row, col = cell
            assert isinstance(row, int) and isinstance(col, int)
            assert row <= y < row + 1
            assert col <= x < col + 1


class TestFormatValue:
    @pytest.mark.parametrize(
        ("value", "text"),
        [
            (0, "0"),
            (0.0, "0"),
            (-0.0, "0"),  # no "-0" on a cell
            (3.0, "3"),
            (-2.0, "-2"),
            (36, "36"),
            (999999.0, "999999"),
            (2.5, "2.5"),
            (-0.125, "-0.125"),
            (1 / 3, "0.333"),
            (123.456, "123"),
            (1e6, "1e+06"),  # big whole numbers switch to 3 significant digits
            (1e-5, "1e-05"),
            (np.float64(14.0), "14"),
            (np.int64(-7), "-7"),
        ],
    )
    def test_examples(self, value, text) -> None:
        assert format_value(value) == text

    @given(st.integers(-999_999, 999_999))
    def test_whole_numbers_read_back_exactly(self, n) -> None:
        text = format_value(float(n))
        assert text == str(n)
        assert "." not in text and "e" not in text

    @given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12))
    def test_short_and_close(self, v) -> None:
        text = format_value(v)
        assert len(text) <= 10
        assert float(text) == pytest.approx(v, rel=5e-3, abs=0)
