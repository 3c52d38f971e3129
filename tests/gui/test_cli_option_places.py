"""Options go where they apply, and the language follows the system unless one is asked for.

- The window's options (parameters, channels, view, session) given before a
  command that takes none of them (quiz, plan, install-desktop, ...) are
  refused, not silently dropped.
- ``--session`` with ``--output-size`` is refused like every other parameter
  given with a session.
- ``explain`` and ``render`` speak the system's language when no ``--lang``
  is given, as ``--help`` says; quiz takes a ``--lang`` given before it.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from convt_lab.gui.app import main



@pytest.mark.parametrize("args, named", [
    (["--input", "0", "quiz", "--seed", "1"], "--input"),
    (["--view", "scatter", "--bias", "quiz", "--seed", "1"], "--view, --bias"),
    (["--kernel", "3", "install-desktop"], "--kernel"),
])
def test_the_windows_options_before_another_command_are_refused(sandbox, capsys, args,
                                                                 named) -> None:
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "takes none of the window's options" in err and named in err, err
    assert not (sandbox / "home" / ".local").exists()  # install-desktop did nothing


def test_a_session_with_an_output_size_is_refused(sandbox, capsys) -> None:
    session = sandbox / "s.convt.json"
    assert main(["render", "-o", "a.png"]) == 0  # a valid run first: the sandbox works
    from convt_lab.gui.model.document import Document
    from convt_lab.gui.model.session import save_session

    save_session(session, Document())
    assert main(["render", "--session", str(session), "--output-size", "6x6", "-o", "b.png"]) == 2
    assert "not both" in capsys.readouterr().err
    assert not (sandbox / "b.png").exists()


def _run(args, lang: str) -> str:
    env = {**os.environ, "LANG": lang, "LC_ALL": "", "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-m", "convt_lab", *args], env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.splitlines()[0]


def test_explain_follows_the_system_language(tmp_path) -> None:
    assert _run(["explain"], "zh_CN.UTF-8") == "1. 输入 x：2×2"
    assert _run(["explain"], "C.UTF-8") == "1. The input x: 2×2"
    assert _run(["explain", "--lang", "en"], "zh_CN.UTF-8") == "1. The input x: 2×2"


def test_quiz_takes_a_language_given_before_it(sandbox, capsys) -> None:
    assert main(["--lang", "zh", "quiz", "--seed", "1"]) == 0
    assert capsys.readouterr().out.startswith("练习 1")
    assert main(["quiz", "--seed", "1"]) == 0
    assert capsys.readouterr().out.startswith("Exercise 1")


def test_version_names_the_installed_version(sandbox, capsys) -> None:
    from importlib.metadata import version

    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"convt-lab {version('convt-lab')}"
