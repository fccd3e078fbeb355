"""Hostile input through the window: long pastes, control characters, lone surrogates,
emoji and mixed right-to-left text are kept (or cleaned) exactly, never cut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from facilitator.core.domain.text import clean_note_text

MEGABYTE_NOTE = ("The bus is late again; " * 50_000)[:1_000_000]
CORPUS = [
    MEGABYTE_NOTE,
    "NUL\x00 and bell\x07 and vertical\x0btab",
    "lone \ud800 surrogate",
    "emoji 🚌🕰️👩🏽‍🦽 and flags 🇬🇧🇫🇷",
    "mixed English עברית and العربية 123",
    "=cmd|'/C calc'!A0",
]


@pytest.mark.parametrize("text", CORPUS, ids=["1MB", "control", "surrogate", "emoji", "rtl",
                                              "formula"])
def test_typed_or_pasted_notes_are_kept_whole(window, qtbot, text):
    capture = window.page.capture
    capture.entry.setText(text)  # as a paste
    capture.entry.setFocus()
    qtbot.keyClick(capture.entry, Qt.Key.Key_Return)
    stored = [n.text for n in window.controller.workshop.notes()]
    assert stored == [clean_note_text(text).text]
    assert capture.entry.text() == ""


def test_editing_a_very_long_note_in_place_does_not_cut_it(window, qtbot):
    note = window.controller.add_note(MEGABYTE_NOTE)
    capture = window.page.capture
    capture.entry.setFocus()
    qtbot.keyClick(capture.entry, Qt.Key.Key_Up)
    qtbot.keyClick(capture.captured, Qt.Key.Key_F2)
    editor = capture.captured.viewport().findChild(QLineEdit)
    assert editor is not None and len(editor.text()) == len(MEGABYTE_NOTE)
    editor.setText(editor.text() + " (checked)")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.controller.workshop.note(note.id).text.endswith("(checked)"))
    assert window.controller.workshop.note(note.id).text == MEGABYTE_NOTE + " (checked)"


def test_an_empty_or_blank_note_is_ignored_quietly(window, qtbot, messages):
    capture = window.page.capture
    for text in ("", "   ", "\t\n"):
        capture.entry.setText(text)
        capture.entry.setFocus()
        qtbot.keyClick(capture.entry, Qt.Key.Key_Return)
    assert window.controller.workshop.notes() == []
    assert messages == []
