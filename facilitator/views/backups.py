"""Backups while a workshop is open, File > Restore from backup…, and the offer of a backup
when a workshop file turns out to be damaged."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QVBoxLayout,
)

from facilitator.core.storage import backup
from facilitator.core.errors import FacilitatorError
from facilitator.views.record_panel import RecordTableModel, record_table

CHECK_EVERY_MS = 60_000
REASONS = {"auto": "while working", "close": "on closing", "pre-upgrade": "before an upgrade",
           "before-restore": "before a restore"}


class BackupKeeper(QObject):
    """Backs up one open workshop file: at most every ten minutes while it changes, and when
    it is closed after a change. A failure is reported once, never in the way of work."""

    made = Signal(str)
    failed = Signal(str)

    def __init__(self, path: Path, controller, parent=None, clock=time.monotonic):
        super().__init__(parent)
        self.path, self._clock = path, clock
        self._changed = False
        self._last = clock()
        controller.saved.connect(self._mark)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def _mark(self) -> None:
        self._changed = True

    def tick(self) -> None:
        if self._changed and self._clock() - self._last >= backup.INTERVAL.total_seconds():
            self.backup_now("auto")

    def backup_now(self, reason: str) -> Path | None:
        try:
            made = backup.make_backup(self.path, reason)
        except FacilitatorError as exc:
            self.failed.emit(str(exc))
            return None
        finally:
            self._last = self._clock()
        self._changed = False
        self.made.emit(str(made))
        return made

    def close(self) -> None:
        self.timer.stop()
        if self._changed:
            self.backup_now("close")


class RestoreDialog(QDialog):
    """The backups of a workshop, newest first, with their time and note counts."""

    def __init__(self, workshop: Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Restore from backup")
        self.backups = backup.list_backups(workshop)
        self.model = RecordTableModel([
            ("Made", lambda b: b.made.strftime("%a %d %b %Y, %H:%M:%S")),
            ("When", lambda b: REASONS.get(b.reason, b.reason)),
            ("Notes", lambda b: "damaged" if b.notes is None else b.notes)], self)
        self.model.set_records(self.backups)
        self.table = record_table(self.model, "Backups")
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _: self.accept())
        explanation = QLabel(
            f"Backups of '{workshop.name}'. Restoring puts the chosen backup in place of the "
            "workshop; the current file is kept beside it under a new name, never deleted."
            if self.backups else f"There are no backups of '{workshop.name}' yet.")
        explanation.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton("&Restore",
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(bool(self.backups))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        if self.backups:
            self.table.selectRow(0)
        self.resize(560, 380)

    def chosen(self) -> backup.BackupInfo | None:
        index = self.table.currentIndex()
        return self.backups[index.row()] if index.isValid() else None


def offer_backup_for_damaged(parent, path: Path, message: str) -> bool:
    """A damaged workshop: say so, and if a good backup exists offer to set the damaged file
    aside and put the backup in its place. True when the file was replaced."""
    newest = backup.newest_good(path)
    if newest is None:
        QMessageBox.warning(parent, "Cannot open the workshop",
                            f"{message}\n\nThere is no backup of it to go back to.")
        return False
    box = QMessageBox(QMessageBox.Icon.Warning, "The workshop file is damaged",
                      f"{message}\n\nThe newest good backup is from "
                      f"{newest.made:%a %d %b, %H:%M} with {newest.notes} "
                      f"note{'s' if newest.notes != 1 else ''}. Set the "
                      "damaged file aside (it is kept, renamed) and open the backup?",
                      QMessageBox.StandardButton.Cancel, parent)
    use = box.addButton("Open the backup", QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(use)
    box.exec()
    if box.clickedButton() is not use:
        return False
    try:
        aside = backup.restore(newest.path, path, why="damaged")
    except FacilitatorError as exc:
        QMessageBox.warning(parent, "Cannot restore the backup", str(exc))
        return False
    QMessageBox.information(parent, "Backup restored",
                            f"The damaged file was kept as '{aside.name}'.")
    return True
