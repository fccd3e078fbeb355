"""Shared fixtures. Core (no Qt) fixtures first; Qt fixtures may be added below them."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.core.store import create_workshop, open_store
from facilitator.core.workshop import Workshop

FIXTURES = Path(__file__).parent / "fixtures"


def old_format_workshop(version: int, target: Path) -> Path:
    """A workshop file of an earlier format, built from its SQL text in tests/fixtures/
    (kept as text so that every change to a fixture can be read in review)."""
    import sqlite3

    conn = sqlite3.connect(target)
    try:
        conn.executescript((FIXTURES / f"schema-v{version}.sql").read_text(encoding="utf-8"))
    finally:
        conn.close()
    return target


@pytest.fixture
def old_workshop():
    """old_workshop(version, path): a workshop file of an earlier format at ``path``."""
    return old_format_workshop


@pytest.fixture
def workshop_path(tmp_path: Path) -> Path:
    """A fresh, closed workshop file."""
    path = tmp_path / "test.workshop"
    create_workshop(path, "Test workshop", question="How can we improve the library?").close()
    return path


@pytest.fixture
def workshop(workshop_path: Path):
    """A Workshop open on `workshop_path`, closed at teardown."""
    ws = Workshop(open_store(workshop_path), device="test-laptop")
    yield ws
    ws.close()


# Notes on three clear topics, for the synthesis tests.
_TOPICS = {
    "bus": ["The last bus leaves at six, too early", "No bus on Sundays to the library",
            "The bus timetable does not match the opening hours", "Buses are too infrequent",
            "A later bus on late-opening nights", "Bus stop is far from the library door"],
    "wifi": ["The wifi keeps dropping in the reading room", "Wifi password is hard to get",
             "Slow wifi makes online forms impossible", "Need wifi upstairs too",
             "Printing from the wifi does not work", "Wifi is off after 5pm"],
    "teens": ["Teenagers have nowhere safe to go after school",
              "A quiet homework room for teenagers", "Teenagers feel watched by staff",
              "Teenagers want a gaming club", "After school the teenagers hang outside",
              "Teenagers need a space of their own"],
}


@pytest.fixture
def topics() -> dict[str, list[str]]:
    """Six notes on each of three clear topics: bus, wifi, teens."""
    return {topic: list(texts) for topic, texts in _TOPICS.items()}


# --- a real PostgreSQL server for the shared-workshop tests -------------------------------


def _postgres_bin(name: str) -> str | None:
    import glob
    import shutil

    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


@pytest.fixture(scope="session")
def postgres_server():
    """A throw-away PostgreSQL cluster on a loopback port; its base URL (no database).

    Skipped only when no PostgreSQL server binaries exist on the machine (.ci/run installs
    them where it can)."""
    import os
    import pwd
    import shutil
    import socket
    import subprocess
    import tempfile
    from pathlib import Path

    initdb, pg_ctl = _postgres_bin("initdb"), _postgres_bin("pg_ctl")
    if initdb is None or pg_ctl is None:
        pytest.skip("no PostgreSQL server binaries on this machine")
    # Directly under the temp folder: the server's user must be able to reach it.
    folder = Path(tempfile.mkdtemp(prefix="facilitator-pg-"))
    prefix: list[str] = []
    if os.geteuid() == 0:  # the server refuses to run as root
        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root without a 'postgres' user to run the server")
        os.chown(folder, user.pw_uid, user.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    data = folder / "data"
    subprocess.run([*prefix, initdb, "-D", str(data), "-U", "facilitator", "--auth=trust",
                    "-E", "UTF8"], check=True, capture_output=True)
    subprocess.run([*prefix, pg_ctl, "-D", str(data), "-l", str(folder / "log"), "-w", "-o",
                    f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off",
                    "start"], check=True, capture_output=True)
    try:
        yield f"postgresql+psycopg://facilitator@127.0.0.1:{port}"
    finally:
        subprocess.run([*prefix, pg_ctl, "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server, request):
    """A new, empty database on the test server, for one test."""
    import re

    from sqlalchemy import create_engine

    name = "t_" + re.sub(r"\W", "_", request.node.name)[:50].lower()
    admin = create_engine(f"{postgres_server}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    return f"{postgres_server}/{name}"


# --- a connection that dies right after COMMIT, for the exactly-once tests -----------------


class CommitCuttingProxy:
    """A TCP proxy on 127.0.0.1 in front of the test PostgreSQL server. While ``cut`` is
    true, a connection that sends COMMIT has it delivered to the server, then the server's
    answer is thrown away and the connection closed: the change is committed, but the
    client never hears so (a Wi-Fi drop at the worst moment)."""

    def __init__(self, server_url: str):
        import socket
        import threading

        from sqlalchemy.engine import make_url

        upstream = make_url(server_url)
        self.upstream = (upstream.host, upstream.port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.cut = False
        self.cuts = 0
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def url(self, server_url: str) -> str:
        from sqlalchemy.engine import make_url

        return make_url(server_url).set(host="127.0.0.1", port=self.port).render_as_string(
            hide_password=False)

    def close(self) -> None:
        self._closed = True
        self.listener.close()

    def _accept(self) -> None:
        import socket
        import threading

        while not self._closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.upstream)
            state = {"commit_sent": False}
            threading.Thread(target=self._client_to_server, args=(client, server, state),
                             daemon=True).start()
            threading.Thread(target=self._server_to_client, args=(server, client, state),
                             daemon=True).start()

    def _client_to_server(self, client, server, state) -> None:
        import struct

        buffer, started = b"", False
        try:
            while True:
                data = client.recv(65536)
                if not data:
                    break
                buffer += data
                while True:  # forward whole protocol messages, looking at each
                    if not started:  # untyped: SSL/GSS requests, then the startup message
                        if len(buffer) < 8:
                            break
                        length, code = struct.unpack("!II", buffer[:8])
                        if len(buffer) < length:
                            break
                        message, buffer = buffer[:length], buffer[length:]
                        started = code == 196608  # protocol 3.0: typed messages follow
                    else:
                        if len(buffer) < 5:
                            break
                        length = struct.unpack("!I", buffer[1:5])[0]
                        if len(buffer) < 1 + length:
                            break
                        message, buffer = buffer[:1 + length], buffer[1 + length:]
                        if (self.cut and message[:1] == b"Q"
                                and message[5:].strip(b"\x00 ;").upper() == b"COMMIT"):
                            state["commit_sent"] = True
                    server.sendall(message)
        except OSError:
            pass
        finally:
            for sock in (client, server):
                try:
                    sock.close()
                except OSError:
                    pass

    def _server_to_client(self, server, client, state) -> None:
        import socket

        try:
            while True:
                data = server.recv(65536)
                if not data:
                    break
                if state["commit_sent"]:  # the answer to COMMIT: lost
                    self.cuts += 1
                    for sock in (client, server):
                        sock.shutdown(socket.SHUT_RDWR)
                        sock.close()
                    return
                client.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (client, server):
                try:
                    sock.close()
                except OSError:
                    pass


@pytest.fixture
def commit_cutting_proxy(postgres_server):
    proxy = CommitCuttingProxy(postgres_server)
    yield proxy
    proxy.close()
