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

from facilitator.core.store import integrity_check, open_store
from facilitator.core.workshop import Workshop

# Adds notes one per operation and prints "<note id> <counter>" once add_note has returned,
# which is the moment the window would show the note as saved.
WRITER = """
import sys
from facilitator.core.store import open_store
from facilitator.core.workshop import Workshop

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
