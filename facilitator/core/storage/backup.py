"""Rolling backups of a workshop file, and getting a workshop back from one.

A backup is made with SQLite's online backup API (a plain file copy of a database in WAL mode
can miss the latest changes or copy a half-written page), checked with the integrity check,
and kept in a folder beside the workshop: `.NAME.workshop.backups/`. The newest ten are kept,
plus the newest of each of the last seven days, plus every backup taken before a format
upgrade or a restore. Nothing here ever overwrites a workshop file: a damaged file or the file
a backup replaces is first set aside under a new name.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from urllib.request import pathname2url

from facilitator.core.errors import WorkshopFileError
from facilitator.core.locale import _

INTERVAL = timedelta(minutes=10)  # at most one automatic backup this often while changing
KEEP_RECENT = 10
KEEP_DAYS = 7
KEPT_REASONS = ("pre-upgrade", "before-restore")
_STAMP = "%Y%m%d-%H%M%S"


def integrity_check(path: Path) -> str:
    """SQLite's own full integrity check of a workshop file: 'ok' when sound."""
    conn = sqlite3.connect(f"file:{pathname2url(str(path))}?mode=ro", uri=True)
    try:
        return "; ".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()



@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made: datetime
    reason: str  # auto, close, pre-upgrade, before-restore
    notes: int | None  # None: the backup cannot be read


def backup_folder(workshop: Path) -> Path:
    return workshop.parent / f".{workshop.name}.backups"


def make_backup(workshop: Path, reason: str = "auto", now: datetime | None = None) -> Path:
    """Back up ``workshop`` (open or not) and prune old backups; returns the backup's path."""
    now = now or datetime.now()
    folder = backup_folder(workshop)
    target = folder / f"{now.strftime(_STAMP)}-{reason}.workshop"
    try:
        folder.mkdir(exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".partial-", suffix=".workshop", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise WorkshopFileError(_("Could not make a backup in '{folder}': {strerror}.").format(
                                    folder=folder, strerror=exc.strerror)) from exc
    tmp = Path(tmp_name)
    try:
        _copy_database(workshop, tmp)
        check = integrity_check(tmp)
        if check != "ok":
            raise WorkshopFileError(_("The backup of '{name}' failed its check ({check}); the "
                                      "workshop itself was not touched.").format(
                                        name=workshop.name, check=check))
        os.replace(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        raise WorkshopFileError(_("Could not back up '{name}': {exc}.").format(
                                    name=workshop.name, exc=exc)) from exc
    finally:
        tmp.unlink(missing_ok=True)
    prune(folder, now)
    return target


def _copy_database(source: Path, target: Path) -> None:
    src = sqlite3.connect(f"file:{pathname2url(str(source))}?mode=ro", uri=True, timeout=10)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            dst.close()
    finally:
        src.close()


def _parse(path: Path) -> tuple[datetime, str] | None:
    stem = path.stem
    try:
        made = datetime.strptime(stem[:15], _STAMP)
    except ValueError:
        return None
    return made, stem[16:] or "auto"


def prune(folder: Path, now: datetime | None = None) -> list[Path]:
    """Delete backups beyond the policy; returns what was deleted."""
    now = now or datetime.now()
    found = sorted(((info, p) for p in folder.glob("*.workshop")
                    if (info := _parse(p)) is not None), reverse=True)
    keep: set[Path] = {p for _, p in found[:KEEP_RECENT]}
    days_seen: set = set()
    for (made, reason), path in found:
        if reason in KEPT_REASONS:
            keep.add(path)
        elif made.date() not in days_seen and now - made <= timedelta(days=KEEP_DAYS):
            days_seen.add(made.date())
            keep.add(path)
    removed = []
    for _made, path in found:
        if path not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def list_backups(workshop: Path) -> list[BackupInfo]:
    """The backups of ``workshop``, newest first, with how many notes each holds."""
    folder = backup_folder(workshop)
    if not folder.is_dir():
        return []
    backups = []
    for path in folder.glob("*.workshop"):
        parsed = _parse(path)
        if parsed is None:
            continue
        backups.append(BackupInfo(path, parsed[0], parsed[1], _note_count(path)))
    # Backups made within the same second are told apart by their file times.
    return sorted(backups, key=lambda b: (b.made, b.path.stat().st_mtime_ns), reverse=True)


def _note_count(path: Path) -> int | None:
    try:
        conn = sqlite3.connect(f"file:{pathname2url(str(path))}?mode=ro", uri=True)
        try:
            return int(conn.execute("SELECT count(*) FROM note").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def newest_good(workshop: Path) -> BackupInfo | None:
    """The newest backup that passes the integrity check."""
    for info in list_backups(workshop):
        if info.notes is not None and integrity_check(info.path) == "ok":
            return info
    return None


def set_aside(workshop: Path, why: str, now: datetime | None = None) -> Path:
    """Rename ``workshop`` (and its -wal/-shm files) to 'NAME WHY TIME.workshop' beside it."""
    now = now or datetime.now()
    target = workshop.with_name(f"{workshop.stem} {why} {now.strftime(_STAMP)}"
                                f"{workshop.suffix}")
    try:
        os.replace(workshop, target)
        for extra in ("-wal", "-shm"):
            side = Path(f"{workshop}{extra}")
            if side.exists():
                os.replace(side, Path(f"{target}{extra}"))
    except OSError as exc:
        raise WorkshopFileError(_("Could not set '{name}' aside: {strerror}.").format(
                                    name=workshop.name, strerror=exc.strerror)) from exc
    return target


def restore(backup: Path, workshop: Path, *, why: str = "before restore",
            now: datetime | None = None) -> Path | None:
    """Put ``backup`` in place of ``workshop`` (which must be closed). The current file, if
    any, is set aside first and its new path returned."""
    if integrity_check(backup) != "ok":
        raise WorkshopFileError(_("The backup '{name}' is damaged; choose another.").format(
                                    name=backup.name))
    aside = None
    if workshop.exists():
        # The current state is itself kept as a backup first, when it can be read.
        with contextlib.suppress(WorkshopFileError):
            make_backup(workshop, "before-restore", now)
        aside = set_aside(workshop, why, now)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".restore-", suffix=".workshop",
                                        dir=workshop.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            _copy_database(backup, tmp)
            os.replace(tmp, workshop)
        finally:
            tmp.unlink(missing_ok=True)
    except (OSError, sqlite3.Error) as exc:
        raise WorkshopFileError(_("Could not restore '{name}': {exc}.").format(
                                    name=backup.name, exc=exc)) from exc
    return aside
