"""Entry point of ``convt-lab``: the window, ``render`` into a PNG, or ``explain``.

The QApplication and the window live inside :func:`main` and are torn down
before it returns: on Python 3.11, Qt objects still alive in module globals
at interpreter exit can crash it.

Standard output is watched for every command, ``--help`` included: when it
cannot be written (a full disk, closed, a failing device) the command ends
with one line on stderr and exit code 1; a reader that stops early
(``| head``) ends it quietly.
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import replace

from convt_lab.gui.i18n import system_language
from convt_lab.gui.io.cli import TOOL_COMMANDS, CliError, Request, fail, parse, window_overrides
from convt_lab.gui.io.process import (
    WatchedStdout,
    interruptible,
    stdout_failed,
    translated_error,
    utf8_locale,
    wanted_language,
)

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
    from convt_lab.gui.i18n import install_language

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
    from convt_lab.gui.io.display import draw_offscreen

    draw_offscreen()  # no display needed, whatever QT_QPA_PLATFORM says
    _quiet_offscreen_notice()
    app = _make_app([sys.argv[0]])
    language = _language(app, request.language)
    window = _window(request.document.replace(language=language))
    try:
        return _render_window(app, window, request)
    finally:
        _teardown(app, window)


def _render_window(app, window, request: Request) -> int:
    from convt_lab.gui.io.export import ExportError, export_png, export_svg

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
    if request.animate or request.script:
        from convt_lab.gui.io.animation_file import render_animation

        return render_animation(window, request)
    try:
        if out.lower().endswith(".svg"):
            export_svg(window, out, request.size)
        else:
            export_png(window, out, logical, picture=request.size)
    except (ExportError, OSError) as err:
        fail(f"convt-lab render: error: {err}")
        return 1
    return 0


def explain(request: Request) -> int:
    """Print the lesson's steps for the requested parameters."""
    from PySide6.QtCore import QCoreApplication

    from convt_lab.gui.io.explain import channel_note
    from convt_lab.gui.io.explain import explain as explain_text
    from convt_lab.gui.model.result import compute

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    _language(app, request.language)
    document = request.document
    if not document.setup.single:
        sys.stdout.write(channel_note(document) + "\n\n")
    sys.stdout.write(explain_text(compute(document)))
    return 0


def run_window(request: Request) -> int:
    """The window: remembered settings with the command line on top.

    A failure while the window is built is a start-up failure: it is logged,
    and the window is built again on the default lesson with a notice that
    says what failed, that the defaults are shown and where the log is.
    """
    from convt_lab.gui.io.crash import install_excepthook
    from convt_lab.gui.io.settings import Settings

    app = _make_app(sys.argv[:1])
    hook = install_excepthook()
    hook.starting = True
    failure: BaseException | None = None
    settings = None
    try:
        settings = Settings()
        if not request.from_session and request.tool_args is not None:
            # A selection or target size must fit the remembered layer, not the lesson's.
            request = replace(request, overrides=window_overrides(request.tool_args,
                                                                  settings.document()))
        window = _first_window(app, request, settings)
        if hook.errors:  # raised in a slot while building: the window may be half made
            failure = hook.errors[0]
            _teardown(app, window)
    except CliError as err:  # the command line does not fit the remembered layer
        # Said in the window's language: the command line's, else the remembered one.
        wanted = request.overrides.get("language") or (settings.language if settings else "")
        if (wanted or system_language()) == "zh" and _language(app, "zh") == "zh":
            try:
                window_overrides(request.tool_args, settings.document())
            except CliError as again:
                err = again
        return fail(str(err))
    except Exception as err:  # noqa: BLE001 - any start-up failure is reported, then recovered
        failure = err
    if failure is not None:
        window = _fallback_window(app, request, settings, failure, logged=failure in hook.errors)
        if window is None:
            return 1
    hook.starting = False
    window.show()
    notice = settings.notice() if settings is not None else ""
    if notice:
        print(f"convt-lab: warning: {notice}", file=sys.stderr)
        window.statusBar().showMessage(notice, 30000)
    if failure is not None:
        _startup_notice(window, failure)
    _schedule_autoquit(window)
    code = app.exec()
    _teardown(app, window)
    return code


def _first_window(app, request: Request, settings):
    from convt_lab.gui.io.cli import apply_overrides

    if request.from_session:
        document = request.document
    else:  # the remembered settings, with what the command line gave on top
        document = apply_overrides(settings.document(), request.overrides)
    if "language" not in request.overrides and not request.from_session and not settings.language:
        document = document.replace(language=system_language())
    first_run = settings.first_run and not request.from_session and "step" not in request.overrides
    if first_run:  # a newcomer starts at the lesson's first step
        document = document.replace(step=1)
    language = _language(app, document.language)
    window = _window(document.replace(language=language), settings)
    if first_run:
        from convt_lab.gui.help import show_first_run_hint

        show_first_run_hint(window)
    if not window.restoreGeometry(settings.geometry):
        _default_geometry(window)
    return window


def _default_geometry(window) -> None:
    """1280×800; on a smaller screen (a 1280×720 projector), its free area, maximized.

    Maximized, a window manager fits the window and its frame to the screen;
    without one the window already has the screen's free area.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    screen = window.screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry() if screen is not None else None
    if free is None or (free.width() >= 1280 and free.height() >= 800):
        window.resize(1280, 800)
        return
    window.resize(min(1280, free.width()), min(800, free.height()))
    window.move(free.topLeft())
    window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def _fallback_window(app, request: Request, settings, failure: BaseException, logged: bool):
    """The window on the default lesson after ``failure``; None (and a message) if that fails too."""
    from convt_lab.gui.io.crash import log_exception, short_error
    from convt_lab.gui.model.document import Document

    if not logged:  # the crash hook logs what it catches itself
        log_exception(failure)
    language = request.language or system_language()
    try:
        language = _language(app, language)
        window = _window(Document(language=language), settings)
        _default_geometry(window)
    except Exception as err:  # noqa: BLE001 - nothing left to fall back to: say so and stop
        path = log_exception(err)
        fail(f"convt-lab: error: the window could not be built ({short_error(err)}), not even "
             f"with the default lesson; details in {path or 'no log (it could not be written)'}")
        return None
    return window


def _startup_notice(window, failure: BaseException) -> None:
    """Tell what failed at start-up, that the default lesson is shown, and where the log is."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from convt_lab.gui.io.crash import log_path, short_error

    text = QCoreApplication.translate(
        "crash",
        "ConvT Lab could not start with the remembered settings and the command line: {error}. "
        "It started with the default lesson instead. The details were written to {path}.",
    ).format(error=short_error(failure), path=log_path())
    fail(f"convt-lab: warning: {text}")
    window.statusBar().showMessage(text, 60000)
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("crash", "Started with the defaults"), text,
                      QMessageBox.StandardButton.Ok, window)
    box.setObjectName("startupMessage")
    box.open()  # window-modal without a nested event loop: a recording never hangs on it


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
    argv = sys.argv[1:] if argv is None else argv
    utf8_locale()
    closed = sys.stdout is None
    stdout = WatchedStdout(sys.stdout)
    prog = "convt-lab"
    with contextlib.redirect_stdout(stdout):
        try:
            try:
                request = parse(argv)  # --help prints here and raises SystemExit
                prog = f"convt-lab {request.command}" if request.command else prog
                code = _run(request, argv)
            except CliError as err:
                code = fail(translated_error(argv, err))
            finally:
                with contextlib.suppress(OSError):  # kept in stdout.error
                    stdout.flush()  # now, not in Python's flush at exit
        except (OSError, SystemExit):
            if stdout.error is None:
                raise  # not standard output's; or --help's exit code 0
    if stdout.error is not None:
        return stdout_failed(prog, stdout.error, closed)
    return code


def _run(request: Request, argv: list[str]) -> int:
    """Run the parsed command line: a subcommand, or the window."""
    if request.command == "render":
        return interruptible(lambda: render(request))
    if request.command == "explain":
        return explain(request)
    if request.command == "install-desktop":
        return install_desktop(request)
    if request.command in TOOL_COMMANDS:
        import importlib

        command = importlib.import_module(TOOL_COMMANDS[request.command])
        return command.run(request.tool_args)
    from PySide6.QtWidgets import QApplication

    from convt_lab.gui.io.display import display_problem

    problem = None if QApplication.instance() is not None else display_problem(
        wanted_language(argv))
    if problem is not None:
        return fail(problem)
    return run_window(request)


def install_desktop(request: Request) -> int:
    """Add (or remove) the launcher entry and the icon for this user."""
    from convt_lab.gui.io.desktop import install_desktop_entry, uninstall_desktop_entry

    try:
        paths = uninstall_desktop_entry() if request.uninstall else install_desktop_entry()
    except OSError as err:
        fail(f"convt-lab install-desktop: error: {err}")
        return 1
    for path in paths:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
