"""``convt-lab explain``: the five steps as text with aligned tables of numbers.

The tables are parsed back and compared with grids built here from the
definition: zero insertion, padding, the rotated kernel and a naive scatter.
"""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from convt_lab.gui.app import main
from convt_lab.gui.i18n import catalogue, install_language

TIMES = "\u00d7"
TITLE = re.compile(r"^([1-5])\. (.*)$")


# -- the definition, written out -----------------------------------------------
def lesson_values(shape) -> np.ndarray:
    return np.arange(1, shape[0] * shape[1] + 1, dtype=float).reshape(shape)


def reference(n, k, s, p, op=(0, 0)) -> dict[str, np.ndarray]:
    """Every grid of the lesson for x, w = 1..n (dilation 1), built cell by cell."""
    x, w = lesson_values(n), lesson_values(k)
    new = [n[a] + (s[a] - 1) * (n[a] - 1) for a in (0, 1)]
    inserted = np.zeros(new)
    for (r, c), v in np.ndenumerate(x):
        inserted[r * s[0], c * s[1]] = v
    pad = [k[a] - 1 - p[a] for a in (0, 1)]
    padded = np.zeros([new[a] + 2 * pad[a] + op[a] for a in (0, 1)])
    for (r, c), v in np.ndenumerate(inserted):
        i, j = r + pad[0], c + pad[1]
        if 0 <= i < padded.shape[0] and 0 <= j < padded.shape[1]:
            padded[i, j] = v
    out = np.zeros([(n[a] - 1) * s[a] - 2 * p[a] + (k[a] - 1) + op[a] + 1 for a in (0, 1)])
    for (r, c), xv in np.ndenumerate(x):
        for (a, b), wv in np.ndenumerate(w):
            i, j = r * s[0] - p[0] + a, c * s[1] - p[1] + b
            if 0 <= i < out.shape[0] and 0 <= j < out.shape[1]:
                out[i, j] += xv * wv
    flipped = np.array([[w[k[0] - 1 - a, k[1] - 1 - b] for b in range(k[1])] for a in range(k[0])])
    return {"x": x, "w": w, "zero_inserted": inserted, "padded": padded, "flipped": flipped, "output": out}


# -- reading the text back -----------------------------------------------------
def split_steps(text: str) -> list[tuple[str, list[str]]]:
    """(title, lines) per step, in order."""
    steps: list[tuple[str, list[str]]] = []
    for line in text.split("\n"):
        m = TITLE.match(line)
        if m and int(m.group(1)) == len(steps) + 1:
            steps.append((line, []))
        elif steps:
            steps[-1][1].append(line)
    return steps


def tables(lines: list[str]) -> list[np.ndarray]:
    """Every block of indented lines, checked for alignment, as an array."""
    found, block = [], []
    for line in [*lines, ""]:
        if line.startswith("    "):
            block.append(line)
            continue
        if block:
            widths = {len(row) for row in block}
            assert len(widths) == 1, block  # every line of a table is as wide
            # Right-aligned: each number ends in the same column on every line.
            ends = {tuple(m.end() for m in re.finditer(r"\S+", row)) for row in block}
            assert len(ends) == 1, block
            found.append(np.array([[float(t) for t in row.split()] for row in block]))
            block = []
    return found


def title_size(title: str) -> tuple[int, int]:
    m = re.findall(rf"(\d+){TIMES}(\d+)", title)
    assert m, title
    return tuple(map(int, m[-1]))


@pytest.fixture
def english(qapp):
    """A QApplication exists before explain looks for one; English afterwards."""
    yield
    install_language(QCoreApplication.instance(), "en")


def run(capsys, args) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


# -- the tests -----------------------------------------------------------------
@pytest.mark.parametrize(
    "args, n, k, s, p, op",
    [
        ([], (2, 2), (3, 3), (2, 2), (0, 0), (0, 0)),
        (["--input", "3x4", "--kernel", "2x3", "--stride", "2x1", "--padding", "0x1"],
         (3, 4), (2, 3), (2, 1), (0, 1), (0, 0)),
        (["--input", "3", "--kernel", "3", "--stride", "2", "--padding", "1", "--output-padding", "1"],
         (3, 3), (3, 3), (2, 2), (1, 1), (1, 1)),
        (["--input", "4", "--kernel", "3", "--stride", "2", "--padding", "3"],  # P < 0: crop
         (4, 4), (3, 3), (2, 2), (3, 3), (0, 0)),
    ],
    ids=["lesson", "rectangular", "output_padding", "crop"],
)
def test_explain_prints_five_steps_with_aligned_tables(capsys, english, args, n, k, s, p, op) -> None:
    code, out, err = run(capsys, ["explain", *args])
    assert code == 0
    assert err == ""
    ref = reference(n, k, s, p, op)
    steps = split_steps(out)
    assert len(steps) == 5
    grids = ["x", "zero_inserted", "padded", "flipped", "output"]
    for (title, lines), grid in zip(steps, grids):
        found = tables(lines)
        assert found, title
        # The title names the size of the grid the step builds, and its table has it.
        assert title_size(title) == ref[grid].shape, title
        assert found[0].shape == ref[grid].shape, title
        np.testing.assert_array_equal(found[0], ref[grid], err_msg=title)
    # Step 1 also shows the kernel.
    np.testing.assert_array_equal(tables(steps[0][1])[1], ref["w"])
    if p[0] > k[0] - 1:
        assert "crop" in "\n".join(steps[2][1]).lower()


def test_the_lesson_output_table(capsys, english) -> None:
    code, out, _ = run(capsys, ["explain"])
    assert code == 0
    title, lines = split_steps(out)[4]
    assert title.endswith(f"5{TIMES}5")
    expected = reference((2, 2), (3, 3), (2, 2), (0, 0))["output"]
    assert expected[2, 2] == 1 * 9 + 2 * 7 + 3 * 3 + 4 * 1  # the centre, by hand: 36
    np.testing.assert_array_equal(tables(lines)[-1], expected)
    assert "= 5" in "\n".join(lines)


def zh_translates() -> bool:
    path = catalogue("zh")
    if path is None or not path.exists():
        return False
    t = QTranslator()
    return t.load(str(path)) and bool(t.translate("lesson", "5. The result y: {size}"))


def test_explain_in_chinese(capsys, english) -> None:
    code, out, err = run(capsys, ["explain", "--lang", "zh"])
    assert code == 0
    steps = split_steps(out)
    if catalogue("zh").exists() and zh_translates():
        assert any("\u4e00" <= ch <= "\u9fff" for ch in out)
        assert "no zh translation" not in err
    # The numbers do not depend on the language.
    assert len(steps) == 5
    expected = reference((2, 2), (3, 3), (2, 2), (0, 0))["output"]
    np.testing.assert_array_equal(tables(steps[4][1])[-1], expected)
    # And English comes back for the next command.
    install_language(QCoreApplication.instance(), "en")
    code, out, _ = run(capsys, ["explain"])
    assert code == 0 and split_steps(out)[0][0] == f"1. The input x: 2{TIMES}2"


@pytest.mark.parametrize(
    "args, needle",
    [
        (["--stride", "0"], "stride"),
        (["--output-padding", "2"], "output_padding"),
        (["--input", "abc"], "abc"),
        (["--input", "200"], "200"),
        (["--input", "100"], "199"),  # zero-inserted 100 + 99 > 128
        (["--padding", "9"], "output size"),
        (["--kernel", "2x3x4"], "2x3x4"),
        (["--lang", "fr"], "fr"),
    ],
)
def test_bad_params_exit_2_with_one_line(capsys, english, args, needle) -> None:
    code, out, err = run(capsys, ["explain", *args])
    assert code == 2
    assert out == ""
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert err.startswith("convt-lab explain: error:") or err.startswith("convt-lab: error:"), err
    assert needle in err
    assert "Traceback" not in err
