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
