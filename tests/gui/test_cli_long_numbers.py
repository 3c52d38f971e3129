"""A whole number too long for its option is refused with its range, not as "not a number".

Every option that takes whole numbers reads any number of digits: a value
outside the option's range is refused by the check that knows the range
(``1 and 8`` for channels, the grid for a selected cell, the window sizes),
and only a number longer than any range could be is refused for its length.
A seed may use all 19 digits of its range.
"""

from __future__ import annotations

import pytest

from convt_lab.gui.app import main

RENDER = ["render", "-o", "out.png"]
TEN = "1234567890"



@pytest.mark.parametrize(("args", "says"), [
    pytest.param([*RENDER, "--in-channels", TEN], ["between 1 and 8", TEN], id="in-channels"),
    pytest.param([*RENDER, "--out-channels", TEN + "0"], ["between 1 and 8"], id="out-channels"),
    pytest.param([*RENDER, "--groups", TEN], ["between 1 and 8"], id="groups"),
    pytest.param([*RENDER, "--select", f"{TEN},0"], ["outside the 5x5 output"], id="select"),
    pytest.param([*RENDER, "--select-input", f"0,{TEN}"], ["outside"], id="select-input"),
    pytest.param([*RENDER, "--pick", f"{TEN},0"], [TEN, "input channel"], id="pick"),
    pytest.param([*RENDER, "--size", f"{TEN}x720"], ["outside 320x240 to 7680x4320"], id="size"),
    pytest.param([*RENDER, "--step", TEN], ["choose from 1, 2, 3, 4, 5"], id="step"),
    pytest.param([*RENDER, "--in-channels", "9" * 2000], ["2000-digit number is far too large"],
                 id="in-channels-2000-digits"),
])
def test_a_long_number_is_refused_with_its_range(sandbox, capsys, args, says) -> None:
    code = main(args)
    err = capsys.readouterr().err
    assert code == 2, err
    assert "expected" not in err, err  # it is a whole number: the message says what is wrong
    for words in says:
        assert words in err, err
    assert not (sandbox / "out.png").exists()


@pytest.mark.parametrize("form, option", [("C,O", "--pick"), ("I,J", "--select"),
                                          ("R,C", "--select-input")])
def test_a_pair_that_is_not_numbers_names_the_options_form(sandbox, capsys, form, option) -> None:
    assert main([*RENDER, option, "x"]) == 2
    assert f"expected {form} with whole numbers" in capsys.readouterr().err


def test_the_largest_seed_is_taken_and_the_next_refused(sandbox, capsys) -> None:
    top = 2**63 - 1
    assert main(["quiz", "--seed", str(top)]) == 0
    assert capsys.readouterr().out.strip()
    assert main(["quiz", "--seed", str(top + 1)]) == 2
    assert f"seed {top + 1} is outside 0 to {top}" in capsys.readouterr().err
