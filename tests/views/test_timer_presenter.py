"""The activity timer and the presenter view for the projector."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.core.domain.steps import Step
from facilitator.views.timer import CALM, DONE, WARNING, ActivityTimer, clock_text, shown_time


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def test_the_timer_counts_down_pauses_adds_a_minute_and_signals(qtbot):
    clock = Clock()
    timer = ActivityTimer(clock=clock)
    timer.set_activity("Silent brainstorm", 2)
    assert clock_text(timer.remaining()) == "02:00" and not timer.running
    timer.start()
    clock.now += 45
    assert clock_text(timer.remaining()) == "01:15" and timer.state() == CALM
    timer.pause()
    clock.now += 600  # paused: no time passes for the activity
    assert clock_text(timer.remaining()) == "01:15"
    timer.start()
    clock.now += 20
    assert timer.state() == WARNING  # one minute left: a gentle signal
    timer.add_minute()
    assert clock_text(timer.remaining()) == "01:55" and timer.state() == CALM
    clock.now += 200
    assert timer.remaining() == 0 and timer.state() == DONE
    assert shown_time(timer) == "+1:25"  # it runs on, saying how far over
    timer.reset()
    assert clock_text(timer.remaining()) == "03:00" and not timer.running


def test_f5_runs_the_timer_of_the_running_activity(window, qtbot):
    ws = window.controller.workshop
    activity = window.controller.add_activity("Dot voting", step=Step.DEVELOP,
                                              planned_minutes=15, prompt="Which matters most?")
    window.page.capture.select_activity(activity.id)
    panel = window.page.timer_panel
    assert panel.name.text() == "Dot voting" and panel.clock.text() == "15:00"
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.page.timer.running and panel.start_button.text() == "Pause"
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert window.page.timer.duration == 16 * 60
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert not window.page.timer.running
    assert ws.activities()[0].planned_minutes == 15  # the plan itself is unchanged


def test_the_presenter_view_follows_the_laptop_and_esc_leaves(window, qtbot):
    ws = window.controller.workshop
    activity = window.controller.add_activity("Silent brainstorm", step=Step.POSTPONE,
                                              planned_minutes=10,
                                              prompt="What gets in the way of using the library?")
    window.page.capture.select_activity(activity.id)
    window.controller.add_participant("R1")
    window.controller.add_note("The bus stops at six", activity_id=activity.id,
                               participant_id=1)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    presenter = window.page.presenter
    qtbot.waitUntil(presenter.isVisible)
    assert presenter.prompt.text() == "What gets in the way of using the library?"
    assert presenter.step.text() == "Step 1: Involve users"
    assert "The bus stops at six" in presenter.notes.text()
    window.controller.add_note("No wifi upstairs", activity_id=activity.id)  # live, at once
    assert "No wifi upstairs" in presenter.notes.text()
    assert "R1" not in presenter.notes.text()
    # The theme chosen on the laptop is what the room sees, once "a theme" is chosen.
    ids = [n.id for n in ws.notes()]
    ws.synthesis.create_theme("Getting there", ids[:1])
    window.page.set_presenter_mode("theme")
    window.page.show_tab(1)
    panel = window.page.themes_panel
    panel.refresh()
    index = panel.model.index_of_theme(ws.synthesis.themes()[0].id)
    panel.tree.setCurrentIndex(index)
    assert presenter.theme_title.text() == "Getting there (1)"
    # The timer goes on when the view is closed and opened again.
    window.page.timer.start()
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert not presenter.isVisible()
    assert window.page.timer.running
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(presenter.isVisible)
    assert presenter.clock.text() in ("10:00", "09:59")


def test_closing_the_workshop_closes_the_presenter_view(window, qtbot):
    window.page.toggle_presenter()
    presenter = window.page.presenter
    qtbot.waitUntil(presenter.isVisible)
    window.close_workshop()
    assert not presenter.isVisible()
