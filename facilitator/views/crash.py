"""Unexpected errors: a short message with "Copy details", the traceback in a log file in the
user's data folder, and the app goes on. No participant text goes into the log: only the
exception's type and where it happened, never its message or any value."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

LOG_NAME = "facilitator.log"
_logger = logging.getLogger("facilitator.crash")


def details(kind: type[BaseException], tb) -> str:
    """The exception's type and its stack (files, lines, functions) - no message, no values."""
    lines = [f"{kind.__module__}.{kind.__qualname__}"]
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}")
    return "\n".join(lines)


def log_to(folder: Path) -> Path:
    """Send crash reports to a rotating log file in ``folder``; returns its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    if not any(getattr(h, "baseFilename", None) == str(path) for h in _logger.handlers):
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=512_000, backupCount=3,
                                                       encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        _logger.addHandler(handler)
        _logger.setLevel(logging.INFO)
        _logger.propagate = False
    return path


def log_unexpected(error: BaseException) -> str:
    """Log an unexpected error caught where the window can carry on (a worker thread);
    returns where the log is, or "the log" when none is kept."""
    _logger.error("unexpected error\n%s", details(type(error), error.__traceback__))
    files = [h.baseFilename for h in _logger.handlers if hasattr(h, "baseFilename")]
    return files[0] if files else "the log"


class CrashReporter:
    """sys.excepthook for the window: log, tell the user briefly, keep running."""

    def __init__(self, log_folder: Path):
        self.log_path = log_to(log_folder)
        self.shown = 0

    def install(self) -> None:
        sys.excepthook = self

    def __call__(self, kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        text = details(kind, tb)
        _logger.error("unexpected error\n%s", text)
        self.shown += 1
        app = QApplication.instance()
        if app is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning,
                          QCoreApplication.translate("CrashReporter", "Something went wrong"),
                          QCoreApplication.translate(
                             "CrashReporter",
                             "Something unexpected went wrong. Everything saved so far is safe, "
                             "and you can carry on; if it happens again, please send the "
                             "details to whoever supports Facilitator.\n\nDetails are in {0}."
                             ).format(self.log_path),
                          QMessageBox.StandardButton.Ok, app.activeWindow())
        copy = box.addButton(QCoreApplication.translate("CrashReporter", "&Copy details"),
                             QMessageBox.ButtonRole.ActionRole)
        copy.clicked.disconnect()
        copy.clicked.connect(lambda: QApplication.clipboard().setText(text))
        box.exec()
