"""Refused writes, made real: a workshop in a read-only folder and an export killed half-way.

As root, chmod does not stop a write, so the folder is made read-only by a read-only bind
mount in a private mount namespace (``unshare -m``) that only the command under test sees;
run as an ordinary user, the folder is chmod'ed read-only instead. Either way the kernel
refuses the write (EROFS or EACCES), as on a locked-down network share or a USB stick."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from facilitator.core.documents.atomic import ABANDONED_AFTER, TEMP_PREFIX
from facilitator.core.domain.workshop import Workshop
from facilitator.core.storage.store import create_workshop, open_store

READ_ONLY_RUN = 'mount --bind -o ro "$1" "$1" && shift && exec "$@"'


def run_read_only(folder: Path, *argv: str) -> subprocess.CompletedProcess:
    """``facilitator ARGV`` with ``folder`` read-only for it (and only for it)."""
    command = [sys.executable, "-m", "facilitator", *argv]
    if os.geteuid() == 0:
        if shutil.which("unshare") is None:
            pytest.fail("running as root needs 'unshare' (util-linux) for a read-only folder")
        command = ["unshare", "-m", "sh", "-c", READ_ONLY_RUN, "sh", str(folder), *command]
        return subprocess.run(command, capture_output=True, text=True, timeout=120)
    mode = folder.stat().st_mode
    folder.chmod(0o555)
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=120)
    finally:
        folder.chmod(mode)


@pytest.fixture
def shelf(tmp_path) -> Path:
    """A folder holding a healthy workshop (WAL mode, closed cleanly) with two notes."""
    folder = tmp_path / "shelf"
    folder.mkdir()
    path = folder / "Library.workshop"
    create_workshop(path, "Library").close()
    ws = Workshop(open_store(path))
    ws.add_note("The café closes too early")
    ws.add_note("More seats by the windows")
    ws.close()
    return folder


def test_the_read_only_folder_is_real(shelf):
    probe = run_read_only(shelf, "new", str(shelf / "another.workshop"), "--title", "X")
    assert probe.returncode == 1 and "Traceback" not in probe.stderr
    assert not (shelf / "another.workshop").exists()


def test_a_healthy_workshop_in_a_read_only_folder_is_listed_and_exported(shelf, tmp_path):
    listed = run_read_only(shelf, "notes", str(shelf / "Library.workshop"))
    assert listed.returncode == 0, listed.stderr
    assert "The café closes too early" in listed.stdout
    assert "damaged" not in listed.stderr
    out = tmp_path / "notes.csv"
    exported = run_read_only(shelf, "export", str(shelf / "Library.workshop"), "-o", str(out))
    assert exported.returncode == 0, exported.stderr
    assert "More seats by the windows" in out.read_text(encoding="utf-8-sig")


def test_opening_for_work_in_a_read_only_folder_is_one_clear_sentence(shelf, tmp_path):
    notes = tmp_path / "more.csv"
    notes.write_text("text\nA note that cannot be saved here\n", encoding="utf-8")
    before = (shelf / "Library.workshop").read_bytes()
    run = run_read_only(shelf, "import", str(shelf / "Library.workshop"), str(notes))
    assert run.returncode == 1
    assert "Traceback" not in run.stderr and "OSError" not in run.stderr
    message = run.stderr.strip()
    assert message.count("\n") == 0
    assert str(shelf) in message  # where
    assert "read-only" in message or "does not let you write" in message
    assert "Copy it to a folder you can write to" in message  # what to do
    assert (shelf / "Library.workshop").read_bytes() == before


def test_an_export_into_a_read_only_folder_says_where_and_what_to_do(shelf, tmp_path):
    source = tmp_path / "Open.workshop"
    create_workshop(source, "Open").close()
    run = run_read_only(shelf, "export", str(source), "-o", str(shelf / "brief.docx"))
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert "Could not write 'brief.docx': " in run.stderr and str(shelf) in run.stderr
    assert "Choose another folder" in run.stderr
    assert not (shelf / "brief.docx").exists()
    assert not list(shelf.glob(f"{TEMP_PREFIX}*"))


def test_recent_changes_in_a_wal_file_that_cannot_be_read_here_are_explained(shelf):
    path = shelf / "Library.workshop"
    writer = subprocess.Popen(
        [sys.executable, "-c",
         ("import sys, time\n"
         "from facilitator.core.storage.store import open_store\n"
         "from facilitator.core.domain.workshop import Workshop\n"
         "ws = Workshop(open_store(sys.argv[1]))\n"
         "ws.add_note('Typed just before the laptop died')\n"
         "print('saved', flush=True)\n"
         "time.sleep(60)\n"), str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline() == "saved\n"
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait()
    # Its WAL file holds the last note; with the WAL index it reads fine ...
    listed = run_read_only(shelf, "notes", str(path))
    assert listed.returncode == 0 and "Typed just before the laptop died" in listed.stdout
    # ... without it, the note is not silently missing: the message says why and what to do.
    Path(f"{path}-shm").unlink()
    listed = run_read_only(shelf, "notes", str(path))
    assert listed.returncode == 1 and "Traceback" not in listed.stderr
    assert "recent changes in 'Library.workshop-wal'" in listed.stderr
    assert "Copy both files" in listed.stderr and "damaged" not in listed.stderr


# --- an export killed mid-write ------------------------------------------------------------

KILLED_EXPORT = """
import sys, time
from facilitator.core.documents.atomic import write_atomically

def write(out):
    out.write(b"PK half a document")
    out.flush()
    print("writing", flush=True)
    time.sleep(60)

write_atomically(sys.argv[1], write)
"""


def test_an_export_killed_mid_write_leaves_nothing_after_the_next_export(tmp_path):
    exports = tmp_path / "exports"
    exports.mkdir()
    target = exports / "Library - commissioner.docx"
    killed = subprocess.Popen([sys.executable, "-c", KILLED_EXPORT, str(target)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert killed.stdout.readline() == "writing\n"
    finally:
        killed.send_signal(signal.SIGKILL)
        killed.wait()
    leftover = list(exports.glob(f"{TEMP_PREFIX}*.docx"))
    assert len(leftover) == 1 and not target.exists()  # what the issue found
    # A minute later (its process long gone) the next export into the folder tidies up.
    old = time.time() - ABANDONED_AFTER - 5
    os.utime(leftover[0], (old, old))
    source = tmp_path / "Library.workshop"
    create_workshop(source, "Library").close()
    from facilitator.app import main

    assert main(["export", str(source), "--template", "participants", "-o", str(target)]) == 0
    assert sorted(p.name for p in exports.iterdir()) == [target.name]


def test_a_temporary_file_of_an_export_still_running_is_left_alone(tmp_path):
    from facilitator.core.documents.atomic import remove_abandoned

    busy = tmp_path / f"{TEMP_PREFIX}{os.getpid()}-abc.docx"  # this process: running
    busy.write_bytes(b"in progress")
    recent = tmp_path / f"{TEMP_PREFIX}999999999-abc.docx"  # gone, but changed just now
    recent.write_bytes(b"another computer's, perhaps")
    old = time.time() - ABANDONED_AFTER - 5
    os.utime(busy, (old, old))
    assert remove_abandoned(tmp_path) == []
    assert busy.exists() and recent.exists()
