"""One student's practice, kept on the state: the set, the score, and what is being typed.

The window builds its views again when the language, theme or font size
changes.  The practice session (a child of the state) outlives them; the
answers being typed, the cells being clicked and a seed or difficulty not
yet applied with "New set" are kept on it too (:func:`follow`), so nothing
typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from convt_lab.gui.model import practice
from convt_lab.gui.state import LabState

__all__ = ["SET_SIZE", "PracticeSession", "follow"]

SET_SIZE = 10


class PracticeSession(QObject):
    """One student's practice: the set, where they are, their answers and the score."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.seed = 1
        self.difficulty = "mixed"
        self.index = 0
        self.right = 0
        self.asked = 0
        self.items: list[practice.Exercise] = []
        # (exercise, question) -> the verdict of its first answer, or of a later right one
        self.checked: dict[tuple[int, int], practice.Verdict] = {}
        self.draft: dict | None = None  # typed, not yet checked (see practice_drafts)
        self.new_set(self.seed, self.difficulty)

    @classmethod
    def of(cls, state: LabState) -> PracticeSession:
        session = state.findChild(PracticeSession)
        return session if session is not None else cls(state)

    def new_set(self, seed: int, difficulty: str) -> None:
        self.seed, self.difficulty = int(seed), difficulty
        self.items = practice.exercises(self.seed, SET_SIZE, difficulty)
        self.index = 0
        self.checked = {}

    @property
    def exercise(self) -> practice.Exercise:
        return self.items[self.index]

    def record(self, question: int, verdict: practice.Verdict) -> None:
        """Count the first answer to each question in the score."""
        key = (self.index, question)
        if key not in self.checked:
            self.asked += 1
            self.right += int(verdict.correct)
        if key not in self.checked or verdict.correct:
            self.checked[key] = verdict


def follow(view) -> None:
    """Put the session's draft back into ``view``'s fields, then keep it as they change."""
    session = view.session
    draft = getattr(session, "draft", None)
    if draft is not None:
        view.seed.setValue(draft["seed"])
        index = view.difficulty.findData(draft["difficulty"])
        if index >= 0:
            view.difficulty.setCurrentIndex(index)
        for box, value in zip((*view.size_boxes, *view.pad_boxes), (*draft["size"], *draft["pad"])):
            box.setValue(value)
        view.value_edit.setText(draft["value"])
        view.op_box.setValue(draft["op"])
        # Cells clicked for the exercise shown, while its question is still open.
        if draft["index"] == session.index and (session.index, 2) not in session.checked:
            view.picked = set(draft["picked"])
            view._show_picked()

    def keep(*_) -> None:
        session.draft = {
            "seed": view.seed.value(), "difficulty": view.difficulty.currentData(),
            "size": tuple(b.value() for b in view.size_boxes),
            "pad": tuple(b.value() for b in view.pad_boxes),
            "value": view.value_edit.text(), "op": view.op_box.value(),
            "index": session.index, "picked": frozenset(view.picked),
        }

    for box in (view.seed, *view.size_boxes, *view.pad_boxes, view.op_box):
        box.valueChanged.connect(keep)
    view.difficulty.currentIndexChanged.connect(keep)
    view.value_edit.textChanged.connect(keep)
    view.picked_changed = keep
    keep()
