"""Rebuilding the window (theme, font size, language) leaves no stale connections.

The window rebuilds its panels when the theme, the font scale or the language
changes.  The state outlives every rebuild, so anything connected to its
signals in the rebuild must go with the panels it belongs to; otherwise each
switch leaves one more receiver, and old panels keep being redrawn.
"""

from __future__ import annotations

from PySide6.QtCore import SIGNAL, QCoreApplication, QEvent

SIGNALS = ("resultChanged(PyObject)", "documentChanged(PyObject)", "selectionChanged(PyObject)",
           "stepChanged(int)", "revealChanged(PyObject)", "problemChanged(PyObject)")


def receivers(window) -> dict[str, int]:
    # Panels replaced by a rebuild are deleted later, by the event loop.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QCoreApplication.processEvents()
    return {name: window.state.receivers(SIGNAL(name)) for name in SIGNALS}


VIEWS = ("scatter", "matrix", "overlap", "roundtrip", "gather")


def test_theme_font_and_language_switches_keep_the_receiver_counts(window) -> None:
    for name in VIEWS:
        window.show_view(name)  # build every deeper view
    before = receivers(window)
    assert before["resultChanged(PyObject)"] > 0
    for theme in ("dark", "light", "contrast", "contrast-dark", "light"):
        window.set_theme(theme)
        assert window.theme_name == theme
    for scale in (1.5, 2.0, 1.0):
        window.set_font_scale(scale)
    for language in ("zh", "en"):
        window.set_language(language)
    for name in VIEWS:
        window.show_view(name)  # the rebuilt window builds its views anew
    assert receivers(window) == before


def test_rebuilt_window_still_follows_the_state(window) -> None:
    """After switches, the one editor closer and the new panels still react."""
    window.set_theme("dark")
    window.set_language("zh")
    try:
        assert window.state.request(input_size=(3, 3))
        assert window.grids.items["input"].grid_shape == (3, 3)
    finally:  # the next tests read English
        window.set_language("en")


def test_a_refused_parameter_s_note_names_it_after_a_rebuild(make_window) -> None:
    """op = 2 with s = 2, d = 1 breaks op < max(s, d): op may be 0 to 1 (PyTorch's rule).

    After a theme change the panel is new; its note still names output_padding, not the
    input size (the field a new panel would otherwise fall back on).
    """
    window = make_window()
    window.set_language("en")
    window.params.square.setChecked(False)
    window.params.spins["output_padding"][0].setValue(2)
    assert window.state.problem is not None
    window.set_theme("dark")
    try:
        text = window.params.problem.text()
        assert "output_padding may be 0\u20131" in text and "input size" not in text, text
    finally:
        window.set_theme("light")
