"""ARCHITECTURE.md names every module of the package, each in the folder it is in, so the
map of the code stays true as modules are added."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENTRY = re.compile(r"^( *)(\S+)")
MODULE = re.compile(r"\b[\w.]+\.py\b")


def named_in_tree(text: str) -> set[str]:
    """Paths the tree at the top of ARCHITECTURE.md names: each line that starts with a
    folder (``views/``) or a module (``board.py``) at some depth, and the other modules that
    line mentions beside it (``theme_models.py its tree model``)."""
    tree = text.split("```")[1]
    folders: list[tuple[int, str]] = []  # (indent, name/) from the top down
    named: set[str] = set()
    for line in tree.splitlines():
        match = ENTRY.match(line)
        if match is None:
            continue
        indent, first = len(match.group(1)), match.group(2)
        if not (first.endswith(("/", ".py"))):
            continue  # a description carried on from the line above
        while folders and folders[-1][0] >= indent:
            folders.pop()
        here = "".join(name for _, name in folders)
        if first.endswith("/"):
            folders.append((indent, first))
            named.add(here + first)
            here += first
        named.update(here + module for module in MODULE.findall(line))
    return named


def test_architecture_names_every_module_in_its_folder():
    named = named_in_tree((ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8"))
    package = ROOT / "facilitator"
    modules = sorted(path.relative_to(ROOT).as_posix() for path in package.rglob("*.py")
                     if "__pycache__" not in path.parts)
    missing = [m for m in modules
               if (m.rsplit("/", 1)[0] + "/" if m.endswith("/__init__.py") else m) not in named]
    assert missing == [], "modules ARCHITECTURE.md does not name: " + ", ".join(missing)


def test_the_tree_reader_finds_folders_modules_and_modules_beside_them():
    text = ("```\nfacilitator/\n  app.py   start\n  views/   widgets\n"
            "    board.py   the board; board_items.py its items\n"
            "               carried on, not a module.py of its own\n"
            "  cli.py   commands\n```\n")
    assert named_in_tree(text) == {"facilitator/", "facilitator/app.py", "facilitator/views/",
                                   "facilitator/views/board.py",
                                   "facilitator/views/board_items.py", "facilitator/cli.py"}
