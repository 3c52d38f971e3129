"""Write an animation as a video, MP4 (H.264) or WebM (VP9), through PyAV.

PyAV is an optional extra (``pip install 'convt-lab[video]'``): its wheels
bring their own FFmpeg with libx264 and libvpx-vp9.  Without it
:func:`video_available` is False and :func:`export_video` raises
:class:`ExportError` with the install command, never an ImportError.

Frames are converted and sent to the encoder as they arrive, so memory
holds one frame and the encoder's own look-ahead, whatever the length.
Timing uses a millisecond time base: frame ``k`` starts at ``k / fps``
seconds, and the last frame is repeated at the end of the hold so players
show it for that long.  The picture is cropped to even width and height,
which 4:2:0 colour needs.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterable
from fractions import Fraction
from typing import BinaryIO

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from convt_lab.gui.io.render import ExportError, Progress, write_file
from convt_lab.gui.io.gif import Cancelled, Timed, check_timing, paced

__all__ = ["CODECS", "MAX_FPS", "export_video", "export_video_timed", "install_hint", "video_available"]

# suffix -> (container format, codec, codec options).  The view is flat colours
# and text, which compress well even with x264's fastest preset; "ultrafast"
# encodes a 1920x1080 frame about as fast as the GIF writer maps one to its
# palette, where "veryfast" takes four times as long for files only 1.7 times
# smaller (measured in benchmarks/bench_export.py).  VP9's "realtime" with
# cpu-used 8 is its fastest setting.
CODECS: dict[str, tuple[str, str, dict[str, str]]] = {
    "mp4": ("mp4", "libx264", {"preset": "ultrafast", "crf": "18", "movflags": "+faststart"}),
    "webm": ("webm", "libvpx-vp9", {"deadline": "realtime", "cpu-used": "8", "crf": "32",
                                    "b": "0", "row-mt": "1"}),
}
MAX_FPS = 60.0
TIME_BASE = Fraction(1, 1000)


def video_available() -> bool:
    """Whether PyAV is installed, so MP4 and WebM can be written."""
    try:
        import av  # noqa: F401
    except ImportError:
        return False
    return True


def install_hint() -> str:
    """The translated line that says how to add video export."""
    if getattr(sys, "frozen", False):  # the standalone bundle: no pip there
        return QCoreApplication.translate(
            "export", "MP4 and WebM need PyAV, which this bundle was built without; GIF works")
    return QCoreApplication.translate(
        "export", "MP4 and WebM need PyAV: pip install 'convt-lab[video]' (GIF works without it)"
    )


def _array(image: QImage) -> np.ndarray:
    """The pixels of ``image`` as an (h, w, 4) BGRA array, even width and height."""
    if image.format() not in (QImage.Format.Format_RGB32, QImage.Format.Format_ARGB32):
        image = image.convertToFormat(QImage.Format.Format_RGB32)
    h, w, line = image.height(), image.width(), image.bytesPerLine()
    raw = np.frombuffer(image.constBits(), np.uint8, count=h * line).reshape(h, line)
    return raw[: h - h % 2, : (w - w % 2) * 4].reshape(h - h % 2, w - w % 2, 4)


def export_video(
    frames: Iterable[QImage],
    path: str | os.PathLike,
    fps: float = 4,
    progress: Progress | None = None,
    hold: float = 0.0,
    kind: str | None = None,
) -> int:
    """Write ``frames`` as an MP4 (H.264) or WebM (VP9) video.

    Parameters
    ----------
    frames : iterable of QImage
        All of the same size, e.g. from :func:`.frames.render_animation_frames`.
    path : str or path-like
        The video to write; it is replaced only when the video is complete.
    fps : float
        Frames per second, above 0 and at most 60.
    progress : callable, optional
        ``progress(k, n)`` before frame ``k`` of ``n`` (0 if unknown);
        returning False cancels, and nothing is written.
    hold : float
        Seconds the last frame stays at the end.
    kind : {"mp4", "webm"}, optional
        The format; by default the file name's suffix.

    Returns
    -------
    int
        The number of frames encoded (0 when cancelled or empty).

    Raises
    ------
    ExportError
        If PyAV is missing, the encoder fails or the file cannot be written.
    """
    check_timing(fps, hold, MAX_FPS)
    return export_video_timed(Timed.constant(frames, fps, hold), path, progress, kind, fps)


def export_video_timed(timed: Timed, path: str | os.PathLike, progress: Progress | None = None,
                       kind: str | None = None, fps: float = 30.0) -> int:
    """Write ``(QImage, seconds)`` pairs as a video; see :func:`export_video`.

    ``fps`` is only the rate the container announces; the frames keep their own times.
    """
    kind = kind or os.path.splitext(os.fspath(path))[1].lower().lstrip(".")
    if kind not in CODECS:
        raise ValueError(f"kind must be one of {', '.join(CODECS)}, but got {kind!r}")
    try:
        import av
    except ImportError:
        raise ExportError(install_hint()) from None
    container_format, codec, options = CODECS[kind]
    written = 0

    def write(f: BinaryIO) -> None:
        if "movflags" not in options:
            return encode(f)
        # MP4's faststart re-reads the file by its name to move the index to the
        # front (playback on a web page starts at once), so it is encoded into a
        # named file next to the target and then copied into ``f``.
        folder = os.path.dirname(os.path.abspath(os.fspath(path)))
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".convt-", suffix=f".{kind}.enc") as tmp:
            encode(tmp.name)
            shutil.copyfileobj(tmp, f)

    def encode(target) -> None:
        nonlocal written
        stream = paced(timed, progress)
        try:
            image, seconds = next(stream)
        except StopIteration:
            raise Cancelled from None
        first = _array(image)
        height, width = first.shape[:2]
        out = av.open(target, mode="w", format=container_format,
                      options={"movflags": options["movflags"]} if "movflags" in options else {})
        try:
            video = out.add_stream(codec, rate=max(1, round(fps)))
            video.width, video.height, video.pix_fmt = width, height, "yuv420p"
            video.time_base = TIME_BASE
            video.codec_context.time_base = TIME_BASE
            video.options = {k: v for k, v in options.items() if k != "movflags"}

            def send(pixels: np.ndarray, ms: int) -> None:
                # Converted here, on every core, rather than by the encoder on one.
                frame = av.VideoFrame.from_ndarray(pixels, format="bgra").reformat(
                    format="yuv420p", threads=0)
                frame.pts, frame.time_base = ms, TIME_BASE
                for packet in video.encode(frame):
                    out.mux(packet)

            last, last_ms = first, 0
            send(first, 0)
            written, elapsed = 1, seconds
            for image, seconds in stream:
                pixels = _array(image)
                if pixels.shape != first.shape:
                    raise ExportError(QCoreApplication.translate(
                        "export", "Frame {k} is {w}x{h}, but the animation is {W}x{H}").format(
                        k=written + 1, w=image.width(), h=image.height(), W=width, H=height))
                last_ms = max(last_ms + 1, round(elapsed * 1000))
                send(pixels, last_ms)
                last = pixels
                written += 1
                elapsed += seconds
            # The last frame is shown until the end: repeat it just before the end time.
            send(last, max(last_ms + 1, round(elapsed * 1000) - 1))
            for packet in video.encode(None):
                out.mux(packet)
        except av.FFmpegError as err:
            raise ExportError(QCoreApplication.translate(
                "export", "The video encoder failed: {reason}").format(reason=err)) from None
        finally:
            out.close()

    try:
        write_file(path, write)
    except Cancelled:
        return 0
    return written
