"""File → Export animation: the dialog for GIF, MP4, WebM or PNG frames, and the export.

The dialog offers the format (MP4 and WebM only with PyAV installed; the
dialog then says how to add it), the picture size (the window's, 1280×720,
1920×1080 or 3840×2160), "grids only", the frame rate (by default the
speed on screen), how long the last frame stays, and the range of steps.
The export then asks for the file, starting in the folder used last;
refuses what cannot fit on the disk; shows a progress dialog that can
cancel; and ends with "Saved to …" in the status bar.  The folder and the
size are remembered in the settings.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QSpinBox,
)

from convt_lab.gui.io.animation_file import check_room, max_fps, write_animation
from convt_lab.gui.io.render import ExportError
from convt_lab.gui.io.frames import animation_for, render_animation_frames
from convt_lab.gui.io.video import install_hint, video_available

__all__ = ["ExportChoice", "ExportDialog", "export_animation", "screen_fps"]

SIZES = ((1280, 720), (1920, 1080), (3840, 2160))
FORMATS = ("gif", "mp4", "webm", "frames")


@dataclass(frozen=True)
class ExportChoice:
    """What the dialog asked for."""

    kind: str = "gif"
    size: tuple[int, int] | None = None  # None: the window's size
    grids_only: bool = False
    fps: float = 2.0
    hold: float = 1.0
    first: int = 1
    last: int | None = None


def screen_fps(window) -> float:
    """The animation's speed on screen, in frames per second."""
    return float(window.animator.speed)  # one animator plays every view's steps


class ExportDialog(QDialog):
    """Asks for an :class:`ExportChoice`; ``choice()`` reads it."""

    def __init__(self, window, kind: str = "gif", size: tuple[int, int] | None = None):
        super().__init__(window)
        self.setWindowTitle(self.tr("Export animation"))
        self._steps = len(animation_for(window))
        form = QFormLayout(self)
        self.format = QComboBox()
        names = {"gif": "GIF", "mp4": self.tr("MP4 video (H.264)"), "webm": self.tr("WebM video (VP9)"),
                 "frames": self.tr("PNG frames in a folder")}
        has_video = video_available()
        for key in FORMATS:
            self.format.addItem(names[key], key)
            if key in ("mp4", "webm") and not has_video:
                item = self.format.model().item(self.format.count() - 1)
                item.setEnabled(False)
                item.setToolTip(install_hint())
        self.format.setCurrentIndex(FORMATS.index(kind if kind in FORMATS else "gif"))
        form.addRow(self.tr("Format:"), self.format)
        if not has_video:
            hint = QLabel(install_hint())
            hint.setWordWrap(True)
            hint.setObjectName("videoHint")
            form.addRow(hint)
        self.size = QComboBox()
        self.size.addItem(self.tr("Window size"), None)
        for w, h in SIZES:
            self.size.addItem(f"{w}\u00d7{h}", (w, h))
        if size in SIZES:
            self.size.setCurrentIndex(SIZES.index(size) + 1)
        form.addRow(self.tr("Size:"), self.size)
        self.grids = QCheckBox(self.tr("Grids only (no menus or side panel)"))
        form.addRow(self.grids)
        self.fps = QDoubleSpinBox()
        self.fps.setRange(0.1, 60.0)
        self.fps.setDecimals(1)
        self.fps.setValue(min(screen_fps(window), 60.0))
        self.fps.setSuffix(self.tr(" frames/s"))
        self.fps.setToolTip(self.tr("The speed on screen by default; GIF stores at most 50"))
        form.addRow(self.tr("Speed:"), self.fps)
        self.hold = QDoubleSpinBox()
        self.hold.setRange(0.0, 600.0)
        self.hold.setDecimals(1)
        self.hold.setValue(1.0)
        self.hold.setSuffix(self.tr(" s"))
        form.addRow(self.tr("Hold the last frame:"), self.hold)
        self.first, self.last = QSpinBox(), QSpinBox()
        for spin in (self.first, self.last):
            spin.setRange(1, max(1, self._steps))
        self.last.setValue(self._steps)
        self.first.valueChanged.connect(lambda v: self.last.setMinimum(v))
        form.addRow(self.tr("From step:"), self.first)
        form.addRow(self.tr("To step:"), self.last)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

    def _format_changed(self) -> None:
        frames = self.format.currentData() == "frames"
        self.fps.setEnabled(not frames)
        self.hold.setEnabled(not frames)

    def choice(self) -> ExportChoice:
        return ExportChoice(self.format.currentData(), self.size.currentData(), self.grids.isChecked(),
                            self.fps.value(), self.hold.value(), self.first.value(), self.last.value())


def _settings_get(window, name: str, default):
    settings = getattr(window, "settings", None)
    return getattr(settings, name, default) if settings is not None else default


def _settings_set(window, name: str, value) -> None:
    settings = getattr(window, "settings", None)
    if settings is not None and hasattr(type(settings), name):
        setattr(settings, name, value)


def _ask_path(window, kind: str) -> str:
    folder = _settings_get(window, "export_folder", "") or ""
    if kind == "frames":
        return QFileDialog.getExistingDirectory(
            window, QCoreApplication.translate("files", "Folder for the frames"), folder)
    name = os.path.join(folder, f"convt-lab.{kind}") if folder else f"convt-lab.{kind}"
    pattern = {"gif": "GIF (*.gif)", "mp4": "MP4 (*.mp4)", "webm": "WebM (*.webm)"}[kind]
    path, _ = QFileDialog.getSaveFileName(
        window, QCoreApplication.translate("files", "Export animation"), name, pattern)
    if path and not path.lower().endswith("." + kind):
        path += "." + kind
    return path


def export_animation(window, kind: str = "gif", path: str | None = None,
                     choice: ExportChoice | None = None) -> int:
    """Ask (unless given), then export the view's animation; returns the frames written."""
    if choice is None:
        dialog = ExportDialog(window, kind, _settings_get(window, "export_size", None))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        choice = dialog.choice()
    if path is None:
        path = _ask_path(window, choice.kind)
        if not path:
            return 0
    steps = animation_for(window, choice.first - 1, choice.last)
    size = choice.size or (window.width(), window.height())
    title = QCoreApplication.translate("files", "Export failed")
    try:
        check_room(path, choice.kind, len(steps), size)
    except ExportError as err:
        QMessageBox.warning(window, title, str(err))
        return 0
    dialog = QProgressDialog(QCoreApplication.translate("files", "Rendering frames\u2026"),
                             QCoreApplication.translate("files", "Cancel"), 0, len(steps), window)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)

    def progress(done: int, total: int) -> bool:
        dialog.setValue(done)
        return not dialog.wasCanceled()

    frames = render_animation_frames(window, steps, choice.size, grids=choice.grids_only)
    try:
        count = write_animation(frames, path, min(choice.fps, max_fps(choice.kind)), choice.hold, progress)
    except ExportError as err:
        QMessageBox.warning(window, title, str(err))
        count = 0
    finally:
        dialog.close()
    if count:
        _settings_set(window, "export_folder", os.path.dirname(os.path.abspath(path))
                      if choice.kind != "frames" else os.path.abspath(path))
        _settings_set(window, "export_size", choice.size)
        window.statusBar().showMessage(
            QCoreApplication.translate("files", "Saved to {path} ({n} frames)").format(
                path=os.path.abspath(path), n=count), 10000)
    return count
