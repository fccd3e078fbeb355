"""All notes of the workshop in a table, with search and filters."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.domain.steps import Step
from facilitator.core.domain.terms import PARTICIPANT_GROUPS
from facilitator.core.domain.workshop import ActivityData, NoteFilter, ParticipantData
from facilitator.core.locale.terms import group_name
from facilitator.views.layout import MainColumnFit, width_showing
from facilitator.views.note_models import (
    NOTE_ID_ROLE,
    LongTextDelegate,
    NoteFilterProxy,
    NoteTableModel,
)
from facilitator.views.record_panel import compact_rows
from facilitator.views.repaint import RowsOnShowKept, SteadyLabel


class NotesTable(RowsOnShowKept, QTableView):
    """The notes table: a note typed goes under the rows on show, which are left as they are."""


class NotesPanel(QWidget):
    delete_requested = Signal(list)  # note ids

    # Step and time are on show in the filters and the change log; the note needs the room.
    DEFAULT_HIDDEN = ("Step", "Time")

    def __init__(self, notes: NoteTableModel, parent=None):
        super().__init__(parent)
        self.notes = notes
        self.proxy = NoteFilterProxy(self)
        self.proxy.setSourceModel(notes)

        self.search = QLineEdit(self)
        self.search.setMinimumWidth(110)
        self.search.setPlaceholderText(self.tr("Search notes and authors (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search notes"))
        self.group = QComboBox(self)
        self.group.setAccessibleName(self.tr("Filter by participant group"))
        self.step = QComboBox(self)
        self.step.setAccessibleName(self.tr("Filter by step"))
        self.step.addItem(self.tr("All steps"), None)
        for step in Step:
            self.step.addItem(f"{int(step)}. {step.title}", step)
        self.activity = QComboBox(self)
        self.activity.setAccessibleName(self.tr("Filter by activity"))
        for combo in (self.group, self.step, self.activity):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(3)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setToolTip(self.tr("Show all notes again"))
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.count = SteadyLabel(self)  # set at every note typed

        self.table = NotesTable(self)
        self.table.setItemDelegate(LongTextDelegate(self.table))
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Notes"))
        # Unsorted until a header is clicked: the notes arrive in capture order already, and
        # sorting thousands of rows at every opening would cost a second.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setWordWrap(False)
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        for column, width in ((NoteTableModel.ID, 44), (NoteTableModel.AUTHOR, 70),
                              (NoteTableModel.GROUP, 100), (NoteTableModel.ACTIVITY, 120),
                              (NoteTableModel.STEP, 44), (NoteTableModel.TIME, 50)):
            self.table.setColumnWidth(column, width)
        # The note keeps most of the width; on a small screen the other columns shrink first.
        self.columns = MainColumnFit(self.table, NoteTableModel.TEXT)
        # Right-click the header to choose the columns; the note itself always shows.
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.set_hidden_columns(self.DEFAULT_HIDDEN)

        # One row when there is room; on a narrow tab (a projector's 1,024 pixels with the
        # docks open) the filters go under the search, each wide enough for its "All ...".
        self._bar = QGridLayout()
        self._one_row: bool | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self._bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        # Typing in the search box filters after a short pause, not on every key.
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.group, self.step, self.activity):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.clear_button.clicked.connect(self.clear_filters)
        for signal in (notes.rowsInserted, notes.rowsRemoved, notes.modelReset,
                       self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self._update_count)
        self.set_choices([], [])

    def set_choices(self, participants: list[ParticipantData],
                    activities: list[ActivityData]) -> None:
        group, activity = self.group.currentData(), self.activity.currentData()
        for combo in (self.group, self.activity):
            combo.blockSignals(True)
            combo.clear()
        self.group.addItem(self.tr("All groups"), "")
        groups = dict.fromkeys([*PARTICIPANT_GROUPS, *(p.group for p in participants if p.group)])
        for name in groups:
            shown = group_name(name)
            self.group.addItem(shown[:1].upper() + shown[1:], name)
        self.activity.addItem(self.tr("All activities"), None)
        for item in activities:
            self.activity.addItem(item.name, item.id)
        self.group.setCurrentIndex(max(self.group.findData(group), 0))
        self.activity.setCurrentIndex(max(self.activity.findData(activity), 0))
        for combo in (self.group, self.activity):
            combo.blockSignals(False)
        self._one_row = None  # their first entries' width may have changed
        self._arrange_filters()
        self._apply_filter()

    def _arrange_filters(self) -> None:
        combos = (self.group, self.step, self.activity)
        for combo in combos:
            combo.setMinimumWidth(width_showing(combo, [combo.itemText(0)]))
        spacing = max(self._bar.horizontalSpacing(), 0)
        wanted = (self.search.minimumWidth() + 60 + sum(c.minimumWidth() for c in combos)
                  + self.clear_button.sizeHint().width() + 4 * spacing)
        margins = self.layout().contentsMargins()
        one_row = self.width() - margins.left() - margins.right() >= wanted
        if one_row == self._one_row:
            return
        self._one_row = one_row
        for widget in (self.search, *combos, self.clear_button):
            self._bar.removeWidget(widget)
        for column in range(5):
            self._bar.setColumnStretch(column, 0)
        if one_row:
            self._bar.addWidget(self.search, 0, 0)
            for column, combo in enumerate(combos, start=1):
                self._bar.addWidget(combo, 0, column)
            self._bar.addWidget(self.clear_button, 0, 4)
            for column, stretch in enumerate((3, 2, 2, 2, 0)):
                self._bar.setColumnStretch(column, stretch)
        else:
            self._bar.addWidget(self.search, 0, 0, 1, 3)
            self._bar.addWidget(self.clear_button, 0, 3)
            for column, combo in enumerate(combos):
                self._bar.addWidget(combo, 1, column, 1, 2 if column == 2 else 1)
                self._bar.setColumnStretch(column, 1)

    def resizeEvent(self, event) -> None:
        self._arrange_filters()
        super().resizeEvent(event)

    def current_filter(self) -> NoteFilter:
        return NoteFilter(text=self.search.text().strip(), group=self.group.currentData() or "",
                          step=self.step.currentData(), activity_id=self.activity.currentData())

    def clear_filters(self) -> None:
        self.search.clear()
        for combo in (self.group, self.step, self.activity):
            combo.setCurrentIndex(0)
        self._apply_filter()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def selected_note_ids(self) -> list[int]:
        return [i.data(NOTE_ID_ROLE) for i in self.table.selectionModel().selectedRows()]

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) and self.table.hasFocus():
            ids = self.selected_note_ids()
            if ids:
                self.delete_requested.emit(ids)
                return
        super().keyPressEvent(event)

    def _apply_filter(self) -> None:
        self._debounce.stop()
        self.proxy.set_note_filter(self.current_filter())
        self._update_count()

    def _update_count(self, *_) -> None:
        shown, total = self.proxy.rowCount(), self.notes.rowCount()
        self.count.setText(self.tr("%n note(s)", "", total) if shown == total
                           else self.tr("{0} of %n note(s)", "", total).format(shown))

    # --- columns ----------------------------------------------------------------------------

    def hidden_columns(self) -> list[str]:
        return [name for column, name in enumerate(NoteTableModel.HEADERS)
                if self.table.isColumnHidden(column)]

    def set_hidden_columns(self, names) -> None:
        names = set(names) - {NoteTableModel.HEADERS[NoteTableModel.TEXT]}
        for column, name in enumerate(NoteTableModel.HEADERS):
            self.table.setColumnHidden(column, name in names)
        self.columns.fit()

    def column_menu(self) -> QMenu:
        menu = QMenu(self)
        for column in range(len(NoteTableModel.HEADERS)):
            if column == NoteTableModel.TEXT:
                continue
            action = menu.addAction(NoteTableModel.header(column))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(
                lambda shown, column=column: self.table.setColumnHidden(column, not shown))
        return menu

    def _column_menu(self, position) -> None:
        self.column_menu().exec(self.table.horizontalHeader().mapToGlobal(position))
