"""Checking a Word template before anything is written: a Word document, the styles the
briefs use, no field split across differently formatted text, no unknown field."""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path

from facilitator.core.documents.sandbox import sandbox
from facilitator.core.errors import FacilitatorError
from facilitator.core.locale import _

# The styles the shipped templates use; a template that lacks one cannot be rendered as
# designed (python-docx raises KeyError deep in the render otherwise).
REQUIRED_STYLES = ("Title", "Heading 1", "Heading 2", "Normal")


class TemplateError(FacilitatorError):
    """A template that cannot be used, with what is wrong with it."""


_TAG_OPEN = re.compile(r"\{[{%#]")
_TAG_CLOSE = re.compile(r"[}%#]\}")


def check_template(path: str | os.PathLike, context: dict, *, fields: bool = True) -> None:
    """Raise TemplateError naming what is wrong with the template at ``path``.

    ``fields``: also check the template's fields with Jinja. Jinja's compiler evaluates
    constant expressions while it works (``{{ 'x'|center(10**10) }}``), so an export does
    that part in the bounded child process (see render.py), never in the app."""
    from docxtpl import DocxTemplate

    path = Path(path)
    if not path.is_file():
        raise TemplateError(_("The template '{name}' is missing.").format(name=path.name))
    if not zipfile.is_zipfile(path):
        raise TemplateError(_("'{name}' is not a Word document (.docx).").format(name=path.name))
    try:
        template = DocxTemplate(str(path))
        document = template.get_docx()
    except Exception as exc:
        raise TemplateError(_("'{name}' cannot be read as a Word document: {exc}").format(
                                name=path.name, exc=exc)) from exc
    names = {style.name for style in document.styles}
    missing = [s for s in REQUIRED_STYLES if s not in names]
    if missing:
        raise TemplateError(_("The template '{name}' lacks the style(s) {value}: add them in Word "
                              "(Styles pane).").format(
                                name=path.name, value=', '.join(missing)))
    for number, paragraph in enumerate(_all_paragraphs(document), start=1):
        for run in paragraph.runs:
            opened = len(_TAG_OPEN.findall(run.text))
            closed = len(_TAG_CLOSE.findall(run.text))
            if opened != closed:
                raise TemplateError(
                    _("In '{name}', paragraph {number} (\"{value}\") has a field split across "
                      "differently formatted text. Retype the field in one go, without changing "
                      "its formatting part-way.").format(
                        name=path.name, number=number, value=paragraph.text[:60]))
    if not fields:
        return
    try:
        unknown = template.get_undeclared_template_variables(sandbox())
    except Exception as exc:
        raise TemplateError(_("'{name}' has a field Word cannot hold together: {value}").format(
                                name=path.name, value=_jinja_message(exc))) from exc
    unknown -= set(context)
    if unknown:
        raise TemplateError(_("The template '{name}' uses unknown field(s): {unknown}. Known "
                              "fields: {known}.").format(
                                name=path.name, unknown=", ".join(sorted(unknown)),
                                known=", ".join(sorted(context))))


def _all_paragraphs(document):
    yield from document.paragraphs
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs
    for section in document.sections:
        for part in (section.header, section.footer):
            yield from part.paragraphs


def _jinja_message(exc: Exception) -> str:
    line = getattr(exc, "lineno", None)
    return f"{exc}" + (f" (line {line})" if line else "")
