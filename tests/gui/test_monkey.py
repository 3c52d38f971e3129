"""A monkey on one window: 2,000 random actions with a fixed seed.

The actions are a user's: parameter and channel spinners (their extremes
too), clicks and double clicks anywhere on the grids, the lesson's keys,
typing into a cell, play and stop, undo and redo, presets, fills, languages,
themes, font sizes, and clicks on the tabs, which open every view in
``VIEW_MODULES`` (views other parts add are covered too).  After each one the window must agree with core:

* every grid draws the shape of its array in the result, and the shown
  channel pair exists, the input channel in the output channel's group;
* a selected output cell (i, j) marks exactly kH*kW taps on the padded grid,
  the cells of ``result.window(i, j)``;
* a selected input cell (r, c) marks exactly the output cells of
  ``result.footprint(r, c)``.

An exception in any slot is recorded by a temporary ``sys.excepthook`` (the
app's own crash hook would show a dialog) and fails the test at the end, with
the action that raised it, so one failure does not hide the next.
"""

from __future__ import annotations

import collections
import random
import sys
import time
import traceback

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from convt_lab import core
from convt_lab.gui.lesson_text import STEP_GRIDS
from convt_lab.gui.model.presets import PRESETS
from convt_lab.gui.io.settings import FONT_SCALES, THEMES
from convt_lab.gui.views import VIEW_MODULES

#: Every tab: the lesson and each view registered in VIEW_MODULES (new ones included).
TABS = ("gather", *VIEW_MODULES)

SEED = 1234
ACTIONS = 2000
KEYS = [
    (Qt.Key.Key_Left, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Up, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Home, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_End, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_PageUp, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier),
]
FILLS = ("fill_input_ones", "fill_input_arange", "fill_kernel_ones", "fill_kernel_arange",
         "fill_kernel_delta")


def core_shapes(wt: core.Walkthrough) -> dict[str, tuple[int, int]]:
    return {
        "input": wt.x.shape,
        "zero_inserted": wt.zero_inserted.shape,
        "padded": wt.padded.shape,
        "output": wt.output.shape,
        "kernel": wt.weight.shape,
        "flipped": wt.flipped_kernel.shape,
    }


def check_invariants(window) -> str:
    """The drawn grids and highlights agree with core's result; AssertionError if not.

    Returns what was checked: "none", "output" or "input" (the selection's kind).
    """
    wt = window.state.result
    grids = window.grids
    drawn = {name: item.grid_shape for name, item in grids.items.items()}
    assert drawn == core_shapes(wt), "grid shapes differ from core"
    state = window.state
    setup = state.setup
    assert state.result.layer.shape == (setup.out_channels, *wt.output.shape)
    ci, co = state.document.pick
    assert 0 <= co < setup.out_channels and ci in setup.inputs_of(co), (ci, co, setup)
    selection = window.state.selection
    if selection is None:
        return "none"
    kind, i, j = selection
    shape = wt.output.shape if kind == "output" else wt.x.shape
    assert 0 <= i < shape[0] and 0 <= j < shape[1], f"selection {selection} outside {shape}"
    shown = STEP_GRIDS[state.step]  # grids of later lesson steps carry no highlights
    if kind == "output" and "padded" in shown:
        kh, kw = wt.weight.shape
        taps_input = grids.highlighted("padded", "tap_input")
        taps_zero = grids.highlighted("padded", "tap_zero")
        taps = (len(taps_input), len(taps_zero))
        assert sum(taps) == kh * kw, f"{taps} taps (input, zero) for a {kh}x{kw} kernel"
        assert taps_input | taps_zero == set(map(tuple, wt.window(i, j).tolist()))
    elif kind == "output":
        assert not grids.highlighted("padded"), "highlights on a grid the lesson has not reached"
    elif "output" in shown:
        footprint = {(int(a), int(b)) for a, b, _, _ in wt.footprint(i, j)}
        assert grids.highlighted("output", "footprint") == footprint
    else:
        assert not grids.highlighted("output"), "highlights on a grid the lesson has not reached"
    return kind


def double_click(qtbot, viewport, point: QPoint) -> None:
    """Press, release, double-click press, release: what a mouse sends.

    ``qtbot.mouseDClick`` alone sends only the double-click press, which
    pyqtgraph does not report as a double click.
    """
    button = Qt.MouseButton.LeftButton
    qtbot.mousePress(viewport, button, pos=point)
    qtbot.mouseRelease(viewport, button, pos=point)
    qtbot.mouseDClick(viewport, button, pos=point)
    qtbot.mouseRelease(viewport, button, pos=point)


class Monkey:
    """The random actions, each returning a short description for the report."""

    def __init__(self, window, qtbot, rng: random.Random):
        self.window, self.qtbot, self.rng = window, qtbot, rng
        self.opened: set[str] = set()  # the views seen in their tabs

    def spinner(self) -> str:
        rng = self.rng
        field = rng.choice(core.FIELDS)
        axis = rng.randrange(2)
        spin = self.window.params.spins[field][axis]
        pick = rng.random()
        value = spin.minimum() if pick < 0.25 else spin.maximum() if pick < 0.5 else rng.randint(
            spin.minimum(), spin.maximum())
        spin.setValue(value)
        return f"spinner {field}[{axis}] = {value}"

    def channels(self) -> str:
        """C_in, C_out, groups (invalid combinations too), bias, and the shown pair."""
        rng, panel = self.rng, self.window.channels
        name = rng.choice(("in_channels", "out_channels", "groups", "pick_in", "pick_out", "bias"))
        if name == "bias":
            panel.bias.click()
            return f"channels bias -> {panel.bias.isChecked()}"
        box = getattr(panel, name)
        pick = rng.random()
        value = box.minimum() if pick < 0.25 else box.maximum() if pick < 0.5 else rng.randint(
            box.minimum(), box.maximum())
        box.setValue(value)
        return f"channels {name} = {value}"

    def square(self) -> str:
        box = self.window.params.square
        box.click()
        return f"square -> {box.isChecked()}"

    def click(self) -> str:
        rng, window = self.rng, self.window
        viewport = window.grids.viewport()
        double = rng.random() < 0.12
        if double and rng.random() < 0.6:  # mostly where a double click opens the editor
            name = rng.choice(("input", "kernel"))
            rows, cols = window.grids.items[name].grid_shape
            row, col = rng.randrange(rows), rng.randrange(cols)
            centre = window.grids.cell_centre(name, row, col)
            point = centre.toPoint() if hasattr(centre, "toPoint") else QPoint(centre)
            where = f"{name}[{row}, {col}]"
        elif rng.random() < 0.5:
            rect = viewport.rect()
            point = QPoint(rng.randrange(rect.width()), rng.randrange(rect.height()))
            where = "anywhere"
        else:  # aim at a cell, so that most of these select something
            name = rng.choice(list(window.grids.items))
            rows, cols = window.grids.items[name].grid_shape
            row, col = rng.randrange(rows), rng.randrange(cols)
            centre = window.grids.cell_centre(name, row, col)
            point = centre.toPoint() if hasattr(centre, "toPoint") else QPoint(centre)
            where = f"{name}[{row}, {col}]"
        if double:
            double_click(self.qtbot, viewport, point)
            return f"double click {where} at {point.x()},{point.y()}"
        self.qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
        return f"click {where} at {point.x()},{point.y()}"

    def key(self) -> str:
        key, modifier = self.rng.choice(KEYS)
        self.qtbot.keyClick(self.window.grids, key, modifier)
        return f"key {key.name}{'+Ctrl' if modifier else ''}"

    def type_value(self) -> str:
        """Type into the cell editor when a double click has opened it."""
        editor = self.window.editor
        if not editor.isVisible():
            return self.key()
        text = self.rng.choice(("7", "-2.5", "0", "1e7", "abc", "nan"))
        editor.setText(text)
        self.qtbot.keyClick(editor, Qt.Key.Key_Return)
        return f"type {text!r} + Enter"

    def play(self) -> str:
        animator = self.window.animator
        if self.rng.random() < 0.5:
            animator.play()
            self.qtbot.wait(self.rng.randint(0, 15))
            return "play"
        animator.stop()
        return "stop"

    def undo_redo(self) -> str:
        action = self.window.actions_.undo if self.rng.random() < 0.6 else self.window.actions_.redo
        action.trigger()
        return "undo" if action is self.window.actions_.undo else "redo"

    def preset(self) -> str:
        key = self.rng.choice(PRESETS).key
        self.window.actions_.presets[key].trigger()
        return f"preset {key}"

    def fill(self) -> str:
        name = self.rng.choice(FILLS)
        getattr(self.window.actions_, name).trigger()
        return name

    def language(self) -> str:
        language = "zh" if self.window.language == "en" else "en"
        assert self.window.set_language(language), f"no catalogue for {language}"
        return f"language {language}"

    def theme(self) -> str:
        name = self.rng.choice(THEMES)
        self.window.set_theme(name)
        return f"theme {name}"

    def font(self) -> str:
        scale = self.rng.choice(FONT_SCALES)
        self.window.set_font_scale(scale)
        return f"font scale {scale}"

    def tab(self) -> str:
        """Click a tab in the tab bar, as a user switches views."""
        window = self.window
        name = self.rng.choice(TABS)
        bar = window.tabs.tabBar()
        index = window.tabs.indexOf(window._tab_pages[name])
        self.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        assert window.tabs.currentIndex() == index, f"tab {name} not shown after a click"
        if name != "gather":  # the view is built on first show and is what the tab shows
            view = window.views.get(name)
            assert view is not None, f"view {name} not built for its tab"
            # A widget added to a shown layout is shown by a queued call.
            self.qtbot.waitUntil(view.isVisible, timeout=2000)
            self.opened.add(name)
        return f"tab {name}"

    def repaint(self) -> str:
        self.window.grids.viewport().repaint()
        QApplication.processEvents()
        return "repaint"

    def weights(self) -> list[tuple]:
        return [
            (self.spinner, 22), (self.channels, 5), (self.square, 1), (self.click, 22),
            (self.key, 16), (self.type_value, 8), (self.play, 5), (self.undo_redo, 8),
            (self.preset, 3), (self.fill, 3), (self.language, 1.2), (self.theme, 1.5),
            (self.font, 1.0), (self.repaint, 4), (self.tab, 3),
        ]


@pytest.mark.slow
def test_monkey_keeps_the_window_consistent(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    rng = random.Random(SEED)
    monkey = Monkey(window, qtbot, rng)
    actions, weights = zip(*monkey.weights())
    errors: list[tuple[int, str, str]] = []
    done: list[str] = []
    checked = collections.Counter()

    def record(kind, value, tb) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        errors.append((len(done), done[-1] if done else "-", text))

    old_hook = sys.excepthook
    sys.excepthook = record
    start = time.perf_counter()
    try:
        for n in range(ACTIONS):
            done.append(rng.choices(actions, weights)[0]())
            if n % 25 == 0:
                QApplication.processEvents()  # timers, deferred deletes, paints
            try:
                checked[check_invariants(window)] += 1
            except AssertionError as err:
                raise AssertionError(
                    f"after action {n} ({done[-1]}); the last actions:\n  "
                    + "\n  ".join(done[-12:]) + f"\n{err}"
                ) from err
    finally:
        sys.excepthook = old_hook
        window.animator.stop()
        window.set_font_scale(1.0)
        window.set_theme("light")
        window.set_language("en")
    seconds = time.perf_counter() - start
    assert len(done) == ACTIONS
    kinds = collections.Counter(d.split()[0] for d in done)
    print(f"monkey: {ACTIONS} actions in {seconds:.1f} s; checked {dict(checked)}; {dict(kinds)}")
    # The invariants were checked in every state, and the rarer actions happened.
    assert checked["output"] > 200 and checked["input"] > 50 and checked["none"] > 50, checked
    for what in ("language zh", "font scale 2.0", "theme dark", "type ", "double click", "preset",
                 "channels groups", "channels bias", *(f"tab {name}" for name in TABS)):
        assert any(d.startswith(what) for d in done), f"no {what!r} among the actions"
    assert monkey.opened == set(VIEW_MODULES), f"views never shown: {set(VIEW_MODULES) - monkey.opened}"
    if errors:
        # One traceback per kind (its last line), with the action that raised it first.
        kinds: dict[str, tuple[int, str, str]] = {}
        for n, action, text in errors:
            kinds.setdefault(text.strip().splitlines()[-1], (n, action, text))
        report = "\n".join(
            f"--- {kind}\nfirst after action {n} ({action}):\n{text}"
            for kind, (n, action, text) in kinds.items()
        )
        pytest.fail(
            f"{len(errors)} exceptions in slots during {ACTIONS} actions ({seconds:.0f} s), "
            f"{len(kinds)} kinds:\n{report}",
            pytrace=False,
        )


def test_cell_editor_survives_its_cell_disappearing(make_window, user, qtbot) -> None:
    """A sequence the monkey can reach: type into a cell that a preset has removed.

    Double-click input (3, 3) of a 4x4 input, pick a 2x2 preset from the menu
    (menus leave the editor its focus), then type a value and press Enter.
    """
    window = make_window(core.ConvTParams(input_size=4))
    window.activateWindow()
    qtbot.waitActive(window)
    double_click(qtbot, window.grids.viewport(), user.point(window, "input", 3, 3))
    qtbot.waitUntil(window.editor.isVisible, timeout=2000)
    errors: list[str] = []
    old_hook = sys.excepthook
    sys.excepthook = lambda kind, value, tb: errors.append(f"{kind.__name__}: {value}")
    try:
        window.actions_.presets["lesson"].trigger()
        assert window.state.result.x.shape == (2, 2)
        if window.editor.isVisible():
            window.editor.setText("5")
            qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    finally:
        sys.excepthook = old_hook
    assert errors == [], "committing to input (3, 3) of a 2x2 input"
    assert window.state.result.x.shape == (2, 2)
    assert 5 not in window.state.result.x  # the value had nowhere to go
