"""Every translation complete and faithful to its source: each message of the window's .ts
files finished, each message of the core's .po catalogues filled in (every plural form),
the placeholders of the source kept (%1, %n, {name}), and an accelerator (&) where the
source has one, and only one. A failure names the messages, so a translator can find
them (tools/update_translations.py adds new ones; facilitator/i18n/GLOSSARY-fr.md says
which words to use)."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[1]
TS_FILES = sorted((ROOT / "facilitator" / "i18n").glob("facilitator_*.ts"))
PO_FILES = sorted((ROOT / "facilitator" / "core" / "locale").glob("*/LC_MESSAGES/*.po"))
TRANSLATED_TS = [p for p in TS_FILES if not p.stem.endswith("_en")]  # English is the source

_QT_PLACEHOLDER = re.compile(r"%L?\d+|%n")
_PY_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\([a-z_]+\)s")
_ACCELERATOR = re.compile(r"(?<!&)&(?!&)(?=\S)")


def ts_messages(path: Path):
    """(context, source, translation element) of every message."""
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message, message.find("translation")


def forms(translation) -> list[str]:
    numerus = translation.findall("numerusform")
    return [f.text or "" for f in numerus] if numerus else [translation.text or ""]


def named(problems: list[str], what: str) -> str:
    return f"{len(problems)} {what}:\n" + "\n".join(problems[:60]) + (
        f"\n... and {len(problems) - 60} more" if len(problems) > 60 else "")


def test_there_is_a_french_translation_of_the_window_and_of_the_core():
    assert [p.stem for p in TRANSLATED_TS] == ["facilitator_fr"]
    assert [p.parts[-3] for p in PO_FILES] == ["fr"]


@pytest.mark.parametrize("path", TRANSLATED_TS, ids=lambda p: p.name)
def test_every_message_of_the_window_is_translated(path):
    missing = [f"{context}: {message.findtext('source')!r}"
               for context, message, translation in ts_messages(path)
               if translation.get("type") in ("unfinished", "vanished", "obsolete")
               or not all(f.strip() for f in forms(translation))]
    assert not missing, named(missing, f"message(s) of {path.name} not translated")


@pytest.mark.parametrize("path", TRANSLATED_TS, ids=lambda p: p.name)
def test_the_window_translations_keep_placeholders_and_one_accelerator(path):
    wrong = []
    for context, message, translation in ts_messages(path):
        source = message.findtext("source") or ""
        for text in forms(translation):
            if not text:
                continue  # unfinished: the test above names it
            # every form keeps %n too: French's first form is for 0 as well as 1
            wanted = set(_QT_PLACEHOLDER.findall(source))
            if not wanted <= set(_QT_PLACEHOLDER.findall(text)):
                wrong.append(f"{context}: {source!r} -> {text!r} loses "
                             f"{sorted(wanted - set(_QT_PLACEHOLDER.findall(text)))}")
            keys_in, keys_out = (len(_ACCELERATOR.findall(t)) for t in (source, text))
            if keys_out > 1 or bool(keys_in) != bool(keys_out):
                wrong.append(f"{context}: {source!r} -> {text!r}: {keys_out} accelerator(s) "
                             f"where the source has {keys_in}")
    assert not wrong, named(wrong, f"translation(s) of {path.name} unfaithful")


def po_messages(path: Path):
    with open(path, "rb") as handle:
        catalogue = read_po(handle)
    return catalogue, [m for m in catalogue if m.id]


@pytest.mark.parametrize("path", PO_FILES, ids=lambda p: p.parts[-3])
def test_every_message_of_the_core_is_translated(path):
    catalogue, messages = po_messages(path)
    missing = []
    for message in messages:
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if "fuzzy" in message.flags or not all(s and s.strip() for s in strings):
            missing.append(repr(message.id if isinstance(message.id, str) else message.id[0]))
        elif isinstance(message.id, tuple) and len(strings) != catalogue.num_plurals:
            missing.append(f"{message.id[0]!r}: {len(strings)} plural forms, not "
                           f"{catalogue.num_plurals}")
    assert not missing, named(missing, f"message(s) of {path.parts[-3]}/facilitator.po empty")


@pytest.mark.parametrize("path", PO_FILES, ids=lambda p: p.parts[-3])
def test_the_core_translations_keep_their_placeholders(path):
    _, messages = po_messages(path)
    wrong = []
    for message in messages:
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = set(_PY_PLACEHOLDER.findall(ids[-1])) | set(_PY_PLACEHOLDER.findall(ids[0]))
        for text in strings:
            if text and set(_PY_PLACEHOLDER.findall(text)) != wanted:
                wrong.append(f"{ids[0]!r} -> {text!r}: {sorted(wanted)} expected")
    assert not wrong, named(wrong, f"translation(s) of {path.parts[-3]}/facilitator.po "
                                   "unfaithful")


def test_the_checks_catch_a_lost_placeholder_and_a_second_accelerator(tmp_path):
    ts = tmp_path / "facilitator_xx.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="xx">'
                  "<context><name>W</name>"
                  "<message><source>&amp;Open %1</source>"
                  "<translation>&amp;Ouvrir &amp;le</translation></message>"
                  "<message><source>Later</source>"
                  '<translation type="unfinished"></translation></message>'
                  "</context></TS>", encoding="utf-8")
    with pytest.raises(AssertionError, match=r"loses \['%1'\]"):
        test_the_window_translations_keep_placeholders_and_one_accelerator(ts)
    with pytest.raises(AssertionError, match="2 accelerator"):
        test_the_window_translations_keep_placeholders_and_one_accelerator(ts)
    with pytest.raises(AssertionError, match="'Later'"):
        test_every_message_of_the_window_is_translated(ts)
    po = tmp_path / "xx" / "LC_MESSAGES" / "facilitator.po"
    po.parent.mkdir(parents=True)
    po.write_text('msgid ""\nmsgstr ""\n"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n\n'
                  'msgid "{n} note"\nmsgid_plural "{n} notes"\nmsgstr[0] "une note"\n'
                  'msgstr[1] "{n} notes"\n\nmsgid "Hello {name}"\nmsgstr ""\n',
                  encoding="utf-8")
    with pytest.raises(AssertionError, match="'Hello {name}'"):
        test_every_message_of_the_core_is_translated(po)
    with pytest.raises(AssertionError, match="une note"):
        test_the_core_translations_keep_their_placeholders(po)
