"""Time the animation export: rendering frames and encoding the GIF.

Usage::

    python benchmarks/bench_export.py [--repeats N] [--frames N]

Runs offscreen at 1280x720.  Three figures, each the median of ``N`` runs
after one warm-up run, timed with ``time.perf_counter``:

- rendering one frame of the real window (select an output cell, process
  events, render into a QImage), per frame;
- encoding ``--frames`` synthetic frames (flat tinted cells with numbers and
  a moving highlight, like the window's grids) into a GIF with one shared
  palette; every number changes from frame to frame, a worst case for the
  GIF's frame differencing (the real window changes a few cells per frame);
- the whole export of ``--frames`` output cells of the real window to a GIF.

The goal is to encode 60 frames at 1280x720 within 1 s.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import argparse  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QRect, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import core  # noqa: E402
from convt_lab.gui.io.export import export_gif, output_cells, render_animation_frames  # noqa: E402

SIZE = (1280, 720)
GOAL_S = 1.0
#: An example with 17x17 = 289 output cells, so 60 frames are 60 different cells.
PARAMS = core.ConvTParams(input_size=8, kernel_size=3, stride=2, padding=0)
TINTS = ("#cfe8f7", "#e6e6e6", "#fff6d8", "#f8d39b", "#f6c0a8", "#c5e6d6", "#f0c6dc")


def synthetic_frames(count: int) -> list[QImage]:
    """Frames that look like the window: tinted cells, numbers, one highlighted window."""
    width, height = SIZE
    font = QFont()
    font.setPixelSize(12)
    frames = []
    for k in range(count):
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor("#ffffff"))
        p = QPainter(image)
        p.setFont(font)
        p.setPen(QPen(QColor("#333333"), 1))
        for r in range(24):
            for c in range(40):
                rect = QRect(20 + c * 30, 20 + r * 28, 30, 28)
                p.fillRect(rect, QColor(TINTS[(r * 7 + c * 3) % len(TINTS)]))
                p.drawRect(rect)
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, str((r * 40 + c + k) % 100))
        p.setPen(QPen(QColor("#d55e00"), 4))
        p.drawRect(QRect(20 + (k % 38) * 30, 20 + (k // 38) * 28, 90, 84))
        p.end()
        frames.append(image)
    return frames


def median_s(fn, repeats: int) -> float:
    fn()  # warm-up
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5, help="timed runs per figure (default 5)")
    parser.add_argument("--frames", type=int, default=60, help="frames per GIF (default 60)")
    args = parser.parse_args(argv)

    from convt_lab.gui.main_window import MainWindow
    from convt_lab.gui.state import LabState

    app = QApplication.instance() or QApplication([sys.argv[0]])
    window = MainWindow(LabState(PARAMS))
    window.resize(*SIZE)
    window.show()
    app.processEvents()
    cells = output_cells(PARAMS.output_size, 0, args.frames)
    folder = Path(tempfile.mkdtemp(prefix="convt-bench-"))
    gif = folder / "bench.gif"
    try:
        frames_once = lambda: list(render_animation_frames(window, cells, SIZE))  # noqa: E731
        per_frame = median_s(frames_once, args.repeats) / len(cells)

        frames = synthetic_frames(args.frames)
        encode = median_s(lambda: export_gif(frames, gif, fps=4), args.repeats)
        synthetic_kb = gif.stat().st_size / 1024

        total = median_s(
            lambda: export_gif(render_animation_frames(window, cells, SIZE), gif, fps=4),
            args.repeats,
        )
        window_kb = gif.stat().st_size / 1024
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
        for f in folder.iterdir():
            f.unlink()
        folder.rmdir()

    n = args.frames
    print(f"export benchmark at {SIZE[0]}x{SIZE[1]}, median of {args.repeats} runs")
    print(f"  render one window frame:          {per_frame * 1e3:8.1f} ms")
    print(
        f"  encode {n} synthetic frames (GIF):  {encode * 1e3:8.1f} ms"
        f"  ({encode / n * 1e3:.1f} ms/frame, {synthetic_kb:.0f} KiB)"
    )
    print(
        f"  total, {n} window frames to GIF:    {total * 1e3:8.1f} ms"
        f"  ({total / n * 1e3:.1f} ms/frame, {window_kb:.0f} KiB)"
    )
    ok = encode * 60 / n <= GOAL_S and total * 60 / n <= GOAL_S
    print(
        f"goal: 60 frames at {SIZE[0]}x{SIZE[1]} within {GOAL_S:g} s: "
        f"encoding {encode * 60 / n:.2f} s, total {total * 60 / n:.2f} s -> "
        f"{'met' if ok else 'NOT met'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
