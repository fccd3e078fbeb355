"""Starting the window: the QApplication, settings, and the workshop to open."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication

from facilitator import APP_NAME, __version__
from facilitator.views.main_window import MainWindow

ORGANISATION = "Facilitator"


def make_settings() -> QSettings:
    """The user's settings; FACILITATOR_SETTINGS_DIR keeps them in a folder of one's choice
    (tests and benchmarks use it so they never touch the real ones)."""
    folder = os.environ.get("FACILITATOR_SETTINGS_DIR")
    if folder:
        return QSettings(os.path.join(folder, "facilitator.ini"), QSettings.Format.IniFormat)
    return QSettings(ORGANISATION, APP_NAME)


def user_folder(name: str) -> Path:
    """A folder of the facilitator's own files: 'templates' (brief templates, searched before
    the shipped ones) or 'methods' (their own methods)."""
    folder = os.environ.get("FACILITATOR_SETTINGS_DIR")
    if folder:
        return Path(folder) / name
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / name


def user_templates_folder() -> Path:
    return user_folder("templates")


def user_methods_folder() -> Path:
    return user_folder("methods")


def run_gui(target: str | None = None, device: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    from facilitator.views.crash import CrashReporter

    CrashReporter(user_folder("logs")).install()
    from facilitator.views.language import chosen_language, install

    settings = make_settings()
    install(chosen_language(settings))  # before any widget is made: they take their words
    window = MainWindow(settings, device=device)
    window.show()
    probe = bool(os.environ.get("FACILITATOR_STARTUP_PROBE"))
    if probe:
        QTimer.singleShot(0, lambda: print("window shown", flush=True))
    if target:
        # Opened once the window is up: the window appears at once, and an error message
        # has a window to sit on.
        QTimer.singleShot(0, lambda: window.open_target(target))
    if probe:
        QTimer.singleShot(0, lambda: _report_ready(window, target))
    return app.exec()


def _report_ready(window: MainWindow, target: str | None) -> None:
    """Start-up probe for bench/capture.py: say when the workshop is ready, then quit."""
    if target and window.controller is None:
        print("workshop did not open", flush=True)
        QApplication.exit(1)
        return
    print("workshop ready", flush=True)
    window.close()
    QApplication.quit()
