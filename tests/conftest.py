"""Shared fixtures. Core (no Qt) fixtures first; Qt fixtures may be added below them."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from facilitator.core.domain.workshop import Workshop
from facilitator.core.storage.store import create_workshop, open_store

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
                with contextlib.suppress(OSError):
                    sock.close()

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
                with contextlib.suppress(OSError):
                    sock.close()


@pytest.fixture
def commit_cutting_proxy(postgres_server):
    proxy = CommitCuttingProxy(postgres_server)
    yield proxy
    proxy.close()


# --- the room: a server for phones, and a phone that talks to it over HTTP ----------------


class Phone:
    """A phone in the room, over plain HTTP (no browser): keeps its cookies, follows no
    redirect by itself, and reads the CSRF token and note key off each page it gets."""

    def __init__(self, address: str):
        from urllib.parse import urlsplit

        parts = urlsplit(address)
        self.host, self.port = parts.hostname, parts.port
        self.cookies: dict[str, str] = {}
        self.csrf = ""
        self.uid = ""
        self.last_headers: dict[str, str] = {}

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict | None = None) -> tuple[int, str]:
        import http.client
        import re

        conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
        sent = dict(headers or {})
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None:
            sent.setdefault("Content-Type", "application/x-www-form-urlencoded")
        try:
            conn.request(method, path, body=body, headers=sent)
            response = conn.getresponse()
            text = response.read().decode("utf-8", "replace")
        finally:
            conn.close()
        self.last_headers = {k.lower(): v for k, v in response.getheaders()}
        self.set_cookies = response.headers.get_all("Set-Cookie") or []
        for header in self.set_cookies:
            name, _, rest = header.partition("=")
            value = rest.split(";", 1)[0].strip('"')
            if "Max-Age=0" in header or "expires=Thu, 01 Jan 1970" in header:
                self.cookies.pop(name.strip(), None)
            else:
                self.cookies[name.strip()] = value
        found = re.search(r'name="csrf" value="([^"]+)"', text)
        if found:
            self.csrf = found.group(1)
        found = re.search(r'name="uid" value="([^"]+)"', text)
        if found:
            self.uid = found.group(1)
        return response.status, text

    def get(self, path: str = "/", **headers) -> tuple[int, str]:
        return self.request("GET", path, headers=headers)

    def post(self, path: str, fields: dict | None = None, *, as_json: bool = False,
             raw: bytes | None = None) -> tuple[int, str]:
        from urllib.parse import urlencode

        body = raw if raw is not None else urlencode(fields or {}).encode("utf-8")
        headers = {"Accept": "application/json"} if as_json else {}
        return self.request("POST", path, body=body, headers=headers)

    def join(self, code: str) -> int:
        self.get(f"/join?code={code}")
        status, _ = self.post("/join", {"csrf": self.csrf, "code": code})
        if status == 303:
            self.get("/")
        return status

    def send(self, text: str, uid: str | None = None, *, as_json: bool = False
             ) -> tuple[int, str]:
        import uuid

        return self.post("/notes", {"csrf": self.csrf, "uid": uid or str(uuid.uuid4()),
                                    "text": text}, as_json=as_json)


@pytest.fixture
def room_server(workshop):
    """A room served on 127.0.0.1 (a free port) for the test workshop; stopped after."""
    from facilitator.web.server import RoomServer

    server = RoomServer(workshop, host="127.0.0.1", port=0)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def new_phone(room_server):
    """new_phone(join=True): a phone on the room, joined with the room's code."""

    def make(join: bool = True) -> Phone:
        phone = Phone(room_server.address)
        if join:
            assert phone.join(room_server.room.state().code) == 303
        return phone

    return make


@pytest.fixture
def phone_for():
    """phone_for(address): a phone talking to a room served at that address."""
    return Phone


# --- a real browser at a phone's size (Debian's chromium, driven by Playwright) -----------

CHROMIUM = "/usr/bin/chromium"
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2,
         "is_mobile": True, "has_touch": True, "locale": "en-GB",
         "user_agent": "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
                       "(KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36"}


@pytest.fixture(scope="session")
def chromium():
    """Headless chromium, launched once. Skipped only on a machine without a chromium
    binary (.ci/run installs Debian's where it can)."""
    import os
    import shutil

    path = os.environ.get("FACILITATOR_CHROMIUM") or (
        CHROMIUM if os.path.exists(CHROMIUM) else shutil.which("chromium"))
    if not path:
        pytest.skip("no chromium on this machine")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=path,
            args=["--headless", "--no-sandbox", "--disable-gpu",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"])
        yield browser
        browser.close()


@pytest.fixture
def phone_browser(chromium):
    """phone_browser(javascript=True): a new phone-sized browser page (own cookies)."""
    contexts = []

    def make(javascript: bool = True):
        context = chromium.new_context(java_script_enabled=javascript, **PHONE)
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()
