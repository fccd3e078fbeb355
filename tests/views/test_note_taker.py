"""The note-taker's evening, keyboard only: every key goes to whatever has focus, and what
counts is what the workshop stored."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from facilitator.core.domain.steps import Step


def _stored(window):
    return [(n.author, n.text) for n in window.controller.workshop.notes()]


def test_notes_typed_after_choosing_an_author_are_all_saved(window, press, type_into_focus):
    window.controller.add_participant("R1", group="resident")
    press("Ctrl+E")
    press("Alt+A")
    type_into_focus("R1", enter=True)
    for number in range(1, 16):
        type_into_focus(f"Note {number} about the bus", enter=True)
    assert _stored(window) == [("R1", f"Note {n} about the bus") for n in range(1, 16)]


def test_esc_in_the_author_field_goes_back_to_the_note_with_the_author_unchanged(
        window, press, type_into_focus):
    window.controller.add_participant("R1", group="resident")
    window.controller.add_participant("R2", group="resident")
    press("Alt+A")
    type_into_focus("R1", enter=True)
    press("Alt+A")
    type_into_focus("R")  # started to type another author, then thought better of it
    press("Escape")
    press("Escape")  # the first Esc may only close the list of matching authors
    type_into_focus("Still by R1", enter=True)
    assert _stored(window) == [("R1", "Still by R1")]


def test_enter_or_esc_in_the_activity_field_goes_back_to_the_note(window, press,
                                                                  type_into_focus):
    controller = window.controller
    controller.add_activity("Journey map", step=Step.INVOLVE)
    controller.add_activity("Silent brainstorm", step=Step.INVOLVE)
    press("Alt+T")
    press("Down")
    press("Return")
    type_into_focus("Chosen with Enter", enter=True)
    press("Alt+T")
    press("Down")
    press("Escape")  # Esc keeps the activity that was running
    type_into_focus("Esc keeps the earlier one", enter=True)
    notes = controller.workshop.notes()
    chosen = notes[0].activity_name
    assert chosen in ("Journey map", "Silent brainstorm")
    assert [(n.text, n.activity_name) for n in notes] == [
        ("Chosen with Enter", chosen), ("Esc keeps the earlier one", chosen)]


def test_ctrl_e_reaches_the_note_field_from_any_field_tab_or_dock(window, press,
                                                                 type_into_focus,
                                                                 x11_text_keys):
    page = window.page
    x11_text_keys(window)  # as on a Linux desktop, where a text field claims Ctrl+E
    window.controller.add_participant("R1", group="resident")
    places = {
        "author": lambda: press("Alt+A"),
        "search": lambda: press("Ctrl+F"),
        "themes tab": lambda: page.show_tab(1),
        "board tab": lambda: page.show_tab(4),
        "participants dock": lambda: page.participants.table.setFocus(),
        "timer dock": lambda: page.timer_panel.start_button.setFocus(),
    }
    for number, (where, go_there) in enumerate(places.items(), start=1):
        go_there()
        assert QApplication.focusWidget() is not page.capture.entry, where
        press("Ctrl+E")
        type_into_focus(f"From the {where}", enter=True)
        assert _stored(window)[-1][1] == f"From the {where}", where
        assert len(_stored(window)) == number


def test_ctrl_z_in_the_empty_note_field_undoes_the_workshop_and_redo_comes_back(
        window, press, type_into_focus):
    press("Ctrl+E")
    type_into_focus("First note", enter=True)
    type_into_focus("Second note", enter=True)
    press("Ctrl+Z")
    assert window.page.capture.entry.text() == ""  # a saved note never comes back to the field
    assert _stored(window) == [("", "First note")]
    assert "Add note “Second note”" in window.statusBar().currentMessage()
    assert "Undone" in window.statusBar().currentMessage()
    press("Return")  # nothing typed: nothing saved twice
    assert _stored(window) == [("", "First note")]
    press("Ctrl+Shift+Z")
    assert _stored(window) == [("", "First note"), ("", "Second note")]
    assert "Redone" in window.statusBar().currentMessage()


def test_while_typing_ctrl_z_undoes_the_typing_not_the_workshop(window, press,
                                                                type_into_focus):
    press("Ctrl+E")
    type_into_focus("Kept", enter=True)
    type_into_focus("Half a thought")
    press("Ctrl+Z")
    assert _stored(window) == [("", "Kept")]
    assert window.page.capture.entry.text() != "Half a thought"


def test_an_unknown_at_label_offers_the_participant_and_enter_saves_the_note_by_them(
        window, press, type_into_focus, in_next_dialog):
    controller = window.controller
    controller.add_participant("R1", group="service user")
    press("Ctrl+E")
    in_next_dialog(lambda: press("Return"))
    type_into_focus("@R2 The bus never comes after six", enter=True)
    people = controller.workshop.participants()
    assert [(p.label, p.group) for p in people] == [("R1", "service user"),
                                                     ("R2", "service user")]
    assert _stored(window) == [("R2", "The bus never comes after six")]
    assert window.page.capture.entry.text() == ""
    type_into_focus("@r2 And the next one too", enter=True)  # known now, any case
    assert _stored(window)[-1] == ("R2", "And the next one too")
    assert len(controller.workshop.participants()) == 2


def test_esc_on_an_unknown_at_label_keeps_the_whole_text_in_the_field(
        window, press, type_into_focus, in_next_dialog):
    press("Ctrl+E")
    in_next_dialog(lambda: press("Escape"))
    type_into_focus("@R7 Longer opening on Saturdays", enter=True)
    assert _stored(window) == []
    assert window.controller.workshop.participants() == []
    assert window.page.capture.entry.text() == "@R7 Longer opening on Saturdays"
    type_into_focus(" afternoons")  # the cursor is back at the end of the note
    assert window.page.capture.entry.text() == "@R7 Longer opening on Saturdays afternoons"


def test_an_at_label_naming_a_table_sets_the_table(window, press, type_into_focus):
    window.controller.add_note("From the table", table_label="Table3")
    press("Ctrl+E")
    type_into_focus("@table3 Wifi in the study room", enter=True)
    assert _stored(window)[-1] == ("Table3", "Wifi in the study room")
