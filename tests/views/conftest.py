"""Fixtures for tests that drive the real windows (pytest-qt, offscreen)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QEvent, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from facilitator.core.store import create_workshop  # noqa: E402
from facilitator.views import main_window as main_window_module  # noqa: E402
from facilitator.views.application import make_settings  # noqa: E402
from facilitator.views.main_window import MainWindow  # noqa: E402


@pytest.fixture
def settings_dir(tmp_path, monkeypatch):
    folder = tmp_path / "settings"
    folder.mkdir()
    monkeypatch.setenv("FACILITATOR_SETTINGS_DIR", str(folder))
    return folder


@pytest.fixture
def messages(monkeypatch):
    """Message boxes the app showed, as (title, text), instead of blocking the test."""
    shown: list[tuple[str, str]] = []

    def record(_parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    monkeypatch.setattr(main_window_module.QMessageBox, "warning", staticmethod(record))
    return shown


@pytest.fixture
def make_window(qtbot, settings_dir, messages):
    """Make a main window with private settings; windows are closed after the test."""
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(make_settings(), device="Test laptop")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def demo_file(tmp_path):
    path = tmp_path / "Library.workshop"
    create_workshop(path, "Library opening hours", question="When should it open?").close()
    return path


@pytest.fixture
def window(make_window, demo_file):
    window = make_window()
    assert window.open_target(str(demo_file))
    return window


@pytest.fixture
def fill_next_dialog():
    """fill_next_dialog(fill) runs fill(dialog) on the next modal dialog, as a user would."""

    def arrange(fill):
        def attempt():
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(10, attempt)
                return
            fill(dialog)

        QTimer.singleShot(0, attempt)

    return arrange


@pytest.fixture
def type_text(qtbot):
    """Type any text (emoji and right-to-left included) as key events, then optionally
    Enter. QTest.keyClicks only knows ASCII, so other characters go as text-bearing events."""

    def type_(widget, text: str, enter: bool = False) -> None:
        for char in text:
            if char.isascii() and char.isprintable():
                qtbot.keyClicks(widget, char)
            else:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(widget, QKeyEvent(
                        kind, 0, Qt.KeyboardModifier.NoModifier, char))
        if enter:
            qtbot.keyClick(widget, Qt.Key.Key_Return)

    return type_


@pytest.fixture
def drag(qtbot):
    """drag(view, start, end): press at one scene point, move and release at another."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QMouseEvent

    def run(view, start_scene, end_scene) -> None:
        start = view.mapFromScene(start_scene)
        end = view.mapFromScene(end_scene)
        qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
        move = QMouseEvent(QMouseEvent.Type.MouseMove, QPointF(end), QPointF(end),
                           Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(view.viewport(), move)
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)

    return run
