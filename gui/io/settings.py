"""Remembered settings behind one typed module, stored with QSettings.

Every read is typed and checked; an unknown key is ignored and a value that
cannot be read falls back to its default and is listed in ``problems`` so the
window can say so once.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QSettings

from convt_lab import core
from convt_lab.gui.model.document import FONT_SCALES, THEMES, Document

__all__ = ["DEFAULTS", "Settings"]

DEFAULTS: dict[str, object] = {
    "language": "",  # "" follows the system locale
    "theme": "light",
    "font_scale": 1.0,
    "params": "",  # JSON of ConvTParams.as_dict()
    "geometry": QByteArray(),
}


class Settings:
    """Typed access to the app's QSettings (INI format, per user)."""

    def __init__(self, qsettings: QSettings | None = None):
        self._q = qsettings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, "convt-lab", "convt-lab"
        )
        self.problems: list[str] = []
        # Read before this run writes anything: nothing remembered yet.
        self._first_run = not self._q.allKeys()
        if self._q.status() != QSettings.Status.NoError:
            self.problems.append(f"settings file {self._q.fileName()} could not be read")

    @property
    def first_run(self) -> bool:
        """Whether no settings were remembered when this object was made (the app's first run)."""
        return self._first_run

    def _bad(self, key: str, value: object) -> None:
        self.problems.append(f"{key}={value!r}")

    @property
    def language(self) -> str:
        value = self._q.value("language", "")
        if value not in ("", "en", "zh"):
            self._bad("language", value)
            return ""
        return str(value)

    @language.setter
    def language(self, value: str) -> None:
        self._q.setValue("language", value)

    @property
    def theme(self) -> str:
        value = self._q.value("theme", "light")
        if value not in THEMES:
            self._bad("theme", value)
            return "light"
        return str(value)

    @theme.setter
    def theme(self, value: str) -> None:
        self._q.setValue("theme", value)

    @property
    def font_scale(self) -> float:
        value = self._q.value("font_scale", 1.0)
        try:
            scale = float(value)
        except (TypeError, ValueError):
            scale = None
        if scale not in FONT_SCALES:
            self._bad("font_scale", value)
            return 1.0
        return scale

    @font_scale.setter
    def font_scale(self, value: float) -> None:
        self._q.setValue("font_scale", float(value))

    @property
    def params(self) -> core.ConvTParams | None:
        text = self._q.value("params", "")
        if not text:
            return None
        try:
            fields = json.loads(str(text))
            params = core.ConvTParams(**{k: tuple(fields[k]) for k in core.FIELDS})
            core.check_limits(params)
        except (ValueError, TypeError, KeyError) as err:  # ParamError is a ValueError
            self._bad("params", f"{text} ({err})")
            return None
        return params

    @params.setter
    def params(self, value: core.ConvTParams) -> None:
        self._q.setValue("params", json.dumps(value.as_dict()))

    @property
    def geometry(self) -> QByteArray:
        value = self._q.value("geometry", QByteArray())
        if isinstance(value, QByteArray):
            return value
        self._bad("geometry", value)
        return QByteArray()

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._q.setValue("geometry", value)

    def document(self) -> Document:
        """The remembered parameters, theme, font scale and language as a document."""
        doc = Document(theme=self.theme, font_scale=self.font_scale,
                       language=self.language or "en")
        params = self.params
        return doc.with_params(params) if params is not None else doc

    def sync(self) -> None:
        self._q.sync()
