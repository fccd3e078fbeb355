"""One user operation, one unit of work.

A `UnitOfWork` owns the session of one transaction, the change-log rows it writes and the
typed change records (`core.domain.changes`) the operation produced: all committed together
or not at all, and the records published to the listeners only after the commit, so a
listener never hears of a change the store does not have.

`Writer` is what every domain operation writes through (a `Workshop` is one): the store,
the device that writes (this laptop, or a phone in the room) and the listeners every device
of one workshop shares.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timezone
from types import TracebackType

from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from facilitator.core.domain.changes import Change
from facilitator.core.errors import FacilitatorError
from facilitator.core.locale import _
from facilitator.core.storage.model import ChangeLog
from facilitator.core.storage.store import Store

Listener = Callable[[tuple[Change, ...]], None]


class SaveFailed(FacilitatorError):
    """The store refused a change; nothing of it was written."""


class Listeners:
    """Who hears of committed changes: called on the writing thread with each unit of
    work's records, in order."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def add(self, listener: Listener) -> None:
        with self._lock:
            self._listeners.append(listener)

    def remove(self, listener: Listener) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def clear(self) -> None:
        with self._lock:
            self._listeners.clear()

    def publish(self, changes: tuple[Change, ...]) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(changes)


class UnitOfWork:
    """``with writer.unit_of_work() as uow:`` – ``uow.session`` to read and write,
    ``uow.log(...)`` for the change log, ``uow.record(...)`` for what changed."""

    def __init__(self, store: Store, device: str, listeners: Listeners):
        self.store, self.device, self.listeners = store, device, listeners
        self.changes: list[Change] = []
        self._on_commit: list[Callable[[], None]] = []
        self._session: Session | None = None
        self._scope = None

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("A unit of work's session exists only inside its with-block.")
        return self._session

    def __enter__(self) -> UnitOfWork:  # noqa: PYI034 - the outermost unit of work, when nested
        self._scope = self._transaction()
        return self._scope.__enter__()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> bool | None:
        scope, self._scope = self._scope, None
        return scope.__exit__(kind, exc, tb)

    @contextmanager
    def _transaction(self) -> Iterator[UnitOfWork]:
        if self.store.readonly:
            raise SaveFailed(_("This workshop is open read-only."))
        try:
            with self.store.sessions.begin() as session:
                self._session = session
                yield self
        except FacilitatorError:
            raise
        except IntegrityError as exc:
            raise SaveFailed(_("The change conflicts with what is stored: {0}").format(
                exc.orig)) from exc
        except SQLAlchemyError as exc:
            raise SaveFailed(_("The change could not be saved: {0}").format(
                exc.orig or exc)) from exc
        finally:
            self._session = None
        for callback in self._on_commit:  # committed: caches forget what it replaced
            callback()
        if self.changes:  # and then the listeners hear of it
            self.listeners.publish(tuple(self.changes))

    def record(self, *changes: Change) -> None:
        """What this unit of work changed, published once it has committed; a record
        without a device is this unit's device's."""
        self.changes.extend(c if c.device else replace(c, device=self.device)
                            for c in changes)

    def on_commit(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once this unit of work has committed, before the listeners
        hear of it (never when it rolls back)."""
        self._on_commit.append(callback)

    def log(self, action: str, target: str = "", target_id: int | None = None, *,
            device: str | None = None, **detail) -> None:
        """One change-log row in this transaction (``device``: a phone writing through
        this laptop)."""
        # One plain INSERT of the table, its values as parameters: the log row needs none
        # of the ORM's bookkeeping, and the statement is compiled once, not per change.
        self.session.execute(insert(ChangeLog.__table__), {
            "at": datetime.now(timezone.utc), "device": device or self.device,
            "action": action, "target": target, "target_id": target_id,
            "detail": jsonable(detail)})
        self._tell_other_laptops(target, action)

    def log_many(self, action: str, target: str,
                 entries: Sequence[tuple[int | None, dict, str]]) -> None:
        """One change-log row per (target id, detail, device), in one statement: many
        notes arriving at once from the room's phones. One notice reaches other laptops."""
        if not entries:
            return
        moment = datetime.now(timezone.utc)
        self.session.execute(insert(ChangeLog), [
            {"at": moment, "device": device or self.device, "action": action,
             "target": target, "target_id": target_id, "detail": jsonable(detail)}
            for target_id, detail, device in entries])
        self._tell_other_laptops(target, action)

    def _tell_other_laptops(self, target: str, action: str) -> None:
        if self.session.get_bind().dialect.name == "postgresql":
            # Other laptops on a shared workshop hear of it when this transaction commits.
            from facilitator.core.storage.feed import notify

            notify(self.session, self.device, target, action)


class Writer:
    """Writes to one store as one device; every unit of work it opens is published to the
    listeners it shares with the other devices of the same workshop."""

    def __init__(self, store: Store, device: str, listeners: Listeners | None = None):
        self.store = store
        self.device = device
        self.listeners = listeners if listeners is not None else Listeners()

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self.store, self.device, self.listeners)

    def add_listener(self, listener: Listener) -> None:
        """``listener(changes)`` hears each committed unit of work's change records."""
        self.listeners.add(listener)

    def remove_listener(self, listener: Listener) -> None:
        self.listeners.remove(listener)


def jsonable(detail: dict) -> dict:
    return {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in detail.items()}


__all__ = ["Listener", "Listeners", "SaveFailed", "UnitOfWork", "Writer", "jsonable"]
