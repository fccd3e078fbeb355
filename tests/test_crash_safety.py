"""A note acknowledged to the user survives the app being killed at any moment."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time

import pytest

from facilitator.core.domain.workshop import Workshop
from facilitator.core.storage.store import integrity_check, open_store

# Adds notes one per operation and prints "<note id> <counter>" once add_note has returned,
# which is the moment the window would show the note as saved.
WRITER = """
import sys
from facilitator.core.storage.store import open_store
from facilitator.core.domain.workshop import Workshop

workshop = Workshop(open_store(sys.argv[1]), device="crash-writer")
print("ready", flush=True)
i = 0
while True:
    note = workshop.add_note(f"crash note {i}").note
    print(note.id, i, flush=True)
    i += 1
"""


def run_writer_and_kill(path, delay: float) -> list[tuple[int, int]]:
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(path)],
                             stdout=subprocess.PIPE, text=True)
    lines: list[str] = []
    try:
        assert child.stdout.readline() == "ready\n"
        reader = threading.Thread(target=lambda: lines.extend(child.stdout), daemon=True)
        reader.start()
        # The kill comes ``delay`` after the writer's first notes are acknowledged: on a busy
        # machine its start-up alone can take longer than the delay.
        started = time.monotonic()
        while len(lines) <= 10 and time.monotonic() - started < 30 and child.poll() is None:
            time.sleep(0.01)
        time.sleep(delay)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
    reader.join(timeout=10)
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    # A line cut off by the kill was never fully acknowledged: only whole lines count.
    return [tuple(map(int, line.split())) for line in lines if line.endswith("\n")]


@pytest.mark.parametrize("run", range(10))
def test_every_acknowledged_note_survives_kill_9(workshop_path, run):
    rng = random.Random(run)
    acknowledged = run_writer_and_kill(workshop_path, rng.uniform(0.2, 1.0))
    assert len(acknowledged) > 10

    workshop = Workshop(open_store(workshop_path))  # also proves the lock was not left behind
    try:
        stored = {note.id: note.text for note in workshop.notes()}
    finally:
        workshop.close()
    for note_id, counter in acknowledged:
        assert stored.get(note_id) == f"crash note {counter}"
    # At most the one note being written when the process died is stored unacknowledged.
    assert len(stored) - len(acknowledged) in (0, 1)
    assert integrity_check(workshop_path) == "ok"


# --- killed in the middle of long work: all of it or none of it -------------------------

LONG_WORK = {
    # 2,000 notes in one import transaction.
    "import": """
from facilitator.core.domain.workshop import NoteRow
rows = [NoteRow(i + 2, f"imported note {i} about buses and opening hours") for i in range(2000)]
print("go", flush=True)
workshop.import_notes(rows)
""",
    # Suggest themes for every note, then apply the suggestion (one transaction): the kill
    # aims at the writing.
    "clustering": """
from facilitator.core.analysis.suggestion import suggest
syn = workshop.synthesis
suggestion = suggest(syn.suggestion_input())
print("go", flush=True)
syn.apply_suggestion(suggestion)
""",
    # The commissioner brief into the workshop's folder.
    "export": """
from facilitator.core.documents.brief import export_brief, resolve_template
print("go", flush=True)
for _ in range(5):
    export_brief(workshop, resolve_template("commissioner"), sys.argv[2])
""",
}
LONG_WORK_RUNNER = """
import sys
from facilitator.core.storage.store import open_store
from facilitator.core.domain.workshop import Workshop
workshop = Workshop(open_store(sys.argv[1]), device="crash-worker")
{body}
print("done", flush=True)
"""


def kill_during(script: str, args: list[str], delay: float) -> bool:
    """Run ``script`` until it says 'go', wait ``delay`` and kill -9; True if it finished."""
    child = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                             text=True)
    try:
        assert child.stdout.readline() == "go\n"
        time.sleep(delay)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finished = "done\n" in child.stdout.read()
    child.stdout.close()
    return finished


@pytest.fixture
def noted_workshop(workshop_path):
    ws = Workshop(open_store(workshop_path))
    topics = ("bus stop timetable", "wifi password upstairs", "teenagers homework room",
              "opening hours evening", "library card proof of address")
    for i in range(120):
        ws.add_note(f"{topics[i % 5]} note {i}")
    ws.close()
    return workshop_path


@pytest.mark.parametrize("work", sorted(LONG_WORK))
@pytest.mark.parametrize("run", range(3))
def test_killed_during_long_work_leaves_all_or_nothing(noted_workshop, tmp_path, work, run):
    brief = tmp_path / "brief.docx"
    delay = random.Random(run).uniform(0.0, 0.06 if work == "clustering" else 0.6)
    script = LONG_WORK_RUNNER.format(body=LONG_WORK[work])
    kill_during(script, [str(noted_workshop), str(brief)], delay)
    assert integrity_check(noted_workshop) == "ok"
    ws = Workshop(open_store(noted_workshop))
    try:
        notes = ws.notes()
        themes = ws.synthesis.themes()
    finally:
        ws.close()
    if work == "import":
        assert len(notes) in (120, 2120)  # the whole import or none of it
    elif work == "clustering":
        placed = sum(t.size for t in themes)
        assert (themes == [] and placed == 0) or placed >= 60  # applied whole or not at all
        assert len(notes) == 120
    else:
        assert len(notes) == 120
        if brief.exists():  # never a truncated brief under the chosen name
            from docx import Document

            assert Document(str(brief)).paragraphs


@pytest.mark.parametrize("run", range(3))
def test_killed_during_a_format_upgrade_leaves_the_old_format_or_the_new(tmp_path, run,
                                                                       old_workshop):
    import sqlite3

    from facilitator.core.storage.store import SCHEMA_VERSION

    path = tmp_path / "old.workshop"
    old_workshop(1, path)
    script = """
import sys
print("go", flush=True)
from facilitator.core.storage.store import open_store
open_store(sys.argv[1]).close()
print("done", flush=True)
"""
    kill_during(script, [str(path)], random.Random(run).uniform(0.0, 0.4))
    conn = sqlite3.connect(path)
    version = int(conn.execute("SELECT value FROM schema_info").fetchone()[0])
    conn.close()
    assert version in (1, SCHEMA_VERSION)
    assert integrity_check(path) == "ok"
    ws = Workshop(open_store(path))  # and it opens (upgraded now if it was not)
    try:
        assert len(ws.notes()) == 24
    finally:
        ws.close()
