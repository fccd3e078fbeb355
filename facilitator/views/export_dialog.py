"""File > Export: a Word brief from a template, or the notes as CSV.

The dialog lists the personal data found in the notes (registered names, e-mails, phone
numbers), each ticked to be replaced in the export: keeping one is an explicit choice. The
export runs in a worker thread with progress and can be cancelled; nothing is written until
the file is complete.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.documents import brief
from facilitator.core.domain import privacy
from facilitator.core.domain.workshop import Workshop
from facilitator.core.errors import FacilitatorError

KIND_NAMES = {"name": QT_TRANSLATE_NOOP("ExportDialog", "Name"),
              "email": QT_TRANSLATE_NOOP("ExportDialog", "E-mail"),
              "phone": QT_TRANSLATE_NOOP("ExportDialog", "Phone")}
FINDING_ROLE = Qt.ItemDataRole.UserRole
FORMATS = {"brief": ".docx", "csv": ".csv"}


class ExportWorker(QThread):
    """Writes one export; asks to stop when interrupted."""

    progressed = Signal(int, int)
    done = Signal(str)
    failed = Signal(str)

    def __init__(self, workshop: Workshop, kind: str, template: Path | None, target: Path,
                 redactions: list, parent=None):
        super().__init__(parent)
        self.workshop, self.kind, self.template = workshop, kind, template
        self.target, self.redactions = target, redactions
        self.options = None  # BriefOptions: the appendix, a summary page first

    def run(self) -> None:
        try:
            if self.kind == "csv":
                from facilitator.core.documents.csv_export import write_notes_csv

                write_notes_csv(self.workshop, self.target, redactions=self.redactions)
            else:
                brief.export_brief(self.workshop, self.template, self.target,
                                   redactions=self.redactions, progress=self._progress,
                                   options=self.options)
        except brief.ExportCancelled:
            return
        except FacilitatorError as exc:
            self.failed.emit(str(exc))
            return
        except (OSError, ValueError, MemoryError) as exc:
            self.failed.emit(self.tr("The export failed: {0}").format(exc))
            return
        except Exception as exc:  # noqa: BLE001 - a thread's error would leave the dialog waiting
            from facilitator.views.crash import log_unexpected

            log = log_unexpected(exc)
            self.failed.emit(self.tr(
                "The export failed unexpectedly; nothing was written and the workshop is "
                "unchanged. Details (no participant text) are in {0}.").format(log))
            return
        self.done.emit(str(self.target))

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self.isInterruptionRequested()


class ExportDialog(QDialog):
    """Choose a template (or CSV), where to write, and what personal data to keep."""

    def __init__(self, workshop: Workshop, kind: str = "brief",
                 template_folders: list[Path] | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.workshop, self.kind = workshop, kind
        self.setWindowTitle(self.tr("Export brief") if kind == "brief"
                            else self.tr("Export notes as CSV"))
        self.written: Path | None = None
        self._worker: ExportWorker | None = None
        self._path_edited = False
        self._folders = template_folders or []

        form = QFormLayout()
        self.template = QComboBox()
        # The templates in the workshop's language where there are some (a user's own wins).
        self.templates = (brief.find_templates(self._folders, workshop.details().language)
                          if kind == "brief" else [])
        for info in self.templates:
            self.template.addItem(f"{info.title}  ({info.path.name})", info.name)
        if kind == "brief":
            form.addRow(self.tr("&Template:"), self.template)
            if not self.templates:
                form.addRow("", QLabel(self.tr("No templates found: reinstall Facilitator or "
                                               "add a .docx template to your templates "
                                               "folder.")))
        self.path = QLineEdit()
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.path, 1)
        box.addWidget(browse)
        form.addRow(self.tr("&Save as:"), row)
        form.labelForField(row).setBuddy(self.path)
        self.appendix = QCheckBox(self.tr("Include the &appendix of every note, by theme"))
        self.appendix.setChecked(True)
        self.summary_first = QCheckBox(self.tr("Start with a one-page s&ummary of the top "
                                               "insights"))
        if kind == "brief":
            form.addRow("", self.appendix)
            form.addRow("", self.summary_first)
        self.path.textEdited.connect(self._mark_edited)
        self.template.currentIndexChanged.connect(self._suggest_path)

        notes = workshop.notes()
        text_of = {n.id: n.text for n in notes}
        self.findings = privacy.scan(notes, workshop.participants())
        self.personal = QListWidget()
        self.personal.setAccessibleName(self.tr("Personal data found in the notes"))
        for finding in self.findings:
            owner = f" ({finding.owner})" if finding.owner else ""
            notes = len(finding.note_ids)
            others = [f for f in finding.forms if f != finding.text]
            also = (self.tr(" (also written {0})").format(", ".join(others[:3])) if others
                    else "")
            item = QListWidgetItem(f"{self.tr(KIND_NAMES[finding.kind])}: {finding.text}{also}"
                                   f"{owner} — " + self.tr("in %n note(s)", "", notes))
            item.setData(FINDING_ROLE, finding)
            item.setToolTip("\n\n".join(text_of[i][:200] for i in finding.note_ids[:3]))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.personal.addItem(item)
        explanation = QLabel(
            self.tr("Participants appear by their label only. These were found in the note "
                    "texts: ticked ones are replaced by [name], [e-mail] or [phone] in the "
                    "export. Untick only what you mean to keep; the notes themselves are not "
                    "changed.")
            if self.findings else
            self.tr("Participants appear by their label only. No registered names, e-mail "
                    "addresses or phone numbers were found in the notes."))
        explanation.setWordWrap(True)
        explanation.setBuddy(self.personal)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.export_button.setEnabled(kind != "brief" or bool(self.templates))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explanation)
        layout.addWidget(self.personal, 1)
        self.personal.setVisible(bool(self.findings))
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(620, 460 if self.findings else 260)
        self._suggest_path()

    # --- choices -------------------------------------------------------------------------

    def _mark_edited(self, *_) -> None:
        self._path_edited = True

    def _suggest_path(self, *_) -> None:
        if self._path_edited:
            return
        name = self.template.currentData() if self.kind == "brief" else "notes"
        self.path.setText(str(brief.default_export_path(self.workshop, name or "brief",
                                                        FORMATS[self.kind])))

    def _browse(self) -> None:
        suffix = FORMATS[self.kind]
        kind = self.tr("Word documents") if suffix == ".docx" else self.tr("CSV files")
        chosen, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path.text(),
                                                f"{kind} (*{suffix})")
        if chosen:
            self.path.setText(chosen if chosen.lower().endswith(suffix) else chosen + suffix)
            self._path_edited = True

    def redactions(self) -> list[privacy.Finding]:
        return [self.personal.item(i).data(FINDING_ROLE) for i in range(self.personal.count())
                if self.personal.item(i).checkState() == Qt.CheckState.Checked]

    def target(self) -> Path | None:
        text = self.path.text().strip()
        if not text:
            return None
        suffix = FORMATS[self.kind]
        return Path(text if text.lower().endswith(suffix) else text + suffix)

    # --- exporting -----------------------------------------------------------------------

    def brief_options(self):
        from facilitator.core.documents.brief_options import BriefOptions

        return BriefOptions(appendix=self.appendix.isChecked(),
                            summary=self.summary_first.isChecked())

    def start(self) -> None:
        target = self.target()
        if target is None:
            self.status.setText(self.tr("Choose where to save the export."))
            return
        if not self.path.isModified() and not self._path_edited:
            # The default folder (exports/ beside the workshop) is made on first use.
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                self.status.setText(self.tr("Could not make the folder {0}: {1}.").format(
                    target.parent, exc.strerror))
                return
        template = None
        if self.kind == "brief":
            index = self.template.currentIndex()
            template = self.templates[index].path if index >= 0 else None
            if template is None:
                self.status.setText(self.tr("Choose a template."))
                return
        self.export_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Exporting…"))
        worker = ExportWorker(self.workshop, self.kind, template, target, self.redactions(),
                              self)
        worker.options = self.brief_options()
        worker.progressed.connect(self._progressed)
        worker.done.connect(self._done)
        worker.failed.connect(self._failed)
        self._worker = worker
        worker.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _done(self, path: str) -> None:
        self._finish()
        self.written = Path(path)
        self.accept()

    def _failed(self, message: str) -> None:
        self._finish()
        self.status.setText(message)
        self.export_button.setEnabled(True)

    def _finish(self) -> None:
        if self._worker is not None:
            self._worker.wait()
            self._worker.deleteLater()
            self._worker = None
        self.progress.setVisible(False)

    def reject(self) -> None:
        """Cancel: stop an export under way (nothing is written), then close."""
        worker = self._worker
        if worker is not None:
            worker.requestInterruption()
            worker.wait()
            self._worker = None
        super().reject()

    def done(self, result: int) -> None:  # closing by any means waits for the worker
        worker = self._worker
        if worker is not None and worker.isRunning():
            worker.requestInterruption()
            worker.wait()
            self._worker = None
        super().done(result)
