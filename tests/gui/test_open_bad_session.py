"""File → Open in a running window: a file that cannot be shown changes nothing.

The message box is the app's ``QMessageBox.warning``; the test records what
it would show (title and text) instead of waiting for a click.  Saving onto a
symbolic link writes through the link, for sessions and for pictures.
"""

from __future__ import annotations

import json
import os
import time

import numpy as np
import pytest
from PySide6.QtWidgets import QMessageBox

from convt_lab.gui.io import file_actions
from convt_lab.gui.io.export import export_png
from convt_lab.gui.model.session import load_session

LESSON = {"input_size": [2, 2], "kernel_size": [3, 3], "stride": [2, 2], "padding": [0, 0],
          "output_padding": [0, 0], "dilation": [1, 1]}
BIG = 1e200  # finite; its square is not


def write(tmp_path, name: str, **fields) -> str:
    doc = {"format": "convt-lab-session", "version": 2, "params": LESSON,
           "x": [[[1, 2], [3, 4]]], "w": [[[[1, 2, 3], [4, 5, 6], [7, 8, 9]]]],
           # Everything else in the file differs from the window, so a half-applied
           # file would show.
           "language": "zh", "theme": "dark", "font_scale": 2.0, "step": 1, "view": "overlap",
           "selection": {"grid": "output", "row": 0, "col": 0}}
    doc.update(fields)
    path = tmp_path / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return str(path)


BAD = {
    "overflow": lambda t: write(t, "over.convt.json", x=[[[BIG, BIG], [BIG, BIG]]],
                                w=[[[[BIG] * 3] * 3]]),
    "overflow-other-channel": lambda t: write(
        t, "multi.convt.json",
        channels={"in_channels": 2, "out_channels": 2, "groups": 1, "bias": False, "pick": [0, 0]},
        x=[[[1, 1], [1, 1]], [[BIG, BIG], [BIG, BIG]]],
        w=[[[[1] * 3] * 3, [[1] * 3] * 3], [[[BIG] * 3] * 3, [[BIG] * 3] * 3]]),
    "selection-outside": lambda t: write(t, "far.convt.json",
                                         selection={"grid": "output", "row": 50, "col": 50}),
}


@pytest.fixture
def warnings(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: shown.append((title, text)))
    return shown


def snapshot(window) -> dict:
    doc = window.state.document
    return {"x": doc.x.copy(), "w": doc.w.copy(), "params": doc.params, "setup": doc.setup,
            "step": window.state.step, "selection": window.state.selection,
            "language": window.language, "theme": window.theme_name,
            "font_scale": window.font_scale, "view": doc.view,
            "output": window.state.result.output.copy(), "undo": window.state.undo_stack.count()}


def same(a: dict, b: dict) -> None:
    for key in a:
        if isinstance(a[key], np.ndarray):
            np.testing.assert_array_equal(a[key], b[key], err_msg=key)
        else:
            assert a[key] == b[key], key


@pytest.mark.parametrize("case", BAD)
def test_a_file_that_cannot_be_shown_changes_nothing(window, warnings, tmp_path, case) -> None:
    window.state.select(("output", 2, 3))
    before = snapshot(window)
    path = BAD[case](tmp_path)
    assert file_actions.open_session(window, path) is False
    (title, text), = warnings
    assert path in text and "unchanged" in text
    assert "overflows" in text if case.startswith("overflow") else "(50, 50)" in text
    same(before, snapshot(window))


def test_a_named_pipe_is_refused_without_freezing(window, warnings, tmp_path) -> None:
    pipe = tmp_path / "pipe.convt.json"
    os.mkfifo(pipe)
    before = snapshot(window)
    start = time.monotonic()  # nothing ever writes to the pipe: a blocking read never returns
    assert file_actions.open_session(window, str(pipe)) is False
    assert time.monotonic() - start < 5
    (_, text), = warnings
    assert "named pipe" in text
    same(before, snapshot(window))


def test_a_good_file_after_a_bad_one_opens_whole(window, warnings, tmp_path) -> None:
    assert file_actions.open_session(window, BAD["overflow"](tmp_path)) is False
    good = write(tmp_path, "good.convt.json", x=[[[5, 6], [7, 8]]], theme="dark", step=2,
                 language="en", font_scale=1.5)
    try:
        assert file_actions.open_session(window, good) is True
        np.testing.assert_array_equal(window.state.result.x, [[5, 6], [7, 8]])
        assert (window.theme_name, window.font_scale, window.state.step + 1) == ("dark", 1.5, 2)
    finally:  # the application font and palette outlive the window
        window.set_font_scale(1.0)
        window.set_theme("light")


# -- writing through symbolic links ---------------------------------------------------
def test_saving_a_session_onto_a_link_writes_its_target(window, warnings, tmp_path) -> None:
    target = tmp_path / "real" / "lesson.convt.json"
    target.parent.mkdir()
    target.write_text("old")
    link = tmp_path / "link.convt.json"
    link.symlink_to(target)
    assert file_actions.save_session(window, str(link)) is True
    assert link.is_symlink() and os.readlink(link) == str(target)
    np.testing.assert_array_equal(load_session(target).x, window.state.document.x)


def test_exporting_a_picture_onto_a_link_writes_its_target(window, tmp_path) -> None:
    target = tmp_path / "real.png"
    target.write_bytes(b"old")
    link = tmp_path / "link.png"
    link.symlink_to(target)
    export_png(window, str(link), (640, 400))
    assert link.is_symlink()
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# -- the messages of the overflow, finite and integer rules ------------------------------
def test_an_overflow_in_the_window_is_one_sentence_among_others(window) -> None:
    x = np.full((2, 2), BIG)
    assert window.state.set_values(x=x, w=np.full((3, 3), BIG)) is False
    text = window.params.problem.text()
    assert text.startswith("The result overflows"), text
    # Each sentence ends before the next begins ("…too large With the other…" was one).
    assert "large With" not in text and "compute. " in text, text
    np.testing.assert_array_equal(window.state.result.x, [[1, 2], [3, 4]])


@pytest.mark.parametrize("rule, values", [
    ("overflow", {}), ("finite", {"value": "nan"}), ("integer", {"value": 2.5}),
])
def test_the_rules_are_translated(qapp, rule, values) -> None:
    from convt_lab import core
    from convt_lab.gui.i18n import install_language
    from convt_lab.gui.texts import problem_text

    err = core.ParamError("x", rule, **values)
    english = problem_text(err)
    assert english.endswith(".")
    assert install_language(qapp, "zh")
    try:
        chinese = problem_text(err)
    finally:
        install_language(qapp, "en")
    assert any("\u4e00" <= ch <= "\u9fff" for ch in chinese), chinese
