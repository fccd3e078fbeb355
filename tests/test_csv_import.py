"""Reading notes from CSV files: every row checked, bad rows named by line."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from facilitator.core.csv_import import read_notes_csv
from facilitator.core.errors import ImportFailed
from facilitator.core.steps import Step


def write(tmp_path: Path, content: str, encoding: str = "utf-8", name="notes.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode(encoding))
    return path


def failure(path: Path) -> str:
    with pytest.raises(ImportFailed) as info:
        read_notes_csv(path)
    return str(info.value)


GOOD = (
    "text,participant,group,activity,step\n"
    '"Longer hours, please",R1,resident,World café,1\n'
    "Quiet room 🤫,P1,professional,Walk,postpone\n"
    "مكتبة أكبر,,,,Synthesise insights\n"
)


def test_good_file_with_all_columns(tmp_path):
    rows = read_notes_csv(write(tmp_path, GOOD))
    assert [(r.line, r.text, r.participant, r.group, r.activity, r.step) for r in rows] == [
        (2, "Longer hours, please", "R1", "resident", "World café", Step.INVOLVE),
        (3, "Quiet room 🤫", "P1", "professional", "Walk", Step.POSTPONE),
        (4, "مكتبة أكبر", "", "", "", Step.SYNTHESISE),
    ]


def test_semicolon_delimiter(tmp_path):
    content = "Text;Participant;Step\nMore buses, trams, and bikes;R1;2\nCalm, quiet room;R2;\n"
    rows = read_notes_csv(write(tmp_path, content))
    assert [(r.text, r.participant, r.step) for r in rows] == [
        ("More buses, trams, and bikes", "R1", Step.POSTPONE),
        ("Calm, quiet room", "R2", None),
    ]


def test_utf8_with_bom(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(codecs.BOM_UTF8 + "text,participant\nCafé 👍,R1\n".encode())
    rows = read_notes_csv(path)
    assert [(r.text, r.participant) for r in rows] == [("Café 👍", "R1")]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path, encoding):
    bom = {"utf-16": b"", "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}
    path = tmp_path / "u16.csv"
    path.write_bytes(bom[encoding] + "text\tstep\nNaïve idea 💡\t4\nSecond\t\n".encode(encoding))
    rows = read_notes_csv(path)
    assert [(r.text, r.step) for r in rows] == [("Naïve idea 💡", Step.DEVELOP), ("Second", None)]


def test_latin1_file_is_refused_with_advice(tmp_path):
    message = failure(write(tmp_path, "text\nCafé crème à volonté\n", encoding="latin-1"))
    assert "not UTF-8" in message
    assert "CSV UTF-8" in message


def test_missing_text_column(tmp_path):
    message = failure(write(tmp_path, "note,participant\nHello,R1\n"))
    assert "no 'text' column" in message


@pytest.mark.parametrize("content", ["", "\n\n", "   \r\n"])
def test_empty_file(tmp_path, content):
    assert "is empty" in failure(write(tmp_path, content))


def test_header_only(tmp_path):
    assert "no notes" in failure(write(tmp_path, "text,participant,step\n"))


def test_bad_step_names_its_line(tmp_path):
    content = "text,step\nfine,1\nalso fine,develop\nbad one,7\nnever read,1\n"
    message = failure(write(tmp_path, content))
    assert message.startswith("Line 4:")
    assert "'7' is not a step" in message


def test_empty_text_names_its_line(tmp_path):
    content = "text,participant\nfine,R1\n   ,R2\n"
    assert failure(write(tmp_path, content)) == "Line 3: the note text is empty."


def test_blank_lines_are_skipped_but_still_counted(tmp_path):
    rows = read_notes_csv(write(tmp_path, "text,step\n\nfirst,1\n\n\nsecond,2\n"))
    assert [(r.line, r.text) for r in rows] == [(3, "first"), (6, "second")]
    content = "text,step\n\nfirst,1\n\n,2\n"
    assert failure(write(tmp_path, content)).startswith("Line 5:")


def test_unquoted_delimiter_in_one_column_file_is_reported_not_cut(tmp_path):
    message = failure(write(tmp_path, "text\nfine\nHello, world\n"))
    assert message.startswith("Line 3:")
    assert "quotes" in message


def test_trailing_empty_columns_are_accepted(tmp_path):
    rows = read_notes_csv(write(tmp_path, "text,step\nHello,2,,\n"))
    assert [(r.text, r.step) for r in rows] == [("Hello", Step.POSTPONE)]


def test_missing_file_and_folder(tmp_path):
    assert "There is no file" in failure(tmp_path / "absent.csv")
    assert "folder" in failure(tmp_path)
