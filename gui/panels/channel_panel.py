"""Channels, groups and bias, and which channel pair the lesson's grids show."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QSpinBox, QWidget

from convt_lab import core
from convt_lab.gui.lesson_words import sentences
from convt_lab.gui.model.fills import arange

from convt_lab.gui.panels.common import problem_label, show_value
from convt_lab.gui.panels.param_panel import CHANNEL_PROBLEMS
from convt_lab.gui.panels.saying_spin import SayingSpinBox
from convt_lab.gui.state import LabState
from convt_lab.gui.texts import problem_text

__all__ = ["ChannelPanel", "unbroken"]

NBSP = "\u00a0"


def _numbered(kernel: np.ndarray, numbering: np.ndarray) -> bool:
    """Whether a kernel slice holds the app's own numbers, not typed ones.

    That is its place in the 1..n numbering, or any whole run of it (k·k + 1,
    k·k + 2, ...): a slice kept when the channels around it changed keeps
    the numbers it had in the old shape.
    """
    if np.array_equal(kernel, numbering):
        return True
    flat = kernel.ravel()
    start = flat[0] - 1
    return (flat.size > 1 and start >= 0 and start % flat.size == 0
            and np.array_equal(flat, np.arange(1, flat.size + 1) + start))


def unbroken(shape) -> str:
    """A shape tuple as text that a word-wrapping label never breaks inside."""
    # A word joiner after "/" too: line breaking may otherwise split "C_out/g".
    return "(" + f",{NBSP}".join(str(n).replace("/", "/\u2060") for n in shape) + ")"


class ChannelPanel(QGroupBox):
    """C_in, C_out, groups and bias, plus the picker for the shown channels."""

    def __init__(self, state: LabState, parent: QWidget | None = None):
        super().__init__(self.tr("Channels"), parent)
        self.state = state
        grid = QGridLayout(self)

        def spin(name: str, low: int, high: int) -> QSpinBox:
            box = SayingSpinBox()
            box.setObjectName(name)
            box.setRange(low, high)
            box.setKeyboardTracking(False)
            return box

        top = core.MAX_CHANNELS
        self.in_channels = spin("in_channels", 1, top)
        self.out_channels = spin("out_channels", 1, top)
        self.groups = spin("groups", 1, top)
        self.bias = QCheckBox(self.tr("Bias"))
        self.bias.setObjectName("bias")
        self.pick_in = spin("pick_in", 0, top - 1)
        self.pick_out = spin("pick_out", 0, top - 1)
        rows = [
            (self.tr("C_in, C_out"), self.in_channels, self.out_channels),
            (self.tr("Groups"), self.groups, self.bias),
            (self.tr("Show x[c] \u2192 y[o]"), self.pick_in, self.pick_out),
        ]
        for n, (text, a, b) in enumerate(rows):
            grid.addWidget(QLabel(text), n, 0)
            grid.addWidget(a, n, 1)
            grid.addWidget(b, n, 2)
        self.shapes = QLabel()
        self.shapes.setObjectName("weightShapes")
        self.shapes.setWordWrap(True)
        grid.addWidget(self.shapes, len(rows), 0, 1, 3)
        self.problem = problem_label("channelProblem")  # shown with a message only
        grid.addWidget(self.problem, len(rows) + 1, 0, 1, 3)
        self.note = QLabel()
        self.note.setObjectName("channelNote")
        self.note.setWordWrap(True)
        grid.addWidget(self.note, len(rows) + 2, 0, 1, 3)
        for box in (self.in_channels, self.out_channels, self.groups):
            box.valueChanged.connect(self._channels_changed)
        self.bias.toggled.connect(self._bias_toggled)
        self.pick_in.valueChanged.connect(self._pick_changed)
        self.pick_out.valueChanged.connect(self._pick_changed)
        state.resultChanged.connect(self._pull)
        state.problemChanged.connect(self._show_problem)
        self._pull()

    def _pull(self, *_) -> None:
        # A note of removed values is about the change just made: an undo brings them back.
        # (setText, unlike clear(), does nothing to a note already empty: clear() laid the
        # side panel out again at every change.)
        self.note.setText("")
        doc = self.state.document
        setup, (ci, co) = doc.setup, doc.pick
        group = setup.inputs_of(co)
        for box, value, low, high in (
            (self.in_channels, setup.in_channels, 1, core.MAX_CHANNELS),
            (self.out_channels, setup.out_channels, 1, core.MAX_CHANNELS),
            (self.groups, setup.groups, 1, core.MAX_CHANNELS),
            (self.pick_out, co, 0, setup.out_channels - 1),
            (self.pick_in, ci, group[0], group[-1]),
        ):
            show_value(box, value, low, high)
        with QSignalBlocker(self.bias):
            self.bias.setChecked(setup.bias)
        k = self.state.params.kernel_size
        # The tuples are joined with no-break spaces: a narrow panel wraps
        # before "=", never inside "(C_in, C_out/g, kH, kW)" or "(1, 1, 3, 3)".
        text = self.tr("weight {names} = {t}").format(
            names=unbroken(("C_in", "C_out/g", "kH", "kW")), t=unbroken(setup.weight_shape(k))
        ) + "\n" + (
            # With channels, the Conv2d with this layer's channel counts is named: it is not
            # the one this layer transposes (whose weight has this layer's layout).
            self.tr("Conv2d's: {names} = {c}") if setup.single
            else self.tr("Conv2d({ci}→{co}): {names} = {c}")
        ).format(
            ci=setup.in_channels, co=setup.out_channels,
            names=unbroken(("C_out", "C_in/g", "kH", "kW")), c=unbroken(setup.conv2d_weight_shape(k))
        )
        if not setup.single:
            if len(group) == 1:
                reads = self.tr("Output channel {o} reads input channel {c}.").format(
                    o=co, c=group[0])
            else:
                reads = self.tr("Output channel {o} reads input channels {c0} to {c1}.").format(
                    o=co, c0=group[0], c1=group[-1])
            text += "\n" + reads
        self.shapes.setText(text)

    def _counts(self) -> tuple[int, int, int]:
        """C_in, C_out and groups as the fields show them."""
        return self.in_channels.value(), self.out_channels.value(), self.groups.value()

    def _channels_changed(self, *_) -> bool:
        old = self.state.document
        ok = self.state.set_channels(*self._counts(), self.bias.isChecked())
        self.note.setText(self._dropped(old, self.state.document) if ok else "")
        return ok

    def _bias_toggled(self, on: bool) -> None:
        """Bias on or off: with the counts shown, or alone while one of them breaks a rule.

        A count waiting in its field (groups 2 with C_out 1) does not hold the
        bias back: the bias is applied with the counts in use, and the field
        keeps the waiting count with its problem until it is put right.
        """
        if self._channels_changed():
            return
        waiting, setup = self._counts(), self.state.setup
        if self.state.set_channels(setup.in_channels, setup.out_channels, setup.groups, on):
            for box, value in zip((self.in_channels, self.out_channels, self.groups), waiting):
                show_value(box, value)
            self.state.set_channels(*waiting, on)  # refused again: its problem is shown again
        else:  # refused alone too: the box shows what applies, the problem says why
            with QSignalBlocker(self.bias):
                self.bias.setChecked(self.state.setup.bias)

    def _dropped(self, old, new) -> str:
        """A note naming what was removed with its typed values: input channels, kernels, biases.

        Fewer channels (or other groups) cannot keep the values of the
        input channels, kernel slices and biases that go; saying so (and
        that undo brings them back) keeps the loss from being silent.  Empty
        when only the app's own numbers went.
        """
        inputs = [c for c in range(new.setup.in_channels, old.setup.in_channels)
                  if not np.array_equal(old.x[c], arange(old.x.shape)[c])]
        kept = new.w.shape[:2]  # with_setup keeps w[:C_in, :C_out/g] of the old slices
        numbering = arange(old.w.shape)
        kernels = [(a, b) for a in range(old.w.shape[0]) for b in range(old.w.shape[1])
                   if (a >= kept[0] or b >= kept[1]) and not _numbered(old.w[a, b], numbering[a, b])]
        biases = [o for o in range(new.setup.out_channels, old.setup.out_channels)
                  if old.b[o] != arange(old.b.shape)[o]]
        parts = []
        if inputs:
            parts.append((self.tr("The values typed into input channel {c} were removed with it.")
                          if len(inputs) == 1 else
                          self.tr("The values typed into input channels {c} were removed with them.")
                          ).format(c=", ".join(str(c) for c in inputs)))
        if kernels:
            parts.append((self.tr("The values typed into kernel {w} no longer fit the channels "
                                  "and were removed.")
                          if len(kernels) == 1 else
                          self.tr("The values typed into kernels {w} no longer fit the channels "
                                  "and were removed.")
                          ).format(w=", ".join(f"w[{a},{b}]" for a, b in kernels)))
        if biases:
            parts.append((self.tr("The bias of output channel {c} was removed with it.")
                          if len(biases) == 1 else
                          self.tr("The biases of output channels {c} were removed with them.")
                          ).format(c=", ".join(str(o) for o in biases)))
        if not parts:
            return ""
        return sentences(*parts, self.tr("Ctrl+Z brings them back."))

    def _pick_changed(self, *_) -> None:
        self.state.set_pick(self.pick_in.value(), self.pick_out.value())

    def _show_problem(self, problem) -> None:
        if problem is not None and problem.param in CHANNEL_PROBLEMS:
            self.problem.setText(problem_text(problem) + " " + self.tr(
                "The picture shows the last valid channels."))
        else:
            self.problem.clear()
        self.problem.setVisible(bool(self.problem.text()))  # an empty message takes no room
