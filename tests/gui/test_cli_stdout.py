"""Standard output that cannot be written ends a command with one line on stderr.

A full disk (``> /dev/full``) or a closed standard output (``>&-``) gives exit
code 1 and one line naming the problem, never a traceback nor Python's
"Exception ignored" at exit; a reader that has gone (``| head``) is no
failure.  Each case runs the real entry point in a fresh process, as a shell
would start it; Python's buffering is tried both ways, since an error shows
at the write (``-u``) or only at the flush.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

TIMEOUT = 60
COMMANDS = [
    pytest.param(["explain"], id="explain"),
    pytest.param(["quiz", "--seed", "1"], id="quiz"),
    pytest.param(["--help"], id="help"),
]
BUFFERING = [pytest.param([], id="buffered"), pytest.param(["-u"], id="unbuffered")]
needs_dev_full = pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")


def run(args: list[str], cwd: Path, python: list[str] = (), shell: str | None = None,
        **streams) -> subprocess.CompletedProcess:
    """Run ``python -m convt_lab args`` offscreen in ``cwd``, with its settings kept there.

    With ``shell``, the command runs as ``sh -c 'exec CMD <shell>'`` so a
    redirection such as ``>&-`` applies to it.
    """
    command = [sys.executable, *python, "-m", "convt_lab", *args]
    if shell is not None:
        command = ["sh", "-c", f'exec "$@" {shell}', "sh", *command]
    streams.setdefault("stderr", subprocess.PIPE)
    return subprocess.run(command, cwd=cwd, env=environment(cwd), timeout=TIMEOUT, check=False,
                          **streams)


def environment(cwd: Path) -> dict[str, str]:
    """Offscreen and in English; settings and data under ``cwd``; buffering left to Python."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(cwd / "config"),
           "XDG_DATA_HOME": str(cwd / "data"), "LC_ALL": "C.UTF-8"}
    env.pop("PYTHONUNBUFFERED", None)
    return env


def one_line(stderr: bytes) -> str:
    text = stderr.decode("utf-8", "replace")
    assert "Traceback" not in text and "Exception ignored" not in text, text
    lines = text.splitlines()
    assert len(lines) == 1, text
    return lines[0]


@needs_dev_full
@pytest.mark.parametrize("python", BUFFERING)
@pytest.mark.parametrize("args", COMMANDS)
def test_a_full_disk_is_said_in_one_line(tmp_path, args, python) -> None:
    with open("/dev/full", "wb") as full:
        result = run(args, tmp_path, python, stdout=full)
    line = one_line(result.stderr)
    assert result.returncode == 1, (result.returncode, line)
    assert line.startswith("convt-lab") and " error: " in line, line
    assert "could not write to standard output: the disk is full" in line, line


@pytest.mark.parametrize("args", COMMANDS)
def test_a_closed_standard_output_is_said_in_one_line(tmp_path, args) -> None:
    result = run(args, tmp_path, shell=">&-")
    line = one_line(result.stderr)
    assert result.returncode == 1, (result.returncode, line)
    assert "could not write to standard output: it is closed" in line, line


@pytest.mark.parametrize("args", COMMANDS)
def test_a_reader_that_has_gone_is_no_failure(tmp_path, args) -> None:
    read, write = os.pipe()
    os.close(read)  # as `| head -1` once it has its line: every write meets a broken pipe
    try:
        result = run(args, tmp_path, stdout=write)
    finally:
        os.close(write)
    assert result.returncode == 0, (result.returncode, result.stderr)
    assert result.stderr == b""


def test_a_reader_that_stops_early_is_no_failure(tmp_path) -> None:
    """``convt-lab explain | head -1``: one line read, then the pipe closed."""
    with open(tmp_path / "stderr.txt", "wb") as err, subprocess.Popen(
            [sys.executable, "-m", "convt_lab", "explain"], cwd=tmp_path, env=environment(tmp_path),
            stdout=subprocess.PIPE, stderr=err) as process:
        first = process.stdout.readline()
        process.stdout.close()
        code = process.wait(TIMEOUT)
    assert first.decode().startswith("1. "), first
    said = (tmp_path / "stderr.txt").read_text()
    assert code == 0 and said == "", (code, said)


@needs_dev_full
def test_stderr_unusable_too_ends_quietly_with_an_error_code(tmp_path) -> None:
    with open("/dev/full", "wb") as full:
        result = run(["explain"], tmp_path, stdout=full, stderr=full)
    assert result.returncode == 1
