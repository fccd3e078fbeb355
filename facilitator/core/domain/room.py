"""The room: participants write and vote from their own phones, on the laptop's network.

This is the domain side of the room, with no web server in it: the join code, the phones
that joined (each known by a random token, of which only a hash is kept), the notes they
send, moderation and voting. Everything a phone does is an operation here, written through
the workshop's own transactions and change log as that phone (``Workshop.as_device``), so
the window's panels, the change log and undo treat a phone's note like any other.

Nothing lost, nothing doubled: a phone makes a key (a UUID) for each note and sends it with
the note; the key becomes the note's uid and is recorded in ``room_note`` in the same
transaction, and it is looked up first inside that transaction, so a resend (a refresh, a
retry on flaky Wi-Fi, a replayed form) is answered "already received" and never stored twice
- also after the note was deleted by its phone or hidden by the facilitator. A phone is told
"sent" only once the transaction has committed.

The room's state is kept in the workshop itself: after a crash the room reopens with the same
code and the same phones. Closing the room revokes every phone's token.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from facilitator.core.domain.board import free_spots
from facilitator.core.domain.changes import NoteAdded, NoteDeleted, RoomChanged
from facilitator.core.domain.records import note_as_dict, note_from_dict
from facilitator.core.domain.rows import (
    NEW_NOTE_FIELDS,
    details_row,
    load_notes,
    new_note_row,
    note_step,
    put_note_back,
    remove_note,
)
from facilitator.core.domain.rows import aware as _aware
from facilitator.core.domain.rows import now as _now
from facilitator.core.domain.text import clean_note_text
from facilitator.core.errors import FacilitatorError, InputError, NoLongerThere
from facilitator.core.locale import _
from facilitator.core.storage.model import (
    Activity,
    HiddenNote,
    Note,
    Participant,
    RoomDevice,
    RoomNote,
    RoomState,
    Vote,
)

if TYPE_CHECKING:
    from facilitator.core.domain.workshop import NoteData, ParticipantData, Workshop

# Letters and digits nobody confuses when read off a projector (no 0/O, 1/I/L).
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
NOTE_LIMIT = 500  # characters in one note from a phone (a sticky note, generously)
EDIT_MINUTES = 5  # a phone may edit or delete its own note this long after sending it
DEVICE_PREFIX = "Phone"
_UID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class RoomRefused(FacilitatorError):
    """What a phone asked cannot be done; the message is shown on the phone as it is."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


# --- records -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RoomInfo:
    code: str
    is_open: bool
    paused: bool
    voting: bool
    allow_labels: bool
    port: int | None
    phones: int  # phones joined and not revoked


@dataclass(frozen=True)
class Device:
    id: int
    participant_id: int | None = None
    participant_label: str = ""

    @property
    def name(self) -> str:
        return device_name(self.id)

    @property
    def voter(self) -> str:
        """Who this phone votes as: its participant label, or "Phone 7"."""
        return self.participant_label or self.name


@dataclass(frozen=True)
class Submission:
    """A note as a phone sent it: its key (the note's uid to be) and its text."""

    device_id: int
    uid: str
    text: str


@dataclass(frozen=True)
class Received:
    uid: str
    status: str  # "stored", "already" (a resend of a stored note) or "refused"
    note_id: int | None = None
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.status in ("stored", "already")


@dataclass(frozen=True)
class PhoneNote:
    uid: str
    text: str
    sent_at: datetime
    state: str  # "sent", "hidden" (by the facilitator) or "deleted" (by the phone)
    editable: bool


@dataclass(frozen=True)
class PhoneSolution:
    id: int
    title: str
    description: str
    my_dots: int
    total: int | None  # None until the facilitator reveals the totals


@dataclass(frozen=True)
class PhoneView:
    """Everything a phone may see - and nothing else: the title, the running activity's
    prompt, its own notes and, while voting is open, the solutions voted on."""

    title: str
    prompt: str
    step: str
    device: str
    voter: str
    paused: bool
    voting: bool
    revealed: bool
    notes: tuple[PhoneNote, ...]
    solutions: tuple[PhoneSolution, ...] = ()
    dots_each: int = 0
    dots_left: int = 0
    labels: tuple[tuple[int, str], ...] = ()  # labels this phone may choose (when allowed)
    label_id: int | None = None


def device_name(device_id: int) -> str:
    return f"{DEVICE_PREFIX} {device_id}"


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(text: str) -> str:
    """What a person typed as the code: any case, spaces and dashes ignored."""
    return re.sub(r"[\s-]", "", text or "").upper()[:32]


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def valid_uid(uid: str) -> bool:
    return bool(_UID.match(uid or ""))


def phone_text(text: str, participants: Sequence[ParticipantData]) -> str:
    """Any text shown on a phone, through the rule every output follows: registered names,
    e-mail addresses and phone numbers replaced, with no choice to keep any of them."""
    from facilitator.core.domain.privacy import PrivacyRule

    return PrivacyRule(tuple(participants)).text(text)


# --- the room ----------------------------------------------------------------------------


class Room:
    """The room of one open workshop. Thread-safe as the workshop is: every method opens its
    own session, so the web server's thread calls it while the window's thread works."""

    # A phone's token is checked on every request; what was found is kept this long (a
    # close or a label change here forgets it at once; one on another laptop of a shared
    # workshop takes effect within this time).
    DEVICE_MEMORY = 5.0

    def __init__(self, workshop: Workshop):
        self.workshop = workshop
        self.followed_activity: int | None = None  # the activity the laptop is running
        self._devices: dict[str, tuple[Device, float]] = {}
        self._secret_known: str | None = None

    def _forget(self) -> None:
        self._devices.clear()
        self._secret_known = None

    # --- the facilitator's operations ----------------------------------------------------

    def current_code(self) -> str:
        with self.workshop.store.sessions() as session:
            row = _room_row(session, create=False)
            return row.code if row is not None else ""

    def state(self) -> RoomInfo:
        with self.workshop.store.sessions() as session:
            return self._info(session, _room_row(session, create=False))

    def open(self, port: int | None = None) -> RoomInfo:
        """Open the room. A room that was left open (the laptop crashed, the app was quit)
        opens again with the same code, so its phones are let back in as they were."""
        ws = self.workshop
        with ws.unit_of_work() as uow:
            session = uow.session
            row = _room_row(session)
            reopened = row.is_open and bool(row.code)
            if not reopened:
                row.code, row.secret = new_code(), secrets.token_hex(32)
                row.voting = row.paused = False
            row.is_open = True
            row.opened_at = _now()
            if port is not None:
                row.port = port
            uow.log("open room", "room", row.id, reopened=reopened, port=row.port)
            info = self._info(session, row)
            uow.on_commit(self._forget)
            uow.record(RoomChanged())
        return info

    def close(self) -> int:
        """Close the room: every phone's token stops working at once. Returns how many
        phones were let go."""
        ws = self.workshop
        with ws.unit_of_work() as uow:
            session = uow.session
            row = _room_row(session)
            revoked = session.execute(update(RoomDevice).where(RoomDevice.revoked.is_(False))
                                      .values(revoked=True)).rowcount or 0
            row.is_open = row.paused = row.voting = False
            row.code, row.secret = "", ""
            uow.log("close room", "room", row.id, phones=revoked)
            uow.on_commit(self._forget)
            uow.record(RoomChanged())
        return revoked

    def change_code(self) -> str:
        """A new join code; phones already in stay in, the old code lets nobody new in."""
        ws = self.workshop
        with ws.unit_of_work() as uow:
            session = uow.session
            row = _open_room(session)
            row.code = new_code()
            uow.log("change room code", "room", row.id)
            code = row.code
            uow.record(RoomChanged())
        return code

    def set_paused(self, paused: bool) -> bool:
        return self._set("paused", paused, "pause room" if paused else "resume room")

    def set_allow_labels(self, allowed: bool) -> bool:
        return self._set("allow_labels", allowed, "room labels")

    def set_voting(self, voting: bool, *, override: bool = False) -> bool:
        """Open (or close) voting on the phones. Voting waits for step 3 like any voting."""
        if voting:
            from facilitator.core.domain.develop import check_step

            with self.workshop.unit_of_work() as uow:
                check_step(uow, "vote", override)
        return self._set("voting", voting, "room voting")

    def _set(self, field: str, value: bool, action: str) -> bool:
        ws = self.workshop
        with ws.unit_of_work() as uow:
            session = uow.session
            row = _room_row(session)
            before = bool(getattr(row, field))
            setattr(row, field, bool(value))
            uow.log(action, "room", row.id, **{field: bool(value)})
            uow.record(RoomChanged())
        return before

    # --- moderation ------------------------------------------------------------------------

    def hide(self, note_id: int) -> NoteData:
        """Hide a note: it leaves every list, the board, the projector and every export, and
        is kept whole (same id, uid, theme, evidence) to be shown again. Logged."""
        ws = self.workshop
        with ws.unit_of_work() as uow:
            session = uow.session
            data = remove_note(session, note_id)
            session.add(HiddenNote(note_id=data.id, uid=data.uid, data=note_as_dict(data),
                                   hidden_by=ws.device))
            uow.log("hide note", "note", note_id, uid=data.uid)
            uow.record(NoteDeleted(data))
        return data

    def show_again(self, note_id: int) -> NoteData:
        """Put a hidden note back where it was."""
        ws = self.workshop
        with ws.unit_of_work() as uow:
            session = uow.session
            row = session.get(HiddenNote, note_id)
            if row is None:
                raise NoLongerThere(_("That note is not hidden (any more)."))
            restored = put_note_back(session, note_from_dict(row.data))
            session.delete(row)
            uow.log("show note again", "note", note_id, uid=restored.uid)
            uow.record(NoteAdded(restored))
        return restored

    def hidden_notes(self) -> list[NoteData]:
        with self.workshop.store.sessions() as session:
            rows = session.scalars(select(HiddenNote).order_by(HiddenNote.hidden_at))
            return [note_from_dict(r.data) for r in rows]

    def phone_note_ids(self) -> dict[int, str]:
        """Notes that came from phones: note id -> device name."""
        with self.workshop.store.sessions() as session:
            rows = session.execute(select(RoomNote.note_id, RoomNote.device_id)
                                   .where(RoomNote.note_id.is_not(None)))
            return {int(n): device_name(d) for n, d in rows}

    # --- phones ----------------------------------------------------------------------------

    def join(self, code: str) -> tuple[str, Device]:
        """A phone gives the code; it gets a token (kept by it, hashed here) and a device."""
        ws = self.workshop
        token = secrets.token_urlsafe(32)
        with ws.unit_of_work() as uow:
            session = uow.session
            row = _room_row(session, create=False)
            if row is None or not row.is_open or not row.code:
                raise RoomRefused(_("The room is closed. Ask the facilitator to open it."), 403)
            if not hmac.compare_digest(normalise_code(code).encode(), row.code.encode()):
                raise RoomRefused(_("That code is not the room's code. Check the code on the "
                                    "screen and try again."), 403)
            device = RoomDevice(token_hash=token_hash(token))
            session.add(device)
            session.flush()
            uow.log("phone joined", "room", device.id, device=device_name(device.id))
            joined = Device(device.id)
            uow.record(RoomChanged(device=device_name(device.id)))
        return token, joined

    def remembered_device(self, token: str) -> Device | None | bool:
        """The phone of a token checked moments ago, without the store; False: not known,
        ask ``device``."""
        import time

        remembered = self._devices.get(token_hash(token)) if token else None
        if remembered is not None and remembered[1] > time.monotonic():
            return remembered[0]
        return False

    def device(self, token: str) -> Device | None:
        """The phone a token belongs to, if the room is open and the token not revoked."""
        if not token:
            return None
        import time

        key = token_hash(token)
        remembered = self._devices.get(key)
        if remembered is not None and remembered[1] > time.monotonic():
            return remembered[0]
        with self.workshop.store.sessions() as session:
            row = session.execute(
                select(RoomDevice, Participant.label)
                .outerjoin(Participant, RoomDevice.participant_id == Participant.id)
                .where(RoomDevice.token_hash == token_hash(token))).first()
            room = _room_row(session, create=False)
            if row is None or row[0].revoked or room is None or not room.is_open:
                return None
            device = Device(row[0].id, row[0].participant_id, row[1] or "")
        if len(self._devices) > 5000:
            self._devices.clear()
        self._devices[key] = (device, time.monotonic() + self.DEVICE_MEMORY)
        return device

    def form_token(self, key: str) -> str:
        """The CSRF token for forms shown to ``key`` (a device token's hash or a join
        cookie), signed with the room's secret."""
        secret = self._secret()
        return hmac.new(secret.encode(), key.encode(), hashlib.sha256).hexdigest()

    @property
    def secret_known(self) -> bool:
        return self._secret_known is not None

    def check_form_token(self, key: str, given: str) -> bool:
        return bool(given) and bool(self._secret()) and hmac.compare_digest(
            self.form_token(key), str(given))

    def _secret(self) -> str:
        if self._secret_known is None:
            with self.workshop.store.sessions() as session:
                row = _room_row(session, create=False)
                self._secret_known = row.secret if row is not None else ""
        return self._secret_known

    def choose_label(self, device: Device, participant_id: int | None) -> Device:
        """Write as one's participant label (where the facilitator allows), or anonymously."""
        ws = self.workshop
        with ws.unit_of_work() as uow:
            session = uow.session
            room = _open_room(session)
            if participant_id is not None:
                if not room.allow_labels:
                    raise RoomRefused(_("The facilitator has not allowed choosing a label."), 403)
                if session.get(Participant, participant_id) is None:
                    raise RoomRefused(_("That label is not in this workshop."))
                taken = session.scalar(select(RoomDevice.id).where(
                    RoomDevice.participant_id == participant_id, RoomDevice.id != device.id,
                    RoomDevice.revoked.is_(False)))
                if taken is not None:
                    raise RoomRefused(_("Another phone writes as that label already."), 409)
            row = session.get(RoomDevice, device.id)
            row.participant_id = participant_id
            uow.log("phone label", "room", device.id, device=device.name,
                    participant_id=participant_id)
            uow.on_commit(self._forget)
            uow.record(RoomChanged(device=device.name))
        return self.device_by_id(device.id)

    def device_by_id(self, device_id: int) -> Device | None:
        with self.workshop.store.sessions() as session:
            return _phones_by_id(session, {device_id})[device_id]

    def receive(self, items: Sequence[Submission]) -> list[Received]:
        """Store notes from phones - several phones' notes in one transaction when they
        arrive together - each once whatever is sent twice. Returns one answer per item, in
        order; an answer is final only when this returns (the transaction committed)."""
        answers: list[Received | None] = [None] * len(items)
        wanted: list[tuple[int, Submission, str]] = []
        for index, item in enumerate(items):
            checked = _check_submission(item)
            if isinstance(checked, Received):
                answers[index] = checked
            else:
                wanted.append((index, item, checked))
        ws = self.workshop
        if wanted:
            with ws.unit_of_work() as uow:
                session = uow.session
                stop = _room_refusal(_room_row(session, create=False))
                uids = list({item.uid for _, item, _ in wanted})
                # Looked up first, inside the transaction: a key seen before is a resend.
                known = {r.uid: r for r in session.scalars(
                    select(RoomNote).where(RoomNote.uid.in_(uids)))}
                taken = set(session.scalars(select(Note.uid).where(Note.uid.in_(uids))))
                taken |= set(session.scalars(select(HiddenNote.uid)
                                             .where(HiddenNote.uid.in_(uids))))
                devices = _phones_by_id(session, {item.device_id for _, item, _ in wanted})
                activity = self._activity(session)
                step = session.scalar(select(note_step(activity)))
                fresh: list[tuple[int, Submission, Device]] = []
                rows: list[dict] = []
                for index, item, text in wanted:
                    device = devices[item.device_id]
                    answer = _resend_or_refusal(item, device, known, taken, stop)
                    if answer is not None:
                        answers[index] = answer
                        continue
                    row = new_note_row(
                        text, device=device.name, participant_id=device.participant_id,
                        table_label="" if device.participant_id else device.name,
                        activity_id=activity, step=step, uid=item.uid)
                    rows.append({c: getattr(row, c) for c in NEW_NOTE_FIELDS})
                    known[item.uid] = device.id  # a second copy in this batch: a resend
                    fresh.append((index, item, device))
                if rows:  # the new notes in one statement, their ids in the same order
                    for row, (x, y) in zip(rows, free_spots(session, len(rows)), strict=True):
                        row["pos_x"], row["pos_y"] = x, y  # a free spot on the board
                    ids = list(session.scalars(
                        insert(Note).returning(Note.id, sort_by_parameter_order=True), rows))
                    session.execute(insert(RoomNote), [
                        {"uid": item.uid, "device_id": device.id, "note_id": note_id,
                         "received_at": _now(), "withdrawn": False}
                        for (_, item, device), note_id in zip(fresh, ids, strict=True)])
                    for (index, item, _device), note_id in zip(fresh, ids, strict=True):
                        answers[index] = Received(item.uid, "stored", note_id)
                    uow.log_many("add note", "note", [  # each as its phone
                        (note_id, {"uid": item.uid}, device.name)
                        for (_, item, device), note_id in zip(fresh, ids, strict=True)])
                    uow.record(*(NoteAdded(note, device=note.created_by)
                                 for note in load_notes(session, ids)))
        return [a for a in answers if a is not None]

    def edit_own(self, device: Device, uid: str, text: str) -> NoteData:
        """A phone corrects its own note, within EDIT_MINUTES of sending it."""
        note_id = self._own_recent(device, uid)
        cleaned = clean_note_text(text).text
        if len(cleaned) > NOTE_LIMIT:
            raise RoomRefused(_too_long(len(cleaned)), 413)
        try:
            _before, after = self.workshop.as_device(device.name).update_note(note_id,
                                                                               text=cleaned)
        except InputError as exc:
            raise RoomRefused(str(exc)) from exc
        return after

    def delete_own(self, device: Device, uid: str) -> None:
        """A phone takes back its own note, within EDIT_MINUTES of sending it."""
        note_id = self._own_recent(device, uid)
        with self.workshop.as_device(device.name).unit_of_work() as uow:
            session = uow.session
            data = remove_note(session, note_id)
            row = session.get(RoomNote, uid)
            row.note_id, row.withdrawn = None, True
            uow.log("delete note", "note", note_id, uid=data.uid)
            uow.record(NoteDeleted(data))

    def _own_recent(self, device: Device, uid: str) -> int:
        with self.workshop.store.sessions() as session:
            row = session.get(RoomNote, uid) if valid_uid(uid) else None
            if row is None or row.device_id != device.id:
                raise RoomRefused(_("That is not one of your notes."), 404)
            if row.note_id is None or session.get(Note, row.note_id) is None:
                raise RoomRefused(_("That note is no longer on the board."), 409)
            if _now() - _aware(row.received_at) > timedelta(minutes=EDIT_MINUTES):
                raise RoomRefused(_("Notes can be changed for {0} minutes after sending; "
                                    "this one is on the board for good.").format(EDIT_MINUTES),
                                  409)
            return row.note_id

    def vote(self, device: Device, solution_id: int, delta: int) -> int:
        """A phone gives or takes back a dot while voting is open; returns its dots left."""
        development = self.workshop.as_device(device.name).development
        with self.workshop.store.sessions() as session:
            room = _room_row(session, create=False)
            refusal = _room_refusal(room)
            if refusal:
                raise RoomRefused(refusal, 409)
            if not room.voting:
                raise RoomRefused(_("Voting is not open. The facilitator opens it."), 409)
            if not _votable(session, solution_id):
                raise RoomRefused(_("That solution is not being voted on."), 404)
        try:
            development.vote(solution_id, device.voter, 1 if delta > 0 else -1, override=True)
        except InputError as exc:
            raise RoomRefused(str(exc), 409) from exc
        return development.dots_per_voter() - development.dots_used(device.voter)

    def phone_view(self, device: Device) -> PhoneView:
        ws = self.workshop
        details = ws.details()
        participants = ws.participants()
        from facilitator.core.domain.privacy import PrivacyRule

        shown = PrivacyRule.for_room(ws).text  # the one rule for what the room sees
        with ws.store.sessions() as session:
            room = _room_row(session, create=False)
            activity_id = self._activity(session)
            activity = session.get(Activity, activity_id) if activity_id else None
            now = _now()
            notes = []
            rows = session.execute(
                select(RoomNote, Note.text, HiddenNote.data)
                .outerjoin(Note, Note.id == RoomNote.note_id)
                .outerjoin(HiddenNote, HiddenNote.uid == RoomNote.uid)
                .where(RoomNote.device_id == device.id)
                .order_by(RoomNote.received_at.desc()).limit(50))
            for row, text, hidden in rows:
                if row.withdrawn:
                    continue
                state = "sent" if text is not None else "hidden"
                text = text if text is not None else (hidden or {}).get("text", "")
                recent = now - _aware(row.received_at) <= timedelta(minutes=EDIT_MINUTES)
                notes.append(PhoneNote(row.uid, shown(text),
                                       _aware(row.received_at), state,
                                       state == "sent" and recent))
            solutions: list[PhoneSolution] = []
            dots_used = 0
            if room is not None and room.voting:
                mine = dict(session.execute(select(Vote.solution_id, Vote.dots)
                                            .where(Vote.voter == device.voter)).all())
                dots_used = sum(mine.values())
                for solution in ws.synthesis.solutions():
                    if solution.status == "dropped":
                        continue
                    solutions.append(PhoneSolution(
                        solution.id, shown(solution.title),
                        shown(solution.description),
                        int(mine.get(solution.id, 0)),
                        solution.votes if details.votes_revealed else None))
            labels: tuple[tuple[int, str], ...] = ()
            if room is not None and room.allow_labels:
                taken = set(session.scalars(select(RoomDevice.participant_id).where(
                    RoomDevice.participant_id.is_not(None), RoomDevice.id != device.id,
                    RoomDevice.revoked.is_(False))))
                labels = tuple((p.id, p.label) for p in participants if p.id not in taken)
        prompt = (activity.prompt or activity.name) if activity is not None else ""
        dots_each = ws.development.dots_per_voter()
        return PhoneView(
            title=shown(details.title),
            prompt=shown(prompt),
            step=_("Step {0}: {1}").format(int(details.current_step),
                                           details.current_step.info.title),
            device=device.name, voter=device.voter,
            paused=bool(room and room.paused), voting=bool(room and room.voting),
            revealed=details.votes_revealed, notes=tuple(notes), solutions=tuple(solutions),
            dots_each=dots_each, dots_left=max(0, dots_each - dots_used), labels=labels,
            label_id=device.participant_id)

    def _activity(self, session: Session) -> int | None:
        """The activity phones answer: the one the laptop runs, else the first of the
        workshop's current step in agenda order."""
        if self.followed_activity is not None and session.get(
                Activity, self.followed_activity) is not None:
            return self.followed_activity
        step = details_row(session).current_step
        return session.scalar(select(Activity.id).where(Activity.step == step)
                              .order_by(Activity.position, Activity.id).limit(1))

    def _info(self, session: Session, row: RoomState | None) -> RoomInfo:
        if row is None:
            return RoomInfo("", False, False, False, False, None, 0)
        phones = len(list(session.scalars(select(RoomDevice.id).where(
            RoomDevice.revoked.is_(False))))) if row.is_open else 0
        return RoomInfo(row.code, bool(row.is_open), bool(row.paused), bool(row.voting),
                        bool(row.allow_labels), row.port, phones)


# --- helpers -----------------------------------------------------------------------------


def _room_row(session: Session, create: bool = True) -> RoomState | None:
    row = session.scalar(select(RoomState).order_by(RoomState.id).limit(1))
    if row is None and create:
        row = RoomState(code="", secret="")
        session.add(row)
        session.flush()
    return row


def _open_room(session: Session) -> RoomState:
    row = _room_row(session, create=False)
    if row is None or not row.is_open:
        raise RoomRefused(_("The room is closed. Ask the facilitator to open it."), 403)
    return row


def _room_refusal(room: RoomState | None) -> str:
    if room is None or not room.is_open:
        return _("The room is closed. Your note was not sent.")
    if room.paused:
        return _("The facilitator has paused the room. Keep your note and send it when it "
                 "opens.")
    return ""


def _phones_by_id(session: Session, device_ids: set[int]) -> dict[int, Device | None]:
    """The phones (None: unknown or revoked) of these ids, in one query."""
    found: dict[int, Device | None] = dict.fromkeys(device_ids)
    rows = session.execute(
        select(RoomDevice.id, RoomDevice.participant_id, RoomDevice.revoked, Participant.label)
        .outerjoin(Participant, RoomDevice.participant_id == Participant.id)
        .where(RoomDevice.id.in_(list(device_ids))))
    for device_id, participant_id, revoked, label in rows:
        if not revoked:
            found[device_id] = Device(device_id, participant_id if label else None, label or "")
    return found


def _resend_or_refusal(item: Submission, device: Device | None, known: dict,
                       taken: set[str], stop: str) -> Received | None:
    """The answer to a note that is not to be stored now; None: store it."""
    if stop:
        return Received(item.uid, "refused", message=stop)
    if device is None:
        return Received(item.uid, "refused", message=_(
            "This phone is no longer in the room. Join again with the code on the screen."))
    receipt = known.get(item.uid)
    owner = receipt if isinstance(receipt, int) or receipt is None else receipt.device_id
    if receipt is not None and owner == device.id:  # a resend: stored once
        return Received(item.uid, "already",
                        None if isinstance(receipt, int) else receipt.note_id)
    if receipt is not None or item.uid in taken:
        return Received(item.uid, "refused", message=_(
            "That note key belongs to another note. Reload the page and send again."))
    return None


def _too_long(length: int) -> str:
    return _("A note holds at most {limit} characters; this one has {length}. Shorten it, "
             "or split it into two notes.").format(limit=NOTE_LIMIT, length=length)


def _check_submission(item: Submission) -> Received | str:
    """The cleaned text of a good submission, or the answer refusing it."""
    if not valid_uid(item.uid):
        return Received(item.uid, "refused", message=_(
            "The note came without its key. Reload the page and send it again."))
    cleaned = clean_note_text(item.text or "").text
    if not cleaned:
        return Received(item.uid, "refused", message=_("The note is empty: write something "
                                                       "first."))
    if len(cleaned) > NOTE_LIMIT:
        return Received(item.uid, "refused", message=_too_long(len(cleaned)))
    return cleaned


def _votable(session: Session, solution_id: int) -> bool:
    from facilitator.core.storage.model import Solution

    row = session.get(Solution, solution_id)
    return row is not None and row.status != "dropped"


__all__ = ["CODE_LENGTH", "EDIT_MINUTES", "NOTE_LIMIT", "Device", "PhoneView", "Received",
           "Room", "RoomInfo", "RoomRefused", "Submission", "phone_text"]
