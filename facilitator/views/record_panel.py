"""A dock panel listing workshop records (participants, activities) with add/edit/remove."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.views.layout import FlowLayout, MainColumnFit

Column = tuple[str, Callable[[Any], Any]]


def compact_rows(table: QTableView) -> None:
    """One line of text a row, without the row-number column."""
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)


def record_table(model, name: str) -> QTableView:
    """A table of records: whole rows, one at a time, read-only, compact, named for screen
    readers."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAccessibleName(name)
    compact_rows(table)
    return table


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[Any] = []

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[Any]:
        return list(self._records)

    def record_at(self, row: int) -> Any:
        return self._records[row]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][0]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # The tooltip shows the whole text of a cell cut short by the column's width.
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole,
                                        Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()][1](self._records[index.row()])
        return None


class RecordPanel(QWidget):
    """A table of records and the buttons that add, edit and remove them."""

    add_requested = Signal()
    edit_requested = Signal(object)
    remove_requested = Signal(object)

    def __init__(self, noun: str, columns: Sequence[Column], empty_hint: str,
                 stretch_column: int = 0, parent=None,
                 texts: tuple[str, str, str, str] | None = None):
        super().__init__(parent)
        # The table's name and the add, edit and remove buttons' names, in the words of the
        # language spoken ("Participants", "Add participant"...).
        listed, add, edit, remove = texts or (f"{noun.capitalize()}s", f"Add {noun}",
                                              f"Edit {noun}", f"Remove {noun}")
        self.model = RecordTableModel(columns, self)
        self.table = record_table(self.model, listed)
        self.table.setWordWrap(False)
        # Each column as wide as its text, the stretch column taking the rest; in a narrow
        # dock (a projector, French) the widest give way first, so no column is cut to "…".
        self._fit = MainColumnFit(self.table, stretch_column, share=0.25, to_contents=True)
        self.table.doubleClicked.connect(lambda _: self._edit())
        self.hint = QLabel(empty_hint, self)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)

        self.add_button = _button(self.tr("Add…"), self)
        self.add_button.setToolTip(add)
        self.add_button.setAccessibleName(add)
        self.edit_button = _button(self.tr("Edit…"), self)
        self.remove_button = _button(self.tr("Remove"), self)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._edit)
        self.remove_button.clicked.connect(self._remove)
        self.edit_button.setAccessibleName(edit)
        self.remove_button.setAccessibleName(remove)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.buttons = FlowLayout()  # wraps when the dock is narrow
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.edit_button)
        self.buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.summary)
        layout.addLayout(self.buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def add_button_after_add(self, text: str, tooltip: str) -> QPushButton:
        """Another way to add a record, placed beside Add…"""
        button = _button(text, self)
        button.setToolTip(tooltip)
        self.buttons.insertWidget(1, button)
        return button

    def set_summary(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setVisible(bool(text))

    def set_records(self, records: Sequence[Any]) -> None:
        selected = self.selected()
        self.model.set_records(records)
        self.hint.setVisible(not records)
        if selected is not None:
            for row, record in enumerate(records):
                if record.id == selected.id:
                    self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_at(rows[0].row()) if rows else None

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Delete):
            self._remove()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self._edit()
        else:
            super().keyPressEvent(event)

    def _edit(self) -> None:
        record = self.selected()
        if record is not None:
            self.edit_requested.emit(record)

    def _remove(self) -> None:
        record = self.selected()
        if record is not None:
            self.remove_requested.emit(record)

    def _update_buttons(self, *_) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)


def _button(text: str, parent: QWidget) -> QPushButton:
    """A push button that may shrink to its text when its dock is narrow: the style's
    usual minimum width would otherwise hold a whole dock (and the notes beside it) wider."""
    button = QPushButton(text, parent)
    button.setMinimumWidth(button.fontMetrics().horizontalAdvance(text) + 18)
    return button
