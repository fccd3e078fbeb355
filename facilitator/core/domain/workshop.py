"""The operations a user performs on a workshop: its details, participants, activities and
notes.

`Workshop` writes only through units of work (`core.domain.unit_of_work`): every operation
runs in one transaction (commit all or nothing), writes a change-log entry in that same
transaction, and records what it changed as typed records (`core.domain.changes`) that the
listeners hear once it has committed. Operations return plain frozen records, never live
ORM objects, so a caller cannot change the store behind the workshop's back. Each
destructive operation returns what an undo needs to put things back exactly (same ids,
same times). Themes, insights and solutions are `Workshop.synthesis`; dot votes and the
rules of the steps `Workshop.development`.
"""

from __future__ import annotations

import socket
import uuid
from collections.abc import Sequence
from dataclasses import fields
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from facilitator.core.domain.board import free_spots, places_changed
from facilitator.core.domain.changes import (
    ActivityAdded,
    ActivityChanged,
    ActivityDeleted,
    Change,
    NoteAdded,
    NoteChanged,
    NoteDeleted,
    NotesPlaced,
    ParticipantAdded,
    ParticipantChanged,
    ParticipantDeleted,
    WorkshopChanged,
)
from facilitator.core.domain.records import (
    ActivityData,
    AddedNote,
    DetailsData,
    ImportSummary,
    NoteData,
    NoteFilter,
    NoteRow,
    ParticipantData,
    note_as_dict,
)
from facilitator.core.domain.rows import (
    activity_of,
    details_of,
    details_row,
    get,
    insert_note,
    load_note,
    load_notes,
    new_note_row,
    participant_of,
    put_note_back,
    remove_note,
)
from facilitator.core.domain.steps import Step
from facilitator.core.domain.terms import LANGUAGE_NAMES, LANGUAGES
from facilitator.core.domain.text import clean_field, clean_note_text, clean_text
from facilitator.core.domain.unit_of_work import Listeners, SaveFailed, Writer
from facilitator.core.errors import InputError, NoLongerThere, gone
from facilitator.core.locale import _, ngettext
from facilitator.core.locale.terms import group_key, role_key
from facilitator.core.storage.model import Activity, ChangeLog, Note, Participant
from facilitator.core.storage.store import Store

if TYPE_CHECKING:
    from facilitator.core.domain.develop import Development
    from facilitator.core.domain.synthesis import Synthesis


class EmptyNote(InputError):
    """A note with nothing but blank space: refused without fuss."""


_UNSET = object()


class Workshop(Writer):
    """A workshop open for work, on a file or a server."""

    def __init__(self, store: Store, device: str | None = None,
                 listeners: Listeners | None = None):
        super().__init__(store, device or socket.gethostname(), listeners)
        self._synthesis: Synthesis | None = None
        self._development: Development | None = None

    @property
    def synthesis(self) -> Synthesis:
        """Themes, insights and solutions (step 3 and 4), written through this workshop."""
        if self._synthesis is None:
            from facilitator.core.domain.synthesis import Synthesis

            self._synthesis = Synthesis(self)
        return self._synthesis

    @property
    def development(self) -> Development:
        """Step 4: the rules of the steps and dot votes."""
        if self._development is None:
            from facilitator.core.domain.develop import Development

            self._development = Development(self)
        return self._development

    # --- life cycle ----------------------------------------------------------------------

    def close(self) -> None:
        self.store.close()
        self.listeners.clear()

    def as_device(self, device: str) -> Workshop:
        """The same workshop written by another device (a phone in the room): its changes
        carry that device in the change log and on its notes, and reach the same listeners.
        Close only the workshop it came from."""
        return Workshop(self.store, device, self.listeners)

    # --- the workshop itself -------------------------------------------------------------

    def details(self) -> DetailsData:
        with self.store.sessions() as session:
            return details_of(details_row(session))
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
        with self.unit_of_work() as uow:
            session = uow.session
            row = details_row(session)
            before = details_of(row)
            for key, value in cleaned.items():
                setattr(row, key, value)
            action = "edit workshop"
            if set(cleaned) == {"votes_revealed"}:
                action = "reveal votes" if cleaned["votes_revealed"] else "hide votes"
            uow.log(action, "workshop", row.id, changes=cleaned)
            session.flush()
            after = details_of(row)
            uow.record(WorkshopChanged(before, after))
        return before, after

    def set_step(self, step: Step | int) -> Step:
        """Move the workshop to a step; returns the step it was in."""
        step = Step(step)
        with self.unit_of_work() as uow:
            session = uow.session
            row = details_row(session)
            old = details_of(row)
            before = Step(row.current_step)
            row.current_step = int(step)
            uow.log("move to step", "workshop", row.id,
                    from_step=int(before), to_step=int(step))
            uow.record(WorkshopChanged(old, details_of(row)))
        return before

    # --- participants --------------------------------------------------------------------

    def participants(self) -> list[ParticipantData]:
        with self.store.sessions() as session:
            rows = session.scalars(select(Participant).order_by(Participant.id))
            return [participant_of(p) for p in rows]

    def participant(self, participant_id: int) -> ParticipantData:
        with self.store.sessions() as session:
            return participant_of(get(session, Participant, participant_id, "participant"))

    def add_participant(self, label: str, *, real_name: str = "", group: str = "",
                        role: str = "", consent_quote: bool = False, email: str = "",
                        phone: str = "", participant_id: int | None = None) -> ParticipantData:
        values = _participant_values(label=label, real_name=real_name, group=group, role=role,
                                     consent_quote=consent_quote, email=email, phone=phone)
        with self.unit_of_work() as uow:
            session = uow.session
            self._check_label_free(session, values["label"])
            row = Participant(id=participant_id, **values)
            session.add(row)
            session.flush()
            uow.log("add participant", "participant", row.id, label=row.label)
            data = participant_of(row)
            uow.record(ParticipantAdded(data))
        return data

    def update_participant(self, participant_id: int, **changes
                           ) -> tuple[ParticipantData, ParticipantData]:
        values = _participant_values(**changes)
        with self.unit_of_work() as uow:
            session = uow.session
            row = get(session, Participant, participant_id, "participant")
            before = participant_of(row)
            if "label" in values and values["label"].casefold() != row.label.casefold():
                self._check_label_free(session, values["label"])
            for key, value in values.items():
                setattr(row, key, value)
            uow.log("edit participant", "participant", row.id, fields=sorted(values))
            session.flush()
            after = participant_of(row)
            uow.record(ParticipantChanged(before, after))
        return before, after

    def delete_participant(self, participant_id: int) -> ParticipantData:
        with self.unit_of_work() as uow:
            session = uow.session
            row = get(session, Participant, participant_id, "participant")
            count = session.scalar(select(func.count()).where(Note.participant_id == row.id))
            if count:
                raise InputError(ngettext(
                    "{label} wrote {n} note. Delete or reassign it before removing the "
                    "participant.", "{label} wrote {n} notes. Delete or reassign those notes "
                    "before removing the participant.", count).format(label=row.label, n=count))
            data = participant_of(row)
            session.delete(row)
            uow.log("delete participant", "participant", data.id, label=data.label)
            uow.record(ParticipantDeleted(data))
        return data

    def restore_participant(self, data: ParticipantData) -> ParticipantData:
        values = {f.name: getattr(data, f.name) for f in fields(data) if f.name != "id"}
        return self.add_participant(participant_id=data.id, **values)

    def import_participants(self, rows: Sequence) -> list[ParticipantData]:
        """Add a sign-up sheet's participants (core.signup.PersonRow) in one transaction:
        all of them, or none if a label is already taken (every such line is named)."""
        from facilitator.core.errors import ImportFailed

        added: list[ParticipantData] = []
        with self.unit_of_work() as uow:
            session = uow.session
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
                added.append(participant_of(row))
            uow.log("import participants", "participant", None, count=len(added))
            uow.record(*(ParticipantAdded(p) for p in added))
        return added

    def delete_participants(self, participant_ids: Sequence[int]) -> list[ParticipantData]:
        """Remove several participants in one transaction (undoing an import); refused if
        any of them wrote a note."""
        with self.unit_of_work() as uow:
            session = uow.session
            rows = [get(session, Participant, key, "participant") for key in participant_ids]
            wrote = session.scalar(select(func.count()).where(
                Note.participant_id.in_(list(participant_ids))))
            if wrote:
                raise InputError(ngettext(
                    "Those participants wrote {n} note. Delete or reassign it before "
                    "removing them.", "Those participants wrote {n} notes. Delete or reassign "
                    "those notes before removing them.", wrote).format(n=wrote))
            data = [participant_of(r) for r in rows]
            for row in rows:
                session.delete(row)
            uow.log("delete participants", "participant", None, count=len(rows))
            uow.record(*(ParticipantDeleted(p) for p in data))
        return data

    def restore_participants(self, people: Sequence[ParticipantData]) -> None:
        """Put participants back with their ids, in one transaction (redoing an import)."""
        with self.unit_of_work() as uow:
            session = uow.session
            for data in people:
                values = {f.name: getattr(data, f.name) for f in fields(data) if f.name != "id"}
                self._check_label_free(session, values["label"])
                session.add(Participant(id=data.id, **_participant_values(**values)))
            session.flush()
            uow.log("restore participants", "participant", None, count=len(people))
            uow.record(*(ParticipantAdded(participant_of(get(session, Participant, p.id,
                                                                 "participant")))
                         for p in people))

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
            return [activity_of(a) for a in rows]

    def add_activity(self, name: str, *, step: Step | int | None = None, prompt: str = "",
                     planned_minutes: int | None = None, activity_id: int | None = None,
                     position: int | None = None) -> ActivityData:
        name = clean_field(name)
        if not name:
            raise InputError(_("An activity needs a name."))
        _check_minutes(planned_minutes)
        with self.unit_of_work() as uow:
            session = uow.session
            if self._activity_named(session, name) is not None:
                raise InputError(_("There is already an activity called '{0}'.").format(name))
            if step is None:
                step = details_row(session).current_step
            if position is None:
                position = (session.scalar(select(func.max(Activity.position))) or 0) + 1
            row = Activity(id=activity_id, name=name, step=int(Step(step)),
                           prompt=clean_text(prompt).text.strip(),
                           planned_minutes=planned_minutes, position=position)
            session.add(row)
            session.flush()
            uow.log("add activity", "activity", row.id, name=name)
            data = activity_of(row)
            uow.record(ActivityAdded(data))
        return data

    def move_activity(self, activity_id: int, offset: int) -> int | None:
        """Move an activity up (offset -1) or down (+1) the agenda by swapping places with
        its neighbour; returns the neighbour's id (moving it back undoes), None at an end."""
        with self.unit_of_work() as uow:
            session = uow.session
            rows = list(session.scalars(select(Activity).order_by(Activity.position,
                                                                  Activity.id)))
            index = next((i for i, r in enumerate(rows) if r.id == activity_id), None)
            if index is None:
                raise gone("activity")
            other = index + offset
            if not 0 <= other < len(rows) or offset == 0:
                return None
            before = [activity_of(row) for row in rows]
            for position, row in enumerate(rows):  # make positions distinct first
                row.position = position
            rows[index].position, rows[other].position = other, index
            uow.log("move activity", "activity", activity_id, offset=offset)
            neighbour = rows[other].id
            uow.record(*(ActivityChanged(old, new) for old, new in
                         zip(before, map(activity_of, rows), strict=True) if old != new))
        return neighbour

    def update_activity(self, activity_id: int, **changes) -> tuple[ActivityData, ActivityData]:
        allowed = {"name", "step", "prompt", "planned_minutes", "position"}
        if set(changes) - allowed:
            raise InputError(_("Unknown activity field(s): {0}").format(
                ", ".join(sorted(set(changes) - allowed))))
        with self.unit_of_work() as uow:
            session = uow.session
            row = get(session, Activity, activity_id, "activity")
            before = activity_of(row)
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
            uow.log("edit activity", "activity", row.id, fields=sorted(changes))
            session.flush()
            after = activity_of(row)
            uow.record(ActivityChanged(before, after))
        return before, after

    def delete_activity(self, activity_id: int) -> ActivityData:
        with self.unit_of_work() as uow:
            session = uow.session
            row = get(session, Activity, activity_id, "activity")
            count = session.scalar(select(func.count()).where(Note.activity_id == row.id))
            if count:
                raise InputError(
                    f"'{row.name}' has {count} note(s). Delete or move those notes before "
                    "removing the activity."
                )
            data = activity_of(row)
            session.delete(row)
            uow.log("delete activity", "activity", data.id, name=data.name)
            uow.record(ActivityDeleted(data))
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
            notes = load_notes(session)
        if note_filter is None or note_filter.is_empty:
            return notes
        return [n for n in notes if note_filter.matches(n)]

    def note(self, note_id: int) -> NoteData:
        with self.store.sessions() as session:
            if session.get(Note, note_id) is None:
                raise NoLongerThere(_("Note {0} no longer exists.").format(note_id))
            return load_note(session, note_id)

    def note_count(self) -> int:
        with self.store.sessions() as session:
            return session.scalar(select(func.count(Note.id))) or 0

    def add_note(self, text: str, *, participant_id: int | None = None, table_label: str = "",
                 activity_id: int | None = None, step: Step | int | None = None,
                 uid: str | None = None) -> AddedNote:
        """Store a new note. Raises EmptyNote for blank text (callers refuse it quietly).
        Without a ``step`` the note takes its activity's step (`rows.note_step`).

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
                return None if note_id is None else load_note(session, note_id)
        except SQLAlchemyError:
            return None

    def _store_note(self, cleaned, participant_id, table_label, activity_id, step,
                    uid) -> AddedNote:
        # Three statements while the room types: the note (its step worked out in the same
        # statement), its change-log row, the note as shown. A uid already stored (sent again
        # after a lost answer) is refused by the store's unique key, and add_note returns the
        # stored note.
        with self.unit_of_work() as uow:
            session = uow.session
            note_id = insert_note(session, cleaned.text, device=self.device,
                                  participant_id=participant_id, table_label=table_label,
                                  activity_id=activity_id, step=step, uid=uid)
            data = load_note(session, note_id, new=True)
            uow.log("add note", "note", note_id, uid=data.uid)
            uow.record(NoteAdded(data))
        return AddedNote(data, cleaned.removed)

    def update_note(self, note_id: int, *, text=_UNSET, participant_id=_UNSET,
                    table_label=_UNSET, activity_id=_UNSET, step=_UNSET
                    ) -> tuple[NoteData, NoteData]:
        """Change a note's fields; returns the note before and after. Blank text is refused."""
        with self.unit_of_work() as uow:
            session = uow.session
            # Locked on a server: two laptops editing one note take turns, and the log keeps
            # the text each edit replaced, so the earlier one is never lost silently.
            row = session.get(Note, note_id, with_for_update=True)
            if row is None:
                raise gone("note")
            before = load_note(session, row)
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
            uow.log("edit note", "note", row.id, fields=changed, **replaced)
            session.flush()
            after = load_note(session, row)
            uow.record(NoteChanged(before, after))
        return before, after

    def place_notes(self, places: dict[int, tuple[float, float] | None]
                    ) -> dict[int, tuple[float, float] | None]:
        """Put notes at board positions (None: no place yet), in one transaction; returns
        the places they had, which undo puts back."""
        import math

        before: dict[int, tuple[float, float] | None] = {}
        with self.unit_of_work() as uow:
            session = uow.session
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
            places_changed(session)
            uow.log("place notes", "note", None, count=len(places))
            uow.record(NotesPlaced(tuple(
                (note_id, before[note_id], None if place is None else tuple(place))
                for note_id, place in places.items())))
        return before

    def delete_note(self, note_id: int) -> NoteData:
        with self.unit_of_work() as uow:
            data = remove_note(uow.session, note_id)
            uow.log("delete note", "note", note_id, uid=data.uid)
            uow.record(NoteDeleted(data))
        return data

    def restore_note(self, data: NoteData) -> NoteData:
        """Put a deleted note back exactly as it was (same id, uid and times)."""
        with self.unit_of_work() as uow:
            restored = put_note_back(uow.session, data)
            uow.log("restore note", "note", data.id, uid=data.uid)
            uow.record(NoteAdded(restored))
        return restored

    def import_notes(self, rows: Sequence[NoteRow]) -> ImportSummary:
        """Add many notes in one transaction: all of them, or none if any row is bad. A
        row's step is the one it gives, else its activity's (`rows.note_step`)."""
        participants_created: list[Participant] = []
        activities_created: list[Activity] = []
        cleaned_chars = 0
        added: list[int] = []
        with self.unit_of_work() as uow:
            session = uow.session
            current_step = details_row(session).current_step
            people = {p.label.casefold(): p for p in session.scalars(select(Participant))}
            activities = {a.name.casefold(): a for a in session.scalars(select(Activity))}
            next_position = (session.scalar(select(func.max(Activity.position))) or 0) + 1
            # Free spots on the board for the new notes, below everything arranged.
            spots = free_spots(session, len(rows))
            for item, (x, y) in zip(rows, spots, strict=True):
                cleaned = clean_note_text(item.text)
                if not cleaned.text:
                    raise InputError(_("Line {0}: the note text is empty.").format(item.line))
                cleaned_chars += cleaned.removed
                person = None
                label = clean_field(item.participant)
                if label:
                    person = people.get(label.casefold())
                    if person is None:
                        values = _participant_values(label=label, group=item.group)
                        person = Participant(**values)
                        session.add(person)
                        people[label.casefold()] = person
                        participants_created.append(person)
                elif item.group:
                    raise InputError(
                        _("Line {0}: a group is given but no participant.").format(item.line)
                    )
                activity = None
                name = clean_field(item.activity)
                if name:
                    activity = activities.get(name.casefold())
                    if activity is None:
                        activity = Activity(name=name, prompt="", position=next_position,
                                            step=int(item.step) if item.step is not None
                                            else current_step)
                        next_position += 1
                        session.add(activity)
                        activities[name.casefold()] = activity
                        activities_created.append(activity)
                # The rule of rows.note_step, without a query per row.
                step = (int(item.step) if item.step is not None
                        else int(activity.step) if activity is not None else current_step)
                session.flush()
                note = new_note_row(cleaned.text, device=self.device,
                                    participant_id=person.id if person else None,
                                    table_label="", activity_id=activity.id if activity
                                    else None, step=step, uid=str(uuid.uuid4()))
                note.pos_x, note.pos_y = x, y
                session.add(note)
                session.flush()
                added.append(note.id)
            uow.log("import notes", "note", None, count=len(added),
                    participants_created=len(participants_created),
                    activities_created=len(activities_created))
            uow.record(*(ParticipantAdded(participant_of(p)) for p in participants_created),
                       *(ActivityAdded(activity_of(a)) for a in activities_created),
                       *(NoteAdded(n) for n in load_notes(session, added)))
        return ImportSummary(len(added), len(participants_created), len(activities_created),
                             cleaned_chars)

    def change_log(self, limit: int = 200) -> list[dict]:
        with self.store.sessions() as session:
            rows = session.scalars(select(ChangeLog).order_by(ChangeLog.id.desc()).limit(limit))
            return [{"at": r.at, "device": r.device, "action": r.action, "target": r.target,
                     "target_id": r.target_id, "detail": r.detail} for r in rows]


# --- helpers -----------------------------------------------------------------------------


_MULTI_LINE = {"question", "contact", "next_steps"}
_FLAGS = {"quote_tables", "votes_revealed"}


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


def _check_minutes(minutes: int | None) -> None:
    if minutes is not None and not (0 < minutes <= 24 * 60):
        raise InputError(_("Planned minutes must be between 1 and 1440."))


__all__ = [
    "ActivityData", "AddedNote", "Change", "DetailsData", "EmptyNote", "ImportSummary",
    "NoteData", "NoteFilter", "NoteRow", "ParticipantData", "SaveFailed", "Workshop",
    "note_as_dict",
]
