"""When writing fails, the status says NOT SAVED at once, what was typed stays, and it is
written once the problem is gone; a workshop file deleted while open is written back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy.exc import OperationalError


def test_a_failed_write_shows_not_saved_and_keeps_the_text(window, qtbot, monkeypatch):
    store = window.controller.workshop.store
    real = store.sessions.begin

    def disk_full():
        raise OperationalError("INSERT", {}, Exception("database or disk is full"))

    monkeypatch.setattr(store.sessions, "begin", disk_full)
    capture = window.page.capture
    capture.entry.setFocus()
    qtbot.keyClicks(capture.entry, "Buses stop at six")
    qtbot.keyClick(capture.entry, Qt.Key.Key_Return)
    assert window.saved_label.text() == "NOT SAVED"
    assert "disk is full" in window.saved_label.toolTip()
    assert capture.entry.text() == "Buses stop at six"  # nothing lost
    assert window.controller.workshop.notes() == []
    monkeypatch.setattr(store.sessions, "begin", real)  # space is freed
    qtbot.keyClick(capture.entry, Qt.Key.Key_Return)
    assert [n.text for n in window.controller.workshop.notes()] == ["Buses stop at six"]
    assert window.saved_label.text().startswith("Saved")
    assert capture.entry.text() == ""


def test_a_workshop_file_deleted_while_open_is_written_back(window, demo_file, qtbot):
    window.controller.add_note("Typed before the file vanished")
    demo_file.unlink()
    qtbot.waitUntil(lambda: demo_file.exists(), timeout=3000)
    qtbot.waitUntil(lambda: window.controller is not None
                    and window.controller.workshop.store.path == demo_file, timeout=3000)
    assert [n.text for n in window.controller.workshop.notes()] == [
        "Typed before the file vanished"]
    assert "written back" in window.statusBar().currentMessage()
    window.controller.add_note("And after")
    assert len(window.controller.workshop.notes()) == 2
