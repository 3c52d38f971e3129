"""Session files: round trips, one-line errors for every kind of bad file, atomic saves.

``convt_lab.gui.model.session`` imports no Qt, so neither do these tests.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from convt_lab import core
from convt_lab.gui.model import session
from convt_lab.gui.model.session import (
    MAX_SESSION_BYTES,
    SessionData,
    SessionError,
    from_json,
    load_session,
    save_session,
    to_json,
)

RECT = core.ConvTParams(
    input_size=(3, 4),
    kernel_size=(3, 2),
    stride=(2, 3),
    padding=(1, 0),
    output_padding=(1, 2),
    dilation=(1, 1),
)
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def sample(params: core.ConvTParams = RECT) -> SessionData:
    rng = np.random.default_rng(7)
    return SessionData(
        params=params,
        x=rng.normal(size=params.input_size),
        w=rng.normal(size=params.kernel_size) / 3,
        selection=("output", 5, 12),
        language="zh",
        view={"tab": "gather", "theme": "light", "font_scale": 1.25, "grid_lines": True, "n": 3},
    )


def doc() -> dict:
    """A valid session as parsed JSON, to break one field at a time."""
    return json.loads(to_json(sample()))


# -- round trips -------------------------------------------------------------------------


def test_round_trip_text_is_exact():
    data = sample()
    back = from_json(to_json(data))
    assert back == data
    # repr-exact floats: not one bit lost.
    assert back.x.tobytes() == data.x.tobytes() and back.w.tobytes() == data.w.tobytes()
    assert back.x.dtype == np.float64 and back.x.shape == (3, 4)
    assert back.selection == ("output", 5, 12) and back.language == "zh"
    assert back.view == {
        "tab": "gather",
        "theme": "light",
        "font_scale": 1.25,
        "grid_lines": True,
        "n": 3,
    }
    assert type(back.view["grid_lines"]) is bool and type(back.view["n"]) is int


def test_round_trip_file(tmp_path):
    path = tmp_path / "lesson.convt.json"
    data = SessionData(core.ConvTParams(), np.arange(1.0, 5.0).reshape(2, 2), np.eye(3))
    save_session(path, data)
    assert load_session(path) == data
    assert load_session(str(path)).selection is None
    assert load_session(path).language == "en" and load_session(path).view == {}
    assert sorted(os.listdir(tmp_path)) == ["lesson.convt.json"]


def test_file_is_the_documented_json():
    text = to_json(sample())
    raw = json.loads(text)
    assert raw["format"] == "convt-lab-session" and raw["version"] == 1
    assert raw["params"] == {
        "input_size": [3, 4],
        "kernel_size": [3, 2],
        "stride": [2, 3],
        "padding": [1, 0],
        "output_padding": [1, 2],
        "dilation": [1, 1],
    }
    assert raw["selection"] == {"grid": "output", "row": 5, "col": 12}
    assert len(raw["x"]) == 3 and all(len(r) == 4 for r in raw["x"])
    # One grid row per line.
    assert sum(line.strip().startswith("[") for line in text.splitlines()) == 3 + 3


def test_optional_fields_default_and_unknown_fields_are_ignored():
    raw = doc()
    del raw["selection"], raw["language"], raw["view"]
    raw["comment"] = "made by hand"
    data = from_json(json.dumps(raw))
    assert data.selection is None and data.language == "en" and data.view == {}


def test_session_data_is_frozen_and_read_only():
    data = sample()
    with pytest.raises(AttributeError):
        data.language = "en"  # type: ignore[misc]
    with pytest.raises(ValueError):
        data.x[0, 0] = 1.0


def test_utf8_bom_and_chinese_text_load(tmp_path):
    raw = doc()
    raw["view"]["title"] = "转置卷积"
    path = tmp_path / "bom.convt.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(raw, ensure_ascii=False).encode("utf-8"))
    assert load_session(path).view["title"] == "转置卷积"


# -- bad files: one SessionError naming the problem --------------------------------------


def _set(path: str, value):
    def change(raw: dict) -> None:
        *parents, last = path.split(".")
        target = raw
        for p in parents:
            target = target[p]
        if value is _DELETE:
            del target[last]
        else:
            target[last] = value

    return change


_DELETE = object()

BAD_FIELDS = {
    "format missing": (_set("format", _DELETE), "format"),
    "other format": (_set("format", "png"), "format"),
    "version missing": (_set("version", _DELETE), "version"),
    "version text": (_set("version", "1"), "version"),
    "params missing": (_set("params", _DELETE), "params"),
    "params list": (_set("params", [1, 2]), "params"),
    "stride missing": (_set("params.stride", _DELETE), "params.stride"),
    "stride float": (_set("params.stride", [2.0, 2]), "params.stride"),
    "stride bool": (_set("params.stride", True), "params.stride"),
    "stride triple": (_set("params.stride", [1, 2, 3]), "params.stride"),
    "kernel too big": (_set("params.kernel_size", [3, 10]), "kernel_size"),
    "op rule": (_set("params.output_padding", [2, 2]), "output_padding"),
    "huge padding": (_set("params.padding", 10**200), "params.padding"),
    "huge negative stride": (_set("params.stride", [1, -(10**300)]), "params.stride[1]"),
    "x missing": (_set("x", _DELETE), "'x'"),
    "x text": (_set("x", "1 2 3"), "x"),
    "x short": (_set("x", [[1, 2, 3, 4]] * 2), "x"),
    "x ragged": (_set("x", [[1, 2, 3, 4], [1, 2, 3], [1, 2, 3, 4]]), "x"),
    "x string cell": (_set("x", [[1, 2, 3, "4"]] * 3), "x[0][3]"),
    "x null cell": (_set("x", [[1, 2, 3, None]] * 3), "x[0][3]"),
    "x bool cell": (_set("x", [[1, 2, True, 4]] * 3), "x[0][2]"),
    "x huge int": (_set("x", [[1, 2, 3, 10**400]] * 3), "x[0][3]"),
    "w missing": (_set("w", _DELETE), "'w'"),
    "w flat": (_set("w", [1, 2, 3, 4, 5, 6]), "w"),
    "selection out": (_set("selection", {"grid": "output", "row": 6, "col": 0}), "selection"),
    "selection negative": (_set("selection", {"grid": "input", "row": 0, "col": -1}), "selection"),
    "selection grid": (_set("selection", {"grid": "kernel", "row": 0, "col": 0}), "selection"),
    "selection list": (_set("selection", ["output", 0, 0]), "selection"),
    "language": (_set("language", "fr"), "language"),
    "language number": (_set("language", 7), "language"),
    "view list": (_set("view", [1]), "view"),
    "view nested": (_set("view", {"tab": {"a": 1}}), "view.tab"),
    "view null value": (_set("view", {"tab": None}), "view.tab"),
    "view too many": (_set("view", {f"k{i}": i for i in range(33)}), "view"),
    "view long text": (_set("view", {"tab": "x" * 1000}), "view.tab"),
}


@pytest.mark.parametrize("change, needle", BAD_FIELDS.values(), ids=BAD_FIELDS.keys())
def test_bad_field_names_the_field(change, needle):
    raw = doc()
    change(raw)
    with pytest.raises(SessionError) as info:
        from_json(json.dumps(raw))
    message = str(info.value)
    assert needle in message
    assert "\n" not in message and len(message) < 300


def test_version_message():
    raw = doc()
    raw["version"] = 7
    expected = "^version 7 is not supported; this ConvT Lab reads version 1$"
    with pytest.raises(SessionError, match=expected):
        from_json(json.dumps(raw))


def test_rule_breaking_params_reuse_core_message():
    raw = doc()
    raw["params"]["output_padding"] = [2, 2]
    with pytest.raises(SessionError) as info:
        from_json(json.dumps(raw))
    with pytest.raises(core.ParamError) as direct:
        core.ConvTParams(**{**RECT.as_dict(), "output_padding": [2, 2]})
    assert str(direct.value) in str(info.value)
    assert info.value.field == "params"


@pytest.mark.parametrize(
    "literal, word",
    [("NaN", "NaN"), ("Infinity", "infinite"), ("-Infinity", "infinite"), ("1e999", "infinite")],
)
def test_non_finite_values(literal, word):
    raw = doc()
    raw["x"][1][2] = 12345.5
    text = json.dumps(raw).replace("12345.5", literal)
    expected = rf"^x\[1\]\[2\] must be a finite number, but is .*{word}"
    with pytest.raises(SessionError, match=expected):
        from_json(text)


def test_nan_in_view_is_refused():
    with pytest.raises(SessionError, match="view.font_scale"):
        from_json(to_json(sample()).replace("1.25", "NaN"))


BAD_TEXTS = {
    "empty": ("", "line 1, column 1"),
    "garbage": ("hello", "line 1, column 1"),
    "truncated": ('{\n  "format": "convt-lab-session",\n  "vers', "line 3"),
    "array": ("[]", "array"),
    "number": ("3", "number"),
    "string": ('"convt"', "string"),
    "null": ("null", "null"),
    "deep": ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    "deep object": ('{"a":' * 100_000 + "1" + "}" * 100_000, "nested too deeply"),
    "huge int": ("1" * 5000, "JSON"),
}


@pytest.mark.parametrize("text, needle", BAD_TEXTS.values(), ids=BAD_TEXTS.keys())
def test_bad_text(text, needle):
    with pytest.raises(SessionError) as info:
        from_json(text)
    assert needle in str(info.value) and "\n" not in str(info.value)


def test_not_text_is_refused():
    with pytest.raises(SessionError, match="text"):
        from_json(b"{}")  # type: ignore[arg-type]


def test_non_utf8_file(tmp_path):
    path = tmp_path / "latin1.convt.json"
    path.write_bytes(to_json(sample()).replace("zh", "z\u00e9").encode("latin-1"))
    with pytest.raises(SessionError, match=r"byte 0xe9 at offset \d+ is not UTF-8"):
        load_session(path)


def test_missing_and_unreadable_files(tmp_path):
    with pytest.raises(SessionError, match="cannot read"):
        load_session(tmp_path / "nope.convt.json")
    with pytest.raises(SessionError, match="cannot read"):
        load_session(tmp_path)  # a folder


def test_too_large_file_is_refused(tmp_path):
    path = tmp_path / "big.convt.json"
    path.write_bytes(b" " * (MAX_SESSION_BYTES + 1))
    with pytest.raises(SessionError, match="too large"):
        load_session(path)
    # Exactly at the limit is still read (and then found not to be a session).
    path.write_bytes(b" " * MAX_SESSION_BYTES)
    with pytest.raises(SessionError, match="not a JSON file"):
        load_session(path)


def test_huge_file_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "sparse.convt.json"
    with open(path, "wb") as f:
        f.truncate(20 * 1024**3)  # a sparse 20 GB file: reading it whole would take minutes
    reads = []
    real_open = open

    def spy_open(*args, **kwargs):
        f = real_open(*args, **kwargs)
        real_read = f.read
        f_read = lambda n=-1: reads.append(n) or real_read(n)  # noqa: E731
        return _Wrapped(f, f_read)

    monkeypatch.setattr(session, "open", spy_open, raising=False)
    start = time.perf_counter()
    with pytest.raises(SessionError, match="too large"):
        load_session(path)
    assert time.perf_counter() - start < 1.0
    assert reads == []


class _Wrapped:
    def __init__(self, f, read):
        self._f, self.read = f, read

    def __getattr__(self, name):
        return getattr(self._f, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._f.close()


def test_growing_source_reads_at_most_limit_plus_one(tmp_path, monkeypatch):
    """A pipe or a file that grows after fstat: read() asks for limit+1 bytes at most."""
    path = tmp_path / "grows.convt.json"
    path.write_bytes(b"{}")
    asked = []
    real_open = open

    def spy_open(*args, **kwargs):
        f = real_open(*args, **kwargs)
        return _Wrapped(f, lambda n=-1: asked.append(n) or b" " * n)

    monkeypatch.setattr(session, "open", spy_open, raising=False)
    with pytest.raises(SessionError, match="too large"):
        load_session(path)
    assert asked == [MAX_SESSION_BYTES + 1]


# -- SessionData checks its own fields ---------------------------------------------------


def test_session_data_checks_fields():
    p = core.ConvTParams()
    ok = dict(params=p, x=np.zeros((2, 2)), w=np.zeros((3, 3)))
    SessionData(**ok)
    with pytest.raises(SessionError, match="x must be 2x2"):
        SessionData(**{**ok, "x": np.zeros((3, 3))})
    with pytest.raises(SessionError, match="w"):
        SessionData(**{**ok, "w": np.full((3, 3), np.nan)})
    with pytest.raises(SessionError, match="params"):
        SessionData(**{**ok, "params": p.as_dict()})
    with pytest.raises(SessionError, match="input_size"):
        SessionData(**{**ok, "params": core.ConvTParams(input_size=40)})
    with pytest.raises(SessionError, match="selection"):
        SessionData(**ok, selection=("input", 2, 0))
    with pytest.raises(SessionError, match="language"):
        SessionData(**ok, language="de")
    with pytest.raises(SessionError, match="view"):
        SessionData(**ok, view={"\ud800": 1})  # not encodable as UTF-8
    with pytest.raises(SessionError, match="view.big"):
        SessionData(**ok, view={"big": 2**70})


# -- atomic saves --------------------------------------------------------------------------


def _old_file(tmp_path):
    path = tmp_path / "keep.convt.json"
    save_session(path, SessionData(core.ConvTParams(), np.ones((2, 2)), np.ones((3, 3))))
    return path, path.read_bytes()


@pytest.mark.parametrize("target", ["replace", "fsync"])
def test_failed_save_keeps_old_file_and_leaves_no_temp(tmp_path, monkeypatch, target):
    path, before = _old_file(tmp_path)

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(session.os, target, boom)
    with pytest.raises(OSError, match="No space"):
        save_session(path, sample())
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == [path.name]


def test_failed_encoding_keeps_old_file(tmp_path, monkeypatch):
    path, before = _old_file(tmp_path)

    def boom(*args, **kwargs):
        raise RuntimeError("encoder broke")

    monkeypatch.setattr(session.json, "dumps", boom)
    with pytest.raises(RuntimeError):
        save_session(path, sample())
    monkeypatch.undo()
    assert path.read_bytes() == before and os.listdir(tmp_path) == [path.name]


def test_save_into_missing_folder_raises_oserror(tmp_path):
    with pytest.raises(OSError):
        save_session(tmp_path / "no" / "such.convt.json", sample())


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_save_keeps_permissions(tmp_path):
    path, _ = _old_file(tmp_path)
    assert path.stat().st_mode & 0o777 == 0o644
    path.chmod(0o640)
    save_session(path, sample())
    assert path.stat().st_mode & 0o777 == 0o640


# -- fuzz: nothing but SessionError, ever ----------------------------------------------------

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
)
json_values = st.recursive(
    json_scalars,
    lambda kids: (
        st.lists(kids, max_size=5) | st.dictionaries(st.text(max_size=8), kids, max_size=5)
    ),
    max_leaves=30,
)


def _accept_or_session_error(text: str) -> None:
    try:
        data = from_json(text)
    except SessionError as err:
        assert str(err) and "\n" not in str(err)
        return
    # Anything accepted writes back to strict JSON and reads back equal.
    again = to_json(data)
    json.loads(again, parse_constant=lambda c: pytest.fail(f"wrote {c}"))
    assert from_json(again) == data


@FUZZ
@given(json_values)
def test_fuzz_any_json_value(value):
    _accept_or_session_error(json.dumps(value))


FIELDS = ["format", "version", "params", "x", "w", "selection", "language", "view"]


@FUZZ
@given(
    st.sampled_from(FIELDS + [f"params.{f}" for f in core.FIELDS]),
    json_values | st.lists(st.lists(json_scalars, min_size=2, max_size=4), min_size=2, max_size=4),
)
def test_fuzz_one_field_of_a_valid_session(name, value):
    raw = doc()
    _set(name, value)(raw)
    _accept_or_session_error(json.dumps(raw))


@FUZZ
@given(st.binary(max_size=300))
def test_fuzz_any_bytes(tmp_path_factory, blob):
    path = tmp_path_factory.getbasetemp() / "fuzz.convt.json"
    path.write_bytes(blob)
    try:
        load_session(path)
    except SessionError:
        pass


@FUZZ
@given(st.binary(max_size=60), st.integers(min_value=0, max_value=400))
def test_fuzz_corrupted_session(tmp_path_factory, blob, at):
    good = to_json(sample()).encode("utf-8")
    path = tmp_path_factory.getbasetemp() / "corrupt.convt.json"
    path.write_bytes(good[:at] + blob + good[at + len(blob) :])
    try:
        load_session(path)
    except SessionError:
        pass


def test_session_and_snippet_import_no_qt():
    """Scripts and the command line can read sessions and write snippets without Qt."""
    code = (
        "import sys, convt_lab.gui.model.session, convt_lab.gui.model.snippet; "
        "qt = ('PySide6', 'shiboken6', 'pyqtgraph'); "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in qt); "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
