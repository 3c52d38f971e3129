"""Session files (version 2): round trips of every field, one-line refusals, version 1.

``convt_lab.gui.model`` imports no Qt, and neither do these tests (checked at
the end of this file), so they run without a display or a QApplication.
Each refusal is checked for the field it names (``SessionError.field``) and a
phrase of its one-line message.
"""

from __future__ import annotations

import ast
import json
import os
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from convt_lab import core
from convt_lab.gui.model.document import Document
from convt_lab.gui.model.session import (
    MAX_SESSION_BYTES,
    SessionError,
    from_json,
    load_session,
    save_session,
    to_json,
)
from tests.reference import naive_layer

RECT = core.ConvTParams(
    input_size=(3, 4), kernel_size=(3, 2), stride=(2, 3), padding=(1, 0),
    output_padding=(1, 2), dilation=(1, 1),
)
SETUP = core.ChannelSetup(in_channels=4, out_channels=2, groups=2, bias=True)
FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def sample() -> Document:
    """A document that differs from the defaults in every field."""
    rng = np.random.default_rng(7)
    return Document(
        params=RECT, setup=SETUP,
        x=rng.normal(size=(4, 3, 4)), w=rng.normal(size=(4, 1, 3, 2)) / 3,
        b=np.array([0.25, -1.5]), pick=(3, 1), selection=("output", 5, 12), step=3,
        view="matrix", theme="contrast-dark", font_scale=1.5, language="zh",
    )


def raw() -> dict:
    """A valid session as parsed JSON, to break one field at a time."""
    return json.loads(to_json(sample()))


def refused(text: str) -> SessionError:
    with pytest.raises(SessionError) as info:
        from_json(text)
    message = str(info.value)
    assert message and "\n" not in message and len(message) < 300, message
    return info.value


# -- round trips -------------------------------------------------------------------------


def test_every_field_round_trips_exactly():
    doc = sample()
    back = from_json(to_json(doc))
    assert back == doc
    assert back.params == RECT and back.setup == SETUP and back.pick == (3, 1)
    for name in ("x", "w", "b"):  # repr-exact floats: not one bit lost
        assert getattr(back, name).tobytes() == getattr(doc, name).tobytes()
        assert getattr(back, name).dtype == np.float64
    assert back.x.shape == (4, 3, 4) and back.w.shape == (4, 1, 3, 2) and back.b.shape == (2,)
    assert back.selection == ("output", 5, 12) and back.step == 3 and back.view == "matrix"
    assert back.theme == "contrast-dark" and back.font_scale == 1.5 and back.language == "zh"


@pytest.mark.parametrize("field, value", [
    ("selection", ("input", 2, 3)), ("selection", None), ("step", 1), ("step", 5),
    ("view", "gather"), ("view", "scatter"), ("view", "overlap"), ("view", "roundtrip"),
    ("theme", "light"), ("theme", "dark"), ("theme", "contrast"), ("font_scale", 1.0),
    ("font_scale", 2.0), ("language", "en"), ("pick", (2, 1)), ("pick", (0, 0)),
])
def test_each_field_value_round_trips(field, value):
    doc = sample().replace(**{field: value})
    back = from_json(to_json(doc))
    assert getattr(back, field) == value and back == doc


def test_round_trip_file(tmp_path):
    path = tmp_path / "lesson.convt.json"
    doc = sample()
    assert save_session(path, doc) == str(path)
    assert load_session(path) == doc and load_session(str(path)) == doc
    assert sorted(os.listdir(tmp_path)) == ["lesson.convt.json"]


def test_file_is_the_documented_json():
    text = to_json(sample())
    data = json.loads(text)
    assert data["format"] == "convt-lab-session" and data["version"] == 2
    assert data["params"] == {
        "input_size": [3, 4], "kernel_size": [3, 2], "stride": [2, 3], "padding": [1, 0],
        "output_padding": [1, 2], "dilation": [1, 1],
    }
    assert data["channels"] == {"in_channels": 4, "out_channels": 2, "groups": 2, "bias": True,
                                "pick": [3, 1]}
    assert data["selection"] == {"grid": "output", "row": 5, "col": 12}
    assert (data["step"], data["view"], data["theme"], data["font_scale"], data["language"]) == (
        3, "matrix", "contrast-dark", 1.5, "zh")
    assert data["b"] == [0.25, -1.5]
    # Each grid row on its own line: 4 channels of 3 rows of x, 4*1*3 kernel rows.
    rows = [line for line in text.splitlines() if line.strip().startswith("[") and "," in line
            and not line.strip().startswith("[[")]
    assert len(rows) == 4 * 3 + 4 * 1 * 3


def test_optional_fields_take_the_defaults_and_unknown_fields_are_ignored():
    data = raw()
    for key in ("channels", "b", "selection", "step", "view", "theme", "font_scale", "language"):
        del data[key]
    data["x"], data["w"] = data["x"][:1], [data["w"][0]]
    data["params"]["kernel_size"] = [3, 2]
    data["comment"] = "made by hand"
    doc = from_json(json.dumps(data))
    default = Document()
    assert doc.setup == core.ChannelSetup() and doc.pick == (0, 0) and doc.selection is None
    assert (doc.step, doc.view, doc.theme, doc.font_scale, doc.language) == (
        default.step, default.view, default.theme, default.font_scale, default.language)
    np.testing.assert_array_equal(doc.b, [1.0])  # the lesson's numbering, 1..n


def test_utf8_bom_file_loads(tmp_path):
    path = tmp_path / "bom.convt.json"
    path.write_bytes(b"\xef\xbb\xbf" + to_json(sample()).encode("utf-8"))
    assert load_session(path) == sample()


def test_loaded_values_are_read_only():
    doc = from_json(to_json(sample()))
    with pytest.raises(ValueError):
        doc.x[0, 0, 0] = 1.0
    with pytest.raises(AttributeError):
        doc.step = 2  # type: ignore[misc]


def test_loaded_layer_is_pytorchs_layer():
    """What a session holds is what the app computes: checked against the naive loop."""
    from convt_lab.gui.model.result import compute

    doc = from_json(to_json(sample()))
    p = doc.params
    want = naive_layer(doc.x, doc.w, doc.b, 2, p.stride, p.padding, p.output_padding, p.dilation)
    np.testing.assert_allclose(compute(doc).layer, want, rtol=1e-12, atol=1e-12)


# -- refusals: one SessionError naming the field -------------------------------------------

_DELETE = object()


def _set(path: str, value):
    def change(data: dict) -> None:
        *parents, last = path.split(".")
        target = data
        for p in parents:
            target = target[p]
        if value is _DELETE:
            del target[last]
        else:
            target[last] = value

    return change


BAD_FIELDS = {
    # (change, field named, phrase of the message)
    "format missing": (_set("format", _DELETE), "format", "'format' is missing"),
    "other format": (_set("format", "png"), "format", "'png'"),
    "format number": (_set("format", 3), "format", "a number"),
    "version missing": (_set("version", _DELETE), "version", "missing field 'version'"),
    "version text": (_set("version", "2"), "version", "whole number"),
    "version 3": (_set("version", 3), "version", "version 3 is not supported"),
    "version huge": (_set("version", 10**30), "version", "too large"),
    "params missing": (_set("params", _DELETE), "params", "missing field 'params'"),
    "params list": (_set("params", [1, 2]), "params", "params must be an object"),
    "stride missing": (_set("params.stride", _DELETE), "params", "params.stride"),
    "stride float": (_set("params.stride", [2.0, 2]), "params", "params.stride[0]"),
    "stride bool": (_set("params.stride", True), "params", "params.stride"),
    "stride triple": (_set("params.stride", [1, 2, 3]), "params", "has 3 entries"),
    "kernel too big": (_set("params.kernel_size", [3, 130]), "params", "kernel_size"),
    "op rule": (_set("params.output_padding", [2, 2]), "params", "output_padding"),
    "huge padding": (_set("params.padding", 10**200), "params", "201-digit number"),
    "huge stride": (_set("params.stride", [1, -(10**300)]), "params", "params.stride[1]"),
    "channels list": (_set("channels", [4, 2, 2]), "channels", "channels must be an object"),
    "groups 3": (_set("channels.groups", 3), "channels", "groups"),
    "groups text": (_set("channels.groups", "2"), "channels", "channels.groups"),
    "in channels 0": (_set("channels.in_channels", 0), "channels", "channels.in_channels"),
    "in channels huge": (_set("channels.in_channels", 10**40), "channels", "digit number"),
    "bias not bool": (_set("channels.bias", 1), "channels", "channels.bias"),
    "pick text": (_set("channels.pick", "0,0"), "channels", "channels.pick"),
    "pick outside group": (_set("channels.pick", [0, 1]), "pick", "within one group"),
    "pick out too large": (_set("channels.pick", [3, 2]), "pick", "within one group"),
    "x missing": (_set("x", _DELETE), "x", "missing field 'x'"),
    "x text": (_set("x", "1 2 3"), "x", "x must be an array"),
    "x three channels": (lambda d: d.update(x=d["x"][:3]), "x", "must have 4 entries"),
    "x wrong height": (lambda d: d["x"][0].append([1.0, 2, 3, 4]), "x", "x[0] must have 3"),
    "x ragged": (lambda d: d["x"][1][2].pop(), "x", "x[1][2] must have 4"),
    "x string cell": (lambda d: d["x"][0][0].__setitem__(3, "4"), "x", "x[0][0][3]"),
    "x null cell": (lambda d: d["x"][0][0].__setitem__(3, None), "x", "null"),
    "x bool cell": (lambda d: d["x"][0][0].__setitem__(2, True), "x", "a boolean"),
    "x huge int": (lambda d: d["x"][0][0].__setitem__(3, 10**400), "x", "too large"),
    "w missing": (_set("w", _DELETE), "w", "missing field 'w'"),
    "w flat": (_set("w", [1, 2, 3]), "w", "w must have 4 entries"),
    "w wrong slices": (lambda d: d["w"][1].append(d["w"][1][0]), "w", "w[1] must have 1"),
    "b too long": (_set("b", [1.0, 2.0, 3.0]), "b", "b must have 2 entries"),
    "b text": (_set("b", "1"), "b", "b must be an array"),
    "selection outside": (_set("selection", {"grid": "output", "row": 99, "col": 0}),
                          "selection", "no output cell (99, 0)"),
    "selection negative": (_set("selection", {"grid": "input", "row": 0, "col": -1}),
                           "selection", "no input cell (0, -1)"),
    "selection grid": (_set("selection", {"grid": "kernel", "row": 0, "col": 0}),
                       "selection", "'kernel'"),
    "selection list": (_set("selection", ["output", 0, 0]), "selection", "selection must be"),
    "selection huge": (_set("selection", {"grid": "input", "row": 10**30, "col": 0}),
                       "selection", "far outside"),
    "step 0": (_set("step", 0), "step", "from 1 to 5"),
    "step 6": (_set("step", 6), "step", "from 1 to 5"),
    "step float": (_set("step", 2.5), "step", "whole number"),
    "step huge": (_set("step", 10**50), "step", "whole number"),
    "view unknown": (_set("view", "grids"), "view", "view must be one of"),
    "view object": (_set("view", {"tab": "gather"}), "view", "view must be one of"),
    "theme unknown": (_set("theme", "pink"), "theme", "theme must be one of"),
    "theme bool": (_set("theme", True), "theme", "theme must be one of"),
    "font scale 3": (_set("font_scale", 3), "font_scale", "1, 1.5 or 2"),
    "font scale text": (_set("font_scale", "2"), "font_scale", "1, 1.5 or 2"),
    "language fr": (_set("language", "fr"), "language", "'fr'"),
    "language number": (_set("language", 7), "language", "language must be a string"),
}


@pytest.mark.parametrize("change, field, needle", BAD_FIELDS.values(), ids=BAD_FIELDS.keys())
def test_bad_field_is_refused_naming_it(change, field, needle):
    data = raw()
    change(data)
    err = refused(json.dumps(data))
    assert err.field == field, (err.field, str(err))
    assert needle in str(err), str(err)


def test_rule_breaking_params_reuse_cores_message():
    data = raw()
    data["params"]["output_padding"] = [2, 2]
    err = refused(json.dumps(data))
    with pytest.raises(core.ParamError) as direct:
        core.ConvTParams(**{**RECT.as_dict(), "output_padding": (2, 2)})
    assert str(direct.value) in str(err) and err.field == "params"


@pytest.mark.parametrize("literal, word", [
    ("NaN", "NaN"), ("Infinity", "infinite"), ("-Infinity", "infinite"), ("1e999", "infinite"),
])
@pytest.mark.parametrize("field, at", [("x", '"x"'), ("w", '"w"'), ("b", '"b"')])
def test_non_finite_values_are_refused(literal, word, field, at):
    data = raw()
    marker = 12345.5
    if field == "x":
        data["x"][1][2][0] = marker
    elif field == "w":
        data["w"][0][0][1][1] = marker
    else:
        data["b"][1] = marker
    text = json.dumps(data).replace("12345.5", literal)
    err = refused(text)
    assert err.field == field and "must be a finite number" in str(err) and word in str(err)


def test_values_whose_output_overflows_are_refused():
    """Finite inputs, infinite products: x = w = 1e200 gives 1e400 per tap."""
    data = raw()
    data["x"] = [[[1e200] * 4 for _ in range(3)] for _ in range(4)]
    data["w"] = [[[[1e200] * 2 for _ in range(3)]] for _ in range(4)]
    err = refused(json.dumps(data))
    assert "cannot be shown" in str(err) and "overflow" in str(err)
    assert err.field in ("x", "w")


BAD_TEXTS = {
    "empty": ("", "line 1, column 1"),
    "garbage": ("hello", "not a JSON file"),
    "truncated": ('{\n  "format": "convt-lab-session",\n  "vers', "line 3"),
    "array": ("[]", "an array"),
    "number": ("3", "a number"),
    "string": ('"convt"', "a string"),
    "null": ("null", "null"),
    "deep": ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    "deep object": ('{"a":' * 100_000 + "1" + "}" * 100_000, "nested too deeply"),
    "huge int": ("1" * 5000, "JSON"),
}


@pytest.mark.parametrize("text, needle", BAD_TEXTS.values(), ids=BAD_TEXTS.keys())
def test_text_that_is_not_a_session_object(text, needle):
    err = refused(text)
    assert needle in str(err) and err.field is None


def test_bytes_instead_of_text_are_refused():
    err = refused(b"{}")  # type: ignore[arg-type]
    assert "text" in str(err)


# -- files that cannot be read ------------------------------------------------------------


def load_refused(path) -> SessionError:
    with pytest.raises(SessionError) as info:
        load_session(path)
    assert "\n" not in str(info.value)
    return info.value


def test_empty_path():
    assert "file name is empty" in str(load_refused(""))


def test_missing_file_and_folder(tmp_path):
    err = load_refused(tmp_path / "nope.convt.json")
    assert "cannot read" in str(err) and "nope.convt.json" in str(err)
    assert "No such file" in str(err)
    err = load_refused(tmp_path)
    assert "a folder, not a regular file" in str(err) and str(tmp_path) in str(err)


def test_symlink_loop(tmp_path):
    a, b = tmp_path / "a.convt.json", tmp_path / "b.convt.json"
    a.symlink_to(b)
    b.symlink_to(a)
    err = load_refused(a)
    assert "cannot read" in str(err) and "symbolic links" in str(err)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_named_pipe_is_refused_at_once(tmp_path):
    """A pipe with no writer would block a plain open() for ever."""
    pipe = tmp_path / "pipe.convt.json"
    os.mkfifo(pipe)
    outcome: list = []

    def load() -> None:
        try:
            load_session(pipe)
        except SessionError as err:
            outcome.append(err)

    start = time.monotonic()
    worker = threading.Thread(target=load, daemon=True)
    worker.start()
    worker.join(5)
    if worker.is_alive():  # unblock the reader so the test process can end
        fd = os.open(pipe, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
        pytest.fail("load_session blocked on a named pipe")
    assert time.monotonic() - start < 2
    assert outcome and "a named pipe, not a regular file" in str(outcome[0])


def test_non_utf8_file(tmp_path):
    path = tmp_path / "latin1.convt.json"
    path.write_bytes(to_json(sample()).replace('"zh"', '"z\u00e9"').encode("latin-1"))
    err = load_refused(path)
    assert "byte 0xe9 at offset" in str(err) and "is not UTF-8" in str(err)


def test_too_large_file_is_refused_and_the_limit_itself_is_read(tmp_path):
    path = tmp_path / "big.convt.json"
    path.write_bytes(b" " * (MAX_SESSION_BYTES + 1))
    assert "too large" in str(load_refused(path))
    path.write_bytes(b" " * MAX_SESSION_BYTES)
    assert "not a JSON file" in str(load_refused(path))


def test_huge_sparse_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "sparse.convt.json"
    with open(path, "wb") as f:
        f.truncate(20 * 1024**3)  # reading 20 GB whole would take minutes
    start = time.monotonic()
    err = load_refused(path)
    assert time.monotonic() - start < 1.0
    assert "too large" in str(err) and "21,474,836,480" in str(err)


# -- version 1 ------------------------------------------------------------------------------


def v1(channels: dict | None = None, **extra) -> dict:
    """A version-1 file: 2-D x and w at the top, presentation in a ``view`` object."""
    data = {
        "format": "convt-lab-session", "version": 1, "params": core.ConvTParams().as_dict(),
        "x": [[1.0, 2.0], [3.0, 4.0]], "w": [[1, 0, 2], [0, 1, 0], [3, 0, 1]],
        "selection": {"grid": "output", "row": 2, "col": 2}, "language": "zh",
        "view": {"tab": "scatter", "step": 2, "theme": "dark", "font_scale": 2.0},
    }
    if channels is not None:
        data["channels"] = channels
    data.update(extra)
    return json.loads(json.dumps(data))


def v1_channels() -> dict:
    """Two inputs, one output, bias; the pick (1, 0) is what the top-level x/w repeat."""
    return {
        "in_channels": 2, "out_channels": 1, "groups": 1, "bias": True, "pick": [1, 0],
        "x": [[[5.0, 6.0], [7.0, 8.0]], [[1.0, 2.0], [3.0, 4.0]]],
        "w": [[[[1, 1, 1], [1, 1, 1], [1, 1, 1]]], [[[1, 0, 2], [0, 1, 0], [3, 0, 1]]]],
        "b": [10.0],
    }


def test_version_1_without_channels():
    doc = from_json(json.dumps(v1()))
    assert doc.setup == core.ChannelSetup() and doc.pick == (0, 0)
    np.testing.assert_array_equal(doc.x, [[[1, 2], [3, 4]]])
    np.testing.assert_array_equal(doc.w, [[[[1, 0, 2], [0, 1, 0], [3, 0, 1]]]])
    # The 0-based step of version 1 is the lesson's step 3 here.
    assert (doc.step, doc.view, doc.theme, doc.font_scale) == (3, "scatter", "dark", 2.0)
    assert doc.selection == ("output", 2, 2) and doc.language == "zh"
    # Saving writes version 2, which reads back the same.
    assert json.loads(to_json(doc))["version"] == 2 and from_json(to_json(doc)) == doc


def test_version_1_with_channels():
    doc = from_json(json.dumps(v1(v1_channels())))
    assert doc.setup == core.ChannelSetup(2, 1, 1, True) and doc.pick == (1, 0)
    np.testing.assert_array_equal(doc.x[0], [[5, 6], [7, 8]])
    np.testing.assert_array_equal(doc.b, [10.0])
    p = doc.params
    want = naive_layer(doc.x, doc.w, doc.b, 1, p.stride, p.padding, p.output_padding, p.dilation)
    from convt_lab.gui.model.result import compute

    np.testing.assert_allclose(compute(doc).output, want[0])


def test_version_1_whose_x_disagrees_with_channels_x_is_refused():
    data = v1(v1_channels(), x=[[1.0, 2.0], [3.0, 99.0]])
    err = refused(json.dumps(data))
    assert err.field == "x" and "channels.x[1]" in str(err)


def test_version_1_whose_w_disagrees_with_channels_w_is_refused():
    data = v1(v1_channels(), w=[[1, 1, 1], [1, 1, 1], [1, 1, 1]])
    err = refused(json.dumps(data))
    assert err.field == "w" and "channels.w" in str(err)


def test_version_1_with_a_bad_channel_tensor_names_it():
    ch = v1_channels()
    ch["x"] = ch["x"][:1]
    err = refused(json.dumps(v1(ch)))
    assert err.field == "channels" and "channels.x must have 2 entries" in str(err)


# -- saving --------------------------------------------------------------------------------


@pytest.mark.parametrize("target", ["replace", "fsync"])
def test_failed_save_keeps_the_old_file_and_leaves_no_temp(tmp_path, monkeypatch, target):
    path = tmp_path / "keep.convt.json"
    save_session(path, Document())
    before = path.read_bytes()

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    from convt_lab.gui.model import files

    monkeypatch.setattr(files.os, target, boom)
    with pytest.raises(OSError, match="No space"):
        save_session(path, sample())
    monkeypatch.undo()
    assert path.read_bytes() == before and os.listdir(tmp_path) == [path.name]


def test_save_into_a_missing_folder_raises_oserror(tmp_path):
    with pytest.raises(OSError):
        save_session(tmp_path / "no" / "such.convt.json", sample())


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_save_keeps_permissions(tmp_path):
    path = tmp_path / "perm.convt.json"
    save_session(path, Document())
    path.chmod(0o640)
    save_session(path, sample())
    assert path.stat().st_mode & 0o777 == 0o640


# -- fuzz: nothing but SessionError, ever ----------------------------------------------------

json_scalars = (
    st.none() | st.booleans() | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=20)
)
json_values = st.recursive(
    json_scalars,
    lambda kids: st.lists(kids, max_size=5) | st.dictionaries(st.text(max_size=8), kids, max_size=5),
    max_leaves=30,
)


def _accept_or_session_error(text: str) -> None:
    try:
        doc = from_json(text)
    except SessionError as err:
        assert str(err) and "\n" not in str(err)
        return
    again = to_json(doc)  # anything accepted writes strict JSON that reads back equal
    json.loads(again, parse_constant=lambda c: pytest.fail(f"wrote {c}"))
    assert from_json(again) == doc


@FUZZ
@given(json_values)
def test_fuzz_any_json_value(value):
    _accept_or_session_error(json.dumps(value))


FIELDS = ["format", "version", "params", "channels", "x", "w", "b", "selection", "step", "view",
          "theme", "font_scale", "language"]


@FUZZ
@given(st.sampled_from(FIELDS + [f"params.{f}" for f in core.FIELDS]
                       + [f"channels.{f}" for f in ("in_channels", "groups", "bias", "pick")]),
       json_values)
def test_fuzz_one_field_of_a_valid_session(name, value):
    data = raw()
    _set(name, value)(data)
    _accept_or_session_error(json.dumps(data))


@FUZZ
@given(st.binary(max_size=60), st.integers(min_value=0, max_value=900))
def test_fuzz_corrupted_session(tmp_path_factory, blob, at):
    good = to_json(sample()).encode("utf-8")
    path = tmp_path_factory.getbasetemp() / "corrupt.convt.json"
    path.write_bytes(good[:at] + blob + good[at + len(blob):])
    try:
        load_session(path)
    except SessionError as err:
        assert "\n" not in str(err)


def test_these_tests_import_no_qt():
    tree = ast.parse(Path(__file__).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            continue
        assert not any(n.split(".")[0] in ("PySide6", "pyqtgraph", "pytestqt") for n in names)


# -- messages that name the entry at fault ---------------------------------------------------


@pytest.mark.parametrize("step, shown", [(5, "is 5"), (-1, "is -1"), (10**30, "31-digit")])
def test_a_version_1_step_out_of_range_is_named_in_version_1s_terms(step, shown):
    data = v1()
    data["view"]["step"] = step
    err = refused(json.dumps(data))
    assert "view.step must be from 0 to 4" in str(err) and shown in str(err), str(err)


@pytest.mark.parametrize("change, says", [
    (("selection", {"grid": "output", "row": 1.0, "col": 0}),
     "selection.row must be a whole number, but is a number (1.0)"),
    (("selection", {"grid": "output", "row": 1, "col": "2"}),
     "selection.col must be a whole number, but is a string"),
    (("selection", {"grid": 5, "row": 1, "col": 0}), 'selection.grid must be "output" or "input"'),
    (("output_size", [5]), "output_size must have two entries, [height, width], but has 1"),
])
def test_a_bad_entry_is_named_not_its_whole_object(change, says):
    data = json.loads(to_json(Document()))
    data[change[0]] = change[1]
    assert says in str(refused(json.dumps(data)))


@pytest.mark.parametrize("pick, says", [
    ([0, 0, 0], "channels.pick must have two entries, [input channel, output channel], but has 3"),
    ([0, "a"], "channels.pick[1] must be a whole number, but is a string"),
])
def test_a_bad_pick_names_what_is_wrong(pick, says):
    data = json.loads(to_json(Document()))
    data["channels"]["pick"] = pick
    assert says in str(refused(json.dumps(data)))
