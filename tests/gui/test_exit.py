"""The real app starts and quits cleanly, 20 times, in fresh processes.

Seven runs close the window (``CONVT_LAB_AUTOQUIT=close:MS``), seven type
Ctrl+Q (``shortcut:MS``), six run ``convt-lab render``.  Each must exit with
code 0 and write no traceback and no fatal error: on Python 3.11 a Qt object
left alive at interpreter exit, or a refcount bug in PySide6, crashes only
there, after the last line of app code.  The runs go two at a time; a window
that does not quit is stopped by the timeout and fails its case.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
SCRIPT = Path(sys.executable).with_name("convt-lab")
COMMAND = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "convt_lab.gui.app"]
TIMEOUT = 15
WORKERS = 2
BAD = ("Traceback", "Fatal", "Segmentation fault", "Aborted", "core dumped", "Error calling")


@dataclass(frozen=True)
class Run:
    id: str
    args: tuple[str, ...]
    autoquit: str | None = None
    output: str | None = None


# Delays from "at once" (the first event loop turn) to well after the first paint;
# some runs in Chinese, so the translators are torn down at exit too.
RUNS = [
    *(Run(f"close-{ms}ms{'-zh' if n % 2 else ''}", ("--lang", "zh") if n % 2 else (), f"close:{ms}")
      for n, ms in enumerate((0, 1, 30, 120, 250, 400, 700))),
    *(Run(f"shortcut-{ms}ms{'-zh' if n % 2 else ''}", ("--lang", "zh") if n % 2 else (),
          f"shortcut:{ms}")
      for n, ms in enumerate((0, 1, 30, 120, 250, 400, 700))),
    Run("render-default", ("render",), output="default.png"),
    Run("render-select-dark", ("render", "--select", "2,2", "--theme", "dark"), output="dark.png"),
    Run("render-zh-font2", ("render", "--lang", "zh", "--font-scale", "2", "--step", "1"),
        output="zh.png"),
    Run("render-input-select", ("render", "--input", "3x4", "--kernel", "2x3", "--select-input",
                                "1,2", "--theme", "contrast-dark"), output="input.png"),
    Run("render-small", ("render", "--size", "320x240", "--padding", "1"), output="small.png"),
    Run("render-big", ("render", "--input", "8", "--stride", "3", "--output-padding", "2",
                       "--size", "1920x1080", "--select", "0,0"), output="big.png"),
]
assert len(RUNS) == 20


def launch(run: Run, cwd: Path) -> tuple[subprocess.CompletedProcess | None, float, str]:
    """Run one case; returns (result or None on timeout, seconds, problem or "")."""
    path = os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])
    # Close and shortcut runs each share one settings folder: later runs start
    # from what earlier ones saved, as a user's next launch would.
    config = cwd / "config" / run.id.split("-")[0]
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": path,
        "XDG_CONFIG_HOME": str(config),
        "PYTHONFAULTHANDLER": "1",
    }
    env.pop("CONVT_LAB_AUTOQUIT", None)
    if run.autoquit:
        env["CONVT_LAB_AUTOQUIT"] = run.autoquit
    args = list(run.args)
    if run.output:
        args += ["-o", str(cwd / run.output)]
    start = time.perf_counter()
    try:
        result = subprocess.run(
            [*COMMAND, *args], cwd=cwd, env=env, capture_output=True, text=True,
            timeout=TIMEOUT, check=False,
        )
    except subprocess.TimeoutExpired as exc:
        err = exc.stderr.decode(errors="replace") if isinstance(exc.stderr, bytes) else exc.stderr
        return None, time.perf_counter() - start, f"did not quit within {TIMEOUT} s; stderr: {err}"
    return result, time.perf_counter() - start, ""


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[str, tuple]:
    """All 20 runs, two at a time; maps run id to launch()'s answer."""
    cwd = tmp_path_factory.mktemp("exit")
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        answers = dict(zip((r.id for r in RUNS), pool.map(lambda r: launch(r, cwd), RUNS)))
    answers["_cwd"] = cwd
    return answers


def explain(result: subprocess.CompletedProcess) -> str:
    code = result.returncode
    how = f"exit code {code}"
    if code < 0:
        try:
            how = f"killed by {signal.Signals(-code).name} ({code})"
        except ValueError:
            pass
    return f"{how}; stdout: {result.stdout[-500:]!r}; stderr (tail): {result.stderr[-3000:]}"


@pytest.mark.slow
@pytest.mark.parametrize("run", RUNS, ids=lambda r: r.id)
def test_app_exits_cleanly(runs, run: Run) -> None:
    result, seconds, problem = runs[run.id]
    assert result is not None, problem
    assert result.returncode == 0, explain(result)
    for word in BAD:
        assert word not in result.stderr, explain(result)
    if run.output:
        with open(runs["_cwd"] / run.output, "rb") as f:
            assert f.read(8) == b"\x89PNG\r\n\x1a\n"


@pytest.mark.slow
def test_window_runs_saved_their_settings(runs) -> None:
    """Closing went through closeEvent, which saves the parameters."""
    for mode in ("close", "shortcut"):
        inis = list((runs["_cwd"] / "config" / mode).rglob("*.ini"))
        assert inis, f"no settings written by the {mode} runs"
        assert "params=" in inis[0].read_text(encoding="utf-8", errors="replace")
