"""What a student has typed in Practice but not checked yet, kept across the window's rebuilds.

The window builds its views again when the language, theme or font size
changes.  The practice session (on the state) outlives them; the answers
being typed, the cells being clicked and a seed or difficulty not yet
applied with "New set" are kept on it too, so nothing typed is lost.
"""

from __future__ import annotations

__all__ = ["follow"]


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
