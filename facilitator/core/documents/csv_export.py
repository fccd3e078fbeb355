"""Notes as CSV for spreadsheets: one row per note with its theme, author label, group, step
and activity. A cell a spreadsheet would run as a formula (starting with = + - @, a tab or a
carriage return) is prefixed with an apostrophe; the stored note is not changed."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.core.documents.atomic import write_atomically
from facilitator.core.domain.privacy import Finding, PrivacyRule

if TYPE_CHECKING:
    from facilitator.core.domain.workshop import Workshop

COLUMNS = ("id", "text", "theme", "participant", "group", "step", "activity", "created")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """A cell a spreadsheet shows as text, never runs (OWASP CSV injection)."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def write_notes_csv(workshop: Workshop, target: str | os.PathLike, *,
                    redactions: Sequence[Finding] | None = None,
                    privacy: PrivacyRule | None = None) -> Path:
    """Write every note as a row (UTF-8 with a byte order mark, so Excel reads accents).
    Every text goes through ``privacy`` (by default the workshop's rule with ``redactions``
    taken out, as for a brief: None takes out all personal data found)."""
    rule = privacy or PrivacyRule.for_workshop(workshop, redactions)
    rows = []
    for note in workshop.notes():
        values = (str(note.id), rule.text(note.text), rule.line(note.theme_label),
                  rule.line(note.participant_label or note.table_label), note.group,
                  str(int(note.step)), rule.line(note.activity_name),
                  note.created_at.strftime("%Y-%m-%d %H:%M:%S"))
        rows.append([neutralise(v) for v in values])
    def write(out) -> None:
        text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="")
        writer = csv.writer(text)
        writer.writerow(COLUMNS)
        writer.writerows(rows)
        text.flush()
        text.detach()

    return write_atomically(target, write)
