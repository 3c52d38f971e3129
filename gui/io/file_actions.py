"""The File menu's commands: sessions, pictures and PyTorch code (animations: export_dialog).

Each function takes the main window, asks for a path where needed, and
reports failures in a message box without touching the current session.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from convt_lab.gui.io.export import ExportError, export_png, export_svg
from convt_lab.gui.io.render import os_reason
from convt_lab.gui.model import session
from convt_lab.gui.model.snippet import pytorch_gradient_snippet, pytorch_layer_snippet, pytorch_snippet
from convt_lab.gui.model.document import Document

__all__ = [
    "copy_code",
    "current_session",
    "export_view",
    "open_session",
    "save_session",
]


def current_session(window) -> Document:
    """Everything needed to come back to this screen: the state's document."""
    return window.state.document


def open_session(window, path: str | None = None) -> bool:
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("files", "Open session"),
            "",
            QCoreApplication.translate("files", "ConvT Lab sessions (*.convt.json);;All files (*)"),
        )
        if not path:
            return False
    try:
        data = session.load_session(path)
    except session.SessionError as err:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("files", "Cannot open session"),
            QCoreApplication.translate(
                "files", "{path} was not opened: {reason}\nThe current session is unchanged."
            ).format(path=path, reason=err),
        )
        return False
    window.apply_document(data, QCoreApplication.translate("files", "Open session"))
    return True


def save_session(window, path: str | None = None) -> bool:
    if path is None:
        path, _ = QFileDialog.getSaveFileName(
            window,
            QCoreApplication.translate("files", "Save session"),
            "lesson" + session.SUFFIX,
            QCoreApplication.translate("files", "ConvT Lab sessions (*.convt.json)"),
        )
        if not path:
            return False
        if not path.endswith(session.SUFFIX):
            path += session.SUFFIX
    try:
        session.save_session(path, current_session(window))
    except OSError as err:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("files", "Cannot save session"),
            QCoreApplication.translate("files", "{path} was not written: {reason}").format(
                path=path, reason=os_reason(err)
            ),
        )
        return False
    window.statusBar().showMessage(
        QCoreApplication.translate("files", "Saved {path}").format(path=path), 5000
    )
    return True


def _ask_size(window) -> tuple[int, int] | None | bool:
    """The export size: None for the window's own, False when cancelled."""
    choices = [
        QCoreApplication.translate("files", "Window size"),
        "1280\u00d7720",
        "1920\u00d71080",
    ]
    choice, ok = QInputDialog.getItem(
        window,
        QCoreApplication.translate("files", "Picture size"),
        QCoreApplication.translate("files", "Size:"),
        choices,
        0,
        False,
    )
    if not ok:
        return False
    return {choices[1]: (1280, 720), choices[2]: (1920, 1080)}.get(choice)


def export_view(window, kind: str, path: str | None = None, size=False) -> bool:
    """Export the window as ``kind`` "png" or "svg"."""
    if size is False:
        size = _ask_size(window)
        if size is False:
            return False
    if path is None:
        pattern = "PNG (*.png)" if kind == "png" else "SVG (*.svg)"
        path, _ = QFileDialog.getSaveFileName(
            window, QCoreApplication.translate("files", "Export view"), f"convt-lab.{kind}", pattern
        )
        if not path:
            return False
    try:
        (export_png if kind == "png" else export_svg)(window, path, size)
    except ExportError as err:
        QMessageBox.warning(window, QCoreApplication.translate("files", "Export failed"), str(err))
        return False
    window.statusBar().showMessage(
        QCoreApplication.translate("files", "Exported {path}").format(path=path), 5000
    )
    return True


def copy_code(window) -> str:
    """Put a runnable PyTorch script for the current screen on the clipboard."""
    doc = window.state.document
    if doc.view == "transposed":  # that tab's point: the gradient identity, checked by autograd
        code = pytorch_gradient_snippet(doc.params, doc.pair_x, doc.pair_w)
    elif doc.setup.single:
        code = pytorch_snippet(doc.params, doc.pair_x, doc.pair_w, output_size=doc.output_size)
    else:
        code = pytorch_layer_snippet(doc.params, doc.setup, doc.x, doc.w, doc.b,
                                     output_size=doc.output_size)
    QGuiApplication.clipboard().setText(code)
    window.statusBar().showMessage(
        QCoreApplication.translate("files", "PyTorch code copied to the clipboard"), 5000
    )
    return code
