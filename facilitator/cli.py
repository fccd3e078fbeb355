"""The command line: scriptable workshop operations that need no window."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from facilitator import __version__
from facilitator.core.documents.csv_import import read_notes_csv
from facilitator.core.domain.terms import FILE_SUFFIX, LANGUAGES
from facilitator.core.domain.text import cleaning_message, plural
from facilitator.core.domain.workshop import Workshop, note_as_dict
from facilitator.core.errors import FacilitatorError
from facilitator.core.storage.store import create_workshop, is_url, open_store


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
    new.add_argument("--contact", default="",
                     help="who participants can contact about what happens next")
    new.add_argument("--next-steps", default="", help="what happens next, and when")
    new.add_argument("--language", choices=LANGUAGES, default="en",
                     help="the language of the notes, for grouping them into themes "
                     "(default: en)")

    imp = sub.add_parser(
        "import", help="import notes from a CSV file",
        description="Import notes from a CSV file with a header row. Columns: text "
        "(required), participant, group, activity, step. All rows are imported, or none "
        "if one is bad.")
    imp.add_argument("file", help="the workshop file or database URL")
    imp.add_argument("csv", help="the CSV file of notes")

    people = sub.add_parser(
        "participants", help="list participants, or import a sign-up sheet",
        description="List the participants of a workshop (labels, groups, roles and whether "
        "they may be quoted; real names, e-mails and phones only with --personal-data), or "
        "'import PEOPLE.csv': a sign-up sheet with a header row naming its columns - label "
        "(required), group, role, quote (yes/no), real_name, email, phone. All rows are "
        "imported, or none if one is bad; every bad row is named by its line.")
    people.add_argument("file", help="the workshop file or database URL")
    people.add_argument("action", nargs="?", choices=["import"],
                        help="import a sign-up sheet")
    people.add_argument("csv", nargs="?", help="the sign-up sheet (CSV) to import")
    people.add_argument("--json", action="store_true", help="print the participants as JSON")
    people.add_argument("--personal-data", action="store_true",
                        help="also show real names, e-mails and phones (never on a projector)")

    notes = sub.add_parser("notes", help="list the notes of a workshop",
                           description="List the notes of a workshop.")
    notes.add_argument("file", help="the workshop file or database URL")
    notes.add_argument("--json", action="store_true", help="print the notes as JSON")

    cluster = sub.add_parser(
        "cluster", help="suggest themes for the notes and apply them",
        description="Group the notes into themes. Pinned themes, themes that are evidence "
        "for an insight and notes placed by hand are kept as they are; earlier suggested "
        "themes are replaced. Notes that fit no theme stay unsorted.")
    cluster.add_argument("file", help="the workshop file or database URL")
    cluster.add_argument("--granularity", type=_granularity, default=0.0, metavar="G",
                         help="from -1 (fewer, broader themes) to 1 (more, finer themes); "
                         "0 chooses by itself (default)")
    cluster.add_argument("--per-activity", action="store_true",
                         help="group the notes of each activity separately")

    themes = sub.add_parser("themes", help="list the themes of a workshop",
                            description="List the themes with their notes.")
    themes.add_argument("file", help="the workshop file or database URL")
    themes.add_argument("--json", action="store_true",
                        help="print themes (with note ids) and unsorted note ids as JSON")

    graph = sub.add_parser(
        "graph", help="export the insight graph as GraphML",
        description="Write the insight graph (notes, themes, insights, solutions and their "
        "links) as GraphML, and print what it shows.")
    graph.add_argument("file", help="the workshop file or database URL")
    graph.add_argument("-o", "--output", required=True, help="the .graphml file to write")
    graph.add_argument("--keep-personal-data", action="store_true",
                       help="keep names, e-mails and phone numbers found in the texts "
                       "(by default they are replaced by [name], [e-mail] and [phone])")

    copy = sub.add_parser(
        "copy", help="copy a workshop between a file and a server",
        description="Copy a whole workshop - notes, participants, activities, themes, "
        "insights, solutions, votes and the change log - to a new file or an empty server "
        "database. Either side may be a .workshop file or a database URL such as "
        "postgresql+psycopg://user@host/dbname (a password is never printed).")
    copy.add_argument("source", help="the workshop file or database URL to copy")
    copy.add_argument("dest", help="a new .workshop file or an empty database's URL")

    export = sub.add_parser(
        "export", help="write a Word brief, the notes as CSV, or the graph as GraphML",
        description="Write a Word brief from a template (or, by the output's suffix, the "
        "notes as .csv or the insight graph as .graphml). Participants appear by label only. "
        "Names of registered participants, e-mail addresses and phone numbers found in note "
        "texts are replaced by [name], [e-mail] and [phone] in the export unless "
        "--keep-personal-data is given; the stored notes are not changed.")
    export.add_argument("file", help="the workshop file or database URL")
    export.add_argument("--template", default="commissioner",
                        help="a template name (commissioner, participants, run-sheet, or one "
                        "you added to templates/), in the workshop's language where it has "
                        "one (templates/fr/ for French), or a .docx path (default: "
                        "commissioner)")
    export.add_argument("-o", "--output",
                        help="the file to write (.docx, .csv or .graphml); default: "
                        "exports/ beside the workshop file")
    export.add_argument("--templates", action="append", default=[], metavar="FOLDER",
                        help="another folder of templates, searched first")
    export.add_argument("--keep-personal-data", action="store_true",
                        help="keep names, e-mails and phone numbers found in note texts")
    export.add_argument("--no-appendix", action="store_true",
                        help="leave out the appendix of every note, by theme")
    export.add_argument("--summary", action="store_true",
                        help="start with a one-page summary of the top insights")
    room = sub.add_parser(
        "room", help="open the room to participants' phones, without the window",
        description="Serve the room on this laptop's network: participants join with the "
        "address and code printed on the first line, write notes and vote from their "
        "phones. Ctrl+C or SIGTERM stops it; the room stays open, so the phones rejoin "
        "with the same code when it runs again (--close closes it for every phone).")
    room.add_argument("file", help="the workshop file or database URL")
    room.add_argument("--host", help="the address to listen on (default: this laptop's "
                      "address on the local network; 0.0.0.0 listens on every network)")
    room.add_argument("--port", type=int, help="the port (default: the room's last one, "
                      "else 8470 or the next free one)")
    room.add_argument("--close", action="store_true",
                      help="close the room: every phone must join again with a new code")
    return parser


def _granularity(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a number") from None
    if not -1.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError("granularity goes from -1 to 1")
    return number


def run(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _COMMANDS[args.command](args)
    except FacilitatorError as exc:
        print(f"facilitator: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the output was piped into a program that stopped reading
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - open until the process ends
        return 0
    except KeyboardInterrupt:
        print("facilitator: interrupted; nothing was half-saved.", file=sys.stderr)
        return 130


def _new(args) -> int:
    target = args.file
    if not is_url(target) and not target.endswith(FILE_SUFFIX):
        target += FILE_SUFFIX
    store = create_workshop(target, args.title, question=args.question,
                            commissioner=args.commissioner, date=args.date, place=args.place,
                            language=args.language, contact=args.contact,
                            next_steps=args.next_steps)
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
    print(f"Imported {plural(summary.notes, 'note')} "
          f"({plural(summary.participants_created, 'new participant')}, "
          f"{plural(summary.activities_created, 'new activity', 'new activities')}).")
    if summary.cleaned:
        print(cleaning_message(summary.cleaned))
    return 0


def _participants(args) -> int:
    from facilitator.core.domain.signup import read_people_csv

    if args.action == "import":
        if not args.csv:
            raise FacilitatorError("Give the sign-up sheet to import: "
                                   "facilitator participants FILE import PEOPLE.csv")
        rows = read_people_csv(Path(args.csv))  # checked in full before the workshop opens
        workshop = Workshop(open_store(args.file))
        try:
            added = workshop.import_participants(rows)
        finally:
            workshop.close()
        print(f"Imported {plural(len(added), 'participant')}.")
        return 0
    if args.csv:
        raise FacilitatorError(f"Unknown action '{args.csv}': use 'import PEOPLE.csv'.")
    workshop = Workshop(open_store(args.file, readonly=True))
    try:
        people = workshop.participants()
    finally:
        workshop.close()
    private = ("real_name", "email", "phone") if args.personal_data else ()
    records = [{"label": p.label, "group": p.group, "role": p.role, "quote": p.consent_quote,
                **{key: getattr(p, key) for key in private}} for p in people]
    if args.json:
        json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for record in records:
        values = [record["label"], record["group"] or "-", record["role"] or "-",
                  "may be quoted" if record["quote"] else "not quoted"]
        values += [record[key] or "-" for key in private]
        print("\t".join(values))
    print(plural(len(records), 'participant'), file=sys.stderr)
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
    print(plural(len(notes), 'note'), file=sys.stderr)
    return 0


def _cluster(args) -> int:
    from facilitator.core.analysis.suggestion import suggest

    workshop = Workshop(open_store(args.file))
    try:
        synthesis = workshop.synthesis
        suggestion = suggest(synthesis.suggestion_input(), granularity=args.granularity,
                             per_activity=args.per_activity)
        synthesis.apply_suggestion(suggestion)
    finally:
        workshop.close()
    for theme in suggestion.themes:
        print(f"{len(theme.note_ids):4d}  {theme.label}")
    sorted_notes = suggestion.note_count - len(suggestion.unsorted)
    print(f"{plural(len(suggestion.themes), 'theme')} for {plural(sorted_notes, 'note')}; "
          f"{plural(len(suggestion.unsorted), 'note')} left unsorted; "
          f"{plural(suggestion.kept_themes, 'theme')} and {plural(suggestion.kept_notes, 'note')}"
          f" kept as they were. {suggestion.described_method}")
    return 0


def _themes(args) -> int:
    workshop = Workshop(open_store(args.file, readonly=True))
    try:
        themes = workshop.synthesis.themes()
        unsorted = workshop.synthesis.unsorted_note_ids()
    finally:
        workshop.close()
    if args.json:
        data = {"themes": [{"id": t.id, "label": t.label, "keywords": list(t.keywords),
                            "pinned": t.pinned, "origin": t.origin, "note_ids": list(t.note_ids)}
                           for t in themes],
                "unsorted": unsorted}
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for theme in themes:
        pin = " (pinned)" if theme.pinned else ""
        print(f"{theme.id}\t{theme.size}\t{theme.label}{pin}")
    print(f"{plural(len(themes), 'theme')}, {plural(len(unsorted), 'unsorted note')}",
          file=sys.stderr)
    return 0


def _graph(args) -> int:
    from facilitator.core.analysis.graph import (
        export_graphml,
        insights_by_breadth,
        single_group_themes,
    )
    from facilitator.core.domain.privacy import PrivacyRule
    workshop = Workshop(open_store(args.file, readonly=True))
    try:
        rule = PrivacyRule.for_workshop(workshop, keep_personal_data=args.keep_personal_data)
        graph = export_graphml(workshop, args.output, rule)
    finally:
        workshop.close()
    print(f"Wrote {args.output}: {plural(graph.number_of_nodes(), 'node')}, "
          f"{plural(graph.number_of_edges(), 'link')}.")
    for rank, found in enumerate(insights_by_breadth(graph), start=1):
        print(f"{rank}. {found.label} - {plural(found.participants, 'participant')}, "
              f"{plural(len(found.groups), 'group')}, {plural(found.notes, 'note')}")
    for found in single_group_themes(graph):
        print(f"Only one group, {found.groups[0]}, speaks in theme '{found.label}' "
              f"({plural(found.notes, 'note')}).")
    return 0


def _copy(args) -> int:
    from facilitator.core.storage.store import copy_workshop

    print(f"Copied to {copy_workshop(args.source, args.dest)}")
    return 0


def _export(args) -> int:
    from pathlib import Path

    from facilitator.core.documents import brief
    from facilitator.core.domain import privacy

    workshop = Workshop(open_store(args.file, readonly=True))
    try:
        findings = privacy.scan(workshop.notes(), workshop.participants())
        rule = privacy.PrivacyRule.for_workshop(workshop,
                                                keep_personal_data=args.keep_personal_data)
        target = Path(args.output) if args.output else None
        suffix = target.suffix.lower() if target else ".docx"
        if target is None:
            target = brief.default_export_path(workshop, args.template, suffix)
            _make_folder(target.parent)
        if suffix == ".csv":
            from facilitator.core.documents.csv_export import write_notes_csv

            write_notes_csv(workshop, target, privacy=rule)
        elif suffix == ".graphml":
            from facilitator.core.analysis.graph import export_graphml

            export_graphml(workshop, target, rule)
        elif suffix == ".docx":
            from facilitator.core.documents.brief_options import BriefOptions

            template = brief.resolve_template(args.template, [Path(f) for f in args.templates],
                                              workshop.details().language)
            options = BriefOptions(appendix=not args.no_appendix, summary=args.summary)
            brief.export_brief(workshop, template, target, privacy=rule, options=options)
        else:
            raise FacilitatorError(f"Cannot export as '{suffix or target.name}': use .docx, "
                                   ".csv or .graphml.")
    finally:
        workshop.close()
    for finding in findings:
        action = "kept" if args.keep_personal_data else "replaced"
        print(f"{finding.kind} {action} in {len(finding.note_ids)} note(s)", file=sys.stderr)
    print(f"Wrote {target}")
    return 0


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FacilitatorError(f"Could not make the folder {folder} ({exc.strerror}). Give "
                               "another place to write with -o.") from None


def _room(args) -> int:
    from facilitator.core.domain.room import Room

    workshop = Workshop(open_store(args.file))
    try:
        if args.close:
            phones = Room(workshop).close()
            print(f"Closed the room; {phones} phone{'s' if phones != 1 else ''} let go.")
            return 0
        from facilitator.cli_room import serve_room

        return serve_room(workshop, host=args.host, port=args.port)
    finally:
        workshop.close()


_COMMANDS = {"new": _new, "import": _import, "notes": _notes, "cluster": _cluster,
             "themes": _themes, "graph": _graph, "export": _export,
             "copy": _copy, "participants": _participants, "room": _room}
