"""The lesson's five steps: live numbers in the text, and the window that walks through them.

Every number the tests expect is computed here from the size formulas of
PyTorch's ConvTranspose2d documentation (and, for output_padding, from the
forward Conv2d size rule by brute force), never read from the engine.
"""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from convt_lab import core
from convt_lab.gui.lesson_text import STEP_GRIDS, lesson_steps
from convt_lab.gui.model.presets import PRESETS
from tests.gui.helpers import said

MINUS, TIMES, DOT, ARROW = "\u2212", "\u00d7", "\u00b7", "\u2192"
PRESET = {p.key: p.params for p in PRESETS}


# -- the definitions, written out ----------------------------------------------
def inserted(n: int, s: int) -> int:
    """Zero insertion: s - 1 zeros between neighbours, H + (s - 1)(H - 1)."""
    return n + (s - 1) * (n - 1)


def pad(k: int, p: int, d: int) -> int:
    """Zeros on each side of the zero-inserted grid: d(k - 1) - p (crop when negative)."""
    return d * (k - 1) - p


def convt_size(n: int, k: int, s: int, p: int, op: int, d: int) -> int:
    """PyTorch's ConvTranspose2d: (H - 1)s - 2p + d(k - 1) + op + 1."""
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def conv_size(n: int, k: int, s: int, p: int, d: int) -> int:
    """PyTorch's Conv2d: floor((N + 2p - d(k - 1) - 1)/s) + 1."""
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def axis(params: core.ConvTParams, a: int) -> dict[str, int]:
    n, k, s, p, op, d = (getattr(params, f)[a] for f in core.FIELDS)
    return dict(n=n, k=k, s=s, p=p, op=op, d=d)


def grid_sizes(params: core.ConvTParams) -> dict[str, tuple[int, int]]:
    """(rows, cols) of the grid each step builds."""
    sizes: dict[str, list[int]] = {g: [] for g in ("input", "zero_inserted", "padded", "flipped", "output")}
    for a in (0, 1):
        v = axis(params, a)
        new = inserted(v["n"], v["s"])
        sizes["input"].append(v["n"])
        sizes["zero_inserted"].append(new)
        sizes["padded"].append(new + 2 * pad(v["k"], v["p"], v["d"]) + v["op"])
        sizes["flipped"].append(v["k"])
        sizes["output"].append(convt_size(**v))
    return {g: tuple(hw) for g, hw in sizes.items()}


def hxw(size: tuple[int, int]) -> str:
    return f"{size[0]}{TIMES}{size[1]}"


def result_formula(v: dict[str, int]) -> str:
    """The output-size formula with the numbers put in, as the lesson writes it."""
    return (
        f"({v['n']}{MINUS}1){DOT}{v['s']} {MINUS} 2{DOT}{v['p']} + {v['d']}{DOT}({v['k']}{MINUS}1)"
        f" + {v['op']} + 1 = {convt_size(**v)}"
    )


def steps_for(params: core.ConvTParams):
    x = np.arange(1, params.input_size[0] * params.input_size[1] + 1, dtype=float).reshape(params.input_size)
    w = np.ones(params.kernel_size)
    return lesson_steps(
        core.walkthrough(x, w, params.stride, params.padding, params.output_padding, params.dilation)
    )


# -- the text ------------------------------------------------------------------
LESSON = core.ConvTParams((2, 2), 3, 2, 0)


def test_lesson_example_has_five_steps_with_live_numbers() -> None:
    steps = steps_for(LESSON)
    assert len(steps) == 5
    v = axis(LESSON, 0)
    new = inserted(v["n"], v["s"])
    padded = new + 2 * pad(v["k"], v["p"], v["d"])
    out = convt_size(**v)
    assert (new, padded, out) == (3, 7, 5)  # the lesson's numbers, by hand

    # Step 2: zero insertion, 2 + 1*1 = 3.
    assert f"{v['n']} + {v['s'] - 1}{DOT}{v['n'] - 1} = {new}" in steps[1].body
    assert "2 + 1\u00b71 = 3" in steps[1].body
    # Step 3: padding, 3 + 2*2 = 7.
    assert f"{new} + 2{DOT}{pad(v['k'], v['p'], v['d'])} = {padded}" in steps[2].body
    assert "3 + 2\u00b72 = 7" in steps[2].body
    assert "crop" not in steps[2].body.lower()
    # Step 5: the whole formula.
    assert "(2\u22121)\u00b72 \u2212 2\u00b70 + 1\u00b7(3\u22121) + 0 + 1 = 5" in steps[4].body
    assert result_formula(v) in steps[4].body
    # Both axes agree: told once, no Height/Width lines.
    for step in steps:
        assert "Height:" not in step.body and "Width:" not in step.body


@pytest.mark.parametrize("key", sorted(PRESET))
def test_each_title_names_its_grids_size(key: str) -> None:
    params = PRESET[key]
    sizes = grid_sizes(params)
    steps = steps_for(params)
    assert [s.grid for s in steps] == ["input", "zero_inserted", "padded", "flipped", "output"]
    for step in steps:
        found = re.findall(rf"(\d+){TIMES}(\d+)", step.title)
        assert found, step.title
        # Step 4 slides the kernel: its title gives the output it makes, not the kernel.
        expected = sizes["output"] if step.grid == "flipped" else sizes[step.grid]
        assert tuple(map(int, found[-1])) == expected, (step.grid, step.title)
        assert step.title.startswith(f"{steps.index(step) + 1}. ")


def test_crop_case_says_crop() -> None:
    params = PRESET["crop"]
    v = axis(params, 0)
    p_ = pad(v["k"], v["p"], v["d"])
    assert p_ < 0  # the case this test is about
    step = steps_for(params)[2]
    assert "crop" in step.body.lower()
    new = inserted(v["n"], v["s"])
    assert f"Each side: crop {-p_} row" in step.body
    assert f"{new} + 2{DOT}({MINUS}{-p_}) = {new + 2 * p_}" in step.body
    assert f"Crop p {MINUS} d(k{MINUS}1) = {-p_}" in step.title
    assert step.title.endswith(hxw(grid_sizes(params)["padded"]))


@pytest.mark.parametrize(
    "params",
    [
        core.ConvTParams((2, 2), 3, 2, 0, 1),
        core.ConvTParams((3, 3), 3, 3, 1, 2),
        core.ConvTParams((4, 4), 2, 4, 1, 3),
    ],
    ids=["lesson-op1", "s3-op2", "s4-op3"],
)
def test_output_padding_case_explains_which_sizes_conv2d_maps_together(params) -> None:
    v = axis(params, 0)
    # Brute force: every N that Conv2d (same k, s, p, d) maps to the input size H.
    sizes = [n for n in range(1, 300) if conv_size(n, v["k"], v["s"], v["p"], v["d"]) == v["n"]]
    assert len(sizes) == v["s"] and convt_size(**v) in sizes
    base = convt_size(**{**v, "op": 0})
    body = steps_for(params)[4].body
    assert f"Conv2d(k={v['k']}, s={v['s']}, p={v['p']})" in body
    for n in sizes:
        assert f"op={n - base} {ARROW} {n}".replace("=", " = ") in body
    assert f"uses op = {v['op']}" in body
    # The old, false claim is gone: with p = 0 the op cells are zeros.
    assert "computed like any other" not in "\n".join(s.body for s in steps_for(params))


def test_without_output_padding_choice_there_is_no_why_text() -> None:
    # Stride 1, dilation 1: Conv2d maps each size to a different H, nothing to choose.
    for step in steps_for(core.ConvTParams((3, 3), 3, 1, 1)):
        assert "Why output_padding" not in step.body


def test_rectangular_case_has_a_line_per_axis() -> None:
    params = PRESET["rectangular"]
    h, w = axis(params, 0), axis(params, 1)
    assert (h["n"], h["s"]) != (w["n"], w["s"])  # the axes really differ
    steps = steps_for(params)

    lines = steps[1].body.split("\n")
    assert len(lines) == 2
    assert lines[0].startswith("Height:") and "H_new" in lines[0] and "W_new" not in lines[0]
    assert lines[1].startswith("Width:") and "W_new" in lines[1] and "H_new" not in lines[1]
    assert lines[0].endswith(f"= {inserted(h['n'], h['s'])}")
    assert lines[1].endswith(f"= {inserted(w['n'], w['s'])}")

    lines = steps[4].body.split("\n")
    # Two formula lines, then why output_padding for the height (s = 2) only.
    assert len(lines) == 3 and lines[2].startswith("Why output_padding (height): ")
    assert lines[0].startswith("Height:") and "H_out" in lines[0]
    assert lines[1].startswith("Width:") and "W_out" in lines[1]
    assert lines[0].endswith(result_formula(h))
    assert lines[1].endswith(result_formula(w))


# -- the window ----------------------------------------------------------------
def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Type a key into the grids, as the user of the active window does.

    Window shortcuts only fire in the active window; the offscreen platform
    activates a shown (or rebuilt) window a few events later, so wait for it.
    """
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window.grids, key, modifier)


def shown_grids(window) -> set[str]:
    """Grids drawn at full opacity; the others must be visibly dimmed."""
    shown = set()
    for name, item in window.grids.items.items():
        opacity = item.opacity()
        assert opacity == 1.0 or opacity < 0.5, (name, opacity)
        if opacity == 1.0:
            shown.add(name)
    return shown


def check_step(window, step: int) -> None:
    assert window.state.step == step
    sizes = grid_sizes(window.state.params)
    title = window.lesson.title.text()
    assert title.startswith(f"{step + 1}. ")
    grid = ["input", "zero_inserted", "padded", "output", "output"][step]
    assert title.endswith(hxw(sizes[grid])), title
    assert shown_grids(window) == set(STEP_GRIDS[step])
    assert window.lesson.prev.isEnabled() == (step > 0)
    assert window.lesson.next.isEnabled() == (step < 4)


def test_buttons_walk_through_the_steps(window, qtbot) -> None:
    check_step(window, 4)
    assert shown_grids(window) == set(window.grids.items)  # everything at the end
    bodies = []
    for step in (3, 2, 1, 0):
        qtbot.mouseClick(window.lesson.prev, Qt.MouseButton.LeftButton)
        check_step(window, step)
        bodies.append(said(window.lesson.body))
    assert "output" in window.grids.items and window.grids.items["output"].opacity() < 1
    qtbot.mouseClick(window.lesson.prev, Qt.MouseButton.LeftButton)  # disabled at the start
    check_step(window, 0)
    for step in (1, 2, 3, 4):
        qtbot.mouseClick(window.lesson.next, Qt.MouseButton.LeftButton)
        check_step(window, step)
        bodies.append(said(window.lesson.body))
    assert len(set(bodies[:4])) == 4  # each step says something else
    assert "2 + 1\u00b71 = 3" in bodies[2]
    assert "3 + 2\u00b72 = 7" in bodies[1]
    assert bodies[-1].split("\n")[0].endswith("= 5")


def test_page_keys_walk_through_the_steps(window, qtbot) -> None:
    for step in (3, 2, 1, 0, 0):
        press(qtbot, window, Qt.Key.Key_PageUp)
        check_step(window, step)
    for step in (1, 2, 3, 4, 4):
        press(qtbot, window, Qt.Key.Key_PageDown)
        check_step(window, step)


def test_step_text_follows_parameter_changes(window, qtbot) -> None:
    qtbot.mouseClick(window.lesson.prev, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.lesson.prev, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.lesson.prev, Qt.MouseButton.LeftButton)
    check_step(window, 1)
    assert "2 + 1\u00b71 = 3" in said(window.lesson.body)
    window.params.spins["stride"][0].setValue(3)  # square: both axes
    assert window.state.params.stride == (3, 3)
    check_step(window, 1)  # the step stays, its numbers follow
    assert f"2 + 2{DOT}1 = {inserted(2, 3)}" in said(window.lesson.body)
