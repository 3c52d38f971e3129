"""The window's actions and menus, with their shortcuts.

Actions are created here, translated, and grouped into menus; the window
only connects them.  They are remade when the language changes.

:class:`KeyRouter` makes the lesson's keys work whatever has focus: a
focused spinner, check box, button or tab would otherwise take Space, the
arrows or Ctrl+Z for itself (a spin box's line edit claims Left/Right and
its own text undo) and the shortcut would silently do nothing.  Only text
fields (the cell editor, a dialog's line edit) keep every key, because
there a key types or edits text.  A spinner, a list and the speed box keep
Up/Down: a teacher who clicked into "Stride" and presses Up means stride + 1;
a slider keeps all four arrows, which move it.
Enter in a spinner commits its value and hands the keys back to the grids,
so the arrows then move the selected cell again.  Ctrl+Z in a spinner with
text typed and not committed puts its value back first, as an editor's undo
takes back the typing before the edits; the next Ctrl+Z undoes.
"""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

__all__ = ["AfterFirstPaint", "GLOBAL_KEYS", "KEEPS_KEYS", "KeyRouter", "build_actions", "install_key_router", "menu_titles",
           "show_menu_titles"]

#: Keys that belong to the lesson whatever has focus, except a text field.
GLOBAL_KEYS = frozenset(
    QKeySequence(k).toString()
    for k in ("Ctrl+Z", "Ctrl+Y", "Ctrl+Shift+Z", "Space", "Left", "Right", "Home", "End",
              "PgUp", "PgDown")
)
UNDO = QKeySequence("Ctrl+Z").toString()
#: Keys a spinner, a combo box, a slider or a list keeps while it has focus.
OWN_ARROWS = frozenset(QKeySequence(k).toString() for k in ("Up", "Down"))
SIDE_ARROWS = frozenset(QKeySequence(k).toString() for k in ("Left", "Right"))


#: A spin box with this dynamic property set is typed into like a text field (an answer).
KEEPS_KEYS = "keepsKeys"


def _is_text_field(widget: QWidget) -> bool:
    """A field where keys type text: an editor, a line edit, or a spin box marked
    :data:`KEEPS_KEYS` (a parameter spinner's own line edit does not count)."""
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return True
    owner = widget.parent() if isinstance(widget, QLineEdit) else widget
    if isinstance(owner, QAbstractSpinBox):
        return bool(owner.property(KEEPS_KEYS))
    return isinstance(widget, QLineEdit)


def _typed_not_committed(widget: QWidget) -> QSpinBox | None:
    """The spinner ``widget`` is (or edits) while its text is typed and not yet committed."""
    box = widget.parent() if isinstance(widget, QLineEdit) else widget
    if not isinstance(box, (QSpinBox, QDoubleSpinBox)):
        return None
    special = box.specialValueText()
    if special and box.value() == box.minimum():
        shown = special
    else:
        shown = box.prefix() + box.textFromValue(box.value()) + box.suffix()
    return box if box.text() != shown else None


def _keeps_arrows(widget: QWidget) -> bool:
    owner = widget.parent() if isinstance(widget.parent(), QAbstractSpinBox) else widget
    return isinstance(owner, (QAbstractSpinBox, QComboBox, QAbstractSlider, QAbstractItemView))


class KeyRouter(QObject):
    """An event filter on the focused widget that gives the lesson's keys to the window's shortcuts.

    It answers the ``ShortcutOverride`` that Qt sends to the focused widget
    before a shortcut fires: not accepting it lets the window's shortcut
    run; accepting it keeps the key for the widget.
    """

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self._window = window
        # Only the focused widget is watched (Qt sends it the ShortcutOverride),
        # so other events never pass through Python.
        self._watched: QWidget | None = None
        app = QApplication.instance()
        app.focusChanged.connect(self._focus_changed)
        self._focus_changed(None, app.focusWidget())

    def _focus_changed(self, _old, new) -> None:
        if self._watched is not None:
            try:
                self._watched.removeEventFilter(self)
            except RuntimeError:  # already deleted with its panel
                pass
            self._watched = None
        if new is not None and new.window() is self._window:
            new.installEventFilter(self)
            self._watched = new

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            getattr(self._window, "actions_", None)  # a key before the menus were filled makes them
        if not isinstance(watched, QWidget) or watched.window() is not self._window:
            return False
        key = QKeySequence(event.keyCombination()).toString()
        if _is_text_field(watched):
            # Typing keeps its keys: the cursor keys, Space, Home/End, PgUp/PgDown
            # and the field's own undo (a field may not claim them by itself).
            if kind == QEvent.Type.ShortcutOverride and (key in GLOBAL_KEYS or key in OWN_ARROWS):
                event.accept()
                return True
            return False
        if key == UNDO and _typed_not_committed(watched) is not None:
            if kind == QEvent.Type.KeyPress:  # the typing goes first, then the edits
                box = _typed_not_committed(watched)
                box.setValue(box.value())  # the same value: its text again, and no request
            event.accept()  # not the window's undo
            return True
        if kind == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(
                    watched.parent() if isinstance(watched, QLineEdit) else watched,
                    QAbstractSpinBox):
                QTimer.singleShot(0, self._focus_grids)  # after the spinner commits
            return False
        if key in OWN_ARROWS and _keeps_arrows(watched) or (
                key in SIDE_ARROWS and isinstance(watched, QAbstractSlider)):
            event.accept()  # the widget's own arrows (a slider's Left/Right move it)
            return True
        if key in GLOBAL_KEYS or key in OWN_ARROWS:
            event.ignore()  # not overridden: the window's shortcut runs
            return True
        return False

    def _focus_grids(self) -> None:
        grids = getattr(self._window, "grids", None)
        if grids is not None:
            grids.setFocus(Qt.FocusReason.OtherFocusReason)


class AfterFirstPaint(QObject):
    """Calls ``then`` once, as soon as ``widget`` has painted for the first time."""

    def __init__(self, widget: QWidget, then):
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, then)  # after this paint; never once the widget is gone
        return False


def install_key_router(window: QMainWindow) -> KeyRouter:
    """The window's one :class:`KeyRouter`, watching whichever widget has focus."""
    router = window.findChild(KeyRouter)
    if router is None:
        router = KeyRouter(window)
    return router


def menu_titles() -> list[str]:
    """The menu bar's titles in order; :func:`build_actions` fills a menu under each."""
    return [
        QCoreApplication.translate("actions", "&File"),
        QCoreApplication.translate("actions", "&Edit"),
        QCoreApplication.translate("actions", "&View"),
        QCoreApplication.translate("actions", "&Lesson"),
        QCoreApplication.translate("actions", "&Help"),
    ]


def show_menu_titles(window: QMainWindow) -> None:
    """The menu bar with its titles and nothing under them yet.

    The window shows it at its first paint and fills the menus just after
    (:func:`build_actions`): the bar has its final height from the start, so
    nothing moves when the menus arrive.
    """
    bar = window.menuBar()
    bar.clear()
    for title in menu_titles():
        bar.addMenu(title)


def build_actions(window: QMainWindow) -> SimpleNamespace:
    """Create every action, fill the menu bar, and return the actions by name."""
    from convt_lab.gui.i18n import LANGUAGES
    from convt_lab.gui.model.document import FONT_SCALES, THEMES
    from convt_lab.gui.model.presets import LAYER_PRESETS, PRESETS
    from convt_lab.gui.preset_notes import preset_notes
    from convt_lab.gui.texts import preset_names

    a = SimpleNamespace()
    file_title, edit_title, view_title, lesson_title, _help = menu_titles()

    def act(name: str, text: str, shortcut=None, checkable: bool = False) -> QAction:
        action = QAction(text, window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        window.addAction(action)  # shortcuts work with the menu bar hidden
        setattr(a, name, action)
        return action

    for old in window.actions():  # the previous build's, whose shortcuts would clash
        window.removeAction(old)
        old.deleteLater()
    menu = window.menuBar()
    for placeholder in menu.findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if not placeholder.actions():  # a title shown before the menus were filled
            placeholder.deleteLater()
    menu.clear()

    file_menu = menu.addMenu(file_title)
    for name, text, key in (
        ("open", QCoreApplication.translate("actions", "&Open session\u2026"), "Ctrl+O"),
        ("save", QCoreApplication.translate("actions", "&Save session\u2026"), "Ctrl+S"),
    ):
        file_menu.addAction(act(name, text, key))
    file_menu.addSeparator()
    for name, text, key in (
        ("export_png", QCoreApplication.translate("actions", "Export view as &PNG\u2026"), "Ctrl+E"),
        ("export_svg", QCoreApplication.translate("actions", "Export view as S&VG\u2026"), None),
        ("export_gif", QCoreApplication.translate("actions", "Export &animation (GIF, MP4, WebM)\u2026"), None),
        ("export_frames", QCoreApplication.translate("actions", "Export animation as PNG &frames\u2026"), None),
        ("copy_code", QCoreApplication.translate("actions", "&Copy as PyTorch code"), "Ctrl+Shift+C"),
        ("worksheet", QCoreApplication.translate("actions", "Print practice &worksheet (PDF)\u2026"), None),
    ):
        file_menu.addAction(act(name, text, key))
    file_menu.addSeparator()
    file_menu.addAction(act("quit", QCoreApplication.translate("actions", "&Quit"), "Ctrl+Q"))

    edit_menu = menu.addMenu(edit_title)
    a.edit_menu = edit_menu
    fill_input = edit_menu.addMenu(QCoreApplication.translate("actions", "Fill &input"))
    fill_kernel = edit_menu.addMenu(QCoreApplication.translate("actions", "Fill &kernel"))
    for target, sub in (("input", fill_input), ("kernel", fill_kernel)):
        fills = [
            ("ones", QCoreApplication.translate("actions", "All ones")),
            ("arange", QCoreApplication.translate("actions", "1, 2, \u2026, n")),
            ("random", QCoreApplication.translate("actions", "Random integers from a seed\u2026")),
        ]
        if target == "kernel":
            fills.append(("delta", QCoreApplication.translate("actions", "Delta (a single 1 in the centre)")))
        for fill, text in fills:
            sub.addAction(act(f"fill_{target}_{fill}", text))

    view_menu = menu.addMenu(view_title)
    view_menu.addAction(act("fit", QCoreApplication.translate("actions", "&Fit all grids"), "Ctrl+0"))
    view_menu.addAction(act("clear_selection", QCoreApplication.translate("actions", "C&lear selection"), "Esc"))
    view_menu.addAction(
        act("presentation", QCoreApplication.translate("actions", "&Presentation mode"), "F11", checkable=True)
    )
    font_menu = view_menu.addMenu(QCoreApplication.translate("actions", "Font &size"))
    a.font_group = QActionGroup(window)
    a.font_scales = {}
    for n, scale in enumerate(FONT_SCALES):
        action = act(f"font_{n}", f"{scale:g}\u00d7", f"Ctrl+{n + 1}", checkable=True)
        action.setData(scale)
        a.font_group.addAction(action)
        font_menu.addAction(action)
        a.font_scales[scale] = action
    theme_menu = view_menu.addMenu(QCoreApplication.translate("actions", "&Theme"))
    theme_names = {
        "light": QCoreApplication.translate("actions", "Light"),
        "dark": QCoreApplication.translate("actions", "Dark"),
        "contrast": QCoreApplication.translate("actions", "High contrast"),
        "contrast-dark": QCoreApplication.translate("actions", "High contrast, dark"),
    }
    a.theme_group = QActionGroup(window)
    a.themes = {}
    for key in THEMES:
        action = act(f"theme_{key}", theme_names[key], checkable=True)
        action.setData(key)
        a.theme_group.addAction(action)
        theme_menu.addAction(action)
        a.themes[key] = action
    language_menu = view_menu.addMenu(QCoreApplication.translate("actions", "&Language / \u8bed\u8a00"))
    a.language_group = QActionGroup(window)
    a.languages = {}
    for key, name in LANGUAGES.items():
        action = act(f"language_{key}", name, checkable=True)
        action.setData(key)
        a.language_group.addAction(action)
        language_menu.addAction(action)
        a.languages[key] = action

    lesson_menu = menu.addMenu(lesson_title)
    lesson_menu.addAction(act("prev_step", QCoreApplication.translate("actions", "&Previous step"), "PgUp"))
    lesson_menu.addAction(act("next_step", QCoreApplication.translate("actions", "&Next step"), "PgDown"))
    lesson_menu.addSeparator()
    lesson_menu.addAction(act("play", QCoreApplication.translate("actions", "Play / pause"), "Space"))
    lesson_menu.addAction(act("step_back", QCoreApplication.translate("actions", "Previous frame (output cell or stamp)"), "Left"))
    lesson_menu.addAction(act("step_forward", QCoreApplication.translate("actions", "Next frame (output cell or stamp)"), "Right"))
    lesson_menu.addAction(act("first_cell", QCoreApplication.translate("actions", "First frame"), "Home"))
    lesson_menu.addAction(act("last_cell", QCoreApplication.translate("actions", "Last frame"), "End"))
    lesson_menu.addAction(act("stop", QCoreApplication.translate("actions", "Stop and show all cells"), "Ctrl+."))
    lesson_menu.addAction(act("select_up", QCoreApplication.translate("actions", "Output cell above"), "Up"))
    lesson_menu.addAction(act("select_down", QCoreApplication.translate("actions", "Output cell below"), "Down"))
    lesson_menu.addSeparator()
    presets_menu = lesson_menu.addMenu(QCoreApplication.translate("actions", "P&resets"))
    names = preset_names()
    a.presets = {}
    for preset in PRESETS:
        action = act(f"preset_{preset.key}", names[preset.key])
        action.setData(preset.key)
        presets_menu.addAction(action)
        a.presets[preset.key] = action
    layers_menu = lesson_menu.addMenu(QCoreApplication.translate("actions", "Layers people &use"))
    layers_menu.setToolTipsVisible(True)
    notes = preset_notes()
    for preset in LAYER_PRESETS:
        action = act(f"preset_{preset.key}", names[preset.key])
        action.setData(preset.key)
        action.setToolTip(notes[preset.key])
        action.setStatusTip(notes[preset.key])
        layers_menu.addAction(action)
        a.presets[preset.key] = action

    from convt_lab.gui.help import add_help_menu, flash_hint, presentation_hint, presentation_spot

    add_help_menu(window, act)
    # Full screen hides the menus: say once how to come back, where it covers no text.
    a.presentation.toggled.connect(lambda on: on and flash_hint(
        window, presentation_hint(), place=lambda size: presentation_spot(window, size)))
    install_key_router(window)
    return a
