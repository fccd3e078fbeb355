"""The command line: scriptable workshop operations that need no window."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from facilitator import __version__
from facilitator.core.csv_import import read_notes_csv
from facilitator.core.errors import FacilitatorError
from facilitator.core.store import create_workshop, is_url, open_store
from facilitator.core.terms import FILE_SUFFIX
from facilitator.core.workshop import Workshop, note_as_dict

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="facilitator",
        description="Work with Facilitator workshops from the command line. "
        "Run 'facilitator [FILE.workshop]' without a command to open the window.",
    )
    parser.add_argument("--version", action="version", version=f"facilitator {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    new = sub.add_parser("new", help="create a new workshop file",
                         description="Create a new workshop file without opening a window.")
    new.add_argument("file", help="the workshop file to create (.workshop) or a database URL")
    new.add_argument("--title", required=True, help="the workshop's title")
    new.add_argument("--question", default="", help="the question or challenge it works on")
    new.add_argument("--commissioner", default="", help="who commissioned the service")
    new.add_argument("--date", default="", help="the date of the workshop (YYYY-MM-DD)")
    new.add_argument("--place", default="", help="where it takes place")

    imp = sub.add_parser(
        "import", help="import notes from a CSV file",
        description="Import notes from a CSV file with a header row. Columns: text "
        "(required), participant, group, activity, step. All rows are imported, or none "
        "if one is bad.")
    imp.add_argument("file", help="the workshop file or database URL")
    imp.add_argument("csv", help="the CSV file of notes")

    notes = sub.add_parser("notes", help="list the notes of a workshop",
                           description="List the notes of a workshop.")
    notes.add_argument("file", help="the workshop file or database URL")
    notes.add_argument("--json", action="store_true", help="print the notes as JSON")
    return parser


def run(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _COMMANDS[args.command](args)
    except FacilitatorError as exc:
        print(f"facilitator: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the output was piped into a program that stopped reading
        sys.stdout = open(os.devnull, "w")
        return 0
    except KeyboardInterrupt:
        print("facilitator: interrupted; nothing was half-saved.", file=sys.stderr)
        return 130


def _new(args) -> int:
    target = args.file
    if not is_url(target) and not target.endswith(FILE_SUFFIX):
        target += FILE_SUFFIX
    store = create_workshop(target, args.title, question=args.question,
                            commissioner=args.commissioner, date=args.date, place=args.place)
    print(f"Created {store.display_name}")  # a server URL is shown without its password
    store.close()
    return 0


def _import(args) -> int:
    rows = read_notes_csv(Path(args.csv))  # checked in full before the workshop is opened
    workshop = Workshop(open_store(args.file))
    try:
        summary = workshop.import_notes(rows)
    finally:
        workshop.close()
    print(f"Imported {summary.notes} notes ({summary.participants_created} new participants, "
          f"{summary.activities_created} new activities).")
    if summary.cleaned:
        print(f"{summary.cleaned} characters that cannot go into a document were removed or "
              "replaced.")
    return 0


def _notes(args) -> int:
    workshop = Workshop(open_store(args.file, readonly=True))
    try:
        notes = workshop.notes()
    finally:
        workshop.close()
    if args.json:
        json.dump([note_as_dict(n) for n in notes], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for note in notes:
        author = note.author or "-"
        where = note.activity_name or note.step.title
        print(f"{note.id}\t{author}\t{where}\t{note.text}")
    print(f"{len(notes)} notes", file=sys.stderr)
    return 0


_COMMANDS = {"new": _new, "import": _import, "notes": _notes}
