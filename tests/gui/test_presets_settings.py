"""Presets from the Lesson menu, and the remembered settings.

Grid sizes and overlap counts are computed here from PyTorch's size formulas
and a naive scatter loop; settings go to an INI file in a temporary folder.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import QByteArray, QSettings

from convt_lab import core
from convt_lab.gui.main_window import MainWindow
from convt_lab.gui.model.presets import PRESETS
from convt_lab.gui.io.settings import Settings
from convt_lab.gui.state import LabState
from tests.reference import naive_output

PRESET = {p.key: p for p in PRESETS}


# -- the definitions, written out -----------------------------------------------
def axis_sizes(n: int, k: int, s: int, p: int, op: int, d: int) -> dict[str, int]:
    """Per axis: input, zero-inserted, padded and output sizes (ConvTranspose2d docs)."""
    new = n + (s - 1) * (n - 1)
    pad = d * (k - 1) - p
    return {
        "input": n,
        "zero_inserted": new,
        "padded": new + 2 * pad + op,
        "output": (n - 1) * s - 2 * p + d * (k - 1) + op + 1,
        "kernel": k,
        "flipped": k,
    }


def grid_shapes(params: core.ConvTParams) -> dict[str, tuple[int, int]]:
    h, w = (axis_sizes(*(getattr(params, f)[a] for f in core.FIELDS)) for a in (0, 1))
    return {name: (h[name], w[name]) for name in h}


def naive_overlap(params: core.ConvTParams) -> np.ndarray:
    """How many (input cell, kernel cell) pairs land on each output cell."""
    out = grid_shapes(params)["output"]
    count = np.zeros(out, int)
    (n_h, n_w), (k_h, k_w) = params.input_size, params.kernel_size
    (s_h, s_w), (p_h, p_w), (d_h, d_w) = params.stride, params.padding, params.dilation
    for r in range(n_h):
        for c in range(n_w):
            for a in range(k_h):
                for b in range(k_w):
                    i, j = r * s_h - p_h + a * d_h, c * s_w - p_w + b * d_w
                    if 0 <= i < out[0] and 0 <= j < out[1]:
                        count[i, j] += 1
    return count


def drawn_shape(item) -> tuple[int, int]:
    rect = item.boundingRect()
    assert (rect.left(), rect.top()) == (0, 0)
    return (int(rect.height()), int(rect.width()))


# -- presets -------------------------------------------------------------------
def test_presets_are_distinct_and_valid() -> None:
    keys = [p.key for p in PRESETS]
    assert len(set(keys)) == len(keys)
    assert len({p.params for p in PRESETS}) == len(PRESETS)
    for p in PRESETS:
        core.check_limits(p.params)


@pytest.mark.parametrize("key", [p.key for p in PRESETS])
def test_each_preset_action_sets_its_params_and_redraws(make_window, key) -> None:
    # Start from something else, so that every grid has to change size.
    window = make_window(core.ConvTParams((5, 3), (2, 4), 1, 0))
    window.animator.show(3)  # a preset stops a running animation
    preset = PRESET[key]
    before = {name: drawn_shape(item) for name, item in window.grids.items.items()}
    window.actions_.presets[key].trigger()
    params = preset.params
    assert window.state.params == params
    shapes = grid_shapes(params)
    drawn = {name: drawn_shape(item) for name, item in window.grids.items.items()}
    assert drawn == shapes
    assert drawn != before
    make = np.ones if preset.fill == "ones" else (
        lambda shape: np.arange(1, shape[0] * shape[1] + 1, dtype=float).reshape(shape)
    )
    x, w = make(params.input_size), make(params.kernel_size)
    wt = window.state.result
    np.testing.assert_array_equal(wt.x, x)
    np.testing.assert_array_equal(wt.weight, w)
    expected = naive_output(params, x, w)
    assert [float(t) for t in window.grids.items["output"]._texts] == list(expected.ravel())
    # The spinners show the preset.
    for field in core.FIELDS:
        spins = window.params.spins[field]
        assert (spins[0].value(), spins[1].value()) == getattr(params, field), field
    assert window.state.reveal is None and not window.animator.playing
    assert window.state.undo_stack.count() == 1


def test_crop_preset_crops(window) -> None:
    window.actions_.presets["crop"].trigger()
    params = window.state.params
    for a in (0, 1):
        k, p, d = params.kernel_size[a], params.padding[a], params.dilation[a]
        assert d * (k - 1) - p < 0  # P < 0
    wt = window.state.result
    assert (wt.zero_inserted_roles == core.Role.CROPPED).any()
    assert not (wt.roles == core.Role.PADDING).any()  # nothing is padded when P < 0


def test_checkerboard_preset_overlaps_unevenly(window) -> None:
    window.actions_.presets["checkerboard"].trigger()
    params = window.state.params
    overlap = naive_overlap(params)
    interior = overlap[1:-1, 1:-1]
    assert len(np.unique(interior)) > 1  # the checkerboard
    assert set(np.unique(interior)) == {1, 2, 4}  # 1x1, 1x2 and 2x2 kernel taps
    np.testing.assert_array_equal(window.state.result.overlap, overlap)
    # With all ones, the output is the overlap count: the checkerboard is visible.
    np.testing.assert_array_equal(window.state.result.output, overlap)


def test_even_preset_overlaps_evenly_inside(window) -> None:
    window.actions_.presets["even"].trigger()
    params = window.state.params
    overlap = naive_overlap(params)
    interior = overlap[1:-1, 1:-1]
    assert interior.size > 0
    assert np.all(interior == interior.flat[0]) and interior.flat[0] == 4
    np.testing.assert_array_equal(window.state.result.overlap, overlap)
    np.testing.assert_array_equal(window.state.result.output, overlap)


# -- settings ------------------------------------------------------------------
def ini(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


def test_defaults_from_an_empty_file(tmp_path) -> None:
    s = Settings(ini(tmp_path))
    assert (s.language, s.theme, s.font_scale, s.params) == ("", "light", 1.0, None)
    assert s.geometry.isEmpty()
    assert s.problems == []


@pytest.mark.parametrize(
    "values",
    [
        dict(language="zh", theme="dark", font_scale=1.5,
             params=core.ConvTParams((3, 4), (2, 3), (2, 1), (0, 1), (1, 0))),
        dict(language="en", theme="contrast-dark", font_scale=2.0,
             params=core.ConvTParams((2, 2), 3, 1, 0, 1, 2)),
        dict(language="", theme="contrast", font_scale=1.0, params=core.ConvTParams()),
    ],
)
def test_round_trip(tmp_path, values) -> None:
    geometry = QByteArray(bytes(range(256)) + b"\x00geometry")
    s = Settings(ini(tmp_path))
    for name, value in values.items():
        setattr(s, name, value)
    s.geometry = geometry
    s.sync()
    again = Settings(ini(tmp_path))  # a fresh reader of the same file
    for name, value in values.items():
        assert getattr(again, name) == value, name
    assert again.geometry == geometry
    assert again.problems == []


@pytest.mark.parametrize(
    "key, raw, default",
    [
        ("theme", "purple", "light"),
        ("theme", "", "light"),
        ("language", "fr", ""),
        ("font_scale", "big", 1.0),
        ("font_scale", "1.25", 1.0),
        ("font_scale", "nan", 1.0),
        ("font_scale", "true", 1.0),
        ("params", "{not json", None),
        ("params", "[]", None),
        ("params", "null", None),
        ("params", '"text"', None),
        ("params", "{}", None),
        ("params", json.dumps({**core.ConvTParams().as_dict(), "input_size": 3}), None),
        ("params", json.dumps({**core.ConvTParams().as_dict(), "input_size": [1, 2, 3]}), None),
        # Rule-breaking: op not below s or d; output size below 1; beyond the app's limits.
        ("params", json.dumps({**core.ConvTParams().as_dict(), "output_padding": [2, 2]}), None),
        ("params", json.dumps({**core.ConvTParams().as_dict(), "padding": [5, 5]}), None),
        ("params", json.dumps({**core.ConvTParams().as_dict(), "input_size": [100, 100]}), None),
        ("params", json.dumps({**core.ConvTParams().as_dict(), "stride": [0, 0]}), None),
        ("params", json.dumps({**core.ConvTParams().as_dict(), "stride": [1.5, 2]}), None),
    ],
)
def test_garbage_falls_back_and_is_listed(tmp_path, key, raw, default) -> None:
    q = ini(tmp_path)
    q.setValue(key, raw)
    q.setValue("unknown_key", "whatever")  # ignored without complaint
    q.sync()
    s = Settings(ini(tmp_path))
    assert getattr(s, key) == default
    assert len(s.problems) == 1
    assert s.problems[0].startswith(f"{key}=")
    # The other settings are untouched.
    for other, value in (("language", ""), ("theme", "light"), ("font_scale", 1.0), ("params", None)):
        if other != key:
            assert getattr(s, other) == value


def test_garbage_geometry_falls_back_and_is_listed(tmp_path) -> None:
    q = ini(tmp_path)
    q.setValue("geometry", "not a geometry")
    q.sync()
    s = Settings(ini(tmp_path))
    assert s.geometry.isEmpty()
    assert [p for p in s.problems if p.startswith("geometry=")]


@pytest.mark.parametrize(
    "junk",
    [
        bytes(range(256)) * 4,
        b"\xff\xfe\x00[\x00\x00]]]=\n\xc3\x28theme=\x80\x81\n[General\nparams={\n",
        b"theme=dark\nfont_scale=2\n\x00\x01\x02" + bytes(range(128, 256)),
    ],
    ids=["binary", "broken-sections", "half-good"],
)
def test_corrupt_file_does_not_raise(tmp_path, junk) -> None:
    (tmp_path / "s.ini").write_bytes(junk)
    s = Settings(ini(tmp_path))
    assert s.language in ("", "en", "zh")
    assert s.theme in ("light", "dark", "contrast", "contrast-dark")
    assert s.font_scale in (1.0, 1.5, 2.0)
    assert s.params is None or isinstance(s.params, core.ConvTParams)
    assert isinstance(s.geometry, QByteArray)
    assert isinstance(s.problems, list)


def test_a_folder_in_place_of_the_file_does_not_raise(tmp_path) -> None:
    (tmp_path / "s.ini").mkdir()
    s = Settings(ini(tmp_path))
    assert (s.language, s.theme, s.font_scale, s.params) == ("", "light", 1.0, None)
    s.theme = "dark"
    s.sync()  # cannot be written; must not raise either


def test_closing_the_window_stores_params_and_geometry(qtbot, tmp_path) -> None:
    params = core.ConvTParams((3, 2), (2, 3), (2, 1), (1, 0))
    settings = Settings(ini(tmp_path))
    window = MainWindow(LabState(params), settings)
    qtbot.addWidget(window)
    window.resize(760, 560)  # inside the offscreen platform's 800x600 screen
    window.show()
    qtbot.waitExposed(window)
    size = (window.width(), window.height())
    assert size == (760, 560)
    window.state.request(stride=(3, 1))
    window.close()
    stored = Settings(ini(tmp_path))
    assert stored.params == core.ConvTParams((3, 2), (2, 3), (3, 1), (1, 0))
    geometry = stored.geometry
    assert not geometry.isEmpty()
    assert stored.problems == []
    # The stored geometry restores the size it was taken at.
    other = MainWindow(LabState(), None)
    qtbot.addWidget(other)
    assert other.restoreGeometry(geometry)
    assert (other.width(), other.height()) == size


def test_window_actions_store_theme_font_and_language(qtbot, tmp_path) -> None:
    settings = Settings(ini(tmp_path))
    window = MainWindow(LabState(), settings)
    qtbot.addWidget(window)
    try:
        window.actions_.themes["dark"].trigger()
        window.actions_.font_scales[1.5].trigger()
        settings.sync()
        stored = Settings(ini(tmp_path))
        assert (stored.theme, stored.font_scale) == ("dark", 1.5)
    finally:
        window.set_font_scale(1.0)
        window.set_theme("light")


# -- settings files a user may find on disk: each bad type ----------------------------
def write_ini(tmp_path, data: bytes):
    path = tmp_path / "s.ini"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "key, line, default",
    [
        ("theme", b"theme=@ByteArray(dark)", "light"),
        ("theme", b"theme=1, 2", "light"),  # INI commas make a list
        ("language", b"language=@ByteArray(zh)", ""),
        ("language", b"language=@Variant(\\0\\0\\0\\x2\\0\\0\\0\\x1)", ""),
        ("font_scale", b"font_scale=@ByteArray(2)", 1.0),
        ("font_scale", b"font_scale=1, 2", 1.0),
        ("font_scale", b"font_scale=" + b"1" * 5000, 1.0),
        ("params", b"params=" + b"[" * 50_000, None),  # nested past Python's recursion limit
        ("params", b"params=@ByteArray({})", None),
        ("params", b"params=2, 2", None),
        ("params", b'params="{\\"input_size\\": \\"ab\\"}"', None),
        ("geometry", b"geometry=not a geometry", None),
    ],
)
def test_each_bad_type_in_the_file_falls_back_with_a_short_notice(tmp_path, key, line, default) -> None:
    path = write_ini(tmp_path, b"[General]\n" + line + b"\n")
    s = Settings(path)
    value = getattr(s, key)
    if key == "geometry":
        assert isinstance(value, QByteArray) and value.isEmpty()
    else:
        assert value == default
    assert [p.split("=", 1)[0] for p in s.problems] == [key]
    assert len(s.problems[0]) < 80  # a 50,000-character value is not repeated whole
    doc = s.document()  # and a document can be made from the rest
    assert doc.theme in ("light", "dark", "contrast", "contrast-dark")
    notice = s.notice()
    assert key in notice and len(notice) < 300


@pytest.mark.parametrize(
    "data, kind",
    [
        (bytes(range(256)) * 8, "not a text file"),
        (b"[General]\ntheme=dark\x00\n", "not a text file"),
        (b"[General]\n" + b"k=" + b"x" * (50 * 1024 * 1024) + b"\n", "too large"),
    ],
    ids=["binary", "nul", "50MB"],
)
def test_a_file_that_is_not_settings_is_set_aside_whole(tmp_path, data, kind) -> None:
    path = write_ini(tmp_path, data)
    s = Settings(path)
    assert (s.language, s.theme, s.font_scale, s.params) == ("", "light", 1.0, None)
    assert s.problems == []
    (aside,) = tmp_path.glob("s.ini.bad-*")
    assert aside.read_bytes() == data  # nothing lost
    assert not path.exists()
    notice = s.notice()
    assert kind in notice and str(aside) in notice
    s.theme = "dark"
    s.sync()  # a fresh file takes the place of the bad one
    assert Settings(path).theme == "dark"


def test_a_named_pipe_in_place_of_the_file_is_not_read(tmp_path) -> None:
    import os

    path = tmp_path / "s.ini"
    os.mkfifo(path)  # reading it would wait for a writer forever
    s = Settings(path)
    assert (s.language, s.theme, s.font_scale, s.params) == ("", "light", 1.0, None)
    s.theme = "dark"
    assert s.theme == "dark"  # kept for this run
    s.sync()
    assert "not a regular file" in s.notice()
    import stat

    assert stat.S_ISFIFO(os.stat(path).st_mode)  # left alone
