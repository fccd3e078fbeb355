"""One app at a time per workshop file.

The lock is an OS-level lock on a small file beside the workshop, holding the owner's
process id and host. The operating system drops the lock when its process dies, so a crash
never leaves a lock that blocks reopening; the text in the file only serves to name the
other process in the message.

The lock belongs to the file itself, whatever name opens it: the lock file sits beside the
resolved path (a symlink leads to the real file), and a second lock, named by the file's
device and inode, sits in a private folder of this user's temporary folder (a hard link is
another name for the same inode).
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import stat
import tempfile
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
    real = Path(os.path.realpath(workshop_path))
    return real.with_name(f".{real.name}.lock")


def inode_lock_path(workshop_path: Path) -> Path | None:
    """The lock named by the file's device and inode, or None when there is no private
    folder to hold it (the lock beside the file still applies)."""
    try:
        info = os.stat(workshop_path)
    except OSError:
        return None
    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    folder = Path(tempfile.gettempdir()) / f"facilitator-locks-{user}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        mine = os.lstat(folder)
        if not stat.S_ISDIR(mine.st_mode) or (hasattr(os, "getuid")
                                               and mine.st_uid != os.getuid()):
            return None  # not ours: never lock through a folder someone else controls
    except OSError:
        return None
    return folder / f"{info.st_dev}-{info.st_ino}.lock"


class WorkshopLock:
    def __init__(self, workshop_path: Path, program: str = "Facilitator"):
        self.path = lock_path_for(workshop_path)
        self.inode_path = inode_lock_path(workshop_path)
        self.workshop_path = workshop_path
        self.program = program
        self._fds: list[int] = []

    def acquire(self) -> None:
        info = json.dumps({"pid": os.getpid(), "host": socket.gethostname(),
                           "program": self.program}).encode()
        try:
            for path in (self.path, self.inode_path):
                if path is not None:
                    self._fds.append(self._take(path, info))
        except BaseException:
            self.release()
            raise

    def _take(self, path: Path, info: bytes) -> int:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise WorkshopFileError(_unwritable(self.workshop_path, exc)) from None
        try:
            _lock_fd(fd)
        except OSError:
            holder = _read_holder(fd)
            os.close(fd)
            raise WorkshopLocked(self.workshop_path, holder) from None
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, info)
        return fd

    def release(self) -> None:
        fds, self._fds = self._fds, []
        for fd in fds:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            _unlock_fd(fd)
            os.close(fd)
        # The emptied files stay: deleting one could let two processes lock different files.

    @property
    def held(self) -> bool:
        return bool(self._fds)


def _unwritable(workshop_path: Path, exc: OSError) -> str:
    """One sentence for a folder that refuses the lock: where, and what to do."""
    import errno

    folder = Path(os.path.realpath(workshop_path)).parent
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        why = ("is read-only" if exc.errno == errno.EROFS
               else "does not let you write in it")
        return (f"'{workshop_path.name}' cannot be opened for work: its folder {folder} {why}."
                " Copy the workshop to a folder you can write to (or open it from there), "
                "or read it with 'facilitator notes' or export it, which write nothing.")
    return f"'{workshop_path.name}' cannot be opened for work: {exc.strerror} ({folder})."


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
