"""Dialogs from the keyboard: the cursor starts in the first field, Tab follows the layout,
Enter accepts a valid form, Esc cancels. Every key goes to whatever has focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

from facilitator.core.domain.workshop import Workshop
from facilitator.core.storage.store import open_store


@pytest.fixture
def dialog_keys(in_next_dialog):
    """dialog_keys(steps): run steps() in the next dialog; any dialog still open afterwards
    (the same one, or one the keys opened by mistake) is closed and reported, so a dialog
    that ignores Enter cannot hang a test."""
    left_open: list[str] = []

    def close_leftovers():
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            left_open.append(dialog.windowTitle())
            dialog.reject()
            QTimer.singleShot(0, close_leftovers)

    def arrange(steps):
        def run():
            # Keys that land in the wrong place may open another dialog and wait in it.
            watchdog = QTimer(interval=1000)
            watchdog.timeout.connect(close_leftovers)
            watchdog.start()
            steps()
            watchdog.stop()
            QTimer.singleShot(0, close_leftovers)

        in_next_dialog(run)

    arrange.left_open = left_open
    return arrange


def test_ctrl_n_then_typing_fills_the_title_and_enter_creates_the_workshop(
        make_window, tmp_path, press, type_into_focus, dialog_keys):
    window = make_window()
    window.settings.setValue("last_folder", str(tmp_path))

    def fill():
        type_into_focus("Library hours with residents")
        press("Tab")
        type_into_focus("When should the library open?")
        press("Return")

    dialog_keys(fill)
    press("Ctrl+N")
    assert dialog_keys.left_open == []
    path = tmp_path / "Library hours with residents.workshop"
    assert path.exists()
    ws = Workshop(open_store(path, readonly=True))
    try:
        details = ws.details()
    finally:
        ws.close()
    assert (details.title, details.question) == ("Library hours with residents",
                                                  "When should the library open?")


def test_esc_cancels_a_new_workshop_and_nothing_is_written(make_window, tmp_path, press,
                                                           type_into_focus, dialog_keys):
    window = make_window()
    window.settings.setValue("last_folder", str(tmp_path))

    def give_up():
        type_into_focus("A workshop after all? No")
        press("Escape")

    dialog_keys(give_up)
    press("Ctrl+N")
    assert dialog_keys.left_open == []
    assert list(tmp_path.glob("*.workshop")) == []
    assert window.controller is None and window.stack.currentWidget() is window.welcome


def test_tab_goes_through_the_new_workshop_form_in_reading_order(make_window, tmp_path,
                                                                 press, type_into_focus,
                                                                 dialog_keys):
    window = make_window()
    window.settings.setValue("last_folder", str(tmp_path))
    seen: list[str] = []

    def tab_through():
        dialog = QApplication.activeModalWidget()
        browse = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Browse…")
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        names = {id(w): n for n, w in (
            ("title", dialog.title), ("question", dialog.question),
            ("commissioner", dialog.commissioner), ("date", dialog.date),
            ("place", dialog.place), ("contact", dialog.contact),
            ("next steps", dialog.next_steps), ("language", dialog.language),
            ("file", dialog.file), ("browse", browse), ("create", dialog.ok_button),
            ("cancel", cancel))}
        type_into_focus("Youth services")  # a title: Create can be reached
        for _ in range(15):
            seen.append(names.get(id(QApplication.focusWidget()), "other"))
            press("Tab")
        press("Escape")

    dialog_keys(tab_through)
    press("Ctrl+N")
    # Tab goes through the date's year, month and day, as in any Qt date field.
    assert seen == ["title", "question", "commissioner", "date", "date", "date", "place",
                    "contact", "next steps", "language", "file", "browse", "create",
                    "cancel", "title"]


def test_participants_are_added_by_keys_and_the_label_follows_the_ones_used(
        window, press, type_into_focus, dialog_keys):
    def first():
        press("Ctrl+A")
        type_into_focus("R1")
        press("Tab")
        type_into_focus("resident")
        press("Return")

    dialog_keys(first)
    press("Ctrl+Shift+P")
    dialog_keys(lambda: press("Return"))  # the suggested label is R2: Enter takes it
    press("Ctrl+Shift+P")
    assert dialog_keys.left_open == []
    people = window.controller.workshop.participants()
    assert [(p.label, p.group) for p in people] == [("R1", "resident"), ("R2", "")]


def test_an_activity_is_added_by_keys_and_enter_waits_for_a_name(window, press,
                                                                 type_into_focus,
                                                                 dialog_keys):
    def empty_then_named():
        press("Return")  # no name yet: the form stays open
        assert QApplication.activeModalWidget() is not None
        type_into_focus("Silent brainstorm")
        press("Return")

    dialog_keys(empty_then_named)
    press("Ctrl+Shift+A")
    assert dialog_keys.left_open == []
    assert [a.name for a in window.controller.workshop.activities()] == ["Silent brainstorm"]

    dialog_keys(lambda: (type_into_focus("Never added"), press("Escape")))
    press("Ctrl+Shift+A")
    assert [a.name for a in window.controller.workshop.activities()] == ["Silent brainstorm"]


def test_a_solution_is_added_by_keys_enter_saving_from_its_description(window, press,
                                                                       type_into_focus,
                                                                       dialog_keys, qtbot):
    from facilitator.core.domain.steps import Step

    ws = window.controller.workshop
    ws.set_step(Step.DEVELOP)
    window.page.show_tab(3)
    window.page.solutions_panel.table.setFocus()

    def fill():
        type_into_focus("Later buses")
        press("Tab")
        type_into_focus("Ask the bus company")
        press("Shift+Return")
        type_into_focus("for a 9pm bus")
        press("Return")

    dialog_keys(fill)
    press("Insert")
    assert dialog_keys.left_open == []
    solution = ws.synthesis.solutions()[0]
    assert (solution.title, solution.description) == ("Later buses",
                                                      "Ask the bus company\nfor a 9pm bus")
