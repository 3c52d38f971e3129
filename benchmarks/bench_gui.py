"""Time the window: start-up, a parameter change, and a click, until repainted.

Usage::

    python benchmarks/bench_gui.py [--starts N] [--changes N] [--clicks N]

Runs offscreen (``QT_QPA_PLATFORM=offscreen``) and prints medians with goals:

(a) Start to first paint, each start in a fresh process: the ConvT Lab
    ``MainWindow`` against a bare ``QApplication`` + ``pg.GraphicsLayoutWidget``
    window of the same size, in pairs of runs (alternating which goes first);
    the verdict is the median of the pairs' ratios.  The app's modules are
    byte-compiled first, as an installed package's are.  Timed from the top of the
    child script (before any import) until the grids' viewport has received
    its first paint event and ``processEvents`` has returned; the time since
    the parent spawned the process is printed too.
(b) A parameter change until the grids are repainted: ``state.request(...)``,
    then events are processed until the viewport has painted again.  Lesson
    example (input 2 <-> 3) and a large case, input 16x16, k=5, s=3 (50x50
    output), padding 0 <-> 1.
(c) A selection until the highlight is repainted: ``state.select(...)`` on
    output cells in turn, then events until the viewport has painted; and a
    real mouse click (``QTest.mouseClick`` on the viewport, through
    pyqtgraph's scene) until repainted.  Before each click the mouse moves to
    the cell (``QTest.mouseMove``, not timed), as a hand brings it there.
    The same click on a bare pyqtgraph window, measured in the same run, is
    printed as the baseline: pyqtgraph's scene's own share of every click.
(e) Cell sizes, measured the way a reader sees them: ``convt-lab render``
    writes PNGs (light theme, default window, nothing selected) and the
    output grid's cells are counted in the pixels: its fill colour marks the
    grid, a line just under its top edge crosses each cell once, and the
    cell size is the grid's width over that count.  The lesson at 1280x720
    and 1920x1080 (font 1x and 2x) and the 9x9 checkerboard at 1280x720.

A repaint is waited for by counting ``QEvent.Paint`` on the viewport: offscreen,
``QWidget.repaint()`` does not always paint synchronously, and pyqtgraph
defers scene updates to the event loop anyway.  Times are ``time.perf_counter``
within a process and ``time.monotonic`` across processes (one system clock).
"""

from __future__ import annotations

import time

T_TOP = time.monotonic()  # before any import: the start of a child's clock

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SIZE = (1280, 720)
GOALS = {"start_ratio": 1.15, "change_large_ms": 16.7, "click_ms": 4.0, "frame_ms": 16.7}
#: (name, render options, least output cell in px; None: at least the 1x cell)
CELL_CASES = [
    ("lesson 1280x720", [], 40),
    ("lesson 1920x1080", ["--size", "1920x1080"], 60),
    ("checkerboard 9x9 1280x720", ["--input", "4"], 24),
    ("lesson 1280x720, font 2x", ["--font-scale", "2"], "lesson 1280x720"),
    ("lesson 1920x1080, font 2x", ["--size", "1920x1080", "--font-scale", "2"], "lesson 1920x1080"),
    ("lesson 1280x720, cell selected", ["--select", "2,2"], 40),
    ("lesson 1280x720, cell selected, font 2x", ["--select", "2,2", "--font-scale", "2"],
     "lesson 1280x720, cell selected"),
]
NOISE = "This plugin does not support propagateSizeHints()"


# -- shared ----------------------------------------------------------------------
def _quiet_qt() -> None:
    """Drop the offscreen plugin's one-line note; print every other Qt message."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(mode, context, message):
        if message != NOISE:
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


def _paint_counter(widget):
    """An event filter on ``widget`` counting its paint events (``.paints``)."""
    from PySide6.QtCore import QEvent, QObject

    class Counter(QObject):
        paints = 0

        def eventFilter(self, watched, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint:
                self.paints += 1
            return False

    counter = Counter()
    widget.installEventFilter(counter)
    return counter


def _until_painted(app, counter, before: int, timeout: float = 5.0) -> None:
    deadline = time.perf_counter() + timeout
    while counter.paints == before:
        app.processEvents()
        if time.perf_counter() > deadline:
            raise RuntimeError("the viewport did not repaint")


# -- (a) start-up, in a child process ----------------------------------------------
def child(kind: str) -> int:
    """Show one window, wait for its first paint, print the times as JSON."""
    from PySide6.QtWidgets import QApplication

    _quiet_qt()
    app = QApplication([sys.argv[0]])
    if kind == "main":
        from convt_lab.gui.main_window import MainWindow
        from convt_lab.gui.state import LabState

        window = MainWindow(LabState())
        viewport = window.grids.viewport()
    else:
        import pyqtgraph as pg

        window = pg.GraphicsLayoutWidget()
        window.addViewBox()
        viewport = window.viewport()
    counter = _paint_counter(viewport)
    window.resize(*SIZE)
    window.show()
    _until_painted(app, counter, 0)
    painted = time.monotonic()
    print(json.dumps({"top": T_TOP, "painted": painted}), flush=True)
    window.close()
    return 0


def compile_project() -> None:
    """Byte-compile ConvT Lab's modules, as installing a package does.

    PySide6, pyqtgraph and NumPy come from wheels whose modules pip compiled
    when it installed them.  An editable install has no bytecode until a run
    writes it, and none is ever written where ``PYTHONDONTWRITEBYTECODE`` is
    set: every start would then compile the app's sources again, and the
    comparison with the bare window would measure the compiler.
    """
    import compileall

    import convt_lab
    import convt_lab.core
    import convt_lab.gui
    import convt_lab.resources

    for package in (convt_lab, convt_lab.core, convt_lab.gui, convt_lab.resources):
        for folder in package.__path__:
            compileall.compile_dir(folder, quiet=1)


def bench_start(runs: int) -> dict[str, dict[str, float]]:
    """Median start-up times per kind, and the median of the paired ratios.

    Each run starts both windows one after the other, in alternating order;
    the ratio of a pair cancels the machine's slower and faster spells,
    which the medians of each kind alone do not.  One start of each is made
    first and not counted (files into the disk cache).
    """
    compile_project()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    times: dict[str, dict[str, list[float]]] = {
        k: {"script": [], "spawn": []} for k in ("main", "bare")
    }
    ratios = []
    for n in range(runs + 1):
        pair = {}
        for kind in ("main", "bare") if n % 2 else ("bare", "main"):
            spawned = time.monotonic()
            out = subprocess.run(
                [sys.executable, str(Path(__file__).resolve()), "--child", kind],
                env=env, capture_output=True, text=True, check=True, timeout=120,
            )
            t = json.loads(out.stdout.strip().splitlines()[-1])
            pair[kind] = (t["painted"] - t["top"]) * 1e3
            if n:  # the first pair warms the disk cache
                times[kind]["script"].append(pair[kind])
                times[kind]["spawn"].append((t["painted"] - spawned) * 1e3)
        if n:
            ratios.append(pair["main"] / pair["bare"])
    medians = {k: {m: statistics.median(v) for m, v in d.items()} for k, d in times.items()}
    medians["pairs"] = {"ratio": statistics.median(ratios)}
    return medians


# -- (b), (c) in this process -----------------------------------------------------------
LARGE = dict(input_size=(16, 16), kernel_size=(5, 5), stride=(3, 3), padding=(0, 0),
             output_padding=(0, 0), dilation=(1, 1))


def _window(app, params=None):
    from convt_lab.gui.main_window import MainWindow
    from convt_lab.gui.state import LabState

    window = MainWindow(LabState(params))
    counter = _paint_counter(window.grids.viewport())
    window.resize(*SIZE)
    window.show()
    _until_painted(app, counter, 0)
    return window, counter


def _timed(app, counter, action) -> float:
    """Milliseconds from ``action()`` until the viewport has painted again."""
    before = counter.paints
    start = time.perf_counter()
    action()
    app.processEvents()
    if counter.paints == before:
        _until_painted(app, counter, before)
    return (time.perf_counter() - start) * 1e3


def bench_change(app, params, a: dict, b: dict, n: int) -> tuple[float, tuple[int, int]]:
    window, counter = _window(app, params)
    state = window.state
    times = []
    for k in range(n + 3):  # the first three are warm-up
        fields = b if k % 2 == 0 else a  # the window starts on ``a``
        ms = _timed(app, counter, lambda f=fields: state.request(**f))
        assert state.problem is None, state.problem
        times.append(ms)
    times = times[3:]
    shape = state.result.output.shape
    window.close()
    return statistics.median(times), shape


def _output_cells(shape, n):
    h, w = shape
    return [((k * 7) // w % h, (k * 7) % w) for k in range(n)]


def bench_select(app, params, n: int) -> float:
    window, counter = _window(app, params)
    state = window.state
    cells = _output_cells(state.result.output.shape, n + 3)
    times = [_timed(app, counter, lambda c=c: state.select(("output", *c))) for c in cells]
    window.close()
    return statistics.median(times[3:])


def bench_click(app, params, n: int) -> float | None:
    """A real click through pyqtgraph's scene, or None if hit-testing is broken."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QPainterPath
    from PySide6.QtTest import QTest

    window, counter = _window(app, params)
    item = window.grids.items["output"]
    if not (callable(item.shape) and isinstance(item.shape(), QPainterPath)):
        window.close()
        return None  # GridItem.shape shadows QGraphicsItem.shape(): a click would crash
    viewport = window.grids.viewport()
    cells = _output_cells(window.state.result.output.shape, n + 3)
    times = []
    for cell in cells:
        point = window.grids.cell_centre("output", *cell)
        point = point.toPoint() if hasattr(point, "toPoint") else QPoint(point)
        # The mouse comes to the cell first, as a hand does; the hover it causes is
        # handled before the click and is not part of the click's time.
        time.sleep(0.012)  # past pyqtgraph's limit of one hover each 10 ms
        QTest.mouseMove(viewport, point)
        app.processEvents()
        times.append(_timed(app, counter, lambda p=point: QTest.mouseClick(
            viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p)))
        if window.state.selection != ("output", *cell):
            raise RuntimeError(f"the click on {cell} selected {window.state.selection}")
    window.close()
    return statistics.median(times[3:])


def bench_bare_click(app, n: int) -> float:
    """The same real click on a bare ``pg.GraphicsLayoutWidget`` with one view box.

    The baseline of (c) measured in the same run: what pyqtgraph's scene
    costs a click before any of ConvT Lab's work.  Timed until processed
    (nothing in that window repaints on a click).
    """
    import pyqtgraph as pg
    from PySide6.QtCore import QPoint, Qt, qInstallMessageHandler
    from PySide6.QtTest import QTest

    window = pg.GraphicsLayoutWidget()
    window.addViewBox()
    window.resize(*SIZE)
    window.show()
    app.processEvents()
    viewport = window.viewport()
    point = QPoint(SIZE[0] // 2, SIZE[1] // 2)
    # QTest warns that the bare window takes no click; that is the point here.
    previous = qInstallMessageHandler(lambda *args: None)
    times = []
    try:
        for _ in range(n + 3):
            time.sleep(0.012)
            QTest.mouseMove(viewport, point)
            app.processEvents()
            start = time.perf_counter()
            QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                             point)
            app.processEvents()
            times.append((time.perf_counter() - start) * 1e3)
    finally:
        qInstallMessageHandler(previous)
        window.close()
    return statistics.median(times[3:])


def bench_animation(app, params, n: int) -> float:
    """One animation frame (the next output cell) until the view has repainted."""
    window, counter = _window(app, params)
    animator = window.animator
    times = [_timed(app, counter, lambda: animator.step(1)) for _ in range(n + 3)]
    window.close()
    return statistics.median(times[3:])


# -- (e) cell sizes on rendered PNGs ------------------------------------------------------
OUTPUT_FILL = (0xA8, 0xE0, 0xC9)  # the light theme's output colour


def output_cell_px(path: Path) -> float:
    """The output grid's cell size in a rendered PNG, counted in its pixels.

    The output grid is the rightmost patch of the output colour (the legend's
    swatch of that colour sits at the far left, in the side panel).
    """
    import numpy as np
    from PySide6.QtGui import QImage

    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB888)
    rows, width = image.height(), image.width()
    data = np.frombuffer(image.constBits(), np.uint8, image.bytesPerLine() * rows)
    pixels = data.reshape(rows, image.bytesPerLine())[:, : 3 * width].reshape(rows, width, 3)
    mask = (np.abs(pixels.astype(int) - OUTPUT_FILL) <= 6).all(axis=-1)
    xs = np.nonzero(mask.any(axis=0))[0]
    if not len(xs):
        return 0.0
    gaps = np.nonzero(np.diff(xs) > 40)[0]
    left = xs[gaps[-1] + 1] if len(gaps) else xs[0]
    right = xs[-1]
    ys = np.nonzero(mask[:, left:right + 1].any(axis=1))[0]
    line = mask[ys[0] + 3, left:right + 1].astype(int)
    cells = int(np.count_nonzero(np.diff(line) == 1) + line[0])
    return (right - left + 1) / max(1, cells)


def bench_cells(folder: Path) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    sizes = {}
    for name, options, _ in CELL_CASES:
        path = folder / (name.replace(" ", "_").replace(",", "") + ".png")
        subprocess.run(
            [sys.executable, "-m", "convt_lab", "render", "--lang", "en", *options, "-o", str(path)],
            env=env, capture_output=True, text=True, check=True, timeout=120,
        )
        sizes[name] = output_cell_px(path)
    return sizes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--starts", type=int, default=11, help="fresh processes per window (11)")
    parser.add_argument("--changes", type=int, default=30, help="timed parameter changes (30)")
    parser.add_argument("--clicks", type=int, default=30, help="timed selections (30)")
    parser.add_argument("--child", choices=("main", "bare"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args.child)

    import PySide6
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    from convt_lab import core

    print(f"PySide6 {PySide6.__version__}, pyqtgraph {pg.__version__}, Python "
          f"{sys.version.split()[0]}, QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}, "
          f"window {SIZE[0]}x{SIZE[1]}")
    start = bench_start(args.starts)

    _quiet_qt()
    app = QApplication([sys.argv[0]])
    lesson = core.ConvTParams()
    change_lesson, _ = bench_change(
        app, lesson, {"input_size": (2, 2)}, {"input_size": (3, 3)}, args.changes)
    large = core.ConvTParams(**LARGE)
    assert large.output_size == (50, 50)
    change_large, _ = bench_change(
        app, large, {"padding": (0, 0)}, {"padding": (1, 1)}, args.changes)
    select_lesson = bench_select(app, lesson, args.clicks)
    select_large = bench_select(app, large, args.clicks)
    click_lesson = bench_click(app, lesson, args.clicks)
    click_large = bench_click(app, large, args.clicks)
    click_bare = bench_bare_click(app, args.clicks)
    frame_large = bench_animation(app, large, args.clicks)
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        cells = bench_cells(Path(folder))

    ratio = start["pairs"]["ratio"]
    rows = [
        ("(a) first paint, bare pyqtgraph window", start["bare"]["script"], None, "ms",
         f"{start['bare']['spawn']:.0f} ms from spawn"),
        ("(a) first paint, ConvT Lab MainWindow", start["main"]["script"], None, "ms",
         f"{start['main']['spawn']:.0f} ms from spawn"),
        ("(a) MainWindow / bare", ratio, GOALS["start_ratio"], "x",
         f"median of {args.starts} paired ratios; of the medians "
         f"{start['main']['script'] / start['bare']['script']:.2f}x, "
         f"from spawn {start['main']['spawn'] / start['bare']['spawn']:.2f}x"),
        ("(b) change, lesson (input 2 <-> 3)", change_lesson, None, "ms",
         "output 5x5 <-> 7x7"),
        ("(b) change, 16x16 k5 s3 (pad 0 <-> 1)", change_large, GOALS["change_large_ms"], "ms",
         "output 50x50 <-> 48x48"),
        ("(c) select, lesson", select_lesson, GOALS["click_ms"], "ms", "state.select"),
        ("(c) select, 16x16 k5 s3", select_large, GOALS["click_ms"], "ms", "state.select"),
        ("(c) real click, bare pyqtgraph window", click_bare, None, "ms",
         "baseline: pyqtgraph's own share of a click"),
        ("(c) real click, lesson", click_lesson, GOALS["click_ms"], "ms", "QTest.mouseClick"),
        ("(c) real click, 16x16 k5 s3", click_large, GOALS["click_ms"], "ms", "QTest.mouseClick"),
        ("(d) animation frame, 16x16 k5 s3", frame_large, GOALS["frame_ms"], "ms",
         "step to the next cell; 60 fps"),
    ]
    print(f"medians: (a) {args.starts} fresh processes each, (b) {args.changes} changes, "
          f"(c) {args.clicks} selections")
    header = f"{'measure':<40} {'median':>9} {'goal':>9} {'result':>6}  note"
    print(header)
    print("-" * len(header))
    failed = 0
    for name, value, goal, unit, note in rows:
        if value is None:
            print(f"{name:<40} {'crash':>9} {'':>9} {'n/a':>6}  GridItem.shape shadows "
                  "QGraphicsItem.shape(); a real click would segfault")
            continue
        fmt = f"{value:.2f}{'x' if unit == 'x' else ' ms'}"
        goal_text = "" if goal is None else f"<= {goal:g}{'x' if unit == 'x' else ' ms'}"
        verdict = "" if goal is None else ("pass" if value <= goal else "FAIL")
        failed += verdict == "FAIL"
        print(f"{name:<40} {fmt:>9} {goal_text:>9} {verdict:>6}  {note}")
    print()
    print(f"{'(e) output cell on a render PNG':<40} {'px':>9} {'goal':>9} {'result':>6}")
    for name, _, least in CELL_CASES:
        value = cells[name]
        goal = cells[least] if isinstance(least, str) else least
        goal_text = f">= {goal:.1f}" if isinstance(least, str) else f">= {goal}"
        verdict = "pass" if value >= goal - 0.5 else "FAIL"
        failed += verdict == "FAIL"
        note = "no smaller than at 1x" if isinstance(least, str) else ""
        print(f"{name:<40} {value:>9.1f} {goal_text:>9} {verdict:>6}  {note}")
    print(f"{failed} goal(s) missed" if failed else "every goal met")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
