"""Make the README's screenshots with ``convt-lab render``.

Run from the repository root with the app installed:
``python docs/screenshots/make_screenshots.py``.  Each picture is drawn
offscreen, so no display is needed; the Chinese ones need a CJK font
(Debian: fonts-wqy-microhei).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

SHOTS = {
    "lesson_en.png": ["--select", "2,2"],
    "lesson_zh.png": ["--select", "2,2", "--lang", "zh"],
    "output_padding_en.png": ["--output-padding", "1", "--padding", "1", "--select", "3,3"],
    "footprint_zh.png": ["--input", "3x4", "--select-input", "1,2", "--lang", "zh"],
    "crop_dark_en.png": ["--input", "4", "--padding", "3", "--select", "1,1", "--theme", "dark"],
    "scatter_en.png": ["--view", "scatter", "--select-input", "1,1"],
    "overlap_zh.png": ["--view", "overlap", "--input", "4", "--lang", "zh"],
    "roundtrip_en.png": ["--view", "roundtrip", "--output-padding", "1"],
    "matrix_en.png": ["--view", "matrix", "--select", "2,2"],
    "transposed_en.png": ["--view", "transposed", "--select", "2,2"],
    "transposed_zh.png": ["--view", "transposed", "--select", "2,2", "--lang", "zh"],
    "subpixel_zh.png": ["--view", "subpixel", "--lang", "zh"],
    "plan_en.png": ["--view", "plan"],
    "practice_en.png": ["--view", "practice"],
}


def main() -> int:
    exe = Path(sys.executable).with_name("convt-lab")
    command = [str(exe)] if exe.exists() else [shutil.which("convt-lab") or "convt-lab"]
    for name, args in SHOTS.items():
        out = HERE / name
        subprocess.run([*command, "render", *args, "--size", "1280x720", "-o", str(out)], check=True)
        print(out.relative_to(HERE.parents[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
