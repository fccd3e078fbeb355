"""The sign-up sheet: participants from a CSV file, all rows or none, bad lines named; and
listing them, real names only on request."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facilitator.app import main
from facilitator.core.domain.workshop import Workshop
from facilitator.core.storage.store import open_store

SHEET = ("label,group,role,quote,real_name,email,phone\n"
         "R1,resident,explorer,yes,Zoë Lefèvre,zoe@example.org,07700 900123\n"
         "R2,Service user,,no,,,\n"
         "P1,professional,designer,Yes,Sam Reyes,,\n")


@pytest.fixture
def target(tmp_path) -> Path:
    path = tmp_path / "w.workshop"
    assert main(["new", str(path), "--title", "Sign-up"]) == 0
    return path


def people(path: Path):
    ws = Workshop(open_store(path, readonly=True))
    try:
        return ws.participants()
    finally:
        ws.close()


def sheet(tmp_path: Path, text: str, name: str = "people.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_sign_up_sheet_is_imported_and_listed_without_real_names(target, tmp_path, capsys):
    assert main(["participants", str(target), "import", str(sheet(tmp_path, SHEET))]) == 0
    assert "Imported 3 participants." in capsys.readouterr().out
    stored = {p.label: p for p in people(target)}
    assert stored["R1"].real_name == "Zoë Lefèvre" and stored["R1"].consent_quote
    assert stored["R2"].group == "service user" and not stored["R2"].consent_quote
    assert stored["P1"].role == "designer" and stored["P1"].consent_quote
    assert main(["participants", str(target)]) == 0
    listed = capsys.readouterr().out
    assert "R1\tresident\texplorer\tmay be quoted" in listed
    assert "Zoë" not in listed and "zoe@example.org" not in listed and "07700" not in listed
    assert main(["participants", str(target), "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert records[0] == {"label": "R1", "group": "resident", "role": "explorer",
                          "quote": True}
    assert main(["participants", str(target), "--json", "--personal-data"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert records[0]["real_name"] == "Zoë Lefèvre" and records[0]["phone"] == "07700 900123"


def test_bad_rows_are_all_named_by_line_and_nothing_is_imported(target, tmp_path, capsys):
    bad = SHEET + (",resident,,yes,,,\n"            # line 5: no label
                   "R2,resident,,maybe,,,\n"        # line 6: taken in the file, bad quote
                   "R9,resident,astronaut,no,,,\n")  # line 7: unknown role
    capsys.readouterr()
    assert main(["participants", str(target), "import", str(sheet(tmp_path, bad))]) == 1
    err = capsys.readouterr().err
    assert "line 5: the label is empty" in err
    assert "line 6: the label 'R2' is already on line 3; quote must be yes or no" in err
    assert "line 7: the role 'astronaut' is not one of" in err
    assert "Traceback" not in err and people(target) == []


def test_a_label_already_in_the_workshop_is_refused_with_its_line(target, tmp_path, capsys):
    assert main(["participants", str(target), "import", str(sheet(tmp_path, SHEET))]) == 0
    again = "label,group\nR7,resident\nr1,resident\n"
    capsys.readouterr()
    assert main(["participants", str(target), "import", str(sheet(tmp_path, again))]) == 1
    assert "line 3: there is already a participant labelled 'r1'" in capsys.readouterr().err
    assert sorted(p.label for p in people(target)) == ["P1", "R1", "R2"]  # R7 not added


def test_a_sheet_with_semicolons_quotes_and_a_bom_from_a_spreadsheet(target, tmp_path):
    text = '\ufefflabel;group;quote;real_name\n"R1";"resident";"oui";"Lefèvre; Zoë"\n'
    assert main(["participants", str(target), "import", str(sheet(tmp_path, text))]) == 0
    assert people(target)[0].real_name == "Lefèvre; Zoë"


def test_a_sheet_without_a_label_column_is_explained(target, tmp_path, capsys):
    capsys.readouterr()
    path = sheet(tmp_path, "name,group\nZoë,resident\n")
    assert main(["participants", str(target), "import", str(path)]) == 1
    assert "has no 'label' column" in capsys.readouterr().err
