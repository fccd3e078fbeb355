"""The room's domain, without a web server: codes, phones, notes once each, moderation,
voting, and the room kept in the workshop file across a crash."""

from __future__ import annotations

import uuid

import pytest

from facilitator.core.analysis import graph
from facilitator.core.documents import brief, csv_export
from facilitator.core.domain.room import (
    CODE_ALPHABET,
    CODE_LENGTH,
    NOTE_LIMIT,
    Room,
    RoomRefused,
    Submission,
    phone_text,
)
from facilitator.core.domain.workshop import Workshop
from facilitator.core.storage.store import open_store


def key() -> str:
    return str(uuid.uuid4())


@pytest.fixture
def room(workshop):
    room = Room(workshop)
    room.open()
    return room


def test_the_code_is_random_unambiguous_and_changeable(room):
    code = room.state().code
    assert len(code) >= CODE_LENGTH >= 6 and set(code) <= set(CODE_ALPHABET)
    codes = {Room(room.workshop).change_code() for _ in range(20)}
    assert len(codes) == 20 and room.state().code in codes


def test_a_phone_joins_with_the_code_in_any_case_and_a_wrong_one_is_refused(room):
    code = room.state().code
    with pytest.raises(RoomRefused, match="not the room's code"):
        room.join("ZZZZZZ" if code != "ZZZZZZ" else "YYYYYY")
    token, device = room.join(f" {code[:3].lower()}-{code[3:]} ")
    assert room.device(token) == device and device.name == f"Phone {device.id}"
    assert room.device("not-a-token") is None
    assert room.state().phones == 1


def test_a_note_sent_twice_is_stored_once_even_after_it_was_hidden(room):
    _, phone = room.join(room.state().code)
    uid = key()
    first = room.receive([Submission(phone.id, uid, "  The bus stops at six  ")])
    again = room.receive([Submission(phone.id, uid, "The bus stops at six")])
    assert [a.status for a in first + again] == ["stored", "already"]
    notes = room.workshop.notes()
    assert [(n.uid, n.text, n.table_label, n.created_by) for n in notes] == [
        (uid, "The bus stops at six", phone.name, phone.name)]
    logged = room.workshop.change_log(1)[0]
    assert (logged["action"], logged["device"], logged["target_id"], logged["detail"]) == (
        "add note", phone.name, notes[0].id, {"uid": uid})
    room.hide(notes[0].id)
    assert room.receive([Submission(phone.id, uid, "The bus stops at six")])[0].status == \
        "already"
    assert room.workshop.notes() == []
    # and twice within one batch
    other = key()
    answers = room.receive([Submission(phone.id, other, "Wifi"), Submission(phone.id, other,
                                                                            "Wifi")])
    assert [a.status for a in answers] == ["stored", "already"]
    assert len(room.workshop.notes()) == 1


def test_another_phone_cannot_take_over_a_note_key(room):
    _, one = room.join(room.state().code)
    _, two = room.join(room.state().code)
    uid = key()
    room.receive([Submission(one.id, uid, "Mine")])
    answer = room.receive([Submission(two.id, uid, "Stolen")])[0]
    assert answer.status == "refused" and "another note" in answer.message
    typed = room.workshop.add_note("Typed on the laptop").note
    assert room.receive([Submission(two.id, typed.uid, "x")])[0].status == "refused"
    assert sorted(n.text for n in room.workshop.notes()) == ["Mine", "Typed on the laptop"]


@pytest.mark.parametrize("text, stored, message", [
    ("", None, "empty"), ("   \n\t ", None, "empty"),
    ("x" * (NOTE_LIMIT + 1), None, f"at most {NOTE_LIMIT}"),
    ("x" * NOTE_LIMIT, "x" * NOTE_LIMIT, ""),
    ("tab\x0bvertical\x00nul\x1b", "tab\nverticalnul", ""),
    ("مرحبا بالجميع", "مرحبا بالجميع", ""),
    ("Kids 👩‍👧 love it 🎉", "Kids 👩‍👧 love it 🎉", ""),
    ("<script>alert(1)</script> & <b>", "<script>alert(1)</script> & <b>", ""),
])
def test_bad_input_gets_a_clear_answer_and_text_is_cleaned_as_capture_cleans_it(
        room, text, stored, message):
    from facilitator.core.domain.text import clean_note_text

    _, phone = room.join(room.state().code)
    answer = room.receive([Submission(phone.id, key(), text)])[0]
    if stored is None:
        assert answer.status == "refused" and message in answer.message
        assert room.workshop.notes() == []
    else:
        assert answer.status == "stored"
        assert room.workshop.notes()[0].text == stored == clean_note_text(text).text


def test_a_note_without_a_proper_key_is_refused(room):
    _, phone = room.join(room.state().code)
    for bad in ("", "1", "'; drop table note; --", str(uuid.uuid4()).upper() + "x"):
        assert room.receive([Submission(phone.id, bad, "text")])[0].status == "refused"
    assert room.workshop.notes() == []


def test_closing_revokes_every_token_and_the_old_code_lets_nobody_in(room):
    code = room.state().code
    token, phone = room.join(code)
    assert room.close() == 1
    assert room.device(token) is None
    with pytest.raises(RoomRefused, match="closed"):
        room.join(code)
    answer = room.receive([Submission(phone.id, key(), "late")])[0]
    assert answer.status == "refused" and "closed" in answer.message
    room.open()  # a new code after a close; the old one and the old token are dead
    assert room.state().code != code
    assert room.device(token) is None
    with pytest.raises(RoomRefused, match="not the room's code"):
        room.join(code)


def test_pause_refuses_notes_with_a_message_and_keeps_the_phones(room):
    token, phone = room.join(room.state().code)
    room.set_paused(True)
    answer = room.receive([Submission(phone.id, key(), "during the pause")])[0]
    assert answer.status == "refused" and "paused" in answer.message
    assert room.device(token) == phone
    room.set_paused(False)
    assert room.receive([Submission(phone.id, key(), "after")])[0].status == "stored"


def test_after_a_crash_the_room_reopens_with_the_same_code_and_phones(workshop_path):
    ws = Workshop(open_store(workshop_path), device="laptop")
    room = Room(ws)
    code = room.open(port=8471).code
    token, phone = room.join(code)
    uid = key()
    room.receive([Submission(phone.id, uid, "Acknowledged before the crash")])
    ws.store.engine.dispose()  # the process dies: no close of the room
    ws.store._lock.release()
    again = Workshop(open_store(workshop_path), device="laptop")
    try:
        room2 = Room(again)
        info = room2.open()
        assert (info.code, info.port) == (code, 8471)
        assert room2.device(token) == phone
        assert [n.uid for n in again.notes()] == [uid]
        assert room2.receive([Submission(phone.id, uid, "resent")])[0].status == "already"
    finally:
        again.close()


def test_hide_is_logged_reversible_and_hidden_notes_leave_every_output(room, tmp_path):
    ws = room.workshop
    _, phone = room.join(room.state().code)
    answer = room.receive([Submission(phone.id, key(), "Call Zed on 07700 900123")])[0]
    kept = ws.add_note("The library is too cold").note
    theme = ws.synthesis.create_theme("Comfort", [answer.note_id, kept.id])
    hidden = room.hide(answer.note_id)
    assert [n.id for n in ws.notes()] == [kept.id]
    assert [n.id for n in room.hidden_notes()] == [answer.note_id]
    assert ws.change_log(1)[0]["action"] == "hide note"
    out = tmp_path / "notes.csv"
    csv_export.write_notes_csv(ws, out)
    assert "Zed" not in out.read_text(encoding="utf-8")
    assert "Zed" not in str(brief.brief_context(ws))
    assert not any("Zed" in str(d) for _, d in graph.build_graph(ws).nodes(data=True))
    restored = room.show_again(answer.note_id)
    assert restored.id == hidden.id and restored.uid == hidden.uid
    assert restored.theme_id == theme.theme_ids[0]
    assert room.hidden_notes() == [] and len(ws.notes()) == 2


def test_a_phone_edits_and_deletes_its_own_notes_only(room):
    _, one = room.join(room.state().code)
    _, two = room.join(room.state().code)
    uid = key()
    room.receive([Submission(one.id, uid, "Typo hre")])
    with pytest.raises(RoomRefused, match="not one of your notes"):
        room.edit_own(two, uid, "hijack")
    assert room.edit_own(one, uid, "Typo here").text == "Typo here"
    assert ws_log_devices(room)[-1] == one.name
    room.delete_own(one, uid)
    assert room.workshop.notes() == []
    assert room.receive([Submission(one.id, uid, "Typo here")])[0].status == "already"
    assert room.workshop.notes() == []


def ws_log_devices(room) -> list[str]:
    return [entry["device"] for entry in reversed(room.workshop.change_log(5))]


def test_a_phone_sees_only_the_title_the_prompt_its_own_notes_and_what_is_voted(room):
    ws = room.workshop
    ws.add_participant("R1", real_name="Zoë Lefèvre", email="zoe@example.org",
                       phone="07700 900123")
    activity = ws.add_activity("Silent brainstorm", prompt="What stops Zoë Lefèvre coming?")
    room.followed_activity = activity.id
    _, me = room.join(room.state().code)
    _, other = room.join(room.state().code)
    room.receive([Submission(me.id, key(), "Mine: write to zoe@example.org")])
    room.receive([Submission(other.id, key(), "Someone else's note")])
    ws.add_note("Typed by the note-taker")
    view = room.phone_view(me)
    assert view.prompt == "What stops [name] coming?"
    assert [n.text for n in view.notes] == ["Mine: write to [e-mail]"]
    assert view.solutions == () and not view.voting
    shown = repr(view)
    for secret in ("Zoë", "Lefèvre", "zoe@example.org", "07700", "Someone else", "Typed by"):
        assert secret not in shown


def test_voting_from_a_phone_waits_for_the_facilitator_and_totals_for_the_reveal(room):
    from facilitator.core.domain.develop import StepRuleError

    ws = room.workshop
    _, phone = room.join(room.state().code)
    with pytest.raises(StepRuleError):
        room.set_voting(True)
    ws.set_step(4)
    solution = ws.synthesis.add_solution("Open on Sundays")
    with pytest.raises(RoomRefused, match="not open"):
        room.vote(phone, solution.id, 1)
    room.set_voting(True)
    assert room.vote(phone, solution.id, 1) == 2
    assert room.vote(phone, solution.id, 1) == 1
    view = room.phone_view(phone)
    assert [(s.title, s.my_dots, s.total) for s in view.solutions] == [
        ("Open on Sundays", 2, None)]
    assert view.dots_left == 1
    ws.update_details(votes_revealed=True)
    assert room.phone_view(phone).solutions[0].total == 2
    assert room.vote(phone, solution.id, 1) == 0
    with pytest.raises(RoomRefused, match="used all"):
        room.vote(phone, solution.id, 1)
    assert ws.change_log(1)[0]["device"] == phone.name


def test_a_phone_may_pick_its_label_only_where_allowed_and_only_one_phone_each(room):
    ws = room.workshop
    person = ws.add_participant("R1", group="resident")
    _, one = room.join(room.state().code)
    _, two = room.join(room.state().code)
    with pytest.raises(RoomRefused, match="not allowed"):
        room.choose_label(one, person.id)
    room.set_allow_labels(True)
    assert [label for _, label in room.phone_view(one).labels] == ["R1"]
    one = room.choose_label(one, person.id)
    with pytest.raises(RoomRefused, match="Another phone"):
        room.choose_label(two, person.id)
    assert room.phone_view(two).labels == ()
    answer = room.receive([Submission(one.id, key(), "As R1")])[0]
    note = ws.note(answer.note_id)
    assert (note.participant_label, note.table_label, note.created_by) == ("R1", "",
                                                                          one.name)


def test_phone_text_replaces_registered_personal_data():
    from facilitator.core.domain.workshop import ParticipantData

    people = [ParticipantData(1, "R1", real_name="Ana Silva", email="ana@x.org")]
    assert phone_text("Ana said ana@x.org", people) == "[name] said [e-mail]"
    assert phone_text("Nothing personal", people) == "Nothing personal"
