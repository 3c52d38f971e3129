"""Channels, groups and bias, and which channel pair the lesson's grids show."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QSpinBox, QWidget

from convt_lab import core
from convt_lab.gui.model.fills import arange

from convt_lab.gui.panels.common import show_value
from convt_lab.gui.panels.saying_spin import SayingSpinBox
from convt_lab.gui.state import LabState
from convt_lab.gui.texts import problem_text

__all__ = ["ChannelPanel", "unbroken"]

NBSP = "\u00a0"


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
        self.problem = QLabel()
        self.problem.setObjectName("channelProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020; font-weight: bold;")
        grid.addWidget(self.problem, len(rows) + 1, 0, 1, 3)
        self.problem.hide()  # shown with a message only
        self.note = QLabel()
        self.note.setObjectName("channelNote")
        self.note.setWordWrap(True)
        grid.addWidget(self.note, len(rows) + 2, 0, 1, 3)
        for box in (self.in_channels, self.out_channels, self.groups):
            box.valueChanged.connect(self._channels_changed)
        self.bias.toggled.connect(self._channels_changed)
        self.pick_in.valueChanged.connect(self._pick_changed)
        self.pick_out.valueChanged.connect(self._pick_changed)
        state.resultChanged.connect(self._pull)
        state.problemChanged.connect(self._show_problem)
        self._pull()

    def _pull(self, *_) -> None:
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
        ) + "\n" + self.tr("Conv2d's: {names} = {c}").format(
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

    def _channels_changed(self, *_) -> None:
        old = self.state.document
        ok = self.state.set_channels(
            self.in_channels.value(), self.out_channels.value(), self.groups.value(),
            self.bias.isChecked(),
        )
        self.note.setText(self._dropped(old, self.state.document) if ok else "")

    def _dropped(self, old, new) -> str:
        """A note naming removed input channels that held typed values; else empty.

        Fewer channels cannot keep the values of the ones removed; saying so
        (and that undo brings them back) keeps the loss from being silent.
        """
        gone = [c for c in range(new.setup.in_channels, old.setup.in_channels)
                if not np.array_equal(old.x[c], arange(old.x.shape)[c])]
        if not gone:
            return ""
        if len(gone) == 1:
            return self.tr(
                "The values typed into input channel {c} were removed with it; "
                "Ctrl+Z brings them back."
            ).format(c=gone[0])
        return self.tr(
            "The values typed into input channels {c} were removed with them; "
            "Ctrl+Z brings them back."
        ).format(c=", ".join(str(c) for c in gone))

    def _pick_changed(self, *_) -> None:
        self.state.set_pick(self.pick_in.value(), self.pick_out.value())

    def _show_problem(self, problem) -> None:
        if problem is not None and problem.param in ("in_channels", "out_channels", "groups"):
            self.problem.setText(problem_text(problem) + " " + self.tr(
                "The picture shows the last valid channels."))
        else:
            self.problem.clear()
        self.problem.setVisible(bool(self.problem.text()))  # an empty message takes no room
