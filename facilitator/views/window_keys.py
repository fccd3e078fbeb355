"""Window-wide keys that a text field would otherwise keep for itself.

Before a key reaches the window's shortcuts, Qt asks the focused widget whether it wants the
key (a ShortcutOverride event). A QLineEdit, and an editable combo box, says yes to Ctrl+E
(end of line, under the X11 key bindings of Linux desktops) and to Ctrl+Z and Ctrl+Shift+Z
(its own undo), so the window's Capture a note and Undo never fire while a field has focus.

``WindowKeys`` decides those keys for the window: it watches the focused widget (installed
on each widget as it gets focus, so it acts before the field's own handling, and only ever
sees the events of the one focused widget, not every event of the application) and, when
the key belongs to the window, declines the override so the window's action runs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

When = Callable[[QWidget], bool]


def text_field(widget: QWidget | None) -> QLineEdit | None:
    """The line edit a key typed into ``widget`` edits, if it is a text field."""
    if isinstance(widget, QLineEdit):
        return widget
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.lineEdit()
    return None


def nothing_to_undo_here(widget: QWidget) -> bool:
    """Undo goes to the workshop from an empty text field, or one with nothing of its own to
    undo; while something is being typed, the field's own undo works as usual."""
    field = text_field(widget)
    return field is not None and (not field.text() or not field.isUndoAvailable())


def nothing_to_redo_here(widget: QWidget) -> bool:
    """Redo goes to the workshop from an empty text field with nothing of its own to redo."""
    field = text_field(widget)
    return field is not None and not field.text() and not field.isRedoAvailable()


class WindowKeys(QObject):
    """Keys of ``window``'s actions that win over the focused field (see the module)."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window
        self._kept: list[tuple[QAction, When | None]] = []
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def keep(self, action: QAction, when: When | None = None) -> None:
        """The action's shortcuts reach it from any focused widget of the window (floating
        docks included) - or, with ``when``, from those for which ``when(widget)`` holds."""
        self._kept.append((action, when))

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self._belongs(new):
            # Installing again moves the filter in front of any installed since.
            new.installEventFilter(self)

    def _belongs(self, widget: QWidget) -> bool:
        while widget is not None:
            if widget is self._window:
                return True
            widget = widget.parentWidget()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._window_takes(watched, event):
            event.ignore()  # not the field's: the shortcut map gives it to the action
            return True
        return False

    def _window_takes(self, widget, event) -> bool:
        pressed = QKeySequence(event.keyCombination())
        for action, when in self._kept:
            if not action.isEnabled() or pressed not in action.shortcuts():
                continue
            if when is None or when(widget):
                return True
        return False
