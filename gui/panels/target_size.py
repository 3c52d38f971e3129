"""The "target size" field: pick output_padding as ``forward(x, output_size=[H, W])`` does.

Typing ``7x8`` asks core for the op that gives that output size (per axis,
PyTorch's rule: op = target − the size with op = 0, which must lie from 0 to
s − 1) and applies it with the target as one undo step; the copied PyTorch
code then calls ``forward(x, output_size=[7, 8])``.  A size no op reaches is
refused with its range, and nothing changes.  An empty field drops the
target and keeps the op.  A size typed and not applied yet, or refused,
lives on the state while the window is built again (a new language, theme
or font size), so the new field shows it still.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from convt_lab.core import ParamError
from convt_lab.core.output_size import OutputSizeError, drawable_sizes, with_output_size
from convt_lab.gui.model.document import DocumentError
from convt_lab.gui.state import LabState
from convt_lab.gui.texts import problem_text

__all__ = ["TargetSizeBox"]


MAX_DIGITS = 9  # a typed size longer than this is past every reachable one
#: The state's dynamic properties holding the text typed and not applied, and whether it was refused.
DRAFT, REFUSED = "targetSizeDraft", "targetSizeRefused"


def _range(low: int, high: int) -> str:
    return str(low) if low == high else f"{low}\u2013{high}"


class TargetSizeBox(QWidget):
    """A line edit for the target output size and a line saying what it did."""

    def __init__(self, state: LabState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.edit = QLineEdit()
        self.edit.setObjectName("targetSize")
        self.edit.setClearButtonEnabled(True)
        self.edit.returnPressed.connect(self.commit)
        self.edit.editingFinished.connect(self._left)
        self.edit.textChanged.connect(self._keep_draft)
        self.note = QLabel()
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Target size H\u00d7W")))
        row.addWidget(self.edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(9, 0, 9, 0)
        layout.addLayout(row)
        layout.addWidget(self.note)
        self._shown: tuple | None = None
        draft, refused = state.property(DRAFT), state.property(REFUSED)
        state.documentChanged.connect(self._show)
        self._show(state.document)
        if draft is not None:  # typed into the field of the window before it was built again
            self.edit.setText(draft)
            if refused:
                self.commit()  # says again why, in the new language

    @staticmethod
    def _text(document) -> str:
        """The field's text for ``document``'s target: "7×8", or empty."""
        target = document.output_size
        return "" if target is None else f"{target[0]}\u00d7{target[1]}"

    def _keep_draft(self, text: str, refused: bool = False) -> None:
        """Keep on the state the text typed and not applied yet (none when it shows the target)."""
        draft = None if text == self._text(self.state.document) else text
        self.state.setProperty(DRAFT, draft)
        self.state.setProperty(REFUSED, refused and draft is not None)

    def _forget_draft(self) -> None:
        """The typed text was applied: nothing is left to keep."""
        self.state.setProperty(DRAFT, None)
        self.state.setProperty(REFUSED, False)

    def _show(self, document) -> None:
        # Shown again only when what it shows changed: a click changes the
        # document's selection, not the sizes the layer can reach.
        key = (document.params, document.output_size, document.language, self.edit.hasFocus())
        if key == self._shown:
            return
        # A new language only says the same anew: what was typed and not applied stays.
        moved = self._shown is None or key[:2] + key[3:] != self._shown[:2] + self._shown[3:]
        self._shown = key
        target = document.output_size
        if moved and not self.edit.hasFocus():
            self.edit.setText(self._text(document))
        (lh, hh), (lw, hw) = drawable_sizes(document.params)
        if lh > hh or lw > hw:  # no op forward may pick gives a size here
            self.edit.setPlaceholderText(self.tr("none"))
            self.note.setText(self._none_text())
            self.edit.setToolTip(self.note.text())
            self.note.setVisible(False)
            return
        self.edit.setPlaceholderText(
            self.tr("{h} \u00d7 {w}").format(h=_range(lh, hh), w=_range(lw, hw)))
        if target is None:
            # The placeholder already shows the reachable sizes: the note stays a tooltip, so
            # the side panel keeps its room for the legend on a 1280x720 screen.
            self.note.setText(self.tr("forward(x, output_size=[H, W]) can give {h} \u00d7 {w}.").format(
                h=_range(lh, hh), w=_range(lw, hw)))
            self.edit.setToolTip(self.note.text())
            self.note.setVisible(False)
        else:
            self.note.setVisible(True)
            op = document.params.output_padding
            self.note.setText(self.tr("forward(x, output_size=[{h}, {w}]) picks op = ({a}, {b}).").format(
                h=target[0], w=target[1], a=op[0], b=op[1]))

    def _none_text(self) -> str:
        return self.tr("forward(x, output_size=[H, W]) gives no size here: it picks op from 0 to "
                       "s \u2212 1, and none of those gives this layer a size of at least 1 that "
                       "can be drawn.")

    def _say(self, text: str) -> None:
        """Why the typed size was refused, under the field (until the document next changes)."""
        self._shown = None
        self._keep_draft(self.edit.text(), refused=True)  # said again in a rebuilt window
        self.note.setText(text)
        self.note.setVisible(True)

    def _left(self) -> None:
        """The focus left the field: apply what was typed, unless the field is going away.

        A window built again (a new language, theme or font size) hides its old
        panels first, which takes the focus from here: what was typed then
        is kept for the new field instead of being applied unasked.
        """
        if self.edit.isVisible():
            self.commit()

    def commit(self) -> None:
        """Apply the typed target (or drop it when the field is empty)."""
        doc = self.state.document
        text = self.edit.text().strip()
        if not text:
            if doc.output_size is not None:
                self.state.apply(doc.replace(output_size=None), self.tr("Target size"))
            self._forget_draft()
            return
        m = re.fullmatch(r"(\d+)\s*(?:[xX\u00d7*,]\s*(\d+))?", text)
        if not m:
            self._say(self.tr("Type the size as H\u00d7W, such as 8x8."))
            return
        sizes = drawable_sizes(doc.params)
        if any(low > high for low, high in sizes):
            self._say(self._none_text())
            return
        digits = (m.group(1), m.group(2) or m.group(1))
        if max(len(d) for d in digits) > MAX_DIGITS:  # far past any size: no need to read it
            (lh, hh), (lw, hw) = sizes
            axis = 0 if len(digits[0]) > MAX_DIGITS else 1
            self._say(self.tr("No output_padding gives a size of {n} digits: the {axis} can be "
                              "{low} to {high}.").format(
                n=len(digits[axis]), axis=self.tr("height") if axis == 0 else self.tr("width"),
                low=(lh, lw)[axis], high=(hh, hw)[axis]))
            return
        target = (int(digits[0]), int(digits[1]))
        if target == doc.output_size:
            self._forget_draft()  # asks for the target shown: nothing left to keep
            self._show(doc)  # the note of a refused entry typed before goes
            return
        try:
            # The sizes forward(output_size=...) gives, as far as the lesson can draw them.
            params = with_output_size(doc.params, target, drawn=True)
        except OutputSizeError as err:
            v = err.values
            axis = self.tr("height") if err.axis == 0 else self.tr("width")
            if doc.params.stride[err.axis] == 1:  # forward takes no op at all
                text = self.tr("No output_padding gives {value}: with stride 1 the {axis} can only "
                               "be {low}.")
            elif v["low"] == v["high"]:  # the only size that can be drawn here
                text = self.tr("No output_padding gives {value}: the {axis} can only be {low} here.")
            else:
                text = self.tr("No output_padding gives {value}: the {axis} can be {low} to {high}.")
            self._say(text.format(value=v["value"], axis=axis, low=v["low"], high=v["high"]))
            return
        except ParamError as err:  # a size no layer can have, such as one past int32
            self._say(problem_text(err))
            return
        try:
            new = doc.with_params(params).replace(output_size=target)
        except DocumentError as err:  # e.g. a grid too large to draw
            self._say(str(err))
            return
        if self.state.apply(new, self.tr("Target size")):
            self._forget_draft()
            self._show(self.state.document)
