"""``install-desktop`` run many times at once: every run succeeds and leaves one whole entry."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from convt_lab.gui.io.desktop import desktop_paths

SCRIPT = Path(sys.executable).with_name("convt-lab")
COMMAND = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "convt_lab.gui.app"]


def test_concurrent_installs_all_succeed(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
           "QT_QPA_PLATFORM": "offscreen"}
    runs = [subprocess.Popen([*COMMAND, "install-desktop"], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for _ in range(8)]
    results = [(p.wait(timeout=120), p.stderr.read()) for p in runs]
    for p in runs:
        p.stdout.close()
        p.stderr.close()
    assert results == [(0, "")] * 8
    entry, icon = desktop_paths(tmp_path / "data")
    text = entry.read_text(encoding="utf-8")
    assert text.startswith("[Desktop Entry]") and text.count("Exec=") == 1
    assert icon.read_bytes().lstrip().startswith((b"<?xml", b"<svg"))
    assert entry.stat().st_mode & 0o777 == 0o644
    # No temporary file is left beside them.
    assert sorted(p.name for p in entry.parent.iterdir()) == ["convt-lab.desktop"]
    assert sorted(p.name for p in icon.parent.iterdir()) == ["convt-lab.svg"]


def test_installs_racing_in_threads_never_fail(tmp_path):
    """Eight threads install 10 times each, released together: no run may fail."""
    import threading

    from convt_lab.gui.io.desktop import install_desktop_entry

    barrier = threading.Barrier(8)
    errors: list[BaseException] = []

    def install() -> None:
        barrier.wait()
        for _ in range(10):
            try:
                install_desktop_entry(tmp_path)
            except OSError as err:
                errors.append(err)

    threads = [threading.Thread(target=install) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    entry, _ = desktop_paths(tmp_path)
    assert sorted(p.name for p in entry.parent.iterdir()) == ["convt-lab.desktop"]
