"""`facilitator room FILE`: the room without the window, on a file or a shared server."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys

import pytest

from facilitator.core.domain.workshop import Workshop
from facilitator.core.storage.store import create_workshop, open_store


def start_room(target: str, *extra: str) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "facilitator", "room", target, "--host", "127.0.0.1",
         "--port", "0", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=dict(os.environ, PYTHONUNBUFFERED="1"))
    first = process.stdout.readline()
    return process, first


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_prints_the_join_address_with_its_code_first_and_stops_cleanly(
        workshop_path, phone_for, stop):
    process, first = start_room(str(workshop_path))
    try:
        found = re.match(r"Join the room: (http://127\.0\.0\.1:\d+)/join\?code=(\w{6})\s",
                         first)
        assert found, first
        phone = phone_for(found.group(1))
        assert phone.join(found.group(2)) == 303
        assert phone.send("From the headless room", as_json=True)[0] == 200
    finally:
        process.send_signal(stop)
        _, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    assert "Traceback" not in err and "1 note from phones stored" in err
    ws = Workshop(open_store(workshop_path, readonly=True))
    try:
        assert [n.text for n in ws.notes()] == ["From the headless room"]
    finally:
        ws.close()


def test_run_again_the_phones_rejoin_with_the_same_code_and_close_lets_them_go(
        workshop_path, phone_for):
    process, first = start_room(str(workshop_path))
    address, code = re.match(r"Join the room: (\S+)/join\?code=(\w+)", first).groups()
    phone = phone_for(address)
    phone.join(code)
    process.send_signal(signal.SIGTERM)
    process.communicate(timeout=20)
    # Without --port it takes the room's last port again, so the phone's page still works.
    process = subprocess.Popen([sys.executable, "-m", "facilitator", "room",
                                str(workshop_path), "--host", "127.0.0.1"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        again = process.stdout.readline()
        assert f"{address}/join?code={code}" in again
        assert phone.send("Rejoined", as_json=True)[0] == 200
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=20)
    closed = subprocess.run([sys.executable, "-m", "facilitator", "room", str(workshop_path),
                             "--close"], capture_output=True, text=True, timeout=60)
    assert closed.returncode == 0 and "1 phone let go" in closed.stdout


def test_every_network_is_only_used_when_asked_and_then_said(workshop_path):
    process = subprocess.Popen([sys.executable, "-m", "facilitator", "room",
                                str(workshop_path), "--host", "0.0.0.0", "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = process.stdout.readline()
        assert first.startswith("Join the room: http://") and "0.0.0.0" not in first
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=20)
    assert "Listening on every network" in err


def test_a_missing_file_is_explained(tmp_path):
    done = subprocess.run([sys.executable, "-m", "facilitator", "room",
                           str(tmp_path / "nowhere.workshop")], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 1 and "There is no file" in done.stderr


def test_the_room_works_on_a_shared_postgresql_workshop(postgres_url, phone_for):
    create_workshop(postgres_url, "Shared library workshop").close()
    process, first = start_room(postgres_url)
    try:
        address, code = re.match(r"Join the room: (\S+)/join\?code=(\w+)", first).groups()
        assert "Shared library workshop" not in first
        phone = phone_for(address)
        assert phone.join(code) == 303
        for _attempt in range(2):  # a resend is stored once on the server too
            status, _answer = phone.send("On the shared server",
                                        uid="6f1c2b1e-3c1a-4b4e-9f3e-2f1d0c9b8a7e",
                                        as_json=True)
            assert status == 200
        _, page = phone.get("/")
        assert "Shared library workshop" in page
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    ws = Workshop(open_store(postgres_url, readonly=True))
    try:
        assert [n.text for n in ws.notes()] == ["On the shared server"]
        assert ws.notes()[0].created_by == "Phone 1"
    finally:
        ws.close()
