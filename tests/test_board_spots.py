"""Where a new note lands on the board: beside the note typed before it, in rows below
everything arranged, so a wall of notes is as wide as a screen rather than one column."""

from __future__ import annotations

from facilitator.core.domain.board import NOTE_H, NOTE_W, ROW_NOTES
from facilitator.core.domain.workshop import Workshop
from facilitator.core.storage.store import create_workshop, open_store


def test_notes_typed_one_after_another_fill_rows_below_what_is_arranged(tmp_path):
    path = tmp_path / "board.workshop"
    create_workshop(path, "Board").close()
    ws = Workshop(open_store(path), device="test")
    try:
        first = [ws.add_note(f"Note {i}").note for i in range(ROW_NOTES + 3)]
        assert len({n.pos_y for n in first[:ROW_NOTES]}) == 1  # one row...
        assert [n.pos_x for n in first[:ROW_NOTES]] == sorted({n.pos_x for n in first})
        assert first[ROW_NOTES].pos_y > first[0].pos_y  # ...then the next one below
        assert first[ROW_NOTES].pos_x == first[0].pos_x
        # A note moved by hand far down: the next note starts a row below it, never on it.
        ws.place_notes({first[0].id: (400.0, 2000.0)})
        moved_bottom = 2000.0 + NOTE_H
        later = ws.add_note("After tidying").note
        assert later.pos_y > moved_bottom and later.pos_x == 0
        boxes = [(n.pos_x, n.pos_y) for n in ws.notes() if n.id != later.id]
        assert all(abs(later.pos_x - x) >= NOTE_W or abs(later.pos_y - y) >= NOTE_H
                   for x, y in boxes)
    finally:
        ws.close()
