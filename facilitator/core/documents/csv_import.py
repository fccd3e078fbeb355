"""Reading notes from a CSV file (columns: text, and optional participant, group, activity,
step). Every row is checked before anything is stored, and a bad row is reported with its
line number.

Files are read as RFC 4180 says (Python's csv module, strict): a comma between values, double
quotes around a value that holds a comma, a quote or a line break, a quote inside it doubled.
The separator is taken from the header row - a comma first, then a semicolon or a tab (what
spreadsheets in many countries write) - and guessed only when the header names the columns
with none of those. UTF-8 (with or without a byte order mark) and UTF-16 (with a byte order
mark, or recognised by its zero bytes) are read.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator, Sequence
from pathlib import Path

from facilitator.core.domain.records import NoteRow
from facilitator.core.domain.steps import parse_step
from facilitator.core.domain.text import MAX_NOTE_CHARS
from facilitator.core.errors import ImportFailed
from facilitator.core.locale import _

COLUMNS = ("text", "participant", "group", "activity", "step")
MAX_FILE_BYTES = 200 * 1024 * 1024
SEPARATORS = (",", ";", "\t")
_SEPARATOR_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}


def read_notes_csv(path: Path) -> list[NoteRow]:
    path = Path(path)
    rows: list[NoteRow] = []
    for line, value in read_table(path, COLUMNS, required="text"):
        try:
            step = parse_step(value.get("step", ""))
        except ValueError as exc:
            raise ImportFailed(_("Line {line}: {exc}.").format(line=line, exc=exc)) from None
        if not value["text"].strip():
            raise ImportFailed(_("Line {line}: the note text is empty.").format(line=line))
        rows.append(NoteRow(line=line, text=value["text"],
                            participant=value.get("participant", ""),
                            group=value.get("group", ""),
                            activity=value.get("activity", ""), step=step))
    if not rows:
        raise ImportFailed(_("'{name}' has a header but no notes.").format(name=path.name))
    return rows


def read_table(path: Path, columns: Sequence[str], required: str
               ) -> Iterator[tuple[int, dict[str, str]]]:
    """(line, {column: value}) for each non-blank row of a CSV file whose header row names
    some of ``columns`` (``required`` among them); ImportFailed names the line of a bad
    row, or what is wrong with the file."""
    path = Path(path)
    text = _read_text(path)
    if not text.strip():
        raise ImportFailed(_("'{name}' is empty.").format(name=path.name))
    separator = _separator(text, required)
    if separator is None:
        raise ImportFailed(
            _("'{name}' has no '{required}' column. The first row must name the columns: {value} "
              "(only '{required}' is required), separated by commas.").format(
                name=path.name, required=required, value=', '.join(columns)))
    _allow_long_fields()
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, quotechar='"',
                        doublequote=True, skipinitialspace=False, strict=True)
    try:
        header = [h.strip().casefold() for h in next(reader)]
    except csv.Error as exc:
        raise ImportFailed(_malformed(text, 1, separator, exc)) from None
    where = {name: header.index(name) for name in columns if name in header}
    began = reader.line_num + 1  # the line where the next row starts
    try:
        for cells in reader:
            line = began
            began = reader.line_num + 1
            if not any(c.strip() for c in cells):
                continue  # a blank line between rows is not an error
            if any(c.strip() for c in cells[len(header):]):  # else a value is cut silently
                raise ImportFailed(
                    _("Line {line}: there are more values than columns named in the first row. "
                      "Put quotes around a value that contains {value} ('{separator}').").format(
                        line=line, value='a ' + _SEPARATOR_NAMES[separator], separator=separator))
            yield line, {name: (cells[i] if i < len(cells) else "") for name, i in where.items()}
    except csv.Error as exc:
        raise ImportFailed(_malformed(text, began, separator, exc)) from None


def _separator(text: str, required: str) -> str | None:
    """The separator that makes the header name the required column: comma first; a guess
    only when the header names it with something else."""
    first = text.splitlines()[0] if text else ""
    for separator in SEPARATORS:
        names = next(csv.reader([first], delimiter=separator), [])
        if required in (n.strip().casefold() for n in names):
            return separator
    try:
        guessed = csv.Sniffer().sniff(first, delimiters="".join(SEPARATORS)).delimiter
    except csv.Error:
        return None
    names = next(csv.reader([first], delimiter=guessed), [])
    return guessed if required in (n.strip().casefold() for n in names) else None


def _allow_long_fields() -> None:
    """A note may be as long as the capture field allows (csv's own limit is 128 KB)."""
    if csv.field_size_limit() < MAX_NOTE_CHARS:
        csv.field_size_limit(MAX_NOTE_CHARS)


def _malformed(text: str, began: int, separator: str, exc: csv.Error) -> str:
    reason = str(exc)
    if "field larger than field limit" in reason:
        return (f"Line {began}: a value is longer than the longest note Facilitator keeps "
                f"({MAX_NOTE_CHARS:,} characters).")
    opened = _open_quote_line(text, began, separator)
    if "unexpected end of data" in reason or "EOF" in reason:
        return (f"Line {opened}: a value starts with a quote (\") that is never closed, so "
                "the rest of the file would be one note. Close the quote, or double a quote "
                "inside a value (\"\"). Nothing was imported.")
    if "expected after" in reason:
        return (f"Line {opened}: a quoted value closes before its end (a quote inside it "
                "must be doubled: \"\"), or something follows its closing quote. Nothing "
                "was imported.")
    return f"Line {began}: the CSV is malformed ({reason}). Nothing was imported."


def _open_quote_line(text: str, began: int, separator: str) -> int:
    """The line where the quoted value that went wrong opened, from the row at ``began``."""
    lines = io.StringIO(text, newline="").readlines()  # as csv counts lines
    at = sum(len(line) for line in lines[:began - 1])
    line, quoted, opened, field_start = began, False, began, True
    i = at
    while i < len(text):
        char = text[i]
        if quoted:
            if char == '"':
                if text[i + 1:i + 2] == '"':
                    i += 1
                else:
                    quoted = False
                    nxt = text[i + 1:i + 2]
                    if nxt not in (separator, "\r", "\n", ""):
                        return opened  # something after the closing quote
        elif char == '"' and field_start:
            quoted, opened = True, line
        field_start = not quoted and char in (separator, "\n", "\r")
        if char == "\n" or (char == "\r" and text[i + 1:i + 2] != "\n"):
            line += 1
        i += 1
    return opened


def _read_text(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportFailed(_("'{name}' is too large to be a notes file.").format(
                                   name=path.name))
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ImportFailed(_("There is no file '{path}'.").format(path=path)) from None
    except IsADirectoryError:
        raise ImportFailed(_("'{name}' is a folder, not a CSV file.").format(
                               name=path.name)) from None
    except OSError as exc:
        raise ImportFailed(_("Could not read '{name}': {strerror}.").format(
                               name=path.name, strerror=exc.strerror)) from None
    encoding = _encoding(raw)
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        if encoding.startswith("utf-16"):
            raise ImportFailed(
                _("'{name}' looks like UTF-16 text but cannot be read as it. Save it again as "
                  "'CSV UTF-8' in your spreadsheet and import that file.").format(
                    name=path.name)) from None
        raise ImportFailed(
            _("'{name}' is not UTF-8 text. In your spreadsheet, save it as 'CSV UTF-8' and import "
              "that file.").format(name=path.name)
        ) from None
    if "\x00" in text[:4096]:
        raise ImportFailed(_("'{name}' is not a text file (it looks like binary data).").format(
                               name=path.name))
    return text


def _encoding(raw: bytes) -> str:
    """UTF-8 or UTF-16: by the byte order mark, else by where the zero bytes fall (text
    in UTF-16 has a zero byte beside nearly every Latin letter, digit and comma)."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = raw[:4096]
    pairs = len(sample) // 2
    if pairs >= 2:
        even = sum(1 for i in range(0, 2 * pairs, 2) if sample[i] == 0)
        odd = sum(1 for i in range(1, 2 * pairs, 2) if sample[i] == 0)
        if odd > 0.6 * pairs and even < 0.05 * pairs:
            return "utf-16-le"
        if even > 0.6 * pairs and odd < 0.05 * pairs:
            return "utf-16-be"
    return "utf-8-sig"
