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
        # The title names the size of the grid the step builds (step 4: the output its
        # slide makes), and its table has the step's grid.
        made = ref["output"] if grid == "flipped" else ref[grid]
        assert title_size(title) == made.shape, title
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


# -- the sentences, per side and per op ------------------------------------------
def conv_size(n, k, s, p, d):
    """PyTorch's Conv2d: floor((N + 2p - d(k - 1) - 1)/s) + 1."""
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


SIDES = {
    "en": re.compile(r"(Each side|Top/left|bottom/right): (?:add (\d+) \S+ of zeros|crop (\d+) \S+|(nothing) added)"),
    "zh": re.compile(r"(上下左右各|上方和左侧|下方和右侧)(?:补 (\d+) \S+?零|裁掉 (\d+) |(不补也不裁))"),
}


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize(
    "n, k, s, p, op",
    [(4, 3, 2, 3, 0), (3, 3, 3, 4, 1), (3, 3, 2, 3, 1), (3, 3, 3, 3, 2), (2, 3, 2, 0, 1), (2, 3, 2, 1, 1)],
    ids=["crop", "crop-op<|P|", "crop-op=|P|", "crop-op>|P|", "p0-op1", "p1-op1"],
)
def test_explain_tells_each_side(capsys, english, lang, n, k, s, p, op) -> None:
    assert lang == "en" or zh_translates()  # the built catalogue is committed
    args = ["explain", "--lang", lang, "--input", str(n), "--kernel", str(k), "--stride", str(s),
            "--padding", str(p), "--output-padding", str(op)]
    code, out, err = run(capsys, args)
    assert code == 0, err
    body = "\n".join(split_steps(out)[2][1])
    first = (k - 1) - p  # top/left: P = d(k - 1) - p, here d = 1
    last = first + op  # bottom/right: P + op
    said = [
        int(m.group(2)) if m.group(2) else -int(m.group(3)) if m.group(3) else 0
        for m in SIDES[lang].finditer(body)
    ]
    assert said == ([first] if op == 0 else [first, last]), body


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_explain_tells_the_op_allowed_only_by_dilation(capsys, english, lang) -> None:
    assert lang == "en" or zh_translates()  # the built catalogue is committed
    code, out, _ = run(capsys, ["explain", "--lang", lang, "--input", "2", "--kernel", "3", "--stride", "2",
                                "--dilation", "3", "--output-padding", "2"])
    assert code == 0
    title, lines = split_steps(out)[4]
    body = "\n".join(lines)
    size = (2 - 1) * 2 + 3 * (3 - 1) + 2 + 1  # (H-1)s - 2p + d(k-1) + op + 1
    assert size == 11 and title_size(title) == (11, 11)
    back = [m for m in range(1, 40) if conv_size(m, 3, 2, 0, 3) == 2]
    assert back == [9, 10]
    assert conv_size(11, 3, 2, 0, 3) == 3
    assert "\u230a(9 \u2212 7)/2\u230b + 1 = \u230a(10 \u2212 7)/2\u230b + 1 = 2" in body
    assert "op = 0 \u2192 9" in body and "op = 1 \u2192 10" in body
    assert "\u230a(11 \u2212 7)/2\u230b + 1 = 3" in body
    assert ("not 2" in body) if lang == "en" else ("不是 2" in body)


def test_explain_of_a_channel_result_names_its_weight_layout(english) -> None:
    from convt_lab import core
    from convt_lab.gui.io.explain import explain
    from convt_lab.gui.model.document import Document
    from convt_lab.gui.model.result import compute

    result = compute(Document().with_setup(core.ChannelSetup(4, 6, 2)))
    text = explain(result)
    # ConvTranspose2d(4 → 6, groups 2): weight (C_in, C_out/groups, kH, kW) = (4, 3, 3, 3).
    assert f"= (4, {6 // 2}, 3, 3)" in text
    assert "Conv2d(in_channels=6, out_channels=4, groups=2)" in text
    # The tables are the picked pair's: its output table equals the one-channel walkthrough's.
    assert split_steps(text)[4][1] == split_steps(explain(result.walkthrough))[4][1]


@pytest.mark.parametrize("cin, cout, groups, pick, others", [
    (4, 2, 2, (2, 1), [3]),  # group 1 holds input channels 2 and 3
    (3, 1, 1, (1, 0), [0, 2]),
    (2, 1, 1, (0, 0), [1]),
])
def test_explain_with_channels_tells_the_layer_it_was_given(capsys, english, cin, cout, groups,
                                                           pick, others) -> None:
    """The command line's channels reach the weight layout of step 1 and the header's wording.

    PyTorch's ConvTranspose2d(cin, cout, groups) has weight (cin, cout/groups, k, k), the
    layout of Conv2d(in_channels=cout, out_channels=cin, groups); output channel o sums the
    input channels of its group, (o // (cout/groups))·(cin/groups) onwards.
    """
    args = ["--in-channels", str(cin), "--out-channels", str(cout), "--groups", str(groups),
            "--pick", f"{pick[0]},{pick[1]}", "explain"]
    code, out, _ = run(capsys, args)
    assert code == 0
    conv = f"Conv2d(in_channels={cout}, out_channels={cin}" + (f", groups={groups})" if groups > 1 else ")")
    assert f"= ({cin}, {cout // groups}, 3, 3)" in out and conv in out, out[:600]
    header = out.split("\n\n")[0]
    if len(others) == 1:
        assert f"what input channel {others[0]} gives." in header, header
    else:
        assert f"what input channels {', '.join(map(str, others))} give." in header, header
    assert "1 output channels" not in header and "1 input channels" not in header
    code, out, _ = run(capsys, ["--lang", "zh", *args])
    header = out.split("\n\n")[0]
    assert f"输入通道 {'、'.join(map(str, others))} 给出的部分" in header, header
    assert "。 " not in header  # Chinese sentences run on without a space
