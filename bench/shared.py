"""Shared workshop on PostgreSQL: notes per second from several capture clients, and how long
a committed note takes to be heard by another laptop.

Starts a throw-away PostgreSQL cluster (needs the server binaries, e.g. Debian's postgresql
package), then 4 capture processes each add N notes as fast as they can while a fifth
process listens. Prints notes/second, the number stored (must be 4 x N, no duplicates) and
the propagation latency from commit on one client to arrival on the listener (p50, p95, max).

    python bench/shared.py [--notes 500]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))


def capture(url: str, device: str, count: int, sent) -> None:
    from facilitator.core.domain.workshop import Workshop
    from facilitator.core.storage.store import open_store

    workshop = Workshop(open_store(url), device=device)
    for i in range(count):
        workshop.add_note(f"{device} note {i}")
        sent.put((device, i, time.time()))
    workshop.close()


def listen(url: str, expected: int, heard, ready) -> None:
    from facilitator.core.storage.feed import ChangeFeed

    feed = ChangeFeed(url, device="listener")
    ready.set()
    got = 0
    deadline = time.time() + 120
    while got < expected and time.time() < deadline:
        for change in feed.changes(timeout=0.5):
            heard.put((change.device, time.time()))
            got += 1
    feed.close()


def main() -> int:
    import conftest  # the test suite's throw-away server

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=500, help="notes per capture client")
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()
    server = conftest.postgres_server.__wrapped__()
    base = next(server)
    try:
        from sqlalchemy import create_engine

        admin = create_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql("CREATE DATABASE bench")
        admin.dispose()
        url = f"{base}/bench"
        from facilitator.core.domain.workshop import Workshop
        from facilitator.core.storage.store import create_workshop, open_store

        create_workshop(url, "Shared benchmark").close()
        sent, heard, ready = mp.Queue(), mp.Queue(), mp.Event()
        total = args.notes * args.clients
        listener = mp.Process(target=listen, args=(url, total, heard, ready))
        listener.start()
        ready.wait(30)
        start = time.time()
        clients = [mp.Process(target=capture, args=(url, f"Table {i + 1}", args.notes, sent))
                   for i in range(args.clients)]
        for client in clients:
            client.start()
        commits = [sent.get(timeout=120) for _ in range(total)]
        elapsed = time.time() - start
        for client in clients:
            client.join()
        arrivals = [heard.get(timeout=120) for _ in range(total)]
        listener.join()
        # The n-th commit of a device pairs with the n-th arrival from it (NOTIFY keeps the
        # commit order of each sender).
        by_device: dict[str, list[float]] = {}
        for device, when in arrivals:
            by_device.setdefault(device, []).append(when)
        delays = []
        for device, i, when in commits:
            delays.append(by_device[device][i] - when)
        workshop = Workshop(open_store(url, readonly=True))
        texts = [n.text for n in workshop.notes()]
        workshop.close()
        delays.sort()
        print(f"{args.clients} clients x {args.notes} notes: {total / elapsed:.0f} notes/s; "
              f"stored {len(texts)}, distinct {len(set(texts))} (expected {total})")
        print(f"propagation commit -> other laptop: p50 {statistics.median(delays) * 1000:.0f} "
              f"ms, p95 {delays[int(0.95 * len(delays)) - 1] * 1000:.0f} ms, "
              f"max {delays[-1] * 1000:.0f} ms (target < 2000 ms)")
        return 0 if len(texts) == len(set(texts)) == total else 1
    finally:
        next(server, None)


if __name__ == "__main__":
    sys.exit(main())
