"""Write an animation as a GIF, streamed frame by frame, or as numbered PNG files.

The GIF is written as the frames arrive: one global palette of up to 256
colours, computed from the first frame, to which every frame is mapped
without dithering (the view is flat colours and text, which dithering would
only speckle).  Each frame after the first is stored as the rectangle that
changed since the frame before, and a frame identical to the one before only
lengthens that frame's delay.  Only the current and the previous palettised
frame are held, so memory does not grow with the number of frames.

Frame delays are whole centiseconds; they are rounded from the running time
(frame ``k`` starts at ``k / fps``), so a long animation does not drift.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

import numpy as np
from PIL import GifImagePlugin, Image
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from convt_lab.gui.io.render import ExportError, Progress, cannot_write, png_bytes, write_file

__all__ = ["MAX_FPS", "Cancelled", "Timed", "export_frames", "export_gif", "export_gif_timed", "paced",
           "to_pil"]

# GIF delays are whole centiseconds and browsers slow down delays under 20 ms.
MAX_FPS = 50.0


class Cancelled(Exception):
    """Raised inside an export when ``progress`` returns False."""


def count(frames) -> int:
    """The number of frames if known, else 0."""
    return len(frames) if hasattr(frames, "__len__") else 0


def paced(frames, progress: Progress | None) -> Iterator[QImage]:
    """``frames`` with ``progress`` called before each; cancelling raises :class:`Cancelled`."""
    n = count(frames)
    for k, frame in enumerate(frames):
        if progress is not None and not progress(k, n):
            raise Cancelled
        yield frame
    if getattr(frames, "cancelled", False):
        raise Cancelled


def to_pil(image: QImage) -> Image.Image:
    """An RGB PIL image from a QImage, decoded straight from Qt's pixel buffer."""
    formats = QImage.Format
    if image.format() in (formats.Format_RGB32, formats.Format_ARGB32):
        # 0xAARRGGBB words: B, G, R, A bytes on a little-endian machine.
        raw = "BGRX" if sys.byteorder == "little" else "XRGB"
    elif image.format() == formats.Format_RGB888:
        raw = "RGB"
    elif image.format() in (formats.Format_RGBX8888, formats.Format_RGBA8888):
        raw = "RGBX"
    else:
        image = image.convertToFormat(formats.Format_RGB32)
        raw = "BGRX" if sys.byteorder == "little" else "XRGB"
    size = (image.width(), image.height())
    return Image.frombytes("RGB", size, image.constBits(), "raw", raw, image.bytesPerLine(), 1)


def check_timing(fps: float, hold: float, limit: float) -> None:
    """A ValueError unless ``0 < fps <= limit`` and ``hold >= 0``."""
    if not 0 < fps <= limit:
        raise ValueError(f"fps must be above 0 and at most {limit:g}, but got {fps}")
    if not hold >= 0:
        raise ValueError(f"hold must be 0 or more seconds, but got {hold}")


def _size_error(k: int, got: tuple[int, int], want: tuple[int, int]) -> ExportError:
    return ExportError(
        QCoreApplication.translate(
            "export", "Frame {k} is {w}x{h}, but the animation is {W}x{H}"
        ).format(k=k, w=got[0], h=got[1], W=want[0], H=want[1])
    )


class _GifStream:
    """Writes GIF frames to ``f`` as they come; a frame is written once its delay is known."""

    def __init__(self, f: BinaryIO, first: Image.Image):
        self.f = f
        self.size = first.size
        # The palette image is the first frame itself, mapped to its own palette.
        self.palette = first.quantize(256, dither=Image.Dither.NONE)
        header, _ = GifImagePlugin.getheader(self.palette, info={"loop": 0, "duration": 1})
        for chunk in header:
            f.write(chunk)
        self.previous: np.ndarray | None = None
        self.pending: tuple[Image.Image, tuple[int, int]] | None = None
        self.pending_start = 0  # centiseconds

    def add(self, im: Image.Image, start_cs: int) -> None:
        """Add frame ``im`` (RGB) shown from ``start_cs`` centiseconds on."""
        mapped = self.palette if self.previous is None else im.quantize(
            palette=self.palette, dither=Image.Dither.NONE)
        now = np.asarray(mapped)
        if self.previous is None:
            box = (0, 0, *self.size)
        else:
            changed = now != self.previous
            if not changed.any():
                return  # the same picture: the pending frame lasts longer
            rows, cols = np.flatnonzero(changed.any(1)), np.flatnonzero(changed.any(0))
            box = (int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1)
        self.flush(start_cs)
        crop = mapped if box == (0, 0, *self.size) else mapped.crop(box)
        self.pending = (crop, box[:2])
        self.pending_start = start_cs
        self.previous = now

    def flush(self, end_cs: int) -> None:
        """Write the pending frame, shown until ``end_cs``."""
        if self.pending is None:
            return
        crop, offset = self.pending
        delay = max(2, end_cs - self.pending_start) * 10  # getdata takes milliseconds
        for chunk in GifImagePlugin.getdata(crop, offset, duration=delay, disposal=1):
            self.f.write(chunk)
        self.pending = None

    def close(self, end_cs: int) -> None:
        self.flush(end_cs)
        self.f.write(b";")  # the GIF trailer


class Timed:
    """Frames with their durations: ``(QImage, seconds)`` pairs, sized when the frames are.

    ``Timed.constant(frames, fps, hold)`` shows each frame for ``1 / fps``
    seconds and the last one ``hold`` seconds longer; the frames are looked
    ahead by one, so the last is known when it arrives.
    """

    def __init__(self, pairs, length: int = 0, source=None):
        self._pairs, self._length, self._source = pairs, length, source

    @classmethod
    def constant(cls, frames, fps: float, hold: float = 0.0) -> Timed:
        def pairs():
            it = iter(frames)
            try:
                previous = next(it)
            except StopIteration:
                return
            for frame in it:
                yield previous, 1 / fps
                previous = frame
            yield previous, 1 / fps + hold

        return cls(pairs(), count(frames), frames)

    def __len__(self) -> int:
        return self._length

    def __iter__(self):
        yield from self._pairs

    @property
    def cancelled(self) -> bool:
        return bool(getattr(self._source, "cancelled", False))


def export_gif(
    frames: Iterable[QImage] | Sequence[QImage],
    path: str | os.PathLike,
    fps: float = 4,
    progress: Progress | None = None,
    hold: float = 0.0,
) -> int:
    """Write ``frames`` as a looping GIF animation, streamed as they arrive.

    Parameters
    ----------
    frames : iterable of QImage
        All of the same size, e.g. from :func:`.frames.render_animation_frames`.
    path : str or path-like
        The GIF to write; it is replaced only when the animation is complete.
    fps : float
        Frames per second, above 0 and at most 50.
    progress : callable, optional
        ``progress(k, n)`` before frame ``k`` of ``n`` (0 if unknown);
        returning False cancels.
    hold : float
        Seconds the last frame stays before the animation loops.

    Returns
    -------
    int
        The number of frames encoded; 0 when there were no frames or the
        export was cancelled (then nothing is written).  A frame identical
        to the one before it lengthens that frame's delay instead, so the
        file can hold fewer frames than this.

    Raises
    ------
    ExportError
        If the file cannot be written.
    """
    check_timing(fps, hold, MAX_FPS)
    return export_gif_timed(Timed.constant(frames, fps, hold), path, progress)


def export_gif_timed(timed: Timed, path: str | os.PathLike, progress: Progress | None = None) -> int:
    """Write ``(QImage, seconds)`` pairs as a looping GIF; see :func:`export_gif`."""
    stream = paced(timed, progress)
    written = 0

    def write(f: BinaryIO) -> None:
        nonlocal written
        try:
            frame, seconds = next(stream)
        except StopIteration:
            raise Cancelled from None
        first = to_pil(frame)
        gif = _GifStream(f, first)
        gif.add(first, 0)
        written, elapsed = 1, seconds
        for frame, seconds in stream:
            im = to_pil(frame)
            if im.size != first.size:
                raise _size_error(written + 1, im.size, first.size)
            gif.add(im, round(elapsed * 100))
            written += 1
            elapsed += seconds
        gif.close(round(elapsed * 100))

    try:
        write_file(path, write)
    except Cancelled:
        return 0
    return written


def export_frames(
    frames: Iterable[QImage] | Sequence[QImage],
    folder: str | os.PathLike,
    stem: str = "frame",
    progress: Progress | None = None,
    all_or_nothing: bool = False,
) -> int:
    """Write each frame as ``{stem}_0001.png``, ``{stem}_0002.png``, ... in ``folder``.

    The folder is created if needed.  Numbers have four digits, or more when
    there are more than 9999 frames.

    Parameters
    ----------
    frames : iterable of QImage
        E.g. from :func:`.frames.render_animation_frames`.
    folder : str or path-like
        Where the PNGs go.
    stem : str
        The file name before ``_NNNN.png``; no path separators.
    progress : callable, optional
        ``progress(k, n)`` before frame ``k`` of ``n`` (0 if unknown);
        returning False stops (the frames written so far stay, unless
        ``all_or_nothing``).
    all_or_nothing : bool
        When the frames stop early, fail, or are none, remove the files this
        call made and the folders it created, as a cancelled GIF leaves
        nothing behind; files that were there before are never removed.

    Returns
    -------
    int
        The number of files written; 0 when ``all_or_nothing`` removed them.

    Raises
    ------
    ExportError
        If a file cannot be written.
    """
    if not stem or os.sep in stem or (os.altsep and os.altsep in stem) or stem in (".", ".."):
        raise ValueError(f"stem must be a plain file name, but got {stem!r}")
    folder = Path(folder)
    made = _missing_folders(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise cannot_write(folder, err) from None
    digits = max(4, len(str(count(frames))))
    written = 0
    new: list[Path] = []  # the files this call made (not the ones it replaced)
    try:
        for k, frame in enumerate(paced(frames, progress)):
            path = folder / f"{stem}_{k + 1:0{digits}d}.png"
            if not os.path.lexists(path):
                new.append(path)  # before writing: a stop in between leaves no file unlisted
            write_file(path, png_bytes(frame))
            written += 1
    except Cancelled:
        if all_or_nothing:
            _take_back(new, made)
            return 0
    except BaseException:
        if all_or_nothing:
            _take_back(new, made)
        raise
    if all_or_nothing and written == 0:
        _take_back(new, made)
    return written


def _missing_folders(folder: Path) -> list[Path]:
    """``folder`` and those of its parents that do not exist yet, deepest first."""
    missing = []
    for path in (folder, *folder.parents):
        if os.path.lexists(path):
            break
        missing.append(path)
    return missing


def _take_back(files: list[Path], folders: list[Path]) -> None:
    """Remove ``files``, then ``folders`` (deepest first) if they are empty; quietly."""
    for path in reversed(files):
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass
    for path in folders:
        try:
            path.rmdir()  # only an empty folder: something put there meanwhile stays
        except OSError:
            break
