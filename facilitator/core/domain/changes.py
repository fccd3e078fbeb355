"""What an operation changed, as typed records: one small frozen record per kind of change,
carrying the data itself (the note added, the note before and after, the themes before and
after), and the device that made it.

A unit of work collects them while it runs and publishes them together once it has
committed, so a listener (the window's panels, the room's phones) applies exactly what
changed and never re-reads the store for it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from facilitator.core.domain.records import (
    ActivityData,
    DetailsData,
    InsightData,
    LinkData,
    NoteData,
    ParticipantData,
    SolutionData,
    ThemeChange,
    VoteChange,
)


@dataclass(frozen=True, kw_only=True)
class Change:
    """A change of one ``kind`` ('note', 'participant', 'activity', 'workshop', 'theme',
    'insight', 'link', 'solution' or 'room'); ``device`` is the client that made it."""

    kind: ClassVar[str] = ""
    action: ClassVar[str] = "changed"  # 'added', 'changed', 'deleted', 'moved', 'reloaded'
    device: str = ""

    @property
    def ids(self) -> tuple[int, ...]:
        """The ids of the records of ``kind`` this change touched."""
        return ()


# --- the workshop --------------------------------------------------------------------------


@dataclass(frozen=True)
class WorkshopChanged(Change):
    kind: ClassVar[str] = "workshop"
    before: DetailsData
    after: DetailsData


@dataclass(frozen=True)
class Reloaded(Change):
    """Something of this kind changed where no record says what (another laptop on a
    shared workshop): whatever shows it reads it again."""

    what: str
    action: ClassVar[str] = "reloaded"

    @property
    def kind(self) -> str:  # type: ignore[override]
        return self.what


# --- participants and activities -----------------------------------------------------------


@dataclass(frozen=True)
class ParticipantAdded(Change):
    kind: ClassVar[str] = "participant"
    action: ClassVar[str] = "added"
    participant: ParticipantData

    @property
    def ids(self) -> tuple[int, ...]:
        return (self.participant.id,)


@dataclass(frozen=True)
class ParticipantChanged(Change):
    kind: ClassVar[str] = "participant"
    before: ParticipantData
    after: ParticipantData

    @property
    def ids(self) -> tuple[int, ...]:
        return (self.after.id,)


@dataclass(frozen=True)
class ParticipantDeleted(Change):
    kind: ClassVar[str] = "participant"
    action: ClassVar[str] = "deleted"
    participant: ParticipantData

    @property
    def ids(self) -> tuple[int, ...]:
        return (self.participant.id,)


@dataclass(frozen=True)
class ActivityAdded(Change):
    kind: ClassVar[str] = "activity"
    action: ClassVar[str] = "added"
    activity: ActivityData

    @property
    def ids(self) -> tuple[int, ...]:
        return (self.activity.id,)


@dataclass(frozen=True)
class ActivityChanged(Change):
    kind: ClassVar[str] = "activity"
    before: ActivityData
    after: ActivityData

    @property
    def ids(self) -> tuple[int, ...]:
        return (self.after.id,)


@dataclass(frozen=True)
class ActivityDeleted(Change):
    kind: ClassVar[str] = "activity"
    action: ClassVar[str] = "deleted"
    activity: ActivityData

    @property
    def ids(self) -> tuple[int, ...]:
        return (self.activity.id,)


# --- notes ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class NoteAdded(Change):
    """A note stored (typed, imported, from a phone, restored by undo or shown again)."""

    kind: ClassVar[str] = "note"
    action: ClassVar[str] = "added"
    note: NoteData

    @property
    def ids(self) -> tuple[int, ...]:
        return (self.note.id,)


@dataclass(frozen=True)
class NoteChanged(Change):
    kind: ClassVar[str] = "note"
    before: NoteData
    after: NoteData

    @property
    def ids(self) -> tuple[int, ...]:
        return (self.after.id,)


@dataclass(frozen=True)
class NoteDeleted(Change):
    """A note taken out (deleted, hidden by the facilitator, taken back by its phone)."""

    kind: ClassVar[str] = "note"
    action: ClassVar[str] = "deleted"
    note: NoteData

    @property
    def ids(self) -> tuple[int, ...]:
        return (self.note.id,)


Place = tuple[float, float] | None


@dataclass(frozen=True)
class NotesPlaced(Change):
    """Notes put at board positions: (note id, place before, place after) each."""

    kind: ClassVar[str] = "note"
    action: ClassVar[str] = "moved"
    places: tuple[tuple[int, Place, Place], ...]

    @property
    def ids(self) -> tuple[int, ...]:
        return tuple(note_id for note_id, _before, _after in self.places)


# --- synthesis -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ThemesChanged(Change):
    """Themes made, renamed, merged, split, dissolved or notes moved between them: every
    theme and note placement touched, before and after (``change.after.placements`` says
    where each note now sits)."""

    kind: ClassVar[str] = "theme"
    change: ThemeChange

    @property
    def ids(self) -> tuple[int, ...]:
        return tuple(sorted({t.id for t in self.change.before.themes}
                            | {t.id for t in self.change.after.themes}))

    @property
    def moved(self) -> dict[int, tuple[int | None, bool]]:
        """Each note whose theme (or placed-by-hand mark) changed: its theme and mark now."""
        before = {n: (t, h) for n, t, h in self.change.before.placements}
        return {n: (t, h) for n, t, h in self.change.after.placements
                if before.get(n) != (t, h)}


@dataclass(frozen=True)
class InsightAdded(Change):
    kind: ClassVar[str] = "insight"
    action: ClassVar[str] = "added"
    insight: InsightData

    @property
    def ids(self) -> tuple[int, ...]:
        return (self.insight.id,)


@dataclass(frozen=True)
class InsightChanged(Change):
    kind: ClassVar[str] = "insight"
    before: InsightData
    after: InsightData

    @property
    def ids(self) -> tuple[int, ...]:
        return (self.after.id,)


@dataclass(frozen=True)
class InsightDeleted(Change):
    kind: ClassVar[str] = "insight"
    action: ClassVar[str] = "deleted"
    insight: InsightData

    @property
    def ids(self) -> tuple[int, ...]:
        return (self.insight.id,)


@dataclass(frozen=True)
class LinkAdded(Change):
    kind: ClassVar[str] = "link"
    action: ClassVar[str] = "added"
    link: LinkData


@dataclass(frozen=True)
class LinkDeleted(Change):
    kind: ClassVar[str] = "link"
    action: ClassVar[str] = "deleted"
    link: LinkData


@dataclass(frozen=True)
class SolutionAdded(Change):
    kind: ClassVar[str] = "solution"
    action: ClassVar[str] = "added"
    solution: SolutionData

    @property
    def ids(self) -> tuple[int, ...]:
        return (self.solution.id,)


@dataclass(frozen=True)
class SolutionChanged(Change):
    """A solution's fields or its place on the impact/effort matrix."""

    kind: ClassVar[str] = "solution"
    before: SolutionData
    after: SolutionData

    @property
    def ids(self) -> tuple[int, ...]:
        return (self.after.id,)


@dataclass(frozen=True)
class SolutionDeleted(Change):
    kind: ClassVar[str] = "solution"
    action: ClassVar[str] = "deleted"
    solution: SolutionData

    @property
    def ids(self) -> tuple[int, ...]:
        return (self.solution.id,)


@dataclass(frozen=True)
class VoteCast(Change):
    """A dot given or taken back."""

    kind: ClassVar[str] = "solution"
    vote: VoteChange

    @property
    def ids(self) -> tuple[int, ...]:
        return (self.vote.solution_id,)


@dataclass(frozen=True)
class DotsPerVoterChanged(Change):
    kind: ClassVar[str] = "solution"
    before: int
    after: int


# --- the room ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RoomChanged(Change):
    """The room opened, closed, paused, its code or a phone's label changed."""

    kind: ClassVar[str] = "room"


def kinds(changes: Iterable[Change]) -> set[str]:
    """The kinds of record a batch of changes touched."""
    return {change.kind for change in changes}


def notes_of(change: Change) -> tuple[NoteData, ...] | None:
    """The notes a note's record carries (before and after, for an edit); None for any
    other record, board positions included."""
    if isinstance(change, NoteChanged):
        return (change.before, change.after)
    if isinstance(change, (NoteAdded, NoteDeleted)):
        return (change.note,)
    return None


def loose_note_changes(changes: Iterable[Change]) -> list[Change] | None:
    """These changes without the board's moves, when each of the rest is a note added,
    edited or deleted outside every theme and insight (before and after an edit); None when
    any is something else, which a view showing themes and insights cannot take in alone."""
    kept = [c for c in changes if not isinstance(c, NotesPlaced)]
    for change in kept:
        notes = notes_of(change)
        if notes is None or any(n.theme_id is not None or n.supports for n in notes):
            return None
    return kept


__all__ = [
    "ActivityAdded", "ActivityChanged", "ActivityDeleted", "Change", "DotsPerVoterChanged",
    "InsightAdded", "InsightChanged", "InsightDeleted", "LinkAdded", "LinkDeleted",
    "NoteAdded", "NoteChanged", "NoteDeleted", "NotesPlaced", "ParticipantAdded",
    "ParticipantChanged", "ParticipantDeleted", "Reloaded", "RoomChanged", "SolutionAdded",
    "SolutionChanged", "SolutionDeleted", "ThemesChanged", "VoteCast", "WorkshopChanged",
    "kinds", "loose_note_changes", "notes_of",
]
