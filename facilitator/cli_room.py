"""`facilitator room`: the room served without the window, until Ctrl+C or SIGTERM."""

from __future__ import annotations

import signal
import sys
import threading

from facilitator.core.domain.workshop import Workshop


def serve_room(workshop: Workshop, *, host: str | None, port: int | None) -> int:
    from facilitator.web.addresses import reachable_by_phones
    from facilitator.web.server import RoomServer

    received = [0]

    def arrived(arrivals) -> None:
        received[0] += len(arrivals)

    server = RoomServer(workshop, host=host, port=port, on_arrivals=arrived)
    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stop.set())
                for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        url = server.start()
        print(f"Join the room: {url}  (code {server.room.state().code})", flush=True)
        if server.every_network:
            print("Listening on every network of this laptop (--host 0.0.0.0).",
                  file=sys.stderr, flush=True)
        elif not reachable_by_phones(server.host):
            print(f"{server.host} is this laptop itself: phones cannot reach it. Join a "
                  "Wi-Fi or open a hotspot, or give --host.", file=sys.stderr, flush=True)
        print("Ctrl+C stops the room (phones rejoin with the same code when it runs again).",
              file=sys.stderr, flush=True)
        feed = _follow_shared_workshop(workshop, server, stop)
        while not stop.wait(0.5):
            pass
        if feed is not None:
            feed.join(5)
    finally:
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    print(f"Room stopped; {received[0]} note{'s' if received[0] != 1 else ''} from phones "
          f"stored in {workshop.store.display_name}.", file=sys.stderr, flush=True)
    return 0


def _follow_shared_workshop(workshop: Workshop, server, stop: threading.Event):
    """On a shared (PostgreSQL) workshop, laptops change the step, prompts and solutions:
    phones follow them too."""
    if workshop.store.path is not None or workshop.store.engine.dialect.name != "postgresql":
        return None
    from facilitator.core.storage.feed import ChangeFeed

    url = workshop.store.engine.url.render_as_string(hide_password=False)

    def listen() -> None:
        try:
            feed = ChangeFeed(url, workshop.device)
        except Exception as exc:  # noqa: BLE001 - the room still works, phones just reload
            print(f"Not following other laptops' changes ({type(exc).__name__}).",
                  file=sys.stderr, flush=True)
            return
        try:
            while not stop.is_set():
                if any(change.kind != "note" for change in feed.changes(timeout=0.5)):
                    server.refresh_phones()
        except Exception as exc:  # noqa: BLE001 - the connection dropped; phones still work
            print(f"No longer following other laptops' changes ({type(exc).__name__}).",
                  file=sys.stderr, flush=True)
        finally:
            feed.close()

    thread = threading.Thread(target=listen, name="room-feed", daemon=True)
    thread.start()
    return thread
