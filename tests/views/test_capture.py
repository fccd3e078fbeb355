"""Live capture, keyboard only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from facilitator.core.domain.steps import Step


def _texts(window):
    return [n.text for n in window.controller.workshop.notes()]


def test_blank_notes_are_refused_quietly(window, qtbot, type_text, messages):
    entry = window.page.capture.entry
    type_text(entry, "   ", enter=True)
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert _texts(window) == []
    assert messages == []
    assert window.undo_action.isEnabled() is False


def test_emoji_right_to_left_and_combining_text_round_trip(window, type_text):
    texts = ["Plus de bancs 🪑 près de l'entrée", "مكتبة مجانية للجميع", "Cafe\u0301 ouvert"]
    for text in texts:
        type_text(window.page.capture.entry, text, enter=True)
    assert _texts(window) == texts


def test_pasted_control_characters_are_cleaned_and_the_user_is_told(window, qtbot):
    entry = window.page.capture.entry
    QApplication.clipboard().setText("Open\x0blater\x00 please\x1b \ufffe")
    entry.setFocus()
    qtbot.keyClick(entry, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert _texts(window) == ["Open\nlater please"]
    assert "4 characters" in window.statusBar().currentMessage()


def test_author_and_activity_stay_set_and_at_label_sets_one_note(window, qtbot, type_text):
    controller = window.controller
    r1 = controller.add_participant("R1", group="resident")
    controller.add_participant("S1", group="professional")
    walk = controller.add_activity("Journey map", step=Step.INVOLVE, prompt="Your last visit")
    capture = window.page.capture
    capture.author.setCurrentText("R1")
    capture.select_activity(walk.id)
    type_text(capture.entry, "The ramp is round the back", enter=True)
    type_text(capture.entry, "@S1 Staff spend an hour on returns", enter=True)
    type_text(capture.entry, "Toilets are locked", enter=True)
    capture.author.setCurrentText("Table 3")
    type_text(capture.entry, "Longer computer sessions", enter=True)
    notes = controller.workshop.notes()
    assert [(n.author, n.text) for n in notes] == [
        ("R1", "The ramp is round the back"), ("S1", "Staff spend an hour on returns"),
        ("R1", "Toilets are locked"), ("Table 3", "Longer computer sessions")]
    assert notes[0].participant_id == r1.id and notes[3].participant_id is None
    assert {n.activity_name for n in notes} == {"Journey map"}
    # A table named once is offered as an author from then on.
    assert capture.author.findText("Table 3") >= 0


def test_up_edits_and_delete_removes_captured_notes_undoably(window, qtbot, type_text):
    capture = window.page.capture
    for text in ("First note", "Second note", "Third note"):
        type_text(capture.entry, text, enter=True)
    qtbot.keyClick(capture.entry, Qt.Key.Key_Up)
    assert capture.captured.hasFocus()
    qtbot.keyClick(capture.captured, Qt.Key.Key_Up)
    assert capture.selected_note_ids() == [2]

    qtbot.keyClick(capture.captured, Qt.Key.Key_F2)
    editor = capture.captured.viewport().findChild(QLineEdit)
    editor.selectAll()
    type_text(editor, "Second note, corrected", enter=True)
    # The item view commits an edit on Enter through a queued call.
    qtbot.waitUntil(lambda: _texts(window)[1] == "Second note, corrected")
    assert _texts(window) == ["First note", "Second note, corrected", "Third note"]

    capture.captured.setFocus()
    qtbot.keyClick(capture.captured, Qt.Key.Key_Delete)
    assert _texts(window) == ["First note", "Third note"]
    window.undo_action.trigger()
    assert _texts(window) == ["First note", "Second note, corrected", "Third note"]
    window.undo_action.trigger()
    assert _texts(window) == ["First note", "Second note", "Third note"]
    assert [n.id for n in window.controller.workshop.notes()] == [1, 2, 3]

    qtbot.keyClick(capture.captured, Qt.Key.Key_Escape)
    assert capture.entry.hasFocus()


def test_a_failed_save_keeps_the_typed_text(window, type_text, messages, monkeypatch):
    from facilitator.core.domain.workshop import SaveFailed

    def refuse(*args, **kwargs):
        raise SaveFailed("The change could not be saved: disk I/O error")

    monkeypatch.setattr(window.controller.workshop, "add_note", refuse)
    type_text(window.page.capture.entry, "Do not lose me", enter=True)
    assert window.page.capture.entry.text() == "Do not lose me"
    # The status says it, without a dialog in the way of typing.
    assert window.saved_label.text() == "NOT SAVED"
    assert "disk I/O error" in window.saved_label.toolTip()
    assert messages == []


def test_notes_are_searched_and_filtered(window, qtbot, type_text):
    controller = window.controller
    controller.add_participant("R1", group="resident")
    controller.add_participant("S1", group="professional")
    capture = window.page.capture
    for author, text in (("R1", "Open on Sundays"), ("S1", "More staff on Sundays"),
                         ("R1", "Quiet room is full")):
        capture.author.setCurrentText(author)
        type_text(capture.entry, text, enter=True)
    panel = window.page.notes_panel
    qtbot.keyClicks(panel.search, "sunday")
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 2)
    panel.group.setCurrentIndex(panel.group.findData("professional"))
    assert panel.proxy.rowCount() == 1
    assert panel.count.text() == "1 of 3 notes"
    panel.clear_filters()
    assert panel.proxy.rowCount() == 3
    panel.step.setCurrentIndex(panel.step.findData(Step.SYNTHESISE))
    assert panel.proxy.rowCount() == 0
