"""Many small cells keep readable captions: a 16×16 input, k 5, s 3 has 54×54 padded cells,
a few pixels each at 1280×720; shrinking the captions would not make them larger."""

from __future__ import annotations

from convt_lab import core
from convt_lab.gui.state import LabState
from convt_lab.gui.views.gather_view import GridsView
from tests.gui.helpers import show, wait_painted


def caption_line_px(view, name: str) -> float:
    """The painted height of one line of a grid's caption, in pixels."""
    item = view.captions[name]
    rect = view.view.mapFromScene(item.mapRectToScene(item.boundingRect())).boundingRect()
    return rect.height() / (item.lines + 0.2)  # the box is a tenth of a line taller each side


def test_captions_of_a_large_layer_stay_readable(qtbot) -> None:
    params = core.ConvTParams(input_size=(16, 16), kernel_size=(5, 5), stride=(3, 3))
    view = show(qtbot, GridsView(LabState(params)), (990, 440))
    wait_painted(qtbot, view.view)
    assert view.cell_pixels("padded") < 8  # the cells are small...
    for name in ("zero_inserted", "padded", "output", "kernel"):
        assert caption_line_px(view, name) >= 13, (name, caption_line_px(view, name))
