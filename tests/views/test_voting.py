"""Dot voting without anchoring the room: totals hidden until the facilitator reveals them,
the next voter one key away, and no dialog in the way when someone's dots are used up."""

from __future__ import annotations

import re

import pytest

from facilitator.core.domain.steps import Step


@pytest.fixture
def voting(window, qtbot):
    ws = window.controller.workshop
    for label in ("R1", "R2"):
        ws.add_participant(label, group="resident")
    note = ws.add_note("The last bus leaves at six").note.id
    ws.add_note("Wifi drops upstairs", table_label="Table 1")
    insight = ws.synthesis.add_insight("We heard that buses stop too early", note_ids=[note])
    ws.set_step(Step.DEVELOP)
    for title in ("Later buses", "A library minibus"):
        ws.synthesis.add_solution(title, insight_ids=[insight.id])
    window.page.show_tab(3)
    panel = window.page.solutions_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    panel.table.setFocus()
    panel.table.selectRow(0)
    return window, panel


def _plain(rich: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", rich).split())


def _dots_column(panel) -> list[str]:
    return [str(panel.model.index(row, 1).data()) for row in range(panel.model.rowCount())]


def test_running_out_of_dots_is_said_in_the_status_bar_not_a_dialog(voting, press, messages):
    window, _panel = voting
    for _ in range(4):  # three each: the fourth is refused
        press("+")
    assert messages == []
    assert "R1 has used all 3 dots" in window.statusBar().currentMessage()
    assert window.controller.workshop.development.dots_used("R1") == 3


def test_totals_stay_hidden_until_revealed_and_the_reveal_is_logged_and_undoable(
        voting, press):
    window, panel = voting
    ws = window.controller.workshop
    press("+")
    press("+")
    assert _dots_column(panel) == ["–", "–"]  # nobody follows the early dots
    assert "●" not in panel.matrix.cards[ws.synthesis.solutions()[0].id].text_item \
        .toPlainText()
    press("Ctrl+Shift+R")
    assert ws.details().votes_revealed is True
    assert ws.change_log()[0]["action"] == "reveal votes"
    assert _dots_column(panel) == ["2", "0"]
    assert "●2" in panel.matrix.cards[ws.synthesis.solutions()[0].id].text_item \
        .toPlainText()
    press("Ctrl+Z")
    assert ws.details().votes_revealed is False
    assert "Undone: Reveal the vote totals" in window.statusBar().currentMessage()
    press("Ctrl+Shift+Z")
    assert ws.details().votes_revealed is True
    press("Ctrl+Shift+R")  # hidden again, for another round
    assert ws.details().votes_revealed is False
    assert ws.change_log()[0]["action"] == "hide votes"
    assert _dots_column(panel) == ["–", "–"]


def test_n_moves_to_the_next_voter_participants_then_tables(voting, press):
    window, panel = voting
    ws = window.controller.workshop
    voters = [panel.voter.currentText()]
    for _ in range(3):
        press("N")
        voters.append(panel.voter.currentText())
    assert voters == ["R1", "R2", "Table 1", "R1"]  # and round again
    assert "back to the first voter" in window.statusBar().currentMessage()
    press("N")
    press("+")  # R2 votes
    press("N")
    press("+")  # then Table 1
    assert ws.development.dots_used("R2") == 1 and ws.development.dots_used("Table 1") == 1
    assert ws.development.dots_used("R1") == 0


def test_the_projector_shows_the_totals_only_once_revealed(voting, press, qtbot):
    window, _panel = voting
    press("+")
    press("+")
    window.page.set_presenter_mode("solutions")
    press("F11")
    presenter = window.page.presenter
    qtbot.waitUntil(presenter.isVisible)
    shown = _plain(presenter.notes.text())
    assert "Later buses" in shown and "A library minibus" in shown
    assert "●" not in shown and "2" not in shown
    window.controller.reveal_votes(True)
    shown = _plain(presenter.notes.text())
    assert "Later buses ● 2" in shown
    assert shown.index("Later buses") < shown.index("A library minibus")  # most dots first
    window.controller.reveal_votes(False)
    assert "●" not in presenter.notes.text()
    presenter.close()
