"""The desktop entry and the icon: shipped, valid, installed where menus look.

The desktop file is read back with ``configparser`` and its ``Exec`` value is
unquoted by a small parser written here from the Desktop Entry
Specification, independent of the quoting code under test.
"""

from __future__ import annotations

import configparser
import os
import shutil
import stat
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from convt_lab.gui.io import desktop
from convt_lab.gui.io.desktop import (
    app_icon,
    desktop_paths,
    install_desktop_entry,
    resource_path,
    uninstall_desktop_entry,
)

ROOT = Path(__file__).resolve().parents[2]
NS = "http://www.w3.org/2000/svg"
SVG = f"{{{NS}}}svg"


def read_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    assert parser.sections() == ["Desktop Entry"]
    return dict(parser["Desktop Entry"])


def unquote_exec(value: str) -> list[str]:
    """Split an Exec value into arguments, per the Desktop Entry Specification."""
    # 1. The value is a string: \\s \\n \\t \\r \\\\ are escapes.
    text, i = "", 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            text += {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}[value[i + 1]]
            i += 2
        else:
            text += value[i]
            i += 1
    # 2. Arguments: space-separated; inside double quotes, \\ escapes " ` $ \\.
    args, current, quoted, i = [], "", False, 0
    while i < len(text):
        c = text[i]
        if quoted and c == "\\":
            assert text[i + 1] in '"`$\\', text
            current += text[i + 1]
            i += 2
            continue
        if c == '"':
            quoted = not quoted
        elif c == " " and not quoted:
            args.append(current)
            current = ""
        else:
            current += c
        i += 1
    assert not quoted
    args.append(current)
    return [a.replace("%%", "%") for a in args]


# -- shipped files -------------------------------------------------------------------------


def test_resources_are_found_and_shipped():
    entry = resource_path("convt-lab.desktop")
    icon = resource_path("icons", "convt-lab.svg")
    assert entry.is_file() and icon.is_file()
    assert entry == ROOT / "resources" / "convt-lab.desktop"
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())
    patterns = data["tool"]["setuptools"]["package-data"]["convt_lab.resources"]
    assert any(Path("convt-lab.desktop").match(p) for p in patterns)
    assert any(Path("icons/convt-lab.svg").match(p) for p in patterns)


def test_desktop_file_has_the_required_keys():
    entry = read_entry(resource_path("convt-lab.desktop"))
    assert entry["Type"] == "Application"
    assert entry["Name"] == "ConvT Lab"
    assert entry["Name[zh_CN]"] == "转置卷积实验室"
    for key in ("GenericName", "Comment", "Keywords"):
        assert entry[key] and entry[f"{key}[zh_CN]"]
    assert entry["Exec"] == "convt-lab" and entry["Icon"] == "convt-lab"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].split(";") == ["Education", "Science", "Math", ""]
    assert entry["Keywords"].endswith(";") and entry["Keywords[zh_CN]"].endswith(";")
    assert "转置卷积" in entry["Keywords[zh_CN]"].split(";")
    assert entry["StartupNotify"] == "true" and entry["StartupWMClass"] == "convt-lab"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_file_validates():
    result = subprocess.run(
        ["desktop-file-validate", str(resource_path("convt-lab.desktop"))],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout


def test_icon_is_small_valid_svg():
    path = resource_path("icons", "convt-lab.svg")
    root = ET.parse(path).getroot()
    assert root.tag == SVG
    assert root.get("viewBox") == "0 0 128 128"
    assert root.find(f"{{{NS}}}title").text == "ConvT Lab"
    assert 500 < path.stat().st_size < 8000


def test_installing_needs_no_qt():
    """``convt-lab --install-desktop`` can run without a display: Qt is only in app_icon()."""
    code = (
        "import sys, convt_lab.gui.io.desktop; "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')); "
        "sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_app_icon_draws(qapp):
    icon = app_icon()
    assert not icon.isNull()
    image = icon.pixmap(64, 64).toImage()
    assert image.width() == 64
    # The tile's navy near the middle of the left edge.
    assert image.pixelColor(4, 32).name() == "#1d3557"


# -- installing ------------------------------------------------------------------------------


def test_install_into_a_data_home(tmp_path, monkeypatch):
    monkeypatch.setattr(desktop.sys, "executable", str(tmp_path / "nowhere" / "python"))
    written = install_desktop_entry(tmp_path)
    entry = tmp_path / "applications" / "convt-lab.desktop"
    icon = tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "convt-lab.svg"
    assert written == [entry, icon]
    assert read_entry(entry)["Exec"] == "convt-lab"  # no script beside python: found on PATH
    assert read_entry(entry)["Name[zh_CN]"] == "转置卷积实验室"
    assert icon.read_bytes() == resource_path("icons", "convt-lab.svg").read_bytes()
    assert ET.parse(icon).getroot().tag == SVG
    assert stat.S_IMODE(entry.stat().st_mode) == 0o644
    assert sorted(os.listdir(entry.parent)) == ["convt-lab.desktop"]  # no temporary left


def test_install_uses_xdg_data_home_then_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert desktop_paths()[0] == tmp_path / "xdg" / "applications" / "convt-lab.desktop"
    assert install_desktop_entry()[0].is_file()
    monkeypatch.setenv("XDG_DATA_HOME", "relative/path")  # invalid per the spec: ignored
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert desktop_paths()[1] == (
        tmp_path / "home/.local/share/icons/hicolor/scalable/apps/convt-lab.svg"
    )
    monkeypatch.delenv("XDG_DATA_HOME")
    assert desktop_paths()[0] == tmp_path / "home/.local/share/applications/convt-lab.desktop"


@pytest.mark.parametrize(
    "folder", ["venv/bin", "my venvs/ConvT Lab $HOME/bin", 'we"ird\\ 100%/bin']
)
def test_exec_names_the_script_next_to_python(tmp_path, monkeypatch, folder):
    bin_dir = tmp_path / folder
    bin_dir.mkdir(parents=True)
    script = bin_dir / "convt-lab"
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    monkeypatch.setattr(desktop.sys, "executable", str(bin_dir / "python"))
    entry = install_desktop_entry(tmp_path / "share")[0]
    value = read_entry(entry)["Exec"]
    assert unquote_exec(value) == [str(script)]
    assert "\n" not in value


def test_a_script_that_cannot_run_is_not_used(tmp_path, monkeypatch):
    (tmp_path / "convt-lab").write_text("not executable")
    monkeypatch.setattr(desktop.sys, "executable", str(tmp_path / "python"))
    entry = install_desktop_entry(tmp_path / "share")[0]
    assert read_entry(entry)["Exec"] == "convt-lab"


def test_real_install_exec_points_at_this_venv(tmp_path):
    entry = install_desktop_entry(tmp_path)[0]
    exec_args = unquote_exec(read_entry(entry)["Exec"])
    beside = Path(sys.executable).parent / "convt-lab"
    assert exec_args == ([str(beside.absolute())] if beside.is_file() else ["convt-lab"])


def test_uninstall(tmp_path):
    written = install_desktop_entry(tmp_path)
    assert uninstall_desktop_entry(tmp_path) == written
    assert not any(p.exists() for p in written)
    assert uninstall_desktop_entry(tmp_path) == []


def test_unwritable_data_home_raises_oserror(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OSError):
        install_desktop_entry(blocker)
