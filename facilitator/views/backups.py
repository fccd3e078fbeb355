"""Backups while a workshop is open, File > Restore from backup…, and the offer of a backup
when a workshop file turns out to be damaged."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QObject,
    QTimer,
    Signal,
)
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
REASONS = {"auto": QT_TRANSLATE_NOOP("RestoreDialog", "while working"),
           "close": QT_TRANSLATE_NOOP("RestoreDialog", "on closing"),
           "pre-upgrade": QT_TRANSLATE_NOOP("RestoreDialog", "before an upgrade"),
           "before-restore": QT_TRANSLATE_NOOP("RestoreDialog", "before a restore")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("RestoreDialog", text)


def _when(moment, pattern: str) -> str:
    """A backup's time as the language writes it (the pattern is translated too)."""
    return QLocale().toString(moment, _tr(pattern))


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
        self.setWindowTitle(self.tr("Restore from backup"))
        self.backups = backup.list_backups(workshop)
        self.model = RecordTableModel([
            (self.tr("Made"), lambda b: _when(b.made, QT_TRANSLATE_NOOP(
                "RestoreDialog", "ddd dd MMM yyyy, HH:mm:ss"))),
            (self.tr("When"), lambda b: self.tr(REASONS[b.reason]) if b.reason in REASONS
             else b.reason),
            (self.tr("Notes"), lambda b: self.tr("damaged") if b.notes is None else b.notes)],
            self)
        self.model.set_records(self.backups)
        self.table = record_table(self.model, self.tr("Backups"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _: self.accept())
        explanation = QLabel(
            self.tr("Backups of '{0}'. Restoring puts the chosen backup in place of the "
                    "workshop; the current file is kept beside it under a new name, never "
                    "deleted.").format(workshop.name)
            if self.backups else self.tr("There are no backups of '{0}' yet.").format(
                workshop.name))
        explanation.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("&Restore"),
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
    translate = QCoreApplication.translate
    newest = backup.newest_good(path)
    if newest is None:
        QMessageBox.warning(parent, translate("RestoreDialog", "Cannot open the workshop"),
                            f"{message}\n\n" + translate(
                                "RestoreDialog", "There is no backup of it to go back to."))
        return False
    made = _when(newest.made, QT_TRANSLATE_NOOP("RestoreDialog", "ddd dd MMM, HH:mm"))
    # RestoreDialog.tr: lupdate reads plural forms from tr() calls only.
    offer = RestoreDialog.tr("The newest good backup is from {0} with %n note(s). Set the "
                             "damaged file aside (it is kept, renamed) and open the backup?",
                             "", newest.notes).format(made)
    box = QMessageBox(QMessageBox.Icon.Warning,
                      translate("RestoreDialog", "The workshop file is damaged"),
                      f"{message}\n\n{offer}", QMessageBox.StandardButton.Cancel, parent)
    use = box.addButton(translate("RestoreDialog", "Open the backup"),
                        QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(use)
    box.exec()
    if box.clickedButton() is not use:
        return False
    try:
        aside = backup.restore(newest.path, path, why="damaged")
    except FacilitatorError as exc:
        QMessageBox.warning(parent, translate("RestoreDialog", "Cannot restore the backup"),
                            str(exc))
        return False
    QMessageBox.information(parent, translate("RestoreDialog", "Backup restored"),
                            translate("RestoreDialog", "The damaged file was kept as "
                                      "'{0}'.").format(aside.name))
    return True
