"""Choices for a brief that any template gets, applied to the filled document.

A 900-note workshop's brief was 60 pages, 55 of them the appendix of every note: the
appendix can be left out, and a one-page summary of the top insights can come first, for
a commissioner who reads one page. Whatever the template, headings are kept with what
follows them (a heading alone at the foot of a page, its picture on the next, reads as a
mistake) and every picture says what it shows to a screen reader (public-sector
accessibility rules ask for alternative text). Done on the filled document with
python-docx, so a facilitator's own template needs no new fields.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn

from facilitator.core.locale import N_, _, counted, use

# The appendix is the top-level heading starting so (in the brief's language, or English).
APPENDIX_START = N_("Appendix")
SUMMARY_INSIGHTS = 5  # what fits on one page with its evidence line


@dataclass(frozen=True)
class BriefOptions:
    appendix: bool = True  # the appendix of every note, by theme
    summary: bool = False  # a one-page summary of the top insights first


def apply_options(document, context: dict, options: BriefOptions, *,
                  picture_text: str = "") -> None:
    """Change the filled python-docx ``document`` in place; what it adds is written in the
    brief's language (the context's ``language``)."""
    with use(context.get("language")):
        _keep_headings_with_next(document)
        if picture_text:
            _describe_pictures(document, picture_text)
        if not options.appendix:
            _drop_appendix(document)
        if options.summary:
            _summary_first(document, context)


def _is_heading(paragraph) -> bool:
    name = paragraph.style.name if paragraph.style is not None else ""
    return name == "Title" or name.startswith("Heading")


def _keep_headings_with_next(document) -> None:
    for paragraph in document.paragraphs:
        if _is_heading(paragraph):
            paragraph.paragraph_format.keep_with_next = True


def _describe_pictures(document, text: str) -> None:
    for properties in document.element.body.iter(qn("wp:docPr")):
        if not properties.get("descr"):
            properties.set("descr", text)
            properties.set("title", text[:80])


def _drop_appendix(document) -> None:
    """Remove the appendix: from its top-level heading to the next one, or to the end."""
    body = document.element.body
    removing = False
    for element in list(body):
        if element.tag == qn("w:sectPr"):
            continue
        heading = _heading_level(document, element)
        if heading == 1:
            text = "".join(element.itertext()).strip()
            removing = text.startswith((APPENDIX_START, _(APPENDIX_START)))
        if removing:
            body.remove(element)


def _heading_level(document, element) -> int | None:
    if element.tag != qn("w:p"):
        return None
    style = element.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    if style is None:
        return None
    from docx.enum.style import WD_STYLE_TYPE

    try:
        name = document.styles.get_by_id(style.get(qn("w:val")), WD_STYLE_TYPE.PARAGRAPH).name
    except (KeyError, AttributeError):
        return None
    if name.startswith("Heading "):
        try:
            return int(name.split()[1])
        except ValueError:
            return None
    return None


def _summary_first(document, context: dict) -> None:
    """A page before the first top-level heading: the workshop in one line and its top
    insights, most broadly supported first, each with its evidence."""
    body = document.element.body
    anchor = next((e for e in body if _heading_level(document, e) == 1),
                  body.find(qn("w:sectPr")))
    made = []

    def add(text: str, style: str):
        paragraph = document.add_paragraph(text, style=style)
        made.append(paragraph)
        return paragraph

    counts = context.get("counts", {})
    add(_("At a glance: what we heard"), "Heading 1")
    add(_("{notes} from {participants} in {groups}, grouped into {themes} and "
          "{insights}.").format(
        notes=counted(counts.get("notes", 0), "{n} note", "{n} notes"),
        participants=counted(counts.get("participants", 0), "{n} participant",
                             "{n} participants"),
        groups=counted(counts.get("groups", 0), "{n} group", "{n} groups"),
        themes=counted(counts.get("themes", 0), "{n} theme", "{n} themes"),
        insights=counted(counts.get("insights", 0), "{n} insight", "{n} insights")),
        "Normal")
    insights = context.get("insights", [])[:SUMMARY_INSIGHTS]
    if not insights:
        add(_("No insights have been stated yet."), "Normal")
    for number, insight in enumerate(insights, start=1):
        add(f"{number}. {insight['statement']}", "Heading 2")
        groups = ", ".join(insight.get("groups") or []) or _("no group recorded")
        add(_("{notes}, {participants} ({groups}).").format(
            notes=counted(insight["notes"], "{n} note", "{n} notes"),
            participants=counted(insight["participants"], "{n} participant",
                                 "{n} participants"), groups=groups), "Normal")
    made[-1].add_run().add_break(WD_BREAK.PAGE)
    for paragraph in made:
        element = paragraph._p
        body.remove(element)
        if anchor is not None:
            anchor.addprevious(element)
        else:
            body.append(element)
    _keep_headings_with_next(document)
