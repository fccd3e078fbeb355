"""The sticky-note board: new notes find a free spot, drag to arrange and to group, tidy,
colours, zoom - all saved and undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QInputDialog

from facilitator.views.board import GROUP_COLOURS, NOTE_H, NOTE_W, THEME_PALETTE


@pytest.fixture
def board(window, qtbot):
    ws = window.controller.workshop
    r1 = ws.add_participant("R1", group="resident").id
    u1 = ws.add_participant("U1", group="service user").id
    for i, text in enumerate(["Bus stops at six", "No bus on Sundays", "Wifi drops upstairs",
                              "Teenagers have nowhere to go"]):
        ws.add_note(text, participant_id=[r1, u1][i % 2])
    window.page.show_tab(4)
    panel = window.page.board
    qtbot.waitUntil(lambda: len(panel.view.notes) == 4)
    return window, panel


@pytest.fixture
def drag_note(drag):
    return lambda item, to_scene: drag(item.scene().views()[0],
                                       item.sceneBoundingRect().center(), to_scene)


def test_every_note_gets_a_free_spot_and_a_live_note_moves_nothing(board, qtbot):
    window, panel = board
    ws = window.controller.workshop
    places = {n.id: (n.pos_x, n.pos_y) for n in ws.notes()}
    assert all(p[0] is not None for p in places.values())
    rects = [panel.view.notes[i].sceneBoundingRect() for i in places]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    window.controller.add_note("Later note typed live")
    qtbot.waitUntil(lambda: len(panel.view.notes) == 5)
    after = {n.id: (n.pos_x, n.pos_y) for n in ws.notes()}
    assert all(after[i] == places[i] for i in places)  # nothing arranged moved
    assert not window.undo_action.text().endswith("board")  # placing new ones is not undone


def test_dragging_a_note_saves_its_place_undoably(board, qtbot, drag_note):
    window, panel = board
    ws = window.controller.workshop
    note = ws.notes()[0]
    item = panel.view.notes[note.id]
    target = item.sceneBoundingRect().center() + QPointF(40, 2 * NOTE_H)  # a free, seen spot
    drag_note(item, target)
    moved = ws.note(note.id)
    assert moved.pos_x == pytest.approx(target.x() - NOTE_W / 2, abs=3)
    assert moved.pos_y == pytest.approx(target.y() - NOTE_H / 2, abs=3)
    window.undo_action.trigger()
    assert (ws.note(note.id).pos_x, ws.note(note.id).pos_y) == (note.pos_x, note.pos_y)


def test_dropping_a_note_on_another_groups_them_and_on_a_theme_joins_it(board, qtbot, drag_note,
                                                                         monkeypatch):
    window, panel = board
    ws = window.controller.workshop
    first, second, third, _ = ws.notes()
    target = panel.view.notes[second.id].sceneBoundingRect().center()
    drag_note(panel.view.notes[first.id], target)
    themes = ws.synthesis.themes()
    assert len(themes) == 1 and set(themes[0].note_ids) == {first.id, second.id}
    qtbot.waitUntil(lambda: themes[0].id in panel.view.regions)
    region = panel.view.regions[themes[0].id]
    drag_note(panel.view.notes[third.id],
         region.sceneBoundingRect().topLeft() + QPointF(20, 12))
    assert ws.note(third.id).theme_id == themes[0].id
    window.undo_action.trigger()  # the move of the place
    window.undo_action.trigger()  # the grouping
    assert ws.note(third.id).theme_id is None
    # Rename in place: double-click the theme's region.
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Getting there", True)))
    panel.rename(themes[0].id)
    assert ws.synthesis.theme(themes[0].id).label == "Getting there"


def test_tidy_lays_themes_out_without_overlaps_and_colours_switch(board, qtbot):
    window, panel = board
    ws = window.controller.workshop
    ids = [n.id for n in ws.notes()]
    window.controller.create_theme(ids[:2], "Buses")
    panel.tidy()
    qtbot.waitUntil(lambda: len(panel.view.regions) == 1)
    rects = [item.sceneBoundingRect() for item in panel.view.notes.values()]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    region = panel.view.regions[ws.synthesis.themes()[0].id].sceneBoundingRect()
    for note_id in ids[:2]:
        assert region.contains(panel.view.notes[note_id].sceneBoundingRect())
    for note_id in ids[2:]:
        assert not region.intersects(panel.view.notes[note_id].sceneBoundingRect())
    assert window.undo_action.text() == "&Undo Tidy the board"
    assert panel.view.notes[ids[0]].brush().color().name() == GROUP_COLOURS["resident"]
    assert panel.view.notes[ids[1]].brush().color().name() == GROUP_COLOURS["service user"]
    panel.colour_by.setCurrentIndex(1)  # by theme
    assert panel.view.notes[ids[0]].brush().color().name() == THEME_PALETTE[0]
    assert panel.view.notes[ids[1]].brush().color().name() == THEME_PALETTE[0]
    assert panel.view.notes[ids[2]].brush().color().name() == "#eeeeee"  # loose: grey
    panel.show_authors.setChecked(False)
    assert not panel.view.notes[ids[0]].childItems()[1:]  # only the text, no label


def test_ctrl_0_fits_and_ctrl_1_is_actual_size(board, qtbot):
    _window, panel = board
    panel.view.setFocus()
    panel.view.zoom(3)
    qtbot.keyClick(panel.view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert panel.view.transform().m11() == pytest.approx(1.0)
    qtbot.keyClick(panel.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    visible = panel.view.mapToScene(panel.view.viewport().rect()).boundingRect()
    for item in panel.view.notes.values():
        assert visible.contains(item.sceneBoundingRect())


def test_arrow_keys_move_the_selected_notes_undoably(board, qtbot):
    window, panel = board
    ws = window.controller.workshop
    note = ws.notes()[0]
    panel.view.notes[note.id].setSelected(True)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Right)
    qtbot.keyClick(panel.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    moved = ws.note(note.id)
    assert (moved.pos_x, moved.pos_y) == (note.pos_x + 12, note.pos_y + 60)
    window.undo_action.trigger()
    assert ws.note(note.id).pos_y == note.pos_y


def test_the_presenter_view_shows_the_board_when_chosen_whatever_tab_is_showing(board, qtbot):
    window, panel = board
    window.page.set_presenter_mode("board")
    window.page.toggle_presenter()
    presenter = window.page.presenter
    qtbot.waitUntil(presenter.isVisible)
    assert presenter.board.isVisible() and not presenter.notes.isVisible()
    assert presenter.board.scene() is panel.view.board_scene
    window.page.show_tab(0)  # the laptop goes back to the notes: the room still sees the board
    assert presenter.board.isVisible() and not presenter.notes.isVisible()
    window.page.set_presenter_mode("notes")  # only the facilitator's choice changes it
    assert presenter.notes.isVisible() and not presenter.board.isVisible()
    presenter.close()
