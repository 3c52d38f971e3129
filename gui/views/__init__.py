from .matrix_view import MatrixView
from .scatter_view import ScatterView

VIEWS = {"scatter": ScatterView, "matrix": MatrixView}
