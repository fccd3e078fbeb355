"""File > Export brief / notes as CSV: choosing, keeping or replacing personal data, progress."""

from __future__ import annotations

import zipfile

import pytest
from docx import Document
from PySide6.QtCore import Qt

from facilitator.views.export_dialog import ExportDialog


@pytest.fixture
def noted(window):
    ws = window.controller.workshop
    jane = ws.add_participant("R1", real_name="Jane Okafor", group="resident").id
    ws.add_note("Jane Okafor says the bus is late", participant_id=jane)
    ws.add_note("Call me on 07700 900123 about <the> hours & fines", participant_id=jane)
    return window


def document_text(path) -> str:
    with zipfile.ZipFile(path) as docx:
        return docx.read("word/document.xml").decode("utf-8")


def test_export_brief_lists_personal_data_ticked_and_writes_beside_the_workshop(
        noted, qtbot, fill_next_dialog):
    window = noted
    seen = {}

    def export(dialog: ExportDialog):
        seen["templates"] = [dialog.template.itemData(i) for i in range(dialog.template.count())]
        seen["findings"] = [dialog.personal.item(i).text() for i in range(dialog.personal.count())]
        seen["ticked"] = all(dialog.personal.item(i).checkState() == Qt.CheckState.Checked
                             for i in range(dialog.personal.count()))
        seen["path"] = dialog.path.text()
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    fill_next_dialog(export)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert seen["templates"][:2] == ["commissioner", "participants"]
    assert seen["findings"] == ["Name: Jane Okafor (R1) — in 1 note",
                                "Phone: 07700 900123 — in 1 note"]
    assert seen["ticked"]
    workshop_folder = window.controller.workshop.store.path.parent
    written = workshop_folder / "exports" / "Library opening hours - commissioner.docx"
    assert seen["path"] == str(written)
    assert written.is_file()
    xml = document_text(written)
    assert "Jane" not in xml and "07700" not in xml
    assert "Call me on [phone] about &lt;the&gt; hours &amp; fines" in xml
    assert "Exported" in window.statusBar().currentMessage()


def test_unticking_keeps_that_item_only(noted, qtbot, tmp_path, fill_next_dialog):
    target = tmp_path / "out" / "summary.docx"
    target.parent.mkdir()

    def export(dialog: ExportDialog):
        dialog.template.setCurrentIndex(dialog.template.findData("participants"))
        dialog.path.setText(str(target))
        dialog._mark_edited()
        dialog.personal.item(1).setCheckState(Qt.CheckState.Unchecked)  # keep the phone
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    fill_next_dialog(export)
    noted.export("brief")
    assert target.is_file()
    paragraphs = [p.text for p in Document(str(target)).paragraphs]
    assert paragraphs[0] == "Library opening hours"


def test_export_notes_as_csv(noted, qtbot, tmp_path, fill_next_dialog):
    target = tmp_path / "notes"

    def export(dialog: ExportDialog):
        assert not dialog.template.isVisible()
        dialog.path.setText(str(target))
        dialog._mark_edited()
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    fill_next_dialog(export)
    noted.export("csv")
    text = (tmp_path / "notes.csv").read_text(encoding="utf-8-sig")
    assert "[name] says the bus is late" in text and "Okafor" not in text


def test_a_failing_export_keeps_the_dialog_open_with_the_reason(noted, qtbot, tmp_path):
    dialog = ExportDialog(noted.controller.workshop, "brief", parent=noted)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "missing folder" / "brief.docx"))
    dialog._mark_edited()
    dialog.start()
    qtbot.waitUntil(lambda: dialog._worker is None, timeout=10000)
    assert "Could not write 'brief.docx'" in dialog.status.text()
    assert dialog.export_button.isEnabled()
    assert dialog.result() == 0


def test_an_unexpected_error_while_exporting_is_told_and_writes_nothing(
        noted, qtbot, tmp_path, monkeypatch):
    from facilitator.core.documents import brief

    def broken(*args, **kwargs):
        raise KeyError("Jane Okafor")  # a bug, not a refusal: must not leave the dialog waiting

    monkeypatch.setattr(brief, "export_brief", broken)
    dialog = ExportDialog(noted.controller.workshop, "brief", parent=noted)
    qtbot.addWidget(dialog)
    target = tmp_path / "brief.docx"
    dialog.path.setText(str(target))
    dialog._mark_edited()
    dialog.start()
    qtbot.waitUntil(lambda: dialog._worker is None, timeout=10000)
    assert "failed unexpectedly; nothing was written" in dialog.status.text()
    assert "Okafor" not in dialog.status.text()
    assert dialog.export_button.isEnabled()
    assert not target.exists()


def test_cancel_during_export_writes_nothing(noted, qtbot, tmp_path, monkeypatch):
    import time

    from facilitator.core.documents import brief

    checked = brief.check_template

    def slow_check(*args, **kwargs):  # long enough for Cancel to come before it is written
        time.sleep(0.5)
        return checked(*args, **kwargs)

    monkeypatch.setattr(brief, "check_template", slow_check)
    dialog = ExportDialog(noted.controller.workshop, "brief", parent=noted)
    qtbot.addWidget(dialog)
    target = tmp_path / "brief.docx"
    dialog.path.setText(str(target))
    dialog._mark_edited()
    dialog.start()
    qtbot.wait(100)
    dialog.reject()  # the worker stops at its next step
    assert dialog._worker is None
    assert not target.exists()
    assert not list(tmp_path.glob(".export-*"))


def _endless_template(folder):
    from docx import Document

    from facilitator.core.documents.brief import resolve_template

    document = Document(str(resolve_template("participants")))
    document.add_paragraph("{% for i in range(99999) %}{% for j in range(99999) %}"
                           "{% endfor %}{% endfor %}")
    folder.mkdir()
    document.save(str(folder / "endless.docx"))


def _choose(dialog, name):
    dialog.template.setCurrentIndex(next(i for i, t in enumerate(dialog.templates)
                                         if t.name == name))


def test_cancel_stops_a_template_that_would_fill_for_ever(noted, qtbot, tmp_path):
    import time

    _endless_template(tmp_path / "mine")
    dialog = ExportDialog(noted.controller.workshop, "brief", [tmp_path / "mine"],
                          parent=noted)
    qtbot.addWidget(dialog)
    _choose(dialog, "endless")
    target = tmp_path / "brief.docx"
    dialog.path.setText(str(target))
    dialog._mark_edited()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.progress.value() == 3, timeout=20000)  # filling it
    started = time.monotonic()
    dialog.reject()
    assert time.monotonic() - started < 5 and dialog._worker is None
    assert not target.exists() and not list(tmp_path.glob(".export-*"))


def test_a_template_past_its_time_limit_is_named_in_the_dialog(noted, qtbot, tmp_path,
                                                               monkeypatch):
    from facilitator.core.documents import render

    monkeypatch.setattr(render, "DEFAULT_LIMITS", render.RenderLimits(seconds=2))
    _endless_template(tmp_path / "mine")
    dialog = ExportDialog(noted.controller.workshop, "brief", [tmp_path / "mine"],
                          parent=noted)
    qtbot.addWidget(dialog)
    _choose(dialog, "endless")
    dialog.path.setText(str(tmp_path / "brief.docx"))
    dialog._mark_edited()
    dialog.start()
    qtbot.waitUntil(lambda: dialog._worker is None, timeout=30000)
    assert dialog.status.text().startswith("The template 'endless.docx' took longer than 2 "
                                           "seconds to fill and was stopped")
    assert dialog.export_button.isEnabled() and not (tmp_path / "brief.docx").exists()


def test_each_finding_is_listed_once_with_the_other_ways_it_is_written(window, qtbot):
    import unicodedata

    ws = window.controller.workshop
    zoe = ws.add_participant("R1", real_name="Zoë Lefèvre", group="resident").id
    for text in ("ZOE LEFEVRE wants buses", unicodedata.normalize("NFD", "Zoë Lefèvre agrees"),
                 "zoe lefevre again"):
        ws.add_note(text, participant_id=zoe)
    dialog = ExportDialog(ws, "brief", parent=window)
    qtbot.addWidget(dialog)
    items = [dialog.personal.item(i).text() for i in range(dialog.personal.count())]
    assert len(items) == 1
    assert items[0].startswith("Name: ZOE LEFEVRE (also written ")
    assert "zoe lefevre" in items[0] and items[0].endswith("(R1) — in 3 notes")


def test_the_brief_can_leave_out_the_appendix_and_start_with_a_summary(
        noted, qtbot, fill_next_dialog):
    window = noted
    ws = window.controller.workshop
    ws.synthesis.create_theme("Buses", [n.id for n in ws.notes()])

    def export(dialog: ExportDialog):
        assert dialog.appendix.isChecked() and not dialog.summary_first.isChecked()
        qtbot.mouseClick(dialog.appendix, Qt.MouseButton.LeftButton)  # untick: no appendix
        qtbot.mouseClick(dialog.summary_first, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.written is not None, timeout=30000)

    fill_next_dialog(export)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    written = ws.store.path.parent / "exports" / "Library opening hours - commissioner.docx"
    qtbot.waitUntil(written.exists, timeout=30000)
    headings = [p.text for p in Document(str(written)).paragraphs
                if p.style.name == "Heading 1"]
    assert headings[0] == "At a glance: what we heard"
    assert not any(h.startswith("Appendix") for h in headings)
