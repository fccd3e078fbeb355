"""Voice balance: who has contributed, so a facilitator can notice a dominant group or a
silent one and act. It counts; it does not judge. Participants appear by label only."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

NO_GROUP = "no group"
LOUDEST_SHARE = 0.2  # "the loudest 20%" of the people who spoke


def one_group(group_notes: Mapping[str, int], min_notes: int = 2) -> str | None:
    """The one participant group a set of notes comes from, if it does, else None.

    Notes with no group (a table's, or a participant's whose group was not recorded) are of
    an unknown group: neither a group of their own nor silence. So the flag needs notes from
    exactly one known group, and most of the notes (over half) from known groups - a theme
    of 32 notes with one from a resident is not "only residents"."""
    known = {g: c for g, c in group_notes.items() if c and g and g != NO_GROUP}
    total = sum(group_notes.values())
    if total < min_notes or len(known) != 1:
        return None
    if 2 * sum(known.values()) <= total:
        return None
    return next(iter(known))


@dataclass(frozen=True)
class GroupVoice:
    group: str
    registered: int  # participants in the group
    speaking: int  # of them, how many wrote at least one note
    notes: int


@dataclass(frozen=True)
class Balance:
    notes: int
    groups: tuple[GroupVoice, ...]  # most notes first; silent groups last
    people: tuple[tuple[str, str, int], ...]  # (label, group, notes), most first
    loudest: int  # how many people make up the loudest 20% of those who spoke
    loudest_notes_share: float  # their share of the notes written by participants
    silent_groups: tuple[str, ...]  # registered but without a note
    silent_people: int
    table_notes: int  # notes written for a table, with no participant

    @property
    def participant_notes(self) -> int:
        return self.notes - self.table_notes


def note_counts(notes: Iterable) -> Counter:
    """How many notes each (participant, activity) has: all the balance needs of them,
    kept up to date note by note as notes come and go."""
    return Counter((n.participant_id, n.activity_id) for n in notes)


def counted_balance(counts: Mapping[tuple[int | None, int | None], int],
                    participants: Sequence, activity_id: int | None = None) -> Balance:
    """The balance from ``note_counts`` (of one activity when ``activity_id`` is given)."""
    group_of = {p.id: (p.group or NO_GROUP) for p in participants}
    by_person: Counter = Counter()
    table_notes = total = 0
    for (participant_id, activity), count in counts.items():
        if count <= 0 or (activity_id is not None and activity != activity_id):
            continue
        total += count
        if participant_id in group_of:
            by_person[participant_id] += count
        else:
            table_notes += count
    registered = Counter(group_of.values())
    speaking = Counter(group_of[pid] for pid in by_person)
    group_notes = Counter()
    for pid, count in by_person.items():
        group_notes[group_of[pid]] += count
    groups = sorted((GroupVoice(g, registered[g], speaking[g], group_notes[g])
                     for g in registered), key=lambda v: (-v.notes, v.group))
    people = sorted(((p.label, p.group or NO_GROUP, by_person.get(p.id, 0))
                     for p in participants), key=lambda row: (-row[2], row[0].casefold()))
    spoke = [count for _, _, count in people if count]
    loudest = math.ceil(LOUDEST_SHARE * len(spoke)) if spoke else 0
    written = sum(spoke)
    share = sum(spoke[:loudest]) / written if written else 0.0
    return Balance(total, tuple(groups), tuple(people), loudest, share,
                   tuple(v.group for v in groups if v.notes == 0 and v.group != NO_GROUP),
                   sum(1 for _, _, count in people if count == 0), table_notes)


def describe(balance: Balance) -> list[str]:
    """Plain sentences for the panel: what the counts show, without judging (in the
    language spoken)."""
    from facilitator.core.locale import _, ngettext, number, percent
    from facilitator.core.locale.terms import group_name

    if balance.notes == 0:
        return [_("No notes yet.")]
    lines = []
    if balance.loudest:
        lines.append(ngettext(
            "The {n} most active person (top 20% of those who wrote) wrote {share} of the "
            "notes by participants.",
            "The {n} most active people (top 20% of those who wrote) wrote {share} of the "
            "notes by participants.", balance.loudest).format(
                n=number(balance.loudest), share=percent(balance.loudest_notes_share)))
    if balance.silent_groups:
        lines.append(_("Registered but no notes yet: {groups}.").format(groups=", ".join(
            f"{group_name(v.group)} ({number(v.registered)})" for v in balance.groups
            if v.group in balance.silent_groups)))
    if balance.silent_people:
        lines.append(ngettext("{n} participant has no notes yet.",
                              "{n} participants have no notes yet.",
                              balance.silent_people).format(n=number(balance.silent_people)))
    if balance.table_notes:
        lines.append(ngettext("{n} note from tables, not from one participant.",
                              "{n} notes from tables, not from one participant.",
                              balance.table_notes).format(n=number(balance.table_notes)))
    return lines
