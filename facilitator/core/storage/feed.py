"""Changes made on other laptops of a shared (PostgreSQL) workshop, as they commit.

Every logged operation also sends a PostgreSQL NOTIFY inside its own transaction, so it is
delivered exactly when - and only if - the change is committed. A laptop LISTENs on one
extra connection and refreshes what the change touched. No sync protocol of our own: the
database is the single source of truth, notifications only say "look again".
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

CHANNEL = "facilitator_changes"
KINDS = ("note", "participant", "activity", "workshop", "theme", "insight", "link",
         "solution")


@dataclass(frozen=True)
class RemoteChange:
    device: str
    kind: str  # one of KINDS ('workshop' when the log names no other)
    action: str


def notify(session: Session, device: str, target: str, action: str) -> None:
    payload = json.dumps({"device": device, "kind": target, "action": action})
    session.execute(text("SELECT pg_notify(:channel, :payload)"),
                    {"channel": CHANNEL, "payload": payload[:7000]})


def conninfo(url: str) -> str:
    """A libpq connection string for a SQLAlchemy PostgreSQL URL (password kept)."""
    parsed = make_url(url).set(drivername="postgresql")
    return parsed.render_as_string(hide_password=False)


class ChangeFeed:
    """LISTENs on its own connection; ``changes(timeout)`` yields what others committed."""

    def __init__(self, url: str, device: str):
        import psycopg

        self.device = device
        self.connection = psycopg.connect(conninfo(url), autocommit=True, connect_timeout=5)
        self.connection.execute(f"LISTEN {CHANNEL}")

    def changes(self, timeout: float) -> Iterator[RemoteChange]:
        """Changes by other devices that arrive within ``timeout`` seconds."""
        for note in self.connection.notifies(timeout=timeout, stop_after=None):
            try:
                data = json.loads(note.payload)
            except ValueError:
                continue
            if data.get("device") == self.device:
                continue
            kind = data.get("kind") if data.get("kind") in KINDS else "workshop"
            yield RemoteChange(str(data.get("device", "")), kind, str(data.get("action", "")))

    def close(self) -> None:
        self.connection.close()
