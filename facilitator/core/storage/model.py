"""The workshop's data as SQLAlchemy 2.x tables.

Only portable types and constructs are used, so the same schema lives in a SQLite workshop
file and on a PostgreSQL server.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from facilitator.core.domain.terms import CITIZEN_ROLES, PARTICIPANT_GROUPS  # noqa: F401 (re-export)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    pass


class SchemaInfo(Base):
    """Key/value facts about the file itself, such as the schema version."""

    __tablename__ = "schema_info"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(256))


class WorkshopDetails(Base):
    __tablename__ = "workshop"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    question: Mapped[str] = mapped_column(Text, default="")
    commissioner: Mapped[str] = mapped_column(String(500), default="")
    date: Mapped[str] = mapped_column(String(32), default="")  # ISO date, may be empty
    place: Mapped[str] = mapped_column(String(500), default="")
    current_step: Mapped[int] = mapped_column(Integer, default=1)
    language: Mapped[str] = mapped_column(String(16), default="en")
    # For the participant summary: the service's contact, and what happens next and when.
    contact: Mapped[str] = mapped_column(Text, default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")
    dots_per_voter: Mapped[int] = mapped_column(Integer, default=3)
    # A table's notes may be quoted in briefs (format 5); a participant agrees for themself.
    quote_tables: Mapped[bool] = mapped_column(Boolean, default=False)
    # Dot-vote totals stay hidden (on the laptop and the projector) until the facilitator
    # reveals them, so early dots do not anchor the room (format 5).
    votes_revealed: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Participant(Base):
    __tablename__ = "participant"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(String(200), unique=True)
    real_name: Mapped[str] = mapped_column(String(500), default="")
    email: Mapped[str] = mapped_column(String(500), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    group: Mapped[str] = mapped_column(String(100), default="")
    role: Mapped[str] = mapped_column(String(50), default="")
    consent_quote: Mapped[bool] = mapped_column(Boolean, default=False)


class Activity(Base):
    __tablename__ = "activity"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    step: Mapped[int] = mapped_column(Integer, default=1)
    prompt: Mapped[str] = mapped_column(Text, default="")
    planned_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Note(Base):
    __tablename__ = "note"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # A globally unique id made where the note is typed, so a note sent twice (a retry after a
    # lost connection, a copy between files) is recognised as the same note.
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    text: Mapped[str] = mapped_column(Text)
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    table_label: Mapped[str] = mapped_column(String(100), default="")
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("activity.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    step: Mapped[int] = mapped_column(Integer, default=1, index=True)
    colour: Mapped[str] = mapped_column(String(16), default="")
    pos_x: Mapped[float | None] = mapped_column(Float, nullable=True)
    pos_y: Mapped[float | None] = mapped_column(Float, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    # A note belongs to at most one theme. A note placed in a theme by hand is never moved by
    # a later "suggest themes".
    theme_id: Mapped[int | None] = mapped_column(
        ForeignKey("theme.id", ondelete="SET NULL"), nullable=True, index=True
    )
    placed_by_hand: Mapped[bool] = mapped_column(Boolean, default=False)


class Theme(Base):
    """A group of notes that say something alike. Pinned themes survive re-suggesting."""

    __tablename__ = "theme"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(String(300))
    keywords: Mapped[str] = mapped_column(String(500), default="")
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    origin: Mapped[str] = mapped_column(String(16), default="manual")  # or "suggested"
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Insight(Base):
    """A statement the team draws from what it heard; its evidence is held as links."""

    __tablename__ = "insight"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    statement: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Solution(Base):
    """Something to do about one or more insights (step 4)."""

    __tablename__ = "solution"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(32), default="proposed")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # Who does what next, by when, and why the status is what it is (format 4).
    owner: Mapped[str] = mapped_column(String(500), default="")
    next_step: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[str] = mapped_column(String(32), default="")  # ISO date, may be empty
    status_note: Mapped[str] = mapped_column(Text, default="")
    # Place on the impact/effort matrix, 0..1 each; None until placed.
    impact: Mapped[float | None] = mapped_column(Float, nullable=True, default=None)
    effort: Mapped[float | None] = mapped_column(Float, nullable=True, default=None)


class Vote(Base):
    """Dots one voter (a participant label or a table) gave a solution. Shown only as totals."""

    __tablename__ = "vote"
    __table_args__ = (UniqueConstraint("solution_id", "voter"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    solution_id: Mapped[int] = mapped_column(
        ForeignKey("solution.id", ondelete="CASCADE"), index=True)
    voter: Mapped[str] = mapped_column(String(200))
    dots: Mapped[int] = mapped_column(Integer, default=1)


class Link(Base):
    """A typed edge of the insight graph between two things of the workshop.

    Ends are (kind, id) pairs such as ("theme", 4) -> ("insight", 2). The workshop operations
    remove a thing's links in the same transaction as the thing itself.
    """

    __tablename__ = "link"
    __table_args__ = (
        UniqueConstraint("kind", "source_kind", "source_id", "target_kind", "target_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))  # supports, addresses, contradicts, relates
    source_kind: Mapped[str] = mapped_column(String(16), index=True)
    source_id: Mapped[int] = mapped_column(Integer, index=True)
    target_kind: Mapped[str] = mapped_column(String(16), index=True)
    target_id: Mapped[int] = mapped_column(Integer, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ChangeLog(Base):
    """Every operation, who made it and when: process transparency and recovery."""

    __tablename__ = "change_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    device: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str] = mapped_column(String(32), default="")
    target_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    detail: Mapped[dict] = mapped_column(JSON, default=dict)


# --- the room: participants' phones (format 5) ------------------------------------------


class RoomState(Base):
    """The room's one row: its join code and settings, kept in the workshop so that after a
    crash the room reopens with the same code and the phones already joined are known."""

    __tablename__ = "room"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(16), default="")
    is_open: Mapped[bool] = mapped_column(Boolean, default=False)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    voting: Mapped[bool] = mapped_column(Boolean, default=False)
    allow_labels: Mapped[bool] = mapped_column(Boolean, default=False)
    port: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Signs the forms' CSRF tokens; made anew each time the room opens after a close.
    secret: Mapped[str] = mapped_column(String(64), default="")
    opened_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class RoomDevice(Base):
    """A phone that joined with the code. Only a hash of its token is kept."""

    __tablename__ = "room_device"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # "Phone 7" is id 7
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"), nullable=True)
    joined_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class RoomNote(Base):
    """A note sent from a phone: its uid (the phone's idempotency key) and its device. Kept
    when the note is deleted or hidden, so a resend is never stored again."""

    __tablename__ = "room_note"
    uid: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("room_device.id"), index=True)
    note_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)  # deleted by its phone


class HiddenNote(Base):
    """A note the facilitator hid (moderation): out of the note table, so it leaves every
    list, the board, the projector and every export, and kept here whole to be shown again."""

    __tablename__ = "hidden_note"
    note_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    data: Mapped[dict] = mapped_column(JSON)
    hidden_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    hidden_by: Mapped[str] = mapped_column(String(200), default="")
