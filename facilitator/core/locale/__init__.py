"""What the core says to people, in their language, without Qt.

Messages are marked with ``_()`` (``ngettext`` for counts, ``N_`` for words kept in tables
and translated where they are shown) and looked up in gettext catalogues beside this file:
``<language>/LC_MESSAGES/facilitator.po``, compiled to ``.mo`` when the package is built. A
language is added by adding its catalogue; English, the language of the source, needs none.

Which language: the process's (the window's Language setting, the command line's
environment), or for a stretch of work done for one workshop the workshop's own - a brief,
or the pages of the room served to the phones - through :func:`use` and
:func:`speak_here`. Numbers and dates follow the same language (Babel's CLDR data).
"""

from __future__ import annotations

import gettext
import io
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from functools import cache
from pathlib import Path

DOMAIN = "facilitator"
SOURCE_LANGUAGE = "en"
HERE = Path(__file__).resolve().parent
# CLDR locales for formatting: the app's English is British ("1 December 2026").
_FORMAT_LOCALES = {"en": "en_GB"}

_process_language = SOURCE_LANGUAGE
# The language of the work in hand, where it differs from the process's: a code, or a
# callable giving one (the room follows its workshop's language as it changes).
_here: ContextVar[str | Callable[[], str] | None] = ContextVar("facilitator_language",
                                                                default=None)


def N_(message: str) -> str:
    """Mark a message for translation where it is defined; translate it where shown."""
    return message


def NC_(context: str, message: str) -> str:
    """Mark a message with its context (as pgettext reads it) for translation later."""
    return message


def catalogue_path(language: str, suffix: str = ".po") -> Path:
    return HERE / language / "LC_MESSAGES" / f"{DOMAIN}{suffix}"


def available_languages() -> tuple[str, ...]:
    """English and every language with a catalogue here."""
    found = {p.name for p in HERE.iterdir() if p.is_dir()
             and (catalogue_path(p.name).is_file() or catalogue_path(p.name, ".mo").is_file())}
    return (SOURCE_LANGUAGE, *sorted(found - {SOURCE_LANGUAGE}))


def normalise(code: str | None) -> str:
    """'fr_FR.UTF-8', 'fr-CA', 'FR' -> 'fr'; anything without a catalogue -> English."""
    if not code:
        return SOURCE_LANGUAGE
    base = code.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return base if base in available_languages() else SOURCE_LANGUAGE


def environment_language() -> str:
    """The language the environment asks for, as gettext reads it (LANGUAGE, LC_ALL,
    LC_MESSAGES, LANG): for the command line."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            for code in value.split(":"):
                if code and code not in ("C", "POSIX") and not code.startswith("C."):
                    return normalise(code)
            return SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def set_language(code: str | None) -> str:
    """The process's language (the window's setting); returns the one used."""
    global _process_language
    _process_language = normalise(code)
    return _process_language


def language() -> str:
    """The language messages are given in here and now."""
    here = _here.get()
    if here is None:
        return _process_language
    return normalise(here() if callable(here) else here)


@contextmanager
def use(code: str | None) -> Iterator[str]:
    """Within the block, messages, numbers and dates are in ``code`` (a workshop's
    language, for its brief)."""
    token = _here.set(normalise(code))
    try:
        yield language()
    finally:
        _here.reset(token)


def speak_here(code: str | Callable[[], str] | None) -> None:
    """From now on in this thread (or asyncio loop's tasks made after this), messages are
    in ``code``, or in the language a callable gives at each message: the room's threads
    speak the workshop's language."""
    _here.set(code)


@cache
def translations(code: str) -> gettext.NullTranslations:
    """The catalogue of a language: the compiled .mo when it is as new as its .po, else the
    .po compiled in memory (a source checkout), else none (English)."""
    if code == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    po, mo = catalogue_path(code), catalogue_path(code, ".mo")
    if mo.is_file() and (not po.is_file() or mo.stat().st_mtime >= po.stat().st_mtime):
        with open(mo, "rb") as handle:
            return gettext.GNUTranslations(handle)
    if po.is_file():
        return gettext.GNUTranslations(io.BytesIO(compile_catalogue(po)))
    return gettext.NullTranslations()


def compile_catalogue(po: Path) -> bytes:
    """A .po catalogue as .mo bytes (Babel), fuzzy entries left out."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with open(po, "rb") as handle:
        catalog = read_po(handle, abort_invalid=True)
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def _(message: str) -> str:
    return translations(language()).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return translations(language()).ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    return translations(language()).pgettext(context, message)


def number(value: float, group: bool = False) -> str:
    """A number as the language writes it: '2 000' (narrow no-break space) in French. The
    source language keeps the digits it always wrote: '2000', or '2,000' with ``group``."""
    code = language()
    if code == SOURCE_LANGUAGE:
        return f"{value:,}" if group else str(value)
    from babel.numbers import format_decimal

    return format_decimal(value, locale=_FORMAT_LOCALES.get(code, code))


def percent(share: float) -> str:
    """A share as the language writes it: '63%', '63 %' (a narrow no-break space)."""
    code = language()
    if code == SOURCE_LANGUAGE:
        return f"{share:.0%}"
    from babel.numbers import format_percent

    return format_percent(share, locale=_FORMAT_LOCALES.get(code, code))


def counted(count: int, singular: str, plural: str) -> str:
    """'1 note', '2 000 notes': ``singular``/``plural`` hold ``{n}`` and are translated."""
    return ngettext(singular, plural, count).format(n=number(count))


def long_date(value: str | date | None) -> str:
    """'1 December 2026', '1er décembre 2026'; an ISO date that cannot be read is given
    back as it is, an empty one as ''."""
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value.strip())
        except ValueError:
            return value
    code = language()
    from babel.dates import get_month_names

    month = get_month_names("wide", locale=_FORMAT_LOCALES.get(code, code))[value.month]
    # Translators: a long date; {day} is the day of the month, {month} its name.
    pattern = _("{day} {month} {year}")
    # Translators: how the first day of a month is written in a date ('1er' in French).
    day = pgettext("first day of the month", "1") if value.day == 1 else str(value.day)
    return pattern.format(day=day, month=month, year=value.year)
