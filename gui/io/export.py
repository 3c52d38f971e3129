"""Export the view: PNG and SVG pictures, GIF animations and numbered PNG frames.

Pictures are rendered with ``QWidget.render`` into an image (or an SVG
generator) of exactly the requested pixel size, encoded in memory and then
written with a temporary file and ``os.replace``, so a failed or cancelled
export never leaves half a file behind.  Every write failure raises
:class:`ExportError` with a translated one-line message.

An animation is a sequence of frames, one per output cell:
:func:`render_animation_frames` selects each cell in turn and renders the
window; :func:`export_gif` and :func:`export_frames` consume the frames as
they come, so memory stays at one RGB frame plus the palette-mapped GIF
frames.  GIF frames share one adaptive palette computed once from the first
frame and are mapped to it without dithering: the view is flat colours and
text, which dithering would only speckle.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPoint, QRect, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

__all__ = [
    "AnimationFrames",
    "ExportError",
    "Progress",
    "export_frames",
    "export_gif",
    "export_png",
    "export_svg",
    "output_cells",
    "render_animation_frames",
    "render_image",
]

#: ``progress(done, total) -> bool``: called before frame ``done`` (0-based)
#: of ``total``; returning False cancels.  ``total`` is 0 when unknown.
Progress = Callable[[int, int], bool]

#: GIF delays are whole centiseconds and browsers slow down delays under 20 ms.
MAX_FPS = 50.0


class ExportError(Exception):
    """An export could not be written; ``str(err)`` is a translated line."""


# -- writing -------------------------------------------------------------------


def _cannot_write(path: str | os.PathLike, err: OSError | str) -> ExportError:
    reason = err if isinstance(err, str) else (err.strerror or str(err))
    return ExportError(
        QCoreApplication.translate("export", "Cannot write {path}: {reason}").format(
            path=os.fspath(path), reason=reason
        )
    )


@contextmanager
def _atomic(path: str | os.PathLike) -> Iterator[str]:
    """Yield a temporary path next to ``path``; move it into place on success.

    On any exception (including cancellation) the temporary file is removed
    and ``path`` is left as it was.  OSErrors become :class:`ExportError`.
    """
    path = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(path))
    suffix = os.path.splitext(path)[1] or ".tmp"
    try:
        fd, tmp = tempfile.mkstemp(prefix=".convt-export-", suffix=suffix, dir=folder)
    except OSError as err:
        raise _cannot_write(path, err) from None
    os.close(fd)
    try:
        yield tmp
        _set_mode(tmp, path)
        os.replace(tmp, path)
    except OSError as err:
        _remove(tmp)
        raise _cannot_write(path, err) from None
    except BaseException:
        _remove(tmp)
        raise


def _set_mode(tmp: str, path: str) -> None:
    """Give the new file the old file's permissions, or rw-r--r--; mkstemp's are owner-only."""
    try:
        mode = os.stat(path).st_mode & 0o777
    except OSError:
        mode = 0o644
    try:
        os.chmod(tmp, mode)
    except OSError:
        pass


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _write_bytes(path: str | os.PathLike, data: bytes) -> None:
    with _atomic(path) as tmp, open(tmp, "wb") as f:
        f.write(data)


def _png_bytes(image: QImage) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = image.save(buffer, "PNG")
    buffer.close()
    if not ok:
        raise ExportError(
            QCoreApplication.translate("export", "Cannot encode the picture as PNG")
        )
    return bytes(array.data())


# -- rendering -----------------------------------------------------------------


def _settle() -> None:
    """Let layouts, resizes and scheduled updates run before rendering."""
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()


def _pixels(size: tuple[int, int] | QSize, scale: float = 1.0) -> QSize:
    width, height = (size.width(), size.height()) if isinstance(size, QSize) else size
    if int(width) < 1 or int(height) < 1:
        raise ValueError(f"size must be positive, but got {width}x{height}")
    if not scale > 0:
        raise ValueError(f"scale must be positive, but got {scale}")
    return QSize(max(1, round(int(width) * scale)), max(1, round(int(height) * scale)))


@contextmanager
def _laid_out(widget: QWidget, size: tuple[int, int] | None) -> Iterator[QSize]:
    """Lay ``widget`` out for a picture of ``size`` (width, height); restore it after.

    Yields the picture size.  A widget cannot be made smaller than its
    minimum size (nor, on some desktops, larger than the screen): it is then
    laid out at the nearest size with the same aspect ratio, and
    :func:`render_image` scales the drawing to the requested pixels.
    """
    if size is None:
        yield widget.size()
        return
    target = _pixels(size)
    old = widget.size()
    widget.resize(target)
    _settle()
    got = widget.size()
    factor = max(got.width() / target.width(), got.height() / target.height())
    if got != target and factor != 1:
        widget.resize(round(target.width() * factor), round(target.height() * factor))
        _settle()
    try:
        yield target
    finally:
        widget.resize(old)
        _settle()


def render_image(widget: QWidget, size: tuple[int, int] | QSize | None = None) -> QImage:
    """Render ``widget`` into an opaque ``Format_RGB32`` image of ``size`` pixels.

    Parameters
    ----------
    widget : QWidget
        Rendered with its children, shown or not, as laid out now.
    size : (width, height) or QSize, optional
        The image size; the widget's size by default.  The drawing is scaled
        (as on a high-DPI screen) from the widget's size to fill it.

    Returns
    -------
    QImage
    """
    have = widget.size()
    pixels = have if size is None else _pixels(size)
    ratio = max(pixels.width() / max(1, have.width()), pixels.height() / max(1, have.height()))
    image = QImage(pixels, QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(widget.palette().window().color())
    painter = QPainter(image)
    try:
        widget.render(painter, QPoint())
    finally:
        painter.end()
    return image


def export_png(
    widget: QWidget,
    path: str | os.PathLike,
    size: tuple[int, int] | None = None,
    scale: float = 1.0,
) -> None:
    """Write ``widget`` as a PNG picture.

    Parameters
    ----------
    widget : QWidget
        Usually the main window.
    path : str or path-like
        The file to write.
    size : (width, height), optional
        Lay the widget out at this size for the picture (or as near as its
        minimum size allows, same aspect ratio), then restore its size.
    scale : float
        Picture pixels per widget pixel: the PNG is ``size`` times ``scale``
        pixels (2.0 gives a sharp high-DPI picture).

    Raises
    ------
    ExportError
        If the file cannot be written.
    """
    with _laid_out(widget, size) as target:
        image = render_image(widget, _pixels(target, scale))
    _write_bytes(path, _png_bytes(image))


def export_svg(
    widget: QWidget,
    path: str | os.PathLike,
    size: tuple[int, int] | None = None,
    title: str | None = None,
) -> None:
    """Write ``widget`` as an SVG drawing (vector shapes and text).

    Parameters
    ----------
    widget : QWidget
        Usually the main window.
    path : str or path-like
        The file to write.
    size : (width, height), optional
        The drawing's size; the widget is laid out at this size (or as near
        as its minimum size allows) while it is drawn, then restored.
    title : str, optional
        The SVG ``<title>``; the window title by default.

    Raises
    ------
    ExportError
        If the file cannot be written.
    """
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    with _laid_out(widget, size) as target:
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(target)
        generator.setViewBox(QRect(0, 0, widget.width(), widget.height()))
        generator.setTitle(
            title
            or widget.window().windowTitle()
            or QCoreApplication.translate("export", "ConvT Lab")
        )
        generator.setDescription(QCoreApplication.translate("export", "Drawn by ConvT Lab"))
        painter = QPainter()
        if not painter.begin(generator):
            raise ExportError(
                QCoreApplication.translate("export", "Cannot draw the SVG picture")
            )
        try:
            widget.render(painter, QPoint())
        finally:
            painter.end()
    buffer.close()
    _write_bytes(path, bytes(array.data()))


# -- animations ----------------------------------------------------------------


def output_cells(
    shape: tuple[int, int], start: int = 0, stop: int | None = None
) -> list[tuple[int, int]]:
    """Output cells ``(i, j)`` in raster (reading) order, from ``start`` to ``stop``.

    ``start`` and ``stop`` index the raster order as a Python slice does
    (``stop`` excluded, negative values count from the end), so
    ``output_cells((5, 5))`` is all 25 cells and ``output_cells((5, 5), 5, 10)``
    is the second row.
    """
    rows, cols = (int(v) for v in shape)
    return [divmod(k, cols) for k in range(rows * cols)[start:stop]]


class AnimationFrames:
    """The frames of an animation over some output cells; see :func:`render_animation_frames`.

    Iterating renders the frames one at a time; ``len()`` is the number of
    cells.  ``cancelled`` becomes True when ``progress`` stops the iteration,
    which makes :func:`export_gif` and :func:`export_frames` cancel too.
    """

    def __init__(self, window, cells, size=None, progress: Progress | None = None):
        self.window = window
        self.cells = list(cells)
        self.size = size
        self.progress = progress
        self.cancelled = False

    def __len__(self) -> int:
        return len(self.cells)

    def __iter__(self) -> Iterator[QImage]:
        state = self.window.state
        old_selection = state.selection
        old_reveal = getattr(state, "reveal", None)
        set_reveal = getattr(state, "set_reveal", None)
        width = state.result.output.shape[1]
        n = len(self.cells)
        self.cancelled = False
        with _laid_out(self.window, self.size) as target:
            try:
                for k, (i, j) in enumerate(self.cells):
                    if self.progress is not None and not self.progress(k, n):
                        self.cancelled = True
                        return
                    state.select(("output", i, j))
                    if set_reveal is not None:
                        set_reveal(i * width + j + 1)  # the output computed so far
                    _settle()
                    yield render_image(self.window, target)
            finally:
                if set_reveal is not None:
                    set_reveal(old_reveal)
                state.select(old_selection)
                _settle()


def render_animation_frames(
    window,
    cells: Iterable[tuple[int, int]],
    size: tuple[int, int] | None = None,
    progress: Progress | None = None,
) -> AnimationFrames:
    """The window's frames as the kernel visits each output cell.

    For each ``(i, j)`` in ``cells`` the iteration calls
    ``window.state.select(("output", i, j))`` (and, if the state has
    ``set_reveal``, reveals the output up to that cell, as the animation bar
    does), processes events and renders the window into an ``RGB32``
    :class:`QImage`, which it yields.  Afterwards, even when stopped early,
    the window's selection, revealed output and size are restored.

    Parameters
    ----------
    window : MainWindow
        Anything with a ``state`` (:class:`gui.state.LabState`) that is a QWidget.
    cells : iterable of (int, int)
        Output cells, e.g. from :func:`output_cells`.
    size : (width, height), optional
        The frame size; the window is laid out at this size (or as near as
        its minimum size allows) while rendering, then restored.
    progress : callable, optional
        ``progress(k, n)`` before frame ``k`` of ``n``; False stops the frames.

    Returns
    -------
    AnimationFrames
        A sized iterable of frames (it renders lazily, one frame at a time).
    """
    return AnimationFrames(window, cells, size, progress)


def _count(frames) -> int:
    return len(frames) if hasattr(frames, "__len__") else 0


def _to_pil(image: QImage) -> Image.Image:
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


class _Cancelled(Exception):
    pass


def _paced(frames, progress: Progress | None) -> Iterator[QImage]:
    """``frames`` with ``progress`` called before each; cancelling raises _Cancelled."""
    n = _count(frames)
    for k, frame in enumerate(frames):
        if progress is not None and not progress(k, n):
            raise _Cancelled
        yield frame
    if getattr(frames, "cancelled", False):
        raise _Cancelled


def export_gif(
    frames: Iterable[QImage] | Sequence[QImage],
    path: str | os.PathLike,
    fps: float = 4,
    progress: Progress | None = None,
) -> int:
    """Write ``frames`` as a looping GIF animation.

    All frames share one adaptive palette of up to 256 colours, computed
    once from the first frame; every frame is mapped to it without
    dithering.  Frames are converted and encoded as they arrive.

    Parameters
    ----------
    frames : iterable of QImage
        All of the same size, e.g. :func:`render_animation_frames`.
    path : str or path-like
        The GIF to write; it is replaced only when the animation is complete.
    fps : float
        Frames per second, above 0 and at most 50.
    progress : callable, optional
        ``progress(k, n)`` before frame ``k`` of ``n`` (0 if unknown);
        returning False cancels.

    Returns
    -------
    int
        The number of frames encoded; 0 when there were no frames or the
        export was cancelled (then nothing is written).  Pillow stores a
        frame identical to the one before it by lengthening that frame's
        delay, so the file can hold fewer frames than this.

    Raises
    ------
    ExportError
        If the file cannot be written.
    """
    if not 0 < fps <= MAX_FPS:
        raise ValueError(f"fps must be above 0 and at most {MAX_FPS:g}, but got {fps}")
    stream = _paced(frames, progress)
    written = 0

    def mapped(first: Image.Image, palette: Image.Image) -> Iterator[Image.Image]:
        """The frames after the first, mapped to the shared palette as they come."""
        nonlocal written
        for frame in stream:
            im = _to_pil(frame)
            if im.size != first.size:
                raise ExportError(
                    QCoreApplication.translate(
                        "export", "Frame {k} is {w}x{h}, but the animation is {W}x{H}"
                    ).format(k=written + 1, w=im.width, h=im.height, W=first.width, H=first.height)
                )
            written += 1
            yield im.quantize(palette=palette, dither=Image.Dither.NONE)

    try:
        with _atomic(path) as tmp:
            try:
                first = _to_pil(next(stream))
            except StopIteration:
                raise _Cancelled from None
            # The palette image is the first frame itself, mapped to its own palette.
            palette = first.quantize(256, dither=Image.Dither.NONE)
            written = 1
            palette.save(
                tmp,
                format="GIF",
                save_all=True,
                append_images=mapped(first, palette),
                duration=round(1000 / fps),
                loop=0,
                optimize=False,
                # Given a palette, Pillow writes it once as the global colour
                # table instead of a local table in every frame.
                palette=palette.getpalette(),
            )
    except _Cancelled:
        return 0
    return written


def export_frames(
    frames: Iterable[QImage] | Sequence[QImage],
    folder: str | os.PathLike,
    stem: str = "frame",
    progress: Progress | None = None,
) -> int:
    """Write each frame as ``{stem}_0001.png``, ``{stem}_0002.png``, ... in ``folder``.

    The folder is created if needed.  Numbers have four digits, or more when
    there are more than 9999 frames.

    Parameters
    ----------
    frames : iterable of QImage
        E.g. :func:`render_animation_frames`.
    folder : str or path-like
        Where the PNGs go.
    stem : str
        The file name before ``_NNNN.png``; no path separators.
    progress : callable, optional
        ``progress(k, n)`` before frame ``k`` of ``n`` (0 if unknown);
        returning False stops (the frames written so far stay).

    Returns
    -------
    int
        The number of files written.

    Raises
    ------
    ExportError
        If a file cannot be written.
    """
    if not stem or os.sep in stem or (os.altsep and os.altsep in stem) or stem in (".", ".."):
        raise ValueError(f"stem must be a plain file name, but got {stem!r}")
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise _cannot_write(folder, err) from None
    digits = max(4, len(str(_count(frames))))
    written = 0
    try:
        for k, frame in enumerate(_paced(frames, progress)):
            _write_bytes(folder / f"{stem}_{k + 1:0{digits}d}.png", _png_bytes(frame))
            written += 1
    except _Cancelled:
        pass
    return written
