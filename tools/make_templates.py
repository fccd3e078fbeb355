"""Write the two shipped brief templates, templates/commissioner.docx and
templates/participants.docx. Run once when the starting layout changes:

    python tools/make_templates.py

After that the .docx files are the source: a facilitator edits them in Word (layout, logos,
styles, wording); the fields in {{ }} and {% %} are filled at export (see README).
"""

from __future__ import annotations

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
        cell.text = text
    # The header row repeats on every page the table runs over.
    header = grid.rows[0]._tr.get_or_add_trPr()
    header.append(OxmlElement("w:tblHeader"))
    # A row stays whole on one page.
    grid.rows[2]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    grid.rows[1].cells[0].text = f"{{%tr for {loop} %}}"
    for cell, text in zip(grid.rows[2].cells, cells, strict=True):
        cell.text = text
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
    d = styled_document("Commissioner brief")
    d.add_paragraph("{{ workshop.title }}", style="Title")
    d.add_paragraph("Co-design workshop brief{% if workshop.commissioner %} for "
                    "{{ workshop.commissioner }}{% endif %}", style="Subtitle")
    d.add_paragraph()
    details = d.add_table(rows=4, cols=2)
    details.autofit = False
    fields = (("Question", "{{ workshop.question }}"),
              ("Commissioner", "{{ workshop.commissioner }}"),
              ("Date", "{{ workshop.date }}"), ("Place", "{{ workshop.place }}"))
    for row, (label, field) in zip(details.rows, fields, strict=True):
        row.cells[0].text, row.cells[1].text = label, field
        run = row.cells[0].paragraphs[0].runs[0]
        run.font.bold, run.font.color.rgb = True, TEAL
    fix_widths(details, [3.5, 13])
    d.add_paragraph()
    tag(d, "{%p if workshop.contact %}")
    d.add_paragraph("Contact: {{ workshop.contact }}")
    tag(d, "{%p endif %}")
    p = d.add_paragraph("Exported {{ exported }} with Facilitator. Participants appear by "
                        "pseudonymous label only.")
    p.runs[0].font.color.rgb = GREY
    p.runs[0].font.size = Pt(9)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    d.add_heading("Summary", 1)
    d.add_paragraph("{{ counted.participants }} from {{ counted.groups }}{% if counts.no_group %}"
                    " (and {{ counted.no_group }}){% endif %} wrote {{ counted.notes }}. They "
                    "were grouped into {{ counted.themes }}, from which {{ counted.insights }} "
                    "and {{ counted.solutions }} were developed.")
    d.add_paragraph("Quotes come only from participants who agreed to be quoted"
                    "{% if workshop.quote_tables %} and from tables{% endif %}: "
                    "{{ counted.quotable }} of {{ counts.notes }}.")
    tag(d, "{%p if groups %}")
    table(d, ["Participant group", "People"], ["{{ g.group }}", "{{ g.people }}"],
          "g in groups", [9, 3])
    tag(d, "{%p endif %}")
    tag(d, "{%p if single_group_themes %}")
    d.add_paragraph("Heard from one group only (one voice may dominate): "
                    "{{ single_group_themes|join('; ') }}.")
    tag(d, "{%p endif %}")

    d.add_heading("How the workshop ran", 1)
    d.add_paragraph("The workshop followed the four co-design steps. Activities and timings "
                    "below are as recorded on the day (times of the first and last note).")
    tag(d, "{%p for s in steps %}")
    d.add_heading("Step {{ s.number }}. {{ s.name }}", 2)
    d.add_paragraph("{{ s.explanation }}", style="Quote")
    tag(d, "{%p if s.activities %}")
    table(d, ["Activity", "Prompt", "Planned (min)", "Ran", "Notes"],
          ["{{ a.name }}", "{{ a.prompt }}", "{{ a.planned }}", "{{ a.ran }}", "{{ a.notes }}"],
          "a in s.activities", [3.5, 7, 2.2, 2.3, 1.5])
    tag(d, "{%p else %}")
    d.add_paragraph("No activity was recorded for this step ({{ s.notes }} notes).")
    tag(d, "{%p endif %}")
    tag(d, "{%p endfor %}")

    d.add_heading("What we heard: insights", 1)
    tag(d, "{%p if insights %}")
    d.add_paragraph("Ranked by breadth of support: how many different groups and people "
                    "back each insight, not only how many notes.")
    tag(d, "{%p for i in insights %}")
    d.add_heading("{{ loop.index }}. {{ i.statement }}", 2)
    d.add_paragraph("Evidence: {{ i.notes }} notes from {{ i.participants }} participants"
                    "{% if i.groups %} ({{ i.groups|join(', ') }}){% endif %}."
                    "{% if i.themes %} Themes: {{ i.themes|join('; ') }}.{% endif %}")
    tag(d, "{%p for q in i.quotes %}")
    d.add_paragraph("“{{ q.text }}” — {{ q.author }}{% if q.group %}, {{ q.group }}{% endif %}",
                    style="Quote")
    tag(d, "{%p endfor %}")
    tag(d, "{%p endfor %}")
    tag(d, "{%p if tensions %}")
    d.add_heading("In tension", 2)
    tag(d, "{%p for t in tensions %}")
    d.add_paragraph("{{ t.a }} — and yet — {{ t.b }}", style="List Bullet")
    tag(d, "{%p endfor %}")
    tag(d, "{%p endif %}")
    tag(d, "{%p else %}")
    d.add_paragraph("No insights have been stated yet: see the themes in the appendix.")
    tag(d, "{%p endif %}")

    d.add_heading("The insight graph", 1)
    tag(d, "{%p if graph_picture %}")
    d.add_paragraph("Notes (dots) sit beside the theme they belong to; themes support insights "
                    "(blue); solutions (green) address insights; a red dashed line joins "
                    "insights in tension.")
    tag(d, "{{ graph_picture }}")
    tag(d, "{%p else %}")
    d.add_paragraph("Nothing to draw yet: no themes or insights.")
    tag(d, "{%p endif %}")

    d.add_heading("Solutions and next steps", 1)
    tag(d, "{%p if workshop.next_steps %}")
    d.add_paragraph("{{ workshop.next_steps }}")
    tag(d, "{%p endif %}")
    tag(d, "{%p if solutions %}")
    d.add_paragraph("Most dots first. Dots are anonymous: each participant or table had the "
                    "same number to give.")
    table(d, ["Solution", "Addresses", "Dots", "Who, next step, by when", "Status"],
          ["{{ s.title }}{% if s.description %}: {{ s.description }}{% endif %}",
           "{{ s.insights|join('; ') }}", "{{ s.votes }}",
           "{{ s.owner }}{% if s.next_step %}: {{ s.next_step }}{% endif %}"
           "{% if s.due %} ({{ s.due }}){% endif %}",
           "{{ s.status }}{% if s.status_note %} – {{ s.status_note }}{% endif %}"],
          "s in solutions", [4.5, 4.2, 1.5, 4.2, 2.2])
    tag(d, "{%p else %}")
    d.add_paragraph("No solutions have been developed yet.")
    tag(d, "{%p endif %}")

    section = d.add_section(WD_SECTION.NEW_PAGE)
    section.left_margin = section.right_margin = Cm(2.2)
    d.add_heading("Appendix: every note, by theme", 1)
    d.add_paragraph("Who wrote a note is shown only where they agreed to be quoted"
                    "{% if workshop.quote_tables %} (and for tables){% endif %}.")
    tag(d, "{%p for t in themes %}")
    d.add_heading("{{ t.label }} ({{ t.size }})", 2)
    table(d, ["Note", "Who", "Group", "Step"],
          ["{{ n.text }}", "{{ n.author }}", "{{ n.group }}", "{{ n.step }}"],
          "n in t.notes", [9.7, 2.2, 3, 1.6], bold_first_column=False)
    tag(d, "{%p endfor %}")
    tag(d, "{%p if not themes %}")
    d.add_paragraph("No notes were captured.")
    tag(d, "{%p endif %}")
    d.save(OUT / "commissioner.docx")


def participants() -> None:
    d = styled_document("Participant summary: you said, we did")
    d.add_paragraph("{{ workshop.title }}", style="Title")
    d.add_paragraph("What you told us, and what happens next", style="Subtitle")
    d.add_paragraph("Thank you for taking part{% if workshop.place %} at {{ workshop.place }}"
                    "{% endif %}{% if workshop.date %} on {{ workshop.date }}{% endif %}. "
                    "{{ counted.people }} shared {{ counted.ideas }} and "
                    "experiences. This is a short summary of what we heard.")
    d.add_heading("You said", 1)
    tag(d, "{%p if insights %}")
    tag(d, "{%p for i in insights %}")
    d.add_paragraph("{{ i.statement }}", style="List Bullet")
    tag(d, "{%p endfor %}")
    tag(d, "{%p else %}")
    tag(d, "{%p for t in themes[:8] %}")
    d.add_paragraph("{{ t.label }} ({{ t.counted }})", style="List Bullet")
    tag(d, "{%p endfor %}")
    tag(d, "{%p endif %}")
    d.add_heading("Ideas being taken forward", 1)
    tag(d, "{%p if solutions %}")
    tag(d, "{%p for s in solutions %}")
    d.add_paragraph("{{ s.title }} (status: {{ s.status }}{% if s.due %}, next step due "
                    "{{ s.due }}{% endif %}){% if s.status_note %}: {{ s.status_note }}"
                    "{% endif %}", style="List Bullet")
    tag(d, "{%p endfor %}")
    tag(d, "{%p else %}")
    d.add_paragraph("Your ideas go to {{ workshop.commissioner or 'the service' }}, who will "
                    "decide what to do first and tell you.")
    tag(d, "{%p endif %}")
    d.add_heading("What happens next", 1)
    tag(d, "{%p if workshop.next_steps %}")
    d.add_paragraph("{{ workshop.next_steps }}")
    tag(d, "{%p else %}")
    d.add_paragraph("{{ workshop.commissioner or 'The service' }} will report back on what "
                    "has changed.")
    tag(d, "{%p endif %}")
    d.add_paragraph("Nothing you said will be shared with your name on it.")
    d.add_heading("Who to contact", 1)
    tag(d, "{%p if workshop.contact %}")
    d.add_paragraph("{{ workshop.contact }}")
    tag(d, "{%p else %}")
    d.add_paragraph("The {{ workshop.commissioner or 'service' }} team, who asked for this "
                    "workshop.")
    tag(d, "{%p endif %}")
    d.save(OUT / "participants.docx")


def run_sheet() -> None:
    d = styled_document("Facilitator's run sheet")
    for section in d.sections:
        section.top_margin = section.bottom_margin = Cm(1.5)
    d.add_paragraph("Run sheet: {{ workshop.title }}", style="Title").runs[0].font.size = Pt(20)
    d.add_paragraph("{{ workshop.date }}{% if workshop.place %} · {{ workshop.place }}"
                    "{% endif %} · {{ agenda_minutes }} minutes planned", style="Subtitle")
    d.add_paragraph("{{ workshop.question }}")
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
    d.add_paragraph("No activities yet: add them from the method library (Ctrl+L).")
    tag(d, "{%p endif %}")
    d.add_heading("The four steps", 2)
    tag(d, "{%p for s in steps %}")
    d.add_paragraph("{{ s.number }}. {{ s.name }}: {{ s.explanation }}", style="List Bullet")
    tag(d, "{%p endfor %}")
    d.save(OUT / "run-sheet.docx")


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    commissioner()
    participants()
    run_sheet()
    print(f"Wrote the templates into {OUT}")
