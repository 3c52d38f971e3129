"""Time and measure the animation export: rendering frames, GIF, MP4 and WebM, and peak memory.

Usage::

    python benchmarks/bench_export.py [--repeats N] [--frames N] [--memory-frames N]

Runs offscreen.  Figures, each the median of ``N`` runs after one warm-up,
timed with ``time.perf_counter``, in one run so they share one baseline:

- rendering one frame of the real window at 1280x720;
- encoding ``--frames`` synthetic 1280x720 frames (flat tinted cells with
  numbers and a moving highlight, like the window's grids) into a GIF:
  every number changes from frame to frame, a worst case for the GIF's
  frame differencing.  Goal: 60 frames within 1 s;
- the same frames at 1920x1080 into a GIF, an MP4 (H.264) and a WebM (VP9).
  Goal: 60 frames to MP4 within 3 s;
- the whole export of ``--frames`` output cells of the real window to a GIF;
- peak memory (VmHWM of a child process) of exporting
  ``--memory-frames`` frames of the real window at 1920x1080 to a GIF and to
  an MP4.  Goal: 200 frames within 400 MB for the whole process.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import argparse  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from PySide6.QtCore import QRect, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from convt_lab import core  # noqa: E402
from convt_lab.gui.io.export import export_gif, output_cells, render_animation_frames  # noqa: E402

SIZE = (1280, 720)
FULL_HD = (1920, 1080)
GIF_GOAL_S, MP4_GOAL_S, MEMORY_GOAL_MB = 1.0, 3.0, 400
#: An example with 17x17 = 289 output cells, so 60 frames are 60 different cells.
PARAMS = core.ConvTParams(input_size=8, kernel_size=3, stride=2, padding=0)
#: 200 frames need 200 output cells: 15x15 = 225.
MEMORY_PARAMS = core.ConvTParams(input_size=7, kernel_size=3, stride=2, padding=0)
TINTS = ("#cfe8f7", "#e6e6e6", "#fff6d8", "#f8d39b", "#f6c0a8", "#c5e6d6", "#f0c6dc")


def synthetic_frames(count: int, size=SIZE) -> list[QImage]:
    """Frames that look like the window: tinted cells, numbers, one highlighted window."""
    width, height = size
    font = QFont()
    font.setPixelSize(12 * height // 720)
    cell_w, cell_h = 30 * width // 1280, 28 * height // 720
    frames = []
    for k in range(count):
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor("#ffffff"))
        p = QPainter(image)
        p.setFont(font)
        p.setPen(QPen(QColor("#333333"), 1))
        for r in range(24):
            for c in range(40):
                rect = QRect(20 + c * cell_w, 20 + r * cell_h, cell_w, cell_h)
                p.fillRect(rect, QColor(TINTS[(r * 7 + c * 3) % len(TINTS)]))
                p.drawRect(rect)
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, str((r * 40 + c + k) % 100))
        p.setPen(QPen(QColor("#d55e00"), 4))
        p.drawRect(QRect(20 + (k % 38) * cell_w, 20 + (k // 38) * cell_h, 3 * cell_w, 3 * cell_h))
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


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM), in MB.

    ``ru_maxrss`` would do, but Linux carries it over from the parent through
    fork and exec, so a child of a big parent would report the parent's peak.
    """
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def memory_child(kind: str, frames: int) -> None:
    """In a child process: export ``frames`` window frames at 1920x1080; print its peak memory in MB."""
    from convt_lab.gui.io.animation_file import write_animation
    from convt_lab.gui.io.frames import animation_for
    from convt_lab.gui.main_window import MainWindow
    from convt_lab.gui.state import LabState

    app = QApplication.instance() or QApplication([sys.argv[0]])
    window = MainWindow(LabState(MEMORY_PARAMS))
    window.resize(*FULL_HD)
    window.show()
    app.processEvents()
    with tempfile.TemporaryDirectory(prefix="convt-bench-") as folder:
        steps = animation_for(window, 0, frames)
        assert len(steps) == frames, len(steps)
        written = write_animation(render_animation_frames(window, steps, FULL_HD),
                                  Path(folder) / f"memory.{kind}", fps=30)
        assert written == frames, written
    window.close()
    print(peak_rss_mb())


def peak_mb(kind: str, frames: int) -> float:
    out = subprocess.run([sys.executable, __file__, "--memory-child", kind, "--memory-frames", str(frames)],
                         capture_output=True, text=True, check=True)
    return float(out.stdout.split()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5, help="timed runs per figure (default 5)")
    parser.add_argument("--frames", type=int, default=60, help="frames per animation (default 60)")
    parser.add_argument("--memory-frames", type=int, default=200, help="frames for the memory figure (200)")
    parser.add_argument("--memory-child", choices=("gif", "mp4"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.memory_child:
        memory_child(args.memory_child, args.memory_frames)
        return 0

    from convt_lab.gui.io.video import export_video, video_available
    from convt_lab.gui.main_window import MainWindow
    from convt_lab.gui.state import LabState

    app = QApplication.instance() or QApplication([sys.argv[0]])
    window = MainWindow(LabState(PARAMS))
    window.resize(*SIZE)
    window.show()
    app.processEvents()
    cells = output_cells(PARAMS.output_size, 0, args.frames)
    n = args.frames
    folder = Path(tempfile.mkdtemp(prefix="convt-bench-"))
    out = {k: folder / f"bench.{k}" for k in ("gif", "mp4", "webm")}
    try:
        per_frame = median_s(lambda: list(render_animation_frames(window, cells, SIZE)), args.repeats) / n
        frames = synthetic_frames(n)
        gif = median_s(lambda: export_gif(frames, out["gif"], fps=4), args.repeats)
        gif_kb = out["gif"].stat().st_size / 1024
        total = median_s(
            lambda: export_gif(render_animation_frames(window, cells, SIZE), out["gif"], fps=4), args.repeats)
        window_kb = out["gif"].stat().st_size / 1024
        hd = synthetic_frames(n, FULL_HD)
        hd_gif = median_s(lambda: export_gif(hd, out["gif"], fps=4), args.repeats)
        video = {}
        if video_available():
            for kind in ("mp4", "webm"):
                seconds = median_s(lambda k=kind: export_video(hd, out[k], fps=4), args.repeats)
                video[kind] = (seconds, out[kind].stat().st_size / 1024)
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
        for f in folder.iterdir():
            f.unlink()
        folder.rmdir()

    print(f"export benchmark, median of {args.repeats} runs, {n} frames")
    print(f"  render one window frame at 1280x720:   {per_frame * 1e3:8.1f} ms")
    print(f"  synthetic 1280x720 to GIF:             {gif * 1e3:8.1f} ms  ({gif_kb:.0f} KiB)")
    print(f"  window frames 1280x720 to GIF (total): {total * 1e3:8.1f} ms  ({window_kb:.0f} KiB)")
    print(f"  synthetic 1920x1080 to GIF:            {hd_gif * 1e3:8.1f} ms")
    for kind, (seconds, kb) in video.items():
        print(f"  synthetic 1920x1080 to {kind.upper():4}:           {seconds * 1e3:8.1f} ms  ({kb:.0f} KiB)"
              f"  = {seconds / hd_gif:.2f}x the GIF")
    gif60, mp460 = gif * 60 / n, video.get("mp4", (float("nan"), 0))[0] * 60 / n
    peaks = {kind: peak_mb(kind, args.memory_frames) for kind in (("gif", "mp4") if video else ("gif",))}
    for kind, mb in peaks.items():
        print(f"  peak memory, {args.memory_frames} window frames at 1920x1080 to {kind.upper()}: "
              f"{mb:6.0f} MB (peak resident memory of the whole process)")
    ok = gif60 <= GIF_GOAL_S and (not video or mp460 <= MP4_GOAL_S) and all(
        mb <= MEMORY_GOAL_MB for mb in peaks.values())
    print(f"goals: 60 frames 1280x720 to GIF <= {GIF_GOAL_S:g} s ({gif60:.2f} s); "
          f"60 frames 1920x1080 to MP4 <= {MP4_GOAL_S:g} s ({mp460:.2f} s); "
          f"peak <= {MEMORY_GOAL_MB} MB ({max(peaks.values()):.0f} MB) -> {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
