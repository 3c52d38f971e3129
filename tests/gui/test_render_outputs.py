"""``convt-lab render`` success paths: SVG, an animated GIF, a folder of frames, ``--view``.

Run through the real entry point in this process (``convt_lab.gui.app.main``)
and checked by opening what it wrote.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET

import pytest
from PIL import Image
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from convt_lab.gui import app as app_module
from convt_lab import core
from tests.reference import naive_output

SVG = "{http://www.w3.org/2000/svg}"


def gif_duration(im) -> int:
    """The whole animation's length in milliseconds."""
    total = 0
    for k in range(im.n_frames):
        im.seek(k)
        total += im.info["duration"]
    return total


@pytest.fixture
def render(qapp, tmp_path):
    base_font = QApplication.font()

    def run(*args: str) -> int:
        return app_module.main(["render", "--size", "640x400", *args])

    yield run
    from convt_lab.gui.i18n import install_language

    install_language(QCoreApplication.instance(), "en")
    QApplication.setFont(base_font)


def test_render_svg_holds_the_output_numbers(render, tmp_path) -> None:
    out = tmp_path / "view.svg"
    assert render("--stride", "1", "--size", "1280x720", "-o", str(out)) == 0
    root = ET.parse(out).getroot()
    assert root.tag == f"{SVG}svg" and root.get("viewBox").split() == ["0", "0", "1280", "720"]
    texts = {t.text.strip() for t in root.iter(f"{SVG}text") if t.text}
    params = core.ConvTParams(stride=1)
    want = naive_output(params, [[1, 2], [3, 4]], [[1, 2, 3], [4, 5, 6], [7, 8, 9]])
    assert {str(int(v)) for v in want.ravel()} <= texts


def test_render_animate_gif_has_one_frame_per_cell(render, tmp_path) -> None:
    out = tmp_path / "anim.gif"
    assert render("--animate", "--cells", "3:9", "--fps", "5", "-o", str(out)) == 0
    with Image.open(out) as im:
        assert im.format == "GIF" and im.size == (640, 400)
        # 7 cells at 5 frames per second: 1.4 s in all.  A GIF stores two frames that
        # come out alike after palette mapping as one, with their durations added.
        assert 2 <= im.n_frames <= 7 and gif_duration(im) == 7 * 200
        im.seek(0)
        first = im.convert("RGB").tobytes()
        im.seek(im.n_frames - 1)
        assert im.convert("RGB").tobytes() != first  # each frame selects another cell


def test_render_animate_whole_output_by_default(render, tmp_path) -> None:
    out = tmp_path / "all.gif"
    assert render("--animate", "-o", str(out)) == 0
    with Image.open(out) as im:
        assert gif_duration(im) == 25 * 250  # the lesson's 5×5 output at 4 frames per second


def test_render_animate_into_a_frames_folder(render, tmp_path) -> None:
    out = tmp_path / "frames"
    assert render("--animate", "--cells", "1:4", "-o", str(out)) == 0
    names = sorted(os.listdir(out))
    assert len(names) == 4 and all(n.endswith(".png") for n in names)
    sizes = set()
    for name in names:
        with Image.open(out / name) as im:
            sizes.add(im.size)
    assert sizes == {(640, 400)}


@pytest.mark.parametrize("view", ["scatter", "matrix", "overlap", "roundtrip"])
def test_render_view_draws_that_tab(render, tmp_path, view) -> None:
    """Each view draws a different picture from the lesson's main view."""
    main, other = tmp_path / "gather.png", tmp_path / f"{view}.png"
    assert render("-o", str(main)) == 0
    assert render("--view", view, "-o", str(other)) == 0
    with Image.open(main) as a, Image.open(other) as b:
        assert a.size == b.size == (640, 400)
        assert a.tobytes() != b.tobytes()
