"""Panels apply the change records they are told about: typing a note reads nothing back
from the store on any tab, and what the panels show after typing, deleting, undoing and
redoing is what they show when they read the whole workshop again."""

from __future__ import annotations

import pytest
from sqlalchemy import event

TABS = ("Notes", "Themes", "Insight graph", "Solutions", "Board")


@pytest.fixture
def synthesised(window):
    ws = window.controller.workshop
    r1 = ws.add_participant("R1", group="resident").id
    u1 = ws.add_participant("U1", group="service user").id
    texts = ["The last bus leaves at six", "No bus on Sundays", "Buses are too infrequent",
             "Wifi keeps dropping", "Wifi password is hard to get", "Need wifi upstairs",
             "Teenagers have nowhere to go", "A quiet homework room"]
    notes = [ws.add_note(t, participant_id=[r1, u1][i % 2]).note.id
             for i, t in enumerate(texts)]
    syn = ws.synthesis
    bus = syn.create_theme("Buses", notes[:3]).theme_ids[0]
    syn.create_theme("Wifi", notes[3:6])
    insight = syn.add_insight("We heard that buses stop too early", theme_ids=[bus])
    syn.add_solution("A later bus", insight_ids=[insight.id], override=True)
    return window


def _statements(window):
    counted = [0]

    def count(*_args) -> None:
        counted[0] += 1

    engine = window.controller.workshop.store.engine
    event.listen(engine, "before_cursor_execute", count)
    return counted, lambda: event.remove(engine, "before_cursor_execute", count)


@pytest.mark.parametrize("tab", range(len(TABS)), ids=TABS)
def test_typing_a_note_stores_it_and_reads_nothing_back_on_any_tab(synthesised, qtbot,
                                                                  press, type_into_focus, tab):
    window = synthesised
    page = window.page
    page.show_tab(tab)
    press("Ctrl+E")
    type_into_focus("First note on this tab", enter=True)  # the tab's first look is free
    counted, stop = _statements(window)
    try:
        type_into_focus("Benches by the bus stop, please", enter=True)
        qtbot.wait(50)
    finally:
        stop()
    assert page.notes.note_at(page.notes.rowCount() - 1).text == \
        "Benches by the bus stop, please"
    # The note, its change-log row, the note as shown: nothing more on any tab.
    assert counted[0] <= 3


def _shown(page):
    """What the panels show of the notes, each read from its own model or scene."""
    model = page.themes_panel.model
    unsorted = model.branch(model.rowCount() - 1)
    balance = page.voice.balance
    return {
        "table": [page.notes.note_at(r) for r in range(page.notes.rowCount())],
        "unsorted": sorted(n.id for n in unsorted.notes),
        "board": {note_id: (item.pos().x(), item.pos().y())
                  for note_id, item in page.board.view.notes.items()},
        "voice": (balance.notes, balance.groups, balance.people),
        "graph": sorted(page.graph_view.graph.nodes),
    }


def test_what_the_panels_apply_is_what_they_would_read_again(synthesised, qtbot, press,
                                                             type_into_focus):
    window = synthesised
    page = window.page
    for tab in range(len(TABS)):  # every panel has been drawn once
        page.show_tab(tab)
        qtbot.wait(10)
    page.show_tab(0)
    window.voice_dock.raise_()  # on screen (behind the participants' tab it would wait)
    qtbot.wait(10)
    press("Ctrl+E")
    for text in ("Lights on the path", "Signs in more languages", "Open later on Fridays"):
        type_into_focus(text, enter=True)
    ws = window.controller.workshop
    last = ws.notes()[-1]
    window.controller.edit_note(last.id, text="Open later on Thursdays")
    window.controller.delete_notes([ws.notes()[-2].id])
    window.undo_action.trigger()  # the deletion undone
    window.undo_action.trigger()  # the edit undone
    window.redo_action.trigger()
    for tab in range(len(TABS)):  # each panel in turn applies what it missed, or reloads
        page.show_tab(tab)
        qtbot.wait(10)
    applied = _shown(page)
    for panel in (page.themes_panel, page.board, page.voice, page.graph_view):
        panel.refresh()
    page.notes.reload()
    assert _shown(page) == applied
    assert [n.text for n in applied["table"]][-3:] == [
        "Lights on the path", "Signs in more languages", "Open later on Thursdays"]
