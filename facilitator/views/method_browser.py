"""Workshop > Method library: find a method by search and filters, or let the fit helper rank
them for the session; read how to run it; add it to the agenda as an activity; write one's
own methods."""

from __future__ import annotations

import html
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.domain.steps import Step
from facilitator.core.domain.terms import CITIZEN_ROLES
from facilitator.core.locale.terms import role_name
from facilitator.methods import (
    ENGAGEMENTS,
    MODES,
    PREPARATIONS,
    Context,
    Fit,
    Method,
    MethodError,
    key_for,
    load_library,
    method_from,
    method_languages,
    rank_methods,
    save_own_method,
)
from facilitator.views.record_panel import RecordTableModel, record_table

ANY = QT_TRANSLATE_NOOP("MethodBrowser", "Any")
# The words of a method's kind, stored in English in its file, as shown.
KIND_WORDS = {"individual": QT_TRANSLATE_NOOP("MethodBrowser", "individual"),
              "collective": QT_TRANSLATE_NOOP("MethodBrowser", "collective"),
              "both": QT_TRANSLATE_NOOP("MethodBrowser", "both"),
              "short": QT_TRANSLATE_NOOP("MethodBrowser", "short"),
              "long": QT_TRANSLATE_NOOP("MethodBrowser", "long"),
              "either": QT_TRANSLATE_NOOP("MethodBrowser", "either"),
              "none": QT_TRANSLATE_NOOP("MethodBrowser", "none"),
              "some": QT_TRANSLATE_NOOP("MethodBrowser", "some")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("MethodBrowser", text)


def _word(value: str) -> str:
    return _tr(KIND_WORDS[value]) if value in KIND_WORDS else value


def _steps_text(method: Method) -> str:
    return ", ".join(str(int(s)) for s in method.steps)


def _span(values: tuple[int, int], unit: str = "") -> str:
    low, high = values
    return f"{low}{unit}" if low == high else f"{low}–{high}{unit}"


class MethodBrowser(QDialog):
    """The library, filtered and ranked; ``add_requested`` carries the chosen method."""

    add_requested = Signal(object)  # Method

    def __init__(self, user_folder: Path, step: Step | None = None, parent=None,
                 language: str | None = None):
        super().__init__(parent)
        self.setObjectName("methodBrowser")
        self.setWindowTitle(self.tr("Method library"))
        self.user_folder = user_folder
        # The methods' words in the workshop's language: they become its activities.
        self.language = language
        self.library = load_library(user_folder, language)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, purposes and instructions"))
        self.search.setClearButtonEnabled(True)
        self.step = QComboBox()
        self.step.addItem(self.tr(ANY), None)
        for s in Step:
            self.step.addItem(f"{int(s)}. {s.info.title}", s)
        if step is not None:
            self.step.setCurrentIndex(self.step.findData(step))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 480)
        self.minutes.setSpecialValueText(self.tr(ANY))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setToolTip(self.tr("Time available for the activity (0: any)"))
        self.people = QSpinBox()
        self.people.setRange(0, 1000)
        self.people.setSpecialValueText(self.tr(ANY))
        self.people.setToolTip(self.tr("How many people take part (0: any)"))
        for spin in (self.minutes, self.people):
            spin.setMaximumWidth(140)
        self.mode = QComboBox()
        self.mode.addItem(self.tr(ANY), None)
        self.mode.addItem(self.tr("Together (collective)"), True)
        self.mode.addItem(self.tr("On their own (individual)"), False)
        filters = QFormLayout()
        filters.addRow(self.tr("&Search:"), self.search)
        filters.addRow(self.tr("S&tep:"), self.step)
        filters.addRow(self.tr("&Time:"), self.minutes)
        filters.addRow(self.tr("&People:"), self.people)
        filters.addRow(self.tr("&Work:"), self.mode)

        yes_no = [(self.tr(ANY), None), (self.tr("Yes"), True), (self.tr("No"), False)]
        self.engagement = self._choice([(self.tr(ANY), None),
                                        (self.tr("Short (one session)"), "short"),
                                        (self.tr("Long (several meetings)"), "long")])
        self.informed = self._choice(yes_no)
        self.splits = self._choice(yes_no)
        helper = QGroupBox(self.tr("Help me choose"))
        fit = QFormLayout(helper)
        fit.addRow(self.tr("&Engagement:"), self.engagement)
        fit.addRow(self.tr("Participants &know the subject:"), self.informed)
        fit.addRow(self.tr("The problem splits into pa&rts:"), self.splits)

        self.model = RecordTableModel([
            (self.tr("Method"), lambda f: f.method.name + (self.tr(" (yours)") if f.method.own
                                                           else "")),
            (self.tr("Steps"), lambda f: _steps_text(f.method)),
            (self.tr("Minutes"), lambda f: _span(f.method.minutes)),
            (self.tr("People"), lambda f: _span(f.method.group_size)),
            (self.tr("Fit"), lambda f: f.score if self._ranking() else ""),
        ], self)
        self.table = record_table(self.model, self.tr("Methods"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("How to run the method"))
        self.count = QLabel()
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #a94400")

        self.add_button = QPushButton(self.tr("&Add to agenda"))
        self.add_button.setToolTip(self.tr("Add the method as an activity of this workshop "
                                           "(Ctrl+Enter)"))
        self.add_button.clicked.connect(self._add)
        self.own_button = QPushButton(self.tr("&New method…"))
        self.own_button.clicked.connect(lambda: self.edit_own(None))
        self.copy_button = QPushButton(self.tr("Make a &copy to edit…"))
        self.copy_button.clicked.connect(lambda: self.edit_own(self.current()))
        self.table.selectionModel().currentRowChanged.connect(self._name_copy_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.copy_button, self.own_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(helper)
        left_layout.addWidget(self.count)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        self.resize(1100, 680)

        for widget in (self.step, self.mode, self.engagement, self.informed, self.splits):
            widget.currentIndexChanged.connect(self.refresh)
        for spin in (self.minutes, self.people):
            spin.valueChanged.connect(self.refresh)
        self.search.textChanged.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.table.doubleClicked.connect(self._add)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._add)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.refresh()
        self.search.setFocus()

    @staticmethod
    def _choice(items) -> QComboBox:
        box = QComboBox()
        for text, value in items:
            box.addItem(text, value)
        return box

    # --- filtering and ranking -----------------------------------------------------------

    def context(self) -> Context:
        return Context(step=self.step.currentData(), engagement=self.engagement.currentData(),
                       collective=self.mode.currentData(), informed=self.informed.currentData(),
                       problem_splits=self.splits.currentData(),
                       minutes=self.minutes.value() or None, people=self.people.value() or None)

    def _ranking(self) -> bool:
        context = self.context()
        return any(v is not None for v in (context.engagement, context.informed,
                                           context.problem_splits))

    def shown(self) -> list[Fit]:
        """The methods to list: filtered by the hard choices, ranked by all of them."""
        context = self.context()
        words = self.search.text().casefold().split()
        fits = []
        for fit in rank_methods(self.library.methods, context):
            method = fit.method
            haystack = " ".join((method.name, method.purpose, *method.instructions,
                                 *method.prompts)).casefold()
            if words and not all(w in haystack for w in words):
                continue
            if context.step is not None and context.step not in method.steps:
                continue
            if context.minutes is not None and not method.fits_minutes(context.minutes):
                continue
            if context.people is not None and not method.fits_group(context.people):
                continue
            if context.collective is not None and method.mode not in (
                    "collective" if context.collective else "individual", "both"):
                continue
            fits.append(fit)
        if not self._ranking():
            fits.sort(key=lambda f: (min(f.method.steps), f.method.name.casefold()))
        return fits

    def refresh(self, *_) -> None:
        chosen = self.current()
        fits = self.shown()
        self.model.set_records(fits)
        total = len(self.library.methods)
        self.count.setText(self.tr("{0} of %n method(s)", "", total).format(len(fits))
                           + (self.tr(", best fit first") if self._ranking() else ""))
        self.problems.setText("" if not self.library.problems else
                              self.tr("Some method files could not be read and are left out: ")
                              + "; ".join(str(p) for p in self.library.problems))
        row = next((i for i, f in enumerate(fits) if chosen and f.method.key == chosen.key), 0)
        if fits:
            self.table.selectRow(row)
        else:
            self.details.setHtml("<p>" + self.tr("No method matches. Clear a filter or the "
                                                 "search.") + "</p>")
        self._update_buttons()

    def current(self) -> Method | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.record_at(index.row()).method

    def _current_fit(self) -> Fit | None:
        index = self.table.currentIndex()
        return self.model.record_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        has = self.current() is not None
        self.add_button.setEnabled(has)
        self.copy_button.setEnabled(has)

    def _name_copy_button(self, *_) -> None:
        method = self.current()
        self.copy_button.setText(self.tr("&Edit your method…") if method is not None
                                 and method.own else self.tr("Make a &copy to edit…"))

    def _show_current(self, *_) -> None:
        fit = self._current_fit()
        self._update_buttons()
        if fit is not None:
            self.details.setHtml(describe(fit.method, fit if self._ranking() else None))

    def _add(self, *_) -> None:
        method = self.current()
        if method is not None:
            self.add_requested.emit(method)

    # --- own methods ---------------------------------------------------------------------

    def edit_own(self, start: Method | None) -> None:
        dialog = MethodDialog(start, self, language=self.language)
        while dialog.exec():
            try:
                method = dialog.method()
                save_own_method(method, self.user_folder)
            except MethodError as exc:
                QMessageBox.warning(self, self.tr("Cannot save the method"), str(exc))
                continue
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Cannot save the method"),
                                    self.tr("Could not write to {0}: {1}.").format(
                                        self.user_folder, exc.strerror))
                continue
            self.library = load_library(self.user_folder, self.language)
            self.search.clear()
            self.step.setCurrentIndex(0)
            self.refresh()
            row = next((i for i, f in enumerate(self.model.records())
                        if f.method.key == method.key), 0)
            self.table.selectRow(row)
            return


def describe(method: Method, fit: Fit | None = None) -> str:
    """How to run a method, as HTML for the details pane."""
    e = html.escape
    steps = ", ".join(f"{int(s)}. {s.info.title}" for s in method.steps)
    translate = QCoreApplication.translate
    rows = [(translate("MethodBrowser", "Steps"), steps),
            (translate("MethodBrowser", "Time"),
             _span(method.minutes, translate("MethodBrowser", " min"))),
            (translate("MethodBrowser", "People"), _span(method.group_size)),
            (translate("MethodBrowser", "Work"), _word(method.mode)),
            (translate("MethodBrowser", "Draws on"), ", ".join(role_name(r) for r in method.roles)),
            (translate("MethodBrowser", "Participants need"),
             translate("MethodBrowser", "nothing beforehand") if method.preparation == "none"
             else translate("MethodBrowser", "to know the subject"))]
    parts = [f"<h2>{e(method.name)}</h2><p><i>{e(method.purpose)}</i></p>"]
    if fit is not None:
        if fit.reasons:
            parts.append("<p><b>" + translate("MethodBrowser", "Fits:") + "</b> "
                         + e("; ".join(fit.reasons)) + "</p>")
        if fit.concerns:
            parts.append("<p><b>" + translate("MethodBrowser", "But:") + "</b> "
                         + e("; ".join(fit.concerns)) + "</p>")
    parts.append("<table cellpadding='2'>" + "".join(
        f"<tr><td><b>{e(k)}</b></td><td>{e(v)}</td></tr>" for k, v in rows) + "</table>")
    if method.materials:
        parts.append("<h3>" + translate("MethodBrowser", "Materials") + "</h3><ul>" + "".join(
            f"<li>{e(m)}</li>" for m in method.materials) + "</ul>")
    parts.append("<h3>" + translate("MethodBrowser", "How to run it") + "</h3><ol>" + "".join(
        f"<li>{e(i)}</li>" for i in method.instructions) + "</ol>")
    if method.prompts:
        parts.append("<h3>" + translate("MethodBrowser", "Prompts for the room") + "</h3><ul>"
                     + "".join(f"<li>{e(p)}</li>" for p in method.prompts) + "</ul>")
    if method.own and method.path is not None:
        parts.append("<p style='color:gray'>" + e(translate(
            "MethodBrowser", "Your method, kept in {0}").format(method.path)) + "</p>")
    return "".join(parts)


class MethodDialog(QDialog):
    """A facilitator's own method: every field of a method file, one form."""

    def __init__(self, start: Method | None = None, parent=None, language: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your method"))
        # A shipped method is copied under a new name; one's own method is edited in place.
        self.keep_key = start.key if start is not None and start.own else None
        self.name = QLineEdit((start.name if start.own else start.name + self.tr(" (ours)"))
                              if start else "")
        self.purpose = QLineEdit(start.purpose if start else "")
        self.steps = [QCheckBox(f"{int(s)}. {s.info.title}") for s in Step]
        for box, s in zip(self.steps, Step, strict=True):
            box.setChecked(bool(start and s in start.steps))
        self.low, self.high = QSpinBox(), QSpinBox()
        self.small, self.large = QSpinBox(), QSpinBox()
        for spin, value, top in ((self.low, start.minutes[0] if start else 10, 1440),
                                 (self.high, start.minutes[1] if start else 20, 1440),
                                 (self.small, start.group_size[0] if start else 2, 10000),
                                 (self.large, start.group_size[1] if start else 30, 10000)):
            spin.setRange(1, top)
            spin.setValue(value)
        self.mode, self.engagement, self.preparation = QComboBox(), QComboBox(), QComboBox()
        for combo, values in ((self.mode, MODES), (self.engagement, ENGAGEMENTS),
                              (self.preparation, PREPARATIONS)):
            for value in values:  # kept in the file in English, shown translated
                combo.addItem(_word(value), value)
        self.splits = QCheckBox(self.tr("Suits a problem that splits into parts"))
        self.roles = [QCheckBox(role_name(r)) for r in CITIZEN_ROLES]
        for box, role in zip(self.roles, CITIZEN_ROLES, strict=True):
            box.setProperty("role", role)
        # The language the method is written in: one's own method may be in any.
        self.language = QComboBox()
        from facilitator.views.language import language_name

        for code in method_languages():
            self.language.addItem(language_name(code), code)
        wanted = start.language if start else language
        self.language.setCurrentIndex(max(0, self.language.findData(wanted)))
        if start:
            for combo, value in ((self.mode, start.mode), (self.engagement, start.engagement),
                                 (self.preparation, start.preparation)):
                combo.setCurrentIndex(max(0, combo.findData(value)))
            self.splits.setChecked(start.splits_problem)
            for box in self.roles:
                box.setChecked(box.property("role") in start.roles)
        self.materials = self._lines(start.materials if start else ())
        self.instructions = self._lines(start.instructions if start else ())
        self.prompts = self._lines(start.prompts if start else ())

        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Purpose:"), self.purpose)
        form.addRow(self.tr("Steps:"), self._row(self.steps))
        form.addRow(self.tr("&Minutes:"), self._row([self.low, QLabel(self.tr("to")), self.high]))
        form.addRow(self.tr("Pe&ople:"), self._row([self.small, QLabel(self.tr("to")),
                                                     self.large]))
        form.addRow(self.tr("&Work:"), self.mode)
        form.addRow(self.tr("&Engagement:"), self.engagement)
        form.addRow(self.tr("P&reparation:"), self.preparation)
        form.addRow("", self.splits)
        form.addRow(self.tr("Roles:"), self._row(self.roles))
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("M&aterials\n(one a line):"), self.materials)
        form.addRow(self.tr("&Instructions\n(one step a line):"), self.instructions)
        form.addRow(self.tr("Promp&ts\n(one a line):"), self.prompts)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(640, 640)

    @staticmethod
    def _lines(values) -> QPlainTextEdit:
        edit = QPlainTextEdit("\n".join(values))
        edit.setTabChangesFocus(True)
        return edit

    @staticmethod
    def _row(widgets) -> QWidget:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            box.addWidget(widget)
        box.addStretch(1)
        return row

    def method(self) -> Method:
        """The method the form describes; MethodError names a missing or wrong field."""
        def lines(edit: QPlainTextEdit) -> list[str]:
            return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]

        data = {"name": self.name.text(), "purpose": self.purpose.text(),
                "steps": [int(s) for s, box in zip(Step, self.steps, strict=True)
                          if box.isChecked()],
                "minutes": [self.low.value(), self.high.value()],
                "group_size": [self.small.value(), self.large.value()],
                "mode": self.mode.currentData(), "engagement": self.engagement.currentData(),
                "preparation": self.preparation.currentData(),
                "splits_problem": self.splits.isChecked(),
                "roles": [b.property("role") for b in self.roles if b.isChecked()],
                "language": self.language.currentData(),
                "materials": lines(self.materials), "instructions": lines(self.instructions),
                "prompts": lines(self.prompts)}
        method = method_from(data, key=self.keep_key or key_for(self.name.text()))
        return replace(method, own=True)
