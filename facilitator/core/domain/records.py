"""The frozen records the core hands to its callers: a workshop's details, participants,
activities, notes, themes, insights, solutions and links, as they were at one moment.

Plain data, never live ORM objects, so a caller cannot change the store behind the core's
back and a record can cross threads (the room's writer, the window) as it is.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timezone

from facilitator.core.domain.steps import Step

# --- the workshop, its people, its agenda and its notes ----------------------------------


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


def note_as_dict(note: NoteData) -> dict:
    data = asdict(note)
    data["step"] = int(note.step)
    data["created_at"] = note.created_at.isoformat()
    data["supports"] = list(note.supports)
    return data


def note_from_dict(data: dict) -> NoteData:
    """A note as ``note_as_dict`` wrote it, back as a record."""
    values = dict(data)
    values["step"] = Step(int(values["step"]))
    moment = datetime.fromisoformat(values["created_at"])
    values["created_at"] = moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    values["supports"] = tuple(values.get("supports") or ())
    return NoteData(**values)


# --- synthesis: themes, insights, links, solutions -----------------------------------------


@dataclass(frozen=True)
class ThemeData:
    id: int
    label: str
    keywords: tuple[str, ...] = ()
    pinned: bool = False
    origin: str = "manual"
    position: int = 0
    created_at: datetime | None = None
    note_ids: tuple[int, ...] = ()

    @property
    def size(self) -> int:
        return len(self.note_ids)


@dataclass(frozen=True)
class LinkData:
    kind: str
    source: tuple[str, int]
    target: tuple[str, int]


@dataclass(frozen=True)
class ThemeState:
    """Themes, where some notes sit, and the links of those themes, at one moment."""

    themes: tuple[ThemeData, ...] = ()
    placements: tuple[tuple[int, int | None, bool], ...] = ()  # note, theme, placed by hand
    links: tuple[LinkData, ...] = ()


@dataclass(frozen=True)
class ThemeChange:
    before: ThemeState
    after: ThemeState
    action: str = ""
    theme_ids: tuple[int, ...] = ()  # the themes this change made or kept, for selection


@dataclass(frozen=True)
class InsightData:
    id: int
    statement: str
    position: int = 0
    theme_ids: tuple[int, ...] = ()
    note_ids: tuple[int, ...] = ()  # notes chosen by hand as direct evidence
    links: tuple[LinkData, ...] = ()  # every link touching the insight, for undo


@dataclass(frozen=True)
class Evidence:
    """What supports an insight or sits in a theme: breadth, not only volume."""

    note_ids: tuple[int, ...]
    participants: int  # distinct participants (notes without an author are not counted)
    groups: tuple[tuple[str, int], ...]  # (group, notes) most first
    quotes: tuple[NoteData, ...]  # representative notes, distinct authors first

    @property
    def notes(self) -> int:
        return len(self.note_ids)


@dataclass(frozen=True)
class SolutionData:
    id: int
    title: str
    description: str = ""
    status: str = "proposed"
    insight_ids: tuple[int, ...] = ()
    links: tuple[LinkData, ...] = ()
    owner: str = ""
    next_step: str = ""
    due_date: str = ""
    status_note: str = ""
    impact: float | None = None
    effort: float | None = None
    votes: int = 0  # dots in total; who gave them is not shown


@dataclass(frozen=True)
class VoteChange:
    solution_id: int
    voter: str
    dots: int  # the voter's dots on the solution after the change
