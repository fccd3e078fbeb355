"""The room under load: 100 phones x 10 notes at once over loopback, with the window open.

    python bench/room.py [--phones 100] [--notes 10]

The window (offscreen) opens a workshop and its room on 127.0.0.1; a second process plays
the phones with aiohttp's client, each joining with the code, then all sending their notes
at once, one after another per phone, each waiting for its answer. Times come from
time.monotonic(), one clock for both processes on Linux. Prints: notes lost (answered
"sent" but not in the file, or never stored), notes duplicated, p50/p95/max from send to
committed (the server's commit of the batch holding the note) and to shown in the window's
model (the row inserted on the GUI thread), the longest the GUI thread went without
running its timers, and the machine's load. Targets: none lost or doubled, p95 to
committed < 200 ms and to shown < 500 ms on 2 cores.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# --- the phones (a process of their own) ---------------------------------------------------


async def _phone(address: str, code: str, number: int, notes: int, start: asyncio.Event,
                 joined: list[int]):
    import re
    import uuid

    import aiohttp

    jar = aiohttp.CookieJar(unsafe=True)  # cookies for an IP address
    results = []
    async with aiohttp.ClientSession(cookie_jar=jar) as session:
        try:
            async with session.get(f"{address}/join?code={code}") as response:
                csrf = re.search(r'name="csrf" value="([^"]+)"',
                                 await response.text()).group(1)
            async with session.post(f"{address}/join", data={"csrf": csrf, "code": code},
                                    allow_redirects=True) as response:
                page = await response.text()
            csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
        finally:
            joined[0] += 1
            if joined[0] == joined[1]:  # every phone is in: all send at once
                start.set()
        await start.wait()
        for index in range(notes):
            uid = str(uuid.uuid4())
            text = f"Phone {number} note {index}: the bus stop needs a bench"
            sent = time.monotonic()
            try:
                async with session.post(f"{address}/notes",
                                        data={"csrf": csrf, "uid": uid, "text": text},
                                        headers={"Accept": "application/json"}) as response:
                    answer = await response.json()
                    status = answer.get("status", str(response.status))
            except aiohttp.ClientError as exc:
                status = f"error {type(exc).__name__}"
            results.append({"uid": uid, "text": text, "sent": sent,
                            "answered": time.monotonic(), "status": status})
    return results


async def _phones(address: str, code: str, phones: int, notes: int) -> list[dict]:
    start = asyncio.Event()
    joined = [0, phones]
    tasks = [asyncio.create_task(_phone(address, code, n, notes, start, joined))
             for n in range(phones)]
    results = []
    for task in tasks:
        results.extend(await task)
    return results


def run_phones(address: str, code: str, phones: int, notes: int, out: str) -> None:
    results = asyncio.run(_phones(address, code, phones, notes))
    Path(out).write_text(json.dumps(results), encoding="utf-8")


# --- the window ------------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def play(address: str, code: str, phones: int, notes: int, folder: Path
         ) -> subprocess.Popen:
    """The phones, in a process of their own; their answers go to folder/phones.json."""
    return subprocess.Popen([sys.executable, __file__, "--play-phones", address, code,
                             str(phones), str(notes), str(folder / "phones.json")])


def run_without_window(phones: int, notes: int) -> tuple[float, float]:
    """The same phones against the room alone (no window in the process): the peer run
    that shows what the window's own work costs. Returns p95 to committed and answered."""
    from facilitator.core.domain.workshop import Workshop
    from facilitator.core.storage.store import create_workshop, open_store
    from facilitator.web.server import RoomServer

    folder = Path(tempfile.mkdtemp(prefix="room-bench-"))
    create_workshop(folder / "peer.workshop", "Room benchmark").close()
    workshop = Workshop(open_store(folder / "peer.workshop"), device="Bench laptop")
    committed: dict[int, float] = {}

    def arrivals(batch) -> None:
        now = time.monotonic()
        committed.update((a.note_id, now) for a in batch)

    server = RoomServer(workshop, host="127.0.0.1", port=0, on_arrivals=arrivals)
    server.start()
    play(server.address, server.room.state().code, phones, notes, folder).wait()
    server.stop()
    results = json.loads((folder / "phones.json").read_text(encoding="utf-8"))
    ids = {n.uid: n.id for n in workshop.notes()}
    workshop.close()
    to_commit = [committed[ids[r["uid"]]] - r["sent"] for r in results
                 if r["uid"] in ids and ids[r["uid"]] in committed]
    to_answer = [r["answered"] - r["sent"] for r in results if r["status"] == "stored"]
    return percentile(to_commit, 0.95), percentile(to_answer, 0.95)


def run_window(phones: int, notes: int) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["FACILITATOR_SETTINGS_DIR"] = tempfile.mkdtemp(prefix="room-bench-")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from facilitator.core.storage.store import create_workshop
    from facilitator.web import addresses

    addresses.lan_addresses = lambda: ["127.0.0.1"]  # loopback only: no other traffic
    from facilitator.views.application import make_settings
    from facilitator.views.main_window import MainWindow

    folder = Path(tempfile.mkdtemp(prefix="room-bench-"))
    path = folder / "bench.workshop"
    create_workshop(path, "Room benchmark").close()
    app = QApplication([])
    window = MainWindow(make_settings(), device="Bench laptop")
    window.show()
    assert window.open_target(str(path))
    page = window.page
    page.controller.add_activity("Silent brainstorm", prompt="What would make it better?")
    page.open_room()
    room = page.room
    committed: dict[int, float] = {}
    original = room.server.on_arrivals

    def arrivals(batch) -> None:  # on the server's thread, right after the commit
        now = time.monotonic()
        for arrival in batch:
            committed[arrival.note_id] = now
        original(batch)

    room.server.on_arrivals = arrivals
    shown: dict[int, float] = {}

    def inserted(_parent, first: int, last: int) -> None:
        now = time.monotonic()
        for row in range(first, last + 1):
            shown[page.notes.note_at(row).id] = now

    page.notes.rowsInserted.connect(inserted)
    ticks = {"last": time.monotonic(), "worst": 0.0}

    def tick() -> None:
        now = time.monotonic()
        ticks["worst"] = max(ticks["worst"], now - ticks["last"])
        ticks["last"] = now

    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(tick)
    load_before = os.getloadavg()
    answers = folder / "phones.json"
    phones_process = play(room.address(), room.room.state().code, phones, notes, folder)
    output: list[str] = []

    def poll() -> None:
        if phones_process.poll() is not None and not output:
            output.append(answers.read_text(encoding="utf-8"))
            QTimer.singleShot(1500, app.quit)  # let the window catch up

    checker = QTimer()
    checker.setInterval(20)
    checker.timeout.connect(poll)
    checker.start()
    ticks["last"] = time.monotonic()
    heartbeat.start()
    started = time.monotonic()
    app.exec()
    heartbeat.stop()
    wall = time.monotonic() - started
    load_after = os.getloadavg()
    results = json.loads(output[0])
    from facilitator.core.domain.workshop import Workshop
    from facilitator.core.storage.store import open_store

    window.close()  # (quitting closed it already) - then read what is in the file
    app.processEvents()
    reader = Workshop(open_store(path, readonly=True))
    stored = {n.uid: n for n in reader.notes()}
    reader.close()
    texts = [n.text for n in stored.values()]
    acknowledged = [r for r in results if r["status"] in ("stored", "already")]
    lost = [r for r in acknowledged if r["uid"] not in stored]
    never = [r for r in results if r["uid"] not in stored]
    doubled = len(texts) - len(set(texts))
    to_commit = [committed[stored[r["uid"]].id] - r["sent"] for r in acknowledged
                 if r["uid"] in stored and stored[r["uid"]].id in committed]
    to_answer = [r["answered"] - r["sent"] for r in acknowledged]
    to_shown = [shown[stored[r["uid"]].id] - r["sent"] for r in acknowledged
                if r["uid"] in stored and stored[r["uid"]].id in shown]
    statuses: dict[str, int] = {}
    for r in results:
        statuses[r["status"]] = statuses.get(r["status"], 0) + 1

    def line(name: str, values: list[float], target: float | None = None) -> None:
        if not values:
            print(f"{name:28s} no data")
            return
        ms = [v * 1000 for v in values]
        goal = f"   target p95 < {target:.0f} ms" if target else ""
        print(f"{name:28s} p50 {statistics.median(ms):7.1f}  p95 {percentile(ms, 0.95):7.1f}"
              f"  max {max(ms):7.1f} ms  ({len(ms)} notes){goal}")

    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, workshop in {folder}")
    print(f"load average before {load_before[0]:.2f} / after {load_after[0]:.2f} "
          "(other work on the machine disturbs the times)")
    print(f"{phones} phones x {notes} notes = {len(results)} sent in {wall:.1f} s; "
          f"answers: {statuses}")
    print(f"lost (answered sent, not stored): {len(lost)}; never stored: {len(never)}; "
          f"duplicated: {doubled}; stored: {len(stored)}")
    peer = run_without_window(phones, notes)
    line("send -> committed", to_commit, 200)
    line("send -> answered 'sent'", to_answer)
    line("send -> shown in the window", to_shown, 500)
    print(f"longest the GUI thread went without its 10 ms timer: {ticks['worst'] * 1000:.0f} ms")
    print(f"peer run, the room alone (no window): p95 to committed {peer[0] * 1000:.0f} ms, "
          f"to answered {peer[1] * 1000:.0f} ms; with the window / alone: "
          f"{percentile(to_commit, 0.95) / peer[0]:.2f}x to committed")
    ok = (not lost and not doubled and not never and to_commit and to_shown
          and percentile(to_commit, 0.95) < 0.2 and percentile(to_shown, 0.95) < 0.5)
    print("targets met" if ok else "targets NOT met")
    return 0 if not lost and not doubled else 1


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--play-phones":
        address, code, phones, notes, out = sys.argv[2:7]
        run_phones(address, code, int(phones), int(notes), out)
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=100)
    parser.add_argument("--notes", type=int, default=10)
    args = parser.parse_args()
    return run_window(args.phones, args.notes)


if __name__ == "__main__":
    sys.exit(main())
