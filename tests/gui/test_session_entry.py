"""``convt-lab render --session F`` shows everything the session holds.

Each test saves a session that differs from the defaults, runs the real entry
point in this process (``convt_lab.gui.app.main``) and checks what the
rendered window shows and what its picture holds: the tab on top, the theme's
colours in the PNG, the font size, the language of the texts, the lesson step
(output numbers hidden before the kernel slides), the selected cell's sum and
the channels (the whole output channel's numbers, against the naive layer).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from convt_lab import core
from convt_lab.gui import app as app_module
from convt_lab.gui.model.document import Document
from convt_lab.gui.model.session import save_session
from convt_lab.gui.theme import THEMES
from tests.reference import naive_document_output

SVG = "{http://www.w3.org/2000/svg}"


def session_doc(**changes) -> Document:
    """Two inputs, two outputs, a bias of 1000·(o+1): numbers no single pair shows."""
    setup = core.ChannelSetup(2, 2, 1, True)
    rng = np.random.default_rng(5)
    doc = Document(
        params=core.ConvTParams(), setup=setup,
        x=rng.integers(1, 9, size=(2, 2, 2)), w=rng.integers(-2, 5, size=(2, 2, 3, 3)),
        b=np.array([1000.0, 2000.0]), pick=(1, 1),
    )
    return doc.replace(**changes)


@pytest.fixture
def rendered(qapp, tmp_path, monkeypatch):
    """Render a session through ``main``; returns what the window showed, read before teardown."""
    base_font = QApplication.font()

    def render(doc: Document, out: str = "view.png", *extra: str) -> dict:
        path = tmp_path / "lesson.convt.json"
        save_session(path, doc)
        seen: dict = {}
        real = app_module._render_window

        def spy(app, window, request):
            code = real(app, window, request)
            view = window.tabs.currentWidget()
            corner = window.grids.viewport().mapTo(window, QPoint(4, 4))
            seen.update(
                grids_corner=(corner.x(), corner.y()),
                tab=window.tabs.tabText(window.tabs.currentIndex()),
                tab_visible=view.isVisible(),
                shown_view=[n for n, v in window.views.items()
                            if v.isVisible() and v.window() is window],
                line_height=window.lesson.fontMetrics().height(),
                arithmetic=window.arithmetic.text(),
                output_texts=list(window.grids.items["output"]._texts),
                output_numbers=window.grids.items["output"]._numbers,
                channels=[window.channels.in_channels.value(), window.channels.out_channels.value(),
                          window.channels.groups.value(), window.channels.bias.isChecked(),
                          window.channels.pick_in.value(), window.channels.pick_out.value()],
            )
            return code

        monkeypatch.setattr(app_module, "_render_window", spy)
        target = tmp_path / out
        code = app_module.main(["render", "--session", str(path), "-o", str(target),
                                "--size", "1280x720", *extra])
        assert code == 0
        seen["path"] = target
        return seen

    yield render
    from convt_lab.gui.i18n import install_language

    install_language(QCoreApplication.instance(), "en")
    QApplication.setFont(base_font)


def colour_at(path, point: tuple[int, int]) -> str:
    with Image.open(path) as image:
        assert image.size == (1280, 720)
        return QColor(*image.convert("RGB").getpixel(point)).name()


def svg_texts(path) -> list[str]:
    root = ET.parse(path).getroot()
    return [t.text.strip() for t in root.iter(f"{SVG}text") if t.text and t.text.strip()]


@pytest.mark.parametrize("view", ["scatter", "matrix", "overlap", "roundtrip", "gather"])
def test_the_sessions_view_is_the_tab_on_top(rendered, view) -> None:
    from convt_lab.gui.texts import view_titles

    seen = rendered(session_doc(view=view))
    assert seen["tab"] == view_titles()[view]
    assert seen["tab_visible"] and seen["shown_view"] == [view]


@pytest.mark.parametrize("theme", ["dark", "contrast-dark", "light"])
def test_the_sessions_theme_colours_the_picture(rendered, theme) -> None:
    """The grids' background in the PNG is the theme's (sampled inside the grids' view)."""
    seen = rendered(session_doc(theme=theme))
    assert colour_at(seen["path"], seen["grids_corner"]) == QColor(THEMES[theme].background).name()


def test_the_sessions_font_scale_enlarges_the_text(rendered) -> None:
    small = rendered(session_doc(font_scale=1.0))["line_height"]
    large = rendered(session_doc(font_scale=2.0))["line_height"]
    assert 1.7 < large / small < 2.3, (small, large)


def test_the_sessions_language_is_the_pictures_language(rendered) -> None:
    seen = rendered(session_doc(language="zh", view="scatter"), "view.svg")
    texts = svg_texts(seen["path"])
    assert "动画：" in texts, texts[:40]  # the animation bar
    assert any("分发累加" in t for t in texts), texts  # the Scatter view's caption
    assert "Animation:" not in texts
    from convt_lab.gui.texts import view_titles

    assert seen["tab"] == view_titles()["scatter"] != "Scatter"  # read while Chinese is on


def test_the_sessions_step_hides_what_is_not_reached(rendered) -> None:
    want = naive_document_output(session_doc())
    numbers = {str(int(v)) for v in want.ravel()}
    early = rendered(session_doc(step=2), "early.svg")
    assert not early["output_numbers"]
    assert not numbers & set(svg_texts(early["path"]))
    late = rendered(session_doc(step=5), "late.svg")
    assert late["output_numbers"] and numbers <= set(svg_texts(late["path"]))


def test_the_sessions_selection_and_channels_are_shown(rendered) -> None:
    doc = session_doc(selection=("output", 2, 2))
    seen = rendered(doc, "view.svg")
    want = naive_document_output(doc)
    assert seen["channels"] == [2, 2, 1, True, 1, 1]
    assert seen["output_texts"] == [str(int(v)) for v in want.ravel()]
    assert "[2,2]" in seen["arithmetic"] and str(int(want[2, 2])) in seen["arithmetic"]
    texts = svg_texts(seen["path"])
    assert str(int(want[2, 2])) in texts and Counter(texts)[str(int(want[0, 0]))] >= 1


def test_command_line_options_win_over_the_session(rendered) -> None:
    seen = rendered(session_doc(theme="light", view="gather"), "view.png", "--theme", "dark")
    assert colour_at(seen["path"], seen["grids_corner"]) == QColor(THEMES["dark"].background).name()
    seen = rendered(session_doc(view="matrix"), "view.png", "--view", "overlap")
    assert seen["shown_view"] == ["overlap"]
