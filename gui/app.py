"""Entry point of ``convt-lab``: the window, ``render`` into a PNG, or ``explain``.

The QApplication and the window live inside :func:`main` and are torn down
before it returns: on Python 3.11, Qt objects still alive in module globals
at interpreter exit can crash it.
"""

from __future__ import annotations

import os
import sys

from convt_lab.gui.io.cli import TOOL_COMMANDS, CliError, Request, fail, parse

__all__ = ["main"]


def _make_app(argv: list[str]):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("ConvT Lab")
    app.setOrganizationName("convt-lab")
    app.setDesktopFileName("convt-lab")
    from convt_lab.gui.io.desktop import app_icon

    app.setWindowIcon(app_icon())
    return app


def _teardown(app, window) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def _window(document, settings=None):
    """The main window on ``document``; everything it holds is shown."""
    from convt_lab.gui.main_window import MainWindow
    from convt_lab.gui.state import LabState

    return MainWindow(LabState(document), settings)


def _language(app, wanted: str | None) -> str:
    from convt_lab.gui.i18n import install_language, system_language

    language = wanted or system_language()
    if not install_language(app, language):
        print(f"convt-lab: warning: no {language} translation found; using English", file=sys.stderr)
        return "en"
    return language


def _quiet_offscreen_notice() -> None:
    """Drop the offscreen plugin's notice that it cannot resize windows; keep the rest."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(kind, context, message: str) -> None:
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)


def render(request: Request) -> int:
    """Draw the window offscreen at the requested size into a PNG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _quiet_offscreen_notice()
    app = _make_app([sys.argv[0]])
    language = _language(app, request.document.language)
    window = _window(request.document.replace(language=language))
    try:
        return _render_window(app, window, request)
    finally:
        _teardown(app, window)


def _render_window(app, window, request: Request) -> int:
    from pathlib import Path

    from convt_lab.gui.io.export import ExportError, export_frames, export_gif, export_png, export_svg
    from convt_lab.gui.io.export import output_cells, render_animation_frames

    # A 4K picture is drawn as a 4K screen shows the window: laid out at half
    # the size, every pixel doubled (device pixel ratio 2), so text stays readable.
    ratio = 2 if request.size[0] >= 2880 and request.size[1] >= 1620 else 1
    logical = (request.size[0] // ratio, request.size[1] // ratio)
    window.resize(*logical)
    window.show()
    app.processEvents()
    window.grids.fit()
    app.processEvents()
    out = request.output
    try:
        if request.animate:
            shape = window.state.result.output.shape
            first, last = request.cells or (1, shape[0] * shape[1])
            frames = render_animation_frames(window, output_cells(shape, first - 1, last), request.size)
            if out.lower().endswith(".gif"):
                export_gif(frames, out, fps=request.fps)
            else:
                Path(out).mkdir(parents=True, exist_ok=True)
                export_frames(frames, Path(out))
        elif out.lower().endswith(".svg"):
            export_svg(window, out, request.size)
        elif ratio == 1:
            export_png(window, out, request.size)
        else:
            export_png(window, out, logical, scale=ratio)
    except (ExportError, OSError) as err:
        print(f"convt-lab render: error: {err}", file=sys.stderr)
        return 1
    return 0


def explain(request: Request) -> int:
    """Print the lesson's steps for the requested parameters."""
    from PySide6.QtCore import QCoreApplication

    from convt_lab.gui.io.explain import explain as explain_text
    from convt_lab.gui.model.result import compute

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    _language(app, request.document.language)
    sys.stdout.write(explain_text(compute(request.document).walkthrough))
    return 0


def run_window(request: Request) -> int:
    from PySide6.QtCore import QCoreApplication

    from convt_lab.gui.io.cli import apply_overrides
    from convt_lab.gui.io.crash import install_excepthook
    from convt_lab.gui.io.settings import Settings

    app = _make_app(sys.argv[:1])
    install_excepthook()
    settings = Settings()
    if request.from_session:
        document = request.document
    else:  # the remembered settings, with what the command line gave on top
        document = apply_overrides(settings.document(), request.overrides)
    if "language" not in request.overrides and not request.from_session and not settings.language:
        document = document.replace(language=_system_language())
    language = _language(app, document.language)
    window = _window(document.replace(language=language), settings)
    if not window.restoreGeometry(settings.geometry):
        window.resize(1280, 800)
    if settings.problems:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Some settings could not be read and were reset to defaults: {what}").format(
                what=", ".join(settings.problems)
            ),
            15000,
        )
    window.show()
    _schedule_autoquit(window)
    code = app.exec()
    _teardown(app, window)
    return code


def _system_language() -> str:
    from convt_lab.gui.i18n import system_language

    return system_language()


def _schedule_autoquit(window) -> None:
    """Quit by itself when CONVT_LAB_AUTOQUIT is "close:MS" or "shortcut:MS".

    For scripted recordings and the exit tests: after MS milliseconds the
    window is closed as the user would close it, by its close button
    ("close") or by typing Ctrl+Q ("shortcut").
    """
    spec = os.environ.get("CONVT_LAB_AUTOQUIT", "")
    how, _, ms = spec.partition(":")
    if how not in ("close", "shortcut") or not ms.isdigit():
        return
    from PySide6.QtCore import Qt, QTimer

    def quit_now() -> None:
        if how == "close":
            window.close()
            return
        from PySide6.QtTest import QTest

        # A shortcut reaches only the active window, as a real key press would.
        QTest.qWaitForWindowExposed(window)
        window.activateWindow()
        QTest.qWaitForWindowActive(window)
        QTest.keyClick(window.grids, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)

    QTimer.singleShot(int(ms), window, quit_now)


def main(argv: list[str] | None = None) -> int:
    """Run ``convt-lab`` with ``argv`` (default: the process arguments)."""
    try:
        request = parse(sys.argv[1:] if argv is None else argv)
    except CliError as err:
        return fail(str(err))
    if request.command == "render":
        return render(request)
    if request.command == "explain":
        return explain(request)
    if request.command == "install-desktop":
        return install_desktop(request)
    if request.command in TOOL_COMMANDS:
        import importlib

        return importlib.import_module(TOOL_COMMANDS[request.command]).run(request.tool_args)
    return run_window(request)


def install_desktop(request: Request) -> int:
    """Add (or remove) the launcher entry and the icon for this user."""
    from convt_lab.gui.io.desktop import install_desktop_entry, uninstall_desktop_entry

    try:
        paths = uninstall_desktop_entry() if request.uninstall else install_desktop_entry()
    except OSError as err:
        print(f"convt-lab install-desktop: error: {err}", file=sys.stderr)
        return 1
    for path in paths:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
