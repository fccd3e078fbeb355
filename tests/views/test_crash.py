"""Unexpected errors: a short dialog with Copy details, a log without participant text."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.views.crash import CrashReporter


def fail_with_participant_text():
    note = "Jane Okafor told us about her debts"
    raise ValueError(f"cannot handle {note!r}")


def test_an_unexpected_error_is_logged_without_text_and_shown_briefly(qtbot, tmp_path,
                                                                      monkeypatch):
    shown = []

    def press_copy(box):
        shown.append(box.text())
        next(b for b in box.buttons() if b.text() == "&Copy details").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", press_copy)
    reporter = CrashReporter(tmp_path / "logs")
    try:
        fail_with_participant_text()
    except ValueError as exc:
        reporter(type(exc), exc, exc.__traceback__)
    log = (tmp_path / "logs" / "facilitator.log").read_text(encoding="utf-8")
    assert "builtins.ValueError" in log
    assert "test_crash.py" in log and "fail_with_participant_text" in log
    assert "Jane" not in log and "debts" not in log
    assert "Everything saved so far is safe" in shown[0]
    copied = QApplication.clipboard().text()
    assert copied.startswith("builtins.ValueError") and "Jane" not in copied
    assert reporter.shown == 1


def test_the_window_keeps_working_after_an_error_in_a_slot(window, qtbot, tmp_path,
                                                           monkeypatch):
    import sys

    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    reporter = CrashReporter(tmp_path / "logs")
    monkeypatch.setattr(sys, "excepthook", reporter)
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, fail_with_participant_text)
    qtbot.waitUntil(lambda: reporter.shown == 1)
    assert window.controller.add_note("Still capturing") is not None
