"""Write the shipped brief templates: the commissioner brief, the participant summary and
the run sheet, in English (templates/*.docx) and in each language of WORDS
(templates/fr/*.docx: « note aux commanditaires », « synthèse pour les participants »,
« déroulé »). Run once when the starting layout changes:

    python tools/make_templates.py [--language en|fr|all]

After that the .docx files are the source: a facilitator edits them in Word (layout, logos,
styles, wording); the fields in {{ }} and {% %} are filled at export (see README). A
workshop's brief uses the template of its language where there is one.

Each language writes the same layout with its own sentences (not word for word: a French
sentence avoids agreeing with a count it cannot know, "Vous étiez 12 personnes"), and uses
the data's words for what depends on a count (``counted``, ``figures``) or a date
(``date_long``, ``due_long``); French follows facilitator/i18n/GLOSSARY-fr.md (no median
dot in documents; no-break spaces before : ; ? ! and inside « »).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

TEAL = RGBColor(0x0F, 0x4C, 0x5C)
GREY = RGBColor(0x55, 0x5B, 0x61)
OUT = Path(__file__).resolve().parents[1] / "templates"

NB, NNB = "\u00a0", "\u202f"  # no-break space (before :, inside « »), narrow (before ; ? !)
_words: dict[str, str] = {}  # the language being written: English text -> its own


def t(text: str) -> str:
    """``text`` in the language being written. English is the source; any text with words
    outside its fields must have its own line in the language's table (so nothing English
    is left in a French template)."""
    if not _words:
        return text
    if text in _words:
        return _words[text]
    if re.search(r"[A-Za-z]", re.sub(r"\{[{%].*?[}%]\}", "", text)):
        raise KeyError(f"no translation of {text!r}")
    return text


FRENCH = {
    # the commissioner brief: « note aux commanditaires »
    "Commissioner brief": "Note aux commanditaires",
    "Co-design workshop brief{% if workshop.commissioner %} for {{ workshop.commissioner }}"
    "{% endif %}":
        "Note sur l'atelier de co-conception{% if workshop.commissioner %} à l'attention de "
        "{{ workshop.commissioner }}{% endif %}",
    "Question": "Question posée", "Commissioner": "Commanditaire", "Date": "Date",
    "Place": "Lieu", "{{ workshop.date_long }}": "{{ workshop.date_long }}",
    "Contact: {{ workshop.contact }}": f"Contact{NB}: {{{{ workshop.contact }}}}",
    "Exported on {{ exported_date }} at {{ exported_time }} with Facilitator. Participants "
    "appear by pseudonymous label only.":
        "Exporté le {{ exported_date }} à {{ exported_time }} avec Facilitator. Les "
        "participants n'y apparaissent que sous un pseudonyme.",
    "Summary": "En bref",
    "{{ counted.participants }} from {{ counted.groups }}{% if counts.no_group %} (and "
    "{{ counted.no_group }}){% endif %} wrote {{ counted.notes }}. They were grouped into "
    "{{ counted.themes }}, from which {{ counted.insights }} and {{ counted.solutions }} were "
    "developed.":
        "{{ counted.participants }} ({{ counted.groups }}{% if counts.no_group %}, et "
        "{{ counted.no_group }}{% endif %}) · {{ counted.notes }} · {{ counted.themes }} · "
        "{{ counted.insights }} · {{ counted.solutions }}. Les notes ont été regroupées en "
        "thèmes ; l'équipe en a tiré des enseignements, puis des solutions.".replace(
            " ;", f"{NNB};"),
    "Quotes come only from participants who agreed to be quoted{% if workshop.quote_tables %}"
    " and from tables{% endif %}: {{ counted.quotable }} of {{ counts.notes }}.":
        "Les citations ne viennent que des personnes qui ont accepté d'être citées"
        "{% if workshop.quote_tables %} et des tables{% endif %} (notes citables" + NB +
        ": {{ figures.quotable }} sur {{ figures.notes }}).",
    "Participant group": "Groupe de participants", "People": "Personnes",
    "Heard from one group only (one voice may dominate): {{ single_group_themes|join('; ') }}.":
        f"Entendu d'un seul groupe (une voix peut dominer){NB}: "
        f"{{{{ single_group_themes|join('{NNB}; ') }}}}.",
    "How the workshop ran": "Le déroulement de l'atelier",
    "The workshop followed the four co-design steps. Activities and timings below are as "
    "recorded on the day (times of the first and last note).":
        "L'atelier a suivi les quatre étapes de la co-conception. Les activités et les "
        "horaires ci-dessous sont ceux relevés le jour même (heure de la première et de la "
        "dernière note).",
    "Step {{ s.number }}. {{ s.name }}": "Étape {{ s.number }}. {{ s.name }}",
    "Activity": "Activité", "Prompt": "Question posée", "Planned (min)": "Prévu (min)",
    "Ran": "Horaires", "Notes": "Notes",
    "No activity was recorded for this step ({{ s.notes }} notes).":
        "Aucune activité n'a été enregistrée pour cette étape ({{ s.counted_notes }}).",
    "What we heard: insights": f"Ce que nous avons entendu{NB}: les enseignements",
    "Ranked by breadth of support: how many different groups and people back each insight, "
    "not only how many notes.":
        f"Classés selon l'étendue de leur appui{NB}: combien de groupes et de personnes "
        "différents soutiennent chaque enseignement, et pas seulement combien de notes.",
    "Evidence: {{ i.notes }} notes from {{ i.participants }} participants{% if i.groups %} "
    "({{ i.groups|join(', ') }}){% endif %}.{% if i.themes %} Themes: "
    "{{ i.themes|join('; ') }}.{% endif %}":
        f"Appui{NB}: {{{{ i.counted.notes }}}} · {{{{ i.counted.people }}}}{{% if i.groups %}} "
        f"({{{{ i.groups|join(', ') }}}}){{% endif %}}.{{% if i.themes %}} Thèmes{NB}: "
        f"{{{{ i.themes|join('{NNB}; ') }}}}.{{% endif %}}",
    "“{{ q.text }}” — {{ q.author }}{% if q.group %}, {{ q.group }}{% endif %}":
        f"«{NB}{{{{ q.text }}}}{NB}» — {{{{ q.author }}}}{{% if q.group %}}, "
        "{{ q.group }}{% endif %}",
    "In tension": "Des enseignements en tension",
    "{{ t.a }} — and yet — {{ t.b }}": "{{ t.a }} — et pourtant — {{ t.b }}",
    "No insights have been stated yet: see the themes in the appendix.":
        f"Aucun enseignement n'a encore été formulé{NB}: voir les thèmes en annexe.",
    "The insight graph": "Le graphe des enseignements",
    "Notes (dots) sit beside the theme they belong to; themes support insights (blue); "
    "solutions (green) address insights; a red dashed line joins insights in tension.":
        f"Les notes (points) sont placées à côté de leur thème{NNB}; les thèmes appuient les "
        f"enseignements (en bleu){NNB}; les solutions (en vert) répondent aux "
        f"enseignements{NNB}; une ligne rouge en tirets relie des enseignements en tension.",
    "Nothing to draw yet: no themes or insights.":
        f"Rien à représenter pour l'instant{NB}: ni thème ni enseignement.",
    "Solutions and next steps": "Solutions et prochaines étapes",
    "Most dots first. Dots are anonymous: each participant or table had the same number to "
    "give.":
        f"Les plus soutenues d'abord. Le vote par gommettes est anonyme{NB}: chaque personne "
        "ou table avait le même nombre de gommettes à donner.",
    "Solution": "Solution", "Addresses": "Répond à", "Dots": "Gommettes",
    "Who, next step, by when": "Qui, prochaine étape, échéance", "Status": "Statut",
    "{{ s.title }}{% if s.description %}: {{ s.description }}{% endif %}":
        f"{{{{ s.title }}}}{{% if s.description %}}{NB}: {{{{ s.description }}}}{{% endif %}}",
    "{{ s.insights|join('; ') }}": f"{{{{ s.insights|join('{NNB}; ') }}}}",
    "{{ s.owner }}{% if s.next_step %}: {{ s.next_step }}{% endif %}{% if s.due %} "
    "({{ s.due_long }}){% endif %}":
        f"{{{{ s.owner }}}}{{% if s.next_step %}}{NB}: {{{{ s.next_step }}}}{{% endif %}}"
        "{% if s.due %} ({{ s.due_long }}){% endif %}",
    "No solutions have been developed yet.": "Aucune solution n'a encore été élaborée.",
    "Appendix: every note, by theme": f"Annexe{NB}: toutes les notes, par thème",
    "Who wrote a note is shown only where they agreed to be quoted"
    "{% if workshop.quote_tables %} (and for tables){% endif %}.":
        "Qui a écrit une note n'est indiqué que si la personne a accepté d'être citée"
        "{% if workshop.quote_tables %} (et pour les tables){% endif %}.",
    "{{ t.label }} ({{ t.size }})": "{{ t.label }} ({{ t.counted }})",
    "Note": "Note", "Who": "Qui", "Group": "Groupe", "Step": "Étape",
    "No notes were captured.": "Aucune note n'a été saisie.",
    # the participant summary: « vous avez dit, nous avons fait »
    "Participant summary: you said, we did":
        f"Synthèse pour les participants{NB}: «{NB}vous avez dit, nous avons fait{NB}»",
    "What you told us, and what happens next": "Ce que vous nous avez dit, et la suite",
    "Thank you for taking part{% if workshop.place %} at {{ workshop.place }}{% endif %}"
    "{% if workshop.date %} on {{ workshop.date_long }}{% endif %}. {{ counted.people }} shared "
    "{{ counted.ideas }} and experiences. This is a short summary of what we heard.":
        "Merci d'avoir participé à cet atelier{% if workshop.date %}, le "
        "{{ workshop.date_long }}{% endif %}{% if workshop.place %} ({{ workshop.place }})"
        "{% endif %}. Vous étiez {{ counted.people }} et vous avez partagé "
        "{{ counted.ideas }} et expériences. Voici en quelques lignes ce que nous avons "
        "entendu.",
    "You said": "Vous avez dit",
    "{{ t.label }} ({{ t.counted }})": "{{ t.label }} ({{ t.counted }})",
    "Ideas being taken forward": f"Nous avons fait{NB}: les idées retenues",
    "{{ s.title }} (status: {{ s.status }}{% if s.due %}, next step due {{ s.due_long }}{% endif %})"
    "{% if s.status_note %}: {{ s.status_note }}{% endif %}":
        f"{{{{ s.title }}}} (statut{NB}: {{{{ s.status }}}}{{% if s.due %}}, prochaine étape "
        f"pour le {{{{ s.due_long }}}}{{% endif %}}){{% if s.status_note %}}{NB}: "
        "{{ s.status_note }}{% endif %}",
    "Your ideas go to {{ workshop.commissioner or 'the service' }}, who will decide what to do "
    "first and tell you.":
        "Vos idées sont transmises à {{ workshop.commissioner or 'la direction du service' }}"
        ", qui décidera par quoi commencer et vous le fera savoir.",
    "What happens next": "Et maintenant",
    "{{ workshop.commissioner or 'The service' }} will report back on what has changed.":
        "{% if workshop.commissioner %}{{ workshop.commissioner }} vous dira{% else %}Nous "
        "vous dirons{% endif %} ce qui a changé.",
    "Nothing you said will be shared with your name on it.":
        "Rien de ce que vous avez dit ne sera diffusé avec votre nom.",
    "Who to contact": "Qui contacter",
    "The {{ workshop.commissioner or 'service' }} team, who asked for this workshop.":
        "L'équipe qui a demandé cet atelier{% if workshop.commissioner %} "
        "({{ workshop.commissioner }}){% endif %}.",
    # the run sheet: « déroulé »
    "Facilitator's run sheet": "Déroulé de l'atelier",
    "Run sheet: {{ workshop.title }}": f"Déroulé{NB}: {{{{ workshop.title }}}}",
    "{{ workshop.date_long }}{% if workshop.place %} · {{ workshop.place }}{% endif %} · "
    "{{ counted_agenda_minutes }} planned":
        "{{ workshop.date_long }}{% if workshop.place %} · {{ workshop.place }}{% endif %} · "
        f"durée prévue{NB}: {{{{ counted_agenda_minutes }}}}",
    "Starts": "Début", "Min": "Min", "Prompt for the room": "Question posée",
    "Materials": "Matériel",
    "No activities yet: add them from the method library (Ctrl+L).":
        f"Pas encore d'activité{NB}: ajoutez-en depuis la bibliothèque de méthodes (Ctrl+L).",
    "The four steps": "Les quatre étapes",
    "{{ s.number }}. {{ s.name }}: {{ s.explanation }}":
        f"{{{{ s.number }}}}. {{{{ s.name }}}}{NB}: {{{{ s.explanation }}}}",
}
WORDS = {"fr": FRENCH}  # a third language: its table here, then run this with --language


def styled_document(title: str) -> Document:
    document = Document()
    document.core_properties.title = title
    document.core_properties.author = "Facilitator"
    for section in document.sections:
        section.left_margin = section.right_margin = Cm(2.2)
        section.top_margin = section.bottom_margin = Cm(2.0)
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = "Liberation Sans"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(5)
    normal.paragraph_format.line_spacing = 1.15
    for name, size in (("Title", 28), ("Heading 1", 17), ("Heading 2", 12.5),
                       ("Subtitle", 14)):
        style = styles[name]
        style.font.name = "Liberation Sans"
        style.font.size = Pt(size)
        style.font.color.rgb = TEAL if name != "Subtitle" else GREY
        style.font.bold = name in ("Title", "Heading 1", "Heading 2")
        style.font.italic = False
    styles["Heading 1"].paragraph_format.space_before = Pt(18)
    styles["Heading 1"].paragraph_format.space_after = Pt(6)
    styles["Heading 2"].paragraph_format.space_before = Pt(12)
    styles["Heading 2"].paragraph_format.keep_with_next = True
    quote = styles["Quote"]
    quote.font.italic = True
    quote.font.color.rgb = GREY
    quote.paragraph_format.left_indent = Cm(0.8)
    quote.paragraph_format.space_after = Pt(3)
    return document


def tag(document, text: str) -> None:
    document.add_paragraph(text)


def table(document, headers: list[str], cells: list[str], loop: str, widths: list[float],
          bold_first_column: bool = True):
    """A table with a header row and one templated row repeated by ``loop``."""
    grid = document.add_table(rows=4, cols=len(headers))
    grid.style = "Light List Accent 1"
    if not bold_first_column:  # the style would set a whole column of long text in bold
        look = grid._tbl.tblPr.find(qn("w:tblLook"))
        if look is None:
            look = OxmlElement("w:tblLook")
            grid._tbl.tblPr.append(look)
        look.set(qn("w:val"), "0420")
        look.set(qn("w:firstRow"), "1")
        look.set(qn("w:firstColumn"), "0")
        look.set(qn("w:noVBand"), "1")
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid.autofit = False
    for cell, text in zip(grid.rows[0].cells, headers, strict=True):
        cell.text = t(text)
    # The header row repeats on every page the table runs over.
    header = grid.rows[0]._tr.get_or_add_trPr()
    header.append(OxmlElement("w:tblHeader"))
    # A row stays whole on one page.
    grid.rows[2]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    grid.rows[1].cells[0].text = f"{{%tr for {loop} %}}"
    for cell, text in zip(grid.rows[2].cells, cells, strict=True):
        cell.text = t(text)
    grid.rows[3].cells[0].text = "{%tr endfor %}"
    fix_widths(grid, widths)
    return grid


def fix_widths(grid, widths: list[float]) -> None:
    # Word reads the cell widths, LibreOffice the column grid: set both.
    for column, width in zip(grid.columns, widths, strict=True):
        column.width = Cm(width)
    for row in grid.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)


def commissioner() -> None:
    d = styled_document(t("Commissioner brief"))
    d.add_paragraph(t("{{ workshop.title }}"), style="Title")
    d.add_paragraph(t("Co-design workshop brief{% if workshop.commissioner %} for "
                    "{{ workshop.commissioner }}{% endif %}"), style="Subtitle")
    d.add_paragraph()
    details = d.add_table(rows=4, cols=2)
    details.autofit = False
    fields = (("Question", "{{ workshop.question }}"),
              ("Commissioner", "{{ workshop.commissioner }}"),
              ("Date", "{{ workshop.date_long }}"), ("Place", "{{ workshop.place }}"))
    for row, (label, field) in zip(details.rows, fields, strict=True):
        row.cells[0].text, row.cells[1].text = t(label), t(field)
        run = row.cells[0].paragraphs[0].runs[0]
        run.font.bold, run.font.color.rgb = True, TEAL
    fix_widths(details, [3.5, 13])
    d.add_paragraph()
    tag(d, "{%p if workshop.contact %}")
    d.add_paragraph(t("Contact: {{ workshop.contact }}"))
    tag(d, "{%p endif %}")
    p = d.add_paragraph(t("Exported on {{ exported_date }} at {{ exported_time }} with "
                        "Facilitator. Participants appear by pseudonymous label only."))
    p.runs[0].font.color.rgb = GREY
    p.runs[0].font.size = Pt(9)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    d.add_heading(t("Summary"), 1)
    d.add_paragraph(t("{{ counted.participants }} from {{ counted.groups }}{% if counts.no_group %}"
                    " (and {{ counted.no_group }}){% endif %} wrote {{ counted.notes }}. They "
                    "were grouped into {{ counted.themes }}, from which {{ counted.insights }} "
                    "and {{ counted.solutions }} were developed."))
    d.add_paragraph(t("Quotes come only from participants who agreed to be quoted"
                    "{% if workshop.quote_tables %} and from tables{% endif %}: "
                    "{{ counted.quotable }} of {{ counts.notes }}."))
    tag(d, "{%p if groups %}")
    table(d, ["Participant group", "People"], ["{{ g.group }}", "{{ g.people }}"],
          "g in groups", [9, 3])
    tag(d, "{%p endif %}")
    tag(d, "{%p if single_group_themes %}")
    d.add_paragraph(t("Heard from one group only (one voice may dominate): "
                    "{{ single_group_themes|join('; ') }}."))
    tag(d, "{%p endif %}")

    d.add_heading(t("How the workshop ran"), 1)
    d.add_paragraph(t("The workshop followed the four co-design steps. Activities and timings "
                    "below are as recorded on the day (times of the first and last note)."))
    tag(d, "{%p for s in steps %}")
    d.add_heading(t("Step {{ s.number }}. {{ s.name }}"), 2)
    d.add_paragraph(t("{{ s.explanation }}"), style="Quote")
    tag(d, "{%p if s.activities %}")
    table(d, ["Activity", "Prompt", "Planned (min)", "Ran", "Notes"],
          ["{{ a.name }}", "{{ a.prompt }}", "{{ a.planned }}", "{{ a.ran }}", "{{ a.notes }}"],
          "a in s.activities", [3.5, 7, 2.2, 2.3, 1.5])
    tag(d, "{%p else %}")
    d.add_paragraph(t("No activity was recorded for this step ({{ s.notes }} notes)."))
    tag(d, "{%p endif %}")
    tag(d, "{%p endfor %}")

    d.add_heading(t("What we heard: insights"), 1)
    tag(d, "{%p if insights %}")
    d.add_paragraph(t("Ranked by breadth of support: how many different groups and people "
                    "back each insight, not only how many notes."))
    tag(d, "{%p for i in insights %}")
    d.add_heading(t("{{ loop.index }}. {{ i.statement }}"), 2)
    d.add_paragraph(t("Evidence: {{ i.notes }} notes from {{ i.participants }} participants"
                    "{% if i.groups %} ({{ i.groups|join(', ') }}){% endif %}."
                    "{% if i.themes %} Themes: {{ i.themes|join('; ') }}.{% endif %}"))
    tag(d, "{%p for q in i.quotes %}")
    d.add_paragraph(t("“{{ q.text }}” — {{ q.author }}{% if q.group %}, {{ q.group }}{% endif %}"),
                    style="Quote")
    tag(d, "{%p endfor %}")
    tag(d, "{%p endfor %}")
    tag(d, "{%p if tensions %}")
    d.add_heading(t("In tension"), 2)
    tag(d, "{%p for t in tensions %}")
    d.add_paragraph(t("{{ t.a }} — and yet — {{ t.b }}"), style="List Bullet")
    tag(d, "{%p endfor %}")
    tag(d, "{%p endif %}")
    tag(d, "{%p else %}")
    d.add_paragraph(t("No insights have been stated yet: see the themes in the appendix."))
    tag(d, "{%p endif %}")

    d.add_heading(t("The insight graph"), 1)
    tag(d, "{%p if graph_picture %}")
    d.add_paragraph(t("Notes (dots) sit beside the theme they belong to; themes support insights "
                    "(blue); solutions (green) address insights; a red dashed line joins "
                    "insights in tension."))
    tag(d, "{{ graph_picture }}")
    tag(d, "{%p else %}")
    d.add_paragraph(t("Nothing to draw yet: no themes or insights."))
    tag(d, "{%p endif %}")

    d.add_heading(t("Solutions and next steps"), 1)
    tag(d, "{%p if workshop.next_steps %}")
    d.add_paragraph(t("{{ workshop.next_steps }}"))
    tag(d, "{%p endif %}")
    tag(d, "{%p if solutions %}")
    d.add_paragraph(t("Most dots first. Dots are anonymous: each participant or table had the "
                    "same number to give."))
    table(d, ["Solution", "Addresses", "Dots", "Who, next step, by when", "Status"],
          ["{{ s.title }}{% if s.description %}: {{ s.description }}{% endif %}",
           "{{ s.insights|join('; ') }}", "{{ s.votes }}",
           ("{{ s.owner }}{% if s.next_step %}: {{ s.next_step }}{% endif %}"
           "{% if s.due %} ({{ s.due_long }}){% endif %}"),
           "{{ s.status }}{% if s.status_note %} – {{ s.status_note }}{% endif %}"],
          "s in solutions", [4.5, 4.2, 1.5, 4.2, 2.2])
    tag(d, "{%p else %}")
    d.add_paragraph(t("No solutions have been developed yet."))
    tag(d, "{%p endif %}")

    section = d.add_section(WD_SECTION.NEW_PAGE)
    section.left_margin = section.right_margin = Cm(2.2)
    d.add_heading(t("Appendix: every note, by theme"), 1)
    d.add_paragraph(t("Who wrote a note is shown only where they agreed to be quoted"
                    "{% if workshop.quote_tables %} (and for tables){% endif %}."))
    tag(d, "{%p for t in themes %}")
    d.add_heading(t("{{ t.label }} ({{ t.size }})"), 2)
    table(d, ["Note", "Who", "Group", "Step"],
          ["{{ n.text }}", "{{ n.author }}", "{{ n.group }}", "{{ n.step }}"],
          "n in t.notes", [9.7, 2.2, 3, 1.6], bold_first_column=False)
    tag(d, "{%p endfor %}")
    tag(d, "{%p if not themes %}")
    d.add_paragraph(t("No notes were captured."))
    tag(d, "{%p endif %}")
    d.save(_out / "commissioner.docx")


def participants() -> None:
    d = styled_document(t("Participant summary: you said, we did"))
    d.add_paragraph(t("{{ workshop.title }}"), style="Title")
    d.add_paragraph(t("What you told us, and what happens next"), style="Subtitle")
    d.add_paragraph(t("Thank you for taking part{% if workshop.place %} at {{ workshop.place }}"
                    "{% endif %}{% if workshop.date %} on {{ workshop.date_long }}{% endif %}. "
                    "{{ counted.people }} shared {{ counted.ideas }} and "
                    "experiences. This is a short summary of what we heard."))
    d.add_heading(t("You said"), 1)
    tag(d, "{%p if insights %}")
    tag(d, "{%p for i in insights %}")
    d.add_paragraph(t("{{ i.statement }}"), style="List Bullet")
    tag(d, "{%p endfor %}")
    tag(d, "{%p else %}")
    tag(d, "{%p for t in themes[:8] %}")
    d.add_paragraph(t("{{ t.label }} ({{ t.counted }})"), style="List Bullet")
    tag(d, "{%p endfor %}")
    tag(d, "{%p endif %}")
    d.add_heading(t("Ideas being taken forward"), 1)
    tag(d, "{%p if solutions %}")
    tag(d, "{%p for s in solutions %}")
    d.add_paragraph(t("{{ s.title }} (status: {{ s.status }}{% if s.due %}, next step due "
                    "{{ s.due_long }}{% endif %}){% if s.status_note %}: {{ s.status_note }}"
                    "{% endif %}"), style="List Bullet")
    tag(d, "{%p endfor %}")
    tag(d, "{%p else %}")
    d.add_paragraph(t("Your ideas go to {{ workshop.commissioner or 'the service' }}, who will "
                    "decide what to do first and tell you."))
    tag(d, "{%p endif %}")
    d.add_heading(t("What happens next"), 1)
    tag(d, "{%p if workshop.next_steps %}")
    d.add_paragraph(t("{{ workshop.next_steps }}"))
    tag(d, "{%p else %}")
    d.add_paragraph(t("{{ workshop.commissioner or 'The service' }} will report back on what "
                    "has changed."))
    tag(d, "{%p endif %}")
    d.add_paragraph(t("Nothing you said will be shared with your name on it."))
    d.add_heading(t("Who to contact"), 1)
    tag(d, "{%p if workshop.contact %}")
    d.add_paragraph(t("{{ workshop.contact }}"))
    tag(d, "{%p else %}")
    d.add_paragraph(t("The {{ workshop.commissioner or 'service' }} team, who asked for this "
                    "workshop."))
    tag(d, "{%p endif %}")
    d.save(_out / "participants.docx")


def run_sheet() -> None:
    d = styled_document(t("Facilitator's run sheet"))
    for section in d.sections:
        section.top_margin = section.bottom_margin = Cm(1.5)
    d.add_paragraph(t("Run sheet: {{ workshop.title }}"), style="Title").runs[0].font.size = Pt(20)
    d.add_paragraph(t("{{ workshop.date_long }}{% if workshop.place %} · {{ workshop.place }}"
                    "{% endif %} · {{ counted_agenda_minutes }} planned"), style="Subtitle")
    d.add_paragraph(t("{{ workshop.question }}"))
    tag(d, "{%p if agenda %}")
    grid = table(d, ["Starts", "Activity", "Step", "Min", "Prompt for the room", "Materials"],
                 ["+{{ a.start }}", "{{ a.name }}", "{{ a.step }}", "{{ a.minutes }}",
                  "{{ a.prompt }}", "{{ a.materials }}"],
                 "a in agenda", [1.4, 3.6, 1.3, 1.0, 5.5, 4.2])
    for row in grid.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(9)
    tag(d, "{%p else %}")
    d.add_paragraph(t("No activities yet: add them from the method library (Ctrl+L)."))
    tag(d, "{%p endif %}")
    d.add_heading(t("The four steps"), 2)
    tag(d, "{%p for s in steps %}")
    d.add_paragraph(t("{{ s.number }}. {{ s.name }}: {{ s.explanation }}"))
    tag(d, "{%p endfor %}")
    d.save(_out / "run-sheet.docx")


_out = OUT


def write(language: str) -> Path:
    """The three templates in ``language`` into templates/ (English) or templates/<code>/."""
    global _out
    _words.clear()
    if language != "en":
        _words.update(WORDS[language])
    _out = OUT if language == "en" else OUT / language
    _out.mkdir(parents=True, exist_ok=True)
    commissioner()
    participants()
    run_sheet()
    return _out


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Write the shipped brief templates.")
    parser.add_argument("--language", default="all", choices=["en", *WORDS, "all"])
    chosen = parser.parse_args().language
    for code in (["en", *WORDS] if chosen == "all" else [chosen]):
        print(f"Wrote the templates into {write(code)}")
