"""Every operation a user performs on a workshop."""

from __future__ import annotations

import pytest

from facilitator.core.domain.changes import (
    NoteAdded,
    NoteChanged,
    NoteDeleted,
    ParticipantAdded,
    WorkshopChanged,
)
from facilitator.core.domain.steps import Step
from facilitator.core.domain.workshop import (
    Change,
    EmptyNote,
    NoteFilter,
    NoteRow,
    SaveFailed,
    Workshop,
)
from facilitator.core.errors import InputError
from facilitator.core.storage.store import open_store


def reopen(ws: Workshop) -> Workshop:
    path = ws.store.path
    ws.close()
    return Workshop(open_store(path))


# --- workshop details and steps ----------------------------------------------------------


def test_details_of_new_workshop(workshop):
    details = workshop.details()
    assert details.title == "Test workshop"
    assert details.current_step == Step.INVOLVE


def test_update_details_returns_before_and_after_and_cleans(workshop):
    before, after = workshop.update_details(title="  New\ntitle ", place="Town hall")
    assert before.title == "Test workshop"
    assert after.title == "New title"
    assert workshop.details().place == "Town hall"


def test_update_details_refuses_empty_title_and_unknown_field(workshop):
    with pytest.raises(InputError):
        workshop.update_details(title="   ")
    with pytest.raises(InputError):
        workshop.update_details(colour="red")
    assert workshop.details().title == "Test workshop"


def test_the_language_is_english_by_default_and_only_a_known_one_is_taken(workshop):
    assert workshop.details().language == "en"
    before, after = workshop.update_details(language="fr")
    assert (before.language, after.language) == ("en", "fr")
    with pytest.raises(InputError, match="English, Français"):
        workshop.update_details(language="klingon")
    assert workshop.details().language == "fr"


def test_set_step_returns_previous_step_and_logs_it(workshop):
    assert workshop.set_step(Step.SYNTHESISE) == Step.INVOLVE
    assert workshop.set_step(2) == Step.SYNTHESISE
    assert workshop.details().current_step == Step.POSTPONE
    moves = [e for e in workshop.change_log() if e["action"] == "move to step"]
    assert [(m["detail"]["from_step"], m["detail"]["to_step"]) for m in moves] == [(3, 2), (1, 3)]
    assert moves[0]["device"] == "test-laptop"


def test_set_step_refuses_a_step_that_does_not_exist(workshop):
    with pytest.raises(ValueError):
        workshop.set_step(5)
    assert workshop.details().current_step == Step.INVOLVE


# --- participants ------------------------------------------------------------------------


def test_add_and_read_participant(workshop):
    added = workshop.add_participant(" R1 ", real_name="Ada", group="Resident", role="Explorer")
    assert added.label == "R1"
    assert added.group == "resident" and added.role == "explorer"
    assert workshop.participant(added.id) == added
    assert workshop.participants() == [added]


def test_duplicate_participant_label_is_refused_ignoring_case(workshop):
    workshop.add_participant("R1")
    with pytest.raises(InputError, match="already"):
        workshop.add_participant("r1")
    assert len(workshop.participants()) == 1


def test_participant_needs_a_label(workshop):
    with pytest.raises(InputError):
        workshop.add_participant("  ")


def test_update_participant_returns_before_and_after(workshop):
    p = workshop.add_participant("R1", group="resident")
    before, after = workshop.update_participant(p.id, label="R9", consent_quote=True)
    assert (before.label, before.consent_quote) == ("R1", False)
    assert (after.label, after.consent_quote, after.group) == ("R9", True, "resident")


def test_update_participant_to_taken_label_is_refused(workshop):
    workshop.add_participant("R1")
    p2 = workshop.add_participant("R2")
    with pytest.raises(InputError):
        workshop.update_participant(p2.id, label="R1")
    assert workshop.participant(p2.id).label == "R2"


def test_delete_and_restore_participant_keeps_id(workshop):
    p = workshop.add_participant("R1", real_name="Ada", email="ada@example.org")
    deleted = workshop.delete_participant(p.id)
    assert workshop.participants() == []
    assert workshop.restore_participant(deleted) == p
    assert workshop.participants() == [p]


def test_participant_with_notes_cannot_be_deleted(workshop):
    p = workshop.add_participant("R1")
    workshop.add_note("hello", participant_id=p.id)
    with pytest.raises(InputError, match="1 note"):
        workshop.delete_participant(p.id)
    assert workshop.participants() == [p]


def test_deleting_unknown_participant_is_input_error(workshop):
    with pytest.raises(InputError):
        workshop.delete_participant(999)


# --- activities --------------------------------------------------------------------------


def test_add_activity_uses_current_step_and_next_position(workshop):
    workshop.set_step(Step.POSTPONE)
    first = workshop.add_activity("World café", prompt="What matters?", planned_minutes=30)
    second = workshop.add_activity("Walk", step=Step.DEVELOP)
    assert (first.step, first.position) == (Step.POSTPONE, 1)
    assert (second.step, second.position) == (Step.DEVELOP, 2)
    assert workshop.activities() == [first, second]


def test_duplicate_activity_name_is_refused(workshop):
    workshop.add_activity("Walk")
    with pytest.raises(InputError):
        workshop.add_activity("walk")
    assert len(workshop.activities()) == 1


@pytest.mark.parametrize("minutes", [0, -5, 24 * 60 + 1])
def test_activity_minutes_out_of_range_are_refused(workshop, minutes):
    with pytest.raises(InputError):
        workshop.add_activity("Walk", planned_minutes=minutes)


def test_update_activity_returns_before_and_after(workshop):
    a = workshop.add_activity("Walk", step=1)
    before, after = workshop.update_activity(a.id, name="Long walk", step=3, planned_minutes=45)
    assert (before.name, before.step) == ("Walk", Step.INVOLVE)
    assert (after.name, after.step, after.planned_minutes) == ("Long walk", Step.SYNTHESISE, 45)


def test_update_activity_to_taken_name_is_refused(workshop):
    workshop.add_activity("Walk")
    b = workshop.add_activity("Talk")
    with pytest.raises(InputError):
        workshop.update_activity(b.id, name="WALK")
    with pytest.raises(InputError):
        workshop.update_activity(b.id, colour="red")
    assert workshop.activities()[1] == b


def test_delete_and_restore_activity_keeps_id_and_position(workshop):
    workshop.add_activity("Walk")
    a = workshop.add_activity("Talk", prompt="Tell us", planned_minutes=20)
    deleted = workshop.delete_activity(a.id)
    assert [x.name for x in workshop.activities()] == ["Walk"]
    assert workshop.restore_activity(deleted) == a


def test_activity_with_notes_cannot_be_deleted(workshop):
    a = workshop.add_activity("Walk")
    workshop.add_note("hello", activity_id=a.id)
    with pytest.raises(InputError):
        workshop.delete_activity(a.id)
    assert workshop.activities() == [a]


# --- notes -------------------------------------------------------------------------------


def test_add_note_stores_text_step_and_author(workshop):
    p = workshop.add_participant("R1", group="resident")
    a = workshop.add_activity("Walk")
    added = workshop.add_note("  More benches  ", participant_id=p.id, activity_id=a.id)
    note = added.note
    assert added.cleaned == 0
    assert (note.text, note.author, note.group, note.activity_name) == (
        "More benches", "R1", "resident", "Walk")
    assert note.step == Step.INVOLVE
    assert note.created_by == "test-laptop"
    assert workshop.note(note.id) == note


def test_note_takes_the_current_step_by_default(workshop):
    workshop.set_step(Step.DEVELOP)
    assert workshop.add_note("idea").note.step == Step.DEVELOP
    assert workshop.add_note("earlier", step=2).note.step == Step.POSTPONE


@pytest.mark.parametrize("blank", ["", "   ", "\n\t ", "\x00\x0b"])
def test_empty_note_is_refused_and_nothing_stored(workshop, blank):
    with pytest.raises(EmptyNote):
        workshop.add_note(blank)
    assert workshop.note_count() == 0
    assert not [e for e in workshop.change_log() if e["action"] == "add note"]


def test_ten_thousand_character_note_is_kept_exactly(workshop):
    text = ("abcdefghij" * 1000)[:9_999] + "Z"
    note_id = workshop.add_note(text).note.id
    workshop = reopen(workshop)
    try:
        assert workshop.note(note_id).text == text
        assert len(workshop.note(note_id).text) == 10_000
    finally:
        workshop.close()


UNUSUAL = [
    "Buses 🚌 every 10 minutes 👩🏽‍🦽🇬🇧",
    "نحتاج إلى مكتبة أكبر",
    "אנחנו צריכים ספרייה",
    "cafe\u0301 with n\u0303 and a\u030a",
]


@pytest.mark.parametrize("text", UNUSUAL)
def test_unusual_text_round_trips_after_reopening(workshop, text):
    added = workshop.add_note(text)
    assert added.note.text == text and added.cleaned == 0
    workshop = reopen(workshop)
    try:
        assert workshop.note(added.note.id).text == text
    finally:
        workshop.close()


def test_control_characters_are_cleaned_and_counted(workshop):
    added = workshop.add_note("a\x00b\x0bc\x1bd\ufffe")
    assert added.note.text == "ab\ncd"
    assert added.cleaned == 4
    assert workshop.note(added.note.id).text == "ab\ncd"


def test_note_with_unknown_participant_is_refused(workshop):
    with pytest.raises(SaveFailed):
        workshop.add_note("hello", participant_id=42)
    assert workshop.note_count() == 0


def test_update_note_returns_before_and_after(workshop):
    p = workshop.add_participant("R1")
    note = workshop.add_note("first").note
    before, after = workshop.update_note(note.id, text=" second ", participant_id=p.id, step=3)
    assert (before.text, before.author, before.step) == ("first", "", Step.INVOLVE)
    assert (after.text, after.author, after.step) == ("second", "R1", Step.SYNTHESISE)
    assert workshop.note(note.id) == after
    assert (after.uid, after.created_at) == (note.uid, note.created_at)


def test_update_note_cannot_empty_it(workshop):
    note = workshop.add_note("keep me").note
    with pytest.raises(EmptyNote):
        workshop.update_note(note.id, text="  ")
    assert workshop.note(note.id).text == "keep me"


def test_delete_and_restore_note_keeps_id_uid_and_time(workshop):
    workshop.add_note("one")
    note = workshop.add_note("two", table_label="Table 1").note
    workshop.add_note("three")
    deleted = workshop.delete_note(note.id)
    assert [n.text for n in workshop.notes()] == ["one", "three"]
    with pytest.raises(InputError):
        workshop.note(note.id)
    restored = workshop.restore_note(deleted)
    assert (restored.id, restored.uid, restored.created_at) == (note.id, note.uid,
                                                                 note.created_at)
    assert workshop.note(note.id) == note
    assert [n.text for n in workshop.notes()] == ["one", "two", "three"]


def test_operations_are_written_to_the_change_log(workshop):
    note = workshop.add_note("x").note
    workshop.update_note(note.id, text="y")
    workshop.delete_note(note.id)
    log = workshop.change_log()
    assert [e["action"] for e in log[:3]] == ["delete note", "edit note", "add note"]
    assert all(e["target_id"] == note.id for e in log[:3])


# --- filtering ---------------------------------------------------------------------------


@pytest.fixture
def filled(workshop):
    ada = workshop.add_participant("Ada", group="resident")
    pro = workshop.add_participant("P1", group="professional")
    walk = workshop.add_activity("Walk")
    workshop.add_note("Longer OPENING hours", participant_id=ada.id, activity_id=walk.id)
    workshop.add_note("Quiet room", participant_id=pro.id, step=2)
    workshop.add_note("More staff", table_label="Table 3", activity_id=walk.id, step=2)
    return workshop, walk


def texts(notes):
    return [n.text for n in notes]


def test_filter_by_text_ignores_case(filled):
    workshop, _ = filled
    assert texts(workshop.notes(NoteFilter(text="opening"))) == ["Longer OPENING hours"]


def test_filter_by_text_matches_author(filled):
    workshop, _ = filled
    assert texts(workshop.notes(NoteFilter(text="ada"))) == ["Longer OPENING hours"]
    assert texts(workshop.notes(NoteFilter(text="table 3"))) == ["More staff"]


def test_filter_by_group_step_and_activity(filled):
    workshop, walk = filled
    assert texts(workshop.notes(NoteFilter(group="Professional"))) == ["Quiet room"]
    assert texts(workshop.notes(NoteFilter(step=Step.POSTPONE))) == ["Quiet room", "More staff"]
    assert texts(workshop.notes(NoteFilter(activity_id=walk.id))) == [
        "Longer OPENING hours", "More staff"]
    assert texts(workshop.notes(NoteFilter(step=Step.POSTPONE, activity_id=walk.id))) == [
        "More staff"]


def test_empty_filter_returns_all_notes(filled):
    workshop, _ = filled
    assert NoteFilter().is_empty
    assert len(workshop.notes(NoteFilter())) == 3 == workshop.note_count()


# --- listeners ---------------------------------------------------------------------------


def test_listeners_receive_typed_changes_after_each_commit(workshop):
    seen: list[tuple[Change, ...]] = []
    workshop.add_listener(seen.append)
    p = workshop.add_participant("R1")
    note = workshop.add_note("hi", participant_id=p.id).note
    before, after = workshop.update_note(note.id, text="hello")
    workshop.delete_note(note.id)
    old_step = workshop.details()
    workshop.set_step(2)
    assert seen == [
        (ParticipantAdded(p, device="test-laptop"),),
        (NoteAdded(note, device="test-laptop"),),
        (NoteChanged(before, after, device="test-laptop"),),
        (NoteDeleted(after, device="test-laptop"),),
        (WorkshopChanged(old_step, workshop.details(), device="test-laptop"),),
    ]
    assert [(c.kind, c.action, c.ids) for (c,) in seen] == [
        ("participant", "added", (p.id,)), ("note", "added", (note.id,)),
        ("note", "changed", (note.id,)), ("note", "deleted", (note.id,)),
        ("workshop", "changed", ())]


def test_a_phone_writing_through_the_workshop_is_named_in_its_changes(workshop):
    seen: list[tuple[Change, ...]] = []
    workshop.add_listener(seen.append)
    phone = workshop.as_device("Phone 3")
    added = phone.add_note("from the phone").note
    assert seen == [(NoteAdded(added, device="Phone 3"),)]
    assert added.created_by == "Phone 3"


def test_an_import_is_one_publication_of_every_note_and_record_it_made(workshop):
    from facilitator.core.domain.changes import ActivityAdded

    seen: list[tuple[Change, ...]] = []
    workshop.add_listener(seen.append)
    workshop.import_notes([NoteRow(1, "one", participant="R1", activity="Walk"),
                           NoteRow(2, "two", participant="R1", activity="Walk")])
    (batch,) = seen
    assert [type(c).__name__ for c in batch] == ["ParticipantAdded", "ActivityAdded",
                                                  "NoteAdded", "NoteAdded"]
    assert [c.note.text for c in batch if isinstance(c, NoteAdded)] == ["one", "two"]
    assert isinstance(batch[1], ActivityAdded) and batch[1].activity.name == "Walk"


def test_removed_listener_hears_nothing_and_failed_operation_notifies_nobody(workshop):
    seen: list[Change] = []
    workshop.add_listener(seen.append)
    with pytest.raises(EmptyNote):
        workshop.add_note(" ")
    workshop.remove_listener(seen.append)
    workshop.add_note("quiet")
    assert seen == []


def test_loose_note_changes_are_those_of_notes_outside_every_theme_and_insight(workshop):
    from dataclasses import replace

    from facilitator.core.domain.changes import NotesPlaced, ThemesChanged, loose_note_changes

    loose = workshop.add_note("Buses are late").note
    themed, supporting = replace(loose, theme_id=3), replace(loose, supports=(2,))
    placed = NotesPlaced(places=((loose.id, None, (10.0, 20.0)),))
    edited = NoteChanged(before=loose, after=replace(loose, text="Buses are always late"))
    assert loose_note_changes([NoteAdded(note=loose), placed, edited, NoteDeleted(note=loose)]) \
        == [NoteAdded(note=loose), edited, NoteDeleted(note=loose)]
    assert loose_note_changes([placed]) == []
    assert loose_note_changes([NoteAdded(note=themed)]) is None
    assert loose_note_changes([NoteDeleted(note=supporting)]) is None
    assert loose_note_changes([NoteChanged(before=loose, after=themed)]) is None  # into a theme
    assert loose_note_changes([NoteChanged(before=themed, after=loose)]) is None  # out of one
    theme = workshop.synthesis.create_theme("Buses", [loose.id])
    assert loose_note_changes([ThemesChanged(change=theme)]) is None


# --- import ------------------------------------------------------------------------------


def test_import_creates_notes_participants_and_activities(workshop):
    workshop.add_participant("R1")
    rows = [
        NoteRow(2, "Bus\x0bstop", participant="r1", activity="Walk", step=Step.POSTPONE),
        NoteRow(3, "Bench", participant="R2", group="Resident", activity="walk"),
        NoteRow(4, "Lights"),
    ]
    summary = workshop.import_notes(rows)
    assert (summary.notes, summary.participants_created, summary.activities_created,
            summary.cleaned) == (3, 1, 1, 1)
    notes = workshop.notes()
    assert [(n.text, n.author, n.activity_name, n.step) for n in notes] == [
        ("Bus\nstop", "R1", "Walk", Step.POSTPONE),
        ("Bench", "R2", "Walk", Step.POSTPONE),  # no step given: its activity's step
        ("Lights", "", "", Step.INVOLVE),  # no activity: the workshop's current step
    ]
    assert [p.group for p in workshop.participants() if p.label == "R2"] == ["resident"]


def test_a_notes_step_follows_its_activity_wherever_it_is_made(workshop):
    walk = workshop.add_activity("Walk", step=Step.POSTPONE)
    assert workshop.details().current_step == Step.INVOLVE
    typed = workshop.add_note("typed", activity_id=walk.id).note
    workshop.import_notes([NoteRow(1, "imported", activity="walk")])
    loose = workshop.add_note("no activity").note
    imported = next(n for n in workshop.notes() if n.text == "imported")
    assert (typed.step, imported.step, loose.step) == (Step.POSTPONE, Step.POSTPONE,
                                                       Step.INVOLVE)
    given = workshop.add_note("said in step 3", activity_id=walk.id, step=3).note
    assert given.step == Step.SYNTHESISE  # a step given on purpose is kept


@pytest.mark.parametrize("bad_row", [
    NoteRow(4, "   ", participant="R9"),
    NoteRow(4, "group without a person", group="resident"),
])
def test_import_with_a_bad_row_stores_nothing(workshop, bad_row):
    workshop.add_note("already there")
    rows = [NoteRow(2, "fine", participant="New person", activity="New activity"),
            NoteRow(3, "also fine", participant="Other", activity="Other activity"),
            bad_row]
    with pytest.raises(InputError, match="Line 4"):
        workshop.import_notes(rows)
    assert texts(workshop.notes()) == ["already there"]
    assert workshop.participants() == []
    assert workshop.activities() == []


def test_readonly_workshop_refuses_changes(workshop_path):
    ws = Workshop(open_store(workshop_path, readonly=True))
    try:
        with pytest.raises(SaveFailed):
            ws.add_note("hello")
        assert ws.note_count() == 0
    finally:
        ws.close()


@pytest.mark.parametrize("first, second", [("Émile", "émile"), ("émile", "ÉMILE")])
def test_duplicate_non_ascii_label_is_refused_either_way(workshop, first, second):
    workshop.add_participant(first)
    with pytest.raises(InputError):
        workshop.add_participant(second)
    workshop.add_activity(first)
    with pytest.raises(InputError):
        workshop.add_activity(second)
    assert len(workshop.participants()) == 1 and len(workshop.activities()) == 1


def test_activities_move_up_and_down_the_agenda_and_stop_at_the_ends(workshop):
    ids = [workshop.add_activity(name).id for name in ("A", "B", "C")]
    assert workshop.move_activity(ids[0], -1) is None  # already first
    assert workshop.move_activity(ids[0], +1) == ids[1]
    assert [a.name for a in workshop.activities()] == ["B", "A", "C"]
    assert workshop.move_activity(ids[2], +1) is None
    workshop.move_activity(ids[0], -1)
    assert [a.name for a in workshop.activities()] == ["A", "B", "C"]
    assert workshop.change_log()[0]["action"] == "move activity"


def test_a_new_note_is_stored_at_a_free_spot_below_everything_on_the_board(workshop):
    from facilitator.core.domain.board import NOTE_H, NOTE_W

    first = workshop.add_note("one").note
    second = workshop.add_note("two").note
    assert first.pos_x is not None and second.pos_y == first.pos_y  # side by side...
    assert second.pos_x >= first.pos_x + NOTE_W  # ...with no overlap
    workshop.place_notes({first.id: (400.0, 2000.0)})  # dragged far down the board
    third = workshop.add_note("three").note
    assert third.pos_y >= 2000.0 + NOTE_H  # below the note moved there, not over it
    workshop.import_notes([NoteRow(1, "four"), NoteRow(2, "five")])
    four, five = workshop.notes()[-2:]
    assert four.pos_y == five.pos_y == third.pos_y  # the same row goes on
    assert third.pos_x + NOTE_W <= four.pos_x and four.pos_x + NOTE_W <= five.pos_x
