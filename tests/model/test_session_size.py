"""The largest session the app can write opens again, and the read limit still refuses floods.

The largest document is built here from the app's documented limits: every
grid side at most ``core.MAX_SIDE`` (an input and a kernel that are both that
wide are allowed together, with padding one less, which gives a 1×1 output)
and at most ``core.MAX_CHANNELS`` channels in and out, in one group so that
the weight is as large as it can be.  Every value is written in the longest
form a float64 takes in a session (17 significant digits, a sign and a
three-digit exponent: 24 characters).  No Qt is needed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from convt_lab import core
from convt_lab.gui.model.document import Document
from convt_lab.gui.model.session import (
    MAX_SESSION_BYTES,
    SessionError,
    load_session,
    save_session,
)

LONG = -1.2345678901234567e-300
WIDEST = len("-1.2345678901234567e-300")  # 24: no float64 has a longer repr

SCRIPT = Path(sys.executable).with_name("convt-lab")
COMMAND = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "convt_lab.gui.app"]


def _pool(size: int = 4099) -> np.ndarray:
    """``size`` distinct floats next to LONG whose repr is as long as any float's."""
    ulp = np.spacing(abs(LONG))
    candidates = (LONG - np.arange(4 * size) * 7 * ulp).tolist()
    pool = [v for v in candidates if len(repr(v)) == WIDEST][:size]
    assert len(pool) == size
    return np.array(pool)


POOL = _pool()


def long_values(shape: tuple[int, ...], start: int) -> np.ndarray:
    """Values from POOL (each written in 24 characters) in an order that differs by position."""
    n = int(np.prod(shape))
    return POOL[(start + np.arange(n)) % len(POOL)].reshape(shape)


def largest_document() -> Document:
    side, channels = core.MAX_SIDE, core.MAX_CHANNELS
    params = core.ConvTParams(input_size=side, kernel_size=side, stride=1, padding=side - 1)
    setup = core.ChannelSetup(channels, channels, 1, bias=True)
    x_shape = (channels, side, side)
    w_shape = (channels, channels, side, side)  # (C_in, C_out / groups, kH, kW)
    n_x = int(np.prod(x_shape))
    return Document(
        params=params, setup=setup,
        x=long_values(x_shape, 0), w=long_values(w_shape, n_x),
        b=long_values((channels,), n_x + int(np.prod(w_shape))),
        selection=("output", 0, 0), step=5, view="transposed", theme="contrast-dark",
        font_scale=1.5, language="zh", output_size=(1, 1),
    )


@pytest.fixture(scope="module")
def largest(tmp_path_factory) -> tuple[Document, Path]:
    doc = largest_document()
    path = tmp_path_factory.mktemp("largest") / "layer.convt.json"
    save_session(path, doc)
    return doc, path


def test_the_values_are_the_longest_a_float_is_written_in():
    values = long_values((len(POOL),), 5)
    assert len(set(values.tolist())) == len(POOL)
    assert {len(repr(float(v))) for v in values} == {WIDEST}


def test_the_largest_session_the_app_saves_opens_again(largest):
    doc, path = largest
    n_values = doc.x.size + doc.w.size + doc.b.size
    assert n_values == 8 * 128 * 128 + 8 * 8 * 128 * 128 + 8
    size = path.stat().st_size
    # Every value was written in full (24 characters), so this is far past the old 1 MB limit.
    assert size >= n_values * WIDEST > 1_000_000
    back = load_session(path)
    for name in ("x", "w", "b"):
        assert getattr(back, name).tobytes() == getattr(doc, name).tobytes(), name
    assert back == doc


def test_the_limit_leaves_room_beyond_the_largest_session(largest):
    """A session another tool re-indents (one value a line) is about 1.4 to 1.8 times as large."""
    _, path = largest
    assert MAX_SESSION_BYTES >= 1.8 * path.stat().st_size


def test_the_command_line_opens_the_largest_session(largest):
    _, path = largest
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([*COMMAND, "explain", "--lang", "en", "--session", str(path)],
                            capture_output=True, text=True, timeout=300, env=env)
    assert "Traceback" not in result.stderr
    assert result.returncode == 0, result.stderr
    assert "too large" not in result.stderr
    assert "C_in = 8, C_out = 8" in result.stdout


def test_a_flood_of_tiny_arrays_is_refused_before_it_is_parsed(tmp_path):
    """Under the byte limit, but more values than any session holds: refused at once."""
    n = 3_000_000  # more arrays than the largest session's 1.2 million numbers, twice over
    text = '{"format": "convt-lab-session", "version": 2, "x": [' + "[]," * n + "[]]}"
    assert len(text) < MAX_SESSION_BYTES
    path = tmp_path / "flood.convt.json"
    path.write_text(text, encoding="utf-8")
    start = time.monotonic()
    with pytest.raises(SessionError) as info:
        load_session(path)
    assert time.monotonic() - start < 2.0
    message = str(info.value)
    assert "too many values" in message and "\n" not in message
