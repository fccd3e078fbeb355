"""The French demo workshop (tools/demo_workshop.py --language fr), exported to the three
briefs and read back: nothing of the English templates' text is left, and the words the
data gives are French."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from docx import Document

from facilitator.core.documents.brief import brief_context, export_brief, resolve_template
from facilitator.core.documents.brief_options import BriefOptions
from facilitator.core.domain.workshop import Workshop
from facilitator.core.storage.store import open_store

ROOT = Path(__file__).resolve().parents[1]
NAMES = ("commissioner", "participants", "run-sheet")
# Words French writes as English does: they may stay.
SHARED_WORDS = {"Date", "Notes", "Note", "notes", "Solution", "solutions", "Min", "min",
                "Contact", "Facilitator", "Question", "participants", "service"}
_FIELD = re.compile(r"\{[{%#].*?[}%#]\}", re.DOTALL)
_LITERAL = re.compile(r"'([^']*)'|\"([^\"]*)\"")


def _demo():
    spec = importlib.util.spec_from_file_location("demo_workshop",
                                                  ROOT / "tools" / "demo_workshop.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def document_texts(path: Path) -> list[str]:
    """Every text of a .docx: paragraphs, table cells (nested too), headers and footers,
    and its title."""
    document = Document(str(path))
    texts = [document.core_properties.title or ""]

    def cells(tables):
        for table in tables:
            for row in table.rows:
                for cell in row.cells:
                    texts.extend(p.text for p in cell.paragraphs)
                    cells(cell.tables)

    texts.extend(p.text for p in document.paragraphs)
    cells(document.tables)
    for section in document.sections:
        for part in (section.header, section.footer):
            texts.extend(p.text for p in part.paragraphs)
    return texts


def fixed_text(template: Path) -> set[str]:
    """The English template's own words: the text around its fields, and the texts
    written inside them ('the service'), each run of words a fragment."""
    fragments = set()
    for text in document_texts(template):
        literals = [a or b for field in _FIELD.findall(text)
                    for a, b in _LITERAL.findall(field)]
        for piece in [*_FIELD.split(text), *literals]:
            for run in re.split(r"[^\w' ’-]+", piece):
                run = run.strip(" '-")
                if re.search(r"[A-Za-z]{2}", run) and run not in SHARED_WORDS:
                    fragments.add(run)
    return fragments


def data_texts(value) -> list[str]:
    """Every text the brief's data holds (what is filled in, not the template's words)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in data_texts(v)]
    if isinstance(value, (list, tuple)):
        return [t for v in value for t in data_texts(v)]
    return []


def template_words(texts: list[str], data: list[str]) -> str:
    """A brief's text with every filled-in value taken out: the template's words."""
    text = "\n".join(texts)
    for value in sorted({d for d in data if d.strip()}, key=len, reverse=True):
        text = text.replace(value, "\n")
    return text


@pytest.fixture(scope="module")
def french_briefs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("french-demo")
    path = _demo().build_synthesis(folder / "demo-fr.workshop", "fr")
    workshop = Workshop(open_store(path, readonly=True))
    try:
        briefs = {name: export_brief(workshop, resolve_template(name, language="fr"),
                                     folder / f"{name}.docx") for name in NAMES}
        briefs["short"] = export_brief(workshop, resolve_template("commissioner",
                                                                  language="fr"),
                                       folder / "short.docx",
                                       options=BriefOptions(appendix=False, summary=True))
        yield workshop, briefs, data_texts(brief_context(workshop))
    finally:
        workshop.close()


def test_the_demo_is_a_french_workshop_with_french_notes(french_briefs):
    workshop, _, _ = french_briefs
    notes = [n.text for n in workshop.notes()]
    assert workshop.details().language == "fr" and len(notes) >= 140
    english = re.compile(r"\b(the|and|is|with|for|you)\b", re.IGNORECASE)
    assert not [n for n in notes if english.search(n)]
    assert workshop.synthesis.insights() and workshop.synthesis.solutions()


@pytest.mark.parametrize("name", NAMES)
def test_no_english_template_text_is_left_in_a_french_brief(french_briefs, name):
    _, briefs, data = french_briefs
    english = fixed_text(resolve_template(name))
    assert len(english) > 10  # the English template's own words were found
    text = template_words(document_texts(briefs[name]), data)
    assert "Horaires de la médiathèque" not in text  # the data was taken out
    left = sorted(f for f in english if re.search(rf"(?<!\w){re.escape(f)}(?!\w)", text))
    assert not left, f"English left in the French {name}: {left}"


def test_the_french_brief_shows_the_workshops_own_words_and_french_dates(french_briefs):
    _, briefs, _ = french_briefs
    text = "\n".join(document_texts(briefs["participants"]))
    assert "Horaires de la médiathèque" in text
    assert "décembre 2026" in text and "2026-12-01" not in text
    assert "Vous avez dit" in text and "Nous avons fait" in text
    run_sheet = "\n".join(document_texts(briefs["run-sheet"]))
    assert "post-it" in run_sheet  # the French methods' materials


def test_the_words_the_data_gives_a_french_brief_are_french(french_briefs):
    """Counts, step names, groups, statuses and dates come from the core's French
    catalogue (facilitator/core/locale/fr): this fails, naming the English words, while
    messages there are left untranslated."""
    _, briefs, _ = french_briefs
    text = "\n".join(t for name in (*NAMES, "short") for t in document_texts(briefs[name]))
    english = ["Involve users", "Postpone decisions", "Synthesise insights",
               "Develop solutions", "Bring the people who use the service",
               "Not in a theme", " people", " ideas", "agreed", "service user",
               "resident", " participants with no group", "Appendix", "At a glance",
               " theme)", " themes", " insights", "1 December"]
    left = [word for word in english if word in text]
    assert not left, f"English words from the data in the French briefs: {left}"
    assert "1er décembre 2026" in text
    assert re.search(r"Appui\u00a0: \d+ notes · \d+ personnes", text)
    assert "Annexe" not in "\n".join(document_texts(briefs["short"]))  # left out on request
