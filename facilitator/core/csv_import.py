"""Reading notes from a CSV file (columns: text, and optional participant, group, activity,
step). Every row is checked before anything is stored, and a bad row is reported with its
line number."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from facilitator.core.errors import ImportFailed
from facilitator.core.steps import parse_step
from facilitator.core.workshop import NoteRow

COLUMNS = ("text", "participant", "group", "activity", "step")
MAX_FILE_BYTES = 200 * 1024 * 1024


def read_notes_csv(path: Path) -> list[NoteRow]:
    path = Path(path)
    text = _read_text(path)
    if not text.strip():
        raise ImportFailed(f"'{path.name}' is empty.")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = [h.strip().casefold() for h in next(reader)]
    except (StopIteration, csv.Error) as exc:
        raise ImportFailed(f"'{path.name}' has no header row.") from exc
    if "text" not in header:
        raise ImportFailed(
            f"'{path.name}' has no 'text' column. The first row must name the columns: "
            f"{', '.join(COLUMNS)} (only 'text' is required)."
        )
    where = {name: header.index(name) for name in COLUMNS if name in header}
    rows: list[NoteRow] = []
    try:
        for cells in reader:
            line = reader.line_num
            if not any(c.strip() for c in cells):
                continue  # a blank line between notes is not an error
            if any(c.strip() for c in cells[len(header):]):  # else a note is cut silently
                raise ImportFailed(
                    f"Line {line}: there are more values than columns named in the first "
                    f"row. Put quotes around a note that contains '{dialect.delimiter}'."
                )
            value = {name: (cells[i] if i < len(cells) else "") for name, i in where.items()}
            try:
                step = parse_step(value.get("step", ""))
            except ValueError as exc:
                raise ImportFailed(f"Line {line}: {exc}.") from None
            if not value["text"].strip():
                raise ImportFailed(f"Line {line}: the note text is empty.")
            rows.append(NoteRow(line=line, text=value["text"],
                                participant=value.get("participant", ""),
                                group=value.get("group", ""),
                                activity=value.get("activity", ""), step=step))
    except csv.Error as exc:
        raise ImportFailed(f"Line {reader.line_num}: the CSV is malformed ({exc}).") from exc
    if not rows:
        raise ImportFailed(f"'{path.name}' has a header but no notes.")
    return rows


def _read_text(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportFailed(f"'{path.name}' is too large to be a notes file.")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ImportFailed(f"There is no file '{path}'.") from None
    except IsADirectoryError:
        raise ImportFailed(f"'{path.name}' is a folder, not a CSV file.") from None
    except OSError as exc:
        raise ImportFailed(f"Could not read '{path.name}': {exc.strerror}.") from None
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        raise ImportFailed(
            f"'{path.name}' is not UTF-8 text. In your spreadsheet, save it as "
            "'CSV UTF-8' and import that file."
        ) from None
    if text[:4096].count("\x00") > 8:
        raise ImportFailed(f"'{path.name}' is not a text file (it looks like binary data).")
    return text
