"""MP4 and WebM export through PyAV, and the streamed GIF's timing.

Videos are read back with PyAV's decoder (an independent reader of the
files) and GIFs with Pillow: frame count, size, colour and timing are
compared with the frames that went in.
"""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image
from PySide6.QtGui import QColor, QImage

from convt_lab.gui.io.animation_file import check_room, estimate_bytes, kind_of, write_animation
from convt_lab.gui.io.export import ExportError
from convt_lab.gui.io.gif import export_gif
from convt_lab.gui.io.video import export_video

av = pytest.importorskip("av", reason="PyAV is part of the test extra")

COLOURS = ((200, 30, 30), (30, 160, 40), (20, 40, 210), (240, 220, 30))


def solid(rgb, size=(320, 240)) -> QImage:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor(*rgb))
    return image


def with_swatches(rgb) -> QImage:
    """A solid frame with a small swatch of every colour in its corner.

    A GIF's one palette comes from its first frame, as the window's first
    frame holds the view's colours; the swatches play that part here.
    """
    image = solid(rgb)
    for k, colour in enumerate(COLOURS):
        for x in range(4):
            image.setPixelColor(k * 4 + x, 0, QColor(*colour))
    return image


def decoded(path):
    with av.open(str(path)) as container:
        return [(float(f.time), f.to_ndarray(format="rgb24")) for f in container.decode(video=0)]


@pytest.mark.parametrize("kind", ["mp4", "webm"])
def test_video_frames_play_back_with_their_colours_and_times(qapp, tmp_path, kind):
    path = tmp_path / f"a.{kind}"
    frames = [solid(c) for c in COLOURS]
    assert export_video(frames, path, fps=4, hold=1.5) == 4
    got = decoded(path)
    # Four frames, then the last one again at the end of the hold.
    assert len(got) == 5
    times = [t for t, _ in got]
    assert times[:4] == pytest.approx([0.0, 0.25, 0.5, 0.75], abs=0.002)
    assert times[4] == pytest.approx(4 / 4 + 1.5, abs=0.01)
    for (_, pixels), rgb in zip(got, [*COLOURS, COLOURS[-1]]):
        assert pixels.shape == (240, 320, 3)
        # 4:2:0 video is lossy; a flat colour comes back within a few levels.
        assert np.abs(pixels[120, 160].astype(int) - rgb).max() <= 8


def test_odd_sizes_are_cropped_to_even(qapp, tmp_path):
    path = tmp_path / "odd.mp4"
    export_video([solid(COLOURS[0], (321, 241))], path, fps=2)
    assert decoded(path)[0][1].shape == (240, 320, 3)


def test_cancelled_video_writes_nothing_and_keeps_the_old_file(qapp, tmp_path):
    path = tmp_path / "keep.mp4"
    path.write_bytes(b"old")
    frames = [solid(c) for c in COLOURS]
    assert export_video(frames, path, progress=lambda k, n: k < 2) == 0
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.mp4"]


def test_video_without_pyav_says_how_to_add_it(qapp, tmp_path, monkeypatch):
    import builtins

    real = builtins.__import__

    def no_av(name, *args, **kwargs):
        if name == "av":
            raise ImportError("No module named 'av'")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_av)
    with pytest.raises(ExportError, match=r"pip install 'convt-lab\[video\]'"):
        export_video([solid(COLOURS[0])], tmp_path / "a.mp4")


def test_gif_delays_follow_the_frame_rate_and_the_hold(qapp, tmp_path):
    path = tmp_path / "t.gif"
    assert export_gif([with_swatches(c) for c in COLOURS], path, fps=5, hold=2) == 4
    with Image.open(path) as im:
        durations, colours = [], []
        for k in range(im.n_frames):
            im.seek(k)
            durations.append(im.info["duration"])
            colours.append(im.convert("RGB").getpixel((160, 120)))
    assert durations == [200, 200, 200, 200 + 2000]
    assert colours == list(COLOURS)


def test_gif_stores_only_the_changed_rectangle(qapp, tmp_path):
    base = solid((255, 255, 255))
    base.setPixelColor(0, 0, QColor(0, 0, 0))  # black is in the first frame's palette
    moved = base.copy()
    moved.setPixelColor(10, 20, QColor(0, 0, 0))
    moved.setPixelColor(30, 25, QColor(0, 0, 0))
    path = tmp_path / "d.gif"
    export_gif([base, moved, moved], path, fps=10)
    with Image.open(path) as im:
        assert im.n_frames == 2  # the repeated frame lengthens the one before
        im.seek(1)
        assert im.tile[0][1] == (10, 20, 31, 26)  # the box of the two changed pixels
        assert im.info["duration"] == 200
        assert im.convert("RGB").getpixel((30, 25)) == (0, 0, 0)


def test_kinds_and_the_room_check(tmp_path):
    assert [kind_of(p) for p in ("a.GIF", "b.mp4", "c.webm", "folder")] == ["gif", "mp4", "webm", "frames"]
    # 10 frames of 100x100: the first GIF frame plus nine small changes.
    assert estimate_bytes("gif", 10, (100, 100)) < estimate_bytes("frames", 10, (100, 100))
    check_room(tmp_path / "a.gif", "gif", 10, (100, 100))
    with pytest.raises(ExportError, match=r"10000000 frames at 3840×2160 need about .* free"):
        check_room(tmp_path / "a.gif", "frames", 10_000_000, (3840, 2160))


def test_write_animation_picks_the_writer_by_suffix(qapp, tmp_path):
    frames = [with_swatches(c) for c in COLOURS]
    assert write_animation(frames, tmp_path / "a.webm", fps=8) == 4
    assert len(decoded(tmp_path / "a.webm")) == 5
    assert write_animation(frames, tmp_path / "a.gif", fps=80) == 4  # capped at GIF's 50 fps
    with Image.open(tmp_path / "a.gif") as im:
        assert im.info["duration"] == 20
    assert write_animation(frames, tmp_path / "pngs", fps=8) == 4
    assert sorted(p.name for p in (tmp_path / "pngs").iterdir())[0] == "frame_0001.png"


def test_a_picture_without_memory_is_refused_with_a_clear_message(qapp, monkeypatch):
    from PySide6.QtWidgets import QWidget

    import convt_lab.gui.io.render as render

    widget = QWidget()
    widget.resize(64, 48)
    class NoMemory(QImage):
        """What Qt gives when it cannot allocate the pixels: an empty image."""

        def __init__(self, *args):
            super().__init__()

    monkeypatch.setattr(render, "QImage", NoMemory)
    with pytest.raises(ExportError, match="Not enough memory for a 64×48 picture"):
        render.render_image(widget)
    widget.deleteLater()
