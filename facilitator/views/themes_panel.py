"""Step 3 on screen: the themes with their notes, what a selected theme rests on, and the
insights drawn from them. Every change goes through the controller, so it is undoable."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QInputDialog,
    QLabel,
    QSplitter,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.analysis.balance import NO_GROUP, one_group
from facilitator.core.analysis.suggestion import offered_themes
from facilitator.core.domain.changes import NoteAdded, NoteChanged, loose_note_changes
from facilitator.core.domain.synthesis import (
    INSIGHT_PREFIX,
    Evidence,
    InsightData,
    ThemeData,
    evidence_among,
    near_duplicate_pairs,
    theme_insight_start,
)
from facilitator.core.domain.themes import offers_among
from facilitator.core.domain.workshop import NoteData
from facilitator.core.locale import _, use
from facilitator.core.locale.terms import group_name
from facilitator.views.controller import WorkshopController
from facilitator.views.follows import FollowsChanges
from facilitator.views.layout import ResponsiveSplitter
from facilitator.views.record_panel import RecordPanel
from facilitator.views.theme_models import ITEM_ROLE, ThemeTreeModel, fit_theme_columns

EMPTY_HINT = QT_TRANSLATE_NOOP("ThemesPanel", "No themes yet. Click <b>Suggest themes…</b> "
                              "(Ctrl+Shift+T) for a first grouping of the notes, or select "
                              "notes and press Ctrl+G to make a theme of them by hand.")

_logger = logging.getLogger(__name__)


@dataclass
class Marks:
    """What the tree marks beside notes, asked of a MarksWorker and answered by it: the notes
    that nearly repeat another (≈) among ``notes``; for a reload, the theme on offer for
    each unsorted note of that reload's notes and themes; and the theme on offer for each
    note typed since, among the themes shown."""

    language: str
    serial: int  # the panel's count of asks: only the latest ask's ≈ marks are shown
    notes: list[NoteData]
    reload: int | None = None  # the reload whose offers are asked, with what it read
    offer_notes: list[NoteData] | None = None
    themes: list[ThemeData] | None = None
    asked: list[int] | None = None  # answered: the notes the offers are for
    offers: dict[int, int] | None = None
    duplicates: dict[int, int] | None = None
    # Notes typed since the reload ``typed_since``, and the themes shown with their notes'
    # texts: each typed note is offered a theme only if it is close to one.
    typed: list[NoteData] = field(default_factory=list)
    typed_since: int | None = None
    shown_themes: list[ThemeData] = field(default_factory=list)
    shown_texts: list[list[str]] = field(default_factory=list)
    typed_offers: dict[int, int] | None = None


class MarksWorker(QThread):
    """Works out the tree's marks off the window's thread: at 2,000 notes, 1,854 unsorted,
    the offers take about half a second and the ≈ marks a fifth, which the window froze for
    at every reload - and for the ≈ marks and a typed note's offer (a tenth of a second at
    900 notes) at every note typed while the tab was shown."""

    found = Signal(object)  # the Marks asked, answered

    def __init__(self, marks: Marks, parent=None):
        super().__init__(parent)
        self.marks = marks

    def run(self) -> None:
        marks = self.marks
        if marks.offer_notes is not None and marks.themes is not None:
            try:
                marks.offers = offers_among(marks.offer_notes, marks.themes, marks.language)
                marks.asked = [n.id for n in marks.offer_notes if n.theme_id is None]
            except Exception:  # a convenience: the notes stay Unsorted, offered nothing
                _logger.exception("working out the offered themes failed")
        if marks.typed and marks.shown_themes:
            try:
                near = offered_themes([n.text for n in marks.typed], marks.shown_texts,
                                      marks.language, [False] * len(marks.typed))
                marks.typed_offers = {note.id: marks.shown_themes[index].id
                                      for note, index in zip(marks.typed, near, strict=True)
                                      if index is not None}
            except Exception:
                _logger.exception("working out the themes offered for typed notes failed")
        try:
            marks.duplicates = near_duplicate_pairs(marks.notes, marks.language)
        except Exception:
            _logger.exception("finding near-duplicate notes failed")
        if not self.isInterruptionRequested():
            self.found.emit(marks)


class ThemesPanel(FollowsChanges, QWidget):
    suggest_requested = Signal()
    marks_shown = Signal()  # marks worked out in the background are in the tree
    SIDE_BY_SIDE_WIDTH = 1000

    def __init__(self, controller: WorkshopController, parent=None):
        super().__init__(parent)
        self.setObjectName("themesPanel")
        self.controller = controller
        self.synthesis = controller.workshop.synthesis
        self.model = ThemeTreeModel(self)
        self._dirty = True

        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Themes and their notes"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        fit_theme_columns(self.tree)

        self.hint = QLabel(self.tr(EMPTY_HINT), self)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.detail = QLabel(self)
        self.detail.setObjectName("themeDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumWidth(220)
        self.insights = RecordPanel(
            "insight",
            [(self.tr("Insight"), lambda i: " ".join(i.statement.split())),
             (self.tr("Evidence"), self._evidence_summary)],
            self.tr("No insights yet. Select a theme (or some notes) and press Ctrl+Shift+I to "
                    "state what you heard."),
            texts=(self.tr("Insights"), self.tr("Add insight"), self.tr("Edit insight"),
                   self.tr("Remove insight")))
        self.insights.add_button.setText(self.tr("From selection…"))
        self.insights.add_button.setToolTip(self.tr("Promote the selected theme or notes "
                                                    "(Ctrl+Shift+I)"))

        self.toolbar = QToolBar(self.tr("Themes"), self)
        self.toolbar.setObjectName("themesToolbar")
        self._actions()

        self.side = side = QSplitter(Qt.Orientation.Vertical, self)
        side.addWidget(self.detail)
        side.addWidget(self.insights)
        side.setStretchFactor(0, 0)
        side.setStretchFactor(1, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.hint)
        left_layout.addWidget(self.tree, 1)
        # Below SIDE_BY_SIDE_WIDTH (docks open on a laptop or projector) the themes get the
        # full width and the insights sit underneath; above it they sit side by side.
        self.splitter = ResponsiveSplitter(self.SIDE_BY_SIDE_WIDTH, parent=self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

        self.model.move_requested.connect(controller.move_notes_to_theme)
        self.model.rename_requested.connect(controller.rename_theme)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.insights.add_requested.connect(self.promote)
        self.insights.edit_requested.connect(self.edit_insight)
        self.insights.remove_requested.connect(lambda i: controller.delete_insight(i.id))
        self._language: str | None = None  # the workshop's, as of the last refresh
        self._summaries: dict[int, str] = {}  # each insight's evidence, in short
        # The marks are worked out by one MarksWorker at a time; asks made while it runs
        # wait for it, the latest one alone, and only the latest answers are shown.
        self._reloads = self._asks = 0
        self._marks_waiting: Marks | None = None
        self._marks_worker: MarksWorker | None = None
        self._stopped = False
        self.watch(controller, ("theme", "insight", "note", "link", "participant", "workshop"))

    def _actions(self) -> None:
        def make(text: str, slot, shortcut=None, tip: str = "") -> QAction:
            # Shortcuts act while the panel has focus; none repeats a window-wide one.
            action = QAction(text, self)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            native = QKeySequence.SequenceFormat.NativeText
            action.setToolTip(f"{tip or text} ({action.shortcut().toString(native)})"
                              if shortcut is not None else tip or text)
            action.triggered.connect(slot)
            self.addAction(action)
            return action

        # Suggest's shortcut (Ctrl+Shift+T) belongs to the window's Workshop menu.
        self.suggest_action = make(self.tr("Suggest themes…"), self.suggest_requested,
                                   tip=self.tr("Group the notes into themes (Ctrl+Shift+T)"))
        self.new_action = make(self.tr("New theme"), self.new_theme, "Ctrl+G",
                               self.tr("Make a theme of the selected notes"))
        self.rename_action = make(self.tr("Rename"), self.start_rename, "F2",
                                  self.tr("Rename the theme"))
        self.merge_action = make(self.tr("Merge"), self.merge, "Ctrl+M",
                                 self.tr("Merge the selected themes into the first"))
        self.split_action = make(self.tr("Split off"), self.split, "Ctrl+Shift+X",
                                 self.tr("Move the selected notes into a new theme"))
        self.move_action = make(self.tr("Move to…"), self.move_to, "Ctrl+Shift+M",
                                self.tr("Move the selected notes to a theme"))
        self.accept_action = make(self.tr("Accept offer"), self.accept_offers, "Ctrl+Return",
                                  self.tr("Put the selected new notes in the theme offered "
                                          "for them"))
        self.stack_action = make(self.tr("Stack"), self.stack, "Ctrl+K",
                                 self.tr("Put the selected notes (marked ≈) with their "
                                         "near-duplicates"))
        self.pin_action = make(self.tr("Pin"), self.toggle_pin, "Ctrl+Shift+L",
                               self.tr("Pinned themes are kept when themes are suggested "
                                       "again"))
        self.promote_action = make(self.tr("Promote to insight…"), self.promote, "Ctrl+Shift+I",
                                   self.tr("State an insight backed by the selection"))
        self.dissolve_action = make(self.tr("Dissolve"), self.dissolve,
                                    QKeySequence.StandardKey.Delete,
                                    self.tr("Dissolve the theme: its notes go back to "
                                            "Unsorted"))
        for action in (self.suggest_action, None, self.new_action, self.rename_action,
                       self.merge_action, self.split_action, self.move_action,
                       self.accept_action, self.stack_action, self.pin_action,
                       self.dissolve_action, None,
                       self.promote_action):
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)

    # --- keeping in step -----------------------------------------------------------------

    def apply_changes(self, changes) -> bool:
        """Notes typed, edited or deleted outside every theme and insight: the Unsorted
        pile changes by those notes at once and nothing is read from the store; the theme
        on offer for a new note follows from the MarksWorker. Anything else reloads."""
        if self._dirty or self._language is None:
            return False
        changes = loose_note_changes(changes)
        if changes is None:
            return False
        if not changes:
            return True
        for change in changes:
            if isinstance(change, NoteAdded):
                self.model.add_unsorted(change.note)
            elif isinstance(change, NoteChanged):
                self.model.replace_note(change.after)
            else:
                self.model.remove_note(change.note.id)
        self._ask_marks(self.model.notes(),
                        typed=[c.note for c in changes if isinstance(c, NoteAdded)])
        self.tree.setColumnHidden(2, not self.model.has_offers())
        return True

    def refresh(self) -> None:
        """Reload from the store, keeping what was open and selected."""
        self._dirty = False
        expanded = {self.model.item(self.model.index(r, 0)) for r in range(self.model.rowCount())
                    if self.tree.isExpanded(self.model.index(r, 0))}
        first = self.model.rowCount() == 0
        selected = self.selected_items()
        workshop = self.controller.workshop
        notes = workshop.notes()
        themes = self.synthesis.themes()
        self._language = workshop.details().language
        # Marks shown before stay until this reload's arrive (a theme renamed or a note
        # moved rarely changes them): an offer while the note is unsorted and its theme
        # there, a ≈ while both notes are.
        shown = {n.id for n in notes}
        unsorted = {n.id for n in notes if n.theme_id is None}
        offers = {n: t for n, t in self.model.offered_theme_ids().items() if n in unsorted}
        duplicates = {a: b for a, b in self.model.duplicate_pairs().items()
                      if a in shown and b in shown}
        self.model.set_content(themes, notes, offers, duplicates)
        self._reloads += 1
        self._ask_marks(notes, themes)
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            key = self.model.item(index)
            # Open the Unsorted pile the first time only when there is nothing else to see.
            if key in expanded or (first and key[0] == "unsorted" and not themes):
                self.tree.expand(index)
        self._select(selected)
        self.hint.setVisible(not themes)
        # The "Offered theme" column only earns its width while something is on offer.
        self.tree.setColumnHidden(2, not self.model.has_offers())
        insights = self.synthesis.insights()
        # Worked out here, once per reload, from the notes just read (reading each insight's
        # notes again took most of a reload): the list asks at every repaint.
        self._summaries = {key: self._summary(evidence) for key, evidence
                           in evidence_among(insights, notes).items()}
        self.insights.set_records(insights)
        self._selection_changed()

    def _ask_marks(self, notes: list[NoteData], themes: list[ThemeData] | None = None,
                   typed: Sequence[NoteData] = ()) -> None:
        """Work out the ≈ marks of ``notes`` and, given the ``themes`` of a reload, its
        offers, and the offers of the notes ``typed`` since, in the background. An ask
        waiting for the worker is replaced, keeping the offers it asked for that are
        still of the latest reload."""
        self._asks += 1
        marks = Marks(self._language or "en", self._asks, notes)
        waiting = self._marks_waiting
        if themes:
            marks.reload, marks.offer_notes, marks.themes = self._reloads, notes, themes
        elif waiting is not None and waiting.reload == self._reloads:
            marks.reload, marks.offer_notes, marks.themes = (waiting.reload,
                                                             waiting.offer_notes, waiting.themes)
        if waiting is not None and waiting.typed_since == self._reloads:
            typed = [*waiting.typed, *typed]
        if typed:
            marks.typed, marks.typed_since = list(typed), self._reloads
            marks.shown_themes, marks.shown_texts = self.model.theme_groups()
        self._marks_waiting = marks
        self._start_marks()

    def _start_marks(self) -> None:
        if self._stopped or self._marks_waiting is None or self._marks_worker is not None:
            return  # nothing to work out, or the running worker starts the next when done
        marks, self._marks_waiting = self._marks_waiting, None
        worker = self._marks_worker = MarksWorker(marks, parent=self)
        worker.found.connect(self._marks_found)
        worker.finished.connect(self._marks_done)
        worker.start(QThread.Priority.LowPriority)

    def _marks_done(self) -> None:
        worker, self._marks_worker = self._marks_worker, None
        if worker is not None:
            worker.deleteLater()
        self._start_marks()

    def _marks_found(self, marks: Marks) -> None:
        if self._stopped:
            return
        selected = self.selected_note_ids()
        shown = False
        offered = False
        if marks.reload == self._reloads and marks.offers is not None:
            self.model.set_offers(marks.offers, marks.asked or [])
            offered = True
        if marks.typed_since == self._reloads and marks.typed_offers is not None:
            # A reload since would have read these notes and asked their offers itself.
            self.model.set_offers(marks.typed_offers, [n.id for n in marks.typed])
            offered = True
        if offered:
            self.tree.setColumnHidden(2, not self.model.has_offers())
            self.accept_action.setEnabled(any(self.model.offer_for(n) for n in selected))
            shown = True
        if marks.serial == self._asks and marks.duplicates is not None:
            self.model.set_duplicates(marks.duplicates)
            self.stack_action.setEnabled(bool(self._duplicate_pairs(selected)))
            shown = True
        if shown:  # else the tree was read again since: its own marks are on their way
            self.marks_shown.emit()

    def stop_marks(self) -> None:
        """The workshop is closing: no more marks; waits for those being worked out (they
        read no store, so nothing of the workshop is touched meanwhile)."""
        self._stopped = True
        self._marks_waiting = None
        worker = self._marks_worker
        if worker is not None:
            worker.requestInterruption()
            worker.wait()

    def _select(self, items: list[tuple[str, int | None]]) -> None:
        selection = self.tree.selectionModel()
        flags = (QItemSelectionModel.SelectionFlag.Select
                 | QItemSelectionModel.SelectionFlag.Rows)
        for kind, key in items:
            index = (self.model.index_of_note(key) if kind == "note"
                     else self.model.index_of_theme(key))
            if index.isValid():
                selection.select(index, flags)
                if not selection.currentIndex().isValid():
                    selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)

    # --- what is selected ----------------------------------------------------------------

    def selected_items(self) -> list[tuple[str, int | None]]:
        rows = self.tree.selectionModel().selectedRows(0)
        return [self.model.item(index) for index in sorted(rows, key=_tree_order)]

    def selected_theme_ids(self) -> list[int]:
        return [key for kind, key in self.selected_items() if kind == "theme"]

    def selected_note_ids(self) -> list[int]:
        return [key for kind, key in self.selected_items() if kind == "note"]

    def _selection_changed(self, *_) -> None:
        themes, notes = self.selected_theme_ids(), self.selected_note_ids()
        self.rename_action.setEnabled(len(themes) == 1)
        self.merge_action.setEnabled(len(themes) >= 2)
        self.split_action.setEnabled(bool(notes) and not themes)
        self.move_action.setEnabled(bool(notes))
        self.new_action.setEnabled(bool(notes))
        self.accept_action.setEnabled(any(self.model.offer_for(n) for n in notes))
        self.stack_action.setEnabled(bool(self._duplicate_pairs(notes)))
        self.pin_action.setEnabled(len(themes) == 1)
        self.dissolve_action.setEnabled(len(themes) == 1)
        self.promote_action.setEnabled(bool(themes) != bool(notes) and len(themes) <= 1)
        self.insights.add_button.setEnabled(self.promote_action.isEnabled())
        if len(themes) == 1:
            theme = self.synthesis.theme(themes[0])
            self.pin_action.setText(self.tr("Unpin") if theme.pinned else self.tr("Pin"))
        self._show_detail(themes, notes)

    def _show_detail(self, themes: list[int], notes: list[int]) -> None:
        if len(themes) != 1:
            count = len(notes)
            self.detail.setText(self.tr("<p>%n note(s) selected.</p>", "", count) if count
                                else self.tr("<p>Select a theme to see what it rests on.</p>"))
            return
        theme = self.synthesis.theme(themes[0])
        evidence = self.synthesis.evidence(theme_id=theme.id, quotes=1)
        groups = ", ".join(f"{self._group_name(name)} {count}"
                           for name, count in evidence.groups) or self.tr("none")
        warning = ""
        only = one_group(dict(evidence.groups))
        if only is not None:
            warning = self.tr("<p><b>Only one group speaks here</b> ({0}): check that other "
                              "voices were heard.</p>").format(escape(group_name(only)))
        example = (f"<blockquote>“{escape(evidence.quotes[0].text)}”<br>"
                   f"— {escape(evidence.quotes[0].author or self.tr('no author'))}</blockquote>"
                   if evidence.quotes else "")
        words = ", ".join(theme.keywords) or "—"
        self.detail.setText(
            f"<h3>{escape(theme.label)}</h3><p>"
            + self.tr("%n note(s) from {0}.", "", evidence.notes).format(
                self.tr("%n participant(s)", "", evidence.participants))
            + "<br>" + self.tr("Groups: {0}").format(escape(groups)) + "<br>"
            + self.tr("Key words: {0}").format(escape(words))
            + ("<br>" + self.tr("Pinned: kept when themes are suggested again.")
               if theme.pinned else "")
            + f"</p>{warning}{example}")

    def _group_name(self, group: str) -> str:
        return self.tr("group unknown") if not group or group == NO_GROUP else group_name(group)

    def _evidence_summary(self, insight: InsightData) -> str:
        if insight.id not in self._summaries:
            self._summaries[insight.id] = self._read_evidence_summary(insight)
        return self._summaries[insight.id]

    def _read_evidence_summary(self, insight: InsightData) -> str:
        return self._summary(self.synthesis.evidence(insight.id, quotes=0))

    def _summary(self, evidence: Evidence) -> str:
        known = [g for g, _ in evidence.groups if g and g != NO_GROUP]
        return (self.tr("%n note(s)", "", evidence.notes) + " · "
                + self.tr("%n person(s)", "", evidence.participants) + " · "
                + self.tr("%n group(s)", "", len(known)))

    # --- operations ----------------------------------------------------------------------

    def _ask(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, label, text=text)
        return value if ok and value.strip() else None

    def new_theme(self) -> None:
        notes = self.selected_note_ids()
        if not notes:
            return
        first = self.controller.workshop.note(notes[0]).text
        label = self._ask(self.tr("New theme"), self.tr("Name of the new theme:"),
                          " ".join(first.split()[:4]))
        if label:
            self.controller.create_theme(notes, label)

    def start_rename(self) -> None:
        themes = self.selected_theme_ids()
        if len(themes) == 1:
            self.tree.edit(self.model.index_of_theme(themes[0]))

    def merge(self) -> None:
        themes = self.selected_theme_ids()
        if len(themes) >= 2:
            self.controller.merge_themes(themes)

    def split(self) -> None:
        notes = self.selected_note_ids()
        theme_ids = {self.controller.workshop.note(n).theme_id for n in notes}
        if len(theme_ids) != 1 or None in theme_ids:
            self.controller.refuse(self.tr("Select notes of one theme to split them off."))
            return
        theme_id = theme_ids.pop()
        label = self._ask(self.tr("Split theme"), self.tr("Name of the new theme:"))
        if label:
            self.controller.split_theme(theme_id, notes, label)

    def move_to(self) -> None:
        notes = self.selected_note_ids()
        if not notes:
            return
        themes = self.synthesis.themes()
        names = [t.label for t in themes] + [QCoreApplication.translate("ThemeTreeModel",
                                                                        "Unsorted")]
        choice, ok = QInputDialog.getItem(self, self.tr("Move notes"),
                                          self.tr("Move the notes to:"), names, 0, False)
        if ok:
            index = names.index(choice)
            self.controller.move_notes_to_theme(notes, themes[index].id
                                                if index < len(themes) else None)

    def accept_offers(self) -> None:
        by_theme: dict[int, list[int]] = {}
        for note_id in self.selected_note_ids():
            offer = self.model.offer_for(note_id)
            if offer is not None:
                by_theme.setdefault(offer.id, []).append(note_id)
        for theme_id, notes in by_theme.items():
            self.controller.move_notes_to_theme(notes, theme_id)

    def _duplicate_pairs(self, note_ids: list[int]) -> list[tuple[int, int]]:
        """(note, the earlier note it nearly repeats) for pairs touching ``note_ids``."""
        chosen = set(note_ids)
        return [(later, earlier) for later, earlier in self.model.duplicate_pairs().items()
                if later in chosen or earlier in chosen]

    def stack(self) -> None:
        pairs = self._duplicate_pairs(self.selected_note_ids())
        if pairs:
            self.controller.stack_duplicates(pairs)

    def toggle_pin(self) -> None:
        themes = self.selected_theme_ids()
        if len(themes) != 1:
            return
        theme = self.synthesis.theme(themes[0])
        self.controller.set_theme_pinned(theme.id, not theme.pinned)

    def dissolve(self) -> None:
        themes = self.selected_theme_ids()
        if len(themes) == 1:
            self.controller.dissolve_theme(themes[0])

    def promote(self) -> None:
        themes, notes = self.selected_theme_ids(), self.selected_note_ids()
        # The statement goes into the workshop's briefs: it starts in the workshop's language.
        with use(self.controller.workshop.details().language):
            if themes and not notes and len(themes) == 1:
                start = theme_insight_start(self.synthesis.theme(themes[0]).label)
            elif notes and not themes:
                start = _(INSIGHT_PREFIX)
            else:
                return
        statement, ok = QInputDialog.getMultiLineText(
            self, self.tr("Promote to insight"), self.tr("What did you hear? State the insight:"),
            start)
        if ok and statement.strip():
            self.controller.add_insight(statement, theme_ids=themes, note_ids=notes)

    def edit_insight(self, insight: InsightData) -> None:
        statement, ok = QInputDialog.getMultiLineText(self, self.tr("Edit insight"),
                                                      self.tr("Insight:"),
                                                      insight.statement)
        if ok and statement.strip():
            self.controller.edit_insight(insight.id, statement)


def _tree_order(index: QModelIndex) -> tuple[int, int]:
    parent = index.parent()
    return (parent.row(), index.row()) if parent.isValid() else (index.row(), -1)


__all__ = ["ITEM_ROLE", "ThemesPanel"]
