"""``convt-lab quiz``: practice exercises as text (or JSON), with the answer key at the end.

The exercises come from :func:`convt_lab.gui.model.practice.exercises`, so the
same seed gives the same exercises here, in the window's Practice tab and on
the printed worksheet.
"""

from __future__ import annotations

import argparse
import json
import sys

from convt_lab.gui.io.cli_types import whole_in

__all__ = ["HELP", "add_arguments", "exercise_json", "quiz_text", "run"]

HELP = "print practice exercises from a seed, with the answer key at the end"
MAX_COUNT = 200


def seed_arg(text: str) -> int:
    from convt_lab.gui.model.practice import MAX_SEED

    return whole_in(text, "seed", 0, MAX_SEED)


def count_arg(text: str) -> int:
    return whole_in(text, "count", 1, MAX_COUNT)


def add_common(parser: argparse.ArgumentParser) -> None:
    """The options quiz and worksheet share."""
    parser.add_argument("--seed", type=seed_arg, required=True, metavar="N",
                        help="the same seed gives the same exercises (give the class one seed)")
    parser.add_argument("--count", type=count_arg, default=5, metavar="K",
                        help=f"how many exercises, 1 to {MAX_COUNT} (5)")
    # Left out here, a --lang given before the command (convt-lab --lang zh quiz) counts.
    parser.add_argument("--lang", choices=("en", "zh"), default=argparse.SUPPRESS,
                        help="language (en)")
    parser.add_argument("--difficulty", choices=("basic", "mixed"), default="mixed",
                        help="basic: the lesson's family (k=3, s=2); mixed: crops, op, dilation, "
                             "stride 1, rectangular (mixed)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_common(parser)
    parser.add_argument("--json", action="store_true",
                        help="print a JSON list: per exercise its params and answers")


def exercise_json(ex) -> dict:
    """One exercise as JSON: params (as in a session file), values, cell, target and answers."""
    return {
        "number": ex.number,
        "kind": ex.kind,
        "params": ex.params.as_dict(),
        "x": ex.x.tolist(),
        "w": ex.w.tolist(),
        "cell": list(ex.cell),
        "target": {"axis": ["height", "width"][ex.target_axis], "size": ex.target},
        "answers": ex.answers(),
    }


def quiz_text(items) -> str:
    """The exercises, then the answer key, as plain text in the installed language."""
    from PySide6.QtCore import QCoreApplication

    from convt_lab.gui.io.explain import number_table
    from convt_lab.gui.practice_text import answer_lines, case_line, questions

    blocks = []
    for ex in items:
        lines = [QCoreApplication.translate("practice", "Exercise {n}: {case}").format(n=ex.number, case=case_line(ex)), "",
                 "x =", number_table(ex.x), "", "w =", number_table(ex.w), ""]
        lines += [f"  {q + 1}. {text}" for q, text in enumerate(questions(ex))]
        blocks.append("\n".join(lines))
    key = [QCoreApplication.translate("practice", "Answer key")]
    for ex in items:
        key.append(QCoreApplication.translate("practice", "Exercise {n}:").format(n=ex.number))
        key += [f"  {q + 1}. {text}" for q, text in enumerate(answer_lines(ex))]
    return "\n\n".join(blocks) + "\n\n" + "\n".join(key) + "\n"


def run(args: argparse.Namespace) -> int:
    from convt_lab.gui.model.practice import exercises

    items = exercises(args.seed, args.count, args.difficulty)
    if args.json:
        json.dump([exercise_json(ex) for ex in items], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    from PySide6.QtCore import QCoreApplication

    from convt_lab.gui.i18n import install_language

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    language = getattr(args, "lang", None) or "en"
    if not install_language(app, language):
        print(f"convt-lab quiz: warning: no {language} translation found; using English",
              file=sys.stderr)
    sys.stdout.write(quiz_text(items))
    return 0
