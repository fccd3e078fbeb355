"""Quotes only from people who agreed, and groups counted honestly: 'no group' is unknown,
never a group and never silence; plurals right."""

from __future__ import annotations

from docx import Document

from facilitator.app import main
from facilitator.core.analysis import graph as insight_graph
from facilitator.core.documents.brief import brief_context, export_brief, resolve_template


def paragraphs(path) -> list[str]:
    return [p.text for p in Document(str(path)).paragraphs]


def test_the_brief_quotes_only_the_participant_who_agreed(workshop, tmp_path):
    people = [workshop.add_participant(f"R{i}", group="resident", consent_quote=i == 1).id
              for i in range(1, 8)]
    notes = [workshop.add_note(f"Note by R{i + 1}: the bus stop is too far away",
                               participant_id=pid).note.id for i, pid in enumerate(people)]
    synthesis = workshop.synthesis
    theme = synthesis.create_theme("Getting there", notes).theme_ids[0]
    synthesis.promote_theme(theme, "We heard that the stop is too far")
    out = export_brief(workshop, resolve_template("commissioner"), tmp_path / "b.docx")
    quotes = [p for p in paragraphs(out) if p.startswith("“")]
    assert quotes == ["“Note by R1: the bus stop is too far away” — R1, resident"]
    text = "\n".join(paragraphs(out))
    assert ("Quotes come only from participants who agreed to be quoted: 1 note from "
            "someone who agreed to be quoted of 7.") in text
    # The appendix lists every note, and who wrote it only where they agreed.
    table = next(t for t in Document(str(out)).tables
                 if [c.text for c in t.rows[0].cells] == ["Note", "Who", "Group", "Step"])
    who = [row.cells[1].text for row in table.rows[1:]]
    assert sorted(who) == [""] * 6 + ["R1"]


def test_a_tables_notes_are_quoted_only_when_the_workshop_says_so(workshop):
    notes = [workshop.add_note(f"Table note {i} about the opening hours",
                               table_label="Table 3").note.id for i in range(3)]
    synthesis = workshop.synthesis
    theme = synthesis.create_theme("Hours", notes).theme_ids[0]
    synthesis.promote_theme(theme, "Hours matter")
    assert brief_context(workshop)["insights"][0]["quotes"] == []
    assert brief_context(workshop)["counts"]["quotable"] == 0
    workshop.update_details(quote_tables=True)
    quotes = brief_context(workshop)["insights"][0]["quotes"]
    assert len(quotes) == 3 and {q["author"] for q in quotes} == {"Table 3"}


def test_no_group_is_unknown_not_a_group_and_a_flag_needs_most_notes_known(workshop,
                                                                          tmp_path, capsys):
    resident = workshop.add_participant("R1", group="resident").id
    synthesis = workshop.synthesis
    # 31 notes from tables and one from a resident: not "only residents".
    wide = [workshop.add_note(f"Table note {i} on buses", table_label="Table 1").note.id
            for i in range(31)]
    wide.append(workshop.add_note("Resident on buses", participant_id=resident).note.id)
    synthesis.create_theme("Buses", wide)
    # Three residents' notes and one from a table: most notes from one known group.
    narrow = [workshop.add_note(f"Resident on parking {i}", participant_id=resident).note.id
              for i in range(3)]
    narrow.append(workshop.add_note("Table on parking", table_label="Table 2").note.id)
    synthesis.create_theme("Parking", narrow)
    graph = insight_graph.build_graph(workshop)
    assert [s.label for s in insight_graph.single_group_themes(graph)] == ["Parking"]
    context = brief_context(workshop)
    assert context["single_group_themes"] == ["Parking"]
    assert {t["label"]: t["one_group"] for t in context["themes"]} == {
        "Buses": False, "Parking": True}
    workshop.close()
    path = str(workshop.store.path)
    assert main(["graph", path, "-o", str(tmp_path / "g.graphml")]) == 0
    out = capsys.readouterr().out
    assert "Only one group, resident, speaks in theme 'Parking' (4 notes)." in out
    assert "Buses" not in out


def test_the_summary_counts_known_groups_and_says_who_has_none(workshop, tmp_path):
    for label, group in (("R1", "resident"), ("R2", "resident"), ("P1", "professional"),
                         ("X1", ""), ("X2", "")):
        workshop.add_participant(label, group=group)
    out = export_brief(workshop, resolve_template("commissioner"), tmp_path / "b.docx")
    text = "\n".join(paragraphs(out))
    assert ("5 participants from 2 groups (and 2 participants with no group recorded) "
            "wrote 0 notes.") in text
    groups = next(t for t in Document(str(out)).tables
                  if t.rows[0].cells[0].text == "Participant group")
    assert [r.cells[0].text for r in groups.rows[1:]] == ["resident", "professional"]


def test_plurals_are_right_for_one(workshop, tmp_path):
    person = workshop.add_participant("R1", group="resident", consent_quote=True).id
    note = workshop.add_note("The only note", participant_id=person).note.id
    synthesis = workshop.synthesis
    theme = synthesis.create_theme("Alone", [note]).theme_ids[0]
    insight = synthesis.promote_theme(theme, "One insight")
    workshop.set_step(4)
    synthesis.add_solution("One solution", insight_ids=[insight.id])
    out = export_brief(workshop, resolve_template("commissioner"), tmp_path / "b.docx")
    text = "\n".join(paragraphs(out))
    assert ("1 participant from 1 group wrote 1 note. They were grouped into 1 theme, from "
            "which 1 insight and 1 solution were developed.") in text
    summary = export_brief(workshop, resolve_template("participants"), tmp_path / "p.docx")
    assert "1 person shared 1 idea and experiences." in "\n".join(paragraphs(summary))
    assert "1 groups" not in text and "1 themes" not in text
