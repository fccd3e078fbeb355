"""One open workshop's life, apart from the window that shows it: its controller, the shared
workshop's feed and outbox, backups, and the file kept in place while it is open.

The window makes a session for the store it opened, connects what it shows (the status bar,
the save label), gives it the workshop's panels with `start`, and ends it with `close`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from facilitator.core.domain.workshop import Workshop
from facilitator.core.errors import FacilitatorError
from facilitator.views.controller import WorkshopController

FILE_WATCH_MS = 1000


class WorkshopSession(QObject):
    """One open workshop, from the moment its store is open until it is closed."""

    status = Signal(str, int)  # a message in passing for the status bar, and for how long (ms)
    saving = Signal(str)  # saving works (again): the save label's text ("Saved", "Connected")
    save_failed = Signal(str)  # nothing can be written: why, for NOT SAVED
    rescued = Signal(str)  # the file had gone and was written back here: open it again

    def __init__(self, store, device: str | None, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.controller = WorkshopController(Workshop(store, device), self)
        self.page = None  # the workshop's panels, once started
        self.remote = None  # a RemoteFeed while a shared (server) workshop is open
        self.backups = None  # a BackupKeeper while a workshop file is open
        self.file_watch = QTimer(self)
        self.file_watch.setInterval(FILE_WATCH_MS)
        self.file_watch.timeout.connect(self._watch_file)

    @property
    def shared(self) -> bool:
        """On a PostgreSQL server several laptops share."""
        return self.store.path is None and self.store.engine.dialect.name == "postgresql"

    def start(self, page) -> None:
        """Begin the work that runs while the workshop is open, once the window has connected
        to the controller (its status first) and made the panels."""
        self.page = page
        controller = self.controller
        if self.shared:
            from facilitator.core.storage.outbox import Outbox
            from facilitator.views.application import user_folder
            from facilitator.views.remote import RemoteFeed

            self.remote = RemoteFeed(self.store.engine.url.render_as_string(hide_password=False),
                                     controller.workshop.device, self)
            self.remote.changed.connect(controller.apply_remote)
            self.remote.lost.connect(self.save_failed)
            self.remote.back.connect(lambda: self.saving.emit(self.tr("Connected")))
            controller.outbox = Outbox(user_folder("outbox"), self.store.display_name)
            controller.queued.connect(self._on_queued)
            # Waiting notes are sent when the listener reaches the server again (it retries
            # in its own thread), and after any note that did get through - never by polling
            # a server that may be away from the window's thread.
            self.remote.back.connect(self.flush_outbox)
            controller.saved.connect(self.flush_outbox)
            self.remote.start()
            self.flush_outbox()  # notes left waiting when the app last closed
        if self.store.path is not None:
            from facilitator.views.backups import BackupKeeper

            self.backups = BackupKeeper(self.store.path, controller, self)
            self.backups.failed.connect(lambda message: self.status.emit(
                self.tr("Backup failed: {0}").format(message), 15000))
        self.file_watch.start()

    def close(self) -> None:
        """End the workshop's work in order - the feed, a last backup, the timer, the room,
        the projector - and then close the workshop."""
        self.file_watch.stop()
        # The feed and the backups are the session's children: they go when it is deleted.
        if self.remote is not None:
            self.remote.stop()
            self.remote = None
        if self.backups is not None:
            self.backups.close()  # a last backup when something changed
            self.backups = None
        page, self.page = self.page, None
        if page is not None:
            page.timer.pause()
            page.stop_room()  # before the workshop closes: the room's writer finishes first
            page.themes_panel.stop_marks()
            page.preparer.close()  # the vectors of participants' words go with the workshop
            if page.presenter is not None:  # the projector goes back to the desktop too
                page.presenter.close()
                page.presenter.deleteLater()
        self.controller.close()
        if page is not None:
            page.deleteLater()

    # --- a shared workshop's outbox ------------------------------------------------------

    def flush_outbox(self) -> None:
        """Send the notes kept while the server was away, once each, in order."""
        outbox = self.controller.outbox
        if outbox is None or not len(outbox):
            return
        sent = outbox.flush(self.controller.workshop)
        if sent:
            self.saving.emit(self.tr("Saved"))
            self.status.emit(self.tr("Sent %n note(s) kept while the server was away.", "",
                                     sent), 15000)
        if len(outbox):
            self._on_queued(len(outbox))

    def _on_queued(self, waiting: int) -> None:
        self.save_failed.emit(self.tr("The server cannot be reached. %n note(s) is/are kept on "
                                      "this laptop and will be sent, once each, when it is "
                                      "back.", "", waiting))

    # --- the file ------------------------------------------------------------------------

    def _watch_file(self) -> None:
        """Every second: if the workshop file was deleted or moved away while open, write it
        back from the open connection, so nothing is lost."""
        from facilitator.core.storage.store import file_missing, rescue_missing_file

        if not file_missing(self.store):
            return
        path = self.store.path
        try:
            rescue_missing_file(self.store)
        except FacilitatorError as exc:
            self.save_failed.emit(self.tr("The workshop file {0} has gone and could not be "
                                          "written back ({1}). Use File > Save a copy to keep "
                                          "your work.").format(path, exc))
            return
        self.rescued.emit(str(path))

    def backup_now(self, reason: str) -> Path | None:
        """A backup of the file at once (before a restore); None when none is kept."""
        return self.backups.backup_now(reason) if self.backups is not None else None
