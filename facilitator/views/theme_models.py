"""Themes and their notes as a tree: each theme a branch, its notes the leaves, and the notes
that belong to no theme in an "Unsorted" branch at the end. Notes are dragged between
branches; the model only asks for the move, the store decides."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QHeaderView, QTreeView

from facilitator.core.domain.synthesis import ThemeData
from facilitator.core.domain.workshop import NoteData

NOTE_MIME = "application/x-facilitator-note-ids"
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # ("theme", id), ("note", id) or ("unsorted", None)
UNSORTED = QT_TRANSLATE_NOOP("ThemeTreeModel", "Unsorted")


@dataclass
class Branch:
    theme: ThemeData | None  # None: the Unsorted pile
    notes: list[NoteData]

    @property
    def title(self) -> str:
        if self.theme is None:
            return f"{_tr(UNSORTED)} ({len(self.notes)})"
        pin = (QCoreApplication.translate("ThemeTreeModel", " · pinned") if self.theme.pinned
               else "")
        return f"{self.theme.label} ({len(self.notes)}){pin}"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ThemeTreeModel", text)


def fit_theme_columns(tree: QTreeView) -> None:
    """A tree of themes and notes gives the note the width; author and offered theme take
    what their text needs."""
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)


class ThemeTreeModel(QAbstractItemModel):
    """Columns: theme or note text, author, and (for unsorted notes) the theme on offer."""

    move_requested = Signal(list, object)  # note ids, theme id or None for Unsorted
    rename_requested = Signal(int, str)  # theme id, new label

    HEADERS = (QT_TRANSLATE_NOOP("ThemeTreeModel", "Theme / note"),
               QT_TRANSLATE_NOOP("ThemeTreeModel", "Author"),
               QT_TRANSLATE_NOOP("ThemeTreeModel", "Offered theme"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self._branches: list[Branch] = []
        self._offers: dict[int, ThemeData] = {}
        self._duplicates: dict[int, int] = {}

    # --- filling -------------------------------------------------------------------------

    def set_content(self, themes: Sequence[ThemeData], notes: Sequence[NoteData],
                    offers: dict[int, int] | None = None,
                    duplicates: dict[int, int] | None = None) -> None:
        """Show `themes` with their notes, then the unsorted notes.

        `offers` maps an unsorted note to the theme it seems to belong to; `duplicates` maps
        a note to another note it nearly repeats.
        """
        by_id = {n.id: n for n in notes}
        self.beginResetModel()
        self._branches = [Branch(t, [by_id[n] for n in t.note_ids if n in by_id])
                          for t in themes]
        self._branches.append(Branch(None, [n for n in notes if n.theme_id is None]))
        theme_by_id = {t.id: t for t in themes}
        self._offers = {n: theme_by_id[t] for n, t in (offers or {}).items() if t in theme_by_id}
        self._duplicates = dict(duplicates or {})
        self.endResetModel()

    # --- changing: one note at a time, as the room types ------------------------------

    def add_unsorted(self, note: NoteData, offer: ThemeData | None = None) -> None:
        """A new note at the end of the Unsorted pile, with the theme on offer for it."""
        row = len(self._branches) - 1
        branch = self._branches[row]
        parent = self.index(row, 0)
        self.beginInsertRows(parent, len(branch.notes), len(branch.notes))
        branch.notes.append(note)
        if offer is not None:
            self._offers[note.id] = offer
        self.endInsertRows()
        self.dataChanged.emit(parent, parent)  # the pile's count

    def replace_note(self, note: NoteData) -> None:
        index = self.index_of_note(note.id)
        if index.isValid():
            self._branches[index.internalId() - 1].notes[index.row()] = note
            self.dataChanged.emit(index, index.siblingAtColumn(len(self.HEADERS) - 1))

    def remove_note(self, note_id: int) -> None:
        index = self.index_of_note(note_id)
        if not index.isValid():
            return
        parent = index.parent()
        self.beginRemoveRows(parent, index.row(), index.row())
        del self._branches[parent.row()].notes[index.row()]
        self._offers.pop(note_id, None)
        self._duplicates = {a: b for a, b in self._duplicates.items() if note_id not in (a, b)}
        self.endRemoveRows()
        self.dataChanged.emit(parent, parent)

    def set_offers(self, offers: dict[int, int], asked: Iterable[int]) -> None:
        """The themes on offer, now, for the notes ``asked`` about (a note the offers were
        not worked out for keeps its own); only unsorted notes and themes shown count."""
        unsorted = self._branches[-1] if self._branches else None
        if unsorted is None:
            return
        rows = {n.id: row for row, n in enumerate(unsorted.notes)}
        themes = {b.theme.id: b.theme for b in self._branches if b.theme is not None}
        parent = self.index(len(self._branches) - 1, 0)
        for note_id in asked:
            if note_id not in rows:
                continue
            offer = themes.get(offers.get(note_id))
            if self._offers.get(note_id) == offer:
                continue
            if offer is None:
                self._offers.pop(note_id, None)
            else:
                self._offers[note_id] = offer
            index = self.index(rows[note_id], 2, parent)
            self.dataChanged.emit(index.siblingAtColumn(0), index)

    def offered_theme_ids(self) -> dict[int, int]:
        """Each note on offer and the id of its theme."""
        return {note: theme.id for note, theme in self._offers.items()}

    def set_duplicates(self, duplicates: dict[int, int]) -> None:
        """Which notes nearly repeat another, now; the notes whose mark changed redraw."""
        changed = set(duplicates.items()) ^ set(self._duplicates.items())
        self._duplicates = dict(duplicates)
        for note_id in {note for note, _ in changed}:
            index = self.index_of_note(note_id)
            if index.isValid():
                self.dataChanged.emit(index, index)

    def notes(self) -> list[NoteData]:
        """Every note shown, in id order."""
        return sorted((n for b in self._branches for n in b.notes), key=lambda n: n.id)

    def theme_groups(self) -> tuple[list[ThemeData], list[list[str]]]:
        """The themes shown and the texts of each one's notes."""
        branches = [b for b in self._branches if b.theme is not None]
        return [b.theme for b in branches], [[n.text for n in b.notes] for b in branches]

    def branch_count(self) -> int:
        return len(self._branches)

    def branch(self, row: int) -> Branch:
        return self._branches[row]

    def has_offers(self) -> bool:
        return bool(self._offers)

    def offer_for(self, note_id: int) -> ThemeData | None:
        return self._offers.get(note_id)

    def duplicate_pairs(self) -> dict[int, int]:
        return dict(self._duplicates)

    def duplicate_of(self, note_id: int) -> int | None:
        return self._duplicates.get(note_id)

    def index_of_theme(self, theme_id: int | None) -> QModelIndex:
        for row, branch in enumerate(self._branches):
            if (branch.theme.id if branch.theme else None) == theme_id:
                return self.index(row, 0)
        return QModelIndex()

    def index_of_note(self, note_id: int) -> QModelIndex:
        for row, branch in enumerate(self._branches):
            for child, note in enumerate(branch.notes):
                if note.id == note_id:
                    return self.index(child, 0, self.index(row, 0))
        return QModelIndex()

    # --- the tree ------------------------------------------------------------------------

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        # A branch's internal id is 0; a note's is its branch row + 1.
        return self.createIndex(row, column, parent.row() + 1 if parent.isValid() else 0)

    def parent(self, index=QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent=QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._branches)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._branches[parent.row()].notes)
        return 0

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.HEADERS[section])
        return None

    def item(self, index: QModelIndex) -> tuple[str, int | None]:
        if index.internalId() == 0:
            theme = self._branches[index.row()].theme
            return ("theme", theme.id) if theme else ("unsorted", None)
        return ("note", self._note(index).id)

    def _note(self, index: QModelIndex) -> NoteData:
        return self._branches[index.internalId() - 1].notes[index.row()]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == ITEM_ROLE:
            return self.item(index)
        if index.internalId() == 0:
            return self._branch_data(self._branches[index.row()], index.column(), role)
        return self._note_data(self._note(index), index.column(), role)

    def _branch_data(self, branch: Branch, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            return branch.title if column == 0 else ""
        if role == Qt.ItemDataRole.EditRole and column == 0 and branch.theme:
            return branch.theme.label
        if role == Qt.ItemDataRole.FontRole and column == 0:
            font = QFont()
            font.setBold(True)
            font.setItalic(branch.theme is None)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            if branch.theme is None:
                return self.tr("Notes that belong to no theme yet. Drag them onto a theme.")
            words = ", ".join(branch.theme.keywords)
            return (branch.theme.label + "\n" + self.tr("Key words: {0}").format(words)
                    if words else branch.theme.label)
        return None

    def _note_data(self, note: NoteData, column: int, role):
        duplicate = self._duplicates.get(note.id)
        offer = self._offers.get(note.id)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                text = " ".join(note.text.split())
                return f"≈ {text}" if duplicate else text
            if column == 1:
                return note.author
            return self.tr("not placed → {0}").format(offer.label) if offer else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [note.text]
            if duplicate:
                lines.append(self.tr("Nearly the same as note {0}: Ctrl+K stacks them "
                                     "together.").format(duplicate))
            if offer:
                lines.append(self.tr("Not placed: nearest theme “{0}” (Ctrl+Enter puts it "
                                     "there).").format(offer.label))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return QApplication.palette().color(QPalette.ColorRole.Link)
        return None

    # --- editing: rename in place, drag and drop notes ------------------------------------

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() == 0:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
            if index.column() == 0 and self._branches[index.row()].theme is not None:
                flags |= Qt.ItemFlag.ItemIsEditable
        else:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.internalId() != 0:
            return False
        theme = self._branches[index.row()].theme
        if theme is None or not str(value).strip() or str(value) == theme.label:
            return False
        self.rename_requested.emit(theme.id, str(value))
        return False  # the tree shows the new name when the store has it

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [NOTE_MIME]

    def mimeData(self, indexes) -> QMimeData:
        ids = []
        for index in indexes:
            if index.isValid() and index.internalId() != 0 and index.column() == 0:
                ids.append(self._note(index).id)
        mime = QMimeData()
        mime.setData(NOTE_MIME, ",".join(map(str, dict.fromkeys(ids))).encode())
        return mime

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data.hasFormat(NOTE_MIME) and parent.isValid()

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        if parent.internalId() != 0:
            parent = self.parent(parent)  # dropped on a note: into that note's theme
        raw = bytes(data.data(NOTE_MIME).data()).decode()
        ids = [int(part) for part in raw.split(",") if part]
        theme = self._branches[parent.row()].theme
        if ids:
            self.move_requested.emit(ids, theme.id if theme else None)
        return False  # nothing is removed by the view; the store's answer redraws the tree
