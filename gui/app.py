"""Entry point of ``convt-lab``: the window, ``render`` into a PNG, or ``explain``.

The QApplication and the window live inside :func:`main` and are torn down
before it returns: on Python 3.11, Qt objects still alive in module globals
at interpreter exit can crash it.
"""

from __future__ import annotations

import dataclasses
import os
import sys

from .cli import CliError, Request, fail, parse

__all__ = ["main"]


def _make_app(argv: list[str]):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("ConvT Lab")
    app.setOrganizationName("convt-lab")
    app.setDesktopFileName("convt-lab")
    from .desktop import app_icon

    app.setWindowIcon(app_icon())
    return app


def _teardown(app, window) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def _window(request: Request, settings=None, **options):
    from .main_window import MainWindow
    from .state import LabState

    state = LabState(request.params, request.x, request.w)
    if not request.setup.single:
        setup = request.setup
        state.set_channels(setup.in_channels, setup.out_channels, setup.groups, setup.bias)
        state.set_pick(*request.pick)
        if request.xs is not None:  # the values saved in a session
            state.apply(state.snapshot.replace(xs=request.xs, ws=request.ws, bias=request.bias))
        state.undo_stack.clear()
    if request.selection:
        state.select(request.selection)
    state.set_step(request.step - 1)
    return MainWindow(state, settings, **options)


def _language(app, wanted: str | None) -> str:
    from .i18n import install_language, system_language

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
    language = _language(app, request.language or "en")
    window = _window(
        request, language=language, theme=request.theme, font_scale=request.font_scale
    )
    try:
        return _render_window(app, window, request)
    finally:
        _teardown(app, window)


def _render_window(app, window, request: Request) -> int:
    from pathlib import Path

    from .export import ExportError, export_frames, export_gif, export_png, export_svg
    from .export import output_cells, render_animation_frames

    window.resize(*request.size)
    window.show_view(request.view)
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
        else:
            export_png(window, out, request.size)
    except (ExportError, OSError) as err:
        print(f"convt-lab render: error: {err}", file=sys.stderr)
        return 1
    return 0


def explain(request: Request) -> int:
    """Print the lesson's steps for the requested parameters."""
    from PySide6.QtCore import QCoreApplication

    import core

    from .explain import explain as explain_text
    from .fills import arange

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    _language(app, request.language or "en")
    p = request.params
    x = arange(p.input_size) if request.x is None else request.x
    w = arange(p.kernel_size) if request.w is None else request.w
    wt = core.walkthrough(x, w, p.stride, p.padding, p.output_padding, p.dilation)
    sys.stdout.write(explain_text(wt))
    return 0


def run_window(request: Request) -> int:
    from PySide6.QtCore import QCoreApplication

    import core

    from .crash import install_excepthook
    from .settings import Settings

    app = _make_app(sys.argv[:1])
    install_excepthook()
    settings = Settings()
    language = _language(app, request.language or settings.language or None)
    if not request.from_session and request.params == core.ConvTParams() and settings.params:
        request = dataclasses.replace(request, params=settings.params, language=language)
    window = _window(
        request, settings, language=language, theme=settings.theme, font_scale=settings.font_scale
    )
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
    return run_window(request)


def install_desktop(request: Request) -> int:
    """Add (or remove) the launcher entry and the icon for this user."""
    from .desktop import install_desktop_entry, uninstall_desktop_entry

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
