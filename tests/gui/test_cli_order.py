"""Options work on either side of the subcommand, as a user would expect."""

from __future__ import annotations

import pytest

from convt_lab.gui.io.cli import parse


@pytest.mark.parametrize(
    "argv",
    [
        ["--input", "3x4", "--stride", "1", "render", "-o", "x.png"],
        ["render", "--input", "3x4", "--stride", "1", "-o", "x.png"],
        ["--input", "3x4", "render", "--stride", "1", "-o", "x.png"],
    ],
)
def test_parameters_before_or_after_render(argv) -> None:
    request = parse(argv)
    assert request.params.input_size == (3, 4)
    assert request.params.stride == (1, 1)
    # The lesson's other parameters stay as they were.
    assert request.params.kernel_size == (3, 3)


def test_language_and_channels_before_render() -> None:
    request = parse(["--lang", "zh", "--in-channels", "2", "--groups", "2", "--out-channels", "2",
                     "render", "-o", "x.png"])
    assert request.language == "zh"
    assert (request.setup.in_channels, request.setup.groups) == (2, 2)


def test_a_subcommand_without_options_keeps_the_defaults() -> None:
    request = parse(["render", "-o", "x.png"])
    assert request.params.input_size == (2, 2) and request.language is None
    assert request.setup.single


def test_select_is_checked_against_the_size_output_size_picks() -> None:
    # 2x2, k=3, s=2, p=0: (2-1)*2 - 0 + 2 + op + 1 = 6 needs op = 1, so cell (5, 5) exists.
    request = parse(["render", "--output-size", "6x6", "--select", "5,5", "-o", "x.png"])
    assert request.params.output_size == (6, 6)
    assert request.document.selection == ("output", 5, 5)
