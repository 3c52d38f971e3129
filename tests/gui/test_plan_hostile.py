"""Hostile printed models and sizes in ``convt-lab plan`` and the Plan tab.

Bad input gets one line (the command) or a row and a summary (the tab) that
names the line and the argument: no traceback, no hang, no exception reaching
``sys.excepthook`` (the app's "Something went wrong" box).
"""

from __future__ import annotations

import math
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from convt_lab.gui.app import main
from convt_lab.gui.state import LabState
from convt_lab.gui.views.plan_view import PlanView
from tests.gui.helpers import show

SCRIPT = Path(sys.executable).with_name("convt-lab")
COMMAND = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "convt_lab.gui.app"]
DIGITS = "7" * 5000
TIMES = "\u00d7"

#: (printed model, the line the problem is on, the layer, words the message must hold).
HOSTILE = [
    ("(0): Upsample(scale_factor=nan, mode=nearest)", 1, "Upsample", ["scale_factor", "nan"]),
    ("(0): Upsample(scale_factor=1e400)", 1, "Upsample", ["scale_factor", "inf"]),
    ("(0): Upsample(scale_factor=1e300)\n(1): Upsample(scale_factor=1e300)", 1, "Upsample",
     ["height", "9223372036854775807"]),
    ("(0): Upsample(scale_factor=abc)", 1, "Upsample", ["scale_factor", "abc"]),
    ("(0): Upsample(scale_factor=2+3j)", 1, "Upsample", ["scale_factor", "2+3j"]),
    ("(0): Upsample(scale_factor=(2.0,))", 1, "Upsample", ["scale_factor", "(2.0,)"]),
    ("(0): Upsample(size=(1, 2, 3))", 1, "Upsample", ["size", "(1, 2, 3)"]),
    ("(0): Upsample(size=(a, b))", 1, "Upsample", ["size", "(a, b)"]),
    ("(0): Upsample(size=0)", 1, "Upsample", ["size", "0"]),
    ("(0): Upsample(scale_factor=-2.0)\n(1): Conv2d(3, 3, kernel_size=(1, 1))", 1, "Upsample",
     ["scale_factor", "-2.0"]),
    ("(0): Upsample(scale_factor=True)", 1, "Upsample", ["scale_factor", "True"]),
    ("(0): MaxPool2d(kernel_size=2, stride=0, padding=0)", 1, "MaxPool2d",
     ["stride", "at least 1"]),
    ("(0): MaxPool2d(kernel_size=0)", 1, "MaxPool2d", ["kernel_size", "at least 1"]),
    ("(0): MaxPool2d(kernel_size=0, stride=1, padding=0)", 1, "MaxPool2d", ["kernel_size"]),
    ("(0): Conv2d(3, 8, kernel_size=(3,))", 1, "Conv2d", ["kernel_size", "(3,)"]),
    ("(0): ConvTranspose2d(3, 8, kernel_size=3, stride=(2,))", 1, "ConvTranspose2d",
     ["stride", "(2,)"]),
    ("(0): AvgPool2d(kernel_size=(2,), stride=2)", 1, "AvgPool2d", ["kernel_size", "(2,)"]),
    (f"(0): {DIGITS} x ReLU()", 1, "ReLU", ["repeat count", "1000"]),
    ("(0): 100000000 x ReLU()", 1, "ReLU", ["repeat count", "1000", "100000000"]),
    ("(0): 99999999999 x ReLU()", 1, "ReLU", ["repeat count", "99999999999"]),
    ("(0-9): 1000 x Sequential(\n(0): 1000 x Sequential(\n(0): 1000 x ReLU()\n)\n)", 2,
     "Sequential", ["10000 layers"]),
    # A misspelt keyword: PyTorch's ConvTranspose2d(..., strde=2) raises a TypeError.
    ("(0): ConvTranspose2d(3, 3, kernel_size=3, strde=2)", 1, "ConvTranspose2d",
     ["takes no argument", "strde"]),
    ("(0): MaxPool2d(kernel_size=2, paddin=1)", 1, "MaxPool2d", ["paddin"]),
]
IDS = [h[0].split("\n")[0][:45] for h in HOSTILE]


def _alarm(seconds: int):
    def stop(*_):
        raise AssertionError(f"still running after {seconds} s")

    signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)


# -- convt-lab plan ------------------------------------------------------------------
@pytest.mark.parametrize("text,line,kind,words", HOSTILE, ids=IDS)
def test_command_refuses_with_one_line_and_exit_2(tmp_path, text, line, kind, words) -> None:
    path = tmp_path / "model.txt"
    path.write_text(text, encoding="utf-8")
    run = subprocess.run([*COMMAND, "plan", "--input", "3x8x8", str(path)],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr and run.stdout == ""
    assert len(run.stderr.splitlines()) == 1, run.stderr
    assert run.stderr.startswith(f"convt-lab plan: error: line {line}: {kind}: "), run.stderr
    for word in words:
        assert word in run.stderr, run.stderr


def test_command_notes_a_repeated_line_once(tmp_path, capsys) -> None:
    path = tmp_path / "m.txt"
    path.write_text("(0): Conv2d(3, 3, 1)\n(1-4): 4 x Attention()\n(5-7): 3 x BatchNorm2d(7)\n",
                    encoding="utf-8")
    assert main(["plan", "--input", "3x8x8", str(path)]) == 0
    out, err = capsys.readouterr()
    assert err.splitlines() == [
        "convt-lab plan: line 2: skipped Attention: not a layer the planner knows",
        "convt-lab plan: line 3: channel mismatch: "
        "BatchNorm2d expects 7 input channels, but gets 3",
    ]
    assert len(out.splitlines()) == 1 + 3  # the conv and each run of the norm


# -- the Plan tab --------------------------------------------------------------------
@pytest.fixture
def hooked(monkeypatch):
    """Every exception that reaches sys.excepthook (what opens "Something went wrong")."""
    seen = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: seen.append(info))
    return seen


def _table(view) -> list[list[str]]:
    t = view.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


@pytest.mark.parametrize("text,line,kind,words", HOSTILE, ids=IDS)
def test_tab_shows_the_problem_row_and_summary(qtbot, hooked, text, line, kind, words) -> None:
    view = show(qtbot, PlanView(LabState()))
    view.input_size.setText(f"3{TIMES}8{TIMES}8")
    view.source.clear()
    first, _, rest = text.partition("\n")
    if len(first) < 200:
        qtbot.keyClicks(view.source, first)  # re-planned at every key, as a user types it
    else:
        view.source.setPlainText(first)
    if rest:
        view.source.appendPlainText(rest)
    assert hooked == []
    rows = _table(view)
    broken = [r for r in rows if r[3] and not r[3].startswith("after line")]
    assert broken and broken[0][0] == str(line), rows[:3]
    assert broken[0][2] == "\u2014"  # no size
    for word in words:
        assert word in broken[0][3], broken[0][3]
    summary = view.summary.text()
    assert summary.startswith(f"Line {line} breaks a rule: "), summary
    assert all(word in summary for word in words), summary
    assert len(rows) <= 1001  # the repeats were not written out


def test_pasting_a_huge_repeat_gives_one_row(qtbot, hooked) -> None:
    view = show(qtbot, PlanView(LabState()))
    view.input_size.setText(f"3{TIMES}8{TIMES}8")
    view.source.setPlainText("(0): 100000 x ReLU()")
    assert hooked == [] and view.table.rowCount() == 1
    assert "the repeat count must be 1 to 1000, but is 100000" in view.table.item(0, 3).text()
    # At the limit a line runs in full.
    view.source.setPlainText("(0-999): 1000 x ReLU()")
    assert view.table.rowCount() == 1000 and view.summary.text().startswith("1000 layers")


def test_summary_names_a_repeated_line_once(qtbot, hooked) -> None:
    view = show(qtbot, PlanView(LabState()))
    view.input_size.setText(f"3{TIMES}8{TIMES}8")
    view.source.setPlainText("(0): 500 x BatchNorm2d(7)\n(1): 20 x Attention()\n(2): ReLU()")
    assert hooked == [] and view.table.rowCount() == 521
    summary = view.summary.text()
    assert "Channel mismatch at line 1:" in summary and "Skipped line 2." in summary
    assert "1, 1" not in summary and "2, 2" not in summary


@pytest.mark.parametrize("typed", [f"100{TIMES}1{TIMES}1\u00b2", "\u00b3x8x8", "3x8x" + "9" * 5000])
def test_input_size_with_other_digits_is_refused(qtbot, hooked, typed) -> None:
    view = show(qtbot, PlanView(LabState()))
    view.input_size.setText(typed)
    assert hooked == [] and view.table.rowCount() == 0
    assert "three whole numbers" in view.summary.text()


@pytest.mark.parametrize("typed", ["64\u00b2", "\u00b9", f"64{TIMES}6\u2074", "9" * 5000])
def test_wanted_size_with_other_digits_is_refused(qtbot, hooked, typed) -> None:
    view = show(qtbot, PlanView(LabState()))
    view.target.setText(typed)
    assert hooked == []
    assert view.answer.text() == f"The wanted size must be whole numbers from 1 to 1048576: H{TIMES}W."


@pytest.mark.parametrize("typed", ["1x1048577x1", "0x1x1"])
def test_input_size_out_of_range_names_the_range(qtbot, hooked, typed) -> None:
    view = show(qtbot, PlanView(LabState()))
    view.input_size.setText(typed)
    assert hooked == [] and view.table.rowCount() == 0
    assert "from 1 to 1048576" in view.summary.text(), view.summary.text()


def test_input_size_in_full_width_digits_is_read(qtbot, hooked) -> None:
    """A Chinese input method types ３ｘ８ｘ８: read as 3x8x8, as the other fields read it."""
    view = show(qtbot, PlanView(LabState()))
    view.source.setPlainText("(0): ConvTranspose2d(3, 3, kernel_size=4, stride=2, padding=1)")
    view.input_size.setText("\uff13\uff58\uff18\uff58\uff18")
    assert hooked == [] and view.table.item(0, 2).text() == f"3{TIMES}16{TIMES}16"  # (8−1)·2 − 2 + 3 + 1


def test_wanted_size_on_a_huge_layer_answers_at_once(qtbot, hooked) -> None:
    view = show(qtbot, PlanView(LabState()))
    view.source.setPlainText("(0): ConvTranspose2d(1, 1, kernel_size=3, stride=(1000, 1000))")
    view.input_size.setText(f"1{TIMES}1048576{TIMES}1048576")
    base = (1048576 - 1) * 1000 + 1 * (3 - 1) + 1  # the size with padding 0, op 0
    assert view.table.item(0, 2).text() == f"1{TIMES}{base}{TIMES}{base}"
    _alarm(60)  # a search over every padding takes hours: fail instead of hanging
    try:
        qtbot.keyClicks(view.target, "1x1")
    finally:
        signal.alarm(0)
    # The smallest padding: base − 2p + op = 1 with 0 ≤ op < stride.
    p = math.ceil((base - 1) / 2)
    op = 1 - (base - 2 * p)
    assert 0 <= op < 1000
    assert hooked == []
    assert view.answer.text() == (
        f"Line 1 gives 1{TIMES}1 with padding={p}, output_padding={op}.")


def test_a_pasted_word_too_long_to_search_wraps_anywhere(qtbot) -> None:
    """A 300,000-character word froze the tab (Qt searched it for a word boundary at each
    wrap); it is laid out wrapping anywhere, and a model as print() shows it keeps words whole."""
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QTextOption

    from convt_lab.gui.views.plan_view import SourceEdit

    edit = SourceEdit()
    qtbot.addWidget(edit)
    edit.setPlainText("ConvTranspose2d(3, 3, kernel_size=3, stride=2)")
    assert edit.wordWrapMode() == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
    data = QMimeData()
    data.setText("y" * 300_000)
    edit.insertFromMimeData(data)
    assert edit.wordWrapMode() == QTextOption.WrapMode.WrapAnywhere
    assert len(edit.toPlainText()) == 300_000 + 46
    edit.setPlainText("ConvTranspose2d(3, 3, kernel_size=3, stride=2)")  # a normal text again
    assert edit.wordWrapMode() == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere


def test_opening_a_row_that_breaks_a_rule_gives_that_rule(qtbot, hooked) -> None:
    view = show(qtbot, PlanView(LabState()))
    view.source.setPlainText("(0): ConvTranspose2d(3, 3, kernel_size=(0, 0), stride=(0, 0))")
    assert not view.open_row(0)
    assert "kernel_size must be at least 1" in view.opened.text(), view.opened.text()
    assert "too large" not in view.opened.text() and hooked == []


@pytest.mark.parametrize("text, said", [
    ("(0): ConvTranspose2d(3, 3, kernel_size=3, strde=2)", "ConvTranspose2d 没有参数 'strde'"),
    ("(0): ConvTranspose2d(3, 3, 3, stride=2, stride=3)", "stride 给了两次"),
    ("(0): ConvTranspose2d(3, 3, 3, ((()", "括号里的文字不是 Python 代码"),
])
def test_why_arguments_cannot_be_read_is_said_in_chinese(qtbot, hooked, text, said) -> None:
    from PySide6.QtCore import QCoreApplication

    from convt_lab.gui.i18n import install_language

    assert install_language(QCoreApplication.instance(), "zh")
    try:
        view = show(qtbot, PlanView(LabState()))
        view.source.setPlainText(text)
        note = view.table.item(0, 3).text()
        assert said in note, note
        assert not re.search(r"[a-z]{3,} [a-z]{3,}", note.replace("kernel_size", "")), note
    finally:
        install_language(QCoreApplication.instance(), "en")
