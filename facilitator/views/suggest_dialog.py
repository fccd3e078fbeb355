"""Suggest themes: group the notes off the GUI thread, show the result as a preview, and let
the facilitator apply it or throw it away. Changing a setting suggests again at once."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSlider,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.domain.steps import Step
from facilitator.core.domain.synthesis import (
    SuggestionInput,
    Synthesis,
    ThemeData,
    ThemeSuggestion,
    suggest,
)
from facilitator.core.domain.workshop import NoteData, Workshop
from facilitator.views.theme_models import ThemeTreeModel, fit_theme_columns

GRANULARITY_STEPS = 2  # the slider goes from -2 (fewer themes) to +2 (more themes)


class SuggestWorker(QThread):
    """Runs one suggestion; asks to stop when interrupted."""

    progressed = Signal(int, int)
    finished_with = Signal(object)  # ThemeSuggestion
    failed = Signal(str)

    def __init__(self, source: SuggestionInput, granularity: float, per_activity: bool,
                 parent=None):
        super().__init__(parent)
        self.source, self.granularity, self.per_activity = source, granularity, per_activity

    def run(self) -> None:
        from facilitator.core.analysis.clustering import ClusteringCancelled

        try:
            result = suggest(self.source, granularity=self.granularity,
                             per_activity=self.per_activity, progress=self._progress)
        except ClusteringCancelled:
            return
        except (ValueError, MemoryError) as exc:
            self.failed.emit(self.tr("Themes could not be suggested: {0}").format(exc))
            return
        if not self.isInterruptionRequested():
            self.finished_with.emit(result)

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self.isInterruptionRequested()


class SuggestDialog(QDialog):
    def __init__(self, workshop: Workshop, parent=None):
        super().__init__(parent)
        self.setObjectName("suggestDialog")
        self.setWindowTitle(self.tr("Suggest themes"))
        self.workshop = workshop
        self.synthesis: Synthesis = workshop.synthesis
        self.suggestion: ThemeSuggestion | None = None
        self._worker: SuggestWorker | None = None
        self._notes = {n.id: n for n in workshop.notes()}

        intro = QLabel(self.tr(
            "Facilitator groups notes that say alike things. Pinned themes, themes that back "
            "an insight and notes you placed by hand stay as they are. Notes that fit no theme "
            "well stay in Unsorted."), self)
        intro.setWordWrap(True)
        self.scope = QComboBox(self)
        self.scope.setAccessibleName(self.tr("Which notes"))
        self.scope.addItem(self.tr("All notes"), None)
        for step in Step:
            self.scope.addItem(self.tr("Step {0}: {1}").format(int(step), step.title),
                               ("step", int(step)))
        for activity in workshop.activities():
            self.scope.addItem(self.tr("Activity: {0}").format(activity.name),
                               ("activity", activity.id))
        self.granularity = QSlider(Qt.Orientation.Horizontal, self)
        self.granularity.setRange(-GRANULARITY_STEPS, GRANULARITY_STEPS)
        self.granularity.setPageStep(1)
        self.granularity.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.granularity.setAccessibleName(self.tr("Fewer or more themes"))
        self.per_activity = QCheckBox(self.tr("Group within each activity separately"), self)
        granularity_row = QHBoxLayout()
        granularity_row.addWidget(QLabel(self.tr("Fewer, broader"), self))
        granularity_row.addWidget(self.granularity, 1)
        granularity_row.addWidget(QLabel(self.tr("More, finer"), self))
        form = QFormLayout()
        form.addRow(self.tr("Notes:"), self.scope)
        form.addRow(self.tr("Themes:"), granularity_row)
        form.addRow("", self.per_activity)

        self.preview_model = ThemeTreeModel(self)
        self.preview = QTreeView(self)
        self.preview.setModel(self.preview_model)
        self.preview.setAccessibleName(self.tr("Suggested themes"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setDragEnabled(False)
        self.preview.setUniformRowHeights(True)
        fit_theme_columns(self.preview)  # the note gets the room, not its author
        self.preview.setColumnHidden(2, True)
        self.summary = QLabel(self)
        self.summary.setObjectName("suggestionSummary")
        self.summary.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("Stop"), self)
        self.cancel_button.setToolTip(self.tr("Stop suggesting"))
        self.cancel_button.clicked.connect(self._stop)
        working = QWidget(self)
        working_row = QHBoxLayout(working)
        working_row.setContentsMargins(0, 0, 0, 0)
        working_row.addWidget(self.progress, 1)
        working_row.addWidget(self.cancel_button)
        self.working = working

        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(self.tr("Apply themes"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Discard"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addWidget(working)
        layout.addWidget(self.buttons)
        # Wide enough to read whole notes in the preview: most of the window, within reason.
        width, height = 720, 560
        if parent is not None:
            width = max(width, min(1100, int(parent.width() * 0.75)))
            height = max(height, min(800, int(parent.height() * 0.8)))
        self.resize(width, height)

        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(250)
        self._again.timeout.connect(self.start)
        self.scope.currentIndexChanged.connect(lambda _: self._again.start())
        self.granularity.valueChanged.connect(lambda _: self._again.start())
        self.per_activity.toggled.connect(lambda _: self._again.start())
        self._set_busy(False)
        QTimer.singleShot(0, self.start)

    # --- running -------------------------------------------------------------------------

    def source(self) -> SuggestionInput:
        scope = self.scope.currentData()
        if scope is None:
            return self.synthesis.suggestion_input()
        kind, key = scope
        if kind == "step":
            return self.synthesis.suggestion_input(steps=[key])
        return self.synthesis.suggestion_input(activity_ids=[key])

    def start(self) -> None:
        """Suggest with the current settings, dropping any suggestion still being made."""
        self._stop()
        self.suggestion = None
        worker = SuggestWorker(self.source(), self.granularity.value() / GRANULARITY_STEPS,
                               self.per_activity.isChecked(), self)
        worker.progressed.connect(self._progressed)
        worker.finished_with.connect(self._show)
        worker.failed.connect(self._failed)
        self._worker = worker
        self._set_busy(True)
        self.summary.setText(self.tr("Grouping the notes…"))
        worker.start()

    def _stop(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.requestInterruption()
            worker.wait()
            worker.deleteLater()
        self._set_busy(False)
        if self.suggestion is None:
            self.summary.setText(self.tr("Stopped. Change a setting to suggest again."))

    def _set_busy(self, busy: bool) -> None:
        self.working.setVisible(busy)
        self.apply_button.setEnabled(not busy and bool(self.suggestion and
                                                       self.suggestion.themes))

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _failed(self, message: str) -> None:
        self._worker = None
        self._set_busy(False)
        self.summary.setText(message)

    def _show(self, suggestion: ThemeSuggestion) -> None:
        if self.sender() is not self._worker:
            return  # an older run that finished just as it was replaced
        self._worker = None
        self.suggestion = suggestion
        themes, notes = preview_content(suggestion, self._notes)
        self.preview_model.set_content(themes, notes)
        self.preview.expand(self.preview_model.index(0, 0))
        sorted_notes = suggestion.note_count - len(suggestion.unsorted)
        kept = (" " + self.tr("%n theme(s) and {0} are kept as they are.", "",
                              suggestion.kept_themes).format(
                    self.tr("%n note(s)", "", suggestion.kept_notes))
                if suggestion.kept_notes or suggestion.kept_themes else "")
        if suggestion.note_count == 0:
            text = self.tr("There are no notes to group here.")
        else:
            text = (self.tr("%n theme(s) for {0}; ", "", len(suggestion.themes)).format(
                self.tr("%n note(s)", "", sorted_notes))
                + self.tr("%n note(s) fit no theme well and stay unsorted.", "",
                          len(suggestion.unsorted)))
        method = f" {suggestion.described_method}" if suggestion.themes else ""
        self.summary.setText(text + kept + method)
        self._set_busy(False)

    def done(self, result: int) -> None:
        self._again.stop()
        if self._worker is not None:
            worker, self._worker = self._worker, None
            worker.requestInterruption()
            worker.wait()
        super().done(result)


def preview_content(suggestion: ThemeSuggestion, notes: dict[int, NoteData]
                    ) -> tuple[list[ThemeData], list[NoteData]]:
    """Suggested themes as theme records (negative ids: not stored yet) and their notes."""
    themes, shown = [], []
    for number, suggested in enumerate(suggestion.themes, start=1):
        themes.append(ThemeData(-number, suggested.label, suggested.keywords,
                                note_ids=suggested.note_ids))
        shown += [replace(notes[n], theme_id=-number) for n in suggested.note_ids if n in notes]
    shown += [replace(notes[n], theme_id=None) for n in suggestion.unsorted if n in notes]
    return themes, shown
