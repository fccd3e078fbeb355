"""Writing an export so that a crash or a full disk never leaves half a file behind.

The export is written to a hidden temporary file beside the target (``.export-PID-…``) and
renamed into place when complete. A process killed mid-write leaves its temporary file
behind; the next export into the same folder removes such files once their process is gone
and they have not changed for a minute (a folder on a shared drive may hold another
computer's export in progress, whose process is unknown here).
"""

from __future__ import annotations

import errno
import os
import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from facilitator.core.errors import FacilitatorError

TEMP_PREFIX = ".export-"
ABANDONED_AFTER = 60.0  # seconds without a change, its process gone
_TEMP_NAME = re.compile(rf"^{re.escape(TEMP_PREFIX)}(?:(\d+)-)?")


def write_atomically(target: str | os.PathLike, write: Callable[[BinaryIO], object]) -> Path:
    """Call ``write`` on a temporary file beside ``target``, then rename it into place.

    The folder must exist (a mistyped folder is an error, not a new folder); an OS error
    becomes a FacilitatorError naming the file, where it was refused and what to do.
    """
    target = Path(target)
    remove_abandoned(target.parent)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=target.suffix,
                                   dir=target.parent)
    except OSError as exc:
        raise FacilitatorError(refused_write(target, exc)) from exc
    try:
        with os.fdopen(fd, "wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        raise FacilitatorError(refused_write(target, exc)) from exc
    finally:
        Path(tmp).unlink(missing_ok=True)
    return target


def refused_write(target: Path, exc: OSError) -> str:
    """One sentence: what could not be written, where, and what to do."""
    folder = target.parent
    if exc.errno == errno.ENOENT and not folder.is_dir():
        return f"Could not write '{target.name}': the folder {folder} does not exist."
    if exc.errno == errno.EROFS:
        return (f"Could not write '{target.name}': the folder {folder} is read-only. "
                "Choose another folder to save the export in.")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return (f"Could not write '{target.name}': you may not write in {folder}. "
                "Choose another folder to save the export in.")
    if exc.errno == errno.ENOSPC:
        return (f"Could not write '{target.name}': the disk holding {folder} is full. Free "
                "some space or choose another place; nothing was half-written.")
    return f"Could not write '{target.name}' in {folder}: {exc.strerror}."


def remove_abandoned(folder: Path) -> list[Path]:
    """Remove the temporary files of exports that were killed mid-write; returns them."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        match = _TEMP_NAME.match(entry.name)
        if match is None or not entry.is_file(follow_symlinks=False):
            continue
        try:
            idle = now - entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        pid = int(match.group(1)) if match.group(1) else None
        if idle < ABANDONED_AFTER or (pid is not None and _running(pid)):
            continue
        try:
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            pass
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":  # os.kill would end the process there: go by age alone
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process, or unknowable: leave its file alone
    return True
