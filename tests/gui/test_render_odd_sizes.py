"""``render --size WxH`` writes a PNG of exactly W x H pixels, odd sizes and 4K ones too.

From 2880x1620 up the window is laid out at half the size and drawn at
twice its pixels, as a 4K screen shows it; an odd width or height must not
lose its last pixel to that halving.  The size is read from the PNG's header.
"""

from __future__ import annotations

import struct

import pytest

from convt_lab.gui.app import main



def _png_size(path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


@pytest.mark.parametrize("size", [(1281, 721), (2881, 1621), (3841, 2161), (3840, 2160)])
def test_the_png_has_the_size_asked_for(sandbox, size) -> None:
    out = sandbox / "out.png"
    assert main(["render", "--size", f"{size[0]}x{size[1]}", "-o", str(out)]) == 0
    assert _png_size(out) == size
