"""``convt-lab plan``: the size after every layer of a printed PyTorch model.

    convt-lab plan --input 100x1x1 generator.txt
    python -c "print(model)" | convt-lab plan --input 3x64x64 --json

The input is the text ``print(model)`` gives.  One line per layer goes to
standard output (``line N: Layer(...) -> C×H×W``); with ``--json`` a list of
``{"line", "layer", "output"}`` objects.  Layers the planner doesn't know and
channel mismatches are noted on standard error (once per line), and the plan
goes on.  A sized layer whose arguments can't be read or break a rule, a size
that breaks a rule, a repeat count above 1000 or a network of more than
10,000 layers (core.plan's MAX_REPEAT and MAX_LAYERS) ends with exit code 2
and one line naming the line and the problem.
"""

from __future__ import annotations

import argparse
import json
import re
import sys

from PySide6.QtCore import QCoreApplication

from convt_lab.gui.io.cli_types import _shown

__all__ = ["HELP", "add_arguments", "run"]

HELP = "print the size after every layer of a printed PyTorch model and exit"
PROG = "convt-lab plan"
#: The most text read from a file or standard input.
MAX_BYTES = 1 << 20
MAX_SIZE = 1 << 20


def _size(text: str) -> tuple[int, int, int]:
    m = re.fullmatch(r"\s*(\d+)\s*[xX\u00d7*]\s*(\d+)\s*[xX\u00d7*]\s*(\d+)\s*", text)
    if not m:
        raise argparse.ArgumentTypeError(QCoreApplication.translate(
            "cli", "expected CxHxW with whole numbers, got {text}").format(text=_shown(text)))
    # A number too long to read is simply too large (int() refuses past 4,300 digits).
    values = tuple(int(v) if len(v.lstrip("0")) <= 18 else MAX_SIZE + 1 for v in m.groups())
    if not all(1 <= v <= MAX_SIZE for v in values):
        raise argparse.ArgumentTypeError(QCoreApplication.translate(
            "cli", "each of C, H and W must be 1 to {high}, got {text}").format(
            high=MAX_SIZE, text=_shown(text)))
    return values  # type: ignore[return-value]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``convt-lab plan``."""
    from convt_lab.core.plan import MAX_LAYERS, MAX_REPEAT

    parser.epilog = (
        "Layers it doesn't know and channel mismatches are noted on stderr and the plan goes "
        "on (exit 0). A layer whose arguments can't be read or break a rule, a size that "
        f"breaks a rule, a repeat count above {MAX_REPEAT} or more than {MAX_LAYERS:,} layers "
        "prints one line naming the line number and exits with 2."
    )
    parser.add_argument("--input", dest="plan_input", type=_size, required=True, metavar="CxHxW",
                        help="the size going into the first layer, e.g. 100x1x1")
    parser.add_argument("--json", action="store_true",
                        help='print a JSON list of {"line", "layer", "output": [C, H, W]}')
    parser.add_argument("file", nargs="?", metavar="FILE",
                        help="the text print(model) gives (default: standard input)")


def _read(path: str | None) -> str:
    if path is None or path == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise ValueError(f"standard input is larger than {MAX_BYTES} bytes")
    elif not path.strip():
        raise ValueError("the file name is empty; give the file print(model)'s text is in, or - for "
                         "standard input")
    else:
        from convt_lab.gui.model.files import read_bounded

        try:
            data = read_bounded(path, MAX_BYTES)
        except OSError as err:
            raise ValueError(f"can't read {path}: {err.strerror or err}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValueError(f"{path or 'standard input'} is not UTF-8 text") from None


def _times(size) -> str:
    return "\u00d7".join(str(v) for v in size)


def run(args: argparse.Namespace) -> int:
    """Print the plan; 0 on success, 2 (one line on stderr) on bad input."""
    from convt_lab.core.plan import parse, plan

    try:
        text = _read(args.file)
    except ValueError as err:
        print(f"{PROG}: error: {err}", file=sys.stderr)
        return 2
    steps = plan(parse(text), args.plan_input)
    if not any(not s.skipped for s in steps):
        named = [s.layer for s in steps if s.layer.kind]
        if named:  # lines with layers, none of a kind the planner follows
            first = named[0]
            print(f"{PROG}: error: no layer the planner knows: line {first.line} holds "
                  f"{first.kind}, which it skips", file=sys.stderr)
        else:
            print(f"{PROG}: error: no layer found: give the text print(model) prints",
                  file=sys.stderr)
        return 2
    broken = next((s for s in steps if s.problem), None)
    if broken is not None:
        print(f"{PROG}: error: line {broken.layer.line}: {broken.layer.kind}: {broken.problem}",
              file=sys.stderr)
        return 2
    rows = []
    said: set[str] = set()  # a repeated line is noted once
    for step in steps:
        layer = step.layer
        note = None
        if step.skipped:
            name = layer.kind or layer.text[:40]
            note = f"{PROG}: line {layer.line}: skipped {name}: not a layer the planner knows"
        elif step.mismatch:
            note = f"{PROG}: line {layer.line}: channel mismatch: {step.mismatch}"
        if note and note not in said:
            said.add(note)
            print(note, file=sys.stderr)
        if not step.skipped:
            rows.append({"line": layer.line, "layer": layer.text, "output": list(step.output)})
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        for row in rows:
            print(f"line {row['line']}: {row['layer']} -> {_times(row['output'])}")
    return 0
