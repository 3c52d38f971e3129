"""Channels, groups and bias, and which channel pair the lesson's grids show."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QSpinBox, QWidget

from convt_lab import core

from convt_lab.gui.state import LabState
from convt_lab.gui.texts import problem_text

__all__ = ["ChannelPanel"]


class ChannelPanel(QGroupBox):
    """C_in, C_out, groups and bias, plus the picker for the shown channels."""

    def __init__(self, state: LabState, parent: QWidget | None = None):
        super().__init__(self.tr("Channels"), parent)
        self.state = state
        grid = QGridLayout(self)

        def spin(name: str, low: int, high: int) -> QSpinBox:
            box = QSpinBox()
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
            with QSignalBlocker(box):  # showing the state is not a request
                box.setRange(low, high)
                box.setValue(value)
        with QSignalBlocker(self.bias):
            self.bias.setChecked(setup.bias)
        k = self.state.params.kernel_size
        text = self.tr(
            "weight (C_in, C_out/g, kH, kW) = {t}\nConv2d's: (C_out, C_in/g, kH, kW) = {c}"
        ).format(t=setup.weight_shape(k), c=setup.conv2d_weight_shape(k))
        if not setup.single:
            text += "\n" + self.tr("Output channel {o} reads input channels {c0}..{c1}.").format(
                o=co, c0=group[0], c1=group[-1]
            )
        self.shapes.setText(text)

    def _channels_changed(self, *_) -> None:
        self.state.set_channels(
            self.in_channels.value(), self.out_channels.value(), self.groups.value(),
            self.bias.isChecked(),
        )

    def _pick_changed(self, *_) -> None:
        self.state.set_pick(self.pick_in.value(), self.pick_out.value())

    def _show_problem(self, problem) -> None:
        if problem is not None and problem.param in ("in_channels", "out_channels", "groups"):
            self.problem.setText(problem_text(problem) + " " + self.tr(
                "The picture shows the last valid channels."))
        else:
            self.problem.clear()
