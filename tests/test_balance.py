"""Voice balance: notes by group and participant, the loudest 20%, the silent."""

from dataclasses import dataclass

from facilitator.core.analysis.balance import counted_balance, describe, note_counts


def balance_of(notes, participants, activity_id=None):
    return counted_balance(note_counts(notes), participants, activity_id)


@dataclass
class P:
    id: int
    label: str
    group: str = ""
    real_name: str = ""


@dataclass
class N:
    participant_id: int | None
    activity_id: int | None = None


PEOPLE = [P(1, "S1", "professional", "Dr Secret"), P(2, "S2", "professional"),
          P(3, "R1", "resident"), P(4, "R2", "resident"), P(5, "R3", "resident"),
          P(6, "C1", "commissioner"), P(7, "X1")]


def test_counts_by_group_and_person_with_the_loudest_share():
    notes = [N(1)] * 12 + [N(2)] * 4 + [N(3)] * 2 + [N(4)] + [N(None)] * 3
    balance = balance_of(notes, PEOPLE)
    assert balance.notes == 22 and balance.table_notes == 3
    groups = {g.group: (g.registered, g.speaking, g.notes) for g in balance.groups}
    assert groups == {"professional": (2, 2, 16), "resident": (3, 2, 3),
                      "commissioner": (1, 0, 0), "no group": (1, 0, 0)}
    assert balance.groups[0].group == "professional"
    assert balance.people[0] == ("S1", "professional", 12)
    # 4 people wrote: the top 20% is 1 person, with 12 of the 19 participant notes.
    assert balance.loudest == 1
    assert round(balance.loudest_notes_share, 3) == round(12 / 19, 3)
    # A participant with no group recorded is of an unknown group, never a silent group.
    assert balance.silent_groups == ("commissioner",)
    assert balance.silent_people == 3
    text = " ".join(describe(balance))
    assert "The 1 most active person (top 20% of those who wrote) wrote 63%" in text
    assert "Registered but no notes yet: commissioner (1)." in text
    assert "3 notes from tables" in text
    assert "Dr Secret" not in repr(balance)  # labels only, never real names


def test_per_activity_and_empty():
    notes = [N(1, activity_id=1), N(3, activity_id=2), N(3, activity_id=2)]
    balance = balance_of(notes, PEOPLE, activity_id=2)
    assert balance.notes == 2 and balance.people[0] == ("R1", "resident", 2)
    empty = balance_of([], [])
    assert empty.loudest == 0 and empty.loudest_notes_share == 0.0
    assert describe(empty) == ["No notes yet."]
