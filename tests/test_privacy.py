"""Finding personal data in note texts, and taking it out of an export."""

from dataclasses import dataclass

from facilitator.core.privacy import redact, scan


@dataclass
class Person:
    label: str
    real_name: str = ""
    email: str = ""
    phone: str = ""


@dataclass
class Note:
    id: int
    text: str


PEOPLE = [Person("R1", "Jane Okafor", "jane@example.org", "07700 900123"), Person("R2")]


def test_registered_names_whole_or_in_part_are_found_as_whole_words():
    notes = [Note(1, "jane okafor said the bus is late"), Note(2, "Okafor agreed"),
             Note(3, "Janet likes the café"), Note(4, "Ask Jane")]
    found = scan(notes, PEOPLE)
    names = {(f.text, f.note_ids, f.owner) for f in found if f.kind == "name"}
    assert names == {("jane okafor", (1,), "R1"), ("Okafor", (2,), "R1"), ("Jane", (4,), "R1")}


def test_emails_and_phone_numbers_are_found_in_any_common_format():
    notes = [Note(1, "Mail me: jane@example.org or j.o+lib@mail.co.uk"),
             Note(2, "Call 07700 900123, +44 7700 900 123, (01632) 960-001 or 06 12 34 56 78"),
             Note(3, "Open 9am-5pm, since 2026-11-21, room 12, 4–6pm, costs £4.50")]
    found = scan(notes, PEOPLE)
    emails = [f.text for f in found if f.kind == "email"]
    phones = [f.text for f in found if f.kind == "phone"]
    assert emails == ["j.o+lib@mail.co.uk", "jane@example.org"]
    assert sorted(phones) == sorted(["07700 900123", "+44 7700 900 123", "(01632) 960-001",
                                     "06 12 34 56 78"])
    assert all(3 not in f.note_ids for f in found)  # times, dates and prices are not phones
    assert next(f for f in found if f.text == "07700 900123").owner == "R1"


def test_redaction_replaces_every_occurrence_and_nothing_else():
    notes = [Note(1, "Jane Okafor (jane@example.org, 07700 900123) says Jane knows best")]
    found = scan(notes, PEOPLE)
    assert redact(notes[0].text, found) == "[name] ([e-mail], [phone]) says [name] knows best"
    assert redact(notes[0].text, []) == notes[0].text


def test_no_participants_and_no_notes_find_nothing():
    assert scan([], []) == []
    assert scan([Note(1, "")], [Person("R1", "   ")]) == []
