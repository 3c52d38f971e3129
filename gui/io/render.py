"""What every export shares: rendering the window into an image, and writing a file.

The window is rendered with ``QWidget.render`` into an image of exactly the
requested pixel size (:func:`laid_out` lays it out at that size first and
restores it after).  Files are written with
:func:`convt_lab.gui.model.files.atomic_write`, so a failed or cancelled
export never leaves half a file behind; every write failure raises
:class:`ExportError` with a translated one-line message.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import BinaryIO

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPoint, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QWidget

from convt_lab.gui.model.files import atomic_write

__all__ = [
    "ExportError",
    "Progress",
    "cannot_write",
    "laid_out",
    "pixels",
    "png_bytes",
    "render_image",
    "settle",
    "write_file",
]
# ``progress(done, total) -> bool``: called before frame ``done`` (0-based)
# of ``total``; returning False cancels.  ``total`` is 0 when unknown.
Progress = Callable[[int, int], bool]


class ExportError(Exception):
    """An export could not be written; ``str(err)`` is a translated line."""


def os_reason(err: OSError) -> str:
    """Why a file could not be written, in the interface's language for the usual reasons."""
    translate = QCoreApplication.translate
    reasons = {
        errno.ENOENT: lambda: translate("export", "the folder does not exist"),
        errno.EACCES: lambda: translate("export", "permission denied"),
        errno.EPERM: lambda: translate("export", "permission denied"),
        errno.EISDIR: lambda: translate("export", "it is a folder"),
        errno.ENOTDIR: lambda: translate("export", "a part of the path is not a folder"),
        errno.ENOSPC: lambda: translate("export", "the disk is full"),
        errno.EROFS: lambda: translate("export", "the disk is read-only"),
        errno.EDQUOT: lambda: translate("export", "the disk quota is used up"),
        errno.ENAMETOOLONG: lambda: translate("export", "the name is too long"),
        errno.EINVAL: lambda: translate(
            "export", "it is not a regular file (a device, a pipe or a socket)"),
    }
    said = reasons.get(err.errno)
    return said() if said is not None else (err.strerror or str(err))


def cannot_write(path: str | os.PathLike, err: OSError | str) -> ExportError:
    """The :class:`ExportError` for a file that could not be written."""
    if isinstance(err, str):
        reason = err
    elif err.errno == errno.ENOENT and os.path.isdir(os.path.dirname(os.path.abspath(path))):
        # The folder is there, but makes no files (/proc): not "the folder does not exist".
        reason = QCoreApplication.translate("export", "no file can be made in that folder")
    else:
        reason = os_reason(err)
    return ExportError(
        QCoreApplication.translate("export", "Cannot write {path}: {reason}").format(
            path=os.fspath(path), reason=reason
        )
    )


def write_file(path: str | os.PathLike, data: bytes | Callable[[BinaryIO], None]) -> str:
    """Write ``data`` atomically (see ``atomic_write``); OSErrors become :class:`ExportError`.

    Returns the path written (a symbolic link's target).
    """
    if os.path.isdir(path):
        raise cannot_write(path, QCoreApplication.translate("export", "it is a folder"))
    try:
        # An export is not a document: skipping fsync keeps long exports fast.
        return atomic_write(path, data, sync=False)
    except OSError as err:
        raise cannot_write(path, err) from None


def png_bytes(image: QImage) -> bytes:
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


def settle() -> None:
    """Let layouts, resizes and scheduled updates run before rendering."""
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()


def pixels(size: tuple[int, int] | QSize, scale: float = 1.0) -> QSize:
    """``size`` times ``scale`` as a QSize; a ValueError for an empty size."""
    width, height = (size.width(), size.height()) if isinstance(size, QSize) else size
    if int(width) < 1 or int(height) < 1:
        raise ValueError(f"size must be positive, but got {width}x{height}")
    if not scale > 0:
        raise ValueError(f"scale must be positive, but got {scale}")
    return QSize(max(1, round(int(width) * scale)), max(1, round(int(height) * scale)))


@contextmanager
def laid_out(widget: QWidget, size: tuple[int, int] | None) -> Iterator[QSize]:
    """Lay ``widget`` out for a picture of ``size`` (width, height); restore it after.

    Yields the picture size.  A widget cannot be made smaller than its
    minimum size (nor, on some desktops, larger than the screen): it is then
    laid out at the nearest size with the same aspect ratio, and
    :func:`render_image` scales the drawing to the requested pixels.
    """
    if size is None:
        yield widget.size()
        return
    target = pixels(size)
    old = widget.size()
    widget.resize(target)
    settle()
    got = widget.size()
    factor = max(got.width() / target.width(), got.height() / target.height())
    if got != target and factor != 1:
        widget.resize(round(target.width() * factor), round(target.height() * factor))
        settle()
    try:
        yield target
    finally:
        widget.resize(old)
        settle()


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

    Raises
    ------
    ExportError
        When there is no memory for the image.
    """
    have = widget.size()
    target = have if size is None else pixels(size)
    ratio = max(target.width() / max(1, have.width()), target.height() / max(1, have.height()))
    image = QImage(target, QImage.Format.Format_RGB32)
    if image.isNull():  # Qt returns an empty image when it cannot allocate one
        raise ExportError(QCoreApplication.translate(
            "export", "Not enough memory for a {w}\u00d7{h} picture").format(w=target.width(), h=target.height()))
    image.setDevicePixelRatio(ratio)
    image.fill(widget.palette().window().color())
    painter = QPainter(image)
    try:
        with vector_items(widget):  # every frame drawn afresh, never from a stale cache
            widget.render(painter, QPoint())
    finally:
        painter.end()
    return image


@contextmanager
def vector_items(widget: QWidget) -> Iterator[None]:
    """Draw every graphics item afresh instead of from its pixmap cache, then cache again.

    The grids keep a pixmap of themselves so that a click repaints quickly; an
    SVG needs their shapes and text, not that pixmap.
    """
    cached = [
        (item, item.cacheMode())
        for view in widget.findChildren(QGraphicsView)
        for item in view.items()
        if item.cacheMode() != QGraphicsItem.CacheMode.NoCache
    ]
    for item, _ in cached:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        yield
    finally:
        for item, mode in cached:
            item.setCacheMode(mode)
