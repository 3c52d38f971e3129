"""A path that cannot be used is refused with what is wrong with it, named.

A file where a folder is needed is named as that file; an empty name says
it is empty; a folder that exists but makes no files is not said to be
missing.
"""

from __future__ import annotations

import errno

import pytest

from convt_lab.gui.app import main



def test_a_worksheet_under_a_file_names_the_file(sandbox, capsys) -> None:
    (sandbox / "notes.txt").write_text("x")
    assert main(["worksheet", "--seed", "1", "-o", str(sandbox / "notes.txt" / "a.pdf")]) == 2
    err = capsys.readouterr().err
    assert "notes.txt' is a file, not a folder" in err and "does not exist" not in err, err


def test_a_worksheet_in_a_missing_folder_says_so_once(sandbox, capsys) -> None:
    assert main(["worksheet", "--seed", "1", "-o", str(sandbox / "nope" / "a.pdf")]) == 2
    err = capsys.readouterr().err
    assert "its folder does not exist" in err and err.count("nope") == 1, err


@pytest.mark.parametrize("args", [["plan", "--input", "1x1x1", ""], ["play", ""]])
def test_an_empty_file_name_is_said_to_be_empty(sandbox, capsys, args) -> None:
    assert main(args) == 2
    assert "file name is empty" in capsys.readouterr().err


def test_install_desktop_names_a_file_where_its_folder_goes(sandbox, capsys) -> None:
    share = sandbox / "home" / ".local" / "share"
    share.mkdir(parents=True)
    (share / "applications").write_text("not a folder")
    assert main(["install-desktop"]) != 0
    assert f"{share / 'applications'} is a file, not a folder" in capsys.readouterr().err


def test_a_folder_that_makes_no_files_is_not_called_missing(tmp_path) -> None:
    from convt_lab.gui.io.render import cannot_write

    err = OSError(errno.ENOENT, "No such file or directory")
    assert "no file can be made in that folder" in str(cannot_write(tmp_path / "x.png", err))
    assert "the folder does not exist" in str(cannot_write(tmp_path / "no" / "x.png", err))


def test_a_control_character_in_a_session_is_said_once(sandbox, capsys) -> None:
    session = sandbox / "ctl.convt.json"
    session.write_text('{"format": "convt-lab-session", "version": 2, "x": "a\tb"}')
    assert main(["explain", "--session", str(session)]) == 2
    err = capsys.readouterr().err
    assert "Invalid control character at line 1" in err and " at at " not in err, err


def test_a_script_nested_too_deeply_says_so(sandbox, capsys) -> None:
    script = sandbox / "deep.toml"
    script.write_text("a = " + "[" * 3000 + "]" * 3000)
    assert main(["play", str(script)]) == 2
    assert "its brackets nest too deeply" in capsys.readouterr().err
