"""Shared fixtures. Core (no Qt) fixtures first; Qt fixtures may be added below them."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.core.store import create_workshop, open_store
from facilitator.core.workshop import Workshop


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
