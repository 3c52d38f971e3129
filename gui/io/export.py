"""Export the view as a picture, PNG or SVG; and the one place to import every export from.

Pictures are rendered at exactly the requested pixel size and written
atomically (see :mod:`.render`).  Animations live in their own modules and
are re-exported here: :mod:`.frames` renders them frame by frame,
:mod:`.gif` writes GIFs and numbered PNGs, :mod:`.video` MP4 and WebM, and
:mod:`.animation_file` picks the writer for a file name.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPoint, QRect
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from convt_lab.gui.io.frames import AnimationFrames, output_cells, render_animation_frames
from convt_lab.gui.io.gif import export_frames, export_gif
from convt_lab.gui.io.render import (
    ExportError,
    Progress,
    laid_out,
    pixels,
    png_bytes,
    render_image,
    vector_items,
    write_file,
)

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


def export_png(
    widget: QWidget,
    path: str | os.PathLike,
    size: tuple[int, int] | None = None,
    scale: float = 1.0,
    picture: tuple[int, int] | None = None,
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
    picture : (width, height), optional
        The PNG's size in pixels, exactly, instead of ``size`` times ``scale``
        (an odd size drawn at about twice the layout's: 3841x2161 from 1920x1080).

    Raises
    ------
    ExportError
        If the file cannot be written.
    """
    with laid_out(widget, size) as target:
        image = render_image(widget, picture or pixels(target, scale))
    write_file(path, png_bytes(image))


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
    with laid_out(widget, size) as target:
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
            with vector_items(widget):
                widget.render(painter, QPoint())
        finally:
            painter.end()
    buffer.close()
    write_file(path, bytes(array.data()))
