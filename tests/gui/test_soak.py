"""Soak: 5,000 mixed operations on one real window, in a separate process.

The driver (``soak_driver.py``) turns the real spinners through every field
and extreme, selects and moves, plays the animation, undoes and redoes, and
forces repaints.  It runs in its own interpreter because a crash inside Qt
(PySide6 6.12 on Python 3.11 aborts on a bad None refcount; a bad
``QGraphicsItem`` override segfaults) would otherwise end the whole pytest run
without a report.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
OPERATIONS = 5000
TIMEOUT = 240  # about 15 s here; a hang must still end


@pytest.fixture(scope="module")
def soak(tmp_path_factory) -> subprocess.CompletedProcess:
    """Run the driver once for the tests of this module."""
    cwd = tmp_path_factory.mktemp("soak")
    path = os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QT_LOGGING_RULES": "qt.qpa.*=false",
        "PYTHONPATH": path,
        "XDG_CONFIG_HOME": str(cwd / "config"),
        "PYTHONFAULTHANDLER": "1",  # a segfault prints the Python stack
    }
    return subprocess.run(
        [sys.executable, str(HERE / "soak_driver.py"), str(OPERATIONS)],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False,
    )


def describe(result: subprocess.CompletedProcess) -> str:
    code = result.returncode
    how = f"exit code {code}"
    if code < 0:
        try:
            how = f"killed by {signal.Signals(-code).name} (return code {code})"
        except ValueError:
            pass
    return (f"{how}\n--- stdout (tail) ---\n{result.stdout[-1500:]}"
            f"\n--- stderr (tail) ---\n{result.stderr[-4000:]}")


def counter(result: subprocess.CompletedProcess, name: str) -> int:
    lines = [line for line in result.stdout.splitlines() if line.startswith(name + " ")]
    assert lines, f"no {name} line\n{describe(result)}"
    return int(lines[-1].split()[1])


@pytest.mark.slow
def test_soak_runs_to_the_end_without_crashing(soak) -> None:
    assert soak.returncode == 0, describe(soak)
    assert f"SOAK OK {OPERATIONS}" in soak.stdout, describe(soak)
    assert "Fatal" not in soak.stderr and "Traceback" not in soak.stderr.split("exception #")[0]


@pytest.mark.slow
def test_soak_raises_no_exception_in_any_slot(soak) -> None:
    assert counter(soak, "EXCEPTIONS") == 0, describe(soak)


@pytest.mark.slow
def test_soak_grids_always_match_core(soak) -> None:
    assert counter(soak, "INVARIANTS") == 0, describe(soak)


@pytest.mark.slow
def test_soak_tried_rule_breaking_combinations(soak) -> None:
    """The spinners did reach values the rules refuse, not only easy ones."""
    assert counter(soak, "REFUSED") > 50, describe(soak)
