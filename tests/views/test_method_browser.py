"""Workshop > Method library: search, filter, the fit helper, add to the agenda, own methods."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from facilitator.core.domain.steps import Step
from facilitator.views.method_browser import MethodBrowser, MethodDialog


@pytest.fixture
def browser(window, qtbot, settings_dir):
    from facilitator.views.application import user_methods_folder

    dialog = MethodBrowser(user_methods_folder(), Step.INVOLVE, window)
    dialog.add_requested.connect(window.page.add_method)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def names(browser) -> list[str]:
    return [f.method.name for f in browser.model.records()]


def test_the_library_opens_on_the_current_step_and_search_narrows_it(browser, qtbot):
    assert "Journey mapping" in names(browser)
    assert "Dot voting" not in names(browser)  # step 4 only
    qtbot.keyClicks(browser.search, "journey")
    assert names(browser) == ["Journey mapping"]
    assert "How to run it" in browser.details.toHtml()
    browser.search.clear()
    browser.step.setCurrentIndex(0)  # any step
    assert len(names(browser)) >= 15


def test_filters_and_the_fit_helper_rank_with_reasons(browser):
    browser.step.setCurrentIndex(browser.step.findData(Step.POSTPONE))
    browser.minutes.setValue(15)
    browser.people.setValue(30)
    assert "World café" not in names(browser)  # needs 45 minutes at least
    browser.engagement.setCurrentIndex(browser.engagement.findData("short"))
    assert browser.count.text().endswith("best fit first")
    assert set(names(browser)[:2]) == {"1-2-4-All", "Silent brainstorm"}
    assert "Fits:" in browser.details.toPlainText()


def test_ctrl_enter_adds_the_method_to_the_agenda_undoably(browser, window, qtbot):
    qtbot.keyClicks(browser.search, "silent brainstorm")
    browser.step.setCurrentIndex(0)
    browser.table.setFocus()
    qtbot.keyClick(browser.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(browser.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    activities = window.controller.workshop.activities()
    assert [a.name for a in activities] == ["Silent brainstorm", "Silent brainstorm (2)"]
    assert activities[0].step == Step.POSTPONE  # the method's step: not for step 1
    assert activities[0].planned_minutes == 10
    assert activities[0].prompt == "What gets in the way of using the service?"
    summary = window.page.activities.summary.text()
    assert "Agenda: 20 min" in summary and "step 2: 20" in summary
    window.undo_action.trigger()
    assert [a.name for a in window.controller.workshop.activities()] == ["Silent brainstorm"]


def test_an_own_method_is_written_listed_and_marked_yours(browser, qtbot, monkeypatch,
                                                          settings_dir):
    def fill(dialog: MethodDialog):
        dialog.name.setText("Walking interview")
        dialog.purpose.setText("Talk while walking the route to the service.")
        dialog.steps[0].setChecked(True)
        dialog.roles[0].setChecked(True)
        dialog.instructions.setPlainText("Meet at the bus stop.\nWalk and listen.")
        return True

    def run(dialog):
        fill(dialog)
        return 1

    monkeypatch.setattr(MethodDialog, "exec", run)
    browser.edit_own(None)
    saved = settings_dir / "methods" / "walking-interview.toml"
    assert saved.is_file()
    assert browser.current().name == "Walking interview"
    shown = [browser.model.index(r, 0).data() for r in range(browser.model.rowCount())]
    assert "Walking interview (yours)" in shown


def test_an_incomplete_own_method_is_explained_and_nothing_is_written(browser, monkeypatch,
                                                                      messages, settings_dir):
    attempts = []

    def run(dialog):
        attempts.append(1)
        dialog.name.setText("Half a method")
        return 1 if len(attempts) == 1 else 0  # the user gives up after the message

    monkeypatch.setattr(MethodDialog, "exec", run)
    browser.edit_own(None)
    assert messages and "'steps' must list the co-design steps" in messages[0][1]
    assert not (settings_dir / "methods").exists() or not list(
        (settings_dir / "methods").glob("*.toml"))


def test_a_broken_method_file_is_reported_in_the_library(window, qtbot, settings_dir):
    from facilitator.views.application import user_methods_folder

    folder = user_methods_folder()
    folder.mkdir(parents=True)
    (folder / "broken.toml").write_text("name = ", encoding="utf-8")
    dialog = MethodBrowser(folder, None, window)
    qtbot.addWidget(dialog)
    assert "broken.toml: not valid TOML" in dialog.problems.text()
    assert len(names(dialog)) >= 15


def test_ctrl_l_opens_the_library_from_the_window(window, qtbot, fill_next_dialog):
    seen = []

    def look(dialog):
        seen.append(dialog.windowTitle())
        dialog.reject()

    fill_next_dialog(look)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["Method library"]


def test_ctrl_up_and_down_reorder_the_agenda_undoably(window, qtbot):
    controller = window.controller
    for name in ("Warm-up", "Journey mapping", "Silent brainstorm"):
        controller.add_activity(name, step=Step.INVOLVE, planned_minutes=10)
    panel = window.page.activities
    window.activities_dock.show()
    panel.table.selectRow(2)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # top
    names = [a.name for a in controller.workshop.activities()]
    assert names == ["Silent brainstorm", "Warm-up", "Journey mapping"]
    assert panel.selected().name == "Silent brainstorm"
    window.undo_action.trigger()
    assert [a.name for a in controller.workshop.activities()] == [
        "Warm-up", "Silent brainstorm", "Journey mapping"]


def test_ones_own_method_is_edited_in_place(browser, monkeypatch, settings_dir):
    def create(dialog):
        dialog.name.setText("Walking interview")
        dialog.purpose.setText("Talk while walking.")
        dialog.steps[0].setChecked(True)
        dialog.roles[0].setChecked(True)
        dialog.instructions.setPlainText("Walk and listen.")
        return 1

    monkeypatch.setattr(MethodDialog, "exec", create)
    browser.edit_own(None)
    own = browser.current()
    assert own.own and browser.copy_button.text() == "&Edit your method…"

    def rename(dialog):
        assert dialog.name.text() == "Walking interview"  # no '(ours)' on one's own
        dialog.name.setText("Walk and talk")
        return 1

    monkeypatch.setattr(MethodDialog, "exec", rename)
    browser.edit_own(own)
    files = sorted(p.name for p in (settings_dir / "methods").glob("*.toml"))
    assert files == ["walking-interview.toml"]  # the same file, a new name inside
    assert browser.library.by_key("walking-interview").name == "Walk and talk"


def test_adding_a_method_leaves_the_running_activity_as_it_is(window, press, in_next_dialog):
    running = window.controller.add_activity("Journey map", step=Step.INVOLVE)
    window.page.capture.select_activity(running.id)
    press("Ctrl+E")

    def add_and_close():
        press("Down")
        press("Ctrl+Return")
        press("Escape")

    in_next_dialog(add_and_close)
    press("Ctrl+L")
    activities = window.controller.workshop.activities()
    assert len(activities) == 2
    assert window.page.capture.activity.currentData() == running.id
    message = window.statusBar().currentMessage()
    assert "added to the agenda" in message and "Journey map" in message
