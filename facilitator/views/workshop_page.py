"""Everything shown for one open workshop: the step bar, the notes, capture and the lists of
participants and activities. The main window owns the docks; this object owns their content
and keeps it in step with the store."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from facilitator.core.domain.changes import NoteAdded, NoteChanged, WorkshopChanged
from facilitator.core.domain.privacy import PrivacyRule
from facilitator.core.locale.terms import group_name, role_name
from facilitator.views.board import BoardPanel
from facilitator.views.capture import CapturePanel
from facilitator.views.controller import WorkshopController
from facilitator.views.dialogs import ActivityDialog, ParticipantDialog
from facilitator.views.graph_view import GraphView
from facilitator.views.note_models import NoteTableModel
from facilitator.views.notes_panel import NotesPanel
from facilitator.views.preparing import SentencePreparer
from facilitator.views.presenter import MODES, PresenterControls, PresenterWindow
from facilitator.views.record_panel import RecordPanel
from facilitator.views.solutions_panel import SolutionsPanel
from facilitator.views.step_bar import StepBar
from facilitator.views.themes_panel import ThemesPanel
from facilitator.views.timer import ActivityTimer, TimerPanel
from facilitator.views.voice_panel import VoicePanel


def _yes(value: bool) -> str:
    return QCoreApplication.translate("WorkshopPage", "yes") if value else ""


def agenda_summary(activities) -> str:
    """'Agenda: 95 min – step 1: 40 · step 2: 35 · step 4: 20' (planned minutes)."""
    planned = [a for a in activities if a.planned_minutes]
    if not planned:
        return ""
    by_step: dict[int, int] = {}
    for activity in planned:
        by_step[int(activity.step)] = by_step.get(int(activity.step), 0) + activity.planned_minutes
    total = sum(by_step.values())
    translate = QCoreApplication.translate
    hours = (translate("WorkshopPage", " ({0} h {1})").format(total // 60, f"{total % 60:02d}")
             if total >= 60 else "")
    steps = " · ".join(translate("WorkshopPage", "step {0}: {1}").format(s, m)
                       for s, m in sorted(by_step.items()))
    return translate("WorkshopPage", "<b>Agenda: {0} min{1}</b> – {2}").format(total, hours,
                                                                              steps)


def next_label(labels: list[str]) -> str:
    """The label to suggest for a new participant, following the labels used: after R1
    comes R2 (after R1, R2 and U1: U2), a free one; P1 for the first."""
    numbered = [m for m in (re.fullmatch(r"(.*?)(\d+)", label) for label in labels) if m]
    if not numbered:
        return "P1"
    prefix = numbered[-1].group(1)  # the pattern of the participant added last
    taken = {label.casefold() for label in labels}
    number = max(int(m.group(2)) for m in numbered
                 if m.group(1).casefold() == prefix.casefold()) + 1
    while f"{prefix}{number}".casefold() in taken:
        number += 1
    return f"{prefix}{number}"


class WorkshopPage(QObject):
    def __init__(self, controller: WorkshopController, parent: QWidget):
        super().__init__(parent)
        self.controller = controller
        self.workshop = controller.workshop
        self.window = parent
        self.notes = NoteTableModel(self.workshop, controller, self)

        self.step_bar = StepBar()
        self.notes_panel = NotesPanel(self.notes)
        self.themes_panel = ThemesPanel(controller)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("workshopTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.notes_panel, self.tr("&Notes"))
        # Alt+T is the capture panel's Activity: the tab's own key is Alt+M.
        self.tabs.addTab(self.themes_panel, self.tr("The&mes"))
        self.graph_view = GraphView(controller)
        self.tabs.addTab(self.graph_view, self.tr("Insight &graph"))
        self.solutions_panel = SolutionsPanel(controller)
        self.tabs.addTab(self.solutions_panel, self.tr("&Solutions"))
        self.board = BoardPanel(controller)
        self.tabs.addTab(self.board, self.tr("&Board"))
        self.central = QWidget()
        layout = QVBoxLayout(self.central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.step_bar)
        layout.addWidget(self.tabs, 1)

        self.capture = CapturePanel(controller, self.notes)
        # Real names are private: the lists on screen (often projected) show labels only.
        self.participants = RecordPanel(
            "participant",
            [(self.tr("Label"), lambda p: p.label), (self.tr("Group"), lambda p: group_name(p.group)),
             (self.tr("Role"), lambda p: role_name(p.role)),
             (self.tr("Quote"), lambda p: _yes(p.consent_quote))],
            self.tr("No participants yet. Add each person with a pseudonymous label; real names "
                    "are optional and never shown here."), stretch_column=2,
            texts=(self.tr("Participants"), self.tr("Add participant"),
                   self.tr("Edit participant"), self.tr("Remove participant")))
        self.activities = RecordPanel(
            "activity",
            [(self.tr("Activity"), lambda a: a.name), (self.tr("Step"), lambda a: int(a.step)),
             (self.tr("Minutes"), lambda a: a.planned_minutes or "")],
            self.tr("No activities yet. Add the methods you run (e.g. “Silent brainstorm”) with "
                    "the prompt put to the room; notes can then say which one they answer."),
            texts=(self.tr("Activities"), self.tr("Add activity"), self.tr("Edit activity"),
                   self.tr("Remove activity")))

        self.voice = VoicePanel(controller)
        self.timer = ActivityTimer(self)
        self.timer_panel = TimerPanel(self.timer)
        self.presenter: PresenterWindow | None = None
        self.import_button = self.participants.add_button_after_add(
            self.tr("&Import…"), self.tr("Import a sign-up sheet (CSV: label, group, role, "
                                         "quote, real_name, email, phone)"))
        self.import_button.setAccessibleName(self.tr("Import a sign-up sheet"))
        self.import_button.clicked.connect(lambda _checked=False: self.import_participants())
        self.presenter_mode = "notes"
        self.presenter_controls = PresenterControls()
        self.presenter_controls.show_mode(self.presenter_mode)
        self.presenter_controls.mode_chosen.connect(self.set_presenter_mode)
        self.presenter_controls.toggle_requested.connect(self.toggle_presenter)
        self.presenter_controls.room_requested.connect(self.open_room)
        self.timer_panel.layout().insertWidget(self.timer_panel.layout().count() - 1,
                                               self.presenter_controls)
        self.room = None  # a RoomAdapter once the room has been opened to phones
        self.room_dialog = None
        self.library_button = self.activities.add_button_after_add(
            self.tr("&Library…"), self.tr("Add a method from the library to the agenda (Ctrl+L)"))
        self.library_button.clicked.connect(self.method_library)
        for key, offset, text, tip in (
                ("Ctrl+Up", -1, self.tr("Earlier"),
                 self.tr("Move the chosen activity earlier in the agenda")),
                ("Ctrl+Down", 1, self.tr("Later"),
                 self.tr("Move the chosen activity later in the agenda"))):
            action = QAction(text, self.activities)
            action.setStatusTip(tip)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, o=offset: self._move_activity(o))
            self.activities.addAction(action)
        self.activities.table.setToolTip(self.tr("Ctrl+Up / Ctrl+Down move the chosen activity "
                                                 "earlier or later in the agenda"))
        self.step_bar.step_chosen.connect(controller.set_step)
        self.themes_panel.suggest_requested.connect(self.suggest_themes)
        self.notes_panel.delete_requested.connect(controller.delete_notes)
        self.participants.add_requested.connect(self.add_participant)
        self.participants.edit_requested.connect(self.edit_participant)
        self.participants.remove_requested.connect(
            lambda p: controller.delete_participant(p.id))
        self.activities.add_requested.connect(self.add_activity)
        self.activities.edit_requested.connect(self.edit_activity)
        self.activities.remove_requested.connect(lambda a: controller.delete_activity(a.id))
        self.activities.table.selectionModel().selectionChanged.connect(
            self._activity_selected)
        controller.changed.connect(self._on_change)
        controller.changed.connect(lambda _change: self.update_presenter())
        self.themes_panel.tree.selectionModel().selectionChanged.connect(
            lambda *_: self.update_presenter())
        self.board.view.view_changed.connect(self._follow_board)
        self.capture.activity.currentIndexChanged.connect(self._running_activity_changed)
        self._tables: set[str] = set()
        self.refresh_details()
        self.refresh_lists()
        self.preparer = SentencePreparer(lambda: self.details, self._note_texts, self)
        self.preparer.note_changed()

    # --- keeping in step -----------------------------------------------------------------

    def _on_change(self, changes) -> None:
        self.notes.apply(changes)
        kinds = {change.kind for change in changes}
        if kinds & {"note", "workshop"}:
            self.preparer.note_changed()
        if "workshop" in kinds:
            latest = [c for c in changes if isinstance(c, WorkshopChanged)]
            if latest and not any(c.action == "reloaded" for c in changes):
                self.details = latest[-1].after  # the record carries the details
                self.step_bar.show_step(self.details.current_step)
            else:
                self.refresh_details()
        if kinds & {"participant", "activity"} or any(c.action == "reloaded" for c in changes):
            self.refresh_lists()
            return
        labels = {c.note.table_label for c in changes if isinstance(c, NoteAdded)}
        labels |= {c.after.table_label for c in changes if isinstance(c, NoteChanged)}
        if labels - self._tables - {""}:
            self.refresh_lists()  # a new table name becomes a choice of author

    def refresh_details(self) -> None:
        self.details = self.workshop.details()
        self.step_bar.show_step(self.details.current_step)

    def refresh_lists(self) -> None:
        participants = self.workshop.participants()
        activities = self.workshop.activities()
        self._tables = self._table_labels()
        self.participants.set_records(participants)
        self.activities.set_records(activities)
        self.activities.set_summary(agenda_summary(activities))
        self.capture.set_choices(participants, activities, sorted(self._tables))
        self.notes_panel.set_choices(participants, activities)

    def _note_texts(self) -> list[str]:
        return [self.notes.note_at(row).text for row in range(self.notes.rowCount())]

    def _table_labels(self) -> set[str]:
        return {self.notes.note_at(row).table_label for row in range(self.notes.rowCount())
                if self.notes.note_at(row).table_label}

    def _activity_selected(self, *_) -> None:
        activity = self.activities.selected()
        if activity is not None:
            self.capture.select_activity(activity.id)

    def running_activity(self):
        """The activity new notes go to: the one the room is working on."""
        activity_id = self.capture.activity.currentData()
        return next((a for a in self.workshop.activities() if a.id == activity_id), None)

    def _running_activity_changed(self, *_) -> None:
        activity = self.running_activity()
        if not self.timer.running:  # a running countdown is never reset behind one's back
            self.timer.set_activity(activity.name if activity else "",
                                    activity.planned_minutes if activity else None)
        if self.room is not None:  # phones answer the activity the laptop runs
            self.room.follow(activity.id if activity else None)
        self.update_presenter()

    # --- presenter view ------------------------------------------------------------------

    def toggle_presenter(self) -> None:
        if self.presenter is not None and self.presenter.isVisible():
            self.presenter.close()
            return
        screen = self._choose_screen()
        if screen is False:
            return
        if self.presenter is None:
            self.presenter = PresenterWindow(self.timer, self.window)
            # The timer's keys, F11, Shift+F11 and revealing the votes (Ctrl+Shift+R) work
            # from the presenter view too.
            self.presenter.addActions(getattr(self.window, "presenter_actions", []))
            self.presenter.addAction(self.solutions_panel.reveal_action)
        self.presenter.show_on(screen)
        self.update_presenter()

    def _choose_screen(self):
        """With several screens, ask which one is the projector (None: the default)."""
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtWidgets import QInputDialog

        screens = QGuiApplication.screens()
        if len(screens) < 2:
            return None
        names = [f"{i + 1}: {s.name()} ({s.size().width()}×{s.size().height()})"
                 for i, s in enumerate(screens)]
        current = self.window.screen()
        default = next((i for i, s in enumerate(screens) if s is not current), 0)
        choice, ok = QInputDialog.getItem(self.window, self.tr("Presenter view"),
                                          self.tr("Show it on screen:"), names, default, False)
        return names.index(choice) if ok else False

    def set_presenter_mode(self, mode: str) -> None:
        """What the projector shows: one of presenter.MODES, chosen by the facilitator."""
        if mode not in MODES:
            return
        self.presenter_mode = mode
        self.presenter_controls.show_mode(mode)
        self.update_presenter()

    def next_presenter_mode(self) -> None:
        modes = list(MODES)
        self.set_presenter_mode(modes[(modes.index(self.presenter_mode) + 1) % len(modes)])

    def update_presenter(self) -> None:
        if self.presenter is None or not self.presenter.isVisible():
            return
        details = self.workshop.details()
        step = details.current_step
        activity = self.running_activity()
        prompt = (activity.prompt or activity.name) if activity else details.question
        title, texts = self._presented(self.presenter_mode, activity, details)
        self.presenter.privacy = PrivacyRule.for_room(self.workshop)
        self.presenter.show_state(self.tr("Step {0}: {1}").format(int(step), step.info.title),
                                  prompt, title, texts,
                                  mode=self.presenter_mode)
        if self.presenter_mode == "board":
            if self.board._dirty:  # the scene is the laptop's board, kept up to date
                self.board.refresh()
            self._follow_board()
        room = self.room
        if room is not None and room.running and self.room_dialog is not None \
                and self.room_dialog.on_projector.isChecked():
            self.presenter.show_room(room.join_url(), room.address(),
                                     room.room.state().code)
        else:
            self.presenter.show_room()

    def _presented(self, mode: str, activity, details) -> tuple[str, list[str]]:
        """The title and the lines the projector lists in this mode."""
        if mode == "notes":  # what the room is answering now, newest first
            wanted = activity.id if activity is not None else None
            rows = (self.notes.note_at(r) for r in range(self.notes.rowCount() - 1, -1, -1))
            texts = [n.text for n in rows if n.activity_id == wanted]
            return (self.tr("Latest notes – {}").format(activity.name) if activity
                    else self.tr("Latest notes"), texts)
        if mode == "theme":
            themes = self.themes_panel.selected_theme_ids()
            if not themes:
                return "", []
            theme = self.workshop.synthesis.theme(themes[0])
            rows = (self.notes.note_at(r) for r in range(self.notes.rowCount()))
            texts = {n.id: n.text for n in rows}
            return (f"{theme.label} ({theme.size})",
                    [texts[i] for i in theme.note_ids if i in texts])
        if mode == "solutions":
            solutions = self.workshop.synthesis.solutions()
            if not details.votes_revealed:  # no running totals to follow
                return self.tr("Solutions – the dots are counted once everyone has voted"), [
                    s.title for s in solutions]
            ranked = sorted(solutions, key=lambda s: (-s.votes, s.id))
            return self.tr("The votes"), [f"{s.title}  ●  {s.votes}" for s in ranked]
        return "", []

    def _follow_board(self) -> None:
        """The projector's board follows the part of the board the laptop shows."""
        if (self.presenter is not None and self.presenter.isVisible()
                and self.presenter_mode == "board"):
            self.presenter.follow_board(self.board.view.board_scene,
                                        self.board.view.looked_at())

    # --- the room: participants' phones --------------------------------------------------

    def open_room(self) -> None:
        """Room > Open the room to phones: serve the room and show its dialog."""
        from facilitator.views.room_dialog import RoomAdapter, RoomDialog

        if self.room is None:
            self.room = RoomAdapter(self.controller, self)
            activity = self.running_activity()
            self.room.follow(activity.id if activity else None)
            self.room.state_changed.connect(self.update_presenter)
        if self.room_dialog is None:
            self.room_dialog = RoomDialog(self.room, self.notes, self.window)
            self.room_dialog.on_projector.toggled.connect(lambda _on: self.update_presenter())
        if not self.room.running:
            self.room.start()
        self.room_dialog.refresh()
        self.room_dialog.show()
        self.room_dialog.raise_()
        self.room_dialog.activateWindow()
        self.update_presenter()

    def stop_room(self) -> None:
        """The workshop closes or the app quits: stop serving (the room stays open, so the
        phones rejoin with the same code when it is opened again)."""
        if self.room_dialog is not None:
            self.room_dialog.close()
            self.room_dialog.deleteLater()
            self.room_dialog = None
        if self.room is not None:
            self.room.stop()

    # --- themes --------------------------------------------------------------------------

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self.tabs.currentWidget().setFocus()

    def suggest_themes(self) -> None:
        from facilitator.views.suggest_dialog import SuggestDialog

        self.tabs.setCurrentWidget(self.themes_panel)
        dialog = SuggestDialog(self.workshop, parent=self.window)
        if dialog.exec() and dialog.suggestion is not None:
            self.controller.apply_suggestion(dialog.suggestion)
        dialog.deleteLater()

    # --- methods and the agenda -----------------------------------------------------------

    def method_library(self) -> None:
        from facilitator.views.application import user_methods_folder
        from facilitator.views.method_browser import MethodBrowser

        browser = MethodBrowser(user_methods_folder(), self.details.current_step, self.window,
                                language=self.details.language)
        browser.add_requested.connect(self.add_method)
        browser.exec()
        browser.deleteLater()

    def _move_activity(self, offset: int) -> None:
        activity = self.activities.selected()
        if activity is not None:
            self.controller.move_activity(activity.id, offset)
            for row, record in enumerate(self.activities.model.records()):
                if record.id == activity.id:
                    self.activities.table.selectRow(row)

    def add_method(self, method) -> None:
        """The method as the next activity of the agenda, named uniquely, in the current
        step when it serves it."""
        names = {a.name.casefold() for a in self.workshop.activities()}
        name, number = method.name, 2
        while name.casefold() in names:
            name, number = f"{method.name} ({number})", number + 1
        current = self.details.current_step
        step = current if current in method.steps else method.steps[0]
        activity = self.controller.add_activity(
            name, step=step, prompt=method.prompts[0] if method.prompts else "",
            planned_minutes=method.minutes[0])
        if activity is not None:  # on the agenda; what the room is doing now stays as it is
            running = self.running_activity()
            still = (self.tr("; the running activity is still '{}'").format(running.name)
                     if running is not None else "")
            self.window.statusBar().showMessage(
                self.tr("'{0}' added to the agenda ({1} min, step {2}){3}").format(
                    activity.name, activity.planned_minutes, int(activity.step), still),
                10000)

    # --- participants and activities -----------------------------------------------------

    def add_participant(self) -> None:
        labels = [p.label for p in self.participants.model.records()]
        dialog = ParticipantDialog(suggested_label=next_label(labels), parent=self.window)
        while dialog.exec():
            values = dialog.values()
            if self.controller.add_participant(values.pop("label"), **values) is not None:
                return

    def import_participants(self, path: str | None = None) -> None:
        """A sign-up sheet from a CSV file: all rows or none, one step to undo."""
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import a sign-up sheet"),
                                                  "", self.tr("CSV files (*.csv *.txt)"))
            if not path:
                return
        people = self.controller.import_participants(path)
        if people:
            self.window.statusBar().showMessage(
                self.tr("Imported %n participant(s).", "", len(people)), 8000)

    def edit_participant(self, person) -> None:
        dialog = ParticipantDialog(person, parent=self.window)
        while dialog.exec():
            if self.controller.edit_participant(person.id, **dialog.values()) is not None:
                return

    def add_activity(self) -> None:
        dialog = ActivityDialog(step=self.details.current_step, parent=self.window)
        while dialog.exec():
            values = dialog.values()
            activity = self.controller.add_activity(values.pop("name"), **values)
            if activity is not None:
                self.capture.select_activity(activity.id)
                return

    def edit_activity(self, activity) -> None:
        dialog = ActivityDialog(activity, parent=self.window)
        while dialog.exec():
            if self.controller.edit_activity(activity.id, **dialog.values()) is not None:
                return
