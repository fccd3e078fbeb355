"""Live note capture, keyboard first.

Type, Enter saves and clears the field. The author and activity stay set between notes (a
note-taker usually hears several notes from the same person in a row); Enter in either field
keeps the choice and comes back to the note, Esc comes back without changing it. "@R2 " at
the start of a note sets the author for that note alone; an R2 not yet in the workshop is
offered as a new participant, never stored as text. Up moves into the list of captured
notes, where Enter or F2 edits a note, Delete removes it, and Down past the last note or Esc
comes back.
"""

from __future__ import annotations

import re
import uuid

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.domain.workshop import ActivityData, ParticipantData
from facilitator.core.locale.terms import group_name
from facilitator.views.controller import WorkshopController
from facilitator.views.note_models import (
    NOTE_EDITOR_MAX,
    NOTE_ID_ROLE,
    CapturedNotesProxy,
    LongTextDelegate,
    NoteTableModel,
)
from facilitator.views.repaint import RowsOnShowKept

_INLINE_AUTHOR = re.compile(r"^@(\S+)\s+(.*)$", re.DOTALL)


class _CapturedDelegate(LongTextDelegate):
    def sizeHint(self, option, index) -> QSize:
        # No width of its own: a list row is as wide as the list, so the first note's length
        # cannot make every row wider than the dock.
        return QSize(0, super().sizeHint(option, index).height())


class CapturedList(RowsOnShowKept, QListView):
    """The notes captured lately: a new one scrolls the list by a row, which paints that row
    alone rather than every row on show."""


class CapturePanel(QWidget):

    def __init__(self, controller: WorkshopController, notes: NoteTableModel, parent=None):
        super().__init__(parent)
        self.controller = controller
        self._participants: list[ParticipantData] = []
        self._activities: list[ActivityData] = []

        self.author = QComboBox(self)
        self.author.setEditable(True)
        self.author.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.author.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.author.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.author.lineEdit().setPlaceholderText(self.tr("participant or table"))
        self.author.setAccessibleName(self.tr("Author"))
        self.author.setMinimumContentsLength(10)
        self.activity = QComboBox(self)
        self.activity.setAccessibleName(self.tr("Activity"))
        self.activity.setMinimumContentsLength(10)
        # Enter keeps the choice and comes back to the note; Esc comes back without it.
        self._chosen_before: tuple[str, int] = ("", 0)
        self.author.lineEdit().returnPressed.connect(self._back_to_note)
        for widget in (self.author, self.activity, self.activity.view()):
            widget.installEventFilter(self)

        self.entry = QLineEdit(self)
        self.entry.setObjectName("noteEntry")
        self.entry.setAccessibleName(self.tr("New note"))
        self.entry.setPlaceholderText(self.tr("Type a note and press Enter"))
        self.entry.setClearButtonEnabled(True)
        self.entry.setMaxLength(NOTE_EDITOR_MAX)  # a long paste is kept whole
        font = self.entry.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.entry.setFont(font)
        self.entry.setMinimumHeight(36)
        self.entry.returnPressed.connect(self.save_note)
        self.entry.installEventFilter(self)

        self.captured = CapturedList(self)
        self.captured.setItemDelegate(_CapturedDelegate(self.captured))
        # Each note on one line as wide as the dock, a long one elided: no sideways scrolling.
        self.captured.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.captured.setAccessibleName(self.tr("Captured notes"))
        self._proxy = CapturedNotesProxy(self)
        self._proxy.setSourceModel(notes)
        self.captured.setModel(self._proxy)
        self.captured.setModelColumn(NoteTableModel.TEXT)
        self.captured.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.captured.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                      | QAbstractItemView.EditTrigger.DoubleClicked)
        self.captured.setUniformItemSizes(True)
        self.captured.installEventFilter(self)
        notes.rowsInserted.connect(lambda *_: self.captured.scrollToBottom())
        notes.modelReset.connect(self.captured.scrollToBottom)

        author_label = self._author_label = QLabel(self.tr("&Author:"), self)
        author_label.setBuddy(self.author)
        activity_label = self._activity_label = QLabel(self.tr("Ac&tivity:"), self)
        activity_label.setBuddy(self.activity)
        hint = QLabel(self.tr(
            "Enter saves · ↑ earlier notes · “@R2 …” author of one note · Alt+A author, "
            "Alt+T activity (Enter or Esc: back here) · Ctrl+E: here from anywhere · "
            "Ctrl+Z in the empty field: undo"), self)
        hint.setEnabled(False)
        hint.setWordWrap(True)

        grid = QGridLayout()
        grid.addWidget(author_label, 0, 0)
        grid.addWidget(self.author, 0, 1)
        grid.addWidget(activity_label, 1, 0)
        grid.addWidget(self.activity, 1, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(grid)
        layout.addWidget(self.entry)
        layout.addWidget(hint)
        layout.addWidget(self.captured, 1)
        self.setFocusProxy(self.entry)
        self.captured.scrollToBottom()

    # --- choices -------------------------------------------------------------------------

    def set_choices(self, participants: list[ParticipantData], activities: list[ActivityData],
                    tables: list[str]) -> None:
        """Refresh the author and activity lists, keeping what is currently chosen."""
        author_text = self.author.currentText()
        activity_id = self.activity.currentData()
        self._participants, self._activities = participants, activities
        self.author.blockSignals(True)
        self.author.clear()
        self.author.addItem("")
        for person in participants:
            self.author.addItem(person.label)
            if person.group:
                self.author.setItemData(self.author.count() - 1,
                                        f"{person.label} – {group_name(person.group)}",
                                        Qt.ItemDataRole.ToolTipRole)
        for table in tables:
            if not any(p.label.casefold() == table.casefold() for p in participants):
                self.author.addItem(table)
        self.author.setCurrentText(author_text)
        self.author.blockSignals(False)
        self.activity.clear()
        self.activity.addItem(self.tr("(no activity)"), None)
        for activity in activities:
            self.activity.addItem(self.tr("{0}  ·  step {1}").format(activity.name, int(activity.step)),
                                  activity.id)
        index = self.activity.findData(activity_id)
        self.activity.setCurrentIndex(max(index, 0))

    def select_activity(self, activity_id: int | None) -> None:
        self.activity.setCurrentIndex(max(self.activity.findData(activity_id), 0))

    def _author_fields(self, author: str) -> dict:
        author = author.strip()
        person = self._participant_labelled(author)
        if person is not None:
            return {"participant_id": person.id, "table_label": ""}
        return {"participant_id": None, "table_label": author}

    def _participant_labelled(self, label: str) -> ParticipantData | None:
        wanted = label.casefold()
        return next((p for p in self._participants if p.label.casefold() == wanted), None)

    # --- saving --------------------------------------------------------------------------

    def save_note(self) -> None:
        text = self.entry.text()
        author = self.author.currentText()
        inline = _INLINE_AUTHOR.match(text.strip())
        if inline and inline.group(2).strip():
            author = self._known_author(inline.group(1)) or self._offer_participant(
                inline.group(1))
            if author is None:  # declined: the whole text stays in the field
                return
            text = inline.group(2)
        fields = self._author_fields(author)
        # The note's step is its activity's: the core's one rule (rows.note_step).
        fields["activity_id"] = self.activity.currentData()
        fields["uid"] = str(uuid.uuid4())  # fixed when typed: every retry is this note
        note = self.controller.add_note(text, **fields)
        # setText("") rather than clear(): clear() is undoable, and the field's own Ctrl+Z
        # would bring the saved note back to be saved twice.
        if note is not None or self.controller.queue_note(text, **fields):  # on failure the text stays in the field, nothing is lost
            self.entry.setText("")

    def _known_author(self, label: str) -> str | None:
        """The participant or table a "@label" names, as it is spelled in the workshop."""
        person = self._participant_labelled(label)
        if person is not None:
            return person.label
        wanted = label.casefold()
        tables = (self.author.itemText(i) for i in range(self.author.count()))
        return next((t for t in tables if t and t.casefold() == wanted), None)

    def _offer_participant(self, label: str) -> str | None:
        """Ask whether "@label" is a new participant (Enter: yes, in the group last used);
        the label once added, None when declined."""
        group = self._group_last_used()
        in_group = self.tr(" in the group “{}”").format(group_name(group)) if group else ""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("New participant"),
                          self.tr("{0} is not a participant of this workshop yet.\n\n"
                                  "Add {0}{1} and save the note by them?").format(
                              label, in_group),
                          QMessageBox.StandardButton.Cancel, self)
        add = box.addButton(self.tr("&Add {} and save").format(label),
                            QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(add)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        added = None
        if box.clickedButton() is add:
            person = self.controller.add_participant(label, group=group)
            if person is not None:  # the lists of authors are refreshed by then
                added = person.label
        box.deleteLater()
        self.entry.setFocus()
        return added

    def _group_last_used(self) -> str:
        """The group of whoever wrote the latest note by a participant, else of the
        participant added last: the table a note-taker is sitting with."""
        notes = self._proxy.sourceModel()
        for row in range(notes.rowCount() - 1, -1, -1):
            note = notes.note_at(row)
            if note.participant_id is not None:
                return note.group
        return self._participants[-1].group if self._participants else ""

    # --- keyboard ------------------------------------------------------------------------

    def _back_to_note(self) -> None:
        """The author or activity is chosen: the next key is the next note."""
        person = self._participant_labelled(self.author.currentText().strip())
        if person is not None and self.author.currentText() != person.label:
            self.author.setCurrentText(person.label)  # "r1" is R1
        self.entry.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def key_help(self) -> list[tuple[str, str]]:
        """The keys of the note field and the captured notes, for Help > Keyboard shortcuts
        (the window's actions, such as Ctrl+E, tell their own)."""
        native = QKeySequence.SequenceFormat.NativeText
        author, activity = (QKeySequence.mnemonic(label.text()).toString(native)
                            for label in (self._author_label, self._activity_label))
        return [
            (self.tr("Enter"), self.tr("save the note being typed")),
            ("↑ / ↓", self.tr("move between the new note and the notes captured before")),
            (self.tr("F2 or Enter"), self.tr("edit the chosen note")),
            (self.tr("Delete"), self.tr("remove the chosen notes")),
            (self.tr("Esc"), self.tr("from the captured notes, the author or the activity: "
                                     "back to the note")),
            (self.tr("@R2 at the start"), self.tr("make R2 the author of that note alone (a new "
                                                  "R2 is offered as a participant)")),
            (f"{author} / {activity}", self.tr("choose the author / the activity; Enter or Esc "
                                               "back to the note")),
        ]

    def _choice_keys(self, watched: QObject, event: QEvent) -> bool:
        """Enter and Esc in the author and activity fields (True: the key is used)."""
        if event.type() == QEvent.Type.FocusIn and watched is not self.activity.view():
            if event.reason() != Qt.FocusReason.PopupFocusReason:  # not back from its list
                self._chosen_before = (self.author.currentText(), self.activity.currentIndex())
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.activity.view():  # its list: the choice is made, then back
            if enter:
                QTimer.singleShot(0, self._back_to_note)
            return False
        if key == Qt.Key.Key_Escape:
            author, activity = self._chosen_before
            self.author.setCurrentText(author)
            self.activity.setCurrentIndex(activity)
            self._back_to_note()
            return True
        if enter and watched is self.activity:
            self._back_to_note()
            return True
        return False  # Enter in the author field: returnPressed, once the text is taken

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.author, self.activity, self.activity.view()):
            return self._choice_keys(watched, event) or super().eventFilter(watched, event)
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.entry and key == Qt.Key.Key_Up:
            return self._enter_list()
        editing = self.captured.state() == QAbstractItemView.State.EditingState
        if watched is self.captured and not editing:
            current = self.captured.currentIndex()
            last = self._proxy.rowCount() - 1
            if key == Qt.Key.Key_Escape or (key == Qt.Key.Key_Down and current.row() >= last):
                self.captured.clearSelection()
                self.entry.setFocus()
                return True
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self._delete_selected()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current.isValid():
                self.captured.edit(current)
                return True
        return super().eventFilter(watched, event)

    def _enter_list(self) -> bool:
        rows = self._proxy.rowCount()
        if rows == 0:
            return False
        index = self._proxy.index(rows - 1, NoteTableModel.TEXT)
        self.captured.setFocus()
        self.captured.setCurrentIndex(index)
        self.captured.scrollTo(index)
        return True

    def selected_note_ids(self) -> list[int]:
        indexes = self.captured.selectionModel().selectedIndexes()
        return [index.data(NOTE_ID_ROLE) for index in indexes]

    def _delete_selected(self) -> None:
        ids = self.selected_note_ids()
        if not ids:
            return
        row = min(i.row() for i in self.captured.selectionModel().selectedIndexes())
        self.controller.delete_notes(ids)
        remaining = self._proxy.rowCount()
        if remaining:
            self.captured.setCurrentIndex(
                self._proxy.index(min(row, remaining - 1), NoteTableModel.TEXT))
        else:
            self.entry.setFocus()
