"""``convt-lab quiz`` and ``convt-lab worksheet``: output, determinism, bad arguments, the PDF.

The answers in ``--json`` are checked against the shape formula and per-side
P written here; the PDF is checked by its structure (its /Type /Page objects)
and, with poppler's ``pdftotext``, by its text (the answer key, in English and
in Chinese).  Under CI=true a missing ``pdftotext`` fails instead of skipping.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess

import pytest

from convt_lab.gui.app import main


@pytest.fixture(autouse=True)
def _app(qapp):
    """One QApplication, as the installed script makes for the worksheet; English after each test."""
    from convt_lab.gui.i18n import install_language

    yield qapp
    install_language(qapp, "en")


def run_main(capsys, argv):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def ref_size(H, k, s, p, op, d):
    return (H - 1) * s - 2 * p + d * (k - 1) + op + 1


def test_json_has_session_params_and_checked_answers(capsys):
    code, out, err = run_main(capsys, ["quiz", "--seed", "5", "--count", "12", "--json"])
    assert code == 0 and err == ""
    items = json.loads(out)
    assert len(items) == 12
    for item in items:
        p = item["params"]
        assert set(p) == {"input_size", "kernel_size", "stride", "padding", "output_padding", "dilation"}
        assert all(isinstance(v, list) and len(v) == 2 for v in p.values())
        size = [ref_size(*(p[f][a] for f in ("input_size", "kernel_size", "stride", "padding",
                                              "output_padding", "dilation"))) for a in (0, 1)]
        assert item["answers"]["output_size"] == size
        assert item["answers"]["P"] == [p["dilation"][a] * (p["kernel_size"][a] - 1) - p["padding"][a]
                                        for a in (0, 1)]
        assert len(item["x"]) == p["input_size"][0] and len(item["w"][0]) == p["kernel_size"][1]


def test_same_seed_same_output_other_seed_other(capsys):
    a = run_main(capsys, ["quiz", "--seed", "9", "--count", "4", "--json"])[1]
    b = run_main(capsys, ["quiz", "--seed", "9", "--count", "4", "--json"])[1]
    c = run_main(capsys, ["quiz", "--seed", "10", "--count", "4", "--json"])[1]
    assert a == b and a != c
    basic = json.loads(run_main(capsys, ["quiz", "--seed", "9", "--count", "6", "--json",
                                         "--difficulty", "basic"])[1])
    assert all(e["params"]["kernel_size"] == [3, 3] and e["params"]["stride"] == [2, 2] for e in basic)


def test_text_has_questions_then_the_key(capsys):
    code, out, _ = run_main(capsys, ["quiz", "--seed", "3", "--count", "2"])
    assert code == 0
    assert out.index("Exercise 2:") < out.index("Answer key")
    items = json.loads(run_main(capsys, ["quiz", "--seed", "3", "--count", "2", "--json"])[1])
    key = out[out.index("Answer key"):]
    for item in items:
        h, w = item["answers"]["output_size"]
        assert f"1. {h}\u00d7{w}" in key


def test_text_in_chinese(capsys):
    code, out, _ = run_main(capsys, ["quiz", "--seed", "3", "--count", "1", "--lang", "zh"])
    assert code == 0
    assert "参考答案" in out and "输出尺寸" in out and "Answer key" not in out


@pytest.mark.parametrize("argv", [
    ["quiz"],
    ["quiz", "--seed", "-1"],
    ["quiz", "--seed", "abc"],
    ["quiz", "--seed", "1", "--count", "0"],
    ["quiz", "--seed", "1", "--count", "100000"],
    ["quiz", "--seed", "1", "--lang", "fr"],
    ["quiz", "--seed", "1", "--difficulty", "hard"],
    ["worksheet", "--seed", "1"],
    ["worksheet", "--seed", "1", "-o", "sheet.png"],
    ["worksheet", "--seed", "1", "-o", "/no/such/folder/sheet.pdf"],
])
def test_bad_arguments_exit_2_with_one_line(capsys, argv):
    code, out, err = run_main(capsys, argv)
    assert code == 2
    assert out == "" and err.count("\n") == 1 and "Traceback" not in err


def _pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


@pytest.mark.parametrize("lang,key,question", [("en", "Answer key", "What is the output size"),
                                               ("zh", "参考答案", "输出尺寸")])
def test_worksheet_pdf(tmp_path, capsys, lang, key, question):
    out = tmp_path / "sheet.pdf"
    code, printed, err = run_main(capsys, ["worksheet", "--seed", "4", "--count", "3", "--lang", lang,
                                           "-o", str(out)])
    assert code == 0, err
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert _pages(data) == 4  # one page per exercise, the key on a page of its own
    assert not list(tmp_path.glob("*.part"))
    tool = shutil.which("pdftotext")
    if tool is None:
        if os.environ.get("CI") == "true":
            pytest.fail("pdftotext (poppler-utils) is needed to read the worksheet's text")
        pytest.skip("pdftotext (poppler-utils) is not installed")
    pages = []
    for n in range(1, 5):
        pages.append(subprocess.run([tool, "-f", str(n), "-l", str(n), str(out), "-"],
                                    capture_output=True, text=True, check=True).stdout)
    assert all(question in page for page in pages[:3]) and key not in "".join(pages[:3])
    assert key in pages[3] and question not in pages[3]
    items = json.loads(run_main(capsys, ["quiz", "--seed", "4", "--count", "3", "--json"])[1])
    for item in items:
        h, w = item["answers"]["output_size"]
        assert f"{h}\u00d7{w}" in pages[3]


def test_file_menu_writes_the_worksheet(make_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    answers = iter([(31, True), (2, True)])  # seed, then count
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: next(answers)))
    target = tmp_path / "class"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window = make_window()
    window.actions_.worksheet.trigger()
    pdf = tmp_path / "class.pdf"  # the suffix is added
    assert _pages(pdf.read_bytes()) == 3
    assert str(pdf) in window.statusBar().currentMessage()
