"""The main window: menus, docks, status bar and remembered layout; the open workshop's
life is its session's (views/session.py)."""

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
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from facilitator import APP_NAME, __version__
from facilitator.core.domain.steps import Step
from facilitator.core.domain.terms import FILE_SUFFIX
from facilitator.core.domain.text import cleaning_message
from facilitator.core.errors import CorruptWorkshop, FacilitatorError
from facilitator.views.dialogs import WorkshopDialog
from facilitator.views.recent import RecentWorkshops
from facilitator.views.repaint import SteadyLabel
from facilitator.views.welcome import WelcomePage

# The database layer and the workshop panels load once a workshop is opened, so the window
# itself appears as fast as a bare Qt window.
if TYPE_CHECKING:
    from facilitator.views.controller import WorkshopController
    from facilitator.views.session import WorkshopSession
    from facilitator.views.workshop_page import WorkshopPage

PREFERRED_SIZE = (1280, 800)  # on a screen large enough; a smaller one is filled
FRAME_ALLOWANCE = (16, 40)  # a window manager's borders and title bar, until they are known
FILE_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Workshop files (*.workshop);;All files (*)")


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings, device: str | None = None):
        super().__init__()
        self.settings = settings
        self.device = device
        self.recent = RecentWorkshops(settings)
        self.session: WorkshopSession | None = None  # the open workshop, if any
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

        self.saved_label = SteadyLabel(self)  # set at every note typed
        self.saved_label.setAccessibleName(self.tr("Save status"))
        self.statusBar().addPermanentWidget(self.saved_label)
        self._build_menus()
        self._restore_window()
        self._show_workshop(None)

    @property
    def controller(self) -> WorkshopController | None:
        return self.session.controller if self.session is not None else None

    @property
    def page(self) -> WorkshopPage | None:
        return self.session.page if self.session is not None else None

    # --- building ------------------------------------------------------------------------

    def _dock(self, title: str, name: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)  # needed for saveState()/restoreState()
        self.addDockWidget(area, dock)
        return dock

    def _for_page(self, act):
        """A menu action's slot on the open workshop's panels (it is disabled while none is
        open, yet its key may still arrive)."""
        def run(*_) -> None:
            if self.page is not None:
                act(self.page)
        return run

    def _action(self, menu, text: str, slot, shortcut=None, needs_workshop=True,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setStatusTip(tip)
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
        self._action(file_menu, self.tr("Export insight &graph…"),
                     self._for_page(lambda page: page.graph_view.export()))
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
        undo.setStatusTip(self.tr("Undo any change – notes, participants, activities, details, "
                                  "steps, votes (in the empty note field too)"))
        redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo.setStatusTip(self.tr("Redo the change just undone"))
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
        self._action(workshop_menu, self.tr("&Method library…"),
                     self._for_page(lambda page: page.method_library()), "Ctrl+L")
        self._action(workshop_menu, self.tr("Suggest &themes…"),
                     self._for_page(lambda page: page.suggest_themes()), "Ctrl+Shift+T")

        room_menu = bar.addMenu(self.tr("&Room"))
        self._action(room_menu, self.tr("&Open the room to phones…"),
                     self._for_page(lambda page: page.open_room()), "Ctrl+Shift+O")

        view_menu = bar.addMenu(self.tr("&View"))
        for number, name in enumerate((self.tr("&Notes"), self.tr("&Themes"),
                                           self.tr("Insight &graph"), self.tr("&Solutions"),
                                           self.tr("&Board")), start=1):
            self._action(view_menu, name,
                         self._for_page(lambda page, i=number - 1: page.show_tab(i)),
                         f"Alt+{number}")
        view_menu.addSeparator()
        # The projector shows the next of: the question, the latest notes, a theme, the
        # board, the solutions (also chosen in the Timer and projector dock).
        self.presenter_actions = [
            self._action(view_menu, self.tr("&Presenter view"),
                         self._for_page(lambda page: page.toggle_presenter()), "F11",
                         tip=self.tr("Presenter view: the step, the question and the timer "
                                     "in large type on the projector; Esc or F11 leaves it")),
            self._action(view_menu, self.tr("Project the ne&xt thing"),
                         self._for_page(lambda page: page.next_presenter_mode()), "Shift+F11"),
            self._action(view_menu, self.tr("Start / pause the &timer"),
                         self._for_page(lambda page: page.timer.toggle()), "F5"),
            self._action(view_menu, self.tr("&Reset the timer"),
                         self._for_page(lambda page: page.timer.reset()), "Shift+F5"),
            self._action(view_menu, self.tr("One more &minute"),
                         self._for_page(lambda page: page.timer.add_minute()), "F6")]
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
        from facilitator.views.session import WorkshopSession
        from facilitator.views.workshop_page import WorkshopPage

        self.close_workshop()
        session = WorkshopSession(store, self.device, self)
        controller = session.controller
        controller.saved.connect(self._on_saved)
        controller.failed.connect(self._on_failed)
        controller.save_failed.connect(self._on_save_failed)
        controller.cleaned.connect(self._on_cleaned)
        controller.notice.connect(lambda text: self.statusBar().showMessage(text, 8000))
        controller.confirm_override = self._confirm_override
        session.status.connect(self.statusBar().showMessage)
        session.saving.connect(self._set_saved_text)
        session.save_failed.connect(self._on_save_failed)
        session.rescued.connect(self._reopen_rescued)
        self.session = session
        page = WorkshopPage(controller, self)
        controller.changed.connect(self._on_change)  # after the page has refreshed itself
        self.undo_group.addStack(controller.undo_stack)
        self.undo_group.setActiveStack(controller.undo_stack)
        session.start(page)
        if store.path is not None:
            self.recent.remember(store.path)
        self._show_workshop(page)
        self.capture_dock.widget().setFocus()

    def close_workshop(self) -> bool:
        if self.session is None:
            return True
        # Work running in a dialog (an export reading the workshop in its own thread) stops
        # first: closing the file under a running query crashes the app.
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self.settings.setValue("workshop_layout", self.saveState())
        self.settings.setValue("notes_hidden_columns",
                               self.page.notes_panel.hidden_columns() or [""])
        session, self.session = self.session, None
        self._show_workshop(None)
        self.undo_group.removeStack(session.controller.undo_stack)
        session.close()
        session.deleteLater()
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
            self.welcome.set_recent(self.recent.paths())
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
        # 290 and 360 pixels on a 1,366-pixel laptop; on a 1,024 projector no less than the
        # lists and the capture field need (their buttons wrap, so the docks could go
        # narrower than is readable), the notes in the middle getting the rest.
        width = self.width()
        self.resizeDocks([self.participants_dock, self.capture_dock],
                         [max(round(width * 0.21), 280), max(round(width * 0.26), 230)],
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
        self.session.backup_now("before-restore")
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

    def _reopen_rescued(self, path: str) -> None:
        """The workshop file had gone and its session wrote it back: open it again."""
        self.close_workshop()
        if self.open_target(path):
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

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.recent.paths()
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
        self.recent.clear()
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
        from facilitator.views.shortcuts import KeyboardHelp

        note = "" if self.page is not None else self.tr(
            "Open a workshop to see the keys of its panels too.")
        dialog = KeyboardHelp(self, note)
        dialog.exec()
        dialog.deleteLater()

    def _show_about(self) -> None:
        QMessageBox.about(
            self, self.tr("About {0}").format(APP_NAME),
            f"<b>{APP_NAME} {__version__}</b>" + self.tr(
                "<p>A toolkit for co-design workshops on public services: involve users, "
                "postpone decisions, synthesise insights, develop solutions.</p><p>Works "
                "offline. Everything is saved as you go.</p><p>English notes are also grouped "
                "by meaning, on this computer, with two small language models: WordLlama (MIT "
                "licence) and all-MiniLM-L6-v2 (Apache License 2.0).</p>"))
