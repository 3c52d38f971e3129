"""The Simplified Chinese catalogue: complete, faithful to the sources, compiled and loadable.

``resources/translations/convt_lab_zh_CN.ts`` is made by
``resources/translations/update_translations.py`` (pyside6-lupdate over gui/,
then pyside6-lrelease).  These tests fail when a string in gui/ has no
translation yet, when a translation loses a ``{placeholder}`` or a menu
accelerator, or when the compiled ``.qm`` is older than the ``.ts``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).parents[2]  # the checkout these tests belong to
HERE = ROOT / "resources" / "translations"
TS = HERE / "convt_lab_zh_CN.ts"
QM = HERE / "convt_lab_zh_CN.qm"
UPDATE = "python resources/translations/update_translations.py"

#: A str.format field: ``{name}``, ``{n:g}``, ``{text!r}``.  ``{{`` and ``}}`` are literal braces.
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text.replace("{{", "").replace("}}", "")))


def accelerators(text: str) -> int:
    """How many ``&`` mark a shortcut letter (``&&`` is a literal ampersand)."""
    return text.replace("&&", "").count("&")


def messages(path: Path) -> list[dict]:
    """Every message of a .ts file: context, source, disambiguation, translation, finished."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform") if translation is not None else []
            text = (translation.text or "") if translation is not None else ""
            kind = translation.get("type") if translation is not None else "missing"
            found.append({
                "context": name,
                "source": message.findtext("source", ""),
                "comment": message.findtext("comment"),
                "translation": text,
                "forms": [f.text or "" for f in forms],
                "numerus": message.get("numerus") == "yes",
                "finished": kind not in ("unfinished", "missing", "vanished", "obsolete")
                and (all(f.text for f in forms) if forms else bool(text.strip())),
            })
    return found


def describe(m: dict) -> str:
    return f"[{m['context']}] {m['source']!r}"


@pytest.fixture(scope="module")
def catalogue() -> list[dict]:
    assert TS.is_file(), f"{TS} is missing: run {UPDATE}"
    found = messages(TS)
    assert found, f"{TS} holds no messages: run {UPDATE}"
    return found


def test_every_message_is_translated(catalogue) -> None:
    unfinished = [describe(m) for m in catalogue if not m["finished"]]
    assert not unfinished, (
        f"{len(unfinished)} message(s) of {TS.name} are unfinished or empty:\n  " + "\n  ".join(unfinished)
    )


def test_translations_keep_placeholders_and_accelerators(catalogue) -> None:
    problems = []
    for m in catalogue:
        for text in m["forms"] or [m["translation"]]:
            if not text:
                continue  # reported by test_every_message_is_translated
            if placeholders(text) != placeholders(m["source"]):
                problems.append(
                    f"{describe(m)}: placeholders {sorted(placeholders(m['source']))} became "
                    f"{sorted(placeholders(text))} in {text!r}"
                )
            if accelerators(text) != accelerators(m["source"]):
                problems.append(
                    f"{describe(m)}: {accelerators(m['source'])} accelerator '&' in the source but "
                    f"{accelerators(text)} in {text!r}"
                )
    assert not problems, "\n".join(problems)


def test_compiled_catalogue_is_up_to_date(catalogue) -> None:
    """The .qm the app loads says what the .ts says, message by message."""
    assert QM.is_file(), f"{QM} is missing: run {UPDATE}"
    assert QM.stat().st_size > 1024, f"{QM} is almost empty: run {UPDATE}"
    translator = QTranslator()
    assert translator.load(str(QM)), f"QTranslator cannot load {QM}"
    stale = []
    for m in catalogue:
        if not m["finished"] or m["numerus"]:
            continue
        got = translator.translate(m["context"], m["source"], m["comment"])
        if got != m["translation"]:
            stale.append(f"{describe(m)}: .ts has {m['translation']!r}, .qm gives {got!r}")
    assert not stale, f"{QM.name} is stale, run {UPDATE}:\n  " + "\n  ".join(stale)


def lupdate() -> str:
    local = Path(sys.executable).with_name("pyside6-lupdate")
    found = str(local) if local.exists() else shutil.which("pyside6-lupdate")
    if not found:
        message = "pyside6-lupdate not found (it comes with PySide6-Essentials)"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"{message}: CI must check the translations, not skip them")
        pytest.skip(message)
    return found


def test_catalogue_covers_every_source_string(catalogue, tmp_path) -> None:
    """Every string that gui/ passes to tr()/translate() is in the .ts, translated."""
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "gui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    run = subprocess.run(
        [lupdate(), *sources, "-ts", str(fresh)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0 and fresh.is_file(), f"pyside6-lupdate failed:\n{run.stdout}\n{run.stderr}"
    wanted = messages(fresh)
    assert wanted, "pyside6-lupdate found no strings in gui/"
    done = {(m["context"], m["source"], m["comment"]) for m in catalogue if m["finished"]}
    missing = [describe(m) for m in wanted if (m["context"], m["source"], m["comment"]) not in done]
    assert not missing, (
        f"{len(missing)} string(s) in gui/ have no finished translation in {TS.name}; run {UPDATE}, "
        "translate them in the .ts, then run it again:\n  " + "\n  ".join(missing)
    )


def test_install_language_switches_to_chinese_and_back(qtbot, qapp) -> None:
    from convt_lab.gui.i18n import install_language
    from convt_lab.gui.main_window import MainWindow
    from convt_lab.gui.model.document import Document
    from convt_lab.gui.state import LabState

    try:
        assert install_language(qapp, "zh") is True
        assert QCoreApplication.translate("actions", "&File") == "文件(&F)"
        window = MainWindow(LabState(Document(language="zh")))
        qtbot.addWidget(window)
        first_menu = window.menuBar().actions()[0]
        assert first_menu.text() == "文件(&F)"
        assert window.windowTitle() != "ConvT Lab \u2014 transposed convolution, step by step"
    finally:
        assert install_language(qapp, "en") is True
    assert QCoreApplication.translate("actions", "&File") == "&File"


@pytest.mark.parametrize("ci, outcome", [("true", "failed"), ("", "skipped")])
def test_missing_lupdate_fails_under_ci_and_skips_elsewhere(monkeypatch, tmp_path, ci, outcome):
    """CI must check the translations; a developer without the tool gets a skip."""
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))  # no pyside6-lupdate beside it
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setenv("CI", ci)
    exception = pytest.fail.Exception if outcome == "failed" else pytest.skip.Exception
    with pytest.raises(exception, match="pyside6-lupdate not found"):
        lupdate()
