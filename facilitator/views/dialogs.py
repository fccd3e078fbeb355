"""Forms for the workshop's details, its participants and its activities."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.domain.steps import Step
from facilitator.core.locale.terms import group_key, group_name, role_name
from facilitator.core.domain.terms import (
    CITIZEN_ROLES,
    FILE_SUFFIX,
    LANGUAGE_NAMES,
    PARTICIPANT_GROUPS,
)

if TYPE_CHECKING:
    from facilitator.core.domain.workshop import ActivityData, DetailsData, ParticipantData


def in_reading_order(dialog: QWidget) -> list[QWidget]:
    """The widgets of a dialog that Tab can reach, as the eye reads them: row by row from
    the top (widgets side by side share a row), left to right within a row."""
    reachable = [w for w in dialog.findChildren(QWidget)
                 if w.isVisibleTo(dialog) and w.focusProxy() is None
                 and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    placed = sorted(((w.mapTo(dialog, QPoint(0, 0)), w) for w in reachable),
                    key=lambda item: (item[0].y(), item[0].x()))
    rows: list[list[tuple[QPoint, QWidget]]] = []
    bottom = None
    for top_left, widget in placed:
        if bottom is not None and top_left.y() < bottom:  # beside the row above
            rows[-1].append((top_left, widget))
            bottom = max(bottom, top_left.y() + widget.height())
        else:
            rows.append([(top_left, widget)])
            bottom = top_left.y() + widget.height()
    return [w for row in rows for _, w in sorted(row, key=lambda item: item[0].x())]


class FormKeys(QObject):
    """A dialog's form from the keyboard: when it opens, the cursor is in its first field
    and Tab follows the layout; Enter accepts when the form is valid (in a field of several
    lines too - Shift+Enter starts a new line there); Esc cancels, as in any dialog."""

    def __init__(self, dialog: QDialog, accept_button: QPushButton):
        super().__init__(dialog)
        self._dialog, self._accept = dialog, accept_button
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._dialog:
            if event.type() == QEvent.Type.Show:
                self._arrange()
            return False
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return,
                                                                     Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                watched.insertPlainText("\n")
            elif self._accept.isEnabled():
                self._accept.click()
            return True
        return False

    def _arrange(self) -> None:
        order = in_reading_order(self._dialog)
        for before, after in zip(order, order[1:]):
            QWidget.setTabOrder(before, after)
        if order:
            order[0].setFocus(Qt.FocusReason.TabFocusReason)
        for edit in self._dialog.findChildren(QPlainTextEdit):
            edit.installEventFilter(self)
            if not edit.toolTip():
                edit.setToolTip(self.tr("Shift+Enter starts a new line"))


class _FormDialog(QDialog):
    """A form with OK/Cancel; OK is enabled only while the required field is filled."""

    def __init__(self, title: str, ok_text: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.keys = FormKeys(self, self.ok_button)

    def require(self, field: QLineEdit) -> None:
        field.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        self.ok_button.setEnabled(bool(field.text().strip()))


class WorkshopDialog(_FormDialog):
    """New workshop (with where to keep its file) or the details of the open one."""

    def __init__(self, details: DetailsData | None = None, folder: Path | None = None,
                 parent=None):
        creating = details is None
        super().__init__(self.tr("New workshop") if creating else self.tr("Workshop details"),
                         self.tr("Create") if creating else self.tr("Save"), parent)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("e.g. Library opening hours with residents"))
        self.question = QPlainTextEdit(self)
        self.question.setPlaceholderText(self.tr("The question or challenge the workshop works on"))
        self.question.setTabChangesFocus(True)
        self.question.setFixedHeight(70)
        self.commissioner = QLineEdit(self)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(QDate.currentDate())
        self.place = QLineEdit(self)
        self.contact = QLineEdit(self)
        self.contact.setPlaceholderText(self.tr("Who participants can contact: name, e-mail or "
                                                "phone of the service team"))
        self.next_steps = QPlainTextEdit(self)
        self.next_steps.setPlaceholderText(self.tr("What happens next, and when (for the "
                                                   "participant summary)"))
        self.next_steps.setTabChangesFocus(True)
        self.next_steps.setFixedHeight(54)
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setToolTip(self.tr("The language of the workshop: its notes are grouped "
                                         "into themes and labelled in it, and its briefs and "
                                         "the phones' page are written in it"))
        self.form.addRow(self.tr("&Title:"), self.title)
        self.form.addRow(self.tr("&Question:"), self.question)
        self.form.addRow(self.tr("&Commissioner:"), self.commissioner)
        self.form.addRow(self.tr("&Date:"), self.date)
        self.form.addRow(self.tr("&Place:"), self.place)
        self.form.addRow(self.tr("C&ontact:"), self.contact)
        self.form.addRow(self.tr("Ne&xt steps:"), self.next_steps)
        self.form.addRow(self.tr("&Language:"), self.language)
        self.file = None
        if creating:
            self._add_file_row(folder or _documents_folder())
        else:
            self.title.setText(details.title)
            self.question.setPlainText(details.question)
            self.commissioner.setText(details.commissioner)
            self.place.setText(details.place)
            self.contact.setText(details.contact)
            self.next_steps.setPlainText(details.next_steps)
            self.language.setCurrentIndex(max(0, self.language.findData(details.language)))
            # A table is not a person who can agree: the workshop decides for its notes.
            self.quote_tables = QCheckBox(self.tr("A table's notes may be quoted (by the "
                                                  "table's name) in briefs"), self)
            self.quote_tables.setChecked(details.quote_tables)
            self.form.addRow("", self.quote_tables)
            parsed = QDate.fromString(details.date, "yyyy-MM-dd")
            if parsed.isValid():
                self.date.setDate(parsed)
        self.require(self.title)

    def _add_file_row(self, folder: Path) -> None:
        self._folder = folder
        self._file_edited = False
        self.file = QLineEdit(self)
        self.file.setAccessibleName(self.tr("Workshop file"))
        self.file.textEdited.connect(lambda _: setattr(self, "_file_edited", True))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.setAccessibleName(self.tr("Choose where to keep the workshop file"))
        browse.clicked.connect(self._browse)
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.file, 1)
        box.addWidget(browse)
        self.form.addRow(self.tr("&File:"), row)
        self.form.labelForField(row).setBuddy(self.file)
        hint = QLabel(self.tr("Everything is saved in this file as you work; there is no Save "
                              "button."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.form.addRow("", hint)
        self.title.textChanged.connect(self._suggest_file)
        self._suggest_file("")

    def _suggest_file(self, title: str) -> None:
        if self.file is None or self._file_edited:
            return
        stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "", title).strip() or self.tr("Workshop")
        self.file.setText(str(self._folder / f"{stem[:80]}{FILE_SUFFIX}"))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Keep the workshop in"), self.file.text(),
            self.tr("Workshop files (*.workshop)"))
        if chosen:
            if not chosen.endswith(FILE_SUFFIX):
                chosen += FILE_SUFFIX
            self.file.setText(chosen)
            self._file_edited = True

    def values(self) -> dict:
        return {
            "title": self.title.text(),
            "question": self.question.toPlainText(),
            "commissioner": self.commissioner.text(),
            "date": self.date.date().toString("yyyy-MM-dd"),
            "place": self.place.text(),
            "language": self.language.currentData(),
            "contact": self.contact.text(),
            "next_steps": self.next_steps.toPlainText(),
            **({"quote_tables": self.quote_tables.isChecked()}
               if hasattr(self, "quote_tables") else {}),
        }

    def path(self) -> Path | None:
        if self.file is None:
            return None
        text = self.file.text().strip()
        if text and not text.endswith(FILE_SUFFIX):
            text += FILE_SUFFIX
        return Path(text).expanduser() if text else None


class ParticipantDialog(_FormDialog):
    def __init__(self, person: ParticipantData | None = None, suggested_label: str = "",
                 parent=None):
        super().__init__(self.tr("Add participant") if person is None
                         else self.tr("Edit participant"),
                         self.tr("Add") if person is None else self.tr("Save"), parent)
        self.label = QLineEdit(person.label if person else suggested_label, self)
        self.label.setPlaceholderText(self.tr("A pseudonym such as R1 or Table 2 – Amira"))
        self.group = QComboBox(self)
        self.group.setEditable(True)
        self.group.addItem("", "")
        for key in PARTICIPANT_GROUPS:  # stored by key, shown in the language spoken
            self.group.addItem(group_name(key), key)
        self.role = QComboBox(self)
        self.role.addItem("", "")
        for key in CITIZEN_ROLES:
            self.role.addItem(role_name(key), key)
        self.consent = QCheckBox(self.tr("May be quoted (by label) in briefs"), self)
        self.real_name = QLineEdit(self)
        self.real_name.setPlaceholderText(self.tr("Optional; never shown on screen lists or exported"))
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.form.addRow(self.tr("&Label:"), self.label)
        self.form.addRow(self.tr("&Group:"), self.group)
        self.form.addRow(self.tr("Citizen &role:"), self.role)
        self.form.addRow("", self.consent)
        private = QLabel(self.tr("Private – kept in the workshop file only:"))
        private.setEnabled(False)
        self.form.addRow(private)
        self.form.addRow(self.tr("Real &name:"), self.real_name)
        self.form.addRow(self.tr("&E-mail:"), self.email)
        self.form.addRow(self.tr("P&hone:"), self.phone)
        if person is not None:
            self.group.setCurrentText(group_name(person.group))
            self.role.setCurrentIndex(max(0, self.role.findData(person.role)))
            self.consent.setChecked(person.consent_quote)
            self.real_name.setText(person.real_name)
            self.email.setText(person.email)
            self.phone.setText(person.phone)
        self.require(self.label)
        self.label.selectAll()

    def values(self) -> dict:
        return {
            "label": self.label.text(),
            "group": group_key(self.group.currentText()),
            "role": self.role.currentData() or "",
            "consent_quote": self.consent.isChecked(),
            "real_name": self.real_name.text(),
            "email": self.email.text(),
            "phone": self.phone.text(),
        }


class ActivityDialog(_FormDialog):
    def __init__(self, activity: ActivityData | None = None, step: Step = Step.INVOLVE,
                 parent=None):
        super().__init__(self.tr("Add activity") if activity is None
                         else self.tr("Edit activity"),
                         self.tr("Add") if activity is None else self.tr("Save"), parent)
        self.name = QLineEdit(activity.name if activity else "", self)
        self.name.setPlaceholderText(self.tr("e.g. Silent brainstorm"))
        self.step = QComboBox(self)
        for s in Step:
            self.step.addItem(f"{int(s)}. {s.title}", s)
        self.step.setCurrentIndex(int(activity.step if activity else step) - 1)
        self.prompt = QPlainTextEdit(activity.prompt if activity else "", self)
        self.prompt.setPlaceholderText(self.tr("The question put to the room, e.g. “What gets "
                                               "in the way when you visit the library?”"))
        self.prompt.setTabChangesFocus(True)
        self.prompt.setFixedHeight(70)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSpecialValueText(self.tr("not planned"))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(activity.planned_minutes or 0 if activity else 0)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Step:"), self.step)
        self.form.addRow(self.tr("&Prompt:"), self.prompt)
        self.form.addRow(self.tr("Planned &time:"), self.minutes)
        self.require(self.name)

    def values(self) -> dict:
        return {
            "name": self.name.text(),
            "step": self.step.currentData(),
            "prompt": self.prompt.toPlainText(),
            "planned_minutes": self.minutes.value() or None,
        }


def _documents_folder() -> Path:
    location = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()

