"""The Solutions tab: the step rules with override, dot voting from the keyboard, the matrix."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QMessageBox

from facilitator.core.domain.steps import Step
from facilitator.views.solutions_panel import CARD_H, CARD_W, GRID, SolutionDialog


@pytest.fixture
def developing(window):
    ws = window.controller.workshop
    for label in ("R1", "R2"):
        ws.add_participant(label, group="resident")
    note = ws.add_note("The last bus leaves at six").note.id
    insight = ws.synthesis.add_insight("We heard that buses stop too early", note_ids=[note])
    window.page.show_tab(3)
    return window, insight.id


def panel_of(window):
    return window.page.solutions_panel


def add_through_dialog(window, qtbot, fill_next_dialog, title, insight_id):
    def fill(dialog: SolutionDialog):
        dialog.title.setText(title)
        for i in range(dialog.insights.count()):
            if dialog.insights.item(i).data(Qt.ItemDataRole.UserRole) == insight_id:
                dialog.insights.item(i).setCheckState(Qt.CheckState.Checked)
        dialog.accept()

    fill_next_dialog(fill)
    panel = panel_of(window)
    window.activateWindow()  # back from an earlier dialog: shortcuts need the active window
    qtbot.waitUntil(window.isActiveWindow)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Insert)


def test_a_solution_before_step_three_asks_and_goes_ahead_only_on_purpose(
        developing, qtbot, fill_next_dialog, monkeypatch):
    window, insight = developing
    asked = []

    def decline(rule):
        asked.append(rule)
        return False

    window.controller.confirm_override = decline
    add_through_dialog(window, qtbot, fill_next_dialog, "Later buses", insight)
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert "Creating solutions waits until everyone has been heard" in asked[0]
    assert window.controller.workshop.synthesis.solutions() == []
    window.controller.confirm_override = lambda rule: True
    add_through_dialog(window, qtbot, fill_next_dialog, "Later buses", insight)
    qtbot.waitUntil(lambda: len(window.controller.workshop.synthesis.solutions()) == 1)
    log = [e["action"] for e in window.controller.workshop.change_log()]
    assert "override step rule" in log


def test_the_override_question_is_a_real_message_box(developing, qtbot, monkeypatch):
    window, _insight = developing
    seen = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append(box.text()) or 0)
    assert window._confirm_override("Voting waits until everyone has been heard") is False
    assert seen == ["Voting waits until everyone has been heard"]


def test_votes_are_entered_with_the_keyboard_limited_and_undoable(
        developing, qtbot, fill_next_dialog, messages):
    window, insight = developing
    window.controller.workshop.set_step(Step.DEVELOP)
    add_through_dialog(window, qtbot, fill_next_dialog, "Later buses", insight)
    panel = panel_of(window)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    panel.voter.setCurrentText("R2")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    panel.table.setFocus()
    panel.table.selectRow(0)
    for _ in range(4):  # the fourth dot is refused: three each
        qtbot.keyClick(panel.table, Qt.Key.Key_Plus)
    assert panel.model.index(0, 1).data() == "–"  # hidden while people vote
    window.controller.reveal_votes(True)
    assert panel.model.index(0, 1).data() == 3
    assert messages == []  # said in the status bar, not in a dialog
    assert "R2 has used all 3 dots" in window.statusBar().currentMessage()
    assert "0 dots left" in panel.dots_left.text() and "R2" in panel.dots_left.toolTip()
    qtbot.keyClick(panel.table, Qt.Key.Key_Minus)
    assert panel.model.index(0, 1).data() == 2
    window.undo_action.trigger()
    assert panel.model.index(0, 1).data() == 3


def test_dragging_a_card_onto_the_matrix_places_it_undoably(developing, qtbot, drag):
    window, insight = developing
    ws = window.controller.workshop
    ws.set_step(Step.DEVELOP)
    solution = ws.synthesis.add_solution("Later buses", insight_ids=[insight])
    panel = panel_of(window)
    panel.refresh()
    card = panel.matrix.cards[solution.id]
    # Drop it in the top-left corner: high impact, low effort (a quick win).
    target = QPointF(0.2 * GRID - CARD_W / 2, (1 - 0.9) * GRID - CARD_H / 2)
    drag(panel.matrix, card.sceneBoundingRect().center(), target + QPointF(CARD_W / 2, CARD_H / 2))
    placed = ws.synthesis.solutions()[0]
    assert placed.impact == pytest.approx(0.9, abs=0.03)
    assert placed.effort == pytest.approx(0.2, abs=0.03)
    window.undo_action.trigger()
    assert ws.synthesis.solutions()[0].impact is None


def test_follow_up_fields_are_edited_and_a_bad_date_is_explained(
        developing, qtbot, fill_next_dialog, messages):
    window, insight = developing
    ws = window.controller.workshop
    ws.set_step(Step.DEVELOP)
    ws.synthesis.add_solution("Later buses", insight_ids=[insight])
    panel = panel_of(window)
    panel.refresh()
    attempts = []

    def fill(dialog: SolutionDialog):
        attempts.append(1)
        dialog.owner.setText("Transport team")
        dialog.next_step.setText("Ask the bus company")
        dialog.due_date.setText("31/01/2027" if len(attempts) == 1 else "2027-01-31")
        dialog.accept()
        if len(attempts) == 1:
            fill_next_dialog(fill)

    fill_next_dialog(fill)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: ws.synthesis.solutions()[0].due_date == "2027-01-31")
    assert messages and "YYYY-MM-DD" in messages[0][1]
    row = [panel.model.index(0, c).data() for c in range(5)]
    assert row[2:4] == ["Transport team", "2027-01-31"]
    assert "Next step:</i> Ask the bus company (by 2027-01-31)" in panel.detail.text()
