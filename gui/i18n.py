"""Languages: Qt Linguist catalogues from resources/translations.

English is the source language; Simplified Chinese comes from
``convt_lab_zh_CN.qm``, built by ``pyside6-lrelease`` from the ``.ts`` file
that ``pyside6-lupdate`` extracts from gui/.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

__all__ = ["LANGUAGES", "catalogue", "install_language", "system_language"]

# Language code -> the name shown in the menu (each in its own language).
LANGUAGES = {"en": "English", "zh": "\u4e2d\u6587"}
_QM = {"zh": "convt_lab_zh_CN.qm"}
_QT_QM = {"zh": "qtbase_zh_CN"}


def catalogue(language: str) -> Path | None:
    """The compiled catalogue of ``language``, or None for English."""
    name = _QM.get(language)
    if name is None:
        return None
    from convt_lab.gui.io.desktop import resource_path

    return resource_path("translations", name)


def system_language() -> str:
    """``"zh"`` when the system locale is Chinese, else ``"en"``."""
    return "zh" if QLocale.system().name().lower().startswith("zh") else "en"


def install_language(app: QCoreApplication, language: str) -> bool:
    """Replace the installed translators by those of ``language``.

    Returns False (leaving English) if the catalogue cannot be loaded.
    Installing a translator makes Qt send a LanguageChange event to every
    widget, so open windows can retranslate themselves.
    """
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    path = catalogue(language)
    if path is None:
        return language == "en"
    ours = QTranslator(app)
    if not ours.load(str(path)):
        ours.deleteLater()
        return False
    app.installTranslator(ours)
    qt = QTranslator(app)
    if qt.load(_QT_QM[language], QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    else:
        qt.deleteLater()
    return True
