"""Where notes sit on the sticky-note board: the size of a note, and the free spot a new
note takes when it is stored - below everything arranged, in rows - so nothing arranged
ever moves and the board never has to write while it is drawn."""

from __future__ import annotations

import math

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


def free_spot_sql() -> tuple[float, object]:
    """The x and (as SQL, stored in the note's own INSERT) the y of one new note's spot."""
    return 0.0, func.coalesce(_bottom(), -GAP) + GAP * 3


def free_spots(session: Session, count: int) -> list[Place]:
    """Spots for ``count`` new notes, in rows below everything arranged."""
    if count <= 0:
        return []
    bottom = session.scalar(select(_bottom()))
    return spots_below(-GAP if bottom is None else bottom, count)


def spots_below(bottom: float, count: int) -> list[Place]:
    """``count`` spots in rows starting a little below ``bottom``."""
    top = bottom + GAP * 3
    per_row = max(COLUMN_NOTES * 2, int(math.sqrt(count) * 1.5))
    return [(column * (NOTE_W + GAP), top + row * (NOTE_H + GAP))
            for row, column in (divmod(i, per_row) for i in range(count))]
