"""Bring the translation sources up to date with the code, then compile them:

    python tools/update_translations.py [NEW_LANGUAGE ...]

(a language code such as ``de`` starts that language's files:
facilitator/i18n/facilitator_de.ts and facilitator/core/locale/de/LC_MESSAGES/facilitator.po)

- the window's strings (self.tr, QCoreApplication.translate, QT_TRANSLATE_NOOP in
  facilitator/views/) into facilitator/i18n/facilitator_<language>.ts with pyside6-lupdate
  (English: plural forms only, "%n note(s)" -> "1 note" / "2 notes");
- the core's messages (_, ngettext, pgettext, N_ in facilitator/core, methods, web, cli and
  the room's Jinja pages) into facilitator/core/locale/facilitator.pot with Babel, merged
  into each language's facilitator.po.

New or changed strings come out unfinished (.ts) or empty (.po): translate them in Qt
Linguist or any .po editor, keeping to facilitator/i18n/GLOSSARY-fr.md.
tests/test_translations.py fails while any is left.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "facilitator"
sys.path.insert(0, str(ROOT))

from facilitator.i18n.compile import compile_all  # noqa: E402

LUPDATE = ("import sys; from PySide6.scripts.pyside_tool import lupdate; "
           "sys.argv[0] = 'lupdate'; lupdate()")
MESSAGE_SOURCES = ["core", "methods", "web", "cli.py", "cli_room.py"]
BABEL_MAPPING = """[python: **.py]
[jinja2: **/templates/**.html]
extensions = jinja2.ext.i18n
"""


def update_qt(new: list[str]) -> None:
    views = sorted(str(p) for p in (PACKAGE / "views").glob("*.py"))
    folder = PACKAGE / "i18n"
    languages = {ts.stem.split("_", 1)[1] for ts in folder.glob("facilitator_*.ts")}
    for language in sorted(languages | {"en", *new}):
        ts = folder / f"facilitator_{language}.ts"
        options = ["-pluralonly"] if language == "en" else []
        subprocess.run([sys.executable, "-c", LUPDATE, *views, "-no-obsolete",
                        "-locations", "none", "-source-language", "en",
                        "-target-language", language, *options, "-ts", str(ts)], check=True)
        if language == "en":
            fill_english_plurals(ts)


# English plural forms follow the source's own conventions: "%n note(s)" is "1 note" and
# "%n notes", "is/are" is "is" and "are", "person(s)" is "person" and "people".
_ENGLISH_PLURALS = [(re.compile(r"\bperson\(s\)"), ("person", "people")),
                    (re.compile(r"(\w)\(s\)"), (r"\1", r"\1s")),
                    (re.compile(r"\bis/are\b"), ("is", "are")),
                    (re.compile(r"\bhas/have\b"), ("has", "have"))]


def english_forms(source: str) -> tuple[str, str]:
    one, many = source, source
    for pattern, (single, plural) in _ENGLISH_PLURALS:
        one, many = pattern.sub(single, one), pattern.sub(plural, many)
    return one, many


def fill_english_plurals(ts: Path) -> None:
    """Give every unfinished plural message of the English .ts its two forms."""
    tree = ElementTree.parse(ts)
    for message in tree.iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation.get("type") != "unfinished":
            continue
        for form, text in zip(translation.findall("numerusform"),
                              english_forms(message.findtext("source")), strict=True):
            form.text = text
        del translation.attrib["type"]
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    text = ts.read_text(encoding="utf-8").replace("<?xml version='1.0' encoding='utf-8'?>",
                                                  '<?xml version="1.0" encoding="utf-8"?>\n'
                                                  "<!DOCTYPE TS>", 1)
    ts.write_text(text + ("" if text.endswith("\n") else "\n"), encoding="utf-8")


def update_catalogues(new: list[str]) -> None:
    from babel.messages.frontend import CommandLineInterface

    locale = PACKAGE / "core" / "locale"
    pot = locale / "facilitator.pot"
    mapping = locale / "babel.cfg"
    mapping.write_text(BABEL_MAPPING, encoding="utf-8")
    try:
        CommandLineInterface().run([
            "pybabel", "-q", "extract", "-F", str(mapping), "--no-location", "--sort-output",
            "--add-comments=Translators:", "-k", "N_", "-k", "NC_:1c,2", "-k", "counted:2,3", "--project=Facilitator",
            "-o", str(pot), *(str(PACKAGE / s) for s in MESSAGE_SOURCES)])
    finally:
        mapping.unlink()
    for language in new:
        if language != "en" and not (locale / language / "LC_MESSAGES" / "facilitator.po").exists():
            CommandLineInterface().run(["pybabel", "-q", "init", "-i", str(pot), "-d",
                                        str(locale), "-D", "facilitator", "-l", language])
    for po in sorted(locale.glob("*/LC_MESSAGES/facilitator.po")):
        CommandLineInterface().run([
            "pybabel", "-q", "update", "-i", str(pot), "-d", str(locale), "-D", "facilitator",
            "-l", po.parts[-3], "--no-fuzzy-matching", "--ignore-obsolete"])


if __name__ == "__main__":
    update_qt(sys.argv[1:])
    update_catalogues(sys.argv[1:])
    for path in compile_all():
        print("compiled", path.relative_to(ROOT))
