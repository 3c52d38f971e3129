"""Remembered settings behind one typed module, stored with QSettings.

Every read is typed and checked; an unknown key is ignored and a value that
cannot be read falls back to its default and is listed in ``problems`` so the
window can say so once (:meth:`Settings.notice`).

The file itself is looked at before QSettings parses it: one that is too
large or is not text (a settings file is a few hundred bytes of INI) is moved
aside, so it is neither parsed at every start nor lost, and the defaults are
used.  Something that is not a regular file (a folder, a pipe) is left alone
and the settings are kept in memory for this run only.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import time
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

from convt_lab import core
from convt_lab.gui.model.document import FONT_SCALES, THEMES, Document

__all__ = ["DEFAULTS", "MAX_SETTINGS_BYTES", "Settings", "default_path"]

DEFAULTS: dict[str, object] = {
    "language": "",  # "" follows the system locale
    "theme": "light",
    "font_scale": 1.0,
    "params": "",  # JSON of ConvTParams.as_dict()
    "geometry": QByteArray(),
    "export_folder": "",  # the animation export's last folder
    "export_size": "",  # "WxH", or "" for the window's size
}
LANGUAGES = ("", "en", "zh")
# A real settings file is well under 2 KB; anything larger is not ours.
MAX_SETTINGS_BYTES = 64 * 1024
# The longest ``params`` text read (a real one is about 150 characters).
MAX_PARAMS_CHARS = 1000
# How much of a bad value a notice repeats.
SHOWN_CHARS = 40


def default_path() -> Path:
    """Where QSettings keeps this user's INI file, found without reading it.

    A QSettings object for a name that does not exist shows the folder
    QSettings uses on this platform, without parsing the real file.
    """
    probe = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "convt-lab",
                      ".convt-lab-path-probe")
    return Path(probe.fileName()).with_name("convt-lab.ini")


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + "\u2026"


class Settings:
    """Typed access to the app's QSettings (INI format, per user).

    Parameters
    ----------
    source : str, os.PathLike, QSettings or None
        The INI file (default: this user's, see :func:`default_path`).  A
        ``QSettings`` is accepted for its file name.

    Attributes
    ----------
    problems : list of str
        ``key=value`` for each setting that could not be read (the value cut
        short), in the order they were read.
    file_problem : tuple or None
        ``(kind, path, moved_to)`` when the file itself was set aside or
        could not be used; ``kind`` is "large", "binary", "format",
        "special" or "folder" (a file where a folder on its path belongs);
        ``moved_to`` is None when it stayed where it was (for "format", the
        copy kept of it).
    """

    def __init__(self, source: str | os.PathLike | QSettings | None = None):
        if isinstance(source, QSettings):
            path = Path(source.fileName())
        else:
            path = Path(source) if source is not None else default_path()
        self.path = path
        self.problems: list[str] = []
        self.file_problem: tuple[str, str, str | None] | None = None
        self._first_run = False  # a settings file that cannot be used is not a first run
        self._memory: dict[str, object] | None = None
        self._q: QSettings | None = None
        kind = self.check_file(path)
        if kind in ("special", "folder"):
            # A folder on the way is a file: name that file (the first of the parents there).
            where = path if kind == "special" else next(
                (q for q in path.parents if q.exists()), path.parent)
            self.file_problem = (kind, str(where), None)
            self._memory = {}  # never read nor written: it is not ours to replace
            return
        if kind is not None:
            moved = self._set_aside(path)
            self.file_problem = (kind, str(path), moved)
            if moved is None:
                self._memory = {}
                return
        self._q = QSettings(str(path), QSettings.Format.IniFormat)
        # Read before this run writes anything: nothing remembered yet.
        self._first_run = not self._q.allKeys()
        if self._q.status() == QSettings.Status.FormatError:
            # QSettings keeps what it could parse and writes only that back: the file as
            # it was is copied aside first, so nothing in it is lost.
            self.file_problem = ("format", str(path), self._set_aside(path, keep=True))

    # -- the file ------------------------------------------------------------
    @staticmethod
    def check_file(path: Path) -> str | None:
        """What is wrong with the file as a whole, or None (also when it does not exist)."""
        try:
            info = os.stat(path)
        except NotADirectoryError:
            return "folder"  # a file stands where the settings folder belongs
        except OSError:
            return None  # missing (or unreachable): QSettings starts empty
        if not stat.S_ISREG(info.st_mode):
            return "special"
        if info.st_size > MAX_SETTINGS_BYTES:
            return "large"
        try:
            with open(path, "rb") as f:
                raw = f.read(MAX_SETTINGS_BYTES + 1)
        except OSError:
            return None  # unreadable: QSettings reports it through status()
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            return "binary"
        return "binary" if b"\x00" in raw else None

    @staticmethod
    def _set_aside(path: Path, keep: bool = False) -> str | None:
        """Move (or, with ``keep``, copy) the file to a dated ``.bad`` name next to it.

        Returns that name, or None if it fails.
        """
        target = path.with_name(f"{path.name}.bad-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            (shutil.copyfile if keep else os.replace)(path, target)
        except OSError:
            return None
        return str(target)

    # -- raw access ----------------------------------------------------------
    # Every setting is read and written through these two, so that without a
    # usable file (``_q`` is None) they all live in memory for this run.
    def _value(self, key: str) -> object:
        if self._q is None:
            return (self._memory or {}).get(key, DEFAULTS[key])
        return self._q.value(key, DEFAULTS[key])

    def _set(self, key: str, value: object) -> None:
        if self._q is None:
            if self._memory is None:
                self._memory = {}
            self._memory[key] = value
        else:
            self._q.setValue(key, value)

    @property
    def first_run(self) -> bool:
        """Whether no settings were remembered when this object was made (the app's first run)."""
        return self._first_run

    def _bad(self, key: str, value: object) -> None:
        """A value that cannot be read: noted for the notice, and reset in the file as it says."""
        self.problems.append(f"{key}={_shown(value)}")
        if self._q is not None:
            self._q.remove(key)  # the next start reads the default, without the same warning
        elif self._memory is not None:
            self._memory.pop(key, None)

    # -- the settings --------------------------------------------------------
    @property
    def language(self) -> str:
        value = self._value("language")
        if not (isinstance(value, str) and value in LANGUAGES):
            self._bad("language", value)
            return ""
        return value

    @language.setter
    def language(self, value: str) -> None:
        self._set("language", value)

    @property
    def theme(self) -> str:
        value = self._value("theme")
        if not (isinstance(value, str) and value in THEMES):
            self._bad("theme", value)
            return "light"
        return value

    @theme.setter
    def theme(self, value: str) -> None:
        self._set("theme", value)

    @property
    def font_scale(self) -> float:
        value = self._value("font_scale")
        scale = None
        if isinstance(value, str) and len(value) <= 10:
            try:
                scale = float(value)
            except ValueError:
                pass
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            scale = float(value)
        if scale not in FONT_SCALES:
            self._bad("font_scale", value)
            return 1.0
        return scale

    @font_scale.setter
    def font_scale(self, value: float) -> None:
        self._set("font_scale", float(value))

    @property
    def params(self) -> core.ConvTParams | None:
        text = self._value("params")
        if isinstance(text, str) and not text:
            return None
        try:
            if not isinstance(text, str):
                raise TypeError("not text")
            if len(text) > MAX_PARAMS_CHARS:
                raise ValueError("too long")
            fields = json.loads(text)
            if not isinstance(fields, dict):
                raise TypeError("not an object")
            pairs = {}
            for k in core.FIELDS:
                if not isinstance(fields[k], list):
                    raise TypeError(f"{k} is not a pair")
                pairs[k] = tuple(fields[k])
            params = core.ConvTParams(**pairs)
            core.check_limits(params)
        except (ValueError, TypeError, KeyError, RecursionError):  # ParamError is a ValueError
            self._bad("params", text)
            return None
        return params

    @params.setter
    def params(self, value: core.ConvTParams) -> None:
        self._set("params", json.dumps(value.as_dict()))

    @property
    def geometry(self) -> QByteArray:
        value = self._value("geometry")
        if isinstance(value, QByteArray):
            return value
        self._bad("geometry", value)
        return QByteArray()

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._set("geometry", value)

    # -- the animation export's last folder and size (gui/io/export_dialog.py) --
    @property
    def export_folder(self) -> str:
        value = self._value("export_folder")
        if not isinstance(value, str):
            self._bad("export_folder", value)
            return ""
        return value

    @export_folder.setter
    def export_folder(self, value: str) -> None:
        self._set("export_folder", str(value))

    @property
    def export_size(self) -> tuple[int, int] | None:
        """(width, height), or None for the window's own size."""
        value = self._value("export_size")
        if value in ("", None):
            return None
        w, sep, h = str(value).partition("x")
        if not (sep and w.isdigit() and h.isdigit() and 320 <= int(w) <= 7680 and 240 <= int(h) <= 4320):
            self._bad("export_size", value)
            return None
        return (int(w), int(h))

    @export_size.setter
    def export_size(self, value: tuple[int, int] | None) -> None:
        self._set("export_size", "" if value is None else f"{value[0]}x{value[1]}")

    def document(self) -> Document:
        """The remembered parameters, theme, font scale and language as a document."""
        doc = Document(theme=self.theme, font_scale=self.font_scale,
                       language=self.language or "en")
        params = self.params
        return doc.with_params(params) if params is not None else doc

    def notice(self) -> str:
        """One translated sentence (or two) about what could not be read, or ""."""
        parts = []
        if self.file_problem is not None:
            kind, path, moved = self.file_problem
            what = {
                "large": QCoreApplication.translate(
                    "settings", "The settings file {path} is too large to be a settings file."),
                "binary": QCoreApplication.translate(
                    "settings", "The settings file {path} is not a text file."),
                "format": QCoreApplication.translate(
                    "settings", "The settings file {path} could not be read."),
                "special": QCoreApplication.translate(
                    "settings", "{path} is not a regular file, so settings are not saved this time."),
                "folder": QCoreApplication.translate(
                    "settings", "{path} is a file, not a folder, so settings are not saved this time."),
            }[kind].format(path=path)
            if kind == "format" and moved is not None:
                what += " " + QCoreApplication.translate(
                    "settings", "A copy of it as it was is kept as {moved}; what could be read is "
                                "used.").format(moved=moved)
            elif moved is not None:
                what += " " + QCoreApplication.translate(
                    "settings", "It was moved to {moved}; the defaults are used.").format(moved=moved)
            elif kind in ("large", "binary"):
                what += " " + QCoreApplication.translate(
                    "settings", "It could not be moved aside; the defaults are used and settings "
                                "are not saved this time.")
            parts.append(what)
        if self.problems:
            keys = ", ".join(dict.fromkeys(p.split("=", 1)[0] for p in self.problems))
            parts.append(QCoreApplication.translate(
                "settings", "Some settings could not be read and were reset to defaults: {what}."
            ).format(what=keys))
        return " ".join(parts)

    def sync(self) -> None:
        if self._q is not None:
            self._q.sync()
