"""Workshop files of every earlier format open, upgraded, with everything in them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from facilitator.core.domain.workshop import Workshop
from facilitator.core.storage import store
from facilitator.core.storage.store import SCHEMA_VERSION, integrity_check, open_store

FIXTURES = Path(__file__).parent / "fixtures"

# What each released format's fixture holds (tools/demo_workshop.py at that version).
EXPECTED = {1: {"notes": 24, "participants": 9, "activities": 3, "themes": 0},
            2: {"notes": 149, "participants": 9, "activities": 5, "themes": 17},
            3: {"notes": 149, "participants": 9, "activities": 5, "themes": 17},
            4: {"notes": 149, "participants": 9, "activities": 5, "themes": 13}}
# Format 4 added solutions' owners, next steps, due dates, matrix places and dot votes.
# Format 5 added the room (phones, their notes, hidden notes), revealed vote totals and
# whether a table's notes may be quoted.


@pytest.fixture
def fixture_copy(tmp_path, old_workshop):
    """fixture_copy(version): a workshop file of that earlier format in tmp_path."""
    return lambda version: old_workshop(version, tmp_path / f"schema-v{version}.workshop")


def schema_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(
            "SELECT value FROM schema_info WHERE key='schema_version'").fetchone()[0])
    finally:
        conn.close()


def table_names(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def test_there_is_a_fixture_for_every_earlier_format():
    assert set(EXPECTED) == set(range(1, SCHEMA_VERSION))
    for version in EXPECTED:
        assert (FIXTURES / f"schema-v{version}.sql").is_file()


@pytest.mark.parametrize("version", sorted(EXPECTED))
def test_old_format_opens_upgraded_with_the_same_counts(version, fixture_copy):
    path = fixture_copy(version)
    ws = Workshop(open_store(path))
    try:
        notes = ws.notes()
        assert len(notes) == EXPECTED[version]["notes"]
        assert len(ws.participants()) == EXPECTED[version]["participants"]
        assert len(ws.activities()) == EXPECTED[version]["activities"]
        assert len(ws.synthesis.themes()) == EXPECTED[version]["themes"]
        if version == 1:
            assert all(n.theme_id is None and not n.placed_by_hand for n in notes)
        # The new parts work at once on the upgraded file.
        ws.synthesis.create_theme("First theme", [notes[0].id])
        assert any(t.note_ids == (notes[0].id,) for t in ws.synthesis.themes())
        _, after = ws.update_details(contact="libraries@example.org")
        assert after.contact == "libraries@example.org"
        ws.set_step(4)
        solution = ws.synthesis.add_solution("A solution after the upgrade")
        ws.development.vote(solution.id, "Table 9")  # R1 may have used its dots
        _, placed = ws.synthesis.place(solution.id, 0.5, 0.5)
        assert (placed.votes, placed.impact) == (1, 0.5)
        # Format 5: the room opens on the upgraded file; totals start hidden.
        from facilitator.core.domain.room import Room, Submission

        assert ws.details().votes_revealed is False
        room = Room(ws)
        _, phone = room.join(room.open().code)
        answer = room.receive([Submission(phone.id, "0b5e7a52-1c1e-4b6a-9a55-8f0e7d9b1c2a",
                                          "From a phone")])[0]
        room.hide(answer.note_id)
        assert len(ws.notes()) == EXPECTED[version]["notes"]
        assert ws.update_details(votes_revealed=True)[1].votes_revealed
    finally:
        ws.close()
    assert schema_version(path) == SCHEMA_VERSION
    assert integrity_check(path) == "ok"


@pytest.mark.parametrize("version", sorted(EXPECTED))
def test_readonly_open_of_an_old_format_changes_nothing(version, fixture_copy):
    path = fixture_copy(version)
    before = path.read_bytes()
    ws = Workshop(open_store(path, readonly=True))
    try:
        assert len(ws.participants()) == EXPECTED[version]["participants"]
    finally:
        ws.close()
    assert schema_version(path) == version
    assert path.read_bytes() == before


def test_an_upgrade_that_fails_half_way_leaves_the_old_format(fixture_copy, monkeypatch):
    path = fixture_copy(1)
    real = store.MIGRATIONS[2]

    def breaks_after_creating_tables(conn):
        real(conn)  # tables made and columns added ...
        raise OSError("disk went away")  # ... then the upgrade is cut off

    monkeypatch.setitem(store.MIGRATIONS, 2, breaks_after_creating_tables)
    with pytest.raises(OSError):
        open_store(path)
    assert schema_version(path) == 1
    assert "theme" not in table_names(path)
    conn = sqlite3.connect(path)
    columns = {r[1] for r in conn.execute("PRAGMA table_info(note)")}
    conn.close()
    assert "theme_id" not in columns
    assert integrity_check(path) == "ok"
    monkeypatch.setitem(store.MIGRATIONS, 2, real)
    open_store(path).close()  # and the next attempt upgrades it
    assert schema_version(path) == SCHEMA_VERSION


def test_format_5_lets_the_workshop_say_whether_tables_may_be_quoted(fixture_copy):
    path = fixture_copy(4)
    ws = Workshop(open_store(path))
    try:
        assert ws.details().quote_tables is False  # upgraded files quote no table
        before, after = ws.update_details(quote_tables=True)
        assert (before.quote_tables, after.quote_tables) == (False, True)
        assert len(ws.notes()) == EXPECTED[4]["notes"]
        assert sum(s.votes for s in ws.synthesis.solutions()) > 0  # format 4's dots kept
    finally:
        ws.close()
    assert schema_version(path) == 5


def test_format_four_keeps_its_votes_and_matrix_places_through_the_upgrade(fixture_copy):
    path = fixture_copy(4)
    ws = Workshop(open_store(path))
    try:
        solutions = ws.synthesis.solutions()
        assert len(solutions) == 3
        assert sum(s.votes for s in solutions) == 27  # nine voters, three dots each
        assert all(s.impact is not None for s in solutions)
        assert ws.details().votes_revealed is False
    finally:
        ws.close()
