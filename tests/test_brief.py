"""Word briefs from templates: complete, faithful, private, and safe with any note text."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import update

from facilitator.core.documents.brief import (
    ExportCancelled,
    TemplateError,
    brief_context,
    check_template,
    export_brief,
    find_templates,
    resolve_template,
)
from facilitator.core.documents.csv_export import write_notes_csv
from facilitator.core.domain.privacy import scan
from facilitator.core.domain.steps import Step
from facilitator.core.domain.text import clean_note_text
from facilitator.core.storage.model import Note
from facilitator.methods import load_library

NASTY = [
    "Kids & <Parents> \"quoted\" 'single'",
    "{{ workshop.title }} and {% for x in y %} and {# comment #}",
    "=HYPERLINK(\"http://evil\")", "+1 for longer hours", "-  fewer fines", "@library please",
    "long " * 2000,  # 10,000 characters
    "Story time 🧸📚 for toddlers 👶",
    "مكتبة مجانية – signs in Arabic",
]
# Every character python-docx refuses; a file written elsewhere may still hold them.
CONTROL = "".join(chr(c) for c in [*range(9), 11, 12, *range(14, 32)]) + "\ufffe\uffff"


def appendix_notes(path: Path) -> list[str]:
    """The note texts of the appendix tables (header row 'Note | Who | Group | Step')."""
    texts = []
    for table in Document(str(path)).tables:
        if [c.text for c in table.rows[0].cells] == ["Note", "Who", "Group", "Step"]:
            texts += [row.cells[0].text for row in table.rows[1:]]
    return texts


def all_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as docx:
        return "".join(docx.read(n).decode("utf-8") for n in docx.namelist()
                       if n.endswith(".xml"))


@pytest.fixture
def filled(workshop):
    jane = workshop.add_participant("R1", real_name="Jane Okafor", group="resident",
                                    email="jane@example.org", phone="07700 900123",
                                    consent_quote=True).id
    user = workshop.add_participant("U1", real_name="Sam Reyes", group="service user").id
    ids = [workshop.add_note(text, participant_id=[jane, user][i % 2]).note.id
           for i, text in enumerate(NASTY)]
    ids.append(workshop.add_note("Jane Okafor says call 07700 900123 or jane@example.org",
                                 participant_id=user).note.id)
    ids.append(workshop.add_note("with control characters", participant_id=user).note.id)
    with workshop.store.sessions.begin() as session:  # as if written by another program
        session.execute(update(Note).where(Note.id == ids[-1])
                        .values(text=f"with{CONTROL}control characters"))
    synthesis = workshop.synthesis
    theme = synthesis.theme(synthesis.create_theme("Opening & <hours>", ids[:4]).theme_ids[0])
    insight = synthesis.promote_theme(theme.id, "We heard that hours & fines <matter>")
    workshop.set_step(Step.DEVELOP)
    synthesis.add_solution("Late opening {{ on Thursdays }}", insight_ids=[insight.id])
    return workshop


def test_both_shipped_templates_are_found_commissioner_first():
    names = [t.name for t in find_templates()]
    assert names[:2] == ["commissioner", "participants"]
    assert find_templates()[0].title == "Commissioner brief"


def test_the_commissioner_brief_holds_every_note_exactly(filled, tmp_path):
    out = export_brief(filled, resolve_template("commissioner"), tmp_path / "brief.docx")
    stored = sorted(clean_note_text(n.text).text for n in filled.notes())
    exported = appendix_notes(out)
    assert len(exported) == len(filled.notes()) == len(NASTY) + 2
    # The brief shows the notes a commissioner may read: personal data is replaced.
    redacted = "[name] says call [phone] or [e-mail]"
    assert sorted(exported) == sorted(redacted if "Okafor" in t else t for t in stored)
    assert "with\n\ncontrol characters" in exported  # vertical tab and form feed: new lines
    document = Document(str(out))
    body = "\n".join(p.text for p in document.paragraphs)
    assert "Test workshop" in body
    assert "We heard that hours & fines <matter>" in body
    assert "Evidence: 4 notes from 2 participants (resident, service user)" in body
    assert "Late opening {{ on Thursdays }}" in "".join(
        c.text for t in document.tables for r in t.rows for c in r.cells)
    assert len(document.inline_shapes) == 1  # the insight graph


def test_no_real_name_email_or_phone_reaches_any_part_by_default(filled, tmp_path):
    for name in ("commissioner", "participants"):
        xml = all_xml(export_brief(filled, resolve_template(name), tmp_path / f"{name}.docx"))
        for secret in ("Jane", "Okafor", "Sam Reyes", "jane@example.org", "07700 900123"):
            assert secret not in xml, (name, secret)


def test_keeping_personal_data_is_an_explicit_choice(filled, tmp_path):
    findings = scan(filled.notes(), filled.participants())
    assert {f.kind for f in findings} == {"name", "email", "phone"}
    kept = [f for f in findings if f.kind != "phone"]
    redacted = [f for f in findings if f.kind == "phone"]
    out = export_brief(filled, resolve_template("commissioner"), tmp_path / "b.docx",
                       redactions=redacted)
    assert "Jane Okafor says call [phone] or jane@example.org" in appendix_notes(out)
    assert kept and "Sam Reyes" not in all_xml(out)  # real names never come from the register


def test_an_empty_workshop_gives_a_sensible_brief(workshop, tmp_path):
    for name in ("commissioner", "participants"):
        out = export_brief(workshop, resolve_template(name), tmp_path / f"{name}.docx")
        text = "\n".join(p.text for p in Document(str(out)).paragraphs)
        assert "Test workshop" in text
        assert "None" not in text and "{{" not in text and "{%" not in text
    brief = "\n".join(p.text for p in Document(str(tmp_path / "commissioner.docx")).paragraphs)
    assert "No insights have been stated yet" in brief
    assert "No notes were captured." in brief
    assert "0 participants from 0 groups wrote 0 notes" in brief


def test_cancelling_writes_nothing(filled, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "brief.docx"
    with pytest.raises(ExportCancelled):
        export_brief(filled, resolve_template("commissioner"), target,
                     progress=lambda done, total: done < 2)
    assert not target.exists()
    assert list(folder.iterdir()) == []


def test_an_existing_brief_is_replaced_whole_or_not_at_all(filled, tmp_path, monkeypatch):
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "brief.docx"
    target.write_bytes(b"old brief")

    def crash(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("facilitator.core.documents.brief.shutil.copyfileobj", crash)
    with pytest.raises(Exception, match="is full. Free some space"):
        export_brief(filled, resolve_template("commissioner"), target)
    assert target.read_bytes() == b"old brief"
    assert [p.name for p in folder.iterdir()] == ["brief.docx"]


def test_notes_csv_neutralises_formulas_and_keeps_text(filled, tmp_path):
    out = write_notes_csv(filled, tmp_path / "notes.csv",
                          redactions=scan(filled.notes(), filled.participants()))
    import csv

    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    texts = [r["text"] for r in rows]
    assert len(rows) == len(filled.notes())
    assert "'=HYPERLINK(\"http://evil\")" in texts
    assert "'+1 for longer hours" in texts and "'@library please" in texts
    assert "مكتبة مجانية – signs in Arabic" in texts
    assert rows[0]["theme"] == "Opening & <hours>" and rows[0]["participant"] == "R1"
    assert "Okafor" not in out.read_text(encoding="utf-8-sig")


# --- broken templates --------------------------------------------------------------------


def _template_with(tmp_path: Path, *paragraphs: str | list[str], drop_style: str = "") -> Path:
    source = resolve_template("participants")
    document = Document(str(source))
    for text in paragraphs:
        paragraph = document.add_paragraph()
        for run in [text] if isinstance(text, str) else text:
            paragraph.add_run(run).bold = len(paragraph.runs) % 2 == 1
    if drop_style:
        style = document.styles[drop_style]
        style.element.getparent().remove(style.element)
    path = tmp_path / "broken.docx"
    document.save(str(path))
    return path


@pytest.mark.parametrize("content, message", [
    (["{{ secret_field }}"], "unknown field(s): secret_field"),
    ([["{{ workshop.", "title }}"]], "field split across differently formatted text"),
    (["{{ ''.__class__.__mro__[1].__subclasses__() }}"], "could not be filled"),
    (["{% for x in %}"], "cannot hold together"),
])
def test_a_broken_template_is_refused_with_the_problem_named(workshop, tmp_path, content,
                                                              message):
    path = _template_with(tmp_path, *content)
    with pytest.raises(TemplateError, match=message.replace("(", r"\(").replace(")", r"\)")):
        export_brief(workshop, path, tmp_path / "out.docx")
    assert not (tmp_path / "out.docx").exists()


def test_a_template_missing_a_style_is_refused(workshop, tmp_path):
    path = _template_with(tmp_path, drop_style="Heading 1")
    with pytest.raises(TemplateError, match="lacks the style\\(s\\) Heading 1"):
        check_template(path, brief_context(workshop))


def test_a_missing_or_foreign_template_file_is_refused(workshop, tmp_path):
    with pytest.raises(TemplateError, match="missing"):
        check_template(tmp_path / "gone.docx", {})
    fake = tmp_path / "fake.docx"
    fake.write_text("not a zip")
    with pytest.raises(TemplateError, match="not a Word document"):
        check_template(fake, {})
    with pytest.raises(TemplateError, match="No template called 'nope'"):
        resolve_template("nope")


def test_a_template_dropped_in_a_user_folder_is_offered_first(tmp_path):
    shutil.copy(resolve_template("participants"), tmp_path / "my summary.docx")
    shutil.copy(resolve_template("participants"), tmp_path / "commissioner.docx")
    found = {t.name: t.path for t in find_templates([tmp_path])}
    assert found["my summary"] == tmp_path / "my summary.docx"
    assert found["commissioner"] == tmp_path / "commissioner.docx"  # the user's copy wins


def test_the_participant_summary_says_what_happens_next_and_who_to_contact(workshop, tmp_path):
    workshop.update_details(contact="Priya Shah, libraries@example.org",
                            next_steps="The board meets on 14 January; we write by the 31st.")
    out = export_brief(workshop, resolve_template("participants"), tmp_path / "you-said.docx")
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "The board meets on 14 January; we write by the 31st." in text
    assert "Priya Shah, libraries@example.org" in text  # the service's contact, not a participant
    assert "who asked for this workshop" not in text
    brief = export_brief(workshop, resolve_template("commissioner"), tmp_path / "brief.docx")
    assert "Contact: Priya Shah" in "\n".join(p.text for p in Document(str(brief)).paragraphs)


def test_the_run_sheet_lists_the_agenda_with_start_times_and_materials(workshop, tmp_path):
    workshop.add_activity("Who's missing? mapping", step=Step.INVOLVE, planned_minutes=20,
                          prompt="Who is not here?")
    workshop.add_activity("Silent brainstorm (2)", step=Step.POSTPONE, planned_minutes=15)
    workshop.add_activity("Coffee", step=Step.POSTPONE)
    out = export_brief(workshop, resolve_template("run-sheet"), tmp_path / "run.docx")
    table = Document(str(out)).tables[0]
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0][:4] == ["Starts", "Activity", "Step", "Min"]
    assert rows[1][:5] == ["+0:00", "Who's missing? mapping", "1", "20", "Who is not here?"]
    assert rows[1][5].startswith("A large sheet")  # the library method's materials
    assert rows[2][:4] == ["+0:20", "Silent brainstorm (2)", "2", "15"]
    assert rows[3][:4] == ["+0:35", "Coffee", "2", ""]
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "35 minutes planned" in text


def test_an_activity_renamed_for_its_workshop_keeps_its_methods_materials(workshop,
                                                                          tmp_path):
    for name in ("Dot voting on pains", "Who's missing?", "WORLD CAFÉ round 2", "Dot",
                 "Silent", "Table discussions"):
        workshop.add_activity(name, step=Step.POSTPONE, planned_minutes=10)
    out = export_brief(workshop, resolve_template("run-sheet"), tmp_path / "run.docx")
    materials = {row.cells[1].text: row.cells[5].text
                 for row in Document(str(out)).tables[0].rows}
    library = {m.name: "; ".join(m.materials) for m in load_library().methods}
    assert materials["Dot voting on pains"] == library["Dot voting"]
    assert materials["Who's missing?"] == library["Who's missing? mapping"]
    assert materials["WORLD CAFÉ round 2"] == library["World café"]
    # One word, or words no method starts with, name no method: nothing is guessed.
    assert materials["Dot"] == materials["Silent"] == materials["Table discussions"] == ""


def test_solutions_show_dots_owner_next_step_and_an_honest_status(filled, tmp_path):
    solution = filled.synthesis.solutions()[0]
    filled.synthesis.update_solution(solution.id, owner="Library service",
                                       next_step="Cost it", due_date="2027-01-31",
                                       status="dropped", status_note="No budget this year")
    filled.development.vote(solution.id, "R1")
    filled.development.vote(solution.id, "U1")
    out = export_brief(filled, resolve_template("commissioner"), tmp_path / "b.docx")
    table = next(t for t in Document(str(out)).tables
                 if t.rows[0].cells[0].text == "Solution")
    cells = [c.text for c in table.rows[1].cells]
    assert cells[2:] == ["2", "Library service: Cost it (31 January 2027)",
                         "dropped – No budget this year"]
    assert "U1" not in cells[2]  # anonymous: a total only
    summary = export_brief(filled, resolve_template("participants"), tmp_path / "p.docx")
    text = "\n".join(p.text for p in Document(str(summary)).paragraphs)
    assert "(status: dropped, next step due 31 January 2027): No budget this year" in text


def test_brief_options_leave_out_the_appendix_and_put_a_summary_page_first(filled, tmp_path):
    from docx.oxml.ns import qn

    from facilitator.core.documents.brief_options import BriefOptions

    out = export_brief(filled, resolve_template("commissioner"), tmp_path / "short.docx",
                       options=BriefOptions(appendix=False, summary=True))
    document = Document(str(out))
    assert appendix_notes(out) == []
    headings = [p for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert not any(p.text.startswith("Appendix") for p in headings)
    tops = [p.text for p in headings if p.style.name == "Heading 1"]
    assert tops[0] == "At a glance: what we heard"
    assert "Solutions and next steps" in tops  # what follows the appendix's place is kept
    assert "1. We heard that hours & fines <matter>" in [p.text for p in headings]
    # Every heading keeps with what follows it: none is left alone at a page's foot.
    assert all(p.paragraph_format.keep_with_next for p in headings)
    # The graph picture says what it shows.
    described = [e.get("descr") for e in document.element.body.iter(qn("wp:docPr"))]
    assert described and described[0].startswith("The insight graph:")
    full = export_brief(filled, resolve_template("commissioner"), tmp_path / "full.docx")
    assert len(appendix_notes(full)) == len(filled.notes())


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_run_sheet_numbers_the_four_steps_once(workshop, tmp_path, language):
    """Each step is written "1. Involve: …" in a plain paragraph: a bullet before the
    number would mark it twice."""
    out = export_brief(workshop, resolve_template("run-sheet", language=language),
                       tmp_path / "run.docx")
    steps = [p for p in Document(str(out)).paragraphs if p.text[:2] in ("1.", "2.", "3.", "4.")]
    assert [p.text[:2] for p in steps] == ["1.", "2.", "3.", "4."]
    assert all("List" not in p.style.name for p in steps)
