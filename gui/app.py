"""Entry point of ``convt-lab``: the window, or ``render`` into a PNG.

The QApplication and the window live inside :func:`main` and are torn down
before it returns: on Python 3.11, Qt objects still alive in module globals
at interpreter exit can crash it.
"""

from __future__ import annotations

import os
import sys

from .cli import CliError, Request, fail, parse

__all__ = ["main"]


def _make_app(argv: list[str]):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("ConvT Lab")
    app.setOrganizationName("ConvT Lab")
    app.setDesktopFileName("convt-lab")
    return app


def _teardown(app, window) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def _window(request: Request):
    from .main_window import MainWindow
    from .state import LabState

    state = LabState(request.params)
    if request.selection:
        state.select(request.selection)
    return MainWindow(state)


def render(request: Request) -> int:
    """Draw the window offscreen at the requested size into a PNG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = _make_app([sys.argv[0]])
    window = _window(request)
    try:
        window.resize(*request.size)
        window.show()
        app.processEvents()
        window.grids.fit()
        app.processEvents()
        if not window.grab().save(request.output, "PNG"):
            print(f"convt-lab render: error: cannot write {request.output!r}", file=sys.stderr)
            return 1
    finally:
        _teardown(app, window)
    return 0


def run_window(request: Request) -> int:
    app = _make_app(sys.argv[:1])
    window = _window(request)
    window.resize(1280, 800)
    window.show()
    code = app.exec()
    _teardown(app, window)
    return code


def main(argv: list[str] | None = None) -> int:
    """Run ``convt-lab`` with ``argv`` (default: the process arguments)."""
    try:
        request = parse(sys.argv[1:] if argv is None else argv)
    except CliError as err:
        return fail(str(err))
    if request.command == "render":
        return render(request)
    return run_window(request)


if __name__ == "__main__":
    sys.exit(main())
