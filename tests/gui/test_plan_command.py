"""``convt-lab plan`` against the real PyTorch sizes of tests/fixtures/plan_cases.json."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from convt_lab.gui.app import main

CASES = {c["name"]: c for c in json.loads(
    (Path(__file__).parents[1] / "fixtures" / "plan_cases.json").read_text())["models"]}
SCRIPT = Path(sys.executable).with_name("convt-lab")
COMMAND = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "convt_lab.gui.app"]


def _size_arg(case) -> str:
    return "x".join(str(v) for v in case["input"])


def _printed_lines(text: str) -> list[tuple[int, str]]:
    """(1-based line, layer text) of every line naming a layer, read directly from the text."""
    out = []
    for number, line in enumerate(text.splitlines(), start=1):
        body = line.strip()
        if body.startswith("(") and "): " in body:
            body = body.split("): ", 1)[1]
        if body.endswith(")") and "(" in body and body != ")":
            out.append((number, body))
    return out


@pytest.mark.parametrize("name", ["dcgan_generator", "unet_decoder_mismatch", "dilation_groups"])
def test_json_matches_pytorch(tmp_path, capsys, name) -> None:
    case = CASES[name]
    path = tmp_path / "model.txt"
    path.write_text(case["text"], encoding="utf-8")
    assert main(["plan", "--input", _size_arg(case), "--json", str(path)]) == 0
    out, err = capsys.readouterr()
    rows = json.loads(out)
    assert [set(r) for r in rows] == [{"line", "layer", "output"}] * len(rows)
    assert [(r["line"], r["layer"]) for r in rows] == _printed_lines(case["text"])
    assert [r["output"] for r in rows] == [layer["output"] for layer in case["layers"]]
    mismatches = sum(layer["mismatch"] for layer in case["layers"])
    assert err.count("channel mismatch") == mismatches


def test_text_output_one_line_per_layer(tmp_path, capsys) -> None:
    case = CASES["dcgan_generator"]
    path = tmp_path / "g.txt"
    path.write_text(case["text"], encoding="utf-8")
    assert main(["plan", "--input", "100x1x1", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(case["layers"])
    assert lines[-1] == "line 16: Tanh() -> 3\u00d764\u00d764"
    assert lines[0].startswith("line 3: ConvTranspose2d(100, 512") and lines[0].endswith("512\u00d74\u00d74")


def test_standard_input_and_skipped_layers(monkeypatch, capsys) -> None:
    text = "Sequential(\n  (0): Conv2d(3, 8, kernel_size=(3, 3))\n  (1): Attention(8)\n  (2): ReLU()\n)\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    assert main(["plan", "--input", "3x10x10", "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) == [
        {"line": 2, "layer": "Conv2d(3, 8, kernel_size=(3, 3))", "output": [8, 8, 8]},
        {"line": 4, "layer": "ReLU()", "output": [8, 8, 8]},
    ]
    assert err.strip() == "convt-lab plan: line 3: skipped Attention: not a layer the planner knows"


@pytest.mark.parametrize("name,line", [("bad_output_padding", 3), ("too_small", 3)])
def test_rule_broken_exit_2_names_the_line(tmp_path, capsys, name, line) -> None:
    case = CASES[name]
    path = tmp_path / "m.txt"
    path.write_text(case["text"], encoding="utf-8")
    assert main(["plan", "--input", _size_arg(case), str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.splitlines()) == 1
    assert err.startswith(f"convt-lab plan: error: line {line}: ")


@pytest.mark.parametrize("args,text,needle", [
    (["--input", "3x8"], "Conv2d(3, 3, 3)", "CxHxW"),
    (["--input", "0x8x8"], "Conv2d(3, 3, 3)", "1 to"),
    (["--input", "3x8x8"], "Conv2d(3, 3, kernel_size=(3, 3), stride=(1, x))", "line 1"),
    (["--input", "3x8x8"], "Conv2d(3, 3, kernel_size=(3, 3)", "line 1"),
    (["--input", "3x8x8"], "nothing here", "no layer"),
])
def test_bad_input_exit_2_one_line(tmp_path, capsys, args, text, needle) -> None:
    path = tmp_path / "m.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["plan", *args, str(path)]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and needle in err


def test_missing_file_and_binary(tmp_path, capsys) -> None:
    assert main(["plan", "--input", "1x2x2", str(tmp_path / "none.txt")]) == 2
    assert "can't read" in capsys.readouterr().err
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00garbage")
    assert main(["plan", "--input", "1x2x2", str(tmp_path / "b.txt")]) == 2
    assert "UTF-8" in capsys.readouterr().err


def test_real_script_reads_standard_input() -> None:
    case = CASES["dcgan_generator"]
    run = subprocess.run([*COMMAND, "plan", "--input", "100x1x1", "--json"], input=case["text"],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)[-1]["output"] == [3, 64, 64]


def test_repeated_layers_run_once_per_repeat(tmp_path, capsys) -> None:
    case = CASES["modulelist_repeats"]  # "(0-2): 3 x Conv2d" and "(0-1): 2 x Sequential("
    path = tmp_path / "m.txt"
    path.write_text(case["text"], encoding="utf-8")
    assert main(["plan", "--input", _size_arg(case), "--json", str(path)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["line"] for r in rows] == [3, 3, 3, 7, 8, 7, 8, 11]
    assert [r["output"] for r in rows] == [layer["output"] for layer in case["layers"]]


def test_a_printout_of_only_skipped_layers_names_the_first(tmp_path, capsys) -> None:
    path = tmp_path / "pool.txt"
    path.write_text("(0): AdaptiveAvgPool2d(output_size=(1, 1))\n")
    assert main(["plan", "--input", "1x1x1", str(path)]) == 2
    err = capsys.readouterr().err
    assert "line 1 holds AdaptiveAvgPool2d, which it skips" in err and "no layer found" not in err


def test_text_with_no_layer_at_all_says_none_was_found(tmp_path, capsys) -> None:
    path = tmp_path / "hello.txt"
    path.write_text("hello\n")
    assert main(["plan", "--input", "1x1x1", str(path)]) == 2
    assert "no layer found" in capsys.readouterr().err


def test_signs_nested_too_deeply_are_not_called_brackets(tmp_path, capsys) -> None:
    path = tmp_path / "minus.txt"
    path.write_text("(0): ConvTranspose2d(1, 1, kernel_size=(3, 3), stride=" + "-" * 3000 + "2)\n")
    assert main(["plan", "--input", "1x1x1", str(path)]) == 2
    err = capsys.readouterr().err
    assert "the expression nests too deeply" in err and "brackets" not in err, err
