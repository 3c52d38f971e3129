"""``convt-lab play SCRIPT``: play a lesson script hands-free, in presentation mode.

The script is checked whole before any window opens (a bad one gets one
line naming the scene and the field, and exit code 2).  Each state of the
script stays on screen as long as :func:`.script_frames.cues` says, so a
screen recording of ``play`` matches ``render --script``.  Esc or closing
the window stops; with ``--loop`` the script starts again at the end.
"""

from __future__ import annotations

import argparse
import sys

__all__ = ["HELP", "add_arguments", "run"]

HELP = "play a lesson script (TOML) hands-free in presentation mode"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("script", metavar="SCRIPT", help="a lesson script, e.g. resources/scripts/seed_lesson_en.toml")
    parser.add_argument("--windowed", action="store_true", help="play in a normal window, not full screen")
    parser.add_argument("--loop", action="store_true", help="start again at the end")


def _EscapeStops(app):
    """An event filter that ends the play-through on Esc, wherever the focus is."""
    from PySide6.QtCore import QEvent, QObject, Qt

    class EscapeStops(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                app.quit()
                return True
            return False

    return EscapeStops(app)


def run(args: argparse.Namespace) -> int:
    from convt_lab.gui.io.cli import fail
    from convt_lab.gui.model.script import ScriptError, load_script

    try:
        script = load_script(args.script)
    except ScriptError as err:
        return fail(f"convt-lab play: error: {args.script!r}: {err}")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from convt_lab.gui.io.display import display_problem

    problem = None if QApplication.instance() is not None else display_problem()
    if problem is not None:  # Qt would abort; a recording needs no display
        return fail(problem.replace("convt-lab: error:", "convt-lab play: error:", 1)
                    + f"; `convt-lab render --script {args.script} -o FILE.mp4` records it "
                    "without one")

    from convt_lab.gui.app import _language, _make_app, _schedule_autoquit, _teardown
    from convt_lab.gui.io.script_frames import CaptionBanner, cues
    from convt_lab.gui.main_window import MainWindow
    from convt_lab.gui.state import LabState

    app = _make_app(sys.argv[:1])
    language = _language(app, script.language)
    window = MainWindow(LabState(script.scenes[0].document.replace(language=language)))
    window.resize(1280, 800)
    window.show()
    if not args.windowed:
        window.set_presentation(True)
    banner = CaptionBanner(window)
    timer = QTimer(window)
    timer.setSingleShot(True)
    walk = {"cues": cues(window, script, banner)}

    def advance() -> None:
        try:
            seconds = next(walk["cues"])
        except StopIteration:
            if args.loop:
                walk["cues"] = cues(window, script, banner)
                return advance()
            QApplication.quit()
            return
        timer.start(round(seconds * 1000))

    stopper = _EscapeStops(app)
    app.installEventFilter(stopper)
    timer.timeout.connect(advance)
    QTimer.singleShot(300, advance)  # once the window is on screen
    _schedule_autoquit(window)
    code = app.exec()
    timer.stop()
    app.removeEventFilter(stopper)
    _teardown(app, window)
    return code
