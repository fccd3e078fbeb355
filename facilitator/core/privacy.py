"""Personal data in note texts: find it before an export, and take it out of the export.

Participants are known by pseudonymous labels; their real names, e-mails and phones stay in
the workshop file. But people say names aloud and note-takers write them down, so before an
export the notes are scanned for the registered real names, and for anything that looks like
an e-mail address or a phone number. The facilitator chooses, finding by finding, what to
redact; redaction changes the exported text only, never the stored note.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

KINDS = ("name", "email", "phone")
REPLACEMENT = {"name": "[name]", "email": "[e-mail]", "phone": "[phone]"}

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# 9 to 15 digits, optionally +country, spaces, dots, dashes or brackets between groups.
_PHONE = re.compile(r"(?<![\w+])\+?\(?\d(?:[\s().-]{0,2}\d){8,14}(?!\w)")


@dataclass(frozen=True)
class Finding:
    """One piece of personal data and the notes it appears in."""

    kind: str  # name, email or phone
    text: str  # as it appears (the first time)
    note_ids: tuple[int, ...]
    owner: str = ""  # the participant label, for a registered name, e-mail or phone

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.text.casefold())


def _name_pattern(name: str) -> re.Pattern | None:
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    if not words:
        return None
    # The full name, or any part of it of three letters or more, as whole words.
    parts = sorted({" ".join(words), *(w for w in words if len(w) >= 3)}, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in parts)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def scan(notes: Iterable, participants: Sequence = ()) -> list[Finding]:
    """Registered names, e-mails and phone numbers of ``participants`` and any e-mail or
    phone number found in the notes' texts; each with the ids of the notes it is in."""
    found: dict[tuple[str, str], dict] = {}

    def add(kind: str, text: str, note_id: int, owner: str = "") -> None:
        entry = found.setdefault((kind, text.casefold()),
                                 {"text": text, "ids": [], "owner": owner})
        if note_id not in entry["ids"]:
            entry["ids"].append(note_id)
        entry["owner"] = entry["owner"] or owner

    names = [(p.label, _name_pattern(p.real_name)) for p in participants if p.real_name.strip()]
    known = {}
    for p in participants:
        if p.email.strip():
            known[p.email.strip().casefold()] = p.label
        if p.phone.strip():
            known[_digits(p.phone)] = p.label
    for note in notes:
        text = note.text
        for label, pattern in names:
            if pattern is not None:
                for match in pattern.finditer(text):
                    add("name", match.group(), note.id, label)
        for match in _EMAIL.finditer(text):
            add("email", match.group(), note.id, known.get(match.group().casefold(), ""))
        for match in _PHONE.finditer(text):
            add("phone", match.group(), note.id, known.get(_digits(match.group()), ""))
    findings = [Finding(kind, entry["text"], tuple(entry["ids"]), entry["owner"])
                for (kind, _), entry in found.items()]
    return sorted(findings, key=lambda f: (KINDS.index(f.kind), f.text.casefold()))


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def redact(text: str, findings: Iterable[Finding]) -> str:
    """``text`` with every occurrence of the given findings replaced by a placeholder."""
    for finding in sorted(findings, key=lambda f: len(f.text), reverse=True):
        if finding.kind == "name":
            pattern = re.compile(rf"(?<!\w){_flexible(finding.text)}(?!\w)", re.IGNORECASE)
        else:
            pattern = re.compile(re.escape(finding.text), re.IGNORECASE)
        text = pattern.sub(REPLACEMENT[finding.kind], text)
    return text


def _flexible(text: str) -> str:
    return r"\s+".join(map(re.escape, text.split()))


def personal_values(participants: Sequence) -> list[str]:
    """Every registered real name, e-mail and phone: none may reach an anonymous export."""
    values = []
    for p in participants:
        values += [v.strip() for v in (p.real_name, p.email, p.phone) if v.strip()]
    return values
