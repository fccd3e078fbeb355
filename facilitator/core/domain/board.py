"""Where notes sit on the sticky-note board: the size of a note, and the free spot a new
note takes when it is stored - beside the last new one, in rows below everything arranged -
so nothing arranged ever moves and the board never has to write while it is drawn."""

from __future__ import annotations

import math
import threading
from weakref import WeakKeyDictionary

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator.core.storage.model import Note

NOTE_W, NOTE_H = 170.0, 104.0
GAP = 14.0
COLUMN_NOTES = 4  # notes per row inside a theme block when tidying

Place = tuple[float, float]


def _bottom():
    """The lowest edge of the notes that have a place (NULL when none has)."""
    return (select(func.max(Note.pos_y) + NOTE_H)
            .where(Note.pos_x.is_not(None), Note.pos_y.is_not(None)).scalar_subquery())


# The row being filled on each workshop file open in this process, as this process last
# wrote it (its top and the next column): notes typed one after another sit side by side,
# and a note typed in the room takes the next spot without reading every note's place.
# Only for SQLite files, which one app at a time writes (the lock); a shared server
# workshop reads the bottom in the note's own INSERT, since other laptops write too.
_rows: WeakKeyDictionary = WeakKeyDictionary()
_lock = threading.Lock()
ROW_NOTES = 12  # new notes a row: 150 notes make a board wider than high, as a screen is


def _engine(session: Session):
    bind = session.get_bind()
    return getattr(bind, "engine", bind)


def next_spot(session: Session) -> tuple[float, object]:
    """The x and y of one new note's spot (y as SQL on a shared server workshop)."""
    engine = _engine(session)
    if engine.dialect.name != "sqlite":
        return 0.0, func.coalesce(_bottom(), -GAP) + GAP * 3
    (spot,) = free_spots(session, 1)
    return spot


def free_spots(session: Session, count: int) -> list[Place]:
    """Spots for ``count`` new notes: the rest of the row being filled, then new rows below
    everything arranged, ROW_NOTES a row."""
    if count <= 0:
        return []
    engine = _engine(session)
    kept = engine.dialect.name == "sqlite"
    with _lock:  # the room's writer and the window may take spots at the same moment
        row = _rows.get(engine) if kept else None
        if row is None:
            bottom = session.scalar(select(_bottom()))
            row = ((-GAP if bottom is None else bottom) + GAP * 3, 0)
        top, column = row
        spots = []
        for _ in range(count):
            if column >= ROW_NOTES:
                top, column = top + NOTE_H + GAP, 0
            spots.append((column * (NOTE_W + GAP), top))
            column += 1
        if kept:
            _rows[engine] = (top, column)
    return spots


def places_changed(session: Session) -> None:
    """Notes were moved or put back: the next new note reads the bottom again."""
    with _lock:
        _rows.pop(_engine(session), None)


def spots_below(bottom: float, count: int) -> list[Place]:
    """``count`` spots in rows starting a little below ``bottom``."""
    top = bottom + GAP * 3
    per_row = max(COLUMN_NOTES * 2, int(math.sqrt(count) * 1.5))
    return [(column * (NOTE_W + GAP), top + row * (NOTE_H + GAP))
            for row, column in (divmod(i, per_row) for i in range(count))]
