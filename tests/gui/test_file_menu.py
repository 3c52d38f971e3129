"""The File menu as a user drives it: Open with a bad file, exports, tabs.

The menu actions are triggered as a click on them would; the file and input
dialogs are replaced by stand-ins that answer as a user would, and message
boxes are captured instead of shown.
"""

from __future__ import annotations

import os

import pytest
from PIL import Image
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QProgressDialog,
)

from convt_lab import core
from convt_lab.gui.io import export_dialog, file_actions
from convt_lab.gui.model.document import Document
from convt_lab.gui.model.session import save_session, to_json
from convt_lab.gui.texts import view_titles
from convt_lab.gui.views import VIEW_MODULES


def choose_file(monkeypatch, path) -> None:
    answer = staticmethod(lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(path)))


# -- File -> Open ------------------------------------------------------------------------------

BAD_FILES = {
    "not json": (b"hello", "not a JSON file"),
    "other version": (to_json(Document()).replace('"version": 2', '"version": 9')
                      .encode(), "version 9 is not supported"),
    "bad x": (to_json(Document()).replace('"x": [', '"x": [[[1]], ', 1).encode(),
              "x must have 1 entries"),
    "nan": (to_json(Document()).replace("3.0", "NaN", 1).encode(), "finite"),
    "empty": (b"", "not a JSON file"),
}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_open_a_bad_file_names_it_and_changes_nothing(window, tmp_path, monkeypatch, warnings,
                                                      name) -> None:
    window.state.request(stride=(1, 1))
    window.state.select(("output", 1, 1))
    before = window.state.document
    undo_count = window.state.undo_stack.count()
    path = tmp_path / "broken.convt.json"
    path.write_bytes(BAD_FILES[name][0])
    choose_file(monkeypatch, path)
    window.actions_.open.trigger()
    assert len(warnings) == 1
    title, text = warnings[0]
    assert title == "Cannot open session"
    assert str(path) in text and BAD_FILES[name][1] in text, text
    assert "unchanged" in text
    assert window.state.document == before
    assert window.state.undo_stack.count() == undo_count


def test_open_a_folder_and_a_missing_file(window, tmp_path, monkeypatch, warnings) -> None:
    before = window.state.document
    for path, reason in ((tmp_path, "a folder"), (tmp_path / "gone.convt.json", "No such file")):
        choose_file(monkeypatch, path)
        window.actions_.open.trigger()
        assert str(path) in warnings[-1][1] and reason in warnings[-1][1]
    assert window.state.document == before


def test_open_a_good_file_shows_it(window, tmp_path, monkeypatch, warnings) -> None:
    doc = Document(params=core.ConvTParams(stride=1), view="overlap", step=4)
    path = tmp_path / "good.convt.json"
    save_session(path, doc)
    choose_file(monkeypatch, path)
    window.actions_.open.trigger()
    assert warnings == []
    assert window.state.document.params.stride == (1, 1) and window.state.step == 3
    assert window.tabs.tabText(window.tabs.currentIndex()) == view_titles()["overlap"]


# -- File -> Export ----------------------------------------------------------------------------


def pick_size(monkeypatch, index: int | None) -> None:
    """Answer the size dialog with choice ``index`` (0 = window size), or cancel it."""

    def get_item(parent, title, label, items, current=0, editable=True, *a, **k):
        return (items[index], True) if index is not None else ("", False)

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))


@pytest.mark.parametrize("index, size", [(1, (1280, 720)), (2, (1920, 1080))])
def test_export_png_from_the_menu_at_the_chosen_size(window, tmp_path, monkeypatch, warnings,
                                                     index, size) -> None:
    path = tmp_path / "view.png"
    pick_size(monkeypatch, index)
    choose_file(monkeypatch, path)
    window.actions_.export_png.trigger()
    with Image.open(path) as im:
        assert im.size == size
    assert warnings == []
    assert str(path) in window.statusBar().currentMessage()


def test_export_svg_from_the_menu_at_window_size(window, tmp_path, monkeypatch, warnings) -> None:
    path = tmp_path / "view.svg"
    pick_size(monkeypatch, 0)
    choose_file(monkeypatch, path)
    window.actions_.export_svg.trigger()
    assert warnings == [] and path.read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_cancelling_the_size_dialog_writes_nothing(window, tmp_path, monkeypatch, warnings) -> None:
    pick_size(monkeypatch, None)
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: asked.append(a) or ("", "")))
    window.actions_.export_png.trigger()
    assert asked == [] and os.listdir(tmp_path) == [] and warnings == []


def answer_dialog(monkeypatch, accept: bool = True, **values) -> list:
    """Answer the export dialog as a user would: set its fields, then OK (or Cancel).

    Returns the dialogs shown, so a test can read what they offered.
    """
    shown = []

    def exec_(self) -> int:
        shown.append(self)
        for name, value in values.items():
            widget = getattr(self, name)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(widget.findData(value))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(value)
            else:
                widget.setValue(value)
        return int(QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected)

    monkeypatch.setattr(export_dialog.ExportDialog, "exec", exec_)
    return shown


@pytest.mark.parametrize("first, last, frames", [(3, 7, 5), (4, 4, 1), (1, 25, 25)])
def test_export_frames_from_the_menu_takes_first_last(window, tmp_path, monkeypatch, warnings,
                                                      first, last, frames) -> None:
    shown = answer_dialog(monkeypatch, format="frames", first=first, last=last)
    choose_file(monkeypatch, tmp_path)
    window.actions_.export_frames.trigger()
    assert (shown[0].first.maximum(), shown[0].last.maximum()) == (25, 25)  # 5x5 output cells
    written = sorted(os.listdir(tmp_path))
    assert len(written) == frames and all(name.endswith(".png") for name in written)
    assert warnings == []


@pytest.mark.parametrize("first, last, frames", [(7, 3, 1), (1, 99, 25), (0, 2, 2)])
def test_a_range_outside_the_cells_is_held_inside_them(window, tmp_path, monkeypatch, warnings,
                                                      first, last, frames) -> None:
    """The range fields cannot hold a bad range: LAST never goes below FIRST or past the end."""
    answer_dialog(monkeypatch, format="frames", first=first, last=last)
    choose_file(monkeypatch, tmp_path)
    window.actions_.export_frames.trigger()
    assert len(os.listdir(tmp_path)) == frames and warnings == []


def test_cancelling_the_export_dialog_writes_nothing(window, tmp_path, monkeypatch, warnings) -> None:
    answer_dialog(monkeypatch, accept=False)
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: asked.append(a) or ("", "")))
    window.actions_.export_gif.trigger()
    assert asked == [] and os.listdir(tmp_path) == [] and warnings == []


class CancelAfterTwo(QProgressDialog):
    """A progress dialog whose user presses Cancel once two frames are done."""

    def setValue(self, value: int) -> None:  # noqa: N802 - Qt name
        super().setValue(value)
        if value >= 2:
            self.cancel()


def test_cancelling_the_progress_dialog(window, tmp_path, monkeypatch, warnings) -> None:
    monkeypatch.setattr(export_dialog, "QProgressDialog", CancelAfterTwo)
    answer_dialog(monkeypatch, format="gif", first=1, last=25)
    gif = tmp_path / "anim.gif"
    choose_file(monkeypatch, gif)
    window.actions_.export_gif.trigger()
    assert not gif.exists() and os.listdir(tmp_path) == []  # a cancelled GIF leaves nothing
    folder = tmp_path / "frames"
    folder.mkdir()
    answer_dialog(monkeypatch, format="frames", first=1, last=25)
    choose_file(monkeypatch, folder)
    window.actions_.export_frames.trigger()
    written = sorted(os.listdir(folder))
    assert 2 <= len(written) < 25, written  # frames already written are kept
    assert warnings == []


def test_export_gif_from_the_menu(window, tmp_path, monkeypatch, warnings) -> None:
    answer_dialog(monkeypatch, format="gif", first=2, last=5, hold=0.0)
    gif = tmp_path / "anim.gif"
    choose_file(monkeypatch, gif)
    window.actions_.export_gif.trigger()
    with Image.open(gif) as im:
        assert im.n_frames == 4
    assert warnings == []
    assert str(gif) in window.statusBar().currentMessage()  # "Saved to ..."


# -- tabs --------------------------------------------------------------------------------------


def test_every_tab_shows_its_view_and_the_document_follows(window, qtbot) -> None:
    titles = view_titles()
    for index in list(range(1, window.tabs.count())) + [0]:
        window.tabs.setCurrentIndex(index)
        title = window.tabs.tabText(index)
        (name,) = [n for n, t in titles.items() if t == title]
        assert window.state.document.view == name
        view = window.views[name]
        qtbot.waitUntil(view.isVisible, timeout=2000)
        assert view.width() > 100 and view.height() > 100
        others = [v for n, v in window.views.items() if n != name]
        assert not any(v.isVisible() for v in others)
    assert set(window.views) == {"gather", *VIEW_MODULES}
