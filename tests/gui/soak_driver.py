"""Soak driver: thousands of mixed operations on one real window, in its own process.

Run by ``test_soak.py`` as ``python soak_driver.py [N] [SEED]`` with
``QT_QPA_PLATFORM=offscreen``.  A crash inside Qt (a segfault, or PySide6's
abort on a bad refcount) kills the process, so the test sees a negative return
code instead of losing the whole pytest session.

Everything Qt lives inside :func:`main` and is torn down before it returns:
on Python 3.11, Qt objects still alive in module globals at interpreter exit
can crash it.  The operations go through the real widgets and actions where
the app has them (parameter and channel spinners, undo actions, the
animator), mixed with forced repaints so that every state is also painted.

Output, for the test to read: ``progress <k> <seconds>`` lines, then
``EXCEPTIONS <k>`` and ``INVARIANTS <k>`` (uncaught exceptions in slots and
grids whose drawn shape disagrees with core), the first few of each on stderr,
and finally ``SOAK OK <n>`` once the window and the application are gone.
"""

from __future__ import annotations

import os
import random
import sys
import time
import traceback

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHOWN = 3  # tracebacks written out in full


def peak_mb() -> float:
    """Peak resident memory so far, in MB (0 where the platform cannot tell)."""
    try:
        import resource
    except ImportError:
        return 0.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def grid_shapes(wt) -> dict[str, tuple[int, int]]:
    """What each grid must draw, from core's result."""
    return {
        "input": wt.x.shape,
        "zero_inserted": wt.zero_inserted.shape,
        "padded": wt.padded.shape,
        "output": wt.output.shape,
        "kernel": wt.weight.shape,
        "flipped": wt.flipped_kernel.shape,
    }


class Operations:
    """The soak's operations on one window; each returns a short description.

    Kept in an object, not in closures over :func:`main`'s locals, so that
    main can drop its last reference to the window before the application.
    """

    FILLS = ("fill_input_ones", "fill_input_arange", "fill_kernel_ones", "fill_kernel_arange",
             "fill_kernel_delta")

    def __init__(self, window, rng: random.Random):
        from convt_lab import core
        from convt_lab.gui.model.presets import PRESETS

        self.core, self.presets = core, PRESETS
        self.window, self.state, self.animator = window, window.state, window.animator
        self.rng = rng
        self.refused = 0  # parameter values the state refused (rule-breaking combinations)

    def _value(self, box, extremes: float) -> int:
        """The spinner's minimum or maximum (each with chance ``extremes``), else any value."""
        pick = self.rng.random()
        if pick < extremes:
            return box.minimum()
        if pick < 2 * extremes:
            return box.maximum()
        return self.rng.randint(box.minimum(), box.maximum())

    def spin(self) -> str:
        field = self.rng.choice(self.core.FIELDS)
        axis = self.rng.randrange(2)
        box = self.window.params.spins[field][axis]
        value = self._value(box, 0.2)
        box.setValue(value)
        self.refused += self.state.problem is not None
        return f"spin {field}[{axis}]={value}"

    def channels(self) -> str:
        panel = self.window.channels
        name = self.rng.choice(
            ("in_channels", "out_channels", "groups", "pick_in", "pick_out", "bias"))
        if name == "bias":
            panel.bias.setChecked(not panel.bias.isChecked())
            return f"bias {panel.bias.isChecked()}"
        box = getattr(panel, name)
        value = self._value(box, 0.25)
        box.setValue(value)
        return f"channels {name}={value}"

    def square(self) -> str:
        box = self.window.params.square
        box.setChecked(not box.isChecked())
        return f"square {box.isChecked()}"

    def select(self) -> str:
        wt, rng = self.state.result, self.rng
        kind = rng.choice(("output", "output", "input", None))
        if kind is None:
            self.state.select(None)
            return "select None"
        shape = wt.output.shape if kind == "output" else wt.x.shape
        cell = (kind, rng.randrange(shape[0]), rng.randrange(shape[1]))
        self.state.select(cell)
        return f"select {cell}"

    def move(self) -> str:
        d = self.rng.choice(((0, 1), (0, -1), (1, 0), (-1, 0)))
        self.state.move_selection(*d)
        return f"move {d}"

    def repaint(self) -> str:
        from PySide6.QtWidgets import QApplication

        self.window.grids.viewport().repaint()
        QApplication.processEvents()
        return "repaint"

    def animate(self) -> str:
        from PySide6.QtTest import QTest

        animator = self.animator
        what = self.rng.choice(("step", "back", "home", "end", "stop", "play", "play"))
        if what == "step":
            animator.step(1)
        elif what == "back":
            animator.step(-1)
        elif what == "home":
            animator.home()
        elif what == "end":
            animator.end()
        elif what == "stop":
            animator.stop()
        else:
            animator.play()
            QTest.qWait(self.rng.randint(2, 6))  # a few timer ticks
            if self.rng.random() < 0.7:
                animator.pause()
        return f"animate {what}"

    def undo_redo(self) -> str:
        actions = self.window.actions_
        action = actions.undo if self.rng.random() < 0.55 else actions.redo
        action.trigger()
        return f"{action.text()!r}"

    def other(self) -> str:
        rng, state = self.rng, self.state
        what = rng.choice(("step", "preset", "fill", "cell"))
        if what == "step":
            state.set_step(rng.randint(-1, 5))
        elif what == "preset":
            self.window.apply_preset(rng.choice(self.presets).key)
        elif what == "fill":
            getattr(self.window.actions_, rng.choice(self.FILLS)).trigger()
        else:
            shape = state.result.x.shape
            state.set_cell("input", rng.randrange(shape[0]), rng.randrange(shape[1]),
                           rng.choice((0.0, -1.5, 7.0, 1e6)))
        return f"other {what}"

    def weighted(self) -> list[tuple]:
        return [(self.spin, 26), (self.channels, 6), (self.square, 2), (self.select, 12),
                (self.move, 5), (self.repaint, 15), (self.animate, 14), (self.undo_redo, 15),
                (self.other, 7)]

    def drawn_mismatch(self) -> str | None:
        """None when every grid draws core's shape, else what differs."""
        expected = grid_shapes(self.state.result)
        drawn = {name: item.grid_shape for name, item in self.window.grids.items.items()}
        return None if drawn == expected else f"drawn {drawn}, core {expected}"


def main(argv: list[str]) -> int:
    count = int(argv[0]) if argv else 5000
    seed = int(argv[1]) if len(argv) > 1 else 20240611
    if ROOT not in sys.path:
        sys.path.insert(0, ROOT)

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from convt_lab import core
    from convt_lab.gui.main_window import MainWindow
    from convt_lab.gui.state import LabState

    errors: list[str] = []
    done = 0

    def hook(kind, value, tb) -> None:
        errors.append("".join(traceback.format_exception(kind, value, tb)))
        if len(errors) <= SHOWN:
            sys.stderr.write(f"exception #{len(errors)} after op {done}:\n{errors[-1]}")

    old_hook = sys.excepthook
    sys.excepthook = hook
    rng = random.Random(seed)
    bad_shapes: list[str] = []
    log: list[str] = []  # the last operations, for a report

    app = QApplication.instance() or QApplication([sys.argv[0]])
    window = MainWindow(LabState(core.ConvTParams()))
    window.resize(1280, 800)
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.animator.set_speed(1000.0)  # 1 ms frames: a short wait plays several
    ops = Operations(window, rng)
    funcs, weights = zip(*ops.weighted())
    start = time.perf_counter()
    try:
        for done in range(1, count + 1):
            log.append(rng.choices(funcs, weights)[0]())
            del log[:-20]
            if done % 10 == 0:
                app.processEvents()
            mismatch = ops.drawn_mismatch()
            if mismatch:
                bad_shapes.append(f"after op {done} ({log[-1]}): {mismatch}")
                if len(bad_shapes) <= SHOWN:
                    sys.stderr.write(bad_shapes[-1] + "\n")
            if done % 500 == 0:
                print(f"progress {done} {time.perf_counter() - start:.1f}s "
                      f"undo={window.state.undo_stack.count()} rss={peak_mb():.0f}MB", flush=True)
    except BaseException:
        sys.stderr.write(f"driver stopped at op {done}; last operations:\n  " + "\n  ".join(log)
                         + "\n")
        raise
    finally:
        refused = ops.refused
        window.animator.stop()
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
        del ops, window, funcs
        sys.excepthook = old_hook

    print(f"EXCEPTIONS {len(errors)}", flush=True)
    print(f"INVARIANTS {len(bad_shapes)}", flush=True)
    print(f"REFUSED {refused}", flush=True)
    if errors:
        # Distinct last lines, so the report names each kind of failure once.
        kinds = sorted({e.strip().splitlines()[-1] for e in errors})
        sys.stderr.write("exception kinds:\n  " + "\n  ".join(kinds) + "\n")
    app.shutdown()
    del app
    print(f"SOAK OK {count} {time.perf_counter() - start:.1f}s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
