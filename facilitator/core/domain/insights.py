"""Insights and the links of the insight graph: what the room's notes say, the themes and
notes that are their evidence, and how insights, themes and solutions relate."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from facilitator.core.analysis.quotes import representative_quotes
from facilitator.core.domain.changes import (
    InsightAdded,
    InsightChanged,
    InsightDeleted,
    LinkAdded,
    LinkDeleted,
)
from facilitator.core.domain.links import (
    add_link,
    check_link,
    ends_exist,
    find_link,
    link_of,
    links_of,
    touching,
)
from facilitator.core.domain.records import Evidence, InsightData, LinkData, NoteData
from facilitator.core.domain.rows import details_row, get, load_notes
from facilitator.core.domain.text import clean_text
from facilitator.core.domain.themes import load_themes
from facilitator.core.domain.unit_of_work import Writer
from facilitator.core.errors import InputError, NoLongerThere, gone
from facilitator.core.locale import N_, _
from facilitator.core.storage.model import Insight, Link, Note, Participant, Theme

INSIGHT_PREFIX = N_("We heard that ")  # translated where shown: the workshop's language


def theme_insight_start(label: str) -> str:
    """The start of an insight promoted from a theme, built from its name (a phrase of the
    notes): "We heard about weekend opening: " for the facilitator to complete."""
    phrase = " ".join(label.split())
    first = phrase.split(" ", 1)[0] if phrase else ""
    if first[1:2].islower() or len(first) == 1:  # not an acronym or a name in capitals
        phrase = phrase[:1].lower() + phrase[1:]
    return _("We heard about {phrase}: ").format(phrase=phrase) if phrase else _(INSIGHT_PREFIX)


class Insights:
    """The insights and links of one workshop, written through its units of work."""

    def __init__(self, workshop: Writer):
        self.workshop = workshop

    # reading

    def insights(self) -> list[InsightData]:
        with self.workshop.store.sessions() as session:
            rows = list(session.scalars(select(Insight).order_by(Insight.position, Insight.id)))
            # The links of all of them in one read, not one read per insight.
            links: dict[int, list[LinkData]] = {row.id: [] for row in rows}
            if rows:
                for link in session.scalars(select(Link).where(touching("insight", list(links)))
                                            .order_by(Link.id)):
                    for kind, key in {(link.source_kind, link.source_id),
                                      (link.target_kind, link.target_id)}:
                        if kind == "insight" and key in links:
                            links[key].append(link_of(link))
            return [insight_from(row, tuple(links[row.id])) for row in rows]

    def insight(self, insight_id: int) -> InsightData:
        with self.workshop.store.sessions() as session:
            return insight_of(session, get(session, Insight, insight_id, "insight"))

    def links(self) -> list[LinkData]:
        with self.workshop.store.sessions() as session:
            rows = session.scalars(select(Link).order_by(Link.id))
            return [link_of(row) for row in rows]

    def evidence(self, insight_id: int | None = None, *, theme_id: int | None = None,
                 note_ids: Sequence[int] = (), quotes: int = 3,
                 consented_only: bool = False) -> Evidence:
        """The notes behind an insight (through its themes and its own notes) or a theme."""
        with self.workshop.store.sessions() as session:
            ids = set(note_ids)
            if insight_id is not None:
                insight = insight_of(session, get(session, Insight, insight_id, "insight"))
                ids |= set(insight.note_ids)
                theme_ids = list(insight.theme_ids)
            else:
                theme_ids = [theme_id] if theme_id is not None else []
            if theme_ids:
                ids |= set(session.scalars(select(Note.id).where(Note.theme_id.in_(theme_ids))))
            consent = {key: bool(ok) for key, ok in session.execute(
                select(Participant.id, Participant.consent_quote))}
            notes = load_notes(session, sorted(ids))
            language = details_row(session).language
        return _evidence(notes, consent, quotes, consented_only, language)

    # insights

    def promote_theme(self, theme_id: int, statement: str = "") -> InsightData:
        with self.workshop.store.sessions() as session:
            themes = load_themes(session, [theme_id])
        if not themes:
            raise gone("theme")
        return self.add_insight(statement or theme_insight_start(themes[0].label).rstrip(": "),
                                theme_ids=[theme_id])

    def add_insight(self, statement: str, *, theme_ids: Sequence[int] = (),
                    note_ids: Sequence[int] = ()) -> InsightData:
        statement = _statement(statement)
        if not theme_ids and not note_ids:
            raise InputError(_("An insight needs evidence: choose a theme or some notes."))
        with self.workshop.unit_of_work() as uow:
            session = uow.session
            for theme_id in theme_ids:
                get(session, Theme, theme_id, "theme")
            for note_id in note_ids:
                get(session, Note, note_id, "note")
            position = (session.scalar(select(func.max(Insight.position))) or 0) + 1
            row = Insight(statement=statement, position=position)
            session.add(row)
            session.flush()
            for theme_id in dict.fromkeys(theme_ids):
                add_link(session, LinkData("supports", ("theme", theme_id), ("insight", row.id)))
            for note_id in dict.fromkeys(note_ids):
                add_link(session, LinkData("supports", ("note", note_id), ("insight", row.id)))
            uow.log("add insight", "insight", row.id, themes=list(theme_ids),
                    notes=len(note_ids))
            session.flush()
            data = insight_of(session, row)
            uow.record(InsightAdded(data))
        return data

    def update_insight(self, insight_id: int, statement: str) -> tuple[InsightData, InsightData]:
        statement = _statement(statement)
        with self.workshop.unit_of_work() as uow:
            session = uow.session
            row = get(session, Insight, insight_id, "insight")
            before = insight_of(session, row)
            row.statement = statement
            uow.log("edit insight", "insight", row.id)
            session.flush()
            after = insight_of(session, row)
            uow.record(InsightChanged(before, after))
        return before, after

    def delete_insight(self, insight_id: int) -> InsightData:
        with self.workshop.unit_of_work() as uow:
            session = uow.session
            row = get(session, Insight, insight_id, "insight")
            data = insight_of(session, row)
            session.execute(delete(Link).where(touching("insight", [insight_id])))
            session.delete(row)
            uow.log("delete insight", "insight", insight_id)
            uow.record(InsightDeleted(data))
        return data

    def restore_insight(self, data: InsightData) -> InsightData:
        with self.workshop.unit_of_work() as uow:
            session = uow.session
            session.add(Insight(id=data.id, statement=data.statement, position=data.position))
            session.flush()
            for link in data.links:
                if ends_exist(session, link):
                    add_link(session, link)
            uow.log("restore insight", "insight", data.id)
            session.flush()
            restored = insight_of(session, get(session, Insight, data.id, "insight"))
            uow.record(InsightAdded(restored))
        return restored

    # links between insights, themes and solutions

    def link(self, kind: str, source: tuple[str, int], target: tuple[str, int]) -> LinkData:
        data = LinkData(kind, (source[0], int(source[1])), (target[0], int(target[1])))
        check_link(data)
        with self.workshop.unit_of_work() as uow:
            session = uow.session
            if not ends_exist(session, data):
                raise NoLongerThere(_("One end of that link no longer exists."))
            if find_link(session, data) is not None:
                raise InputError(_("Those two are already linked that way."))
            add_link(session, data)
            uow.log("link", "link", None, kind=kind, ends=[*data.source, *data.target])
            uow.record(LinkAdded(data))
        return data

    def unlink(self, data: LinkData) -> LinkData:
        with self.workshop.unit_of_work() as uow:
            session = uow.session
            row = find_link(session, data)
            if row is None:
                raise gone("link")
            session.delete(row)
            uow.log("unlink", "link", None, kind=data.kind, ends=[*data.source, *data.target])
            uow.record(LinkDeleted(data))
        return data


def insight_of(session: Session, row: Insight) -> InsightData:
    return insight_from(row, links_of(session, "insight", row.id))


def insight_from(row: Insight, links: tuple[LinkData, ...]) -> InsightData:
    """An insight with its links (in link order), read already."""
    evidence = [link.source for link in links
                if link.kind == "supports" and link.target == ("insight", row.id)]
    return InsightData(row.id, row.statement, row.position,
                       tuple(key for kind, key in evidence if kind == "theme"),
                       tuple(key for kind, key in evidence if kind == "note"), links)


def evidence_among(insights: Sequence[InsightData], notes: Sequence[NoteData]
                   ) -> dict[int, Evidence]:
    """Each insight's evidence (its themes' notes and its own, as `Insights.evidence`
    counts them) among ``notes`` - every note, as a window holds them - without quotes:
    no store is read, so a window reloading its insights need not read each one's notes
    again."""
    by_theme: dict[int, list[NoteData]] = {}
    by_id: dict[int, NoteData] = {}
    for note in notes:
        by_id[note.id] = note
        if note.theme_id is not None:
            by_theme.setdefault(note.theme_id, []).append(note)
    found = {}
    for insight in insights:
        chosen = {n.id: n for theme in insight.theme_ids for n in by_theme.get(theme, ())}
        chosen.update((key, by_id[key]) for key in insight.note_ids if key in by_id)
        # No quotes are chosen, so no consent or language is needed.
        found[insight.id] = _evidence([chosen[key] for key in sorted(chosen)], {}, 0, False,
                                      "en")
    return found


def _statement(statement: str) -> str:
    text = clean_text(statement).text.strip()
    if not text:
        raise InputError(_("An insight needs a statement, e.g. 'We heard that…'."))
    return text


def _evidence(notes: list[NoteData], consent: dict[int, bool], count: int,
              consented_only: bool, language: str) -> Evidence:
    people = {n.participant_id for n in notes if n.participant_id is not None}
    groups = Counter(n.group or "no group" for n in notes)
    candidates = [n for n in notes
                  if not consented_only or (n.participant_id and consent.get(n.participant_id))]
    return Evidence(tuple(n.id for n in notes), len(people),
                    tuple(sorted(groups.items(), key=lambda kv: (-kv[1], kv[0]))),
                    tuple(representative_quotes(candidates, count, language)))


__all__ = [
    "INSIGHT_PREFIX",
    "Evidence",
    "InsightData",
    "Insights",
    "LinkData",
    "evidence_among",
    "insight_from",
    "insight_of",
    "theme_insight_start",
]
