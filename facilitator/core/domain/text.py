"""Cleaning the text people type or paste before it is stored.

Everything a user writes may end up in a Word document, so characters that XML 1.0 (and
therefore python-docx) cannot hold are dealt with at entry: vertical tab and form feed (common
in text pasted from Word) become a newline, the rest are removed. Everything else, emoji,
right-to-left text and combining characters included, is kept exactly as typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The longest note kept (the capture field's own limit): a long paste is kept whole.
MAX_NOTE_CHARS = 16 * 1024 * 1024

# C0 controls other than tab, newline and carriage return; DEL is legal XML and is kept.
_TO_NEWLINE = "\x0b\x0c"
_FORBIDDEN = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


@dataclass(frozen=True)
class CleanText:
    text: str
    removed: int  # how many characters were removed or replaced

    @property
    def changed(self) -> bool:
        return self.removed > 0


def clean_text(raw: str) -> CleanText:
    """Return the text with characters a document cannot hold replaced or removed."""
    replaced = sum(raw.count(ch) for ch in _TO_NEWLINE)
    text = raw.translate({ord(ch): "\n" for ch in _TO_NEWLINE})
    text, removed = _FORBIDDEN.subn("", text)
    return CleanText(text, replaced + removed)


def clean_note_text(raw: str) -> CleanText:
    """Clean a note and trim the blank space around it (the inside is kept as typed)."""
    cleaned = clean_text(raw)
    return CleanText(cleaned.text.strip(), cleaned.removed)


def clean_field(raw: str | None) -> str:
    """Clean a one-line field such as a title or a label: no line breaks, trimmed."""
    if raw is None:
        return ""
    return collapse_spaces(clean_text(raw).text)


# Runs of white space, but not the no-break spaces of French typography ("Atelier : ...").
_SPACES = re.compile(r"[^\S\u00a0\u202f]+")


def collapse_spaces(text: str) -> str:
    """Line breaks and runs of spaces as one space, trimmed; no-break spaces are kept."""
    return _SPACES.sub(" ", text).strip()


def cleaning_message(removed: int) -> str:
    if removed == 1:
        return "1 character that cannot go into a document was removed or replaced."
    return f"{removed} characters that cannot go into a document were removed or replaced."


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """'1 theme', '2 themes', '0 themes'; ``plural_form`` where adding an s is wrong."""
    return f"{count} {singular if count == 1 else (plural_form or singular + 's')}"
