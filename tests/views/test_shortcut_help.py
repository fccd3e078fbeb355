"""Help > Keyboard shortcuts is made from the actions themselves: every action with a
shortcut is in it, one added later too, and it keeps the README's keyboard table."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from facilitator.views.shortcuts import KeyboardHelp, action_keys, action_what, key_rows

README = Path(__file__).resolve().parents[2] / "README.md"
SEPARATORS = re.compile(r"\s*(?:/| or |,)\s*")


def keys_in(rows) -> set[str]:
    return {key for row in rows for key in SEPARATORS.split(row.keys) if key}


def readme_keyboard_table() -> list[str]:
    """The keys the README's capture table names: bold keys, and `@R2 ` set as code (other
    code there, such as `Table 3`, is an example of text, not a key)."""
    text = README.read_text(encoding="utf-8")
    start = text.index("| keys | what happens |")
    table = text[start:text.index("\n\n", start)]
    return re.findall(r"\*\*([^*]+)\*\*", table) + [
        code.strip() for code in re.findall(r"`(@[^`]+)`", table)]


def test_every_action_with_a_shortcut_is_in_the_help(window):
    window.page.show_tab(1)  # the panels' actions exist once a workshop is open
    rows = key_rows(window)
    listed = {(row.keys, row.what) for row in rows}
    actions = [a for a in window.findChildren(QAction) if action_keys(a)]
    assert len(actions) >= 40  # the menus' and the panels' (Themes, Board, Solutions …)
    missing = [a.text() for a in actions if (action_keys(a), action_what(a)) not in listed]
    assert missing == []
    places = {row.place for row in rows}
    assert {"File", "Edit", "Workshop", "View", "Themes", "Board", "Solutions", "Capture",
            "Activities"} <= places
    merge = next(row for row in rows if row.keys == "Ctrl+M")
    assert (merge.place, merge.what) == ("Themes", "Merge the selected themes into the first")
    split = next(row for row in rows if row.keys == "Ctrl+Shift+X")
    assert split.what == "Split off: Move the selected notes into a new theme"
    order = list(dict.fromkeys(row.place for row in rows))
    assert order[:3] == ["Capture", "File", "Edit"]  # the note field's keys first
    assert order.index("Themes") < order.index("Solutions") < order.index("Board")  # as tabbed


def test_a_shortcut_given_to_an_action_appears_in_the_help(window):
    board = window.page.board
    action = QAction("Zoom in", board)
    action.setShortcut(QKeySequence("Ctrl+Shift+Q"))
    action.setToolTip("Closer to the notes")
    board.addAction(action)
    row = next(row for row in key_rows(window) if row.keys == "Ctrl+Shift+Q")
    assert (row.place, row.what) == ("Board", "Zoom in: Closer to the notes")


def test_the_help_keeps_every_key_of_the_readme_keyboard_table(window):
    promised = readme_keyboard_table()
    assert {"Enter", "Ctrl+E", "Alt+A", "Alt+T", "↑", "↓", "Esc", "F2", "Delete", "Ctrl+Z",
            "Ctrl+Shift+Z", "Ctrl+F", "@R2"} <= set(promised)
    rows = key_rows(window)
    keys = keys_in(rows)
    missing = [k for k in promised
               if k not in keys and not any(row.keys.startswith(k) for row in rows)]
    assert missing == []


def test_f1_opens_the_help_where_it_fits_the_screen_and_esc_closes_it(window, qtbot,
                                                                     fill_next_dialog):
    shown = []

    def look(dialog) -> None:
        try:
            shown.append((dialog.windowTitle(), dialog.page.toPlainText(),
                          dialog.frameGeometry(), dialog.screen().availableGeometry()))
            qtbot.keyClick(dialog.page, Qt.Key.Key_Escape)
            shown.append(dialog.isVisible())
        finally:
            if dialog.isVisible():
                dialog.reject()

    fill_next_dialog(look)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
    title, text, frame, screen = shown[0]
    assert title == "Keyboard shortcuts"
    assert "Save the note being typed" in text and "Merge the selected themes" in text
    assert "Ctrl+Shift+T" in text and "Alt+5" in text
    assert frame.height() <= screen.height()
    assert shown[1] is False  # Esc closed it


def test_the_help_without_a_workshop_lists_the_menus_and_says_why_panels_are_missing(
        make_window):
    window = make_window()
    dialog = KeyboardHelp(window, "Open a workshop to see the keys of its panels too.")
    text = dialog.page.toPlainText()
    assert "Ctrl+N" in text and "New workshop" in text and "panels too" in text
    dialog.deleteLater()
