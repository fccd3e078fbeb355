"""Backups while working, File > Restore from backup…, and a damaged file on open."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from facilitator.core.storage import backup
from facilitator.views.backups import BackupKeeper


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_backup_every_ten_minutes_while_changing_and_on_close(window, demo_file, qtbot):
    clock = Clock()
    keeper = BackupKeeper(demo_file, window.controller, window, clock=clock)
    window.session.backups.close()
    window.session.backups = keeper
    keeper.tick()
    assert backup.list_backups(demo_file) == []  # nothing changed yet
    window.controller.add_note("First note")
    clock.now = 5 * 60
    keeper.tick()
    assert backup.list_backups(demo_file) == []  # too soon
    clock.now = 10 * 60 + 1
    keeper.tick()
    backups = backup.list_backups(demo_file)
    assert [(b.reason, b.notes) for b in backups] == [("auto", 1)]
    clock.now = 25 * 60
    keeper.tick()
    assert len(backup.list_backups(demo_file)) == 1  # no change since: no new backup
    window.controller.add_note("Second note")
    window.close_workshop()
    reasons = [b.reason for b in backup.list_backups(demo_file)]
    assert reasons[0] == "close" and backup.list_backups(demo_file)[0].notes == 2


def test_restore_from_backup_puts_it_back_and_keeps_the_current_file(
        window, demo_file, qtbot, fill_next_dialog):
    window.controller.add_note("In the backup")
    window.session.backups.backup_now("auto")
    window.controller.add_note("Only in the current file")
    qtbot.wait(1100)  # backups are named by the second

    def choose_oldest(dialog):
        dialog.table.selectRow(dialog.model.rowCount() - 1)
        dialog.accept()

    fill_next_dialog(choose_oldest)
    window.restore_from_backup()
    assert [n.text for n in window.controller.workshop.notes()] == ["In the backup"]
    kept = list(demo_file.parent.glob("Library before restore *.workshop"))
    assert len(kept) == 1
    assert "previous file is kept" in window.statusBar().currentMessage()


def test_a_damaged_file_offers_the_newest_backup(make_window, demo_file, qtbot, monkeypatch):
    window = make_window()
    assert window.open_target(str(demo_file))
    window.controller.add_note("Saved before the damage")
    window.close_workshop()  # leaves a backup made on close
    data = bytearray(demo_file.read_bytes())
    data[100:4096] = b"\x00\xff" * 1998
    demo_file.write_bytes(bytes(data))
    answers = []

    def click_open(box):
        answers.append(box.text())
        for button in box.buttons():
            if button.text() == "Open the backup":
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_open)
    assert window.open_target(str(demo_file))
    assert "damaged" in answers[0] and "with 1 note." in answers[0]
    assert [n.text for n in window.controller.workshop.notes()] == ["Saved before the damage"]
    assert list(demo_file.parent.glob("Library damaged *.workshop"))
