"""Start-up: the command line decides between a scripted command and the window."""

from __future__ import annotations

import argparse
import sys

from facilitator import __version__

# Scripted commands; anything else opens the window.
COMMANDS = ("new", "import", "notes", "participants", "cluster", "themes", "graph", "export",
            "copy", "room")


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="facilitator",
        description="Facilitator: run co-design workshops. Opens the window, on FILE if "
        "given. Commands: new, import, notes, cluster, themes, graph, export, copy, room "
        "('facilitator COMMAND --help').",
    )
    parser.add_argument("--version", action="version", version=f"facilitator {__version__}")
    parser.add_argument("file", nargs="?", help="a workshop file (.workshop) to open")
    parser.add_argument("--db", metavar="URL",
                        help="open a shared workshop on a database server instead of a file, "
                        "e.g. postgresql+psycopg://user@host/workshop")
    parser.add_argument("--device", metavar="NAME",
                        help="how this laptop is named in the change log (default: host name)")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv and argv[0] in COMMANDS:
        from facilitator import (
            cli,  # loads the database layer; the window loads it later
        )

        return cli.run(argv)
    args = gui_parser().parse_args(argv)
    if args.file and args.db:
        gui_parser().error("give either a workshop file or --db, not both")
    from facilitator.views.application import (
        run_gui,  # Qt is loaded only for the window
    )

    return run_gui(target=args.db or args.file, device=args.device)
