"""The main window's actions: building them, wiring them, and the commands only the menus run.

A mixin of :class:`~convt_lab.gui.main_window.MainWindow`, kept apart so the
window module stays about assembling panels.  The menus are filled just
after the window's first paint, or when :attr:`actions_` is first asked for.
Its strings keep the ``MainWindow`` context they are translated under.
"""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QInputDialog

from convt_lab.gui.actions import build_actions
from convt_lab.gui.model.fills import FILLS, random_ints

__all__ = ["WindowActions"]


class WindowActions:
    """The menus' actions of a window with ``state``, ``animator``, ``grids`` and a status bar."""

    @property
    def actions_(self) -> SimpleNamespace:
        """The window's actions by name; the menus are filled on first use."""
        if self._actions is None:
            self._wire(build_actions(self))
        return self._actions

    def _wire(self, a) -> None:
        self._actions = a
        state, anim = self.state, self.animator
        undo = state.undo_stack.createUndoAction(self, QCoreApplication.translate("MainWindow", "&Undo"))
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        redo = state.undo_stack.createRedoAction(self, QCoreApplication.translate("MainWindow", "&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        first = a.edit_menu.actions()[0] if a.edit_menu.actions() else None
        a.edit_menu.insertAction(first, undo)
        a.edit_menu.insertAction(first, redo)
        a.edit_menu.insertSeparator(first)
        self.addAction(undo)  # the shortcuts work with the menu bar hidden
        self.addAction(redo)
        a.undo, a.redo = undo, redo
        a.quit.triggered.connect(self.close)
        a.fit.triggered.connect(self.grids.fit)
        a.clear_selection.triggered.connect(self._escape)
        a.presentation.toggled.connect(self.set_presentation)
        a.presentation.setChecked(self.presenting)
        a.prev_step.triggered.connect(lambda: state.set_step(state.step - 1))
        a.next_step.triggered.connect(lambda: state.set_step(state.step + 1))
        a.play.triggered.connect(anim.toggle)
        a.step_back.triggered.connect(lambda: anim.step(-1))
        a.step_forward.triggered.connect(lambda: anim.step(1))
        a.first_cell.triggered.connect(anim.home)
        a.last_cell.triggered.connect(anim.end)
        a.stop.triggered.connect(anim.stop)
        a.select_up.triggered.connect(lambda: state.move_selection(-1, 0))
        a.select_down.triggered.connect(lambda: state.move_selection(1, 0))
        for key, action in a.presets.items():
            action.triggered.connect(lambda _=False, k=key: self.apply_preset(k))
        a.misconceptions.triggered.connect(self.show_misconceptions)
        for target in ("input", "kernel"):
            for fill in ("ones", "arange", "random", "delta"):
                action = getattr(a, f"fill_{target}_{fill}", None)
                if action is not None:
                    action.triggered.connect(lambda _=False, t=target, f=fill: self.fill(t, f))
        a.font_scales[self.font_scale].setChecked(True)
        a.font_group.triggered.connect(lambda act: self.set_font_scale(act.data()))
        a.themes[self.theme_name].setChecked(True)
        a.theme_group.triggered.connect(lambda act: self.set_theme(act.data()))
        a.languages[self.language].setChecked(True)
        a.language_group.triggered.connect(lambda act: self.set_language(act.data()))
        # File commands import Pillow and friends only when first used.
        for action, command, args in (
            (a.open, "open_session", ()),
            (a.save, "save_session", ()),
            (a.export_png, "export_view", ("png",)),
            (a.export_svg, "export_view", ("svg",)),
            (a.copy_code, "copy_code", ()),
        ):
            action.triggered.connect(lambda _=False, c=command, x=args: self._file_command(c, *x))
        a.worksheet.triggered.connect(self._worksheet)
        for action, kind in ((a.export_gif, "gif"), (a.export_frames, "frames")):
            action.triggered.connect(lambda _=False, k=kind: self._export_animation(k))
        self._animation_keys(getattr(self, "_animated", True))

    def _animation_keys(self, on: bool) -> None:
        """The animation's keys work where its bar shows (not on tabs without cells)."""
        a = getattr(self, "_actions", None)
        if a is None:
            return  # the menus are filled later, and follow the bar then
        # Nor is there an animation to export there: it would be the same frame again and again.
        for action in (a.play, a.step_back, a.step_forward, a.first_cell, a.last_cell, a.stop,
                       a.export_gif, a.export_frames):
            action.setEnabled(on)

    # -- the menus' commands ----------------------------------------------
    def show_misconceptions(self) -> None:
        """Help → Misconceptions: a card that follows the current numbers."""
        from convt_lab.gui.panels.misconceptions import MisconceptionsDialog

        old = getattr(self, "misconceptions", None)
        if old is not None:
            old.close()
            old.deleteLater()
        self.misconceptions = MisconceptionsDialog(self.state, self)
        self.misconceptions.show()

    def _export_animation(self, kind: str) -> int:
        from convt_lab.gui.io.export_dialog import export_animation

        return export_animation(self, kind)

    def _file_command(self, name: str, *args):
        from convt_lab.gui.io import file_actions

        return getattr(file_actions, name)(self, *args)

    def _worksheet(self) -> None:
        from convt_lab.gui.io.worksheet import export_worksheet

        export_worksheet(self)

    def apply_preset(self, key: str) -> None:
        from convt_lab.gui.model.presets import LAYER_PRESETS, PRESETS

        preset = next(p for p in (*PRESETS, *LAYER_PRESETS) if p.key == key)
        self.animator.stop()
        self.state.apply(preset.document(), lambda: QCoreApplication.translate("MainWindow", "Preset"))
        self.grids.fit()
        if preset in LAYER_PRESETS:  # its one-line reason stays in the status bar
            from convt_lab.gui.preset_notes import preset_notes

            self.statusBar().showMessage(preset_notes()[key])

    def fill(self, target: str, fill: str) -> None:
        """Fill every channel of the input, or every kernel slice."""
        if fill == "random":
            seed, ok = QInputDialog.getInt(
                self, QCoreApplication.translate("MainWindow", "Random integers"),
                QCoreApplication.translate("MainWindow", "Seed (the same seed gives the same values):"),
                0, 0, 2**31 - 1,
            )
            if not ok:
                return
            self.state.fill_all(target, lambda shape: random_ints(shape, seed))
        else:
            self.state.fill_all(target, FILLS[fill])

    def _escape(self) -> None:
        if self.presenting:  # Esc leaves presentation mode first, as a slide show does
            self.actions_.presentation.setChecked(False)
            return
        self.animator.stop()
        self.state.select(None)
