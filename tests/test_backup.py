"""Rolling backups: made with SQLite's backup API, checked, pruned, restored, never
overwriting a workshop file."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from facilitator.core.domain.workshop import Workshop
from facilitator.core.errors import CorruptWorkshop, WorkshopFileError
from facilitator.core.storage import backup
from facilitator.core.storage.store import integrity_check, open_store

T0 = datetime(2026, 11, 20, 9, 0, 0)


def note_count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM note").fetchone()[0]
    finally:
        conn.close()


def test_a_backup_of_an_open_workshop_holds_every_committed_note(workshop, workshop_path):
    for i in range(25):
        workshop.add_note(f"Note {i}")
    made = backup.make_backup(workshop_path, now=T0)  # while the app holds the file
    assert made.parent == backup.backup_folder(workshop_path)
    assert made.name == "20261120-090000-auto.workshop"
    assert integrity_check(made) == "ok"
    assert note_count(made) == 25
    assert not list(made.parent.glob(".partial-*"))
    listed = backup.list_backups(workshop_path)
    assert [(b.made, b.reason, b.notes) for b in listed] == [(T0, "auto", 25)]


def test_pruning_keeps_the_last_ten_one_a_day_for_a_week_and_upgrades(tmp_path):
    folder = tmp_path / ".x.workshop.backups"
    folder.mkdir()
    made = []
    for hours in range(0, 24 * 10, 6):  # every six hours for ten days
        when = T0 + timedelta(hours=hours)
        path = folder / f"{when:%Y%m%d-%H%M%S}-auto.workshop"
        path.write_bytes(b"x")
        made.append(when)
    (folder / f"{T0 - timedelta(days=30):%Y%m%d-%H%M%S}-pre-upgrade.workshop").write_bytes(b"x")
    now = made[-1]
    backup.prune(folder, now)
    kept = sorted(p.name for p in folder.glob("*.workshop"))
    recent = {f"{w:%Y%m%d-%H%M%S}-auto.workshop" for w in made[-10:]}
    assert recent <= set(kept)
    days = {name[:8] for name in kept if "auto" in name}
    assert len(days) >= 8  # the last ten cover 3 days; one per day for the week
    assert any("pre-upgrade" in name for name in kept)
    assert len(kept) <= 10 + 7 + 1


def test_restore_sets_the_current_file_aside_and_never_overwrites_it(workshop_path, tmp_path):
    ws = Workshop(open_store(workshop_path))
    ws.add_note("Kept in the backup")
    ws.close()
    good = backup.make_backup(workshop_path, now=T0)
    ws = Workshop(open_store(workshop_path))
    ws.add_note("Added after the backup")
    ws.close()
    aside = backup.restore(good, workshop_path, now=T0 + timedelta(minutes=5))
    assert aside is not None and aside.exists() and "before restore" in aside.name
    assert note_count(aside) == 2  # the replaced state is still there
    ws = Workshop(open_store(workshop_path))
    try:
        assert [n.text for n in ws.notes()] == ["Kept in the backup"]
    finally:
        ws.close()
    reasons = [b.reason for b in backup.list_backups(workshop_path)]
    assert "before-restore" in reasons


def test_a_damaged_file_is_set_aside_and_the_newest_good_backup_found(workshop_path):
    ws = Workshop(open_store(workshop_path))
    ws.add_note("Safe")
    ws.close()
    backup.make_backup(workshop_path, now=T0)
    data = bytearray(workshop_path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # wreck a page
    workshop_path.write_bytes(bytes(data))
    with pytest.raises(CorruptWorkshop):
        open_store(workshop_path)
    newest = backup.newest_good(workshop_path)
    assert newest is not None and newest.notes == 1
    aside = backup.restore(newest.path, workshop_path, why="damaged", now=T0)
    assert "damaged" in aside.name and aside.read_bytes() == bytes(data)
    assert integrity_check(workshop_path) == "ok"


def test_opening_an_old_format_backs_it_up_first(tmp_path, old_workshop):
    path = tmp_path / "old.workshop"
    old_workshop(1, path)
    open_store(path).close()
    backups = backup.list_backups(path)
    assert [b.reason for b in backups] == ["pre-upgrade"]
    assert backups[0].notes == 24
    conn = sqlite3.connect(backups[0].path)
    version = conn.execute("SELECT value FROM schema_info").fetchone()[0]
    conn.close()
    assert version == "1"


def test_a_backup_into_a_read_only_folder_says_so(workshop_path, monkeypatch):
    def read_only(*_args, **_kwargs):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(backup.tempfile, "mkstemp", read_only)
    with pytest.raises(WorkshopFileError, match="Could not make a backup .*Read-only"):
        backup.make_backup(workshop_path)
    assert integrity_check(workshop_path) == "ok"
