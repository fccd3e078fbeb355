"""The whole path a facilitator takes, driven through the real window with key presses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from facilitator.core.domain.steps import Step
from facilitator.core.domain.workshop import Workshop
from facilitator.core.storage.store import open_store
from facilitator.views.dialogs import ParticipantDialog, WorkshopDialog


def _ok(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_new_workshop_participants_twenty_notes_undo_and_reopen(
        qtbot, make_window, tmp_path, fill_next_dialog, messages, type_text):
    window = make_window()
    path = tmp_path / "Youth services.workshop"

    def fill_workshop(dialog: WorkshopDialog):
        qtbot.keyClicks(dialog.title, "Youth services")
        qtbot.keyClicks(dialog.question, "How might young people shape the youth offer?")
        qtbot.keyClicks(dialog.commissioner, "County Council")
        qtbot.keyClicks(dialog.place, "Town library")
        dialog.file.setText(str(path))
        _ok(qtbot, dialog)

    fill_next_dialog(fill_workshop)
    window.new_workshop()
    assert path.exists()
    assert window.windowTitle().startswith("Youth services")

    for label, group in (("Y1", "resident"), ("Y2", "service user"), ("W1", "professional")):
        def fill_person(dialog: ParticipantDialog, label=label, group=group):
            dialog.label.selectAll()
            qtbot.keyClicks(dialog.label, label)
            dialog.group.setCurrentText(group)
            dialog.consent.setChecked(True)
            qtbot.keyClicks(dialog.real_name, f"Real name of {label}")
            _ok(qtbot, dialog)

        fill_next_dialog(fill_person)
        window.page.add_participant()
    assert [p.label for p in window.controller.workshop.participants()] == ["Y1", "Y2", "W1"]

    capture = window.page.capture
    capture.author.setCurrentText("Y1")
    typed = [f"Note {n}: the bus stops at 7pm 🚌" for n in range(1, 21)]
    for text in typed:
        type_text(capture.entry, text, enter=True)
        assert capture.entry.text() == ""
    assert [n.text for n in window.controller.workshop.notes()] == typed
    assert window.page.notes.rowCount() == 20
    assert window.saved_label.text().startswith("Saved")

    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.page.notes.rowCount() == 18
    window.redo_action.trigger()
    assert [n.text for n in window.controller.workshop.notes()] == typed[:19]

    window.close_workshop()
    assert window.controller is None
    assert window.open_target(str(path))
    notes = window.controller.workshop.notes()
    assert [n.text for n in notes] == typed[:19]
    assert {n.participant_label for n in notes} == {"Y1"}
    assert messages == []


def test_real_names_never_appear_in_the_window_lists(window, qtbot):
    window.controller.add_participant("R1", real_name="Amira Haddad", group="resident")
    panel = window.page.participants
    shown = [panel.model.data(panel.model.index(0, c)) for c in range(panel.model.columnCount())]
    assert "R1" in shown and "Amira Haddad" not in shown


def test_step_bar_moves_the_workshop_and_undo_moves_it_back(window, qtbot):
    bar = window.page.step_bar
    qtbot.mouseClick(bar.buttons[Step.SYNTHESISE], Qt.MouseButton.LeftButton)
    assert window.controller.workshop.details().current_step == Step.SYNTHESISE
    assert bar.buttons[Step.SYNTHESISE].isChecked()
    assert "Synthesise insights" in bar.explanation.text()
    window.undo_action.trigger()
    assert window.controller.workshop.details().current_step == Step.INVOLVE
    assert bar.buttons[Step.INVOLVE].isChecked()
    log = window.controller.workshop.change_log()
    assert [e["action"] for e in log[:2]] == ["move to step", "move to step"]


def test_edit_workshop_details_is_undoable_and_retitles_the_window(
        window, qtbot, fill_next_dialog):
    def rename(dialog):
        dialog.title.clear()
        qtbot.keyClicks(dialog.title, "Library hours, round 2")
        _ok(qtbot, dialog)

    fill_next_dialog(rename)
    window.edit_details()
    assert window.windowTitle().startswith("Library hours, round 2")
    window.undo_action.trigger()
    assert window.controller.workshop.details().title == "Library opening hours"
    assert window.windowTitle().startswith("Library opening hours")


def test_the_workshop_language_is_chosen_in_the_details_and_undoable(
        window, qtbot, fill_next_dialog):
    def choose_french(dialog):
        assert dialog.language.currentData() == "en"
        dialog.language.setFocus()
        qtbot.keyClicks(dialog.language, "Fr")
        assert dialog.language.currentText() == "Français"
        _ok(qtbot, dialog)

    fill_next_dialog(choose_french)
    window.edit_details()
    assert window.controller.workshop.details().language == "fr"
    window.undo_action.trigger()
    assert window.controller.workshop.details().language == "en"


def test_contact_and_next_steps_are_kept_in_the_details(window, qtbot, fill_next_dialog):
    def fill(dialog):
        qtbot.keyClicks(dialog.contact, "Priya, libraries@example.org")
        dialog.next_steps.setPlainText("Board decides on 14 January")
        _ok(qtbot, dialog)

    fill_next_dialog(fill)
    window.edit_details()
    details = window.controller.workshop.details()
    assert (details.contact, details.next_steps) == ("Priya, libraries@example.org",
                                                     "Board decides on 14 January")


def test_duplicate_participant_label_is_explained_and_the_form_kept(
        window, qtbot, fill_next_dialog, messages):
    window.controller.add_participant("R1")
    attempts = []

    def fill(dialog):
        attempts.append(dialog.label.text())
        if len(attempts) == 1:
            dialog.label.setText("r1")
            fill_next_dialog(fill)  # the form comes back after the message
            _ok(qtbot, dialog)
        else:
            dialog.reject()

    fill_next_dialog(fill)
    window.page.add_participant()
    assert attempts == ["R2", "r1"]  # the label suggested follows the ones used
    assert any("already a participant" in text for _, text in messages)
    assert len(window.controller.workshop.participants()) == 1


def test_second_window_on_the_same_file_is_refused_with_the_holder_named(
        make_window, window, demo_file, messages):
    other = make_window()
    assert not other.open_target(str(demo_file))
    assert other.controller is None
    _title, text = messages[-1]
    assert "already open" in text and "process" in text


def test_a_file_that_is_not_a_workshop_is_explained_and_untouched(make_window, tmp_path,
                                                                  messages):
    bogus = tmp_path / "minutes.workshop"
    bogus.write_bytes(b"PK\x03\x04 this is really a Word document")
    before = bogus.read_bytes()
    window = make_window()
    assert not window.open_target(str(bogus))
    assert "not a workshop file" in messages[-1][1]
    assert bogus.read_bytes() == before


def test_window_layout_and_recent_files_come_back(make_window, demo_file, qtbot):
    first = make_window()
    first.open_target(str(demo_file))
    first.resize(first.width(), 560)  # the offscreen screen is only 800 px wide
    first.activities_dock.hide()
    first.close()

    second = make_window()
    assert second.height() == 560
    assert second.welcome.recent.count() == 1
    assert str(demo_file.resolve()) in second.welcome.recent.item(0).text()
    second.open_target(second.recent.paths()[0])
    assert not second.activities_dock.isVisible()
    assert second.capture_dock.isVisible()


def test_the_notes_columns_chosen_from_the_header_come_back(make_window, demo_file):
    first = make_window()
    first.open_target(str(demo_file))
    panel = first.page.notes_panel
    assert panel.hidden_columns() == ["Step", "Time"]  # the note gets the room by default
    menu = panel.column_menu()
    names = [action.text() for action in menu.actions()]
    assert "Note" not in names  # the note itself cannot be hidden
    time = next(action for action in menu.actions() if action.text() == "Time")
    group = next(action for action in menu.actions() if action.text() == "Group")
    time.trigger()
    group.trigger()
    assert panel.hidden_columns() == ["Group", "Step"]
    first.close()

    second = make_window()
    second.open_target(str(demo_file))
    assert second.page.notes_panel.hidden_columns() == ["Group", "Step"]
    for action in second.page.notes_panel.column_menu().actions():
        if not action.isChecked():
            action.trigger()
    assert second.page.notes_panel.hidden_columns() == []
    second.close()

    third = make_window()
    third.open_target(str(demo_file))
    assert third.page.notes_panel.hidden_columns() == []


def test_save_a_copy_writes_a_complete_workshop(window, tmp_path, monkeypatch):
    window.controller.add_note("Open on Sundays")
    copy = tmp_path / "copy.workshop"
    monkeypatch.setattr("facilitator.views.main_window.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(copy), ""))
    window.save_copy()
    workshop = Workshop(open_store(copy))
    try:
        assert [n.text for n in workshop.notes()] == ["Open on Sundays"]
    finally:
        workshop.close()


def test_editing_a_participant_and_an_activity_can_be_undone(window):
    controller = window.controller
    person = controller.add_participant("R1", group="resident")
    activity = controller.add_activity("World café", prompt="What works today?")
    controller.edit_participant(person.id, label="R1b", group="service user")
    controller.edit_activity(activity.id, planned_minutes=40)
    assert window.page.participants.model.record_at(0).label == "R1b"
    window.undo_action.trigger()
    window.undo_action.trigger()
    workshop = controller.workshop
    assert (workshop.participant(person.id).label, workshop.participant(person.id).group) == (
        "R1", "resident")
    assert workshop.activities()[0].planned_minutes is None
    assert window.page.participants.model.record_at(0).label == "R1"
