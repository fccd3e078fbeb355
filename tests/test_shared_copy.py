"""Copying a workshop between a file and a real PostgreSQL server, and back, whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from facilitator.app import main
from facilitator.core.domain.workshop import Workshop
from facilitator.core.errors import DatabaseUnreachable, WorkshopFileError
from facilitator.core.storage.model import Base
from facilitator.core.storage.store import copy_workshop, open_store


def _plain(value) -> str:
    """A value as text; times in UTC without a zone (SQLite keeps them that way)."""
    from datetime import datetime, timezone

    if isinstance(value, datetime) and value.tzinfo is not None:
        value = value.astimezone(timezone.utc).replace(tzinfo=None)
    return str(value)


def all_rows(url_or_path: str) -> dict[str, list[tuple]]:
    url = url_or_path if "://" in url_or_path else f"sqlite:///{url_or_path}"
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {t.name: sorted((tuple(_plain(v) for v in r) for r in conn.execute(
                t.select())), key=repr) for t in Base.metadata.sorted_tables}
    finally:
        engine.dispose()


@pytest.fixture
def rich_file(tmp_path, old_workshop) -> Path:
    """The 150-note demo (themes, insights, solutions, links), upgraded, with votes."""
    path = old_workshop(3, tmp_path / "demo.workshop")
    ws = Workshop(open_store(path))
    try:
        ws.set_step(4)
        solution = ws.synthesis.solutions()[0].id
        ws.development.vote(solution, "R1")
        ws.development.vote(solution, "Table 2")
    finally:
        ws.close()
    return path


def test_a_file_goes_to_the_server_and_back_with_everything(rich_file, postgres_url, tmp_path):
    shown = copy_workshop(str(rich_file), postgres_url)
    assert shown.startswith("postgresql+psycopg://facilitator@")
    before = all_rows(str(rich_file))
    assert all_rows(postgres_url) == before
    assert len(before["note"]) == 149 and before["vote"] and before["change_log"]
    back = tmp_path / "back.workshop"
    copy_workshop(postgres_url, str(back))
    assert all_rows(str(back)) == before


def test_new_rows_on_the_server_are_numbered_after_the_copied_ones(rich_file, postgres_url):
    copy_workshop(str(rich_file), postgres_url)
    ws = Workshop(open_store(postgres_url), device="Table 3")
    try:
        note = ws.add_note("Typed on the shared workshop").note
        assert note.id == 150
        assert ws.note(note.id).created_by == "Table 3"
        assert ws.synthesis.create_theme("New on the server", [note.id]).theme_ids
    finally:
        ws.close()


def test_the_command_line_copies_and_refuses_to_overwrite(rich_file, postgres_url, tmp_path,
                                                         capsys):
    assert main(["copy", str(rich_file), postgres_url]) == 0
    assert "Copied to postgresql+psycopg://" in capsys.readouterr().out
    assert main(["copy", str(rich_file), postgres_url]) == 1  # not empty any more
    assert "is not empty" in capsys.readouterr().err
    assert main(["copy", postgres_url, str(rich_file)]) == 1  # an existing file
    assert "already exists" in capsys.readouterr().err


def test_an_unreachable_server_is_explained_without_the_password(rich_file):
    url = "postgresql+psycopg://facilitator:s3cret-pass@127.0.0.1:1/nowhere"
    with pytest.raises(DatabaseUnreachable) as info:
        copy_workshop(str(rich_file), url)
    assert "s3cret-pass" not in str(info.value)
    assert "Could not reach" in str(info.value)


def test_copying_a_file_to_a_file_keeps_everything_too(rich_file, tmp_path):
    target = tmp_path / "copy.workshop"
    assert copy_workshop(str(rich_file), str(target)) == "copy.workshop"
    assert all_rows(str(target)) == all_rows(str(rich_file))
    with pytest.raises(WorkshopFileError, match="already exists"):
        copy_workshop(str(rich_file), str(target))


def test_the_server_copy_passes_a_consistency_check(rich_file, postgres_url):
    copy_workshop(str(rich_file), postgres_url)
    engine = create_engine(postgres_url)
    try:
        with engine.connect() as conn:
            orphans = conn.execute(text(
                "SELECT count(*) FROM note WHERE theme_id IS NOT NULL AND theme_id NOT IN "
                "(SELECT id FROM theme)")).scalar()
    finally:
        engine.dispose()
    assert orphans == 0
