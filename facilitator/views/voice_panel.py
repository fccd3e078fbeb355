"""The Voice balance dock: notes by participant group and by participant, the loudest 20%,
groups registered but silent - for the whole workshop or one activity. Labels only."""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.analysis.balance import Balance, counted_balance, describe, note_counts
from facilitator.core.domain.changes import NoteAdded, NoteChanged, NoteDeleted, NotesPlaced
from facilitator.core.locale.terms import group_name
from facilitator.views.follows import FollowsChanges
from facilitator.views.layout import width_showing
from facilitator.views.record_panel import RecordTableModel, compact_rows

BAR_WIDTH = 5  # characters: the dock may be under 300 pixels wide


def share_bar(part: int, whole: int) -> str:
    """A bar like '████░░░░ 42%': readable on a projector, and by a screen reader (the number)."""
    share = part / whole if whole else 0.0
    filled = round(share * BAR_WIDTH)
    return "█" * filled + "░" * (BAR_WIDTH - filled) + f" {share:.0%}"


class VoicePanel(FollowsChanges, QWidget):
    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.setObjectName("voicePanel")
        self.controller = controller
        self.balance: Balance | None = None
        self._dirty = True
        # What the counts are made of, kept note by note: (participant, activity) -> notes.
        self._participants: list = []
        self._counts: Counter = Counter()
        self._authors: dict[int, tuple[int | None, int | None]] = {}
        self.activity = QComboBox()
        self.activity.setAccessibleName(self.tr("Activity to count"))
        self.activity.currentIndexChanged.connect(self.refresh)
        self.groups = RecordTableModel([
            # "2 of 3": people of the group who wrote a note, of those registered.
            (self.tr("Group"), lambda g: group_name(g.group)),
            (self.tr("Wrote"), lambda g: self.tr("{0} of {1}").format(g.speaking, g.registered)),
            (self.tr("Notes"), lambda g: g.notes),
            (self.tr("Share"), lambda g: share_bar(g.notes, self._participant_notes())),
        ], self)
        self.people = RecordTableModel([
            (self.tr("Who"), lambda p: p[0]), (self.tr("Group"), lambda p: group_name(p[1])),
            (self.tr("Notes"), lambda p: p[2]),
            (self.tr("Share"), lambda p: share_bar(p[2], self._participant_notes())),
        ], self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What the counts show"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.activity)
        layout.addWidget(self.summary)
        for model, name, stretch in ((self.groups, self.tr("Notes by group"), 1),
                                     (self.people, self.tr("Notes by participant"), 2)):
            table = QTableView()
            table.setModel(model)
            table.setAccessibleName(name)
            compact_rows(table)
            table.setWordWrap(False)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            layout.addWidget(table, stretch)
        self.group_table, self.people_table = self.findChildren(QTableView)
        self.watch(controller, ("note", "participant", "activity", "workshop"))

    def _participant_notes(self) -> int:
        return self.balance.participant_notes if self.balance else 0

    def refresh(self, *_) -> None:
        self._dirty = False
        workshop = self.controller.workshop
        activities = workshop.activities()
        chosen = self.activity.currentData()
        self.activity.blockSignals(True)
        self.activity.clear()
        self.activity.addItem(self.tr("All activities"), None)
        self.activity.setMinimumWidth(width_showing(self.activity, [self.activity.itemText(0)]))
        for activity in activities:
            self.activity.addItem(activity.name, activity.id)
        index = self.activity.findData(chosen)
        self.activity.setCurrentIndex(max(index, 0))
        self.activity.blockSignals(False)
        self._participants = workshop.participants()
        notes = workshop.notes()
        self._counts = note_counts(notes)
        self._authors = {n.id: (n.participant_id, n.activity_id) for n in notes}
        self._show()

    def apply_changes(self, changes) -> bool:
        """Notes typed, edited or deleted change the counts by those notes alone."""
        changes = [c for c in changes if not isinstance(c, NotesPlaced)]  # board positions
        if self._dirty or not all(isinstance(c, (NoteAdded, NoteChanged, NoteDeleted))
                                  for c in changes):
            return False
        for change in changes:
            note = change.after if isinstance(change, NoteChanged) else change.note
            old = self._authors.pop(note.id, None)
            if old is not None:
                self._counts[old] -= 1
            if not isinstance(change, NoteDeleted):
                self._authors[note.id] = key = (note.participant_id, note.activity_id)
                self._counts[key] += 1
        self._show()
        return True

    def _show(self) -> None:
        self.balance = counted_balance(self._counts, self._participants,
                                       self.activity.currentData())
        self.groups.set_records(self.balance.groups)
        self.people.set_records(self.balance.people)
        self.summary.setText("\n".join(describe(self.balance)))
