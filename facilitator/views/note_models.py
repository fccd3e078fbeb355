"""Qt item models over the workshop's notes, kept in step with the store by change signals."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractProxyModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate

from facilitator.core.domain.changes import (
    ActivityChanged,
    NoteAdded,
    NoteChanged,
    NoteDeleted,
    NotesPlaced,
    ParticipantChanged,
    ThemesChanged,
)
from facilitator.core.domain.workshop import NoteData, NoteFilter, Workshop
from facilitator.core.locale.terms import group_name

Index = QModelIndex | QPersistentModelIndex
NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def author_shown(note: NoteData) -> str:
    """The author, and the phone a note came from when it is not the author's name
    ("R2 (Phone 7)"): notes from the room are marked with their device."""
    from facilitator.core.domain.room import DEVICE_PREFIX

    device = note.created_by
    if device.startswith(f"{DEVICE_PREFIX} ") and device != note.author:
        return f"{note.author} ({device})" if note.author else device
    return note.author


_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                    Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole,
                    NOTE_ID_ROLE})


class NoteTableModel(QAbstractTableModel):
    """All notes of the workshop, oldest first; the text column is editable."""

    # Kept in English (the settings remember hidden columns by these names), shown translated.
    HEADERS = ("#", QT_TRANSLATE_NOOP("NoteTableModel", "Note"),
               QT_TRANSLATE_NOOP("NoteTableModel", "Author"),
               QT_TRANSLATE_NOOP("NoteTableModel", "Group"),
               QT_TRANSLATE_NOOP("NoteTableModel", "Activity"),
               QT_TRANSLATE_NOOP("NoteTableModel", "Step"),
               QT_TRANSLATE_NOOP("NoteTableModel", "Time"))
    ID, TEXT, AUTHOR, GROUP, ACTIVITY, STEP, TIME = range(7)

    def __init__(self, workshop: Workshop, controller=None, parent=None):
        super().__init__(parent)
        self.workshop = workshop
        self.controller = controller  # edits go through it so they can be undone
        self._notes: list[NoteData] = []
        self._rows: dict[int, int] = {}  # note id -> row
        self.reload()

    # --- keeping in step -----------------------------------------------------------------

    def reload(self) -> None:
        self.beginResetModel()
        self._notes = self.workshop.notes()
        self._reindex()
        self.endResetModel()

    def apply(self, changes) -> None:
        """Apply the core's change records (`core.domain.changes`) to the rows, without
        reading the store; only a reload from elsewhere (another laptop) reads it again."""
        if any(c.action == "reloaded" and c.kind in ("note", "participant", "activity",
                                                     "theme") for c in changes):
            self.reload()
            return
        added: list[NoteData] = []
        for change in changes:
            if isinstance(change, NoteAdded):
                added.append(change.note)
                continue
            if added:  # in order: what came before this change goes in first
                self._insert(added)
                added = []
            if isinstance(change, NoteChanged):
                self._upsert(change.after)
            elif isinstance(change, NoteDeleted):
                self._remove(change.note.id)
            elif isinstance(change, NotesPlaced):
                self._replace({note_id: {"pos_x": None if place is None else place[0],
                                         "pos_y": None if place is None else place[1]}
                               for note_id, _before, place in change.places})
            elif isinstance(change, ThemesChanged):
                labels = {t.id: t.label for t in change.change.after.themes}
                self._replace({note_id: {"theme_id": theme_id, "placed_by_hand": by_hand,
                                         "theme_label": labels.get(theme_id, "")}
                               for note_id, theme_id, by_hand in change.change.after.placements})
            elif isinstance(change, ParticipantChanged):
                person = change.after
                self._replace({n.id: {"participant_label": person.label, "group": person.group}
                               for n in self._notes if n.participant_id == person.id})
            elif isinstance(change, ActivityChanged):
                activity = change.after
                self._replace({n.id: {"activity_name": activity.name}
                               for n in self._notes if n.activity_id == activity.id})
        if added:
            self._insert(added)

    def _insert(self, notes: list[NoteData]) -> None:
        newest = self._notes[-1].id if self._notes else 0
        appended = [n for n in notes if n.id > newest and n.id not in self._rows]
        fresh = {n.id for n in appended}
        for note in notes:
            if note.id not in fresh:
                self._upsert(note)
        if appended:  # many notes at once (phones in the room): one insertion
            first = len(self._notes)
            self.beginInsertRows(QModelIndex(), first, first + len(appended) - 1)
            for row, note in enumerate(appended, start=first):
                self._notes.append(note)
                self._rows[note.id] = row
            self.endInsertRows()

    def _replace(self, fields_by_note: dict[int, dict]) -> None:
        """Change some fields of notes shown, one signal for the rows between."""
        rows = []
        for note_id, values in fields_by_note.items():
            row = self._rows.get(note_id)
            if row is None:
                continue
            note = self._notes[row]
            if any(getattr(note, key) != value for key, value in values.items()):
                self._notes[row] = replace(note, **values)
                rows.append(row)
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0),
                                  self.index(max(rows), len(self.HEADERS) - 1))

    def _upsert(self, note: NoteData) -> None:
        row = self._rows.get(note.id)
        if row is not None:
            self._notes[row] = note
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))
            return
        # Notes are ordered by id; a restored note goes back to its old place.
        row = len(self._notes)
        while row > 0 and self._notes[row - 1].id > note.id:
            row -= 1
        self.beginInsertRows(QModelIndex(), row, row)
        self._notes.insert(row, note)
        if row == len(self._notes) - 1:
            self._rows[note.id] = row
        else:
            self._reindex()
        self.endInsertRows()

    def _remove(self, note_id: int) -> None:
        row = self._rows.get(note_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._notes[row]
        self._reindex()
        self.endRemoveRows()

    def _reindex(self) -> None:
        self._rows = {note.id: row for row, note in enumerate(self._notes)}

    # --- reading -------------------------------------------------------------------------

    def note_at(self, row: int) -> NoteData:
        return self._notes[row]

    def row_of(self, note_id: int) -> int | None:
        return self._rows.get(note_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._notes)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        # Asked for at every cell painted, through the proxies: one call rather than Qt's
        # own, which asks rowCount and columnCount of this Python model each time.
        if parent.isValid() or not (0 <= row < len(self._notes)) \
                or not (0 <= column < len(self.HEADERS)):
            return QModelIndex()
        return self.createIndex(row, column)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header(section)
        return None

    @classmethod
    def header(cls, section: int) -> str:
        return QCoreApplication.translate("NoteTableModel", cls.HEADERS[section])

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid():
            return None  # every painted cell asks for colours and fonts it does not have
        note = self._notes[index.row()]
        column = index.column()
        if role == NOTE_ID_ROLE:
            return note.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._display(note, column, role)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return note.text
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STEP:
            return note.step.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.ID, self.STEP):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, note: NoteData, column: int, role):
        if column == self.ID:
            return note.id
        if column == self.TEXT:
            if role == Qt.ItemDataRole.EditRole:
                return note.text
            return " ".join(note.text.split()) if len(note.text) < 400 else (
                " ".join(note.text[:400].split()) + "…")
        if column == self.AUTHOR:
            return author_shown(note)
        if column == self.GROUP:
            return group_name(note.group)
        if column == self.ACTIVITY:
            return note.activity_name
        if column == self.STEP:
            return int(note.step)
        if column == self.TIME:
            return note.created_at.astimezone().strftime("%H:%M")
        return None

    def flags(self, index: Index):
        base = super().flags(index)
        if index.isValid() and index.column() == self.TEXT and self.controller is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.TEXT:
            return False
        note = self._notes[index.row()]
        if value == note.text:
            return False
        return self.controller.edit_note(note.id, text=value) is not None


class NoteFilterProxy(QSortFilterProxyModel):
    """Shows the notes that match a NoteFilter."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._filter = NoteFilter()

    @property
    def note_filter(self) -> NoteFilter:
        return self._filter

    def set_note_filter(self, note_filter: NoteFilter) -> None:
        if note_filter != self._filter:
            self.beginFilterChange()
            self._filter = note_filter
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._filter.is_empty:
            return True
        return self._filter.matches(self.sourceModel().note_at(source_row))

    def lessThan(self, left: Index, right: Index) -> bool:
        if left.column() in (NoteTableModel.ID, NoteTableModel.TIME):
            source = self.sourceModel()
            return source.note_at(left.row()).id < source.note_at(right.row()).id
        return super().lessThan(left, right)


_COLUMNS = len(NoteTableModel.HEADERS)


class CapturedNotesProxy(QAbstractProxyModel):
    """The latest notes as one line each, author first: what a note-taker glances at.

    Only the latest notes are shown, as a window on the end of the notes table - from RECENT
    to twice as many: a new note is one row more, and once the window is full it starts
    again from the last RECENT, so a note costs the same with ten notes as with ten
    thousand."""

    RECENT = 200

    def __init__(self, parent=None):
        super().__init__(parent)
        self._first = 0  # the source row shown first
        self._rows = 0  # rows shown: changed between the begin and end of each change

    def setSourceModel(self, model: NoteTableModel) -> None:
        self.beginResetModel()
        super().setSourceModel(model)
        model.rowsInserted.connect(self._inserted)
        model.rowsAboutToBeRemoved.connect(self._about_to_remove)
        model.rowsRemoved.connect(self._removed)
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._reset)
        model.dataChanged.connect(self._data_changed)
        self._first = self._start()
        self._rows = model.rowCount() - self._first
        self.endResetModel()

    def _start(self) -> int:
        source = self.sourceModel()
        return max(0, source.rowCount() - self.RECENT) if source is not None else 0

    def _reset(self) -> None:
        self._first = self._start()
        source = self.sourceModel()
        self._rows = source.rowCount() - self._first if source is not None else 0
        self.endResetModel()

    def _inserted(self, parent: Index, first: int, last: int) -> None:
        total = self.sourceModel().rowCount()
        if first != total - (last - first + 1) or last - first + 1 >= self.RECENT:
            self.beginResetModel()  # not at the end (a note put back by undo), or many
            self._reset()
            return
        if total - self._first > 2 * self.RECENT:  # full: the last RECENT again
            self.beginResetModel()
            self._reset()
            return
        shown = total - (last - first + 1) - self._first  # appended: rows at the end
        self.beginInsertRows(QModelIndex(), shown, shown + last - first)
        self._rows += last - first + 1
        self.endInsertRows()

    def _about_to_remove(self, parent: Index, first: int, last: int) -> None:
        self.beginResetModel()

    def _removed(self, *_) -> None:
        self._reset()

    def _data_changed(self, top_left: Index, bottom_right: Index, roles=()) -> None:
        top = max(top_left.row(), self._first)
        bottom = min(bottom_right.row(), self._first + self.rowCount() - 1)
        if top <= bottom:
            self.dataChanged.emit(self.index(top - self._first, 0),
                                  self.index(bottom - self._first, self.columnCount() - 1))

    # --- the window ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        source = self.sourceModel()
        return 0 if parent.isValid() or source is None else source.columnCount()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        # Asked for at every row each time the list is laid out: as little work as it can.
        if 0 <= row < self._rows and 0 <= column < _COLUMNS and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def mapToSource(self, index: Index) -> QModelIndex:
        if not index.isValid() or self.sourceModel() is None:
            return QModelIndex()
        return self.sourceModel().index(index.row() + self._first, index.column())

    def mapFromSource(self, index: Index) -> QModelIndex:
        if not index.isValid() or index.row() < self._first:
            return QModelIndex()
        return self.index(index.row() - self._first, index.column())

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            note = self.sourceModel().note_at(index.row() + self._first)
            text = " ".join(note.text[:300].split())
            author = author_shown(note)
            return f"{author}: {text}" if author else text
        if role in (Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole, NOTE_ID_ROLE):
            return super().data(index, role)
        return None  # no colour, font or icon of its own: the list's


# A line edit holds 32,767 characters unless told otherwise, and silently cuts a longer
# paste; a note may be far longer (a pasted e-mail, a transcript), so the editors allow more.
NOTE_EDITOR_MAX = 16 * 1024 * 1024


class LongTextDelegate(QStyledItemDelegate):
    """Edits a note's text in place without cutting it at the line edit's default length."""

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(NOTE_EDITOR_MAX)
        return editor
