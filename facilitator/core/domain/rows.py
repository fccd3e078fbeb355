"""Reading the store's rows into records, inside a session: shared by every module of
operations so that each reads a note, a participant or the workshop's details one way."""

from __future__ import annotations

import functools
import uuid
from collections.abc import Iterable
from datetime import datetime, timezone

from sqlalchemy import Integer, bindparam, delete, func, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ClauseElement

from facilitator.core.domain.board import next_spot, places_changed
from facilitator.core.domain.records import (
    ActivityData,
    DetailsData,
    NoteData,
    ParticipantData,
)
from facilitator.core.domain.steps import Step
from facilitator.core.domain.text import clean_field
from facilitator.core.errors import WorkshopClosed, gone
from facilitator.core.locale import _
from facilitator.core.storage.model import (
    Activity,
    Insight,
    Link,
    Note,
    Participant,
    Theme,
    WorkshopDetails,
)


def now() -> datetime:
    return datetime.now(timezone.utc)


def aware(moment: datetime) -> datetime:
    """SQLite hands times back without a zone; they were stored in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def get(session: Session, model, key: int, what: str):
    """The row, or NoLongerThere naming ``what``."""
    row = session.get(model, key)
    if row is None:
        raise gone(what)
    return row


def existing(session: Session, model, key: int | None) -> int | None:
    """The key if that row still exists, else None (a theme may be gone by undo time)."""
    return key if key is not None and session.get(model, key) is not None else None


# --- the workshop's details ----------------------------------------------------------------


def details_row(session: Session) -> WorkshopDetails:
    row = session.scalar(select(WorkshopDetails).order_by(WorkshopDetails.id).limit(1))
    if row is None:
        raise WorkshopClosed(_("This workshop has no details; it may not be a workshop."))
    return row


def details_of(row: WorkshopDetails) -> DetailsData:
    return DetailsData(row.title, row.question, row.commissioner, row.date, row.place,
                       Step(row.current_step), row.language, row.contact, row.next_steps,
                       bool(row.quote_tables), bool(row.votes_revealed))


def participant_of(row: Participant) -> ParticipantData:
    return ParticipantData(row.id, row.label, row.real_name, row.group, row.role,
                           bool(row.consent_quote), row.email, row.phone)


def activity_of(row: Activity) -> ActivityData:
    return ActivityData(row.id, row.name, Step(row.step), row.prompt, row.planned_minutes,
                        row.position)


# --- notes ---------------------------------------------------------------------------------

_NOTE_COLUMNS = ("id", "uid", "text", "participant_id", "table_label", "activity_id", "step",
                 "created_at", "created_by", "colour", "pos_x", "pos_y", "theme_id",
                 "placed_by_hand")


def note_query():
    """Notes with what is shown beside them, as plain columns rather than ORM objects:
    listing thousands of notes stays fast."""
    columns = [getattr(Note, name) for name in _NOTE_COLUMNS]
    return (
        select(*columns, Participant.label, Participant.group, Activity.name, Theme.label)
        .outerjoin(Participant, Note.participant_id == Participant.id)
        .outerjoin(Activity, Note.activity_id == Activity.id)
        .outerjoin(Theme, Note.theme_id == Theme.id)
    )


def note_supports(session: Session, note_ids: Iterable[int] | None = None
                  ) -> dict[int, tuple[int, ...]]:
    """The insights each note is direct evidence for (all notes when ``note_ids`` is None)."""
    query = select(Link.source_id, Link.target_id).where(
        Link.source_kind == "note", Link.kind == "supports", Link.target_kind == "insight")
    if note_ids is not None:
        query = query.where(Link.source_id.in_(list(note_ids)))
    found: dict[int, list[int]] = {}
    for source, target in session.execute(query.order_by(Link.target_id)):
        found.setdefault(source, []).append(target)
    return {key: tuple(value) for key, value in found.items()}


def note_of(*row, supports: tuple[int, ...] = ()) -> NoteData:
    (note_id, uid, text, participant_id, table_label, activity_id, step, created_at,
     created_by, colour, pos_x, pos_y, theme_id, by_hand, label, group, activity,
     theme_label) = row
    return NoteData(
        id=note_id, uid=uid, text=text, participant_id=participant_id,
        table_label=table_label or "", activity_id=activity_id, step=Step(step),
        created_at=aware(created_at), created_by=created_by or "", colour=colour or "",
        pos_x=pos_x, pos_y=pos_y, participant_label=label or "", group=group or "",
        activity_name=activity or "", theme_id=theme_id, theme_label=theme_label or "",
        placed_by_hand=bool(by_hand), supports=supports,
    )


def load_notes(session: Session, note_ids: Iterable[int] | None = None) -> list[NoteData]:
    """The notes with these ids that exist (all notes when None), in id order."""
    query = note_query().order_by(Note.id)
    ids = None if note_ids is None else list(note_ids)
    if ids is not None:
        if not ids:
            return []
        query = query.where(Note.id.in_(ids))
    supports = note_supports(session, ids)
    return [note_of(*row, supports=supports.get(row[0], ())) for row in session.execute(query)]


def load_note(session: Session, row: Note | int, *, new: bool = False) -> NoteData:
    """One note that exists, as a record (``new``: just stored, so evidence for nothing)."""
    note_id = row if isinstance(row, int) else row.id
    result = session.execute(_one_note(), {"note_id": note_id}).first()
    assert result is not None
    if new:
        return note_of(*result)
    return note_of(*result, supports=note_supports(session, [note_id]).get(note_id, ()))


@functools.cache
def _one_note():
    # Built once: each note typed reads itself back, and building the query again (and its
    # cache key) cost more than running it.
    return note_query().where(Note.id == bindparam("note_id"))


def note_step(activity_id: int | None):
    """The step of a new note, as SQL to store with it: its activity's step, or the
    workshop's current step for a note of no activity – wherever the note is made (typed,
    imported, from a phone). The one rule; a step given on purpose is kept instead."""
    current = (select(WorkshopDetails.current_step).order_by(WorkshopDetails.id).limit(1)
               .scalar_subquery())
    if activity_id is None:
        return current
    return func.coalesce(select(Activity.step).where(Activity.id == activity_id)
                         .scalar_subquery(), current)


def insert_note(session: Session, text: str, *, device: str, participant_id: int | None,
                table_label: str, activity_id: int | None, step: Step | int | None,
                uid: str | None) -> int:
    """Store one cleaned, non-empty note in one statement - its step by `note_step` unless
    given, its free spot on the board by `board.next_spot` - and return its id. A uid
    already stored raises IntegrityError."""
    row = new_note_row(text, device=device, participant_id=participant_id,
                       table_label=table_label, activity_id=activity_id,
                       step=Step.INVOLVE if step is None else step, uid=uid)
    values = {column: getattr(row, column) for column in NEW_NOTE_FIELDS}
    values["pos_x"], values["pos_y"] = next_spot(session)
    if isinstance(values["pos_y"], ClauseElement):  # a shared server's bottom, as SQL
        if step is None:
            values["step"] = note_step(activity_id)
        return session.scalar(insert(Note).values(values).returning(Note.id))
    if step is None:
        del values["step"]
        values["step_activity"] = activity_id
    return session.scalar(_note_insert(step is None), values)


@functools.cache
def _note_insert(step_from_activity: bool):
    """The INSERT of one note, built once with its values as parameters (building it per note
    cost more than storing the note): its step by `note_step` from the parameter
    ``step_activity`` (NULL for a note of no activity) unless the step is a parameter too."""
    table = Note.__table__
    statement = insert(table)
    if step_from_activity:
        statement = statement.values(
            step=note_step(bindparam("step_activity", type_=Integer)))
    return statement.returning(table.c.id)


# What a new note is stored with; the other columns take their defaults.
NEW_NOTE_FIELDS = ("uid", "text", "participant_id", "table_label", "activity_id", "step",
                   "created_at", "created_by")


def new_note_row(text: str, *, device: str, participant_id: int | None, table_label: str,
                 activity_id: int | None, step: Step | int, uid: str | None) -> Note:
    """A new note's row by ``device``, not yet added (several may go in one flush)."""
    return Note(uid=uid or str(uuid.uuid4()), text=text, participant_id=participant_id,
                table_label=clean_field(table_label), activity_id=activity_id,
                step=int(Step(step)), created_at=now(), created_by=device)


def remove_note(session: Session, note_id: int) -> NoteData:
    """Take a note and its evidence links out; returns everything needed to put it back."""
    row = get(session, Note, note_id, "note")
    data = load_note(session, row)
    session.execute(delete(Link).where(Link.source_kind == "note",
                                       Link.source_id == note_id))
    session.delete(row)
    return data


def put_note_back(session: Session, data: NoteData) -> NoteData:
    """A removed note back exactly as it was (same id, uid and times), with those of its
    evidence links whose insight is still there."""
    row = Note(id=data.id, uid=data.uid, text=data.text,
               participant_id=existing(session, Participant, data.participant_id),
               table_label=data.table_label,
               activity_id=existing(session, Activity, data.activity_id),
               step=int(data.step), colour=data.colour,
               pos_x=data.pos_x, pos_y=data.pos_y, created_at=data.created_at,
               created_by=data.created_by, placed_by_hand=data.placed_by_hand,
               theme_id=existing(session, Theme, data.theme_id))
    session.add(row)
    session.flush()
    places_changed(session)  # back where it was, perhaps below everything
    for insight_id in data.supports:
        if existing(session, Insight, insight_id) is not None:
            session.add(Link(kind="supports", source_kind="note", source_id=row.id,
                             target_kind="insight", target_id=insight_id))
    return load_note(session, row)
