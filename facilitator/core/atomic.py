"""Writing an export so that a crash or a full disk never leaves half a file behind."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from facilitator.core.errors import FacilitatorError


def write_atomically(target: str | os.PathLike, write: Callable[[BinaryIO], object]) -> Path:
    """Call ``write`` on a temporary file beside ``target``, then rename it into place.

    The folder must exist (a mistyped folder is an error, not a new folder); an OS error
    becomes a FacilitatorError naming the file.
    """
    target = Path(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".export-", suffix=target.suffix, dir=target.parent)
    except OSError as exc:
        raise FacilitatorError(f"Could not write '{target.name}': {exc.strerror}.") from exc
    try:
        with os.fdopen(fd, "wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        raise FacilitatorError(f"Could not write '{target.name}': {exc.strerror}.") from exc
    finally:
        Path(tmp).unlink(missing_ok=True)
    return target
