"""The sign-up sheet: participants imported from a CSV file, all rows or none.

Columns (a header row names them; only ``label`` is required): label, group, role, quote
(yes/no: may be quoted by label in briefs), real_name, email, phone. Every row is checked
first, and every bad row is named by its line; nothing is stored unless all are good.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from facilitator.core.documents.csv_import import read_table
from facilitator.core.errors import ImportFailed
from facilitator.core.locale import _
from facilitator.core.domain.terms import CITIZEN_ROLES
from facilitator.core.domain.text import clean_field

COLUMNS = ("label", "group", "role", "quote", "real_name", "email", "phone")
YES = {"yes", "y", "true", "1", "oui", "x", "✓"}
NO = {"no", "n", "false", "0", "non", ""}
MAX_PROBLEMS = 20  # named in one message; more are counted


@dataclass(frozen=True)
class PersonRow:
    line: int
    label: str
    group: str = ""
    role: str = ""
    consent_quote: bool = False
    real_name: str = ""
    email: str = ""
    phone: str = ""


def read_people_csv(path: Path) -> list[PersonRow]:
    """The sign-up sheet's rows, each checked; ImportFailed lists every bad line."""
    path = Path(path)
    people: list[PersonRow] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for line, value in read_table(path, COLUMNS, required="label"):
        label = clean_field(value.get("label", ""))
        quote = value.get("quote", "").strip().casefold()
        role = clean_field(value.get("role", "")).casefold()
        wrong = []
        if not label:
            wrong.append("the label is empty (a pseudonym such as 'R1' is needed)")
        elif label.casefold() in seen:
            wrong.append(f"the label '{label}' is already on line {seen[label.casefold()]}")
        if quote not in YES | NO:
            wrong.append(f"quote must be yes or no, not '{value['quote'].strip()}'")
        if role and role not in CITIZEN_ROLES:
            wrong.append(f"the role '{role}' is not one of {', '.join(CITIZEN_ROLES)}")
        if wrong:
            problems.append(f"line {line}: {'; '.join(wrong)}")
            continue
        seen[label.casefold()] = line
        people.append(PersonRow(line, label, clean_field(value.get("group", "")), role,
                                quote in YES, clean_field(value.get("real_name", "")),
                                clean_field(value.get("email", "")),
                                clean_field(value.get("phone", ""))))
    if problems:
        raise ImportFailed(problem_message(path.name, problems))
    if not people:
        raise ImportFailed(_("'{name}' has a header but no participants.").format(name=path.name))
    return people


def problem_message(name: str, problems: list[str]) -> str:
    shown = problems[:MAX_PROBLEMS]
    more = len(problems) - len(shown)
    return (f"Nothing was imported from '{name}': "
            + "; ".join(shown) + (f"; and {more} more lines." if more else "."))
