from .scatter_view import ScatterView

VIEWS = {"scatter": ScatterView}
