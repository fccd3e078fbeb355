"""Several capture laptops at once on a shared workshop, and the server stopping in the
middle: every note arrives exactly once."""

from __future__ import annotations

import subprocess
import sys
import time

from facilitator.core.domain.workshop import Workshop
from facilitator.core.storage.store import create_workshop, open_store

CLIENT = """
import sys, tempfile, time
from pathlib import Path
from facilitator.core.storage.outbox import Outbox
from facilitator.core.storage.store import open_store
from facilitator.core.domain.workshop import Workshop
url, device, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
pause = float(sys.argv[4])
outbox = Outbox(Path(tempfile.mkdtemp()), device)
workshop = None
for i in range(count):
    outbox.put(f"{device} note {i}")
    deadline = time.time() + 60
    while len(outbox) and time.time() < deadline:
        try:
            if workshop is None:
                workshop = Workshop(open_store(url), device=device)
            outbox.flush(workshop)
        except Exception:
            workshop = None
        if len(outbox):
            time.sleep(0.2)
    if i == 0:
        print("started", flush=True)
    time.sleep(pause)  # a note-taker's pace
print("sent", count - len(outbox), flush=True)
"""


def run_clients(url: str, clients: int, notes: int, pause: float = 0.0
                ) -> list[subprocess.Popen]:
    return [subprocess.Popen([sys.executable, "-c", CLIENT, url, f"Table {i + 1}", str(notes),
                              str(pause)], stdout=subprocess.PIPE, text=True)
            for i in range(clients)]


def stored_notes(url: str) -> list[str]:
    ws = Workshop(open_store(url, readonly=True))
    try:
        return [n.text for n in ws.notes()]
    finally:
        ws.close()


def test_four_laptops_capturing_at_once_store_every_note_once(postgres_url):
    create_workshop(postgres_url, "Busy room").close()
    clients = run_clients(postgres_url, 4, 100)
    outputs = [c.communicate(timeout=120)[0] for c in clients]
    assert all(out.split() == ["started", "sent", "100"] for out in outputs), outputs
    texts = stored_notes(postgres_url)
    assert len(texts) == 400 and len(set(texts)) == 400


def test_the_server_stopping_mid_capture_loses_and_doubles_nothing(postgres_server,
                                                                    postgres_url):
    import glob
    import os
    import shutil

    create_workshop(postgres_url, "Power cut").close()
    clients = run_clients(postgres_url, 3, 120, pause=0.02)  # about 3 s of capture each
    for client in clients:  # every laptop is capturing
        assert client.stdout.readline() == "started\n"
    time.sleep(0.5)
    # Stop the whole server mid-capture, then start it again.
    port = postgres_url.rsplit(":", 1)[1].split("/")[0]

    def serves_our_port(folder: str) -> bool:  # other test runs may have servers of their own
        try:
            with open(os.path.join(folder, "postmaster.pid"), encoding="utf-8") as pid:
                return pid.read().splitlines()[3].strip() == port
        except (OSError, IndexError):
            return False

    data = [d for d in glob.glob("/tmp/facilitator-pg-*/data") if serves_our_port(d)]
    assert data, "the test server's data folder"
    pg_ctl = shutil.which("pg_ctl") or max(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    subprocess.run([*prefix, pg_ctl, "-D", data[0], "-m", "fast", "-w", "stop"], check=True,
                   capture_output=True)
    time.sleep(1.5)
    folder = os.path.dirname(data[0])
    subprocess.run([*prefix, pg_ctl, "-D", data[0], "-w", "-l", f"{folder}/log", "-o",
                    f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off",
                    "start"], check=True, capture_output=True)
    outputs = [c.communicate(timeout=180)[0] for c in clients]
    assert all(out.strip() == "sent 120" for out in outputs), outputs
    assert all(c.returncode == 0 for c in clients)
    texts = stored_notes(postgres_url)
    assert len(texts) == 360 and len(set(texts)) == 360
