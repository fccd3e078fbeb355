"""One app at a time per workshop file.

The lock is an OS-level lock on a small file beside the workshop, holding the owner's
process id and host. The operating system drops the lock when its process dies, so a crash
never leaves a lock that blocks reopening; the text in the file only serves to name the
other process in the message.
"""

from __future__ import annotations

import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from facilitator.core.errors import WorkshopFileError

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt
else:
    import fcntl


class WorkshopLocked(WorkshopFileError):
    """Another process has the workshop open."""

    def __init__(self, path: Path, holder: LockHolder | None):
        self.path = path
        self.holder = holder
        who = holder.describe() if holder else "another program"
        super().__init__(
            f"'{path.name}' is already open in {who}. Close it there first, "
            "or open a copy of the file."
        )


@dataclass(frozen=True)
class LockHolder:
    pid: int
    host: str
    program: str

    def describe(self) -> str:
        where = "this computer" if self.host == socket.gethostname() else self.host
        return f"{self.program} (process {self.pid} on {where})"


def lock_path_for(workshop_path: Path) -> Path:
    return workshop_path.with_name(f".{workshop_path.name}.lock")


class WorkshopLock:
    def __init__(self, workshop_path: Path, program: str = "Facilitator"):
        self.path = lock_path_for(workshop_path)
        self.workshop_path = workshop_path
        self.program = program
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            _lock_fd(fd)
        except OSError:
            holder = _read_holder(fd)
            os.close(fd)
            raise WorkshopLocked(self.workshop_path, holder) from None
        info = {"pid": os.getpid(), "host": socket.gethostname(), "program": self.program}
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(info).encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)
        except OSError:
            pass
        _unlock_fd(fd)
        os.close(fd)
        # The emptied file stays: deleting it could let two processes lock different files.

    @property
    def held(self) -> bool:
        return self._fd is not None


def _read_holder(fd: int) -> LockHolder | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        info = json.loads(os.read(fd, 4096).decode() or "{}")
        return LockHolder(int(info["pid"]), str(info["host"]), str(info["program"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


if os.name == "nt":  # pragma: no cover

    def _lock_fd(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock_fd(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:

    def _lock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
