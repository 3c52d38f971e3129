"""Files the app writes when the disk, the folder or the environment works against it.

Each case is checked the way a user meets it: the exit code and stderr of the
command line (one line, no traceback, the file named, not a temporary name),
the message box of the window, and what is on disk afterwards (the old file
unchanged, nothing half-written, nothing of the user's overwritten).  A full
disk is simulated by making ``fsync`` fail with ENOSPC, or, for a child
process, by a file-size limit (``RLIMIT_FSIZE``) that makes the write itself
fail, so the tests need neither root nor a small file system.
"""

from __future__ import annotations

import errno
import hashlib
import os
import resource
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog

from convt_lab import core

SCRIPT = Path(sys.executable).with_name("convt-lab")
COMMAND = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "convt_lab.gui.app"]
NO_SPACE = os.strerror(errno.ENOSPC)  # "No space left on device"


def run(args, cwd, env=None, limit_bytes=None, home=None) -> subprocess.CompletedProcess:
    """Run ``convt-lab args`` in ``cwd`` with a throw-away HOME beside it; optionally cap the
    size of every file it writes."""
    if home is None:
        home = cwd.parent / f"{cwd.name}-home"
        home.mkdir(exist_ok=True)
    base = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(home), "LANG": "C.UTF-8", "PYTHONPATH": os.environ.get("PYTHONPATH")}
    if env is not None:
        base.update(env)
    base = {k: v for k, v in base.items() if v is not None}

    def cap() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the cap fails with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    return subprocess.run([*COMMAND, *args], cwd=cwd, env=base, capture_output=True, text=True,
                          timeout=300, preexec_fn=cap if limit_bytes else None)


def one_clean_line(stderr: str) -> str:
    assert "Traceback" not in stderr, stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    return lines[0]


def listing(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def disk_full(monkeypatch) -> None:
    def fsync(fd):
        raise OSError(errno.ENOSPC, NO_SPACE)

    monkeypatch.setattr(os, "fsync", fsync)


# -- the worksheet ---------------------------------------------------------------------------

GOOD_PDF = b"%PDF-1.4\n% the class's good worksheet\n%%EOF\n"


def exercises(count: int = 2):
    from convt_lab.gui.model.practice import exercises as make

    return make(7, count, "mixed")


def test_worksheet_on_a_full_disk_leaves_the_old_file(qapp, tmp_path, monkeypatch):
    from convt_lab.gui.io.worksheet import write_worksheet

    target = tmp_path / "class.pdf"
    target.write_bytes(GOOD_PDF)
    disk_full(monkeypatch)
    with pytest.raises(OSError) as info:
        write_worksheet(exercises(), str(target), "Worksheet")
    assert str(info.value) == f"{target} was not written: {NO_SPACE} (the old file is unchanged)"
    assert target.read_bytes() == GOOD_PDF
    assert os.listdir(tmp_path) == ["class.pdf"]  # no temporary file left behind


def test_worksheet_on_a_read_only_folder_says_why(qapp, tmp_path, monkeypatch):
    from convt_lab.gui.io.worksheet import write_worksheet

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(tmp_path / ".x.pdf.part"))

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    target = tmp_path / "w.pdf"
    with pytest.raises(OSError) as info:
        write_worksheet(exercises(), str(target), "Worksheet")
    assert str(info.value) == f"{target} was not written: {os.strerror(errno.EROFS)}"
    assert not target.exists()


def test_worksheet_command_when_the_file_cannot_grow(tmp_path):
    """The PDF is cut short by the system: exit 1, the old worksheet stays whole."""
    first = run(["worksheet", "--seed", "7", "--count", "1", "-o", "class.pdf"], tmp_path)
    assert first.returncode == 0, first.stderr
    good = (tmp_path / "class.pdf").read_bytes()
    assert good.startswith(b"%PDF-") and len(good) < 100_000
    result = run(["worksheet", "--seed", "7", "--count", "200", "-o", "class.pdf"], tmp_path,
                 limit_bytes=200_000)
    line = one_clean_line(result.stderr)
    assert result.returncode == 1, result.stdout
    assert line == ("convt-lab worksheet: error: class.pdf was not written: "
                    f"{os.strerror(errno.EFBIG)} (the old file is unchanged)")
    assert "pages" not in result.stdout
    assert (tmp_path / "class.pdf").read_bytes() == good
    assert sorted(os.listdir(tmp_path)) == ["class.pdf"]


def test_worksheet_leaves_a_users_part_file_alone(tmp_path):
    mine = tmp_path / "sheet.pdf.part"
    mine.write_bytes(b"my own notes")
    result = run(["worksheet", "--seed", "3", "--count", "1", "-o", "sheet.pdf"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert mine.read_bytes() == b"my own notes"
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF-")
    assert sorted(os.listdir(tmp_path)) == ["sheet.pdf", "sheet.pdf.part"]


def test_worksheet_into_a_folder_named_like_a_pdf(tmp_path):
    (tmp_path / "d.pdf").mkdir()
    result = run(["worksheet", "--seed", "1", "-o", "d.pdf"], tmp_path)
    line = one_clean_line(result.stderr)
    assert result.returncode == 2
    assert "'d.pdf'" in line and "folder" in line
    assert "Errno" not in line and ".part" not in line
    assert os.listdir(tmp_path / "d.pdf") == [] and sorted(os.listdir(tmp_path)) == ["d.pdf"]


def test_print_worksheet_on_a_full_disk_says_so(make_window, tmp_path, monkeypatch, warnings):
    answers = iter([(31, True), (2, True)])  # seed, then count
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: next(answers)))
    target = tmp_path / "class.pdf"
    target.write_bytes(GOOD_PDF)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    window = make_window()
    disk_full(monkeypatch)
    window.actions_.worksheet.trigger()
    assert warnings == [("Worksheet", f"{target} was not written: {NO_SPACE}. The old file is unchanged.")]
    assert "Wrote" not in window.statusBar().currentMessage()
    assert target.read_bytes() == GOOD_PDF and os.listdir(tmp_path) == ["class.pdf"]


# -- settings that cannot be saved ------------------------------------------------------------


def check_in_memory(settings, kept_out: Path) -> None:
    before = listing(kept_out) if kept_out.is_dir() else kept_out.read_bytes()
    assert settings.export_folder == "" and settings.export_size is None
    settings.export_folder = "/somewhere/anims"
    settings.export_size = (640, 480)
    settings.theme = "dark"
    assert settings.export_folder == "/somewhere/anims"
    assert settings.export_size == (640, 480) and settings.theme == "dark"
    settings.export_size = None
    assert settings.export_size is None
    settings.sync()
    assert settings.problems == []
    after = listing(kept_out) if kept_out.is_dir() else kept_out.read_bytes()
    assert after == before  # never written: it is not the app's to replace


def test_settings_path_is_a_folder_keeps_every_setting_in_memory(qapp, tmp_path):
    from convt_lab.gui.io.settings import Settings

    folder = tmp_path / "convt-lab.ini"
    folder.mkdir()
    (folder / "inside.txt").write_text("a user's file")
    settings = Settings(folder)
    assert settings.file_problem == ("special", str(folder), None)
    check_in_memory(settings, folder)


def test_binary_settings_that_cannot_be_moved_aside_keep_every_setting_in_memory(
        qapp, tmp_path, monkeypatch):
    from convt_lab.gui.io import settings as settings_module

    path = tmp_path / "convt-lab.ini"
    path.write_bytes(b"\x00\xff\xfe binary")

    def refuse(src, dst):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(src))

    monkeypatch.setattr(settings_module.os, "replace", refuse)
    settings = settings_module.Settings(path)
    assert settings.file_problem == ("binary", str(path), None)
    check_in_memory(settings, path)


def test_export_animation_with_settings_in_a_folder(qtbot, tmp_path, warnings):
    from convt_lab.gui.io.export_dialog import ExportChoice, export_animation
    from convt_lab.gui.io.settings import Settings
    from convt_lab.gui.main_window import MainWindow
    from convt_lab.gui.state import LabState

    ini = tmp_path / "config" / "convt-lab.ini"
    ini.mkdir(parents=True)
    settings = Settings(ini)
    window = MainWindow(LabState(core.ConvTParams()), settings)
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    gif = tmp_path / "out" / "anim.gif"
    gif.parent.mkdir()
    count = export_animation(window, "gif", str(gif), ExportChoice(kind="gif", fps=10, hold=0,
                                                                     first=1, last=3))
    assert count == 3 and warnings == []
    assert gif.read_bytes()[:6] in (b"GIF87a", b"GIF89a")
    assert f"{gif}" in window.statusBar().currentMessage()
    assert settings.export_folder == str(gif.parent)  # remembered for this run
    assert os.listdir(ini) == []


# -- PNG frames into a folder that already holds frames -------------------------------------


def test_frames_into_a_folder_with_frames_are_refused_before_writing(tmp_path):
    first = run(["render", "--animate", "--cells", "1:3", "-o", "frames9"], tmp_path)
    assert first.returncode == 0, first.stderr
    folder = tmp_path / "frames9"
    before = listing(folder)
    assert sorted(before) == ["frame_0001.png", "frame_0002.png", "frame_0003.png"]
    again = run(["render", "--animate", "--input", "1", "--cells", "1:2", "-o", "frames9"], tmp_path)
    line = one_clean_line(again.stderr)
    assert again.returncode == 1
    assert line == "convt-lab render: error: frames9 already holds 3 frames; choose an empty folder"
    assert listing(folder) == before


def test_only_numbered_frames_make_a_folder_taken(tmp_path):
    from convt_lab.gui.io.animation_file import check_frames_folder, check_room
    from convt_lab.gui.io.render import ExportError

    check_frames_folder(tmp_path / "not yet made")
    for name in ("notes.txt", "frame.png", "frame_01.jpg", "frame_a.png", "my_frame_0001.png"):
        (tmp_path / name).write_text("x")
    check_frames_folder(tmp_path)
    check_room(tmp_path, "frames", 2, (320, 240))
    (tmp_path / "frame_0007.png").write_text("x")
    (tmp_path / "frame_12345.png").write_text("x")
    for check in (lambda: check_frames_folder(tmp_path),
                  lambda: check_room(tmp_path, "frames", 2, (320, 240))):
        with pytest.raises(ExportError) as info:
            check()
        assert str(info.value) == f"{tmp_path} already holds 2 frames; choose an empty folder"
    check_room(tmp_path / "a.gif", "gif", 2, (320, 240))  # a file beside the frames is fine


def test_export_frames_from_the_menu_into_a_folder_with_frames(window, tmp_path, warnings):
    from convt_lab.gui.io.export_dialog import ExportChoice, export_animation

    folder = tmp_path / "frames"
    folder.mkdir()
    for k in (1, 2, 3, 4):
        (folder / f"frame_{k:04d}.png").write_bytes(b"old %d" % k)
    before = listing(folder)
    count = export_animation(window, "frames", str(folder), ExportChoice(kind="frames", first=1,
                                                                          last=2))
    assert count == 0
    assert len(warnings) == 1 and f"{folder} already holds 4 frames" in warnings[0][1]
    assert listing(folder) == before


# -- install-desktop ---------------------------------------------------------------------------


def test_icon_that_cannot_be_written_installs_nothing(tmp_path):
    from convt_lab.gui.io.desktop import desktop_paths, install_desktop_entry

    entry, icon = desktop_paths(tmp_path)
    icon.mkdir(parents=True)  # something in the icon's place
    with pytest.raises(OSError) as info:
        install_desktop_entry(tmp_path)
    message = str(info.value)
    assert str(icon) in message and "folder" in message
    assert "Errno" not in message and ".part" not in message
    assert not entry.exists() and not entry.parent.exists()


def test_entry_that_cannot_be_written_takes_back_the_icon(tmp_path):
    from convt_lab.gui.io.desktop import desktop_paths, install_desktop_entry

    entry, icon = desktop_paths(tmp_path)
    entry.mkdir(parents=True)
    with pytest.raises(OSError) as info:
        install_desktop_entry(tmp_path)
    message = str(info.value)
    assert str(entry) in message and "Errno" not in message and ".part" not in message
    assert not icon.exists() and not (tmp_path / "icons").exists()
    assert os.listdir(entry) == []


def test_a_failed_reinstall_leaves_the_old_install_as_it_was(tmp_path):
    from convt_lab.gui.io.desktop import desktop_paths, install_desktop_entry

    entry, icon = desktop_paths(tmp_path)
    for path, text in ((entry, "[Desktop Entry]\nName=old\n"), (icon, "<svg>old</svg>")):
        path.parent.mkdir(parents=True)
        path.write_text(text)
    blocked = entry.with_name("blocked")
    entry.rename(blocked)
    entry.mkdir()  # the entry cannot be replaced now
    with pytest.raises(OSError):
        install_desktop_entry(tmp_path)
    assert icon.read_text() == "<svg>old</svg>"
    entry.rmdir()
    blocked.rename(entry)
    icon.unlink()
    icon.mkdir()  # now the icon cannot be replaced
    with pytest.raises(OSError):
        install_desktop_entry(tmp_path)
    assert entry.read_text() == "[Desktop Entry]\nName=old\n"


def test_install_desktop_command_names_the_file_not_a_temporary(tmp_path):
    home = tmp_path / "home"
    entry = home / ".local/share/applications/convt-lab.desktop"
    entry.mkdir(parents=True)
    result = run(["install-desktop"], tmp_path, env={"XDG_DATA_HOME": None}, home=home)
    line = one_clean_line(result.stderr)
    assert result.returncode == 1
    assert line == f"convt-lab install-desktop: error: cannot write {entry}: it is a folder"
    assert not (home / ".local/share/icons").exists()


@pytest.mark.parametrize("home", ["", "missing", "relative/home"])
def test_install_desktop_refuses_a_home_that_is_not_there(tmp_path, home):
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    value = str(tmp_path / home) if home == "missing" else home
    for args in (["install-desktop"], ["install-desktop", "--uninstall"]):
        result = run(args, cwd, env={"XDG_DATA_HOME": None}, home=value)
        line = one_clean_line(result.stderr)
        assert result.returncode == 1
        assert "HOME" in line and "Errno" not in line
        assert os.listdir(cwd) == [] and not (tmp_path / "missing").exists()
        assert result.stdout == ""


def test_install_desktop_with_an_unset_home_is_refused(tmp_path):
    result = run(["install-desktop"], tmp_path, env={"XDG_DATA_HOME": None, "HOME": None})
    line = one_clean_line(result.stderr)
    assert result.returncode == 1 and "HOME is not set" in line
    assert os.listdir(tmp_path) == []


def test_install_desktop_with_xdg_data_home_needs_no_home(tmp_path):
    data = tmp_path / "data"
    result = run(["install-desktop"], tmp_path, env={"XDG_DATA_HOME": str(data)}, home="")
    assert result.returncode == 0, result.stderr
    assert (data / "applications/convt-lab.desktop").is_file()
    assert (data / "icons/hicolor/scalable/apps/convt-lab.svg").is_file()


# -- a session the window saves opens again ----------------------------------------------------


def test_the_window_reopens_a_large_layer_it_saved(window, tmp_path, warnings):
    """The red team's class layer: input 128×128, kernel 1, 8 channels in and out, long values."""
    import numpy as np

    from convt_lab.gui.io import file_actions
    from convt_lab.gui.model.document import Document

    long = -1.2345678901234567e-300
    params = core.ConvTParams(input_size=128, kernel_size=1, stride=1)
    setup = core.ChannelSetup(8, 8, 1, bias=True)
    rng = np.random.default_rng(3)
    x = long * (1 + rng.integers(1, 2**40, size=(8, 128, 128)) * 2.0**-45)
    doc = Document(params=params, setup=setup, x=x, w=np.full((8, 8, 1, 1), long),
                   b=np.full(8, long))
    window.apply_document(doc, "test")
    first = tmp_path / "class_layer.convt.json"
    assert file_actions.save_session(window, str(first))
    assert first.stat().st_size > 1_000_000 and warnings == []
    window.apply_document(Document(), "test")
    assert file_actions.open_session(window, str(first)), warnings
    assert warnings == []
    shown = window.state.document
    assert shown.x.tobytes() == x.tobytes() and shown.params == params and shown.setup == setup


def test_a_pipe_or_device_is_never_replaced_by_a_save(tmp_path) -> None:
    """Open refuses a named pipe; Save does too, rather than putting a plain file in its place."""
    import os
    import stat

    from convt_lab.gui.model.document import Document
    from convt_lab.gui.model.session import save_session

    pipe = tmp_path / "p.convt.json"
    os.mkfifo(pipe)
    with pytest.raises(OSError, match="not a regular file"):
        save_session(pipe, Document())
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)
    assert [f.name for f in tmp_path.iterdir()] == ["p.convt.json"]  # no temporary file left
