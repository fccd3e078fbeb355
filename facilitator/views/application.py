"""Starting the window: the QApplication, settings, and the workshop to open."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

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


def run_gui(target: str | None = None, device: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    window = MainWindow(make_settings(), device=device)
    window.show()
    if target:
        # Opened after the window is up, so an error message has a window to sit on.
        QTimer.singleShot(0, lambda: window.open_target(target))
    if os.environ.get("FACILITATOR_STARTUP_PROBE"):
        QTimer.singleShot(0, lambda: _report_started(window, target))
    return app.exec()


def _report_started(window: MainWindow, target: str | None) -> None:
    """Start-up probe for bench/capture.py: say when the window is up, then quit."""
    if target and window.controller is None:
        QMessageBox.critical(window, APP_NAME, "The workshop did not open.")
        QApplication.exit(1)
        return
    print("window shown", flush=True)
    window.close()
    QApplication.quit()
