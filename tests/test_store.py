"""Opening, creating, validating and copying workshop files."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.core.domain.workshop import Workshop
from facilitator.core.errors import (
    CorruptWorkshop,
    NotAWorkshopFile,
    WorkshopFileError,
    WorkshopNotFound,
    WorkshopTooNew,
)
from facilitator.core.storage import store
from facilitator.core.storage.lock import WorkshopLocked
from facilitator.core.storage.store import (
    SCHEMA_VERSION,
    create_workshop,
    open_store,
    save_copy,
)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_refused_untouched(path: Path, error: type[Exception]) -> WorkshopFileError:
    before = sha256(path)
    with pytest.raises(error) as info:
        open_store(path)
    assert sha256(path) == before
    return info.value


def pragma(st: store.Store, name: str):
    with st.engine.connect() as conn:
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


# --- creating and opening ----------------------------------------------------------------


def test_create_then_open_gives_the_details(workshop_path):
    ws = Workshop(open_store(workshop_path))
    try:
        assert ws.details().title == "Test workshop"
        assert ws.details().question == "How can we improve the library?"
    finally:
        ws.close()


def test_create_leaves_no_temporary_files(tmp_path):
    create_workshop(tmp_path / "w.workshop", "Title").close()
    names = {p.name for p in tmp_path.iterdir()}
    assert not any(n.startswith(".new-") for n in names)
    assert "w.workshop" in names


def test_create_needs_a_title(tmp_path):
    with pytest.raises(WorkshopFileError):
        create_workshop(tmp_path / "w.workshop", "   ")
    assert not (tmp_path / "w.workshop").exists()


def test_create_in_missing_folder_is_refused(tmp_path):
    with pytest.raises(WorkshopFileError, match="does not exist"):
        create_workshop(tmp_path / "nowhere" / "w.workshop", "Title")


def test_create_over_existing_file_is_refused_and_file_untouched(workshop_path):
    before = sha256(workshop_path)
    with pytest.raises(WorkshopFileError, match="already exists"):
        create_workshop(workshop_path, "Another")
    assert sha256(workshop_path) == before


def test_store_uses_wal_full_sync_and_foreign_keys(workshop_path):
    st = open_store(workshop_path)
    try:
        assert pragma(st, "journal_mode") == "wal"
        assert pragma(st, "synchronous") == 2
        assert pragma(st, "foreign_keys") == 1
    finally:
        st.close()


def test_schema_version_is_stored(workshop_path):
    st = open_store(workshop_path)
    try:
        with st.engine.connect() as conn:
            value = conn.exec_driver_sql(
                "SELECT value FROM schema_info WHERE key='schema_version'").scalar()
        assert value == str(SCHEMA_VERSION)
    finally:
        st.close()


def test_integrity_check_of_a_new_workshop_is_ok(workshop_path):
    assert store.integrity_check(workshop_path) == "ok"


# --- refusing files ----------------------------------------------------------------------


def test_file_from_newer_version_is_refused_and_untouched(workshop_path):
    conn = sqlite3.connect(workshop_path)
    conn.execute("UPDATE schema_info SET value=? WHERE key='schema_version'",
                 (str(SCHEMA_VERSION + 1),))
    conn.commit()
    conn.close()
    error = assert_refused_untouched(workshop_path, WorkshopTooNew)
    assert "newer version" in str(error)


def test_missing_file_is_not_found(tmp_path):
    with pytest.raises(WorkshopNotFound):
        open_store(tmp_path / "absent.workshop")


def test_text_file_is_not_a_workshop(tmp_path):
    path = tmp_path / "notes.workshop"
    path.write_text("This is a shopping list, not a workshop.\n")
    assert_refused_untouched(path, NotAWorkshopFile)


def test_empty_file_is_not_a_workshop(tmp_path):
    path = tmp_path / "empty.workshop"
    path.write_bytes(b"")
    assert_refused_untouched(path, NotAWorkshopFile)


def test_png_file_is_not_a_workshop(tmp_path):
    path = tmp_path / "picture.workshop"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    assert_refused_untouched(path, NotAWorkshopFile)


def test_folder_is_not_a_workshop(tmp_path):
    folder = tmp_path / "folder.workshop"
    folder.mkdir()
    with pytest.raises(NotAWorkshopFile, match="folder"):
        open_store(folder)


def test_other_sqlite_database_is_not_a_workshop(tmp_path):
    path = tmp_path / "contacts.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contact (name TEXT)")
    conn.execute("INSERT INTO contact VALUES ('Ada')")
    conn.commit()
    conn.close()
    error = assert_refused_untouched(path, NotAWorkshopFile)
    assert "not a Facilitator workshop" in str(error)


def test_damaged_workshop_is_refused_and_untouched(workshop_path):
    ws = Workshop(open_store(workshop_path))
    for i in range(200):
        ws.add_note(f"note {i} " + "words " * 80)
    ws.close()
    size = workshop_path.stat().st_size
    page = 4096
    pages = size // page
    assert pages > 20
    garbage = random.Random(1).randbytes(page * (pages // 3))
    with workshop_path.open("r+b") as fh:
        fh.seek(page * (pages // 3))
        fh.write(garbage)
    error = assert_refused_untouched(workshop_path, CorruptWorkshop)
    assert "damaged" in str(error)


# --- one program at a time ---------------------------------------------------------------


def test_second_open_in_same_process_is_locked_and_names_the_process(workshop_path):
    first = open_store(workshop_path)
    try:
        with pytest.raises(WorkshopLocked) as info:
            open_store(workshop_path)
        assert f"process {os.getpid()}" in str(info.value)
        assert info.value.holder is not None and info.value.holder.pid == os.getpid()
    finally:
        first.close()


def test_closing_releases_the_lock(workshop_path):
    open_store(workshop_path).close()
    open_store(workshop_path).close()


def test_readonly_open_does_not_take_the_lock(workshop_path):
    writer = open_store(workshop_path)
    try:
        reader = open_store(workshop_path, readonly=True)
        assert reader.readonly
        reader.close()
    finally:
        writer.close()


HOLDER_SCRIPT = """
import sys, time
from facilitator.core.storage.store import open_store
store = open_store(sys.argv[1])
print("open", flush=True)
time.sleep(60)
"""


def test_lock_of_killed_process_does_not_block_reopening(workshop_path):
    child = subprocess.Popen([sys.executable, "-c", HOLDER_SCRIPT, str(workshop_path)],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "open"
        with pytest.raises(WorkshopLocked) as info:
            open_store(workshop_path)
        assert f"process {child.pid}" in str(info.value)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    open_store(workshop_path).close()


# --- copies ------------------------------------------------------------------------------


def test_save_copy_opens_with_same_notes_and_participants(workshop, tmp_path):
    ada = workshop.add_participant("R1", real_name="Ada", group="resident")
    workshop.add_participant("P1", group="professional")
    workshop.add_note("Longer opening hours 🕘", participant_id=ada.id)
    workshop.add_note("مكتبة أكبر", table_label="Table 2")
    copy_path = tmp_path / "copy.workshop"
    save_copy(workshop.store, copy_path)
    copy = Workshop(open_store(copy_path))
    try:
        assert copy.notes() == workshop.notes()
        assert copy.participants() == workshop.participants()
        assert copy.details() == workshop.details()
    finally:
        copy.close()
    assert store.integrity_check(copy_path) == "ok"


def test_save_copy_onto_the_open_file_is_refused(workshop):
    with pytest.raises(WorkshopFileError, match="different name"):
        save_copy(workshop.store, workshop.store.path)


def test_save_copy_into_missing_folder_is_a_clear_error(workshop, tmp_path):
    with pytest.raises(WorkshopFileError, match="Could not write 'copy.workshop'"):
        save_copy(workshop.store, tmp_path / "no such folder" / "copy.workshop")


def test_a_new_workshop_never_takes_in_the_leftover_journal_of_a_deleted_one(tmp_path):
    """An app killed with the file open leaves NAME.workshop-wal beside it; if the
    workshop file alone is then deleted, a new workshop of the same name must not replay
    the old one's notes (they could be another group's words)."""
    import shutil

    from facilitator.core.errors import WorkshopFileError

    path = tmp_path / "Evening.workshop"
    old = Workshop(create_workshop(path, "Old evening"))
    old.add_note("Words from the old workshop")
    wal = path.with_name(path.name + "-wal")
    kept = tmp_path / "kept-wal"
    shutil.copy(wal, kept)  # what a kill -9 would leave behind
    old.close()
    path.unlink()
    shutil.copy(kept, wal)
    with pytest.raises(WorkshopFileError, match="left over"):
        create_workshop(path, "New evening")
    assert not path.exists()
    assert wal.read_bytes() == kept.read_bytes()  # the leftover is kept, not replayed
    wal.unlink()
    store = create_workshop(path, "New evening")  # once it is moved away: a clean start
    ws = Workshop(store)
    try:
        assert ws.notes() == [] and ws.details().title == "New evening"
    finally:
        ws.close()


def test_a_copy_never_takes_in_a_leftover_journal_either(workshop, tmp_path):
    from facilitator.core.errors import WorkshopFileError

    dest = tmp_path / "Copy.workshop"
    dest.with_name("Copy.workshop-wal").write_bytes(b"left over")
    with pytest.raises(WorkshopFileError, match="left over"):
        store.save_copy(workshop.store, dest)
    assert not dest.exists()


def test_a_note_written_while_other_threads_read_is_saved(workshop_path):
    """The window writes while the room's threads and an export read the same file: each
    thread's reads must never close the connection another is writing on."""
    import threading

    ws = Workshop(open_store(workshop_path))
    try:
        for round_ in range(5):
            with ws.unit_of_work():
                ws.add_note(f"Before the readers, round {round_}")
                readers = [threading.Thread(target=ws.notes) for _ in range(8)]
                for reader in readers:
                    reader.start()
                for reader in readers:
                    reader.join()
                ws.add_note(f"After the readers, round {round_}")
        texts = [note.text for note in ws.notes()]
        assert len(texts) == 10
        assert texts[-2:] == ["Before the readers, round 4", "After the readers, round 4"]
    finally:
        ws.close()
