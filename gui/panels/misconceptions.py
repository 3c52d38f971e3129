"""Help → Misconceptions: the usual misreadings of ConvTranspose2d, each with the live numbers.

The card lists five short entries.  Each states the fact in general, then
shows it with the current layer's numbers (the picked channel pair), so a
teacher can point at the screen: what output_padding does to the last rows,
why padding crops, why the weight is laid out (C_in, C_out/groups, kH, kW),
that Conv2d after ConvTranspose2d gives the size but not the values back,
and where P = d(k−1) − p comes from.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from convt_lab.core import ChannelSetup

from convt_lab.gui.lesson_notes import full_text, op_strip_text
from convt_lab.gui.misconception_text import not_inverse_text, weight_layout_text
from convt_lab.gui.state import LabState

__all__ = ["MisconceptionsDialog", "misconception_entries"]


def misconception_entries(result) -> list[tuple[str, str]]:
    """(heading, text) of every entry, with the numbers of ``result`` (a Result or Walkthrough)."""
    hs, _ = result.steps
    p = result.params
    setup = getattr(result, "setup", None)
    op_live = op_strip_text(hs, "H") or QCoreApplication.translate(
        "misconceptions",
        "Here op = 0 on the height axis: set output_padding to see its rows."
    )
    entries = [
        (
            QCoreApplication.translate("misconceptions", "output_padding does not append zeros"),
            QCoreApplication.translate(
                "misconceptions",
                "op shrinks the bottom/right crop of the full scatter result from p to p \u2212 op. "
                "An op row holds sums where its index in the op strip is below p; only past that, "
                "with p = 0 for instance, is it zeros (plus the bias)."
            ) + "\n" + op_live,
        ),
        (
            QCoreApplication.translate("misconceptions", "Padding crops in ConvTranspose2d"),
            QCoreApplication.translate(
                "misconceptions",
                "ConvTranspose2d(p) is the transpose of Conv2d(p): where Conv2d adds p rows of zeros "
                "around its input, the transposed layer removes p rows from each side of its result."
            ) + "\n" + full_text(hs, "H"),
        ),
        (
            QCoreApplication.translate("misconceptions", "The weight layout is that of the Conv2d it transposes"),
            weight_layout_text(setup or ChannelSetup(), p.kernel_size),
        ),
        (
            QCoreApplication.translate("misconceptions", "Transposed is not inverse"),
            QCoreApplication.translate(
                "misconceptions",
                "Conv2d with the same kernel, stride, padding and dilation maps the output back to "
                "the input's size (when output_padding chose well), not to its values."
            ) + "\n" + not_inverse_text(
                result.x, result.weight, getattr(result, "pair_output", result.output),
                p.stride, p.padding, p.dilation,
            ),
        ),
        (
            QCoreApplication.translate("misconceptions", "Where P = d(k\u22121) \u2212 p comes from"),
            QCoreApplication.translate(
                "misconceptions",
                "With p = 0 the lesson computes a \u201cfull\u201d convolution: P = d(k\u22121) zeros "
                "on each side, so the first window's far corner just touches the first input. "
                "Each unit of p then crops one row or column from each side."
            ),
        ),
    ]
    return entries


class MisconceptionsDialog(QDialog):
    """A short card with the misconceptions, filled with the state's current numbers."""

    def __init__(self, state: LabState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Misconceptions"))
        self.text = QLabel()
        self.text.setObjectName("misconceptionsText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self.entries: list[tuple[str, str]] = []
        self._state = state
        state.resultChanged.connect(self._show)
        self._show(state.result)
        self.resize(720, 560)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Retell the card in the new language when it changes while the card is open."""
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("Misconceptions"))
            self._show(self._state.result)
        super().changeEvent(event)

    def _show(self, result) -> None:
        self.entries = misconception_entries(result)
        html = []
        for heading, text in self.entries:
            body = "<br>".join(_escape(line) for line in text.split("\n"))
            html.append(f"<h3>{_escape(heading)}</h3><p>{body}</p>")
        self.text.setText("".join(html))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
