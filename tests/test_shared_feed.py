"""Changes on one laptop of a shared workshop reach the others as they commit."""

from __future__ import annotations

import threading
import time

from facilitator.core.domain.workshop import Workshop
from facilitator.core.storage.feed import ChangeFeed
from facilitator.core.storage.store import create_workshop, open_store


def test_a_committed_change_reaches_another_laptop_and_its_own_is_ignored(postgres_url):
    create_workshop(postgres_url, "Shared library workshop").close()
    table1 = Workshop(open_store(postgres_url), device="Table 1")
    table2 = Workshop(open_store(postgres_url), device="Table 2")
    feed = ChangeFeed(postgres_url, device="Table 2")
    try:
        table2.add_note("Own note: not reported back")
        table1.add_note("Buses stop at six")
        table1.synthesis.create_theme("Getting there", [table1.notes()[-1].id])
        seen = list(feed.changes(timeout=2.0))
        assert [(c.device, c.kind) for c in seen] == [("Table 1", "note"),
                                                      ("Table 1", "theme")]
        assert [n.text for n in table2.notes()] == ["Own note: not reported back",
                                                    "Buses stop at six"]
    finally:
        feed.close()
        table1.close()
        table2.close()


def test_every_change_of_a_busy_writer_is_heard_once(postgres_url):
    create_workshop(postgres_url, "Busy").close()
    writer = Workshop(open_store(postgres_url), device="Table 1")
    feed = ChangeFeed(postgres_url, device="Table 9")
    heard: list[str] = []
    stop = threading.Event()

    def listen():
        while not stop.is_set():
            heard.extend(c.kind for c in feed.changes(timeout=0.2))

    thread = threading.Thread(target=listen)
    thread.start()
    try:
        for i in range(50):
            writer.add_note(f"note {i}")
        deadline = time.time() + 10  # generous: speed is measured in bench/shared.py
        while len(heard) < 50 and time.time() < deadline:
            time.sleep(0.01)
    finally:
        stop.set()
        thread.join()
        feed.close()
        writer.close()
    assert heard == ["note"] * 50


def test_two_laptops_editing_one_note_the_later_wins_and_the_earlier_is_in_the_log(
        postgres_url):
    create_workshop(postgres_url, "Conflicts").close()
    table1 = Workshop(open_store(postgres_url), device="Table 1")
    table2 = Workshop(open_store(postgres_url), device="Table 2")
    try:
        note = table1.add_note("Buses stop at 6").note
        table1.update_note(note.id, text="Buses stop at 6pm")
        table2.update_note(note.id, text="The last bus leaves at 6pm")
        assert table1.note(note.id).text == "The last bus leaves at 6pm"
        edits = [e for e in table1.change_log() if e["action"] == "edit note"]
        assert [(e["device"], e["detail"]["replaced"]) for e in edits] == [
            ("Table 2", "Buses stop at 6pm"), ("Table 1", "Buses stop at 6")]
    finally:
        table1.close()
        table2.close()
