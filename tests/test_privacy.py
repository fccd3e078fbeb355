"""Finding personal data in note texts, and taking it out of an export."""

from dataclasses import dataclass

from facilitator.core.domain.privacy import redact, scan


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


# --- names as people write them ------------------------------------------------------------

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.core.domain.privacy import PrivacyRule, fold

ZOE = [Person("R1", "Zoë Lefèvre", "zoe@example.org", "+44 7700 900123")]


def test_the_forms_people_write_are_found_and_listed_as_one_finding():
    forms = ["ZOE LEFEVRE", "zoe lefevre", unicodedata.normalize("NFD", "Zoë Lefèvre"),
             "Zoë Lefèvre", "zoe.lefevre@council.example"]
    found = scan([Note(i, f"{form} asked for buses") for i, form in enumerate(forms)], ZOE)
    names = [f for f in found if f.kind == "name"]
    assert len(names) == 1 and names[0].owner == "R1"
    assert names[0].note_ids == (0, 1, 2, 3, 4)
    assert set(names[0].forms) == {"ZOE LEFEVRE", "zoe lefevre", forms[2], "Zoë Lefèvre",
                                   "zoe.lefevre"}
    # What the export dialog ticks takes out every form, not only the first.
    assert {redact(f"{form} asked", names) for form in forms[:4]} == {"[name] asked"}


def test_possessives_and_parts_of_a_name_but_not_longer_words():
    rule = PrivacyRule(tuple(ZOE))
    assert rule.text("Zoë's idea and LEFÈVRE’s dog") == "[name]'s idea and [name]’s dog"
    assert rule.text("Zoey and Lefèvres-sur-Mer, zoology") == (
        "Zoey and Lefèvres-sur-Mer, zoology")
    assert rule.text("zoe_lefevre2 and zoelefevre") == "[name]2 and [name]"


@st.composite
def written_name(draw):
    """The registered name as anyone might type it: each letter in any case, in any
    Unicode normal form, accents kept or dropped, first, last or both names."""
    words = draw(st.sampled_from([["Zoë", "Lefèvre"], ["Zoë"], ["Lefèvre"],
                                  ["Lefèvre", "Zoë"]]))
    out = []
    for word in words:
        if draw(st.booleans()):
            word = "".join(c for c in unicodedata.normalize("NFD", word)
                           if not unicodedata.combining(c))
        word = "".join(c.upper() if draw(st.booleans()) else c.lower() for c in word)
        out.append(unicodedata.normalize(draw(st.sampled_from(["NFC", "NFD", "NFKC", "NFKD"])),
                                         word))
    gap = draw(st.sampled_from([" ", "  ", "\t", " \n"]))
    return gap.join(out) + draw(st.sampled_from(["", "'s", "’s", ",", "."]))


@settings(max_examples=300, deadline=None)
@given(name=written_name(), before=st.sampled_from(["", "Ask ", "(", "« ", "—"]),
       after=st.sampled_from(["", " said so", ")", " »", "!"]))
def test_a_registered_name_never_survives_the_rule(name, before, after):
    out = PrivacyRule(tuple(ZOE)).text(f"{before}{name}{after} about the bus")
    assert "[name]" in out
    assert "zoe" not in fold(out) and "lefevre" not in fold(out)
    assert out.endswith("about the bus")


def test_a_registered_phone_written_nationally_is_still_hers():
    found = scan([Note(1, "Call 07700-900-123 tonight")], ZOE)
    assert [(f.kind, f.owner) for f in found] == [("phone", "R1")]
