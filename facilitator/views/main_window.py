"""The main window: menus, docks, status bar, recent files and remembered layout."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from facilitator import APP_NAME, __version__
from facilitator.core.errors import CorruptWorkshop, FacilitatorError
from facilitator.core.domain.steps import Step
from facilitator.core.domain.terms import FILE_SUFFIX
from facilitator.core.domain.text import cleaning_message
from facilitator.views.dialogs import WorkshopDialog
from facilitator.views.welcome import WelcomePage

# The database layer and the workshop panels load once a workshop is opened, so the window
# itself appears as fast as a bare Qt window.
if TYPE_CHECKING:
    from facilitator.views.controller import WorkshopController
    from facilitator.views.workshop_page import WorkshopPage

MAX_RECENT = 8
PREFERRED_SIZE = (1280, 800)  # on a screen large enough; a smaller one is filled
FRAME_ALLOWANCE = (16, 40)  # a window manager's borders and title bar, until they are known
FILE_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Workshop files (*.workshop);;All files (*)")


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings, device: str | None = None):
        super().__init__()
        self.settings = settings
        self.device = device
        self.controller: WorkshopController | None = None
        self.page: WorkshopPage | None = None
        self.backups = None  # a BackupKeeper while a workshop file is open
        self.remote = None  # a RemoteFeed while a shared (server) workshop is open
        self.setWindowTitle(APP_NAME)

        self.undo_group = QUndoGroup(self)
        self.welcome = WelcomePage(self)
        self.welcome.new_requested.connect(self.new_workshop)
        self.welcome.open_requested.connect(self.open_workshop_dialog)
        self.welcome.recent_chosen.connect(self.open_target)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self.stack)

        self.capture_dock = self._dock(self.tr("Capture"), "captureDock",
                                       Qt.DockWidgetArea.RightDockWidgetArea)
        self.participants_dock = self._dock(self.tr("Participants"), "participantsDock",
                                            Qt.DockWidgetArea.LeftDockWidgetArea)
        self.activities_dock = self._dock(self.tr("Activities"), "activitiesDock",
                                          Qt.DockWidgetArea.LeftDockWidgetArea)
        self.voice_dock = self._dock(self.tr("Voice balance"), "voiceDock",
                                     Qt.DockWidgetArea.LeftDockWidgetArea)
        self.tabifyDockWidget(self.participants_dock, self.voice_dock)
        self.timer_dock = self._dock(self.tr("Timer and projector"), "timerDock",
                                     Qt.DockWidgetArea.RightDockWidgetArea)
        self.splitDockWidget(self.capture_dock, self.timer_dock, Qt.Orientation.Vertical)
        self.docks = (self.capture_dock, self.participants_dock, self.activities_dock,
                      self.voice_dock, self.timer_dock)

        self.file_watch = QTimer(self)
        self.file_watch.setInterval(1000)
        self.file_watch.timeout.connect(self._watch_file)
        self.file_watch.start()
        self.saved_label = QLabel(self)
        self.saved_label.setAccessibleName(self.tr("Save status"))
        self.statusBar().addPermanentWidget(self.saved_label)
        self._build_menus()
        self._restore_window()
        self._show_workshop(None)

    # --- building ------------------------------------------------------------------------

    def _dock(self, title: str, name: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)  # needed for saveState()/restoreState()
        self.addDockWidget(area, dock)
        return dock

    def _action(self, menu, text: str, slot, shortcut=None, needs_workshop=True) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        action.setProperty("needs_workshop", needs_workshop)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New workshop…"), self.new_workshop,
                     QKeySequence.StandardKey.New, needs_workshop=False)
        self._action(file_menu, self.tr("&Open…"), self.open_workshop_dialog,
                     QKeySequence.StandardKey.Open, needs_workshop=False)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Connect to s&hared workshop…"), self.connect_shared,
                     needs_workshop=False)
        self._action(file_menu, self.tr("Save a &copy…"), self.save_copy, "Ctrl+Shift+S")
        self._action(file_menu, self.tr("Export &brief…"), lambda: self.export("brief"), "Ctrl+Shift+E")
        self._action(file_menu, self.tr("Export notes as CS&V…"), lambda: self.export("csv"))
        self._action(file_menu, self.tr("Export insight &graph…"), self._export_graph)
        self._action(file_menu, self.tr("&Restore from backup…"), self.restore_from_backup)
        self._action(file_menu, self.tr("Open &templates folder"), self.open_templates_folder,
                     needs_workshop=False)
        self._action(file_menu, self.tr("&Close workshop"), self.close_workshop,
                     QKeySequence.StandardKey.Close)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, "Ctrl+Q", needs_workshop=False)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        # The platform's standard redo key differs (Ctrl+Y on some, Ctrl+Shift+Z on others):
        # offer both everywhere, as the shortcut list promises.
        keys = ["Ctrl+Shift+Z", "Ctrl+Y"]
        keys += [k.toString() for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
                 if k.toString() not in keys]
        redo.setShortcuts([QKeySequence(k) for k in keys])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        edit_menu.addSeparator()
        self._action(edit_menu, self.tr("&Find notes"), self._focus_search, QKeySequence.StandardKey.Find)
        capture = self._action(edit_menu, self.tr("&Capture a note"), self._focus_capture, "Ctrl+E")
        # Ctrl+E from any field, tab or dock; undo and redo of the workshop from an empty
        # field (a field with text undoes its own typing).
        from facilitator.views.window_keys import (
            WindowKeys,
            nothing_to_redo_here,
            nothing_to_undo_here,
        )

        self.window_keys = WindowKeys(self)
        self.window_keys.keep(capture)
        self.window_keys.keep(undo, nothing_to_undo_here)
        self.window_keys.keep(redo, nothing_to_redo_here)

        workshop_menu = bar.addMenu(self.tr("&Workshop"))
        self._action(workshop_menu, self.tr("&Details…"), self.edit_details, "Ctrl+I")
        self._action(workshop_menu, self.tr("Add &participant…"), self._add_participant, "Ctrl+Shift+P")
        self._action(workshop_menu, self.tr("Add &activity…"), self._add_activity, "Ctrl+Shift+A")
        workshop_menu.addSeparator()
        self._action(workshop_menu, self.tr("&Next step"), lambda: self._move_step(+1), "Ctrl+]")
        self._action(workshop_menu, self.tr("P&revious step"), lambda: self._move_step(-1), "Ctrl+[")
        workshop_menu.addSeparator()
        self._action(workshop_menu, self.tr("&Method library…"), self._method_library, "Ctrl+L")
        self._action(workshop_menu, self.tr("Suggest &themes…"), self._suggest_themes, "Ctrl+Shift+T")

        room_menu = bar.addMenu(self.tr("&Room"))
        self._action(room_menu, self.tr("&Open the room to phones…"), self._open_room,
                     "Ctrl+Shift+O")

        view_menu = bar.addMenu(self.tr("&View"))
        for number, name in enumerate((self.tr("&Notes"), self.tr("&Themes"),
                                           self.tr("Insight &graph"), self.tr("&Solutions"),
                                           self.tr("&Board")), start=1):
            self._action(view_menu, name, lambda _=False, i=number - 1: self._show_tab(i),
                         f"Alt+{number}")
        view_menu.addSeparator()
        self.presenter_actions = [
            self._action(view_menu, self.tr("&Presenter view"), self._toggle_presenter, "F11"),
            self._action(view_menu, self.tr("Project the ne&xt thing"),
                         self._next_presenter_mode,
                         "Shift+F11"),
            self._action(view_menu, self.tr("Start / pause the &timer"),
                         self._timer("toggle"), "F5"),
            self._action(view_menu, self.tr("&Reset the timer"), self._timer("reset"), "Shift+F5"),
            self._action(view_menu, self.tr("One more &minute"), self._timer("add_minute"), "F6")]
        view_menu.addSeparator()
        for dock in self.docks:
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addSeparator()
        from facilitator.views.language import add_language_menu

        add_language_menu(view_menu, self.settings, self)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Keyboard shortcuts"), self._show_shortcuts, "F1",
                     needs_workshop=False)
        self._action(help_menu, self.tr("&About {0}").format(APP_NAME), self._show_about, needs_workshop=False)

    # --- opening and closing -------------------------------------------------------------

    def new_workshop(self) -> None:
        folder = self.settings.value("last_folder", "", str)
        dialog = WorkshopDialog(folder=Path(folder) if folder else None, parent=self)
        while dialog.exec():
            path = dialog.path()
            if path is None:
                continue
            from facilitator.core.storage.store import create_workshop

            try:
                store = create_workshop(path, **dialog.values())
            except FacilitatorError as exc:
                QMessageBox.warning(self, self.tr("Cannot create the workshop"), str(exc))
                continue
            self._adopt(store)
            return

    def open_workshop_dialog(self) -> None:
        folder = self.settings.value("last_folder", "", str)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open workshop"), folder,
                                              self.tr(FILE_FILTER))
        if path:
            self.open_target(path)

    def open_target(self, target: str) -> bool:
        """Open a workshop file or database URL; tell the user plainly if it cannot be."""
        from facilitator.core.storage.store import open_store

        if not self.close_workshop():
            return False
        self.statusBar().showMessage(self.tr("Opening the workshop…"))
        try:
            store = open_store(target)
        except CorruptWorkshop as exc:
            self.statusBar().clearMessage()
            from facilitator.views.backups import offer_backup_for_damaged

            if offer_backup_for_damaged(self, Path(target), str(exc)):
                return self.open_target(target)
            return False
        except FacilitatorError as exc:
            self.statusBar().clearMessage()
            QMessageBox.warning(self, self.tr("Cannot open the workshop"), str(exc))
            return False
        self._adopt(store)
        self.statusBar().clearMessage()
        return True

    def _adopt(self, store) -> None:
        from facilitator.core.domain.workshop import Workshop
        from facilitator.views.controller import WorkshopController
        from facilitator.views.workshop_page import WorkshopPage

        self.close_workshop()
        controller = WorkshopController(Workshop(store, self.device), self)
        controller.saved.connect(self._on_saved)
        controller.failed.connect(self._on_failed)
        controller.save_failed.connect(self._on_save_failed)
        controller.cleaned.connect(self._on_cleaned)
        controller.notice.connect(lambda text: self.statusBar().showMessage(text, 8000))
        controller.confirm_override = self._confirm_override
        self.controller = controller
        self.page = WorkshopPage(controller, self)
        controller.changed.connect(self._on_change)  # after the page has refreshed itself
        self.undo_group.addStack(controller.undo_stack)
        self.undo_group.setActiveStack(controller.undo_stack)
        if store.path is None and store.engine.dialect.name == "postgresql":
            from facilitator.views.remote import RemoteFeed

            self.remote = RemoteFeed(store.engine.url.render_as_string(hide_password=False),
                                     controller.workshop.device, self)
            self.remote.changed.connect(controller.apply_remote)
            self.remote.lost.connect(self._on_save_failed)
            self.remote.back.connect(lambda: self._set_saved_text(self.tr("Connected")))
            from facilitator.core.storage.outbox import Outbox
            from facilitator.views.application import user_folder

            controller.outbox = Outbox(user_folder("outbox"), store.display_name)
            controller.queued.connect(self._on_queued)
            # Waiting notes are sent when the listener reaches the server again (it retries
            # in its own thread), and after any note that did get through - never by polling
            # a server that may be away from the window's thread.
            self.remote.back.connect(self._flush_outbox)
            controller.saved.connect(self._flush_outbox)
            self.remote.start()
            self._flush_outbox()  # notes left waiting when the app last closed
        if store.path is not None:
            self._remember(store.path)
            from facilitator.views.backups import BackupKeeper

            self.backups = BackupKeeper(store.path, controller, self)
            self.backups.failed.connect(
                lambda message: self.statusBar().showMessage(self.tr("Backup failed: {0}").format(message),
                                                      15000))
        self._show_workshop(self.page)
        self.capture_dock.widget().setFocus()

    def close_workshop(self) -> bool:
        if self.controller is None:
            return True
        # Work running in a dialog (an export reading the workshop in its own thread) stops
        # first: closing the file under a running query crashes the app.
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self.settings.setValue("workshop_layout", self.saveState())
        self.settings.setValue("notes_hidden_columns",
                               self.page.notes_panel.hidden_columns() or [""])
        if self.remote is not None:
            self.remote.stop()
            self.remote.deleteLater()
            self.remote = None
        if self.backups is not None:
            self.backups.close()  # a last backup when something changed
            self.backups.deleteLater()
            self.backups = None
        controller, page = self.controller, self.page
        self.controller = self.page = None
        page.timer.pause()
        page.stop_room()  # before the workshop closes: the room's writer finishes first
        page.preparer.close()  # the vectors of participants' words go with the workshop
        if page.presenter is not None:  # the projector goes back to the desktop too
            page.presenter.close()
            page.presenter.deleteLater()
        self._show_workshop(None)
        self.undo_group.removeStack(controller.undo_stack)
        controller.close()
        page.deleteLater()
        controller.deleteLater()
        return True

    def _show_workshop(self, page: WorkshopPage | None) -> None:
        if page is None:
            for dock in self.docks:
                old = dock.widget()
                dock.setWidget(QWidget())
                if old is not None:
                    old.deleteLater()
                dock.hide()
            while self.stack.count() > 1:
                widget = self.stack.widget(1)
                self.stack.removeWidget(widget)
                widget.deleteLater()
            self.welcome.set_recent(self._recent())
            self.stack.setCurrentWidget(self.welcome)
            self.saved_label.clear()
            self.setWindowTitle(APP_NAME)
        else:
            self.stack.addWidget(page.central)
            self.stack.setCurrentWidget(page.central)
            self.capture_dock.setWidget(page.capture)
            self.participants_dock.setWidget(page.participants)
            self.activities_dock.setWidget(page.activities)
            self.voice_dock.setWidget(page.voice)
            self.timer_dock.setWidget(page.timer_panel)
            for dock in self.docks:
                dock.show()
            self.participants_dock.raise_()
            hidden = self.settings.value("notes_hidden_columns")
            if hidden is not None:
                page.notes_panel.set_hidden_columns(
                    [hidden] if isinstance(hidden, str) else list(hidden))
            layout = self.settings.value("workshop_layout")
            if isinstance(layout, QByteArray) and not layout.isEmpty():
                self.restoreState(layout)
            else:  # first start: room for the notes in the middle, once laid out
                QTimer.singleShot(0, self._default_dock_sizes)
            self._update_title()
            self._set_saved_text(self.tr("Saved"))
        for action in self.findChildren(QAction):
            if action.property("needs_workshop"):
                action.setEnabled(page is not None)

    def _default_dock_sizes(self) -> None:
        # 290 and 360 pixels on a 1,366-pixel laptop; on a 1,024 projector what the notes in
        # the middle leave (the docks' own minimum widths hold).
        width = self.width()
        self.resizeDocks([self.participants_dock, self.capture_dock],
                         [round(width * 0.21), round(width * 0.26)],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([self.participants_dock, self.activities_dock], [400, 220],
                         Qt.Orientation.Vertical)

    def save_copy(self) -> None:
        if self.controller is None:
            return
        store = self.controller.workshop.store
        suggestion = (store.path.with_name(self.tr("{0} copy").format(store.path.stem) + FILE_SUFFIX)
                      if store.path else Path.home() / (self.tr("Workshop") + FILE_SUFFIX))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), str(suggestion),
                                              self.tr(FILE_FILTER))
        if not path:
            return
        if not path.endswith(FILE_SUFFIX):
            path += FILE_SUFFIX
        from facilitator.core.storage.store import save_copy

        try:
            save_copy(store, Path(path))
        except FacilitatorError as exc:
            QMessageBox.warning(self, self.tr("Cannot save the copy"), str(exc))
            return
        self.statusBar().showMessage(self.tr("Copy saved as {0}").format(path), 8000)

    def connect_shared(self) -> None:
        """Open a workshop on a PostgreSQL server shared by several laptops."""
        from facilitator.views.connect_dialog import ConnectDialog

        dialog = ConnectDialog(self.settings, self)
        while dialog.exec():
            url = dialog.url()
            self.device = dialog.device.text().strip()
            if self.open_target(url):
                dialog.remember()
                break
        dialog.deleteLater()

    def restore_from_backup(self) -> None:
        """Put a backup in place of the open workshop; the current file is set aside."""
        if self.controller is None or self.controller.workshop.store.path is None:
            return
        from facilitator.core.storage import backup
        from facilitator.views.backups import RestoreDialog

        path = self.controller.workshop.store.path
        if self.backups is not None:
            self.backups.backup_now("before-restore")
        dialog = RestoreDialog(path, self)
        chosen = dialog.chosen() if dialog.exec() else None
        dialog.deleteLater()
        if chosen is None:
            return
        self.close_workshop()
        try:
            aside = backup.restore(chosen.path, path)
        except FacilitatorError as exc:
            QMessageBox.warning(self, self.tr("Cannot restore the backup"), str(exc))
            self.open_target(str(path))
            return
        if self.open_target(str(path)):
            self.statusBar().showMessage(
                self.tr("Restored the backup from {0}; the previous file is kept as '{1}'").format(
                    f"{chosen.made:%H:%M:%S}", aside.name if aside else "-"), 15000)

    def export(self, kind: str) -> None:
        """Export a brief (kind 'brief') or the notes as CSV ('csv') through the dialog."""
        if self.controller is None:
            return
        from facilitator.views.application import user_templates_folder
        from facilitator.views.export_dialog import ExportDialog

        dialog = ExportDialog(self.controller.workshop, kind, [user_templates_folder()], self)
        if dialog.exec() and dialog.written is not None:
            self.statusBar().showMessage(self.tr("Exported {0}").format(dialog.written), 10000)
        dialog.deleteLater()

    def _export_graph(self) -> None:
        if self.page is not None:
            self.page.graph_view.export()

    def open_templates_folder(self) -> None:
        """Show the user's templates folder (made if needed) in the file manager."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from facilitator.views.application import user_templates_folder

        folder = user_templates_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Templates folder"),
                                self.tr("Could not make {0}: {1}.").format(folder, exc.strerror))
            return
        self.statusBar().showMessage(self.tr("Templates folder: {0} – copy a brief template "
                                             "here and edit it in Word").format(folder), 15000)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # --- status --------------------------------------------------------------------------

    def _on_saved(self) -> None:
        self._set_saved_text(self.tr("Saved {0}").format(f"{datetime.now():%H:%M:%S}"))

    def _set_saved_text(self, text: str) -> None:
        self.saved_label.setStyleSheet("")
        self.saved_label.setToolTip("")
        self.saved_label.setText(text)

    def _on_save_failed(self, message: str) -> None:
        """Writing failed (disk full, read-only, file gone): say so where the eye goes, keep
        what was typed, and let the next attempt write it once the problem is fixed."""
        self.saved_label.setStyleSheet("QLabel { background: #b00020; color: white; "
                                       "font-weight: bold; padding: 2px 8px; }")
        self.saved_label.setText(self.tr("NOT SAVED"))
        self.saved_label.setToolTip(message)
        self.statusBar().showMessage(self.tr("NOT SAVED: {0} What you typed is still there; press "
                                             "Enter again once the problem is fixed.").format(
                                         message), 60000)

    def _on_queued(self, waiting: int) -> None:
        self._on_save_failed(self.tr("The server cannot be reached. %n note(s) is/are kept on "
                                     "this laptop and will be sent, once each, when it is "
                                     "back.", "", waiting))

    def _flush_outbox(self) -> None:
        """Send the notes kept while the server was away, once each, in order."""
        if self.controller is None or self.controller.outbox is None:
            return
        outbox = self.controller.outbox
        if not len(outbox):
            return
        sent = outbox.flush(self.controller.workshop)
        if sent:
            self._set_saved_text(self.tr("Saved"))
            self.statusBar().showMessage(self.tr("Sent %n note(s) kept while the server was "
                                                 "away.", "", sent), 15000)
        if len(outbox):
            self._on_queued(len(outbox))

    def _watch_file(self) -> None:
        """Every second: if the workshop file was deleted or moved away while open, write it
        back from the open connection and reopen it, so nothing is lost."""
        if self.controller is None:
            return
        from facilitator.core.storage.store import file_missing, rescue_missing_file

        store = self.controller.workshop.store
        if not file_missing(store):
            return
        path = store.path
        try:
            rescue_missing_file(store)
        except FacilitatorError as exc:
            self._on_save_failed(self.tr("The workshop file {0} has gone and could not be "
                                         "written back ({1}). Use File > Save a copy to keep "
                                         "your work.").format(path, exc))
            return
        self.close_workshop()
        if self.open_target(str(path)):
            self.statusBar().showMessage(self.tr("The workshop file had been deleted or moved; "
                                                 "it was written back to {0} with everything "
                                                 "in it.").format(path), 30000)

    def _confirm_override(self, rule: str) -> bool:
        """The rules of the steps: explain, and let the facilitator go ahead on purpose."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Decisions are postponed"), rule,
                          QMessageBox.StandardButton.Cancel, self)
        override = box.addButton(self.tr("Go ahead anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is override

    def _on_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("That change was not made"), message)

    def _on_cleaned(self, removed: int) -> None:
        self.statusBar().showMessage(cleaning_message(removed), 8000)

    def _on_change(self, changes) -> None:
        if any(change.kind == "workshop" for change in changes):
            self._update_title()

    def _update_title(self) -> None:
        if self.page is not None:
            store = self.controller.workshop.store
            self.setWindowTitle(f"{self.page.details.title} – {store.display_name} – {APP_NAME}")

    # --- workshop actions ----------------------------------------------------------------

    def edit_details(self) -> None:
        if self.page is None:
            return
        dialog = WorkshopDialog(self.page.details, parent=self)
        while dialog.exec():
            if self.controller.edit_details(**dialog.values()):
                return

    def _add_participant(self) -> None:
        if self.page is not None:
            self.participants_dock.show()
            self.page.add_participant()

    def _add_activity(self) -> None:
        if self.page is not None:
            self.activities_dock.show()
            self.page.add_activity()

    def _move_step(self, delta: int) -> None:
        if self.page is not None:
            target = int(self.page.details.current_step) + delta
            if 1 <= target <= 4:
                self.controller.set_step(Step(target))

    def _open_room(self) -> None:
        if self.page is not None:
            self.page.open_room()

    def _toggle_presenter(self) -> None:
        if self.page is not None:
            self.page.toggle_presenter()

    def _next_presenter_mode(self) -> None:
        """The projector shows the next of: the question, the latest notes, a theme, the
        board, the solutions (also chosen in the Timer and projector dock)."""
        if self.page is not None:
            self.page.next_presenter_mode()

    def _timer(self, name: str):
        def act() -> None:
            if self.page is not None:
                getattr(self.page.timer, name)()
        return act

    def _method_library(self) -> None:
        if self.page is not None:
            self.page.method_library()

    def _suggest_themes(self) -> None:
        if self.page is not None:
            self.page.suggest_themes()

    def _show_tab(self, index: int) -> None:
        if self.page is not None:
            self.page.show_tab(index)

    def _focus_search(self) -> None:
        if self.page is not None:
            if self.page.tabs.currentWidget() is self.page.graph_view:
                self.page.graph_view.focus_search()  # find in the graph on its tab
                return
            self.page.tabs.setCurrentWidget(self.page.notes_panel)
            self.page.notes_panel.focus_search()

    def _focus_capture(self) -> None:
        if self.page is not None:
            self.capture_dock.show()
            self.capture_dock.raise_()
            self.page.capture.entry.setFocus()

    # --- recent files and layout ---------------------------------------------------------

    def _recent(self) -> list[str]:
        value = self.settings.value("recent_files", [])
        if isinstance(value, str):
            value = [value]
        return [str(p) for p in (value or [])]

    def _remember(self, path: Path) -> None:
        text = str(path.resolve())
        recent = [text] + [p for p in self._recent() if p != text]
        self.settings.setValue("recent_files", recent[:MAX_RECENT])
        self.settings.setValue("last_folder", str(path.resolve().parent))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self._recent()
        for number, path in enumerate(recent, 1):
            action = self.recent_menu.addAction(f"&{number} {Path(path).name}")
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_target(p))
        if not recent:
            self.recent_menu.addAction(self.tr("No recent workshops")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear list"), self._clear_recent)

    def _clear_recent(self) -> None:
        self.settings.setValue("recent_files", [])
        self.welcome.set_recent([])

    def _restore_window(self) -> None:
        """The size and place it had (Qt keeps a restored window on a screen), or on the
        first start as much of the screen as suits, never more than the screen."""
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
            return
        available = self.screen().availableGeometry()
        self.resize(min(PREFERRED_SIZE[0], available.width() - FRAME_ALLOWANCE[0]),
                    min(PREFERRED_SIZE[1], available.height() - FRAME_ALLOWANCE[1]))
        self.move(available.center().x() - self.width() // 2,
                  available.top() + max(0, (available.height() - FRAME_ALLOWANCE[1]
                                            - self.height()) // 2))
        self._fit_once_framed = self.size()  # unless it is resized before it is framed

    def showEvent(self, event) -> None:
        super().showEvent(event)
        first_size = getattr(self, "_fit_once_framed", None)
        if first_size is not None:
            self._fit_once_framed = None
            # The window manager's frame is known only once it has framed the window.
            QTimer.singleShot(300, self, lambda: self._keep_on_screen(first_size))

    def _keep_on_screen(self, first_size) -> None:
        """Shrink and move the window so that its frame is all on the screen - unless it
        has been given another size meanwhile."""
        available = self.screen().availableGeometry()
        frame = self.frameGeometry()
        if self.size() != first_size or available.contains(frame):
            return
        extra_w = max(0, frame.width() - available.width())
        extra_h = max(0, frame.height() - available.height())
        self.resize(self.width() - extra_w, self.height() - extra_h)
        frame = self.frameGeometry()
        x = min(max(frame.left(), available.left()), available.right() - frame.width() + 1)
        y = min(max(frame.top(), available.top()), available.bottom() - frame.height() + 1)
        self.move(x, y)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("geometry", self.saveGeometry())
        self.close_workshop()
        self.settings.sync()
        event.accept()

    # --- help ----------------------------------------------------------------------------

    def _show_shortcuts(self) -> None:
        rows = [
            (self.tr("Enter"), self.tr("save the note being typed")),
            ("↑ / ↓", self.tr("move between the new note and the notes captured before")),
            (self.tr("F2 or Enter"), self.tr("edit the chosen note; Delete removes it")),
            (self.tr("@R2 at the start"), self.tr("make R2 the author of that note alone (a new R2 "
                                               "is offered as a participant)")),
            ("Alt+A / Alt+T", self.tr("choose the author / the activity; Enter or Esc back to "
                                      "the note")),
            ("Ctrl+E", self.tr("back to the note field, from anywhere")),
            ("Ctrl+F", self.tr("search the notes")),
            (self.tr("Ctrl+Z / Ctrl+Shift+Z"), self.tr("undo / redo any change (in the empty note field "
                                                    "too)")),
            ("Ctrl+] / Ctrl+[", self.tr("next / previous step")),
            (self.tr("Ctrl+Shift+P / Ctrl+Shift+A"), self.tr("add a participant / an activity")),
            ("Alt+1 … Alt+5", self.tr("notes / themes / insight graph / solutions / board")),
            ("Ctrl+0 / Ctrl+1", self.tr("on the board: fit everything / actual size")),
            (self.tr("Insert, F2, +, −"), self.tr("on Solutions: add, edit, give or take back a dot")),
            (self.tr("N / Ctrl+Shift+R"), self.tr("on Solutions: the next voter / reveal or hide the "
                                                "totals")),
            ("Ctrl+L", self.tr("method library: find a method, add it to the agenda")),
            (self.tr("F11 / Esc"), self.tr("presenter view on the projector / leave it")),
            (self.tr("Shift+F11"), self.tr("the projector shows the next of: question, notes, "
                                      "theme, board, solutions")),
            (self.tr("Ctrl+Shift+O"), self.tr("open the room to phones: address, code, QR code")),
            (self.tr("F5 / Shift+F5 / F6"), self.tr("start or pause / reset the timer / one more "
                                                  "minute")),
            (self.tr("Ctrl+Up / Ctrl+Down"), self.tr("move the chosen activity earlier / later")),
            (self.tr("Ctrl+Shift+T"), self.tr("suggest themes for the notes")),
            (self.tr("Ctrl+Shift+E"), self.tr("export a Word brief")),
            ("Ctrl+G / F2 / Ctrl+M", self.tr("theme from selected notes / rename / merge themes")),
            (self.tr("Ctrl+Shift+M / Ctrl+Shift+X"), self.tr("move notes to a theme / split them off")),
            (self.tr("Ctrl+Enter"), self.tr("put a new note in the theme offered for it")),
            ("Ctrl+K", self.tr("stack a note marked ≈ with the note it nearly repeats")),
            (self.tr("Ctrl+Shift+L / Ctrl+Shift+I"), self.tr("pin a theme / promote it to an insight")),
        ]
        html = "<table cellpadding='4'>" + "".join(
            f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows) + "</table>"
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), html)

    def _show_about(self) -> None:
        QMessageBox.about(
            self, self.tr("About {0}").format(APP_NAME),
            f"<b>{APP_NAME} {__version__}</b>" + self.tr(
                "<p>A toolkit for co-design workshops on public services: involve users, "
                "postpone decisions, synthesise insights, develop solutions.</p><p>Works "
                "offline. Everything is saved as you go.</p><p>English notes are also grouped "
                "by meaning, on this computer, with two small language models: WordLlama (MIT "
                "licence) and all-MiniLM-L6-v2 (Apache License 2.0).</p>"))
