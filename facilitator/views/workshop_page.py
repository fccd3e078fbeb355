"""Everything shown for one open workshop: the step bar, the notes, capture and the lists of
participants and activities. The main window owns the docks; this object owns their content
and keeps it in step with the store."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from facilitator.core.workshop import Change
from facilitator.views.board import BoardPanel
from facilitator.views.capture import CapturePanel
from facilitator.views.controller import WorkshopController
from facilitator.views.dialogs import ActivityDialog, ParticipantDialog
from facilitator.views.graph_view import GraphView
from facilitator.views.note_models import NoteTableModel
from facilitator.views.notes_panel import NotesPanel
from facilitator.views.preparing import SentencePreparer
from facilitator.views.presenter import PresenterWindow
from facilitator.views.record_panel import RecordPanel
from facilitator.views.solutions_panel import SolutionsPanel
from facilitator.views.step_bar import StepBar
from facilitator.views.themes_panel import ThemesPanel
from facilitator.views.timer import ActivityTimer, TimerPanel
from facilitator.views.voice_panel import VoicePanel


def _yes(value: bool) -> str:
    return "yes" if value else ""


def agenda_summary(activities) -> str:
    """'Agenda: 95 min – step 1: 40 · step 2: 35 · step 4: 20' (planned minutes)."""
    planned = [a for a in activities if a.planned_minutes]
    if not planned:
        return ""
    by_step: dict[int, int] = {}
    for activity in planned:
        by_step[int(activity.step)] = by_step.get(int(activity.step), 0) + activity.planned_minutes
    total = sum(by_step.values())
    hours = f" ({total // 60} h {total % 60:02d})" if total >= 60 else ""
    steps = " · ".join(f"step {s}: {m}" for s, m in sorted(by_step.items()))
    return f"<b>Agenda: {total} min{hours}</b> – {steps}"


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
        self.tabs.addTab(self.notes_panel, "&Notes")
        self.tabs.addTab(self.themes_panel, "&Themes")
        self.graph_view = GraphView(controller)
        self.tabs.addTab(self.graph_view, "Insight &graph")
        self.solutions_panel = SolutionsPanel(controller)
        self.tabs.addTab(self.solutions_panel, "&Solutions")
        self.board = BoardPanel(controller)
        self.tabs.addTab(self.board, "&Board")
        self.central = QWidget()
        layout = QVBoxLayout(self.central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.step_bar)
        layout.addWidget(self.tabs, 1)

        self.capture = CapturePanel(controller, self.notes)
        # Real names are private: the lists on screen (often projected) show labels only.
        self.participants = RecordPanel(
            "participant",
            [("Label", lambda p: p.label), ("Group", lambda p: p.group),
             ("Role", lambda p: p.role), ("Quote", lambda p: _yes(p.consent_quote))],
            "No participants yet. Add each person with a pseudonymous label; real names "
            "are optional and never shown here.", stretch_column=2)
        self.activities = RecordPanel(
            "activity",
            [("Activity", lambda a: a.name), ("Step", lambda a: int(a.step)),
             ("Minutes", lambda a: a.planned_minutes or "")],
            "No activities yet. Add the methods you run (e.g. “Silent brainstorm”) with the "
            "prompt put to the room; notes can then say which one they answer.")

        self.voice = VoicePanel(controller)
        self.timer = ActivityTimer(self)
        self.timer_panel = TimerPanel(self.timer)
        self.presenter: PresenterWindow | None = None
        self.room = None  # a RoomAdapter once the room has been opened to phones
        self.room_dialog = None
        self.library_button = self.activities.add_button_after_add(
            "&Library…", "Add a method from the library to the agenda (Ctrl+L)")
        self.library_button.clicked.connect(self.method_library)
        for key, offset in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            action = QAction(self.activities)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, o=offset: self._move_activity(o))
            self.activities.addAction(action)
        self.activities.table.setToolTip("Ctrl+Up / Ctrl+Down move the chosen activity "
                                         "earlier or later in the agenda")
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
        self.tabs.currentChanged.connect(lambda _: self.update_presenter())
        self.capture.activity.currentIndexChanged.connect(self._running_activity_changed)
        self._tables: set[str] = set()
        self.refresh_details()
        self.refresh_lists()
        self.preparer = SentencePreparer(lambda: self.details, self._note_texts, self)
        self.preparer.note_changed()

    # --- keeping in step -----------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        self.notes.apply(change)
        if change.kind in ("note", "workshop"):
            self.preparer.note_changed()
        if change.kind == "workshop":
            self.refresh_details()
        elif change.kind in ("participant", "activity") or change.action == "reloaded":
            self.refresh_lists()
        elif change.kind == "note" and change.action != "deleted":
            rows = (self.notes.row_of(i) for i in change.ids)
            labels = {self.notes.note_at(r).table_label for r in rows if r is not None}
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
            self.presenter.room_requested.connect(self.open_room)
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
        choice, ok = QInputDialog.getItem(self.window, "Presenter view",
                                          "Show it on screen:", names, default, False)
        return names.index(choice) if ok else False

    def update_presenter(self) -> None:
        if self.presenter is None or not self.presenter.isVisible():
            return
        step = self.workshop.details().current_step
        activity = self.running_activity()
        themes = self.themes_panel.selected_theme_ids()
        notes = {n.id: n for n in self.workshop.notes()}
        if themes:
            theme = self.workshop.synthesis.theme(themes[0])
            title = f"{theme.label} ({theme.size})"
            texts = [notes[i].text for i in theme.note_ids if i in notes]
        else:
            title = "Latest notes"
            texts = [n.text for n in sorted(notes.values(), key=lambda n: n.id,
                                            reverse=True)]
        prompt = (activity.prompt or activity.name) if activity else ""
        on_board = self.tabs.currentWidget() is self.board
        self.presenter.show_board(self.board.view.board_scene if on_board else None)
        self.presenter.show_state(f"Step {int(step)}: {step.info.title}", prompt, title, texts)
        room = self.room
        if room is not None and room.running and self.room_dialog is not None \
                and self.room_dialog.on_projector.isChecked():
            self.presenter.show_room(room.join_url(), room.address(),
                                     room.room.state().code)
        else:
            self.presenter.show_room()

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
            suggestion = dialog.suggestion
            self.controller.change_themes(
                f"Apply {len(suggestion.themes)} suggested themes",
                lambda: self.workshop.synthesis.apply_suggestion(suggestion))
        dialog.deleteLater()

    # --- methods and the agenda -----------------------------------------------------------

    def method_library(self) -> None:
        from facilitator.views.application import user_methods_folder
        from facilitator.views.method_browser import MethodBrowser

        browser = MethodBrowser(user_methods_folder(), self.details.current_step, self.window)
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
        if activity is not None:
            self.capture.select_activity(activity.id)
            self.window.statusBar().showMessage(
                f"Added '{activity.name}' to the agenda ({activity.planned_minutes} min, "
                f"step {int(activity.step)})", 8000)

    # --- participants and activities -----------------------------------------------------

    def _next_label(self) -> str:
        taken = {p.label.casefold() for p in self.participants.model.records()}
        number = len(taken) + 1
        while f"p{number}" in taken:
            number += 1
        return f"P{number}"

    def add_participant(self) -> None:
        dialog = ParticipantDialog(suggested_label=self._next_label(), parent=self.window)
        while dialog.exec():
            values = dialog.values()
            if self.controller.add_participant(values.pop("label"), **values) is not None:
                return

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
