"""How the command line's process behaves around its commands.

The locale Qt needs, the language a message is said in (the last
``--lang``, the window's remembered one, or the system's), and the
commands' endings: standard output that cannot be written (a full disk,
closed; a reader that stops early, ``| head``, ends a command quietly), and
Ctrl+C or SIGTERM during an export.
"""

from __future__ import annotations

import errno
import os
import sys

from convt_lab.gui.i18n import system_language
from convt_lab.gui.io.cli import TOOL_COMMANDS, CliError, fail, parse

__all__ = ["WatchedStdout", "interruptible", "stdout_failed", "translated_error", "utf8_locale",
           "wanted_language"]


#: The words that start a subcommand; without one, the command line opens the window.
SUBCOMMANDS = frozenset({"explain", "render", "install-desktop", *TOOL_COMMANDS})


def wanted_language(argv: list[str]) -> str:
    """The language of the command line's messages.

    The last ``--lang`` (argparse keeps the last one too); else, for the
    window, the language it remembers; else the system's.
    """
    wanted = None
    for n, arg in enumerate(argv):
        if arg == "--lang" and n + 1 < len(argv):
            wanted = argv[n + 1]
        elif arg.startswith("--lang="):
            wanted = arg.partition("=")[2]
    if wanted is not None:
        return wanted
    if not SUBCOMMANDS.intersection(argv):
        remembered = _remembered_language()
        if remembered:
            return remembered
    return system_language()


def _remembered_language() -> str:
    """The language the window was last used in ("" when none, or the settings cannot be read).

    Only read: a settings file in a bad state is left for the window to report and set aside.
    """
    try:
        from PySide6.QtCore import QSettings

        from convt_lab.gui.io.settings import Settings, default_path

        path = default_path()
        if Settings.check_file(path) is not None:
            return ""
        value = QSettings(str(path), QSettings.Format.IniFormat).value("language", "")
        return value if value in ("en", "zh") else ""
    except Exception:  # noqa: BLE001 - a message's language is not worth a failure
        return ""


def translated_error(argv: list[str], err: CliError) -> str:
    """``err``'s line in the language asked for: parsed again with the translator installed."""
    if wanted_language(argv) != "zh":
        return str(err)
    from PySide6.QtCore import QCoreApplication, QTranslator

    from convt_lab.gui.i18n import catalogue

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    translator = QTranslator()
    path = catalogue("zh")
    if path is None or not translator.load(str(path)):
        return str(err)
    # Only for this message: a window made later in this process installs its own.
    app.installTranslator(translator)
    try:
        parse(argv)
    except CliError as again:
        return str(again)
    finally:
        app.removeTranslator(translator)
    return str(err)


def utf8_locale() -> None:
    """Qt needs a UTF-8 locale: in the C locale (or none) it switches to C.UTF-8 itself, with a
    four-line warning before anything the user asked for.  Switch first, quietly; any other
    locale is left as it is (it names the language)."""
    for name in ("LC_ALL", "LC_CTYPE", "LANG"):
        value = os.environ.get(name)
        if value:
            if value.split(".")[0] not in ("C", "POSIX"):
                return
            if "." in value and value.split(".", 1)[1].lower().replace("-", "") == "utf8":
                return
            break
    os.environ["LC_ALL"] = "C.UTF-8"


def interruptible(command) -> int:
    """Run ``render``; Ctrl+C or a SIGTERM stops an animation's frames at the next one.

    The export then ends as its dialog's Cancel ends it: the temporary file
    goes and the target is left as it was.  A single picture is finished.
    """
    import signal

    from convt_lab.gui.io.animation_file import STOP

    caught: list[int] = []

    def stop(signum, frame):
        caught.append(signum)
        STOP.set()

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        code = command()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    # Stopped by a signal, the exit code is the shell's: 128 + its number (130 for
    # Ctrl+C, 143 for SIGTERM).
    return 128 + caught[0] if caught and code == 130 else code


class WatchedStdout:
    """Standard output as the commands write to it, keeping the first error it raised.

    The error is kept even where the writer drops it (argparse ignores a
    failed ``--help``).  A closed standard output (``>&-``: ``sys.stdout`` is
    None) fails a write as a closed file does, where ``print`` would drop it.
    """

    def __init__(self, stream) -> None:
        self._stream = stream
        self.error: OSError | None = None

    def write(self, text: str) -> int:
        return self._call("write", text)

    def writelines(self, lines) -> None:
        self._call("writelines", lines)

    def flush(self) -> None:
        if self._stream is not None:  # closed: nothing was written, nothing to flush
            self._call("flush")

    def __getattr__(self, name: str):
        return getattr(self._stream, name)

    def _call(self, name: str, *args):
        if self._stream is None:
            err = OSError(errno.EBADF, os.strerror(errno.EBADF))
        else:
            try:
                return getattr(self._stream, name)(*args)
            except OSError as caught:
                err = caught
        if self.error is None:
            self.error = err
        raise err


def stdout_failed(prog: str, err: OSError, closed: bool) -> int:
    """Say that standard output could not be written; the exit code.

    ``| head`` that stopped reading is no failure (0, nothing said).  If
    stderr cannot be written either, the end is quiet.  The streams that
    failed are pointed at /dev/null: Python's flush at exit would fail again
    and print "Exception ignored".
    """
    _to_devnull(sys.stdout)
    if isinstance(err, BrokenPipeError):
        return 0
    if sys.stderr is None:
        return 1
    from PySide6.QtCore import QCoreApplication

    from convt_lab.gui.io.render import os_reason

    reason = QCoreApplication.translate("cli", "it is closed") if closed else os_reason(err)
    try:
        fail(f"{prog}: error: " + QCoreApplication.translate(
            "cli", "could not write to standard output: {reason}").format(reason=reason))
    except OSError:
        _to_devnull(sys.stderr)
    return 1


def _to_devnull(stream) -> None:
    """Point ``stream``'s file descriptor at /dev/null (if it has one)."""
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):  # closed, or not a file (pytest's capture)
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)
