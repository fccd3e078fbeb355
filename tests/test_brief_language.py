"""Briefs in the workshop's language: the shipped template of its language (a user's own
template still wins), and the words the data gives templates in that language too."""

from __future__ import annotations

import shutil

import pytest
from docx import Document

from facilitator.core.documents.brief import (
    TemplateError,
    brief_context,
    export_brief,
    find_templates,
    resolve_template,
)
from facilitator.core.domain.steps import Step
from facilitator.core.domain.workshop import Workshop
from facilitator.core.storage.store import create_workshop

NAMES = ("commissioner", "participants", "run-sheet")


@pytest.fixture
def french(tmp_path):
    ws = Workshop(create_workshop(tmp_path / "fr.workshop", "Horaires de la médiathèque",
                                  date="2026-12-01", place="Maison de quartier",
                                  commissioner="Ville de Villeneuve", language="fr"))
    yield ws
    ws.close()


def test_a_french_workshop_gets_the_three_french_templates():
    english = {t.name: t for t in find_templates()}
    french = {t.name: t for t in find_templates(language="fr")}
    assert set(NAMES) <= set(french) and set(french) == set(english)
    for name in NAMES:
        assert french[name].path.parent.name == "fr"
        assert french[name].path.name == english[name].path.name
        assert resolve_template(name, language="fr") == french[name].path
        assert resolve_template(name) == english[name].path  # English: unchanged
    assert french["commissioner"].title == "Note aux commanditaires"
    assert "vous avez dit, nous avons fait" in french["participants"].title
    assert french["run-sheet"].title == "Déroulé de l'atelier"


def test_a_language_without_templates_and_a_region_fall_back_sensibly():
    assert [t.path for t in find_templates(language="de")] == [t.path for t in find_templates()]
    assert resolve_template("commissioner", language="fr_CA.UTF-8").parent.name == "fr"


def test_a_users_template_still_wins_over_the_shipped_french_one(tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    shutil.copy(resolve_template("participants"), mine / "commissioner.docx")
    assert resolve_template("commissioner", [mine], "fr") == mine / "commissioner.docx"
    # ... and a user's French one wins over their English one, for French workshops only.
    (mine / "fr").mkdir()
    shutil.copy(resolve_template("participants"), mine / "fr" / "commissioner.docx")
    assert resolve_template("commissioner", [mine], "fr") == mine / "fr" / "commissioner.docx"
    assert resolve_template("commissioner", [mine], "en") == mine / "commissioner.docx"
    # The shipped French participant summary is still there beside the user's own.
    assert resolve_template("participants", [mine], "fr").parent.name == "fr"


def test_an_unknown_template_is_named_with_those_there_are():
    with pytest.raises(TemplateError, match="run-sheet"):
        resolve_template("nope", language="fr")


def test_the_french_brief_data_gives_numbers_and_dates_as_french_writes_them(french):
    author = french.add_participant("H1", group="resident", consent_quote=True).id
    for number in range(2000):
        french.add_note(f"Ouvrir le samedi {number}", participant_id=author)
    context = brief_context(french)
    assert context["language"] == "fr"
    assert context["figures"]["notes"] == "2\u202f000"  # a narrow no-break space
    assert context["counted"]["notes"] == "2\u202f000 notes"
    assert "décembre 2026" in context["workshop"]["date_long"]
    assert context["workshop"]["date"] == "2026-12-01"  # the field templates had, unchanged


def test_an_english_brief_keeps_its_words_and_digits(workshop):
    workshop.update_details(date="2026-12-01")
    workshop.add_participant("R1", group="service user")
    context = brief_context(workshop)
    assert context["language"] == "en"
    assert context["workshop"]["date_long"] == "1 December 2026"
    assert context["counted"]["people"] == "1 person"
    assert context["groups"] == [{"group": "service user", "people": 1}]


def test_the_french_run_sheet_lists_a_french_methods_materials(french):
    french.add_activity("Remue-méninges silencieux", step=Step.POSTPONE, planned_minutes=20)
    # typed with a plain space where the library writes a no-break one
    french.add_activity("Qui manque ? La carte des publics", step=Step.INVOLVE,
                        planned_minutes=15)
    french.add_activity("Silent brainstorm (2)", step=Step.POSTPONE)  # an English name
    agenda = brief_context(french)["agenda"]
    assert all(row["materials"] for row in agenda)
    assert "post-it" in agenda[0]["materials"]
    assert agenda[2]["materials"] == agenda[0]["materials"]  # in the workshop's language
    # French sets a narrow no-break space before a semicolon, as everywhere else it writes.
    assert agenda[0]["materials"] == "Des post-it\u202f; De gros feutres\u202f; Un mur"


def test_an_english_workshop_writes_its_dates_long_in_every_template_whatever_the_machine(
        workshop, tmp_path, monkeypatch):
    for name in ("LANGUAGE", "LC_ALL", "LC_TIME", "LANG"):  # a French or German machine
        monkeypatch.setenv(name, "de_DE.UTF-8" if name == "LC_TIME" else "fr_FR.UTF-8")
    workshop.update_details(date="2026-11-21", place="Eastfield Hall")
    workshop.add_activity("Silent brainstorm", step=Step.POSTPONE, planned_minutes=20)
    solution = workshop.synthesis.add_solution("Open late on Thursdays", override=True).id
    workshop.synthesis.update_solution(solution, owner="Libraries team",
                                       next_step="Cost it", due_date="2027-01-14")
    for name in NAMES:
        out = export_brief(workshop, resolve_template(name), tmp_path / f"{name}.docx")
        document = Document(str(out))
        text = "\n".join([p.text for p in document.paragraphs]
                         + [c.text for t in document.tables for r in t.rows for c in r.cells])
        assert "21 November 2026" in text, name
        assert "2026-11-21" not in text, name
        if name != "run-sheet":  # the briefs say when each solution's next step is due
            assert "14 January 2027" in text and "2027-01-14" not in text, name
        assert "novembre" not in text and "November 2026" in text
    run_sheet = Document(str(tmp_path / "run-sheet.docx"))
    assert run_sheet.paragraphs[1].text == "21 November 2026 · Eastfield Hall · 20 minutes planned"
    assert run_sheet.tables[0].rows[1].cells[5].text == "Sticky notes; Thick pens; A wall"


def test_a_french_export_uses_the_french_template_from_the_command_line(french, tmp_path):
    from facilitator.app import main

    french.close()
    for name in NAMES:
        out = tmp_path / f"{name}.docx"
        assert main(["export", str(tmp_path / "fr.workshop"), "--template", name,
                     "-o", str(out)]) == 0
        text = "\n".join(p.text for p in Document(str(out)).paragraphs)
        assert {"commissioner": "Le déroulement de l'atelier", "participants": "Vous avez dit",
                "run-sheet": "Les quatre étapes"}[name] in text
        assert "décembre 2026" in text


def test_a_french_brief_takes_personal_data_out_too(french, tmp_path):
    french.add_participant("H1", real_name="Zoë Lefèvre", group="resident")
    french.add_note("Zoë Lefèvre dit d'appeler le 06 12 34 56 78")
    out = export_brief(french, resolve_template("commissioner", language="fr"),
                       tmp_path / "b.docx")
    cells = [c.text for t in Document(str(out)).tables for r in t.rows for c in r.cells]
    note = next(c for c in cells if "dit d'appeler" in c)
    assert "Zoë" not in note and "06 12" not in note
