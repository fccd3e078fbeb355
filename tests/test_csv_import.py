"""Reading notes from CSV files: every row checked, bad rows named by line."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from facilitator.core.documents.csv_import import read_notes_csv
from facilitator.core.domain.steps import Step
from facilitator.core.errors import ImportFailed


def write(tmp_path: Path, content: str, encoding: str = "utf-8", name="notes.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode(encoding))
    return path


def failure(path: Path) -> str:
    with pytest.raises(ImportFailed) as info:
        read_notes_csv(path)
    return str(info.value)


GOOD = (
    "text,participant,group,activity,step\n"
    '"Longer hours, please",R1,resident,World café,1\n'
    "Quiet room 🤫,P1,professional,Walk,postpone\n"
    "مكتبة أكبر,,,,Synthesise insights\n"
)


def test_good_file_with_all_columns(tmp_path):
    rows = read_notes_csv(write(tmp_path, GOOD))
    assert [(r.line, r.text, r.participant, r.group, r.activity, r.step) for r in rows] == [
        (2, "Longer hours, please", "R1", "resident", "World café", Step.INVOLVE),
        (3, "Quiet room 🤫", "P1", "professional", "Walk", Step.POSTPONE),
        (4, "مكتبة أكبر", "", "", "", Step.SYNTHESISE),
    ]


def test_semicolon_delimiter(tmp_path):
    content = "Text;Participant;Step\nMore buses, trams, and bikes;R1;2\nCalm, quiet room;R2;\n"
    rows = read_notes_csv(write(tmp_path, content))
    assert [(r.text, r.participant, r.step) for r in rows] == [
        ("More buses, trams, and bikes", "R1", Step.POSTPONE),
        ("Calm, quiet room", "R2", None),
    ]


def test_utf8_with_bom(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(codecs.BOM_UTF8 + "text,participant\nCafé 👍,R1\n".encode())
    rows = read_notes_csv(path)
    assert [(r.text, r.participant) for r in rows] == [("Café 👍", "R1")]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path, encoding):
    bom = {"utf-16": b"", "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}
    path = tmp_path / "u16.csv"
    path.write_bytes(bom[encoding] + "text\tstep\nNaïve idea 💡\t4\nSecond\t\n".encode(encoding))
    rows = read_notes_csv(path)
    assert [(r.text, r.step) for r in rows] == [("Naïve idea 💡", Step.DEVELOP), ("Second", None)]


def test_latin1_file_is_refused_with_advice(tmp_path):
    message = failure(write(tmp_path, "text\nCafé crème à volonté\n", encoding="latin-1"))
    assert "not UTF-8" in message
    assert "CSV UTF-8" in message


def test_missing_text_column(tmp_path):
    message = failure(write(tmp_path, "note,participant\nHello,R1\n"))
    assert "no 'text' column" in message


@pytest.mark.parametrize("content", ["", "\n\n", "   \r\n"])
def test_empty_file(tmp_path, content):
    assert "is empty" in failure(write(tmp_path, content))


def test_header_only(tmp_path):
    assert "no notes" in failure(write(tmp_path, "text,participant,step\n"))


def test_bad_step_names_its_line(tmp_path):
    content = "text,step\nfine,1\nalso fine,develop\nbad one,7\nnever read,1\n"
    message = failure(write(tmp_path, content))
    assert message.startswith("Line 4:")
    assert "'7' is not a step" in message


def test_empty_text_names_its_line(tmp_path):
    content = "text,participant\nfine,R1\n   ,R2\n"
    assert failure(write(tmp_path, content)) == "Line 3: the note text is empty."


def test_blank_lines_are_skipped_but_still_counted(tmp_path):
    rows = read_notes_csv(write(tmp_path, "text,step\n\nfirst,1\n\n\nsecond,2\n"))
    assert [(r.line, r.text) for r in rows] == [(3, "first"), (6, "second")]
    content = "text,step\n\nfirst,1\n\n,2\n"
    assert failure(write(tmp_path, content)).startswith("Line 5:")


def test_unquoted_delimiter_in_one_column_file_is_reported_not_cut(tmp_path):
    message = failure(write(tmp_path, "text\nfine\nHello, world\n"))
    assert message.startswith("Line 3:")
    assert "quotes" in message


def test_trailing_empty_columns_are_accepted(tmp_path):
    rows = read_notes_csv(write(tmp_path, "text,step\nHello,2,,\n"))
    assert [(r.text, r.step) for r in rows] == [("Hello", Step.POSTPONE)]


def test_missing_file_and_folder(tmp_path):
    assert "There is no file" in failure(tmp_path / "absent.csv")
    assert "folder" in failure(tmp_path)


# --- RFC 4180 as written by Python's csv module, and broken files ------------------------

# Public Polis comments (CC BY 4.0, The Computational Democracy Project), in shared/ beside
# the repository.
DELIBERATIONS = Path(__file__).resolve().parents[2] / "shared" / "data" / "deliberations"


def polis_rows() -> list[dict]:
    """The three public Polis conversations (text, participant, agrees, disagrees)."""
    import csv

    rows = []
    for name in ("london.youth.policing.csv", "canadian-electoral-reform.csv",
                 "scoop-hivemind.affordable-housing.csv"):
        with open(DELIBERATIONS / name, newline="", encoding="utf-8") as handle:
            rows += list(csv.DictReader(handle))
    return rows


def test_a_real_polis_export_written_by_pythons_csv_module_is_read_whole(tmp_path):
    import csv

    rows = polis_rows()
    # Comments without a comma or a quote first, as a moderated export often starts: the
    # first 4 KB hold no quote at all, and a quote doubled inside a value comes at line 270.
    rows.sort(key=lambda r: '"' in r["text"] or "," in r["text"])
    path = tmp_path / "polis.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "participant", "agrees", "disagrees"])
        writer.writerows([r["text"], r["participant"], r["agrees"], r["disagrees"]]
                         for r in rows)
    assert '""' in path.read_text(encoding="utf-8") and '"' not in \
        path.read_text(encoding="utf-8")[:4096]
    notes = read_notes_csv(path)
    assert [n.text for n in notes] == [r["text"] for r in rows]
    assert [n.participant for n in notes] == [r["participant"] for r in rows]
    assert sum('"' in n.text for n in notes) >= 10


def test_an_unclosed_quote_is_refused_at_the_line_where_the_value_began(tmp_path):
    lines = ["text,participant"] + [f"Note {i},R{i}" for i in range(1, 8)]
    lines[4] = '"Opens a quote that never closes,R4'
    path = write(tmp_path, "\n".join(lines) + "\n")
    message = failure(path)
    assert message.startswith("Line 5: a value starts with a quote")
    assert "never closed" in message
    # A quote closed too early, further down, is named at its own line too.
    lines[4] = "Note 4,R4"
    lines[6] = '"He said "no" loudly",R6'
    assert failure(write(tmp_path, "\n".join(lines) + "\n")).startswith("Line 7: ")


def test_a_multi_line_note_keeps_its_first_line_as_its_line_number(tmp_path):
    path = write(tmp_path, 'text,participant\n"First line\nsecond line",R1\n'
                           '"Broken\n""quote\' here,R2\nlast,R3\n')
    assert failure(path).startswith("Line 4: a value starts with a quote")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_recognised(tmp_path, encoding):
    path = write(tmp_path, "text;participant\nCafé à l'étage;R1\nبطاقة المكتبة;R2\n",
                 encoding=encoding)
    assert not path.read_bytes().startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    rows = read_notes_csv(path)
    assert [r.text for r in rows] == ["Café à l'étage", "بطاقة المكتبة"]


def test_a_field_over_128_kb_is_read_up_to_the_note_limit(tmp_path):
    from facilitator.core.domain.text import MAX_NOTE_CHARS

    long_note = "A long account of the visit. " * 10_000  # 290 KB, past csv's 131,072
    path = write(tmp_path, f'text,participant\n"{long_note}",R1\nshort,R2\n')
    rows = read_notes_csv(path)
    assert rows[0].text == long_note and rows[1].line == 3
    too_long = write(tmp_path, "text\n" + "x" * (MAX_NOTE_CHARS + 1) + "\n", name="big.csv")
    assert "longer than the longest note" in failure(too_long)


def test_the_header_decides_the_separator_comma_first(tmp_path):
    # Semicolons inside a comma file's values are text, not separators.
    rows = read_notes_csv(write(tmp_path, "text,participant\nOpen late; and Sundays,R1\n"))
    assert rows[0].text == "Open late; and Sundays" and rows[0].participant == "R1"
    rows = read_notes_csv(write(tmp_path, "text\tparticipant\nOpen, late\tR1\n"))
    assert rows[0].text == "Open, late"
