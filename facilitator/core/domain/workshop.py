"""The operations a user performs on a workshop.

`Workshop` is the only writer of the store: every operation runs in one transaction (commit
all or nothing), writes a change-log entry in that same transaction, and then tells the
listeners what changed. Operations return plain frozen records, never live ORM objects, so a
caller cannot change the store behind the workshop's back. Each destructive operation
returns what an undo needs to put things back exactly (same ids, same times).
"""

from __future__ import annotations

import socket
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from facilitator.core.errors import (
    FacilitatorError,
    InputError,
    NoLongerThere,
    WorkshopClosed,
    gone,
)
from facilitator.core.locale import _, ngettext
from facilitator.core.locale.terms import group_key, role_key
from facilitator.core.storage.model import (
    Activity,
    ChangeLog,
    Insight,
    Link,
    Note,
    Participant,
    Theme,
    WorkshopDetails,
)
from facilitator.core.domain.steps import Step
from facilitator.core.storage.store import Store
from facilitator.core.domain.terms import LANGUAGE_NAMES, LANGUAGES
from facilitator.core.domain.text import clean_field, clean_note_text, clean_text

if TYPE_CHECKING:
    from facilitator.core.domain.develop import Development
    from facilitator.core.domain.themes import Synthesis


class EmptyNote(InputError):
    """A note with nothing but blank space: refused without fuss."""


class SaveFailed(FacilitatorError):
    """The store refused a change; nothing of it was written."""


# --- records handed to callers -----------------------------------------------------------


@dataclass(frozen=True)
class DetailsData:
    title: str
    question: str
    commissioner: str
    date: str
    place: str
    current_step: Step
    language: str
    contact: str = ""
    next_steps: str = ""
    quote_tables: bool = False  # a table's notes may be quoted in briefs
    votes_revealed: bool = False  # dot-vote totals shown to the room


@dataclass(frozen=True)
class ParticipantData:
    id: int
    label: str
    real_name: str = ""
    group: str = ""
    role: str = ""
    consent_quote: bool = False
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class ActivityData:
    id: int
    name: str
    step: Step = Step.INVOLVE
    prompt: str = ""
    planned_minutes: int | None = None
    position: int = 0


@dataclass(frozen=True)
class NoteData:
    id: int
    uid: str
    text: str
    participant_id: int | None
    table_label: str
    activity_id: int | None
    step: Step
    created_at: datetime
    created_by: str
    colour: str = ""
    pos_x: float | None = None
    pos_y: float | None = None
    # Shown with the note; read from the participant and activity when the note is loaded.
    participant_label: str = ""
    group: str = ""
    activity_name: str = ""
    theme_id: int | None = None
    theme_label: str = ""
    placed_by_hand: bool = False
    # Insights this note is direct evidence for (links that go with the note when it is
    # deleted, and come back with it on undo).
    supports: tuple[int, ...] = ()

    @property
    def author(self) -> str:
        return self.participant_label or self.table_label


@dataclass(frozen=True)
class AddedNote:
    note: NoteData
    cleaned: int  # characters removed or replaced at entry; tell the user when > 0


@dataclass(frozen=True)
class NoteFilter:
    """Which notes to show. Text matches anywhere, ignoring case; empty fields match all."""

    text: str = ""
    group: str = ""
    step: Step | None = None
    activity_id: int | None = None
    participant_id: int | None = None

    def matches(self, note: NoteData) -> bool:
        if self.step is not None and note.step != self.step:
            return False
        if self.activity_id is not None and note.activity_id != self.activity_id:
            return False
        if self.participant_id is not None and note.participant_id != self.participant_id:
            return False
        if self.group and note.group.casefold() != self.group.casefold():
            return False
        if self.text:
            needle = self.text.casefold()
            return needle in note.text.casefold() or needle in note.author.casefold()
        return True

    @property
    def is_empty(self) -> bool:
        return self == NoteFilter()


@dataclass(frozen=True)
class NoteRow:
    """One note to import, with the line it came from for error messages."""

    line: int
    text: str
    participant: str = ""
    group: str = ""
    activity: str = ""
    step: Step | None = None


@dataclass(frozen=True)
class ImportSummary:
    notes: int
    participants_created: int
    activities_created: int
    cleaned: int


@dataclass(frozen=True)
class Change:
    """What an operation changed: kind is 'note', 'participant', 'activity', 'workshop',
    'theme', 'insight', 'link' or 'solution'."""

    kind: str
    action: str  # 'added', 'changed', 'deleted' or 'reloaded'
    ids: tuple[int, ...] = ()


_UNSET = object()


class Workshop:
    """A workshop open for work, on a file or a server."""

    def __init__(self, store: Store, device: str | None = None):
        self.store = store
        self.device = device or socket.gethostname()
        self._listeners: list[Callable[[Change], None]] = []
        self._synthesis: Synthesis | None = None
        self._development: Development | None = None

    @property
    def synthesis(self) -> Synthesis:
        """Themes, insights and solutions (step 3 and 4), written through this workshop."""
        if self._synthesis is None:
            from facilitator.core.domain.themes import Synthesis

            self._synthesis = Synthesis(self)
        return self._synthesis

    @property
    def development(self) -> Development:
        """Step 4: solutions' owners and next steps, votes, the impact/effort matrix."""
        if self._development is None:
            from facilitator.core.domain.develop import Development

            self._development = Development(self)
        return self._development

    # --- life cycle ----------------------------------------------------------------------

    def close(self) -> None:
        self.store.close()
        self._listeners.clear()

    def as_device(self, device: str) -> Workshop:
        """The same workshop written by another device (a phone in the room): its changes
        carry that device in the change log and on its notes, and reach the same listeners.
        Close only the workshop it came from."""
        other = Workshop(self.store, device)
        other._listeners = self._listeners
        return other

    def add_listener(self, listener: Callable[[Change], None]) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[Change], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        if self.store.readonly:
            raise SaveFailed(_("This workshop is open read-only."))
        try:
            with self.store.sessions.begin() as session:
                yield session
        except FacilitatorError:
            raise
        except IntegrityError as exc:
            raise SaveFailed(_("The change conflicts with what is stored: {0}").format(
                exc.orig)) from exc
        except SQLAlchemyError as exc:
            raise SaveFailed(_("The change could not be saved: {0}").format(
                exc.orig or exc)) from exc

    def _log(self, session: Session, action: str, target: str = "", target_id: int | None = None,
             **detail) -> None:
        session.add(ChangeLog(device=self.device, action=action, target=target,
                              target_id=target_id, detail=_jsonable(detail)))
        if session.get_bind().dialect.name == "postgresql":
            # Other laptops on a shared workshop hear of it when this transaction commits.
            from facilitator.core.storage.feed import notify

            notify(session, self.device, target, action)

    def _log_many(self, session: Session, action: str, target: str,
                  entries: Sequence[tuple[int | None, dict, str]]) -> None:
        """One change-log row per (target id, detail, device), in one statement: many
        notes arriving at once from the room's phones. One notice reaches other laptops."""
        if not entries:
            return
        session.execute(insert(ChangeLog), [
            {"at": _now(), "device": device or self.device, "action": action,
             "target": target, "target_id": target_id, "detail": _jsonable(detail)}
            for target_id, detail, device in entries])
        if session.get_bind().dialect.name == "postgresql":
            from facilitator.core.storage.feed import notify

            notify(session, self.device, target, action)

    def _notify(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    # --- the workshop itself -------------------------------------------------------------

    def details(self) -> DetailsData:
        with self.store.sessions() as session:
            return _details(_details_row(session))

    def update_details(self, **changes) -> tuple[DetailsData, DetailsData]:
        """Change the workshop's details. ``votes_revealed`` shows or hides the dot-vote
        totals; the change log names that change "reveal votes" or "hide votes"."""
        allowed = {"title", "question", "commissioner", "date", "place", "language", "contact",
                   "next_steps", "quote_tables", "votes_revealed"}
        unknown = set(changes) - allowed
        if unknown:
            raise InputError(_("Unknown workshop field(s): {0}").format(
                ", ".join(sorted(unknown))))
        if "votes_revealed" in changes and not isinstance(changes["votes_revealed"], bool):
            raise InputError(_("Whether the votes are revealed is true or false, not "
                               "{0!r}.").format(changes["votes_revealed"]))
        cleaned = {k: (bool(v) if k in _FLAGS
                       else clean_text(v).text.strip()
                       if k in _MULTI_LINE else clean_field(v))
                   for k, v in changes.items()}
        if "title" in cleaned and not cleaned["title"]:
            raise InputError(_("A workshop needs a title."))
        if "language" in cleaned and cleaned["language"] not in LANGUAGES:
            raise InputError(_("Workshops run in {0}; '{1}' is not one of them.").format(
                ", ".join(LANGUAGE_NAMES.values()), cleaned["language"]))
        with self._transaction() as session:
            row = _details_row(session)
            before = _details(row)
            for key, value in cleaned.items():
                setattr(row, key, value)
            action = "edit workshop"
            if set(cleaned) == {"votes_revealed"}:
                action = "reveal votes" if cleaned["votes_revealed"] else "hide votes"
            self._log(session, action, "workshop", row.id, changes=cleaned)
            session.flush()
            after = _details(row)
        self._notify(Change("workshop", "changed"))
        return before, after

    def set_step(self, step: Step | int) -> Step:
        """Move the workshop to a step; returns the step it was in."""
        step = Step(step)
        with self._transaction() as session:
            row = _details_row(session)
            before = Step(row.current_step)
            row.current_step = int(step)
            self._log(session, "move to step", "workshop", row.id,
                      from_step=int(before), to_step=int(step))
        self._notify(Change("workshop", "changed"))
        return before

    # --- participants --------------------------------------------------------------------

    def participants(self) -> list[ParticipantData]:
        with self.store.sessions() as session:
            rows = session.scalars(select(Participant).order_by(Participant.id))
            return [_participant(p) for p in rows]

    def participant(self, participant_id: int) -> ParticipantData:
        with self.store.sessions() as session:
            return _participant(_get(session, Participant, participant_id, "participant"))

    def find_participant(self, label: str) -> ParticipantData | None:
        wanted = clean_field(label).casefold()
        return next((p for p in self.participants() if p.label.casefold() == wanted), None)

    def add_participant(self, label: str, *, real_name: str = "", group: str = "",
                        role: str = "", consent_quote: bool = False, email: str = "",
                        phone: str = "", participant_id: int | None = None) -> ParticipantData:
        values = _participant_values(label=label, real_name=real_name, group=group, role=role,
                                     consent_quote=consent_quote, email=email, phone=phone)
        with self._transaction() as session:
            self._check_label_free(session, values["label"])
            row = Participant(id=participant_id, **values)
            session.add(row)
            session.flush()
            self._log(session, "add participant", "participant", row.id, label=row.label)
            data = _participant(row)
        self._notify(Change("participant", "added", (data.id,)))
        return data

    def update_participant(self, participant_id: int, **changes
                           ) -> tuple[ParticipantData, ParticipantData]:
        values = _participant_values(**changes)
        with self._transaction() as session:
            row = _get(session, Participant, participant_id, "participant")
            before = _participant(row)
            if "label" in values and values["label"].casefold() != row.label.casefold():
                self._check_label_free(session, values["label"])
            for key, value in values.items():
                setattr(row, key, value)
            self._log(session, "edit participant", "participant", row.id,
                      fields=sorted(values))
            session.flush()
            after = _participant(row)
        self._notify(Change("participant", "changed", (participant_id,)))
        return before, after

    def delete_participant(self, participant_id: int) -> ParticipantData:
        with self._transaction() as session:
            row = _get(session, Participant, participant_id, "participant")
            count = session.scalar(select(func.count()).where(Note.participant_id == row.id))
            if count:
                raise InputError(ngettext(
                    "{label} wrote {n} note. Delete or reassign it before removing the "
                    "participant.", "{label} wrote {n} notes. Delete or reassign those notes "
                    "before removing the participant.", count).format(label=row.label, n=count))
            data = _participant(row)
            session.delete(row)
            self._log(session, "delete participant", "participant", data.id, label=data.label)
        self._notify(Change("participant", "deleted", (participant_id,)))
        return data

    def restore_participant(self, data: ParticipantData) -> ParticipantData:
        values = {f.name: getattr(data, f.name) for f in fields(data) if f.name != "id"}
        return self.add_participant(participant_id=data.id, **values)

    def import_participants(self, rows: Sequence) -> list[ParticipantData]:
        """Add a sign-up sheet's participants (core.signup.PersonRow) in one transaction:
        all of them, or none if a label is already taken (every such line is named)."""
        from facilitator.core.errors import ImportFailed

        added: list[ParticipantData] = []
        with self._transaction() as session:
            taken = {label.casefold() for label in session.scalars(select(Participant.label))}
            clashes = [_("line {line}: there is already a participant labelled "
                         "'{label}'").format(line=r.line, label=r.label)
                       for r in rows if clean_field(r.label).casefold() in taken]
            if clashes:
                from facilitator.core.domain.signup import problem_message

                raise ImportFailed(problem_message(_("the sign-up sheet"), clashes))
            for r in rows:
                row = Participant(**_participant_values(
                    label=r.label, real_name=r.real_name, group=r.group, role=r.role,
                    consent_quote=r.consent_quote, email=r.email, phone=r.phone))
                session.add(row)
                session.flush()
                added.append(_participant(row))
            self._log(session, "import participants", "participant", None, count=len(added))
        self._notify(Change("participant", "added", tuple(p.id for p in added)))
        return added

    def delete_participants(self, participant_ids: Sequence[int]) -> list[ParticipantData]:
        """Remove several participants in one transaction (undoing an import); refused if
        any of them wrote a note."""
        with self._transaction() as session:
            rows = [_get(session, Participant, key, "participant") for key in participant_ids]
            wrote = session.scalar(select(func.count()).where(
                Note.participant_id.in_(list(participant_ids))))
            if wrote:
                raise InputError(ngettext(
                    "Those participants wrote {n} note. Delete or reassign it before "
                    "removing them.", "Those participants wrote {n} notes. Delete or reassign "
                    "those notes before removing them.", wrote).format(n=wrote))
            data = [_participant(r) for r in rows]
            for row in rows:
                session.delete(row)
            self._log(session, "delete participants", "participant", None, count=len(rows))
        self._notify(Change("participant", "deleted", tuple(participant_ids)))
        return data

    def restore_participants(self, people: Sequence[ParticipantData]) -> None:
        """Put participants back with their ids, in one transaction (redoing an import)."""
        with self._transaction() as session:
            for data in people:
                values = {f.name: getattr(data, f.name) for f in fields(data) if f.name != "id"}
                self._check_label_free(session, values["label"])
                session.add(Participant(id=data.id, **_participant_values(**values)))
            self._log(session, "restore participants", "participant", None, count=len(people))
        self._notify(Change("participant", "added", tuple(p.id for p in people)))

    def _check_label_free(self, session: Session, label: str) -> None:
        # Compared in Python: SQLite's lower() only folds ASCII letters ('É' != 'é').
        wanted = label.casefold()
        labels = session.scalars(select(Participant.label))
        if any(other.casefold() == wanted for other in labels):
            raise InputError(_("There is already a participant labelled '{0}'.").format(label))

    # --- activities ----------------------------------------------------------------------

    def activities(self) -> list[ActivityData]:
        with self.store.sessions() as session:
            rows = session.scalars(select(Activity).order_by(Activity.position, Activity.id))
            return [_activity(a) for a in rows]

    def find_activity(self, name: str) -> ActivityData | None:
        wanted = clean_field(name).casefold()
        return next((a for a in self.activities() if a.name.casefold() == wanted), None)

    def add_activity(self, name: str, *, step: Step | int | None = None, prompt: str = "",
                     planned_minutes: int | None = None, activity_id: int | None = None,
                     position: int | None = None) -> ActivityData:
        name = clean_field(name)
        if not name:
            raise InputError(_("An activity needs a name."))
        _check_minutes(planned_minutes)
        with self._transaction() as session:
            if self._activity_named(session, name) is not None:
                raise InputError(_("There is already an activity called '{0}'.").format(name))
            if step is None:
                step = _details_row(session).current_step
            if position is None:
                position = (session.scalar(select(func.max(Activity.position))) or 0) + 1
            row = Activity(id=activity_id, name=name, step=int(Step(step)),
                           prompt=clean_text(prompt).text.strip(),
                           planned_minutes=planned_minutes, position=position)
            session.add(row)
            session.flush()
            self._log(session, "add activity", "activity", row.id, name=name)
            data = _activity(row)
        self._notify(Change("activity", "added", (data.id,)))
        return data

    def move_activity(self, activity_id: int, offset: int) -> int | None:
        """Move an activity up (offset -1) or down (+1) the agenda by swapping places with
        its neighbour; returns the neighbour's id (moving it back undoes), None at an end."""
        with self._transaction() as session:
            rows = list(session.scalars(select(Activity).order_by(Activity.position,
                                                                  Activity.id)))
            index = next((i for i, r in enumerate(rows) if r.id == activity_id), None)
            if index is None:
                raise gone("activity")
            other = index + offset
            if not 0 <= other < len(rows) or offset == 0:
                return None
            for position, row in enumerate(rows):  # make positions distinct first
                row.position = position
            rows[index].position, rows[other].position = other, index
            self._log(session, "move activity", "activity", activity_id, offset=offset)
            neighbour = rows[other].id
        self._notify(Change("activity", "changed", (activity_id, neighbour)))
        return neighbour

    def update_activity(self, activity_id: int, **changes) -> tuple[ActivityData, ActivityData]:
        allowed = {"name", "step", "prompt", "planned_minutes", "position"}
        if set(changes) - allowed:
            raise InputError(_("Unknown activity field(s): {0}").format(
                ", ".join(sorted(set(changes) - allowed))))
        with self._transaction() as session:
            row = _get(session, Activity, activity_id, "activity")
            before = _activity(row)
            if "name" in changes:
                name = clean_field(changes["name"])
                if not name:
                    raise InputError(_("An activity needs a name."))
                other = self._activity_named(session, name)
                if other is not None and other != row.id:
                    raise InputError(_("There is already an activity called '{0}'.").format(name))
                row.name = name
            if "step" in changes:
                row.step = int(Step(changes["step"]))
            if "prompt" in changes:
                row.prompt = clean_text(changes["prompt"]).text.strip()
            if "planned_minutes" in changes:
                _check_minutes(changes["planned_minutes"])
                row.planned_minutes = changes["planned_minutes"]
            if "position" in changes:
                row.position = int(changes["position"])
            self._log(session, "edit activity", "activity", row.id, fields=sorted(changes))
            session.flush()
            after = _activity(row)
        self._notify(Change("activity", "changed", (activity_id,)))
        return before, after

    def delete_activity(self, activity_id: int) -> ActivityData:
        with self._transaction() as session:
            row = _get(session, Activity, activity_id, "activity")
            count = session.scalar(select(func.count()).where(Note.activity_id == row.id))
            if count:
                raise InputError(
                    f"'{row.name}' has {count} note(s). Delete or move those notes before "
                    "removing the activity."
                )
            data = _activity(row)
            session.delete(row)
            self._log(session, "delete activity", "activity", data.id, name=data.name)
        self._notify(Change("activity", "deleted", (activity_id,)))
        return data

    def restore_activity(self, data: ActivityData) -> ActivityData:
        return self.add_activity(data.name, step=data.step, prompt=data.prompt,
                                 planned_minutes=data.planned_minutes, activity_id=data.id,
                                 position=data.position)

    @staticmethod
    def _activity_named(session: Session, name: str) -> int | None:
        wanted = name.casefold()  # in Python: SQLite's lower() only folds ASCII letters
        rows = session.execute(select(Activity.id, Activity.name))
        return next((key for key, other in rows if other.casefold() == wanted), None)

    # --- notes ---------------------------------------------------------------------------

    def notes(self, note_filter: NoteFilter | None = None) -> list[NoteData]:
        with self.store.sessions() as session:
            supports = _note_supports(session)
            notes = [_note(*row, supports=supports.get(row[0], ()))
                     for row in session.execute(_note_query().order_by(Note.id))]
        if note_filter is None or note_filter.is_empty:
            return notes
        return [n for n in notes if note_filter.matches(n)]

    def note(self, note_id: int) -> NoteData:
        with self.store.sessions() as session:
            if session.get(Note, note_id) is None:
                raise NoLongerThere(_("Note {0} no longer exists.").format(note_id))
            return self._loaded_note(session, note_id)

    def note_count(self) -> int:
        with self.store.sessions() as session:
            return session.scalar(select(func.count(Note.id))) or 0

    def add_note(self, text: str, *, participant_id: int | None = None, table_label: str = "",
                 activity_id: int | None = None, step: Step | int | None = None,
                 uid: str | None = None) -> AddedNote:
        """Store a new note. Raises EmptyNote for blank text (callers refuse it quietly).

        ``uid`` is fixed where the note is typed; a note with a uid already stored (sent
        again after a lost answer) is not stored twice: the stored note is returned."""
        cleaned = clean_note_text(text)
        if not cleaned.text:
            raise EmptyNote(_("The note is empty."))
        try:
            return self._store_note(cleaned, participant_id, table_label, activity_id, step,
                                    uid)
        except SaveFailed:
            # Another laptop (or a retry racing this one) stored the same uid first.
            stored = self._note_with_uid(uid) if uid is not None else None
            if stored is None:
                raise
            return AddedNote(stored, 0)

    def _note_with_uid(self, uid: str) -> NoteData | None:
        try:
            with self.store.sessions() as session:
                note_id = session.scalar(select(Note.id).where(Note.uid == uid))
                return None if note_id is None else self._loaded_note(session, note_id)
        except SQLAlchemyError:
            return None

    def _store_note(self, cleaned, participant_id, table_label, activity_id, step,
                    uid) -> AddedNote:
        with self._transaction() as session:
            if uid is not None:
                stored = session.scalar(select(Note.id).where(Note.uid == uid))
                if stored is not None:  # sent again after a lost answer: stored once
                    return AddedNote(self._loaded_note(session, stored), 0)
            data = self._insert_note(session, cleaned.text, participant_id=participant_id,
                                     table_label=table_label, activity_id=activity_id,
                                     step=step, uid=uid)
        self._notify(Change("note", "added", (data.id,)))
        return AddedNote(data, cleaned.removed)

    def _insert_note(self, session: Session, text: str, *, participant_id: int | None,
                     table_label: str, activity_id: int | None, step: Step | int | None,
                     uid: str | None) -> NoteData:
        """Add one cleaned, non-empty note inside the caller's transaction, logged."""
        if step is None:
            step = _details_row(session).current_step
        row = self._new_note_row(text, participant_id=participant_id, table_label=table_label,
                                 activity_id=activity_id, step=step, uid=uid)
        session.add(row)
        session.flush()
        self._log(session, "add note", "note", row.id, uid=row.uid)
        return self._loaded_note(session, row)

    def _new_note_row(self, text: str, *, participant_id: int | None, table_label: str,
                      activity_id: int | None, step: Step | int, uid: str | None) -> Note:
        """A new note's row by this device, not yet added (several may go in one flush)."""
        return Note(uid=uid or str(uuid.uuid4()), text=text, participant_id=participant_id,
                    table_label=clean_field(table_label), activity_id=activity_id,
                    step=int(Step(step)), created_at=_now(), created_by=self.device)

    def notes_by_id(self, note_ids: Sequence[int]) -> list[NoteData]:
        """The notes with these ids that exist, in id order (one query for many)."""
        ids = list(note_ids)
        if not ids:
            return []
        with self.store.sessions() as session:
            supports = _note_supports(session)
            rows = session.execute(_note_query().where(Note.id.in_(ids)).order_by(Note.id))
            return [_note(*row, supports=supports.get(row[0], ())) for row in rows]

    def update_note(self, note_id: int, *, text=_UNSET, participant_id=_UNSET,
                    table_label=_UNSET, activity_id=_UNSET, step=_UNSET
                    ) -> tuple[NoteData, NoteData]:
        """Change a note's fields; returns the note before and after. Blank text is refused."""
        with self._transaction() as session:
            # Locked on a server: two laptops editing one note take turns, and the log keeps
            # the text each edit replaced, so the earlier one is never lost silently.
            row = session.get(Note, note_id, with_for_update=True)
            if row is None:
                raise gone("note")
            before = self._loaded_note(session, row)
            changed = []
            if text is not _UNSET:
                cleaned = clean_note_text(text).text
                if not cleaned:
                    raise EmptyNote(_("A note cannot be emptied; delete it instead."))
                row.text = cleaned
                changed.append("text")
            if participant_id is not _UNSET:
                row.participant_id = participant_id
                changed.append("participant")
            if table_label is not _UNSET:
                row.table_label = clean_field(table_label)
                changed.append("table")
            if activity_id is not _UNSET:
                row.activity_id = activity_id
                changed.append("activity")
            if step is not _UNSET:
                row.step = int(Step(step))
                changed.append("step")
            replaced = {"replaced": before.text} if "text" in changed else {}
            self._log(session, "edit note", "note", row.id, fields=changed, **replaced)
            session.flush()
            after = self._loaded_note(session, row)
        self._notify(Change("note", "changed", (note_id,)))
        return before, after

    def place_notes(self, places: dict[int, tuple[float, float] | None]
                    ) -> dict[int, tuple[float, float] | None]:
        """Put notes at board positions (None: no place yet), in one transaction; returns
        the places they had, which undo puts back."""
        import math

        before: dict[int, tuple[float, float] | None] = {}
        with self._transaction() as session:
            rows = {n.id: n for n in session.scalars(select(Note).where(
                Note.id.in_(list(places))))}
            if set(places) - set(rows):
                raise InputError(_("Some of those notes no longer exist."))
            for note_id, place in places.items():
                row = rows[note_id]
                before[note_id] = (None if row.pos_x is None or row.pos_y is None
                                   else (row.pos_x, row.pos_y))
                if place is not None and not all(math.isfinite(v) for v in place):
                    raise InputError(_("A board position must be a finite number."))
                row.pos_x, row.pos_y = (None, None) if place is None else place
            self._log(session, "place notes", "note", None, count=len(places))
        self._notify(Change("note", "moved", tuple(places)))
        return before

    def delete_note(self, note_id: int) -> NoteData:
        with self._transaction() as session:
            data = self._remove_note(session, note_id)
            self._log(session, "delete note", "note", note_id, uid=data.uid)
        self._notify(Change("note", "deleted", (note_id,)))
        return data

    def _remove_note(self, session: Session, note_id: int) -> NoteData:
        """Take a note and its evidence links out, inside the caller's transaction; returns
        everything needed to put it back."""
        row = _get(session, Note, note_id, "note")
        data = self._loaded_note(session, row)
        session.execute(delete(Link).where(Link.source_kind == "note",
                                           Link.source_id == note_id))
        session.delete(row)
        return data

    def restore_note(self, data: NoteData) -> NoteData:
        """Put a deleted note back exactly as it was (same id, uid and times)."""
        with self._transaction() as session:
            restored = self._put_note_back(session, data)
            self._log(session, "restore note", "note", data.id, uid=data.uid)
        self._notify(Change("note", "added", (data.id,)))
        return restored

    def _put_note_back(self, session: Session, data: NoteData) -> NoteData:
        row = Note(id=data.id, uid=data.uid, text=data.text,
                   participant_id=_existing(session, Participant, data.participant_id),
                   table_label=data.table_label,
                   activity_id=_existing(session, Activity, data.activity_id),
                   step=int(data.step), colour=data.colour,
                   pos_x=data.pos_x, pos_y=data.pos_y, created_at=data.created_at,
                   created_by=data.created_by, placed_by_hand=data.placed_by_hand,
                   theme_id=_existing(session, Theme, data.theme_id))
        session.add(row)
        session.flush()
        for insight_id in data.supports:
            if _existing(session, Insight, insight_id) is not None:
                session.add(Link(kind="supports", source_kind="note", source_id=row.id,
                                 target_kind="insight", target_id=insight_id))
        return self._loaded_note(session, row)

    def import_notes(self, rows: Sequence[NoteRow]) -> ImportSummary:
        """Add many notes in one transaction: all of them, or none if any row is bad."""
        participants_created = activities_created = cleaned_chars = 0
        added: list[int] = []
        with self._transaction() as session:
            current_step = _details_row(session).current_step
            people = {p.label.casefold(): p for p in session.scalars(select(Participant))}
            activities = {a.name.casefold(): a for a in session.scalars(select(Activity))}
            next_position = (session.scalar(select(func.max(Activity.position))) or 0) + 1
            for item in rows:
                cleaned = clean_note_text(item.text)
                if not cleaned.text:
                    raise InputError(_("Line {0}: the note text is empty.").format(item.line))
                cleaned_chars += cleaned.removed
                step = int(item.step) if item.step is not None else current_step
                person = None
                label = clean_field(item.participant)
                if label:
                    person = people.get(label.casefold())
                    if person is None:
                        values = _participant_values(label=label, group=item.group)
                        person = Participant(**values)
                        session.add(person)
                        people[label.casefold()] = person
                        participants_created += 1
                elif item.group:
                    raise InputError(
                        _("Line {0}: a group is given but no participant.").format(item.line)
                    )
                activity = None
                name = clean_field(item.activity)
                if name:
                    activity = activities.get(name.casefold())
                    if activity is None:
                        activity = Activity(name=name, step=step, prompt="",
                                            position=next_position)
                        next_position += 1
                        session.add(activity)
                        activities[name.casefold()] = activity
                        activities_created += 1
                session.flush()
                note = Note(uid=str(uuid.uuid4()), text=cleaned.text,
                            participant_id=person.id if person else None,
                            activity_id=activity.id if activity else None, step=step,
                            created_at=_now(), created_by=self.device, table_label="")
                session.add(note)
                session.flush()
                added.append(note.id)
            self._log(session, "import notes", "note", None, count=len(added),
                      participants_created=participants_created,
                      activities_created=activities_created)
        self._notify(Change("note", "reloaded", tuple(added)))
        return ImportSummary(len(added), participants_created, activities_created, cleaned_chars)

    def change_log(self, limit: int = 200) -> list[dict]:
        with self.store.sessions() as session:
            rows = session.scalars(select(ChangeLog).order_by(ChangeLog.id.desc()).limit(limit))
            return [{"at": r.at, "device": r.device, "action": r.action, "target": r.target,
                     "target_id": r.target_id, "detail": r.detail} for r in rows]

    @staticmethod
    def _loaded_note(session: Session, row: Note | int) -> NoteData:
        note_id = row if isinstance(row, int) else row.id
        result = session.execute(_note_query().where(Note.id == note_id)).first()
        assert result is not None
        return _note(*result, supports=_note_supports(session, note_id).get(note_id, ()))


# --- helpers -----------------------------------------------------------------------------


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _aware(moment: datetime) -> datetime:
    """SQLite hands times back without a zone; they were stored in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _jsonable(detail: dict) -> dict:
    return {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in detail.items()}


def _get(session: Session, model, key: int, what: str):
    row = session.get(model, key)
    if row is None:
        raise gone(what)
    return row


def _existing(session: Session, model, key: int | None) -> int | None:
    """The key if that row still exists, else None (a theme may be gone by undo time)."""
    return key if key is not None and session.get(model, key) is not None else None


def _details_row(session: Session) -> WorkshopDetails:
    row = session.scalar(select(WorkshopDetails).order_by(WorkshopDetails.id).limit(1))
    if row is None:
        raise WorkshopClosed(_("This workshop has no details; it may not be a workshop."))
    return row


_MULTI_LINE = {"question", "contact", "next_steps"}
_FLAGS = {"quote_tables", "votes_revealed"}


def _details(row: WorkshopDetails) -> DetailsData:
    return DetailsData(row.title, row.question, row.commissioner, row.date, row.place,
                       Step(row.current_step), row.language, row.contact, row.next_steps,
                       bool(row.quote_tables), bool(row.votes_revealed))


def _participant(row: Participant) -> ParticipantData:
    return ParticipantData(row.id, row.label, row.real_name, row.group, row.role,
                           bool(row.consent_quote), row.email, row.phone)


def _participant_values(**given) -> dict:
    values = {}
    for key, value in given.items():
        if key == "consent_quote":
            values[key] = bool(value)
        elif key in {"label", "real_name", "group", "role", "email", "phone"}:
            values[key] = clean_field(value)
        else:
            raise InputError(_("Unknown participant field: {0}").format(key))
    if "label" in values and not values["label"]:
        raise InputError(_("A participant needs a label (a pseudonym such as 'R1')."))
    # A known group or role is kept by its key, whatever language it was written in.
    if "group" in values:
        values["group"] = group_key(values["group"]).casefold()
    if "role" in values:
        values["role"] = role_key(values["role"]).casefold()
    return values


def _activity(row: Activity) -> ActivityData:
    return ActivityData(row.id, row.name, Step(row.step), row.prompt, row.planned_minutes,
                        row.position)


def _check_minutes(minutes: int | None) -> None:
    if minutes is not None and not (0 < minutes <= 24 * 60):
        raise InputError(_("Planned minutes must be between 1 and 1440."))


_NOTE_COLUMNS = ("id", "uid", "text", "participant_id", "table_label", "activity_id", "step",
                 "created_at", "created_by", "colour", "pos_x", "pos_y", "theme_id",
                 "placed_by_hand")


def _note_query():
    # Plain columns rather than ORM objects: listing thousands of notes stays fast.
    columns = [getattr(Note, name) for name in _NOTE_COLUMNS]
    return (
        select(*columns, Participant.label, Participant.group, Activity.name, Theme.label)
        .outerjoin(Participant, Note.participant_id == Participant.id)
        .outerjoin(Activity, Note.activity_id == Activity.id)
        .outerjoin(Theme, Note.theme_id == Theme.id)
    )


def _note_supports(session: Session, note_id: int | None = None) -> dict[int, tuple[int, ...]]:
    query = select(Link.source_id, Link.target_id).where(
        Link.source_kind == "note", Link.kind == "supports", Link.target_kind == "insight")
    if note_id is not None:
        query = query.where(Link.source_id == note_id)
    found: dict[int, list[int]] = {}
    for source, target in session.execute(query.order_by(Link.target_id)):
        found.setdefault(source, []).append(target)
    return {key: tuple(value) for key, value in found.items()}


def _note(*row, supports: tuple[int, ...] = ()) -> NoteData:
    (note_id, uid, text, participant_id, table_label, activity_id, step, created_at,
     created_by, colour, pos_x, pos_y, theme_id, by_hand, label, group, activity,
     theme_label) = row
    return NoteData(
        id=note_id, uid=uid, text=text, participant_id=participant_id,
        table_label=table_label or "", activity_id=activity_id, step=Step(step),
        created_at=_aware(created_at), created_by=created_by or "", colour=colour or "",
        pos_x=pos_x, pos_y=pos_y, participant_label=label or "", group=group or "",
        activity_name=activity or "", theme_id=theme_id, theme_label=theme_label or "",
        placed_by_hand=bool(by_hand), supports=supports,
    )


def note_as_dict(note: NoteData) -> dict:
    data = asdict(note)
    data["step"] = int(note.step)
    data["created_at"] = note.created_at.isoformat()
    data["supports"] = list(note.supports)
    return data


__all__ = [
    "ActivityData", "AddedNote", "Change", "DetailsData", "EmptyNote", "ImportSummary",
    "NoteData", "NoteFilter", "NoteRow", "ParticipantData", "SaveFailed", "Workshop",
    "note_as_dict",
]
