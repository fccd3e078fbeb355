"""The lock belongs to the workshop file itself: a symlink or a hard link to an open
workshop is refused like the file's own name, in this process and in another."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from facilitator.core.domain.workshop import Workshop
from facilitator.core.storage.lock import WorkshopLocked
from facilitator.core.storage.store import open_store

SECOND_WRITER = """
import sys
from facilitator.core.errors import FacilitatorError
from facilitator.core.storage.store import open_store
from facilitator.core.domain.workshop import Workshop
try:
    ws = Workshop(open_store(sys.argv[1]), device="second laptop")
except FacilitatorError as exc:
    print("refused:", exc)
    sys.exit(3)
ws.add_note("written by a second writer")
ws.close()
print("wrote")
"""


def other_names(workshop_path, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    symlink = elsewhere / "shortcut.workshop"
    symlink.symlink_to(workshop_path)
    hardlink = elsewhere / "same-file.workshop"
    os.link(workshop_path, hardlink)
    relative = os.path.relpath(workshop_path, tmp_path)
    return {"symlink": symlink, "hard link": hardlink,
            "another spelling": tmp_path / "elsewhere" / ".." / relative}


@pytest.mark.parametrize("kind", ["symlink", "hard link", "another spelling"])
def test_any_name_of_an_open_workshop_is_refused_here(workshop_path, tmp_path, kind):
    first = Workshop(open_store(workshop_path))
    try:
        name = other_names(workshop_path, tmp_path)[kind]
        with pytest.raises(WorkshopLocked, match="already open in Facilitator \\(process"):
            open_store(name)
    finally:
        first.close()
    again = open_store(name)  # and once the first has closed, the other name opens
    again.close()


@pytest.mark.parametrize("kind", ["symlink", "hard link"])
def test_a_second_process_is_refused_through_a_link_and_writes_nothing(workshop_path,
                                                                       tmp_path, kind):
    first = Workshop(open_store(workshop_path))
    try:
        first.add_note("the only writer")
        name = other_names(workshop_path, tmp_path)[kind]
        run = subprocess.run([sys.executable, "-c", SECOND_WRITER, str(name)],
                             capture_output=True, text=True, timeout=60)
        assert run.returncode == 3, run.stdout + run.stderr
        assert "is already open in Facilitator" in run.stdout
        assert str(os.getpid()) in run.stdout  # the holder is named
        assert [n.text for n in first.notes()] == ["the only writer"]
    finally:
        first.close()
