"""The deeper views of the lesson, each a QWidget built on a :class:`gui.state.LabState`.

``VIEWS`` maps the name used by tabs and ``render --view`` to the class; every
class takes ``(state, theme=LIGHT, parent=None)``.
"""

from .matrix_view import MatrixView
from .overlap_view import OverlapView
from .roundtrip_panel import RoundTripPanel
from .scatter_view import ScatterView

__all__ = ["VIEWS", "MatrixView", "OverlapView", "RoundTripPanel", "ScatterView"]

VIEWS = {
    "scatter": ScatterView,
    "matrix": MatrixView,
    "overlap": OverlapView,
    "roundtrip": RoundTripPanel,
}
