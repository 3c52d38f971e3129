"""Spinners for every parameter, per axis, with a "square" link.

The panel asks the state for the values on its spinners; the state keeps the
last valid result and reports a broken rule, which the panel shows inline
together with the values that would be valid.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QSpinBox, QToolTip, QWidget

from convt_lab import core

from convt_lab.gui.lesson_words import sentences
from convt_lab.gui.panels.common import problem_label, show_value
from convt_lab.gui.panels.saying_spin import SayingSpinBox, valid_now
from convt_lab.gui.state import LabState
from convt_lab.gui.texts import param_name, problem_text

__all__ = ["ParamPanel"]

#: Problems the channel panel shows, under the channels.
CHANNEL_PROBLEMS = frozenset({"in_channels", "out_channels", "groups", "in_channel", "bias"})
#: Problems of the values in the cells rather than of the parameters.
VALUE_PROBLEMS = frozenset({"x", "weight", "value"})

#: The dynamic property of the LabState that remembers the "Square" choice.
SQUARE_PROPERTY = "paramPanelSquare"


def _is_square(params: core.ConvTParams) -> bool:
    return all(a == b for a, b in params.as_dict().values())


class ParamPanel(QWidget):
    """Two spinners (height, width) for each field of :class:`core.ConvTParams`."""

    def __init__(self, state: LabState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self._last_field: str | None = None  # the field edited last in this panel
        grid = QGridLayout(self)
        labels = {
            "input_size": self.tr("Input H, W"),
            "kernel_size": self.tr("Kernel kH, kW"),
            "stride": self.tr("Stride s"),
            "padding": self.tr("Padding p"),
            "output_padding": self.tr("Output padding op"),
            "dilation": self.tr("Dilation d"),
        }
        self.square = QCheckBox(self.tr("Square: both axes together"))
        self.square.setObjectName("square")
        # The window builds its panels again for a new language or theme; the
        # user's choice lives on the state so the new panel keeps it.
        remembered = state.property(SQUARE_PROPERTY)
        self.square.setChecked(
            bool(remembered) if remembered is not None else _is_square(state.params))
        # Undo brings the link back with the parameters it was on for (see _pull).
        state.setProperty(SQUARE_PROPERTY, self.square.isChecked())
        state.kept_with_undo.add(SQUARE_PROPERTY)
        self.square.toggled.connect(self._square_toggled)
        grid.addWidget(self.square, 0, 0, 1, 3)
        self.spins: dict[str, tuple[QSpinBox, QSpinBox]] = {}
        self._places: dict[QSpinBox, tuple[str, int]] = {}  # spinner -> (field, axis)
        for row, field in enumerate(core.FIELDS, start=1):
            label = QLabel(labels[field])
            low, high = core.LIMITS[field]
            pair = []
            for axis in (0, 1):
                spin = SayingSpinBox(valid=lambda f=field, a=axis: core.valid_range(
                    self.state.params, f, a))
                spin.setRange(low, high)
                spin.setObjectName(f"{field}_{'hw'[axis]}")
                spin.setKeyboardTracking(False)
                spin.valueChanged.connect(lambda v, f=field, a=axis: self._spun(f, a, v))
                self._places[spin] = (field, axis)
                grid.addWidget(spin, row, 1 + axis)
                pair.append(spin)
            label.setBuddy(pair[0])
            grid.addWidget(label, row, 0)
            self.spins[field] = (pair[0], pair[1])
        # A spinner has no tooltip of its own: Qt passes the ToolTip event on to
        # this panel, which works the valid range out when it is asked for.
        self.installEventFilter(self)
        self.problem = problem_label("problem")
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.problem, len(core.FIELDS) + 1, 0, 1, 3)
        grid.setRowStretch(len(core.FIELDS) + 2, 1)
        state.resultChanged.connect(self._pull)
        state.problemChanged.connect(self._show_problem)
        self._pull()
        self._show_problem(state.problem)

    def _pull(self, *_) -> None:
        """Show the state's parameters without echoing them back."""
        params = self.state.params
        # A rectangular preset or session breaks the link; an undo or redo back to
        # square parameters that were linked brings it back (the state kept it).
        linked = bool(self.state.property(SQUARE_PROPERTY)) and _is_square(params)
        if linked != self.square.isChecked():
            with QSignalBlocker(self.square):  # the parameters are already as they should be
                self.square.setChecked(linked)
        self.state.setProperty(SQUARE_PROPERTY, linked)
        for field, spins in self.spins.items():
            for axis, spin in enumerate(spins):
                show_value(spin, getattr(params, field)[axis])

    def valid_text(self, field: str, axis: int) -> str:
        """The tooltip of a spinner: the values it may take now, the others staying."""
        valid = core.valid_range(self.state.params, field, axis)
        return valid_now(*valid) if valid else ""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        # Twelve ranges at every change would cost a large layer's change a
        # third of its time; one range when the mouse rests on a spinner does not.
        if watched is not self or event.type() != QEvent.Type.ToolTip:
            return False
        under = self.childAt(event.pos())
        while under is not None and under is not self and under not in self._places:
            under = under.parentWidget()
        place = self._places.get(under) if under is not None else None
        if place is None:
            return False
        text = self.valid_text(*place)
        if not text:
            QToolTip.hideText()
            return False
        QToolTip.showText(event.globalPos(), text, under)
        return True

    def _requested(self) -> dict[str, tuple[int, int]]:
        return {f: (s[0].value(), s[1].value()) for f, s in self.spins.items()}

    def _spun(self, field: str, axis: int, value: int) -> None:
        self._last_field = field
        if self.square.isChecked():
            other = self.spins[field][1 - axis]
            with QSignalBlocker(other):
                other.setValue(value)
        self.state.request(**self._requested())

    def _square_toggled(self, on: bool) -> None:
        self.state.setProperty(SQUARE_PROPERTY, on)
        if not on:
            return
        for height, width in self.spins.values():
            with QSignalBlocker(width):
                width.setValue(height.value())
        self.state.request(**self._requested())

    def _show_problem(self, problem) -> None:
        # The channel panel says what is wrong with the channels, under them.
        if problem is not None and problem.param in CHANNEL_PROBLEMS:
            problem = None
        # An empty message takes no room: the side panel keeps its legend on a 720p screen.
        self.problem.setVisible(problem is not None)
        if problem is None:
            self.problem.clear()
            return
        text = problem_text(problem)
        # The field last edited here; in a panel just built again (a new language, theme
        # or font) none was, and the problem names its own parameter.
        field = self._last_field or (problem.param if problem.param in core.FIELDS else None)
        hints = []
        # The range of that field, when the problem is one of the parameters'
        # (a typed value that overflows is not the input size's fault).
        for axis in (0, 1) if problem.param not in VALUE_PROBLEMS and field else ():
            valid = core.valid_range(self.state.params, field, axis)
            if valid:
                hints.append(f"{valid[0]}\u2013{valid[1]}")
        parts = [text]
        if hints:
            parts.append(self.tr("With the other values as shown before, {name} may be {values}.").format(
                name=param_name(field), values=" / ".join(dict.fromkeys(hints))
            ))
        parts.append(self.tr("The picture shows the last valid values.")
                     if problem.param in VALUE_PROBLEMS
                     else self.tr("The picture shows the last valid parameters."))
        self.problem.setText(sentences(*parts))
