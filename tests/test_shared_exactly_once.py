"""Exactly once, truly: a note's commit reaches the server but the answer is lost on the way
back (a connection cut right after COMMIT, by a proxy on 127.0.0.1). The note keeps the uid
it got when it was typed through every retry and queue, and the server stores a uid once."""

from __future__ import annotations

import threading
import uuid

from facilitator.core.domain.workshop import SaveFailed, Workshop
from facilitator.core.storage.outbox import Outbox
from facilitator.core.storage.store import create_workshop, open_store


def stored(url: str) -> list:
    ws = Workshop(open_store(url, readonly=True))
    try:
        return ws.notes()
    finally:
        ws.close()


def test_a_lost_answer_to_commit_never_stores_a_note_twice(postgres_url, commit_cutting_proxy,
                                                           tmp_path):
    create_workshop(postgres_url, "Lost answers").close()
    ws = Workshop(open_store(commit_cutting_proxy.url(postgres_url)), device="Table 1")
    outbox = Outbox(tmp_path, "lost answers")
    try:
        commit_cutting_proxy.cut = True
        for i in range(10):
            uid = str(uuid.uuid4())  # made where the note is typed
            try:
                ws.add_note(f"Note {i} typed as the Wi-Fi dropped", uid=uid)
            except SaveFailed:  # not known to be saved: keep it, under the same uid
                outbox.put(f"Note {i} typed as the Wi-Fi dropped", uid=uid)
        assert commit_cutting_proxy.cuts == 10  # every commit's answer was lost
        commit_cutting_proxy.cut = False
        outbox.flush(ws)
        assert len(outbox) == 0
    finally:
        ws.close()
    notes = stored(postgres_url)
    assert sorted(n.text for n in notes) == sorted(
        f"Note {i} typed as the Wi-Fi dropped" for i in range(10))
    assert len({n.uid for n in notes}) == 10


def test_the_server_stores_a_uid_once_whatever_arrives_twice(postgres_url):
    create_workshop(postgres_url, "Twice").close()
    laptops = [Workshop(open_store(postgres_url), device=f"Table {i}") for i in (1, 2)]
    try:
        uid = str(uuid.uuid4())
        first = laptops[0].add_note("Sent twice", uid=uid).note
        again = laptops[0].add_note("Sent twice", uid=uid).note
        assert again.id == first.id
        # Two senders racing with one uid: one row, both told it is stored.
        racing = str(uuid.uuid4())
        results = []
        threads = [threading.Thread(target=lambda w=w: results.append(
            w.add_note("Raced", uid=racing).note.id)) for w in laptops]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(set(results)) == 1 and len(results) == 2
    finally:
        for ws in laptops:
            ws.close()
    assert sorted(n.text for n in stored(postgres_url)) == ["Raced", "Sent twice"]
