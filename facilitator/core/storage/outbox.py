"""Notes waiting for a shared workshop's server: kept on the laptop, sent exactly once.

When the server cannot be reached, a captured note goes into a small outbox file beside the
app's settings instead of being lost, with the note's uid chosen at capture. Sending retries
in order; a note whose uid is already stored (sent, but the answer never came back) is not
sent twice, so every note arrives exactly once.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from facilitator.core.errors import FacilitatorError
from facilitator.core.storage.model import Note

if TYPE_CHECKING:
    from facilitator.core.domain.workshop import Workshop


class Outbox:
    def __init__(self, folder: Path, workshop_name: str):
        key = hashlib.sha256(workshop_name.encode("utf-8")).hexdigest()[:16]
        self.path = folder / f"outbox-{key}.json"
        self.entries: list[dict] = self._read()
        self._flushing = False

    def _read(self) -> list[dict]:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []

    def _write(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".outbox-", dir=self.path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(self.entries, out, ensure_ascii=False)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, self.path)

    def __len__(self) -> int:
        return len(self.entries)

    def put(self, text: str, uid: str | None = None, **fields) -> str:
        """Keep a note for later under the uid it was given when typed (a new one if it has
        none); returns the uid. A note whose commit reached the server but whose answer was
        lost is thus recognised when it is sent again, and never stored twice."""
        uid = uid or str(uuid.uuid4())
        clean = {k: (int(v) if hasattr(v, "__int__") and not isinstance(v, str) else v)
                 for k, v in fields.items() if v is not None}
        self.entries.append({"uid": uid, "text": text, "fields": clean})
        self._write()
        return uid

    def flush(self, workshop: Workshop) -> int:
        """Send what waits, in order; stops at the first failure. Returns how many went.
        A call made while sending (a sent note announces itself) does nothing."""
        if self._flushing:
            return 0
        self._flushing = True
        try:
            return self._send(workshop)
        finally:
            self._flushing = False

    def _send(self, workshop: Workshop) -> int:
        sent = 0
        while self.entries:
            entry = self.entries[0]
            try:
                if not self._stored(workshop, entry["uid"]):
                    workshop.add_note(entry["text"], uid=entry["uid"], **entry["fields"])
            except FacilitatorError:
                break
            self.entries.pop(0)
            self._write()
            sent += 1
        return sent

    @staticmethod
    def _stored(workshop: Workshop, uid: str) -> bool:
        try:
            with workshop.store.sessions() as session:
                return session.scalar(select(Note.id).where(Note.uid == uid)) is not None
        except Exception as exc:  # the server is still away
            raise FacilitatorError(str(type(exc).__name__)) from exc
