"""One journey per line of the README's keyboard table for capture: every key goes to
whatever has focus, and what is checked is what the workshop stored (or, for search, the
notes the list shows)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from facilitator.core.domain.steps import Step


def _stored(window):
    return [(n.author, n.text) for n in window.controller.workshop.notes()]


def test_type_and_enter_saves_the_note_and_clears_the_field(window, press, type_into_focus):
    press("Ctrl+E")
    type_into_focus("Open on Sunday mornings")
    press("Return")
    type_into_focus("Plus de bancs 🪑 près de l'entrée", enter=True)
    press("Return")  # an empty field saves nothing
    assert _stored(window) == [("", "Open on Sunday mornings"),
                               ("", "Plus de bancs 🪑 près de l'entrée")]
    assert window.page.capture.entry.text() == ""


def test_ctrl_e_from_any_field_tab_or_dock_comes_back_to_the_note(window, press,
                                                                  type_into_focus,
                                                                  x11_text_keys):
    x11_text_keys(window)
    press("Ctrl+F")
    type_into_focus("bus")
    press("Ctrl+E")
    type_into_focus("Typed after searching", enter=True)
    press("Alt+5")  # the board
    press("Ctrl+E")
    type_into_focus("Typed after the board", enter=True)
    assert [text for _, text in _stored(window)] == ["Typed after searching",
                                                     "Typed after the board"]


def test_alt_a_and_alt_t_choose_author_and_activity_which_stay_set(window, press,
                                                                   type_into_focus):
    controller = window.controller
    controller.add_participant("R1", group="resident")
    controller.add_activity("Journey map", step=Step.INVOLVE)
    press("Alt+A")
    type_into_focus("r1", enter=True)  # any case: the participant R1
    press("Alt+T")
    press("Down")
    press("Return")
    type_into_focus("First by R1", enter=True)
    type_into_focus("Second by R1", enter=True)
    press("Alt+A")
    press("Ctrl+A")
    type_into_focus("Table 3", enter=True)  # a table is an author too
    type_into_focus("From the table", enter=True)
    notes = controller.workshop.notes()
    assert [(n.author, n.text, n.activity_name) for n in notes] == [
        ("R1", "First by R1", "Journey map"), ("R1", "Second by R1", "Journey map"),
        ("Table 3", "From the table", "Journey map")]
    assert notes[0].participant_id is not None and notes[2].participant_id is None


def test_at_label_sets_the_author_of_one_note_and_offers_a_new_one(window, press,
                                                                   type_into_focus,
                                                                   in_next_dialog):
    controller = window.controller
    controller.add_participant("R1", group="resident")
    press("Alt+A")
    type_into_focus("R1", enter=True)
    type_into_focus("@R1 By R1 anyway", enter=True)
    in_next_dialog(lambda: press("Return"))
    type_into_focus("@R2 A new voice", enter=True)
    type_into_focus("Back to the chosen author", enter=True)
    assert _stored(window) == [("R1", "By R1 anyway"), ("R2", "A new voice"),
                               ("R1", "Back to the chosen author")]
    assert [(p.label, p.group) for p in controller.workshop.participants()] == [
        ("R1", "resident"), ("R2", "resident")]


def test_up_goes_into_the_notes_f2_edits_delete_removes_and_esc_comes_back(
        window, press, type_into_focus, qtbot):
    capture = window.page.capture
    press("Ctrl+E")
    for text in ("First note", "Second note", "Third note"):
        type_into_focus(text, enter=True)
    press("Up")
    press("Up")  # on the second note
    press("F2")
    press("End")
    type_into_focus(", corrected", enter=True)
    qtbot.waitUntil(lambda: _stored(window)[1][1] == "Second note, corrected")
    press("Down")  # on the third note
    press("Delete")
    assert [text for _, text in _stored(window)] == ["First note", "Second note, corrected"]
    press("Escape")
    assert QApplication.focusWidget() is capture.entry
    press("Up")
    press("Down")  # down past the last note: back to the field
    type_into_focus("Fourth note", enter=True)
    assert [text for _, text in _stored(window)] == ["First note", "Second note, corrected",
                                                     "Fourth note"]


def test_ctrl_z_and_ctrl_shift_z_undo_and_redo_any_change_named_in_the_status_bar(
        window, press, type_into_focus, in_next_dialog):
    ws = window.controller.workshop
    in_next_dialog(lambda: (type_into_focus("R1"), press("Return")))
    press("Ctrl+Shift+P")
    press("Ctrl+E")
    type_into_focus("A note", enter=True)
    press("Ctrl+]")  # step 2
    press("Ctrl+Z")
    assert ws.details().current_step == Step.INVOLVE
    assert "Undone: Move to step 2" in window.statusBar().currentMessage()
    press("Ctrl+Z")
    press("Ctrl+Z")
    assert ws.notes() == [] and ws.participants() == []
    assert "Undone: Add participant R1" in window.statusBar().currentMessage()
    press("Ctrl+Shift+Z")
    press("Ctrl+Shift+Z")
    assert [p.label for p in ws.participants()] == ["R1"]
    assert [n.text for n in ws.notes()] == ["A note"]
    assert "Redone: Add note" in window.statusBar().currentMessage()
    assert window.page.capture.entry.text() == ""  # never the saved note back in the field


def test_ctrl_f_searches_the_notes_and_the_filters_beside_it(window, press,
                                                             type_into_focus, qtbot):
    controller = window.controller
    controller.add_participant("R1", group="resident")
    controller.add_participant("S1", group="professional")
    press("Alt+A")
    type_into_focus("R1", enter=True)
    type_into_focus("Open on Sundays", enter=True)
    type_into_focus("@S1 More staff on Sundays", enter=True)
    type_into_focus("Quiet room is full", enter=True)
    press("Ctrl+F")
    type_into_focus("sunday")
    panel = window.page.notes_panel
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 2)  # the search waits for a pause
    press("Tab")  # the group filter beside the search
    type_into_focus("p")  # the first group starting with P: professional
    assert panel.proxy.rowCount() == 1
    assert panel.count.text() == "1 of 3 notes"
