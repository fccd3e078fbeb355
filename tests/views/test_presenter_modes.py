"""The projector shows what the facilitator chooses, large enough for the back of the room."""

from __future__ import annotations

import pytest

from facilitator.core.domain.steps import Step


@pytest.fixture
def projecting(window, qtbot, press):
    """The window with two activities and the presenter view open at 1024 x 768."""
    controller = window.controller
    journey = controller.add_activity("Journey map", step=Step.INVOLVE,
                                      prompt="Walk us through your last visit")
    brainstorm = controller.add_activity("Silent brainstorm", step=Step.INVOLVE,
                                         prompt="What gets in the way of using the library?")
    window.page.capture.select_activity(journey.id)
    press("Ctrl+E")
    press("F11")
    presenter = window.page.presenter
    qtbot.waitUntil(presenter.isVisible)
    presenter.showNormal()
    presenter.resize(1024, 768)
    qtbot.waitUntil(lambda: presenter.width() == 1024)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, presenter, journey, brainstorm


def _shown(presenter) -> str:
    return presenter.notes.text() if presenter.notes.isVisible() else ""


def test_latest_notes_are_those_of_the_running_activity_only(projecting, press,
                                                             type_into_focus):
    window, presenter, _journey, brainstorm = projecting
    window.page.set_presenter_mode("notes")
    type_into_focus("The ramp is round the back", enter=True)
    window.page.capture.select_activity(brainstorm.id)
    press("Ctrl+E")
    type_into_focus("No wifi upstairs", enter=True)
    assert presenter.prompt.text() == "What gets in the way of using the library?"
    assert "No wifi upstairs" in _shown(presenter)
    assert "ramp" not in _shown(presenter)  # an earlier activity's answer is not this one's


def test_the_question_alone_is_shown_larger_and_nothing_else(projecting, press):
    window, presenter, journey, _ = projecting
    window.controller.add_note("Not for the room now", activity_id=journey.id)
    window.page.set_presenter_mode("question")
    assert presenter.prompt.text() == "Walk us through your last visit"
    assert presenter.prompt.font().pointSize() >= 40
    assert not presenter.notes.isVisible() and not presenter.board.isVisible()
    assert not presenter.theme_title.isVisible()


def test_notes_are_large_and_as_many_as_fit_at_1024_by_768(projecting, qtbot):
    window, presenter, journey, _ = projecting
    for number in range(1, 31):
        window.controller.add_note(f"Note {number}: the bus stops at six and the library "
                                   "closes at seven on weekdays", activity_id=journey.id)
    window.page.set_presenter_mode("notes")
    qtbot.wait(20)
    notes = presenter.notes
    assert notes.font().pointSizeF() >= 24
    shown = notes.text().count("<li")
    assert shown >= 4  # several notes, not one
    assert f"and {30 - shown} more" in notes.text()
    assert "Note 30:" in notes.text() and "Note 1:" not in notes.text()  # newest first
    # What is shown fits the room it has: nothing is cut off at the bottom of the screen.
    assert notes.heightForWidth(notes.width()) <= notes.height()
    assert notes.geometry().bottom() <= presenter.height()


def test_a_theme_is_shown_when_chosen_and_the_laptop_selects_it(projecting, qtbot):
    window, presenter, journey, _ = projecting
    ws = window.controller.workshop
    note = window.controller.add_note("The ramp is round the back", activity_id=journey.id)
    window.page.set_presenter_mode("theme")
    assert "Choose a theme" in presenter.notes.text()
    ws.synthesis.create_theme("Getting in", [note.id])
    window.page.show_tab(1)
    panel = window.page.themes_panel
    panel.refresh()
    panel.tree.setCurrentIndex(panel.model.index_of_theme(ws.synthesis.themes()[0].id))
    assert presenter.theme_title.text() == "Getting in (1)"
    assert "The ramp is round the back" in presenter.notes.text()


def test_the_board_follows_where_the_laptop_looks_and_stays_readable(projecting, qtbot):
    from facilitator.views.presenter import MIN_BOARD_SCALE

    window, presenter, journey, _ = projecting
    for number in range(40):
        window.controller.add_note(f"Board note {number}", activity_id=journey.id)
    window.page.show_tab(4)
    view = window.page.board.view
    qtbot.waitUntil(lambda: len(view.notes) == 40)
    window.page.set_presenter_mode("board")
    assert presenter.board.isVisible() and presenter.board.scene() is view.board_scene
    view.fit_all()  # the laptop sees the whole board ...
    scale = presenter.board.transform().m11()
    assert scale >= MIN_BOARD_SCALE  # ... the projector never shrinks it below readable
    shown = presenter.board.mapToScene(presenter.board.viewport().rect()).boundingRect()
    assert not shown.contains(view.board_scene.itemsBoundingRect())  # not the whole canvas
    assert abs(shown.center().x() - view.looked_at().center().x()) < 5
    assert abs(shown.center().y() - view.looked_at().center().y()) < 5

    target = view.notes[window.controller.workshop.notes()[-1].id]
    view.actual_size()
    view.zoom(2.0)
    view.centerOn(target)  # the facilitator looks at one note on the laptop
    shown = presenter.board.mapToScene(presenter.board.viewport().rect()).boundingRect()
    assert shown.contains(target.sceneBoundingRect().center())
    assert presenter.board.transform().m11() >= MIN_BOARD_SCALE


def test_shift_f11_and_the_controls_choose_what_is_projected(projecting, press):
    window, presenter, _, _ = projecting
    page = window.page
    seen = []
    for _ in range(5):
        press("Shift+F11")
        seen.append(page.presenter_mode)
    assert seen == ["theme", "board", "solutions", "question", "notes"]
    controls = page.presenter_controls
    assert controls.choice.currentData() == "notes"
    controls.choice.setFocus()
    press("Down")  # the next choice in the list, from the keyboard
    assert page.presenter_mode == "theme" and presenter.mode == "theme"


def test_time_up_shows_how_far_over(projecting, qtbot):
    window, presenter, _journey, _ = projecting
    timer = window.page.timer
    now = [1000.0]
    timer._clock = lambda: now[0]
    timer.set_activity("Journey map", 10)
    timer.start()
    now[0] += 11 * 60 + 30  # ten minutes planned, eleven and a half gone
    timer.changed.emit()
    assert presenter.clock.text() == "+1:30"
    assert window.page.timer_panel.clock.text() == "+1:30"


def test_on_the_laptop_s_only_screen_the_presenter_takes_the_keys_until_esc(
        window, press, type_into_focus, qtbot):
    press("Ctrl+E")
    press("F11")
    presenter = window.page.presenter
    qtbot.waitUntil(presenter.isVisible)
    qtbot.waitUntil(presenter.isActiveWindow)  # the room's screen: the laptop is under it
    press("Shift+F11")  # what it shows changes from its own keyboard too
    assert window.page.presenter_mode == "theme" and presenter.mode == "theme"
    press("F5")
    assert window.page.timer.running
    press("Ctrl+Shift+R")  # the reveal, with the room watching
    assert window.controller.workshop.details().votes_revealed is True
    press("Escape")
    assert not presenter.isVisible()
    type_into_focus("Typed once the laptop is back", enter=True)
    assert [n.text for n in window.controller.workshop.notes()] == [
        "Typed once the laptop is back"]
