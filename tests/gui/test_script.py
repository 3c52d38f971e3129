"""Lesson scripts: the parser refuses bad scripts whole, with one line; the seed lessons load.

Output sizes are checked against the formula written out here,
H_out = (H − 1)·s − 2p + d·(k − 1) + op + 1, not against the engine.
"""

from __future__ import annotations

from importlib import resources

import pytest

from convt_lab.gui.model.script import ScriptError, load_script, parse_script


def h_out(h, k, s, p, op=0, d=1):
    return (h - 1) * s - 2 * p + d * (k - 1) + op + 1


def seed(language: str):
    path = resources.files("convt_lab.resources").joinpath("scripts").joinpath(f"seed_lesson_{language}.toml")
    return load_script(str(path))


@pytest.mark.parametrize("language", ["en", "zh"])
def test_seed_lessons_load_with_the_lesson_and_output_padding(language):
    script = seed(language)
    assert script.language == language
    sizes = [scene.document.params.output_size for scene in script.scenes]
    assert sizes[0] == (h_out(2, 3, 2, 0),) * 2 == (5, 5)
    assert sizes[-1] == (h_out(2, 3, 2, 0, op=1),) * 2 == (6, 6)
    assert {s.animate for s in script.scenes} == {None, "cells", "stamps"}
    assert all(scene.caption for scene in script.scenes)
    # Chinese captions in the Chinese script, English in the English one.
    has_cjk = [any("\u4e00" <= ch <= "\u9fff" for ch in scene.caption) for scene in script.scenes]
    assert all(has_cjk) if language == "zh" else not any(has_cjk)


def test_seed_lessons_have_the_same_scenes_in_both_languages():
    en, zh = seed("en"), seed("zh")
    strip = lambda s: [(x.document, x.animate, x.speed, x.pause) for x in s.scenes]  # noqa: E731
    assert [(d.params, d.view, d.step) for d, *_ in strip(en)] == [(d.params, d.view, d.step) for d, *_ in strip(zh)]
    assert en.seconds == zh.seconds


def test_a_scene_keeps_the_parameters_before_it_and_counts_its_frames():
    script = parse_script({"scene": [
        {"input": 3, "kernel": 2, "stride": 3, "padding": 1},
        {"animate": "cells", "speed": 4, "pause": 1},
        {"view": "scatter", "animate": "stamps", "speed": 2, "pause": 0},
    ]})
    side = h_out(3, 2, 3, 1)
    assert [s.document.params.output_size for s in script.scenes] == [(side, side)] * 3
    assert [s.steps() for s in script.scenes] == [0, side * side, 9]
    assert script.seconds == pytest.approx(2.0 + side * side / 4 + 1 + 9 / 2)


BAD = [
    ({"scene": []}, "scene: the script has no [[scene]] entries"),
    ({"scene": [{"stride": 0}]}, "scene 1, stride: stride must be at least 1"),
    ({"scene": [{}, {"kernel": "big"}]}, "scene 2, kernel: expected a whole number or [H, W], got 'big'"),
    ({"scene": [{"output_padding": 2}]}, "scene 1, output_padding: output_padding must be smaller"),
    ({"scene": [{"preset": "nope"}]}, "scene 1, preset: no preset 'nope'"),
    ({"scene": [{"preset": "lesson", "input": 3}]}, "scene 1, preset: give a preset or parameters, not both"),
    ({"scene": [{}, {}, {"select": [5, 0]}]}, "scene 3, select: [5, 0] is outside the 5x5 output"),
    ({"scene": [{"view": "gather", "animate": "stamps"}]}, "scene 1, animate: stamps play in the scatter view"),
    ({"scene": [{"animate": "wiggle"}]}, "scene 1, animate: 'wiggle' is not one of cells, stamps"),
    ({"scene": [{"speed": 0}]}, "scene 1, speed: 0 is outside 0.5 to 60"),
    ({"scene": [{"pause": float("nan")}]}, "scene 1, pause: expected a number, got nan"),
    ({"scene": [{"step": 6}]}, "scene 1, step: expected 1 to 5, got 6"),
    ({"scene": [{"view": "tiles"}]}, "scene 1, view: 'tiles' is not one of gather"),
    ({"scene": [{"caption": "two\nlines"}]}, "scene 1, caption: expected one line of text"),
    ({"scene": [{"colour": "red"}]}, "scene 1, colour: unknown key"),
    ({"language": "fr", "scene": [{}]}, "language: expected en or zh, got 'fr'"),
    # Numbers past any float, and values too long to repeat whole.
    ({"scene": [{"speed": 10**400}]}, "scene 1, speed: 1000000000"),
    ({"scene": [{"pause": -10**400}]}, "scene 1, pause: -1000000000"),
    ({"scene": [{"input": 10**30}]}, "scene 1, input: 1000000000000000000000000000000 is far too large"),
    ({"scene": [{"input": [3, -10**30]}]}, "scene 1, input: -1000000000000000000000000000000 is far"),
    ({"scene": [{"view": "x" * 500_000}]}, "scene 1, view: 'xxxxxxxx"),
    # A grid too large to draw is named as the lesson names it: (100 − 1)·2 + 1 = 199 > 128.
    ({"scene": [{"input": 100, "stride": 2}]},
     "scene 1, parameters: the zero-inserted grid would be 199 cells (height); at most 128"),
]


@pytest.mark.parametrize(("data", "message"), BAD, ids=[m.split(":")[0] + f"-{i}" for i, (_, m) in enumerate(BAD)])
def test_bad_scripts_get_one_line_naming_the_scene_and_the_field(data, message):
    with pytest.raises(ScriptError) as info:
        parse_script(data)
    text = str(info.value)
    assert text.startswith(message)
    assert "\n" not in text and len(text) < 200 and "Overflow" not in text


@pytest.mark.parametrize(("content", "message"), [
    (b"scene = [", "not a valid script file"),
    (b"\xff\xfe", "the script is not UTF-8 text"),
])
def test_bad_files(tmp_path, content, message):
    path = tmp_path / "bad.toml"
    path.write_bytes(content)
    with pytest.raises(ScriptError, match=message):
        load_script(path)
    with pytest.raises(ScriptError, match="cannot read the script"):
        load_script(tmp_path / "missing.toml")
    with pytest.raises(ScriptError, match="not a regular file"):
        load_script(tmp_path)


def test_a_shipped_script_is_found_by_its_name(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert load_script("seed_lesson_zh").language == "zh"
    assert load_script("seed_lesson_en.toml").language == "en"
    with pytest.raises(ScriptError, match="cannot read the script"):
        load_script("no_such_lesson")


def test_a_byte_order_mark_is_not_part_of_the_script(tmp_path):
    """Windows editors may begin a UTF-8 file with a BOM; the script reads the same."""
    text = "title = \"BOM\"\n[[scene]]\ninput = 3\n"
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    assert load_script(path).title == "BOM"
    assert load_script(path).scenes[0].document.params.input_size == (3, 3)


def test_a_selection_that_is_not_a_cell_says_a_cell_is_wanted() -> None:
    with pytest.raises(ScriptError, match=r"select: expected \[row, col\] with whole numbers"):
        parse_script({"scene": [{"select": [True, 0]}]}, "s.toml")
