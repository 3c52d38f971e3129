"""Exports of the real window: PNG, SVG, GIF and numbered frames, offscreen.

Files are read back with independent readers: Pillow for PNG and GIF, the
standard library's XML parser for SVG, and a GIF block walker written below
from the GIF89a specification to check that no frame carries its own palette.
"""

from __future__ import annotations

import os
import struct
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PIL import Image
from PySide6.QtGui import QImage

from convt_lab import core
from convt_lab.gui.io.export import (
    ExportError,
    export_frames,
    export_gif,
    export_png,
    export_svg,
    output_cells,
    render_animation_frames,
    render_image,
)

SMALL = (480, 320)


def gif_blocks(data: bytes) -> tuple[bool, list[bool]]:
    """(has a global colour table, [has a local colour table] per image), per GIF89a."""
    assert data[:6] in (b"GIF87a", b"GIF89a")
    flags = data[10]
    pos = 13
    has_global = bool(flags & 0x80)
    if has_global:
        pos += 3 * 2 ** ((flags & 7) + 1)
    local = []

    def skip_sub_blocks(pos: int) -> int:
        while data[pos]:
            pos += data[pos] + 1
        return pos + 1

    while data[pos] != 0x3B:  # trailer
        if data[pos] == 0x21:  # extension: label, then sub-blocks
            pos = skip_sub_blocks(pos + 2)
        elif data[pos] == 0x2C:  # image descriptor
            packed = data[pos + 9]
            local.append(bool(packed & 0x80))
            pos += 10
            if packed & 0x80:
                pos += 3 * 2 ** ((packed & 7) + 1)
            pos = skip_sub_blocks(pos + 1)  # LZW minimum code size, then data
        else:
            raise AssertionError(f"unexpected GIF block 0x{data[pos]:02x} at {pos}")
    return has_global, local


def solid(colour: int, size=(64, 48), fmt=QImage.Format.Format_RGB32) -> QImage:
    image = QImage(*size, fmt)
    image.fill(colour)
    return image


# -- pictures ----------------------------------------------------------------------------


def test_png_has_the_requested_size_and_the_window_keeps_its_own(window, tmp_path):
    before = window.size()
    path = tmp_path / "view.png"
    export_png(window, path, size=(1000, 600))
    with Image.open(path) as im:
        assert im.format == "PNG" and im.size == (1000, 600)
        pixels = np.asarray(im.convert("RGB"))
    assert window.size() == before
    assert len(np.unique(pixels.reshape(-1, 3), axis=0)) > 20  # a picture, not a blank


def test_png_at_current_size_and_scale(window, tmp_path):
    export_png(window, tmp_path / "now.png")
    export_png(window, tmp_path / "x2.png", size=SMALL, scale=2.0)
    with Image.open(tmp_path / "now.png") as im:
        assert im.size == (window.width(), window.height())
    with Image.open(tmp_path / "x2.png") as im:
        assert im.size == (2 * SMALL[0], 2 * SMALL[1])


def test_svg_parses_with_svg_root_and_title(window, tmp_path):
    path = tmp_path / "view.svg"
    before = window.size()
    export_svg(window, path, size=(1280, 720), title="ConvT Lab test")
    root = ET.parse(path).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox").split() == ["0", "0", "1280", "720"]
    ns = {"svg": "http://www.w3.org/2000/svg"}
    assert root.find("svg:title", ns).text == "ConvT Lab test"
    # The grids' numbers are there as text.
    texts = {t.text.strip() for t in root.iter("{http://www.w3.org/2000/svg}text") if t.text}
    assert {"24", "36"} <= texts  # output cells of the lesson
    assert window.size() == before


@pytest.mark.parametrize("export", [export_png, export_svg], ids=["png", "svg"])
def test_unwritable_path_raises_export_error(window, tmp_path, export):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(ExportError, match="Cannot write.*a part of the path is not a folder"):
        export(window, blocker / "inside.png")
    with pytest.raises(ExportError, match="the folder does not exist"):
        export(window, tmp_path / "missing" / "view.png")
    (tmp_path / "folder.png").mkdir()
    with pytest.raises(ExportError):
        export(window, tmp_path / "folder.png")
    assert sorted(os.listdir(tmp_path)) == ["file", "folder.png"]  # no temporary files left


# -- cells and frames ---------------------------------------------------------------------


def test_output_cells_raster_order_and_ranges():
    assert output_cells((2, 3)) == [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2)]
    assert output_cells((5, 5), 5, 10) == [(1, c) for c in range(5)]
    assert output_cells((3, 4), 10) == [(2, 2), (2, 3)]
    assert output_cells((3, 4), -2) == [(2, 2), (2, 3)]
    assert output_cells((3, 4), 4, 4) == []
    assert output_cells((3, 4), 0, 99) == output_cells((3, 4))


def test_frames_select_each_cell_and_restore_the_window(window, tmp_path):
    state = window.state
    state.select(("input", 1, 0))
    before = window.size()
    seen = []
    state.selectionChanged.connect(seen.append)
    cells = output_cells(state.result.output.shape, 3, 7)
    frames = render_animation_frames(window, cells, size=SMALL)
    assert len(frames) == 4
    images = list(frames)
    assert [s for s in seen if s and s[0] == "output"] == [("output", i, j) for i, j in cells]
    assert all(im.size().width() == SMALL[0] and im.size().height() == SMALL[1] for im in images)
    assert all(im.format() == QImage.Format.Format_RGB32 for im in images)
    # Different cells, different pictures.
    assert images[0] != images[1]
    assert state.selection == ("input", 1, 0) and window.size() == before


def test_frames_stop_when_progress_says_so(window):
    calls = []

    def progress(k, n):
        calls.append((k, n))
        return k < 2

    frames = render_animation_frames(window, output_cells((5, 5)), size=SMALL, progress=progress)
    assert len(list(frames)) == 2
    assert calls == [(0, 25), (1, 25), (2, 25)] and frames.cancelled


# -- GIF -------------------------------------------------------------------------------------


def test_gif_of_the_window_has_n_frames_and_one_palette(window, tmp_path):
    path = tmp_path / "anim.gif"
    cells = output_cells(window.state.result.output.shape, 0, 6)
    progress = []
    n = export_gif(
        render_animation_frames(window, cells, size=SMALL),
        path,
        fps=5,
        progress=lambda k, total: progress.append((k, total)) or True,
    )
    assert n == 6 and progress == [(k, 6) for k in range(6)]
    with Image.open(path) as im:
        assert im.format == "GIF" and im.size == SMALL and im.info["loop"] == 0
        # 6 frames of 200 ms; two that come out alike after palette mapping are stored
        # as one frame of their summed time.
        durations = []
        for k in range(im.n_frames):
            im.seek(k)
            durations.append(im.info["duration"])
        assert 2 <= im.n_frames <= 6 and sum(durations) == 6 * 200
        assert all(d % 200 == 0 for d in durations)
    has_global, local = gif_blocks(path.read_bytes())
    assert has_global and local == [False] * len(durations)  # one global palette for all
    assert sorted(os.listdir(tmp_path)) == ["anim.gif"]


def test_gif_frames_keep_their_colours(tmp_path):
    """Solid frames come back as the same colours: one palette serves all of them."""
    colours = [0xFF0000, 0x00FF00, 0x0000FF, 0xFFFFFF, 0x000000]
    first = solid(0xFF808080)
    for x, c in enumerate(colours):  # the first frame shows every colour
        for y in range(48):
            for dx in range(12):
                first.setPixel(x * 12 + dx, y, 0xFF000000 | c)
    frames = [first] + [solid(0xFF000000 | c) for c in colours]
    frames.append(solid(0xFF0000FF, fmt=QImage.Format.Format_RGB888))
    path = tmp_path / "solid.gif"
    assert export_gif(frames, path, fps=10) == len(frames)
    with Image.open(path) as im:
        got = []
        for k in range(1, im.n_frames):
            im.seek(k)
            got.append(im.convert("RGB").getpixel((30, 20)))
    expected = [((c >> 16) & 255, (c >> 8) & 255, c & 255) for c in colours] + [(0, 0, 255)]
    assert got == expected


def test_gif_cancel_removes_partial_file_and_keeps_old(tmp_path):
    path = tmp_path / "anim.gif"
    path.write_bytes(b"old")
    frames = [solid(0xFF000000 | (k * 40)) for k in range(6)]
    n = export_gif(frames, path, progress=lambda k, total: k < 3)
    assert n == 0
    assert path.read_bytes() == b"old" and os.listdir(tmp_path) == ["anim.gif"]


def test_gif_cancelled_through_the_frames(window, tmp_path):
    path = tmp_path / "anim.gif"
    frames = render_animation_frames(
        window, output_cells((5, 5)), size=SMALL, progress=lambda k, n: k < 2
    )
    assert export_gif(frames, path) == 0
    assert os.listdir(tmp_path) == []


def test_gif_errors(tmp_path):
    frames = [solid(0xFFFF0000), solid(0xFF00FF00, size=(10, 10))]
    with pytest.raises(ExportError, match="Frame 2 is 10x10"):
        export_gif(frames, tmp_path / "mixed.gif")
    with pytest.raises(ExportError, match="Cannot write"):
        export_gif([solid(0xFFFF0000)], tmp_path / "no" / "a.gif")
    with pytest.raises(ValueError, match="fps"):
        export_gif([solid(0xFFFF0000)], tmp_path / "a.gif", fps=0)
    assert export_gif([], tmp_path / "empty.gif") == 0
    assert os.listdir(tmp_path) == []


# -- numbered frames --------------------------------------------------------------------------


def test_numbered_frames(window, tmp_path):
    folder = tmp_path / "frames"
    cells = output_cells((5, 5), 0, 3)
    n = export_frames(render_animation_frames(window, cells, size=SMALL), folder)
    assert n == 3
    assert sorted(os.listdir(folder)) == ["frame_0001.png", "frame_0002.png", "frame_0003.png"]
    for name in os.listdir(folder):
        with Image.open(folder / name) as im:
            assert im.size == SMALL


def test_numbered_frames_stop_and_keep_what_was_written(tmp_path):
    frames = [solid(0xFF000000 | (40 * k)) for k in range(5)]
    n = export_frames(frames, tmp_path, stem="step", progress=lambda k, total: k < 2)
    assert n == 2 and sorted(os.listdir(tmp_path)) == ["step_0001.png", "step_0002.png"]


def test_numbered_frames_errors(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ExportError, match="Cannot write"):
        export_frames([solid(0xFF000000)], blocker / "frames")
    with pytest.raises(ValueError, match="stem"):
        export_frames([solid(0xFF000000)], tmp_path, stem="../up")


def test_render_image_is_opaque_rgb32(window):
    image = render_image(window)
    assert image.format() == QImage.Format.Format_RGB32
    assert (image.width(), image.height()) == (window.width(), window.height())


def test_frames_show_each_output_value(make_window, tmp_path):
    """The animation of a tiny example: each frame differs where the highlight moves."""
    window = make_window(core.ConvTParams(1, 1, 1, 0, 0, 1))
    frames = list(render_animation_frames(window, output_cells((1, 1)), size=SMALL))
    assert len(frames) == 1
    assert export_gif(frames, tmp_path / "one.gif") == 1
    with Image.open(tmp_path / "one.gif") as im:
        assert im.n_frames == 1


def test_gif_palette_stays_within_256_colours(tmp_path):
    rng = np.random.default_rng(0)
    noise = rng.integers(0, 256, size=(48, 64, 3), dtype=np.uint8)
    image = QImage(noise.tobytes(), 64, 48, 64 * 3, QImage.Format.Format_RGB888).copy()
    assert export_gif([image, image], tmp_path / "noise.gif") == 2
    data = (tmp_path / "noise.gif").read_bytes()
    width, height, flags = struct.unpack("<HHB", data[6:11])
    assert (width, height) == (64, 48) and flags & 0x80 and 2 ** ((flags & 7) + 1) <= 256


def test_a_write_failure_is_said_in_chinese(window, tmp_path):
    """The system's reason ("No such file or directory") is told in the interface's language."""
    from PySide6.QtCore import QCoreApplication

    from convt_lab.gui.i18n import install_language

    assert install_language(QCoreApplication.instance(), "zh")
    try:
        with pytest.raises(ExportError) as info:
            export_png(window, tmp_path / "missing" / "view.png")
        assert "文件夹不存在" in str(info.value) and "No such file" not in str(info.value)
    finally:
        install_language(QCoreApplication.instance(), "en")
