"""The room over HTTP, as a phone (or an attacker) talks to it: each security promise, the
once-only sending of notes, and bad input, each with a clear answer."""

from __future__ import annotations

import json
import re
import socket
import uuid

import pytest

from facilitator.core.domain.room import NOTE_LIMIT
from facilitator.web.server import MAX_REQUEST, RoomServer


def stored(workshop) -> list[str]:
    return [n.text for n in workshop.notes()]


def test_listens_on_the_chosen_address_only(room_server):
    assert room_server.host == "127.0.0.1" and not room_server.every_network
    with socket.create_connection(("127.0.0.1", room_server.port), timeout=2):
        pass
    # Another address of this machine (127.0.0.2 is loopback too) is not listened on.
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.2", room_server.port), timeout=2).close()


def test_without_a_host_it_binds_the_laptops_network_address_never_every_network(workshop):
    from facilitator.web.addresses import EVERY_NETWORK, lan_addresses

    server = RoomServer(workshop, port=0)
    assert server.host == lan_addresses()[0] and server.host not in EVERY_NETWORK
    assert server.host.count(".") == 3


def test_the_code_is_exchanged_for_an_httponly_samesite_strict_token(new_phone,
                                                                     room_server):
    phone = new_phone(join=False)
    phone.get(f"/join?code={room_server.room.state().code}")
    status, _ = phone.post("/join", {"csrf": phone.csrf,
                                     "code": room_server.room.state().code})
    assert status == 303 and phone.last_headers["location"] == "/"
    cookie = next(c for c in phone.set_cookies if c.startswith("room_device="))
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie
    token = phone.cookies["room_device"]
    assert len(token) >= 32
    status, page = phone.get("/")
    assert status == 200 and token not in page
    # Only a hash of the token is kept in the workshop file.
    import sqlite3

    conn = sqlite3.connect(room_server.workshop.store.path)
    hashes = [r[0] for r in conn.execute("SELECT token_hash FROM room_device")]
    conn.close()
    assert token not in hashes and len(hashes) == 1


@pytest.mark.parametrize("code", ["", "AAAAAA", "not the code", "<script>", "x" * 5000])
def test_a_wrong_code_is_refused_clearly_and_joins_nothing(new_phone, room_server, code):
    phone = new_phone(join=False)
    phone.get("/join")
    status, page = phone.post("/join", {"csrf": phone.csrf, "code": code})
    assert status == 403 and "not the room&#39;s code" in page
    assert "room_device" not in phone.cookies
    assert "<script>" not in page
    assert room_server.room.state().phones == 0


def test_trying_codes_from_one_address_is_slowed(new_phone):
    phone = new_phone(join=False)
    phone.get("/join")
    answers = [phone.post("/join", {"csrf": phone.csrf, "code": f"WRONG{i}"})[0]
               for i in range(14)]
    assert answers[:10] == [403] * 10 and 429 in answers
    assert int(phone.last_headers["retry-after"]) >= 1


def test_every_form_carries_a_csrf_token_and_a_missing_or_foreign_one_is_refused(
        new_phone, room_server):
    ws = room_server.workshop
    ws.set_step(4)
    ws.synthesis.add_solution("Open on Sundays")
    room_server.room.set_allow_labels(True)
    ws.add_participant("R1")
    room_server.room.set_voting(True)
    phone, other = new_phone(), new_phone()
    phone.send("A note to edit")
    for path in ("/", "/panel", "/join"):
        _, page = phone.get(path)
        forms = re.findall(r"<form[^>]*method=\"post\"[^>]*>(.*?)</form>", page, re.DOTALL)
        assert forms, path
        for form in forms:
            assert re.search(r'<input type="hidden" name="csrf" value="[0-9a-f]{64}">', form)
    uid = room_server.room.phone_view(room_server.room.device(phone.cookies["room_device"])
                                      ).notes[0].uid
    for path, fields in (("/notes", {"uid": str(uuid.uuid4()), "text": "forged"}),
                         (f"/notes/{uid}/delete", {}), ("/label", {"participant": "1"}),
                         ("/vote", {"solution": "1", "delta": "1"})):
        for csrf in ("", "0" * 64, other.csrf):
            status, page = phone.post(path, {**fields, "csrf": csrf})
            assert status == 403 and "expired or did not come from this page" in page
    assert stored(ws) == ["A note to edit"]
    assert ws.development.ballots() == []


def test_a_phone_sees_only_title_prompt_its_own_notes_and_the_solutions_voted_on(
        new_phone, room_server):
    ws, room = room_server.workshop, room_server.room
    ws.update_details(question="A question only the laptop shows", commissioner="Council")
    ws.add_participant("R1", real_name="Zoë Lefèvre", email="zoe@example.org",
                       phone="07700 900123", group="resident")
    activity = ws.add_activity("Brainstorm", prompt="What would bring you in?")
    room_server.follow(activity.id)
    mine, theirs = new_phone(), new_phone()
    mine.send("My own note")
    theirs.send("Another phone's note")
    ws.add_note("Typed by the note-taker about Zoë Lefèvre")
    ws.synthesis.create_theme("A theme label", [ws.notes()[0].id])
    ws.synthesis.add_insight("An insight statement", note_ids=[ws.notes()[0].id])
    for path in ("/", "/panel"):
        _, page = mine.get(path)
        assert "Test workshop" in page and "What would bring you in?" in page
        assert "My own note" in page
        for secret in ("Another phone", "note-taker", "Zoë", "Lefèvre", "zoe@example",
                       "07700", "A question only", "Council", "resident", "A theme label",
                       "An insight", "Open on"):
            assert secret not in page, (path, secret)
    ws.set_step(4)
    ws.synthesis.add_solution("Open on Sundays", description="Ask Zoë Lefèvre first")
    room.set_voting(True)
    _, page = mine.get("/panel")
    assert "Open on Sundays" in page and "Ask [name] first" in page and "Lefèvre" not in page


def test_a_request_too_large_is_refused_with_413_and_a_clear_message(new_phone,
                                                                    room_server):
    phone = new_phone()
    megabyte = "x" * (1024 * 1024)
    for as_json in (False, True):
        status, page = phone.send(megabyte, as_json=as_json)
        assert status == 413
        assert f"more than {MAX_REQUEST // 1024} KB" in page and str(NOTE_LIMIT) in page
    assert stored(room_server.workshop) == []


def test_a_note_over_the_stated_length_is_refused_and_its_text_given_back(new_phone,
                                                                         room_server):
    phone = new_phone()
    status, page = phone.send("é" * (NOTE_LIMIT + 1))
    assert status == 422 and f"at most {NOTE_LIMIT} characters" in page
    assert "é" * (NOTE_LIMIT + 1) in page  # kept in the field, nothing lost
    status, answer = phone.send("é" * (NOTE_LIMIT + 1), as_json=True)
    assert status == 413 and json.loads(answer)["status"] == "refused"
    assert phone.send("é" * NOTE_LIMIT)[0] == 303
    assert stored(room_server.workshop) == ["é" * NOTE_LIMIT]


def test_one_phone_flooding_is_slowed_and_the_others_are_not(new_phone, room_server):
    flood, calm = new_phone(), new_phone()
    answers = [flood.send(f"flood {i}", as_json=True)[0] for i in range(40)]
    assert answers.count(200) <= 16 and answers.count(429) >= 24
    assert int(flood.last_headers["retry-after"]) >= 1
    assert json.loads(flood.send("one more", as_json=True)[1])["message"].startswith(
        "You are sending very fast")
    assert calm.send("calm note", as_json=True)[0] == 200
    texts = stored(room_server.workshop)
    assert "calm note" in texts and len(texts) == answers.count(200) + 1


@pytest.mark.parametrize("text, expected", [
    ("", None), ("   ", None),
    ("\x00\x01bell\x07 and \x0bvertical tab", "bell and \nvertical tab"),
    ("שלום, مرحبا – right to left", "שלום, مرحبا – right to left"),
    ("🎉👩‍👩‍👧 emoji", "🎉👩‍👩‍👧 emoji"),
    ("<script>alert('x')</script><img src=x onerror=alert(1)> & \"quotes\"",
     "<script>alert('x')</script><img src=x onerror=alert(1)> & \"quotes\""),
])
def test_bad_text_is_cleaned_as_capture_cleans_it_and_shown_escaped(new_phone, room_server,
                                                                    text, expected):
    from facilitator.core.domain.text import clean_note_text

    phone = new_phone()
    status, page = phone.send(text)
    if expected is None:
        assert status == 422 and "empty" in page
        assert stored(room_server.workshop) == []
        return
    assert status == 303
    assert stored(room_server.workshop) == [expected] == [clean_note_text(text).text]
    _, page = phone.get("/")
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;" in page or "<" not in expected


def test_the_title_is_escaped_too(new_phone, room_server):
    room_server.workshop.update_details(title="Youth <b>club</b> & \"café\"")
    _, page = new_phone().get("/")
    assert "Youth &lt;b&gt;club&lt;/b&gt; &amp; &#34;café&#34;" in page


def test_a_resent_or_replayed_form_is_stored_once(new_phone, room_server):
    phone = new_phone()
    uid = phone.uid
    first = phone.send("Sent on flaky wifi", uid=uid)
    replay = phone.send("Sent on flaky wifi", uid=uid)
    assert first[0] == replay[0] == 303
    assert phone.last_headers["location"] == "/?done=already"
    status, answer = phone.send("Sent on flaky wifi", uid=uid, as_json=True)
    assert status == 200 and json.loads(answer)["status"] == "already"
    assert stored(room_server.workshop) == ["Sent on flaky wifi"]
    # Each page render offers a fresh key, so the next note is a new note.
    phone.get("/")
    assert phone.uid != uid


def test_closing_the_room_invalidates_every_token(new_phone, room_server):
    phones = [new_phone() for _ in range(3)]
    kept = dict(phones[0].cookies)
    assert room_server.room.close() == 3
    for phone in phones:
        status, _ = phone.get("/")
        assert status == 303 and phone.last_headers["location"] == "/join"
        status, _answer = phone.send("after the close", as_json=True)
        assert status == 401
    # A replayed form with the old cookie and token stores nothing.
    replay = new_phone(join=False)
    replay.cookies, replay.csrf = kept, phones[0].csrf
    assert replay.send("replayed", as_json=True)[0] == 401
    assert stored(room_server.workshop) == []
    _, page = replay.get("/join")
    assert "The room is closed" in page
    status, page = replay.post("/join", {"csrf": replay.csrf, "code": "ANYONE"})
    assert status == 403 and "The room is closed. Ask the facilitator" in page


def test_an_old_code_lets_nobody_in_after_a_change(new_phone, room_server):
    old = room_server.room.state().code
    inside = new_phone()
    room_server.room.change_code()
    assert new_phone(join=False).join(old) == 403
    assert inside.send("still in", as_json=True)[0] == 200
    assert new_phone(join=False).join(room_server.room.state().code) == 303


def test_pages_say_no_to_scripts_and_frames_from_elsewhere(new_phone):
    phone = new_phone()
    phone.get("/")
    policy = phone.last_headers["content-security-policy"]
    assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert phone.last_headers["x-content-type-options"] == "nosniff"
    _, page = phone.get("/")
    assert not re.search(r"(src|href)=\"(https?:)?//", page)  # nothing fetched from outside
    status, script = phone.get("/static/room.js")
    assert status == 200 and "http" not in script.replace("https;", "")
    assert phone.get("/static/../server.py")[0] in (403, 404)


def test_a_phone_edits_and_deletes_its_note_and_votes_without_javascript(new_phone,
                                                                        room_server):
    ws, room = room_server.workshop, room_server.room
    phone = new_phone()
    phone.send("Tpyo")
    device = room.device(phone.cookies["room_device"])
    uid = room.phone_view(device).notes[0].uid
    status, _ = phone.post(f"/notes/{uid}/edit", {"csrf": phone.csrf, "text": "Typo"})
    assert status == 303 and stored(ws) == ["Typo"]
    status, _ = phone.post(f"/notes/{uid}/delete", {"csrf": phone.csrf})
    assert status == 303 and stored(ws) == []
    ws.set_step(4)
    solution = ws.synthesis.add_solution("Later buses")
    status, page = phone.post("/vote", {"csrf": phone.csrf, "solution": solution.id,
                                        "delta": "1"})
    assert status == 409 and "Voting is not open" in page
    room.set_voting(True)
    assert phone.post("/vote", {"csrf": phone.csrf, "solution": solution.id})[0] == 303
    _, page = phone.get("/")
    assert "2 of 3 dots left" in page and "in all" not in page
    ws.update_details(votes_revealed=True)
    _, page = phone.get("/")
    assert "1 in all" in page


def test_the_window_is_told_of_phones_notes_after_the_commit(workshop, phone_for):
    arrivals = []
    server = RoomServer(workshop, host="127.0.0.1", port=0, on_arrivals=arrivals.extend)
    server.start()
    try:
        phone = phone_for(server.address)
        phone.join(server.room.state().code)
        phone.send("For the board")
        assert [(a.device, a.text) for a in arrivals] == [("Phone 1", "For the board")]
        assert workshop.note(arrivals[0].note_id).text == "For the board"
    finally:
        server.stop()


def test_stopping_keeps_the_room_and_its_phones_for_the_next_start(workshop, phone_for):
    server = RoomServer(workshop, host="127.0.0.1", port=0)
    server.start()
    phone = phone_for(server.address)
    phone.join(server.room.state().code)
    code, port = server.room.state().code, server.port
    server.stop()
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    again = RoomServer(workshop, host="127.0.0.1")
    again.start()
    try:
        assert again.port == port and again.room.state().code == code
        assert phone.send("after the restart", as_json=True)[0] == 200
    finally:
        again.stop()


def test_a_note_the_laptop_cannot_store_now_is_answered_and_the_room_goes_on(
        new_phone, room_server, monkeypatch):
    """A refusal from the workshop (a full disk, a server away) answers the phones of that
    batch with "not saved yet", and the next note is stored: the writer keeps running."""
    from facilitator.core.errors import FacilitatorError

    phone = new_phone()
    receive = room_server.room.receive
    monkeypatch.setattr(room_server.room, "receive", lambda items: (_ for _ in ()).throw(
        FacilitatorError("the disk is full")))
    status, answer = phone.send("Kept on the phone", as_json=True)
    assert status == 503  # try again later: the phone keeps the note and resends it
    reply = json.loads(answer)
    assert reply["status"] == "failed" and "Not saved yet" in reply["message"]
    monkeypatch.setattr(room_server.room, "receive", receive)
    phone.get("/")
    status, answer = phone.send("Kept on the phone", as_json=True)
    assert json.loads(answer)["status"] == "stored"
    assert stored(room_server.workshop) == ["Kept on the phone"]
