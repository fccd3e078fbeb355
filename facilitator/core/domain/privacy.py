"""Personal data in people's words: find it before an export, and keep it out of every output.

Participants are known by pseudonymous labels; their real names, e-mails and phones stay in
the workshop file. But people say names aloud and note-takers write them down, so every text
that leaves the app - a brief, the run sheet, the notes CSV, GraphML, the projector, a phone in
the room - goes through one :class:`PrivacyRule`. The rule finds registered names however they
are written (any case, with or without accents, composed or decomposed Unicode, first or last
name alone or together, possessives, inside an e-mail address) and anything that looks like an
e-mail address or a phone number, and replaces each by a placeholder unless the facilitator
chose to keep that very finding. It also says whose words may be quoted: a participant who
agreed, and a table's notes only when the workshop says tables may be quoted.

Redaction changes the output only, never the stored note.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from facilitator.core.locale import N_, _

KINDS = ("name", "email", "phone")
# Translators: what takes the place of personal data in an output, in its language.
REPLACEMENT = {"name": N_("[name]"), "email": N_("[e-mail]"), "phone": N_("[phone]")}

# Matched on folded text (see fold): lower case, no accents, compatibility forms.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# 9 to 15 digits, optionally +country, spaces, dots, dashes or brackets between groups.
_PHONE = re.compile(r"(?<![\w+])\+?\(?\d(?:[\s().-]{0,2}\d){8,14}(?!\w)")
_LETTER = r"[^\W\d_]"
# Between the words of a name as people write it: spaces, or the dots, underscores and
# hyphens of an e-mail address or a user name - or nothing ("zoelefevre@...").
_NAME_GAP = r"[\s._-]*"
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
MIN_NAME_PART = 3  # a part of a name shorter than this ("Li", "Al") alone is too common


def fold(text: str) -> str:
    """``text`` as it is compared: case folded, accents removed, compatibility forms
    (full-width letters and digits, ligatures) made plain, apostrophes made one."""
    return _Folded(text).text


class _Folded:
    """A text folded for matching, with where each folded character came from."""

    def __init__(self, text: str):
        self.original = text
        chars: list[str] = []
        where: list[int] = []
        for index, char in enumerate(text):
            for folded in unicodedata.normalize("NFKD", char.casefold()):
                if not unicodedata.combining(folded):
                    chars.append(folded)
                    where.append(index)
        self.text = "".join(chars).translate(_APOSTROPHES)
        self.where = where

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original characters behind folded[start:end], with their accents."""
        first = self.where[start]
        last = self.where[end - 1] + 1
        while last < len(self.original) and unicodedata.combining(self.original[last]):
            last += 1
        return first, last


def _key(kind: str, folded: str) -> tuple[str, str]:
    """One finding, however it is written: 'Zoë Lefèvre', 'ZOE LEFEVRE' and the
    'zoe.lefevre' of an e-mail address are the same name."""
    if kind == "name":
        return kind, re.sub(r"[\s._-]+", "", folded)
    if kind == "phone":
        return kind, re.sub(r"\D", "", folded)
    return kind, folded


@dataclass(frozen=True)
class Finding:
    """One piece of personal data and the notes it appears in."""

    kind: str  # name, email or phone
    text: str  # as it appears (the first time)
    note_ids: tuple[int, ...]
    owner: str = ""  # the participant label, for a registered name, e-mail or phone
    forms: tuple[str, ...] = ()  # every way it is written, the first one first

    @property
    def key(self) -> tuple[str, str]:
        return _key(self.kind, fold(self.text))


@dataclass(frozen=True)
class _Match:
    start: int  # in the original text
    end: int
    kind: str
    key: tuple[str, str]
    owner: str = ""


def _name_words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", fold(name)) if w.strip(".'")]


def _word_pattern(word: str) -> str:
    return re.escape(word).replace("'", "'?")


def name_pattern(name: str, *, parts: bool = True) -> re.Pattern | None:
    """A pattern over folded text for a registered name: the whole name (its words with
    any gap between them) or, with ``parts``, any word of it of three letters or more, as
    whole words."""
    words = _name_words(name)
    if not words:
        return None
    alternatives = {_NAME_GAP.join(_word_pattern(w) for w in words)}
    if parts:
        alternatives |= {_word_pattern(w) for w in words
                         if len(w.replace("'", "")) >= MIN_NAME_PART}
    pattern = "|".join(sorted(alternatives, key=len, reverse=True))
    return re.compile(rf"(?<!{_LETTER})(?:{pattern})(?!{_LETTER})")


@dataclass
class _Person:
    label: str
    pattern: re.Pattern | None
    email: str
    phone: str


def _people(participants: Sequence) -> list[_Person]:
    people = []
    for p in participants:
        name = (getattr(p, "real_name", "") or "").strip()
        people.append(_Person(p.label, name_pattern(name) if name else None,
                              fold((getattr(p, "email", "") or "").strip()),
                              re.sub(r"\D", "", getattr(p, "phone", "") or "")))
    return people


def _matches(text: str, people: Sequence[_Person]) -> list[_Match]:
    """Every piece of personal data in ``text``, found on its folded form."""
    if not text:
        return []
    folded = _Folded(text)
    found: list[_Match] = []

    def add(kind: str, match: re.Match, owner: str = "") -> None:
        start, end = folded.span(match.start(), match.end())
        found.append(_Match(start, end, kind, _key(kind, match.group()), owner))

    for person in people:
        if person.pattern is not None:
            for match in person.pattern.finditer(folded.text):
                add("name", match, person.label)
    emails = {p.email: p.label for p in people if p.email}
    # A number is the same written nationally or with its country code: +44 7700 900123
    # and 07700 900123 end in the same nine digits.
    phones = {p.phone[-9:]: p.label for p in people if len(p.phone) >= 9}
    for match in _EMAIL.finditer(folded.text):
        add("email", match, emails.get(match.group(), ""))
    for match in _PHONE.finditer(folded.text):
        add("phone", match, phones.get(re.sub(r"\D", "", match.group())[-9:], ""))
    return found


def _replace(text: str, matches: Iterable[_Match]) -> str:
    """``text`` with each match replaced by its placeholder; overlapping matches become one
    (the longest's kind: an e-mail address with a name in it is an e-mail)."""
    spans: list[list] = []
    for match in sorted(matches, key=lambda m: (m.start, -(m.end - m.start))):
        if spans and match.start < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], match.end)
            continue
        spans.append([match.start, match.end, match.kind])
    out, at = [], 0
    for start, end, kind in spans:
        out += [text[at:start], _(REPLACEMENT[kind])]
        at = end
    out.append(text[at:])
    return "".join(out)


def scan(notes: Iterable, participants: Sequence = ()) -> list[Finding]:
    """Registered names, e-mails and phone numbers of ``participants`` and any e-mail or
    phone number found in the notes' texts; each with the ids of the notes it is in."""
    people = _people(participants)
    found: dict[tuple[str, str], dict] = {}
    for note in notes:
        for match in _matches(note.text, people):
            written = note.text[match.start:match.end]
            entry = found.setdefault(match.key, {"kind": match.kind, "ids": [], "forms": [],
                                                 "owner": match.owner})
            if note.id not in entry["ids"]:
                entry["ids"].append(note.id)
            if written not in entry["forms"]:
                entry["forms"].append(written)
            entry["owner"] = entry["owner"] or match.owner
    findings = [Finding(e["kind"], e["forms"][0], tuple(e["ids"]), e["owner"], tuple(e["forms"]))
                for e in found.values()]
    return sorted(findings, key=lambda f: (KINDS.index(f.kind), fold(f.text)))


def redact(text: str, findings: Iterable[Finding]) -> str:
    """``text`` with every occurrence of the given findings, in any of the ways it can be
    written, replaced by a placeholder."""
    findings = list(findings)
    wanted = {f.key for f in findings}
    if not wanted or not text:
        return text
    people = [_Person("", name_pattern(form, parts=False), "", "")
              for f in findings if f.kind == "name" for form in (f.forms or (f.text,))]
    return _replace(text, [m for m in _matches(text, people) if m.key in wanted])


# --- the one rule every output follows ----------------------------------------------------


@dataclass(frozen=True)
class PrivacyRule:
    """What an output may carry of people's words.

    ``text()`` takes out every registered name, e-mail address and phone number (in any of
    the ways they are written) except the findings the facilitator chose to keep;
    ``may_quote()`` says whether a note may be quoted by its author's label.
    """

    participants: tuple = ()
    keep: frozenset = frozenset()  # finding keys kept on purpose
    keep_all: bool = False  # --keep-personal-data: the explicit choice to keep everything
    consent: dict = field(default_factory=dict)  # participant id -> may be quoted
    quote_tables: bool = False  # a table's notes may be quoted (the workshop says so)

    @classmethod
    def for_workshop(cls, workshop, redactions: Sequence[Finding] | None = None, *,
                     keep_personal_data: bool = False) -> PrivacyRule:
        """The rule for an export of ``workshop``. ``redactions``: the findings of
        :func:`scan` to take out (those the export dialog left ticked); any other finding of
        the notes is kept. None takes out everything - private by default."""
        participants = tuple(workshop.participants())
        keep: frozenset = frozenset()
        if redactions is not None and not keep_personal_data:
            offered = {f.key for f in scan(workshop.notes(), participants)}
            keep = frozenset(offered - {f.key for f in redactions})
        details = workshop.details()
        return cls(participants, keep, keep_personal_data,
                   {p.id: bool(p.consent_quote) for p in participants},
                   bool(getattr(details, "quote_tables", False)))

    @classmethod
    def for_room(cls, workshop=None) -> PrivacyRule:
        """What the room may see (projector, phones): everything personal taken out, with no
        choice to keep any of it."""
        if workshop is None:
            return cls()
        return cls(tuple(workshop.participants()))

    def __post_init__(self) -> None:
        object.__setattr__(self, "_people", _people(self.participants))

    def text(self, text: str | None) -> str:
        """``text`` as an output may carry it (cleaned for a document, see text.py)."""
        from facilitator.core.domain.text import clean_note_text

        text = text or ""
        if not self.keep_all:
            text = _replace(text, [m for m in _matches(text, self._people)
                                   if m.key not in self.keep])
        return clean_note_text(text).text

    def line(self, text: str | None) -> str:
        """A one-line field (a label, a title) as an output may carry it."""
        return " ".join(self.text(text).split())

    def may_quote(self, note) -> bool:
        """A participant who agreed to be quoted; a table only if tables may be quoted."""
        if note.participant_id is not None:
            return bool(self.consent.get(note.participant_id))
        return self.quote_tables

    def quotable(self, notes: Iterable) -> list:
        return [n for n in notes if self.may_quote(n)]

    def findings(self, notes: Iterable) -> list[Finding]:
        return scan(notes, self.participants)


def room_texts(workshop, texts: Iterable[str]) -> list[str]:
    """Texts shown to the room - the projector, a phone - with every name, e-mail and phone
    number taken out. The one call any screen the participants see makes."""
    rule = PrivacyRule.for_room(workshop)
    return [rule.text(t) for t in texts]
