"""The command line, in-process through facilitator.app.main and as a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator import __version__
from facilitator.app import main
from facilitator.core.domain.workshop import Workshop
from facilitator.core.storage.store import open_store

NOTES_CSV = (
    "text,participant,group,activity,step\n"
    "Longer opening hours,R1,resident,World café,1\n"
    '"Quiet room, please 🤫",P1,professional,World café,2\n'
)


def csv_file(tmp_path: Path, content: str, name: str = "notes.csv") -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def note_texts(path: Path) -> list[str]:
    ws = Workshop(open_store(path, readonly=True))
    try:
        return [n.text for n in ws.notes()]
    finally:
        ws.close()


def run_cli(*args: str, check: bool = False) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "facilitator", *args], capture_output=True,
                          text=True, timeout=60, check=check)


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"facilitator {__version__}"


def test_new_adds_the_suffix(tmp_path, capsys):
    assert main(["new", str(tmp_path / "library"), "--title", "Library"]) == 0
    assert (tmp_path / "library.workshop").is_file()
    assert "library.workshop" in capsys.readouterr().out


def test_new_keeps_a_given_suffix(tmp_path, capsys):
    path = tmp_path / "library.workshop"
    assert main(["new", str(path), "--title", "Library", "--place", "Town hall"]) == 0
    ws = Workshop(open_store(path))
    try:
        assert (ws.details().title, ws.details().place) == ("Library", "Town hall")
    finally:
        ws.close()
    assert not (tmp_path / "library.workshop.workshop").exists()


def test_new_over_existing_file_fails_cleanly(workshop_path, capsys):
    assert main(["new", str(workshop_path), "--title", "Again"]) == 1
    assert "already exists" in capsys.readouterr().err


def test_import_then_list_notes(workshop_path, tmp_path, capsys):
    assert main(["import", str(workshop_path), str(csv_file(tmp_path, NOTES_CSV))]) == 0
    assert "Imported 2 notes (2 new participants, 1 new activity)" in capsys.readouterr().out
    assert main(["notes", str(workshop_path)]) == 0
    out = capsys.readouterr()
    lines = out.out.splitlines()
    assert lines[0].split("\t")[1:] == ["R1", "World café", "Longer opening hours"]
    assert lines[1].endswith("\tQuiet room, please 🤫")
    assert "2 notes" in out.err


def test_notes_as_json(workshop_path, tmp_path, capsys):
    main(["import", str(workshop_path), str(csv_file(tmp_path, NOTES_CSV))])
    capsys.readouterr()
    assert main(["notes", str(workshop_path), "--json"]) == 0
    notes = json.loads(capsys.readouterr().out)
    assert [n["text"] for n in notes] == ["Longer opening hours", "Quiet room, please 🤫"]
    assert [(n["participant_label"], n["step"]) for n in notes] == [("R1", 1), ("P1", 2)]


def test_notes_of_missing_file(tmp_path, capsys):
    assert main(["notes", str(tmp_path / "absent.workshop")]) == 1
    err = capsys.readouterr().err
    assert "There is no file" in err and "Traceback" not in err


def test_notes_of_a_file_that_is_not_a_workshop(tmp_path, capsys):
    path = tmp_path / "shopping.workshop"
    path.write_text("milk, eggs\n")
    assert main(["notes", str(path)]) == 1
    err = capsys.readouterr().err
    assert "not a workshop file" in err and "Traceback" not in err


@pytest.mark.parametrize("bad_csv", [
    "text,step\nfine,1\nbad step,9\n",                     # refused while reading the file
    "text,participant,group\nfine,R7,resident\nno author,,resident\n",  # refused on import
])
def test_bad_csv_row_is_reported_and_nothing_imported(workshop_path, tmp_path, capsys, bad_csv):
    main(["import", str(workshop_path), str(csv_file(tmp_path, NOTES_CSV))])
    capsys.readouterr()
    bad = csv_file(tmp_path, bad_csv, "bad.csv")
    assert main(["import", str(workshop_path), str(bad)]) == 1
    err = capsys.readouterr().err
    assert "Line 3" in err and "Traceback" not in err
    assert note_texts(workshop_path) == ["Longer opening hours", "Quiet room, please 🤫"]


def test_import_into_locked_workshop_names_the_process(workshop_path, tmp_path, capsys):
    holder = open_store(workshop_path)
    try:
        assert main(["import", str(workshop_path), str(csv_file(tmp_path, NOTES_CSV))]) == 1
    finally:
        holder.close()
    err = capsys.readouterr().err
    assert "already open" in err and f"process {os.getpid()}" in err
    assert note_texts(workshop_path) == []


# --- as a real program -------------------------------------------------------------------


def test_subprocess_version():
    result = run_cli("--version", check=True)
    assert result.stdout.strip() == f"facilitator {__version__}"


def test_subprocess_new_import_and_json(tmp_path):
    path = tmp_path / "town"
    run_cli("new", str(path), "--title", "Town", check=True)
    run_cli("import", f"{path}.workshop", str(csv_file(tmp_path, NOTES_CSV)), check=True)
    result = run_cli("notes", f"{path}.workshop", "--json", check=True)
    assert [n["text"] for n in json.loads(result.stdout)] == [
        "Longer opening hours", "Quiet room, please 🤫"]


def test_subprocess_bad_row_exits_non_zero_without_traceback(workshop_path, tmp_path):
    bad = csv_file(tmp_path, "text,step\nfine,1\n\nbad,0\n")
    result = run_cli("import", str(workshop_path), str(bad))
    assert result.returncode != 0
    assert "Line 4" in result.stderr
    assert "Traceback" not in result.stderr
    assert note_texts(workshop_path) == []


def test_subprocess_import_into_workshop_open_here_names_this_process(workshop_path, tmp_path):
    holder = open_store(workshop_path)
    try:
        result = run_cli("import", str(workshop_path), str(csv_file(tmp_path, NOTES_CSV)))
    finally:
        holder.close()
    assert result.returncode == 1
    assert f"process {os.getpid()}" in result.stderr
    assert "Traceback" not in result.stderr


def test_new_sets_the_language_of_the_notes_and_refuses_unknown_ones(tmp_path, capsys):
    path = tmp_path / "bibliotheque.workshop"
    assert main(["new", str(path), "--title", "Bibliothèque", "--language", "fr"]) == 0
    ws = Workshop(open_store(path, readonly=True))
    try:
        assert ws.details().language == "fr"
    finally:
        ws.close()
    with pytest.raises(SystemExit) as info:
        main(["new", str(tmp_path / "other"), "--title", "X", "--language", "de"])
    assert info.value.code == 2
    assert "invalid choice: 'de'" in capsys.readouterr().err
    assert not (tmp_path / "other.workshop").exists()


def test_export_writes_a_brief_csv_and_graphml_and_redacts_by_default(tmp_path, capsys):
    path = tmp_path / "library.workshop"
    assert main(["new", str(path), "--title", "Library"]) == 0
    ws = Workshop(open_store(path))
    try:
        person = ws.add_participant("R1", real_name="Jane Okafor").id
        ws.add_note("Jane Okafor wants later hours", participant_id=person)
    finally:
        ws.close()
    capsys.readouterr()
    assert main(["export", str(path)]) == 0  # default: exports/ beside the workshop
    brief = tmp_path / "exports" / "Library - commissioner.docx"
    assert brief.is_file()
    out = capsys.readouterr()
    assert "name replaced in 1 note(s)" in out.err
    assert main(["export", str(path), "-o", str(tmp_path / "n.csv")]) == 0
    assert "[name] wants later hours" in (tmp_path / "n.csv").read_text(encoding="utf-8-sig")
    assert main(["export", str(path), "-o", str(tmp_path / "n.csv"),
                 "--keep-personal-data"]) == 0
    assert "Jane Okafor wants" in (tmp_path / "n.csv").read_text(encoding="utf-8-sig")
    assert main(["export", str(path), "-o", str(tmp_path / "g.graphml")]) == 0
    assert (tmp_path / "g.graphml").is_file()


def test_export_refuses_an_unknown_template_or_format(tmp_path, capsys):
    path = tmp_path / "library.workshop"
    assert main(["new", str(path), "--title", "Library"]) == 0
    assert main(["export", str(path), "--template", "glossy", "-o",
                 str(tmp_path / "b.docx")]) == 1
    assert "No template called 'glossy'" in capsys.readouterr().err
    assert main(["export", str(path), "-o", str(tmp_path / "b.pdf")]) == 1
    assert "use .docx, .csv or .graphml" in capsys.readouterr().err
    assert not list(tmp_path.glob("b.*"))


def test_export_can_leave_out_the_appendix_and_start_with_a_summary(tmp_path):
    from docx import Document

    path = tmp_path / "w.workshop"
    assert main(["new", str(path), "--title", "Library"]) == 0
    out = tmp_path / "short.docx"
    assert main(["export", str(path), "-o", str(out), "--no-appendix", "--summary"]) == 0
    headings = [p.text for p in Document(str(out)).paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "At a glance: what we heard"
    assert not any(h.startswith("Appendix") for h in headings)
