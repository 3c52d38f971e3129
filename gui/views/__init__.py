"""The views of the lesson, each a QWidget built on a :class:`~convt_lab.gui.state.LabState`.

``gather_view`` is the lesson itself; the deeper views are imported when their
tab is first shown (:func:`view_class`), which keeps start-up fast.  Every
deeper view takes ``(state, theme=LIGHT, parent=None)``.
"""

from __future__ import annotations

import importlib

__all__ = ["VIEW_MODULES", "view_class"]

#: View name (as in tabs and ``render --view``) -> (module, class).
VIEW_MODULES = {
    "scatter": ("scatter_view", "ScatterView"),
    "matrix": ("matrix_view", "MatrixView"),
    "overlap": ("overlap_view", "OverlapView"),
    "roundtrip": ("roundtrip_view", "RoundTripPanel"),
    "transposed": ("transposed_view", "TransposedView"),
    "subpixel": ("subpixel_view", "SubpixelView"),
    "plan": ("plan_view", "PlanView"),
    "practice": ("practice_view", "PracticeView"),
}


def view_class(name: str) -> type:
    """The class of the deeper view ``name``, imported on first use."""
    module, cls = VIEW_MODULES[name]
    return getattr(importlib.import_module(f"{__name__}.{module}"), cls)
