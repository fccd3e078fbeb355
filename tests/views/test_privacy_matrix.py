"""Every promise about people's words, in every output: one registered participant's name,
e-mail and phone written every way people write them, and whether she agreed to be quoted.

Each output is written once per consent and read back (all of a docx's XML parts, headers
and footers included; the CSV through the csv module; GraphML through networkx and as
text); each case then checks one way of writing her name in one output."""

from __future__ import annotations

import csv
import html
import re
import unicodedata
import zipfile
from pathlib import Path

import networkx as nx
import pytest
from docx import Document
from lxml import etree

from facilitator.core.analysis.graph import export_graphml
from facilitator.core.documents.brief import export_brief, resolve_template
from facilitator.core.documents.csv_export import write_notes_csv
from facilitator.core.domain.privacy import PrivacyRule, fold, room_texts
from facilitator.core.domain.steps import Step
from facilitator.core.domain.workshop import Workshop
from facilitator.core.storage.store import create_workshop, open_store

NAME, EMAIL, PHONE = "Zoë Lefèvre", "zoe.lefevre@example.org", "+44 7700 900123"
NFD = lambda text: unicodedata.normalize("NFD", text)

# (id, as written, what it becomes)
FORMS = [
    ("registered", NAME, "[name]"),
    ("upper", "ZOË LEFÈVRE", "[name]"),
    ("upper-no-accents", "ZOE LEFEVRE", "[name]"),
    ("lower-no-accents", "zoe lefevre", "[name]"),
    ("mixed-case", "zOë LeFÈvRe", "[name]"),
    ("decomposed", NFD(NAME), "[name]"),
    ("first-name", "Zoë", "[name]"),
    ("last-name-decomposed", NFD("Lefèvre"), "[name]"),
    ("last-first", "Lefevre Zoe", "[name] [name]"),
    ("possessive", "Zoë's", "[name]'s"),
    ("possessive-curly-decomposed", NFD("LEFÈVRE’s"), "[name]’s"),
    ("registered-email", EMAIL, "[e-mail]"),
    ("name-in-other-email", "zoelefevre@gmail.com", "[e-mail]"),
    ("name-in-handle", "@zoe_lefevre", "@[name]"),
    ("registered-phone", PHONE, "[phone]"),
    ("phone-other-format", "07700-900-123", "[phone]"),
]
OUTPUTS = ["commissioner", "participants", "run-sheet", "header-footer", "csv", "graphml",
           "presenter", "projector-board", "room"]
# Which kinds of text each output carries: notes, theme labels, insight statements,
# solution titles, activity prompts.
CARRIES = {"commissioner": {"note", "theme", "insight", "solution", "prompt"},
           "participants": {"insight", "solution"},
           "run-sheet": {"prompt"},
           "header-footer": {"theme", "insight"},
           "csv": {"note", "theme"},
           "graphml": {"note", "theme", "insight", "solution"},
           "presenter": {"note", "theme", "prompt"},
           "projector-board": {"note", "theme"},
           "room": {"note"}}


def build(folder: Path, consent: bool) -> Path:
    path = folder / "matrix.workshop"
    create_workshop(path, "Bus times", question="When should buses run?").close()
    ws = Workshop(open_store(path), device="test")
    try:
        zoe = ws.add_participant("R1", real_name=NAME, email=EMAIL, phone=PHONE,
                                 group="resident", consent_quote=consent).id
        other = ws.add_participant("R2", group="resident", consent_quote=True).id
        synthesis = ws.synthesis
        for i, (_, form, _) in enumerate(FORMS):
            ws.add_activity(f"Activity{i:02d}", step=Step.INVOLVE,
                            prompt=f"Prompt{i:02d} ask {form} first")
            notes = [ws.add_note(f"Note{i:02d} {form} wants later buses",
                                 participant_id=zoe).note.id,
                     ws.add_note(f"Other{i:02d} later buses please", participant_id=other
                                 ).note.id,
                     ws.add_note(f"Table{i:02d} later buses for {form}",
                                 table_label="Table 3").note.id]
            theme = synthesis.create_theme(f"Theme{i:02d} {form}", notes).theme_ids[0]
            insight = synthesis.promote_theme(theme, f"Insight{i:02d} {form} needs buses")
            ws.set_step(Step.DEVELOP)
            synthesis.add_solution(f"Solution{i:02d} {form} runs a pilot",
                                   insight_ids=[insight.id])
    finally:
        ws.close()
    return path


def docx_text(path: Path) -> str:
    """The text of every XML part (body, headers, footers, properties), a line a paragraph."""
    lines = []
    with zipfile.ZipFile(path) as docx:
        for part in docx.namelist():
            if not part.endswith(".xml"):
                continue
            root = etree.fromstring(docx.read(part))
            paragraphs = root.findall(".//{*}p") or [root]
            for paragraph in paragraphs:
                lines.append("".join(t.text or "" for t in paragraph.iter()
                                     if t.tag.endswith("}t") or t.tag in ("t",)))
            if part.startswith("docProps/"):
                lines += [e.text or "" for e in root.iter()]
    return "\n".join(lines)


def header_footer_template(folder: Path) -> Path:
    """The participant summary with fields in its header and footer."""
    document = Document(str(resolve_template("participants")))
    section = document.sections[0]
    section.header.paragraphs[0].text = ("{% for t in themes %}{{ t.label }} | "
                                         "{% endfor %}")
    section.footer.paragraphs[0].text = ("{% for i in insights %}{{ i.statement }} | "
                                         "{% endfor %}")
    path = folder / "header-footer.docx"
    document.save(str(path))
    return path


def presenter_text(qtbot, path: Path) -> str:
    from facilitator.views.presenter import PresenterWindow
    from facilitator.views.timer import ActivityTimer

    ws = Workshop(open_store(path, readonly=True))
    try:
        window = PresenterWindow(ActivityTimer())
        qtbot.addWidget(window)
        window.privacy = PrivacyRule.for_room(ws)  # as the workshop page sets it
        shown = []
        themes = {t.id: t for t in ws.synthesis.themes()}
        notes = {n.id: n for n in ws.notes()}
        prompts = [a.prompt for a in ws.activities()]
        for (_theme_id, theme), prompt in zip(themes.items(), prompts, strict=True):
            window.show_state("Step 4", prompt, f"{theme.label} ({theme.size})",
                              [notes[i].text for i in theme.note_ids])
            shown += [window.prompt.text(), window.theme_title.text(),
                      html.unescape(re.sub(r"<[^>]+>", "\n", window.notes.text()))]
        return "\n".join(shown)
    finally:
        ws.close()


def projector_board_text(qtbot, path: Path) -> str:
    """What the projector draws of the laptop's board: its notes, their authors and the
    theme labels, painted into the presenter's board view (every drawText recorded)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QGraphicsScene, QStyleOptionGraphicsItem

    from facilitator.views.board import StickyNote, ThemeRegion
    from facilitator.views.presenter import PresenterWindow
    from facilitator.views.timer import ActivityTimer

    class Recorder(QPainter):
        def __init__(self, image):
            super().__init__(image)
            self.texts = []

        def drawText(self, *args):
            self.texts.append(next(a for a in args if isinstance(a, str)))
            super().drawText(*args)

    ws = Workshop(open_store(path, readonly=True))
    try:
        scene = QGraphicsScene()
        for row, note in enumerate(ws.notes()):
            item = StickyNote(note, QColor("#fff2a8"), True, None)
            item.setPos(0, row * 120)
            scene.addItem(item)
        for row, theme in enumerate(ws.synthesis.themes()):
            scene.addItem(ThemeRegion(theme, QRectF(400, row * 120, 300, 100),
                                      QColor("#c8f0c0")))
        window = PresenterWindow(ActivityTimer())
        qtbot.addWidget(window)
        window.privacy = PrivacyRule.for_room(ws)  # as the workshop page sets it
        window.follow_board(scene, scene.itemsBoundingRect())
        image = QImage(400, 200, QImage.Format.Format_ARGB32)
        painter = Recorder(image)
        for item in scene.items():
            if item.childItems() == [] and item.parentItem() is not None:
                item.paint(painter, QStyleOptionGraphicsItem(), window.board.viewport())
        painter.end()
        return "\n".join(painter.texts)
    finally:
        ws.close()


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """written(consent, output, qtbot) -> the output's text, each made once."""
    cache: dict = {}

    def get(consent: bool, output: str, qtbot) -> str:
        if (consent, output) in cache:
            return cache[consent, output]
        folder = tmp_path_factory.mktemp(f"matrix-{consent}-{output}")
        path = build(folder, consent)
        if output in ("presenter", "projector-board"):
            shown = presenter_text if output == "presenter" else projector_board_text
            cache[consent, output] = shown(qtbot, path)
            return cache[consent, output]
        ws = Workshop(open_store(path, readonly=True))
        try:
            if output in ("commissioner", "participants", "run-sheet"):
                out = export_brief(ws, resolve_template(output), folder / f"{output}.docx")
                text = docx_text(out)
            elif output == "header-footer":
                out = export_brief(ws, header_footer_template(folder), folder / "hf.docx")
                text = docx_text(out)
            elif output == "csv":
                out = write_notes_csv(ws, folder / "notes.csv")
                with open(out, encoding="utf-8-sig", newline="") as handle:
                    rows = list(csv.reader(handle))
                text = "\n".join(" | ".join(row) for row in rows)
            elif output == "graphml":
                out = folder / "graph.graphml"
                export_graphml(ws, out)
                graph = nx.read_graphml(out)
                text = "\n".join(" | ".join(f"{k}={v}" for k, v in data.items())
                                 for _, data in graph.nodes(data=True))
                text += "\n" + out.read_text(encoding="utf-8")
            else:  # what the room page for phones will call
                text = "\n".join(room_texts(ws, [n.text for n in ws.notes()]))
        finally:
            ws.close()
        cache[consent, output] = text
        return text

    return get


def assert_nothing_personal(text: str) -> None:
    folded = fold(text)
    for word in ("zoe", "lefevre", "example.org", "gmail"):
        assert word not in folded, word
    digits = re.sub(r"[\s().+-]", "", text)
    assert "7700900123" not in digits


@pytest.mark.parametrize("consent", [True, False], ids=["agreed", "not-agreed"])
@pytest.mark.parametrize("form", FORMS, ids=[f[0] for f in FORMS])
@pytest.mark.parametrize("output", OUTPUTS)
def test_no_name_email_or_phone_in_any_output_and_quotes_only_by_consent(
        written, qtbot, output, form, consent):
    text = written(consent, output, qtbot)
    assert_nothing_personal(text)
    i = FORMS.index(form)
    replaced = form[2]
    expected = {"note": f"Note{i:02d} {replaced} wants later buses",
                "theme": f"Theme{i:02d} {replaced}",
                "insight": f"Insight{i:02d} {replaced} needs buses",
                "solution": f"Solution{i:02d} {replaced} runs a pilot",
                "prompt": f"Prompt{i:02d} ask {replaced} first"}
    for kind in CARRIES[output]:
        assert unicodedata.normalize("NFC", expected[kind]) in unicodedata.normalize(
            "NFC", text), (kind, expected[kind])
    if output == "commissioner":
        # A quote is a note's words with its author's label: R1's only if she agreed, a
        # table's never (this workshop does not let tables be quoted), R2 always agreed.
        quotes = [line for line in text.splitlines() if line.startswith("“")]
        assert any(f"Other{i:02d}" in q and q.endswith("— R2, resident") for q in quotes)
        assert any(f"Note{i:02d}" in q for q in quotes) == consent
        assert not any(f"Table{i:02d}" in q for q in quotes)
        assert not any("Table 3" in q for q in quotes)
        assert ("R1" in text) == consent  # the appendix names R1 only if she agreed
        quotable = len(FORMS) * (2 if consent else 1)
        assert f"{quotable} notes from people who agreed to be quoted of " \
               f"{3 * len(FORMS)}" in text


def test_keeping_personal_data_is_the_same_explicit_choice_everywhere(tmp_path):
    path = build(tmp_path, consent=False)
    ws = Workshop(open_store(path, readonly=True))
    try:
        keep = PrivacyRule.for_workshop(ws, keep_personal_data=True)
        brief = docx_text(export_brief(ws, resolve_template("commissioner"),
                                       tmp_path / "b.docx", privacy=keep))
        notes = write_notes_csv(ws, tmp_path / "n.csv", privacy=keep).read_text("utf-8-sig")
        graph = tmp_path / "g.graphml"
        export_graphml(ws, graph, keep)
        for text in (brief, notes, graph.read_text(encoding="utf-8")):
            assert "Note00 Zoë Lefèvre wants later buses" in text
            assert EMAIL in text and PHONE in text
        # The registered real name never comes from the register itself: only as written.
        assert "R1" not in brief  # and keeping names does not make her quotable
    finally:
        ws.close()

