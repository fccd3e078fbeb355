"""Hostile files through the command line: wrong encodings and shapes of CSV, a very large
import, and files that are not workshops. Each gets a clear message; nothing is half-written."""

from __future__ import annotations

import codecs
import csv
import zipfile
from pathlib import Path

import pytest

from facilitator.app import main
from facilitator.core.domain.workshop import Workshop
from facilitator.core.storage.store import integrity_check, open_store


@pytest.fixture
def target(tmp_path) -> Path:
    path = tmp_path / "w.workshop"
    assert main(["new", str(path), "--title", "Hostile"]) == 0
    return path


def count(path: Path) -> int:
    ws = Workshop(open_store(path, readonly=True))
    try:
        return len(ws.notes())
    finally:
        ws.close()


@pytest.mark.parametrize("name, content, message", [
    ("latin1.csv", "text,participant\nCafé fermé,R1\n".encode("latin-1"), "not UTF-8 text"),
    ("pipes.csv", b"text|participant\nA|R1\n", "has no 'text' column"),
    ("headless.csv", b"just a note\nanother\n", "has no 'text' column"),
    ("empty.csv", b"", "empty"),
    ("binary.csv", bytes(range(256)) * 10, ""),
])
def test_a_bad_csv_is_refused_with_a_reason_and_imports_nothing(target, tmp_path, capsys,
                                                                name, content, message):
    source = tmp_path / name
    source.write_bytes(content)
    capsys.readouterr()
    assert main(["import", str(target), str(source)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("facilitator: ") and message in err and "Traceback" not in err
    assert count(target) == 0
    assert integrity_check(target) == "ok"


def test_utf16_with_a_byte_order_mark_and_semicolons_is_read(target, tmp_path):
    source = tmp_path / "excel.csv"
    source.write_bytes(codecs.BOM_UTF16_LE + "text;participant\nبطاقة المكتبة;R1\n"
                       .encode("utf-16-le"))
    assert main(["import", str(target), str(source)]) == 0
    assert count(target) == 1


def test_a_hundred_thousand_rows_import_in_one_transaction(target, tmp_path, capsys):
    source = tmp_path / "big.csv"
    with open(source, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "participant", "group"])
        for i in range(100_000):
            writer.writerow([f"note {i} about the bus and the opening hours", f"P{i % 50}",
                             "resident"])
    assert main(["import", str(target), str(source)]) == 0
    assert "Imported 100000 notes" in capsys.readouterr().out
    assert count(target) == 100_000
    assert integrity_check(target) == "ok"


@pytest.mark.parametrize("kind", ["docx", "png", "text", "empty"])
def test_a_file_that_is_not_a_workshop_is_refused_and_left_as_it_was(tmp_path, capsys, kind):
    path = tmp_path / f"not-a-workshop.{kind}"
    if kind == "docx":
        with zipfile.ZipFile(path, "w") as docx:
            docx.writestr("word/document.xml", "<w:document/>")
    elif kind == "png":
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    elif kind == "text":
        path.write_text("Library notes\n", encoding="utf-8")
    else:
        path.write_bytes(b"")
    before = path.read_bytes()
    capsys.readouterr()
    assert main(["notes", str(path)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and path.name in err
    assert path.read_bytes() == before
