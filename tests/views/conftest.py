"""Fixtures for tests that drive the real windows (pytest-qt, offscreen)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QEvent, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox  # noqa: E402

from facilitator.core.storage.store import create_workshop  # noqa: E402
from facilitator.views import main_window as main_window_module  # noqa: E402
from facilitator.views.application import make_settings  # noqa: E402
from facilitator.views.main_window import MainWindow  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def english(qapp):
    """The window in English, as on an English system: its plural forms ("1 note",
    "2 notes") come from the English translation, installed as the app installs it."""
    from facilitator.views.language import install

    install("en")


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
        window.activateWindow()  # as a window manager does with a new window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
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


# --- keys as a person presses them: always to whatever has focus at that moment -----------


def _window_manager_activates() -> None:
    """When a dialog closes, a window manager gives the window below it the focus back;
    the offscreen platform leaves no window active. Do as the window manager does."""
    import time

    from PySide6.QtWidgets import QMainWindow

    if QApplication.activeWindow() is not None:
        return
    windows = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMainWindow) and w.isVisible()]
    if not windows:
        return
    windows[-1].activateWindow()
    deadline = time.monotonic() + 2
    while QApplication.activeWindow() is None and time.monotonic() < deadline:
        QApplication.processEvents()


def focused():
    """Where a key goes now, as Qt sends it: the widget that has keyboard focus, or the
    active window itself when nothing in it has focus (a journey never picks its own)."""
    _window_manager_activates()
    widget = QApplication.focusWidget() or QApplication.activeWindow()
    assert widget is not None, "no window is active to take the key"
    return widget


def _combination(key, modifiers):
    """A key given as Qt.Key with modifiers, or as text such as 'Ctrl+Shift+Z' or 'Return'."""
    if isinstance(key, str):
        from PySide6.QtGui import QKeySequence

        combination = QKeySequence(key)[0]
        return combination.key(), combination.keyboardModifiers()
    return key, modifiers


@pytest.fixture
def press(qtbot):
    """press(key, modifiers) or press('Ctrl+E'): one key to the widget that has focus."""

    def press_(key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        key, modifiers = _combination(key, modifiers)
        qtbot.keyClick(focused(), key, modifiers)

    return press_


@pytest.fixture
def type_into_focus(qtbot):
    """Type text (emoji and right-to-left included) key by key, each key to the widget that
    has focus when it is pressed; then Enter if asked."""

    def type_(text: str, enter: bool = False) -> None:
        for char in text:
            widget = focused()
            if char.isascii() and char.isprintable():
                qtbot.keyClicks(widget, char)
            else:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(widget, QKeyEvent(
                        kind, 0, Qt.KeyboardModifier.NoModifier, char))
        if enter:
            qtbot.keyClick(focused(), Qt.Key.Key_Return)

    return type_


@pytest.fixture
def in_next_dialog():
    """in_next_dialog(steps): run steps() once the next modal dialog is up, so a key that
    opens a dialog (and waits in it) can be followed by the keys typed into it. A dialog
    that never comes is given up on at the end of the test."""
    pending: list[QTimer] = []

    def arrange(steps):
        poll = QTimer(interval=10)
        pending.append(poll)

        def attempt():
            dialog = QApplication.activeModalWidget()
            # Keys go to a dialog once it is the active window, as on a desktop.
            if dialog is not None and QApplication.activeWindow() is dialog:
                poll.stop()
                steps()

        poll.timeout.connect(attempt)
        poll.start()

    yield arrange
    for poll in pending:
        poll.stop()


class _EndOfLineOnCtrlE(QObject):
    """What QLineEdit does with Ctrl+E under X11 key bindings (KDE, GNOME, the generic
    theme): it claims the key through ShortcutOverride and moves to the end of the line."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and (
                event.key() == Qt.Key.Key_E
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
            else:
                edit = watched.lineEdit() if isinstance(watched, QComboBox) else watched
                edit.end(False)
            return True
        return False


@pytest.fixture
def x11_text_keys():
    """x11_text_keys(window): give the window's text fields the X11 binding of Ctrl+E.

    The offscreen platform the tests run on has Windows key bindings, where Ctrl+E means
    nothing to a QLineEdit; on a Linux desktop it is End of line and a line edit keeps it
    from the window's shortcuts. Installed now, on the fields that exist, it acts where
    QLineEdit's own handling would: after the filters the app installs when a field gets
    focus."""
    from PySide6.QtWidgets import QLineEdit

    claim = _EndOfLineOnCtrlE()

    def give(window) -> None:
        for edit in window.findChildren(QLineEdit):
            if not isinstance(edit.parentWidget(), QComboBox):
                edit.installEventFilter(claim)
        for combo in window.findChildren(QComboBox):
            if combo.isEditable():
                combo.installEventFilter(claim)

    return give
