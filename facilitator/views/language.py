"""The window's language: the Language setting (the system's language by default), Qt's
translators for it - the app's own and Qt's for its standard buttons and dialogs - and the
core's messages, numbers and dates in the same language. A change applies at the next
start, when every widget is built in the new language."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
)
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from facilitator.core import locale as core_locale
from facilitator.i18n import FOLDER, PREFIX

SETTING = "language"  # a language code, or "" for the system's language
_installed: list[QTranslator] = []


def available_languages() -> list[str]:
    """English and every language the window has a translation for (a .ts source or its
    compiled .qm): adding a file adds a language."""
    codes = {p.stem[len(PREFIX):] for p in FOLDER.iterdir()
             if p.name.startswith(PREFIX) and p.suffix in (".ts", ".qm")}
    return [core_locale.SOURCE_LANGUAGE, *sorted(codes - {core_locale.SOURCE_LANGUAGE})]


def language_name(code: str) -> str:
    """A language in its own words: 'English', 'Français'."""
    from facilitator.core.domain.terms import LANGUAGE_NAMES

    if code in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[code]
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def system_language() -> str:
    """The first of the system's preferred languages the window speaks, else English."""
    available = available_languages()
    for code in QLocale.system().uiLanguages():
        base = code.replace("-", "_").split("_")[0].lower()
        if base in available:
            return base
    return core_locale.SOURCE_LANGUAGE


def chosen_language(settings: QSettings) -> str:
    chosen = str(settings.value(SETTING, "", str) or "")
    return chosen if chosen in available_languages() else system_language()


def install(language: str) -> str:
    """Speak ``language`` from now on (widgets made before keep their words); returns the
    language installed."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in available_languages():
        language = core_locale.SOURCE_LANGUAGE
    # The app's words, and Qt's own (Cancel, Yes, the file dialog) in the same language.
    qt_words = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for path in (_compiled(language), qt_words / f"qtbase_{language}.qm"):
        if path is not None and path.is_file():
            translator = QTranslator(app)
            if translator.load(str(path)):
                app.installTranslator(translator)
                _installed.append(translator)
    QLocale.setDefault(QLocale(language))
    core_locale.set_language(language)
    return language


def _compiled(language: str) -> Path | None:
    """The language's .qm file; in a source checkout where it is missing or older than its
    .ts, compiled now (beside it, or in a temporary folder when that is read-only)."""
    from facilitator.i18n.compile import compile_qt, stale

    qm = FOLDER / f"{PREFIX}{language}.qm"
    ts = qm.with_suffix(".ts")
    if not ts.is_file() or not stale(ts, qm):
        return qm if qm.is_file() else None
    for target in (qm, Path(tempfile.gettempdir()) / "facilitator-translations" / qm.name):
        try:
            if target != qm and not stale(ts, target):
                return target
            compile_qt(ts, target)
            return target
        except (OSError, RuntimeError):
            continue
    return qm if qm.is_file() else None


class LanguageMenu(QObject):
    """View > Language: the system's language or one chosen; applied at the next start."""

    def __init__(self, menu: QMenu, settings: QSettings, window: QMainWindow):
        super().__init__(window)
        self.settings, self.window = settings, window
        self.menu = menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        chosen = str(settings.value(SETTING, "", str) or "")
        choices = [("", self.tr("System language ({0})").format(
            language_name(system_language())))]
        choices += [(code, language_name(code)) for code in available_languages()]
        for code, name in choices:
            action = self.menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _=False, c=code: self.choose(c))

    def choose(self, code: str) -> None:
        self.settings.setValue(SETTING, code)
        language = code or system_language()
        message = (self.tr("Facilitator speaks {0} now.") if language == core_locale.language()
                   else self.tr("Facilitator will speak {0} from its next start."))
        self.window.statusBar().showMessage(message.format(language_name(language)), 10000)


def add_language_menu(menu: QMenu, settings: QSettings, window: QMainWindow) -> LanguageMenu:
    return LanguageMenu(menu, settings, window)
