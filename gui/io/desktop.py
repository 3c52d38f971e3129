"""The app's icon and its entry in the desktop's application menu.

``install_desktop_entry`` follows the freedesktop.org specifications: the
Desktop Entry goes to ``$XDG_DATA_HOME/applications`` and the icon to the
hicolor theme under ``$XDG_DATA_HOME/icons``, where menus and launchers look
for them (``$XDG_DATA_HOME`` defaults to ``~/.local/share``).  Nothing here
needs a display: Qt is imported only by :func:`app_icon`.
"""

from __future__ import annotations

import os
import sys
from importlib import resources as importlib_resources
from pathlib import Path

from convt_lab.gui.model.files import atomic_write

__all__ = [
    "APP_ID",
    "DesktopError",
    "app_icon",
    "desktop_paths",
    "install_desktop_entry",
    "resource_path",
    "uninstall_desktop_entry",
]

#: The desktop file's and the icon's base name; ``QGuiApplication.setDesktopFileName`` uses it.
APP_ID = "convt-lab"
DESKTOP_FILE = f"{APP_ID}.desktop"
ICON_FILE = f"{APP_ID}.svg"


def resource_path(*parts: str) -> Path:
    """The path of a file shipped in the ``resources`` package.

    Parameters
    ----------
    *parts : str
        Path components below ``resources/`` (``convt_lab.resources``), e.g. ``("icons", "convt-lab.svg")``.

    Returns
    -------
    pathlib.Path
        Found through ``importlib.resources``, so it works in a source tree,
        an editable install and a normal install alike (not from a zip file).
    """
    node = importlib_resources.files("convt_lab.resources")
    for part in parts:  # one part per call: a MultiplexedPath's joinpath takes one
        node = node.joinpath(part)
    return Path(str(node))


class DesktopError(OSError):
    """The entry was not installed (or removed); ``str(err)`` is one line naming the file."""

    def __str__(self) -> str:
        return self.args[0]


def _xdg_data_home() -> Path | None:
    env = os.environ.get("XDG_DATA_HOME", "")
    # The spec: a relative path in $XDG_DATA_HOME is invalid and must be ignored.
    if env and os.path.isabs(env):
        return Path(env)
    return None


def _data_home(data_home: str | os.PathLike | None) -> Path:
    if data_home is not None:
        return Path(data_home)
    return _xdg_data_home() or Path.home() / ".local" / "share"


def _checked_data_home(data_home: str | os.PathLike | None) -> Path:
    """:func:`_data_home`, refusing a home folder that is not set or does not exist.

    ``~/.local/share`` is only used when ``$HOME`` names an existing folder:
    an empty ``$HOME`` would install relative to wherever the command runs,
    and a missing one would be created by the install.
    """
    if data_home is not None or _xdg_data_home() is not None or os.name != "posix":
        return _data_home(data_home)
    home = os.environ.get("HOME")
    if home is None:
        raise DesktopError("HOME is not set, so there is no home folder for the menu entry; "
                           "set HOME (or XDG_DATA_HOME) to a folder")
    if not home:
        raise DesktopError("HOME is empty, so there is no home folder for the menu entry; "
                           "set HOME (or XDG_DATA_HOME) to a folder")
    shown = repr(home) if len(home) <= 200 else repr(home[:200]) + "\u2026"
    if not os.path.isabs(home):
        raise DesktopError(f"HOME is {shown}, not an absolute path; "
                           "set HOME (or XDG_DATA_HOME) to a folder")
    if not os.path.isdir(home):
        raise DesktopError(f"HOME is {shown}, which is not an existing folder; "
                           "set HOME (or XDG_DATA_HOME) to a folder")
    return Path(home) / ".local" / "share"


def desktop_paths(data_home: str | os.PathLike | None = None) -> tuple[Path, Path]:
    """Where :func:`install_desktop_entry` writes: (desktop file, icon)."""
    home = _data_home(data_home)
    return (
        home / "applications" / DESKTOP_FILE,
        home / "icons" / "hicolor" / "scalable" / "apps" / ICON_FILE,
    )


def _script() -> Path | None:
    """The ``convt-lab`` launcher installed next to this Python, if there is one.

    In the standalone bundle ``sys.executable`` is the bundle's own
    ``convt-lab`` program, which is the launcher itself.
    """
    if getattr(sys, "frozen", False):
        return Path(sys.executable).absolute()
    folder = Path(sys.executable).parent
    for name in (APP_ID, f"{APP_ID}.exe"):
        candidate = folder / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate.absolute()
    return None


def _exec_quote(path: Path) -> str:
    """``path`` as the program of an ``Exec`` key.

    The spec's levels of escaping: ``%`` is doubled; an argument with a
    space or a reserved character is double-quoted, and inside the quotes a
    double quote, backquote, dollar sign or backslash gets a backslash before
    it; then, as the value is a string, every backslash is doubled.
    """
    text = str(path).replace("%", "%%")  # a lone % would start a field code
    if any(c in text for c in ' \t\n"\'\\><~|&;$*?#()`'):
        text = '"' + "".join("\\" + c if c in '"`$\\' else c for c in text) + '"'
    return text.replace("\\", "\\\\")


def _entry_text(exec_value: str) -> str:
    lines = resource_path(DESKTOP_FILE).read_text(encoding="utf-8").splitlines()
    out = []
    for line in lines:
        if line.startswith("Exec="):
            line = f"Exec={exec_value}"
        out.append(line)
    return "\n".join(out) + "\n"


def _reason(err: OSError) -> str:
    """The system's reason without the file names (which may be temporary ones)."""
    return err.strerror or str(err.args[0] if err.args else type(err).__name__)


def _write(path: Path, data: bytes) -> None:
    """Write through a unique temporary file and a rename, so a menu never reads half an
    entry and installs running at once never trip over each other's temporary files.

    Raises :class:`DesktopError` naming ``path`` (never a temporary name).
    """
    if path.is_dir():
        raise DesktopError(f"cannot write {path}: it is a folder")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        blocking = next((p for p in (path.parent, *path.parent.parents)
                         if p.exists() and not p.is_dir()), None)
        if blocking is not None:
            raise DesktopError(f"cannot make the folder for {path}: {blocking} is a file, "
                               "not a folder") from None
        raise DesktopError(f"cannot make the folder for {path}: {_reason(err)}") from None
    try:
        written = atomic_write(path, data)
        os.chmod(written, 0o644)  # readable by the menu, whatever the umask
    except OSError as err:
        raise DesktopError(f"cannot write {path}: {_reason(err)}") from None


def _old_content(path: Path) -> bytes | None:
    """What ``path`` holds now, to put back if the install fails; None if it is not a file."""
    try:
        return path.read_bytes() if path.is_file() else None
    except OSError:
        return None


def _missing_folders(path: Path) -> list[Path]:
    """The folders above ``path`` that do not exist yet, deepest first."""
    missing = []
    folder = path.parent
    while not os.path.lexists(folder) and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    return missing


def _put_back(path: Path, old: bytes | None, made: list[Path]) -> None:
    """Undo :func:`_write`: the old content again, or no file (nor the folders made) when
    there was none."""
    try:
        if old is None:
            path.unlink()
        else:
            atomic_write(path, old)
    except OSError:
        return
    for folder in made:  # deepest first; a folder something else has filled stays
        try:
            folder.rmdir()
        except OSError:
            break


def install_desktop_entry(data_home: str | os.PathLike | None = None) -> list[Path]:
    """Add ConvT Lab to the desktop's application menu, for this user.

    Copies ``convt-lab.desktop`` to ``<data_home>/applications/`` and the
    icon to ``<data_home>/icons/hicolor/scalable/apps/convt-lab.svg``.  When
    a ``convt-lab`` launcher sits next to ``sys.executable`` (as in a virtual
    environment that is not on ``PATH``), ``Exec`` names it by its absolute
    path; otherwise ``Exec=convt-lab`` is found on ``PATH``.

    Parameters
    ----------
    data_home : str or path-like, optional
        Default: ``$XDG_DATA_HOME``, or ``~/.local/share``.

    Returns
    -------
    list of pathlib.Path
        The files written: the desktop file, then the icon.

    Raises
    ------
    DesktopError
        (an ``OSError``) If the home folder is not set or missing, or a
        folder cannot be made or a file cannot be written; the message
        names the file.  Both files are written or neither: the icon is
        written first, and put back as it was if the entry then fails.
    """
    home = _checked_data_home(data_home)
    entry, icon = desktop_paths(home)
    script = _script()
    entry_data = _entry_text(_exec_quote(script) if script else APP_ID).encode("utf-8")
    shipped = resource_path("icons", ICON_FILE)
    try:
        icon_data = shipped.read_bytes()
    except OSError as err:
        raise DesktopError(f"cannot read the shipped icon {shipped}: {_reason(err)}") from None
    old_icon, made = _old_content(icon), _missing_folders(icon)
    _write(icon, icon_data)
    try:
        _write(entry, entry_data)
    except BaseException:
        _put_back(icon, old_icon, made)
        raise
    return [entry, icon]


def uninstall_desktop_entry(data_home: str | os.PathLike | None = None) -> list[Path]:
    """Remove what :func:`install_desktop_entry` wrote; returns the files removed.

    Raises
    ------
    DesktopError
        If the home folder is not set or missing, or a file cannot be removed.
    """
    removed = []
    for path in desktop_paths(_checked_data_home(data_home)):
        try:
            if path.is_dir() and not path.is_symlink():
                raise DesktopError(f"cannot remove {path}: it is a folder")
            path.unlink()
        except FileNotFoundError:
            continue
        except DesktopError:
            raise
        except OSError as err:
            raise DesktopError(f"cannot remove {path}: {_reason(err)}") from None
        removed.append(path)
    return removed


def app_icon():
    """The app's icon (a ``QIcon``), drawn from the SVG at any size.

    Needs a ``QGuiApplication``; set it with ``app.setWindowIcon(app_icon())``.
    """
    from PySide6.QtGui import QIcon

    return QIcon(str(resource_path("icons", ICON_FILE)))
