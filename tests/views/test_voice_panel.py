"""The Voice balance dock: live counts by group and participant, per activity, labels only."""

from __future__ import annotations


def rows(model) -> list[list]:
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_the_panel_counts_live_and_per_activity_without_real_names(window, qtbot):
    window.voice_dock.show()
    window.voice_dock.raise_()
    panel = window.page.voice
    ws = window.controller.workshop
    s1 = ws.add_participant("S1", group="professional", real_name="Dr Hidden").id
    r1 = ws.add_participant("R1", group="resident").id
    ws.add_participant("C1", group="commissioner")
    talk = ws.add_activity("Talk").id
    for _ in range(3):
        window.controller.add_note("Staff view", participant_id=s1, activity_id=talk)
    window.controller.add_note("Resident view", participant_id=r1)
    qtbot.waitUntil(lambda: panel.balance is not None and panel.balance.notes == 4)
    groups = rows(panel.groups)
    assert [g[:3] for g in groups] == [["professional", "1 of 1", 3], ["resident", "1 of 1", 1],
                                       ["commissioner", "0 of 1", 0]]
    assert groups[0][3].endswith("75%")
    assert "commissioner (1)" in panel.summary.text()
    assert "Dr Hidden" not in str(rows(panel.people)) + panel.summary.text()
    panel.activity.setCurrentIndex(panel.activity.findData(talk))
    assert panel.balance.notes == 3
    assert rows(panel.people)[0][:3] == ["S1", "professional", 3]
    window.undo_action.trigger()  # the last note goes; the panel follows
    panel.activity.setCurrentIndex(0)
    assert panel.balance.notes == 3
