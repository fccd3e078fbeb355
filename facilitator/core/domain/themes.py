"""Themes: notes grouped by hand or by a suggestion, named, pinned, merged, split.

Each change to themes returns a `ThemeChange` (the themes, note placements and links it
touched, before and after) and publishes it as a `ThemesChanged` record, so any of them - a
suggestion applied to 400 notes as much as a rename - is shown, undone and redone the same
way, with the same ids.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from facilitator.core.analysis.suggestion import (
    SuggestionInput,
    ThemeSuggestion,
    offered_themes,
)
from facilitator.core.domain.changes import ThemesChanged
from facilitator.core.domain.links import (
    add_link,
    ends_exist,
    find_link,
    link_of,
    relink,
    touching,
)
from facilitator.core.domain.records import NoteData, ThemeChange, ThemeData, ThemeState
from facilitator.core.domain.rows import details_of, details_row, get
from facilitator.core.domain.steps import Step
from facilitator.core.domain.text import clean_field
from facilitator.core.domain.unit_of_work import Writer
from facilitator.core.errors import InputError, gone
from facilitator.core.locale import _
from facilitator.core.storage.model import Activity, Link, Note, Theme


class Themes:
    """The themes of one workshop, written through its units of work."""

    def __init__(self, workshop: Writer):
        self.workshop = workshop

    # reading

    def themes(self) -> list[ThemeData]:
        with self.workshop.store.sessions() as session:
            return load_themes(session)

    def theme(self, theme_id: int) -> ThemeData:
        with self.workshop.store.sessions() as session:
            themes = load_themes(session, [theme_id])
        if not themes:
            raise gone("theme")
        return themes[0]

    def unsorted_note_ids(self) -> list[int]:
        with self.workshop.store.sessions() as session:
            return list(session.scalars(
                select(Note.id).where(Note.theme_id.is_(None)).order_by(Note.id)))

    def offers(self) -> dict[int, int]:
        """Each unsorted note with the theme it seems to belong to: see `offers_among`."""
        with self.workshop.store.sessions() as session:
            if session.scalar(select(func.max(Theme.created_at))) is None:
                return {}
            waiting = session.execute(select(Note.id, Note.text, Note.created_at).where(
                Note.theme_id.is_(None)).order_by(Note.id)).all()
            if not waiting:
                return {}
            themes = load_themes(session)
            texts = dict(session.execute(select(Note.id, Note.text).where(
                Note.theme_id.is_not(None))).all())
            language = details_row(session).language
        return _offers(waiting, themes, texts, language)

    # suggesting themes

    def suggestion_input(self, *, activity_ids: Iterable[int] | None = None,
                         steps: Iterable[Step | int] | None = None) -> SuggestionInput:
        """The notes a suggestion would regroup, optionally only some activities or steps.

        Pinned themes, themes that are evidence for an insight or linked otherwise, and notes
        placed by hand are kept as they are.
        """
        wanted_activities = set(activity_ids) if activity_ids is not None else None
        wanted_steps = {int(s) for s in steps} if steps is not None else None
        with self.workshop.store.sessions() as session:
            kept = kept_theme_ids(session)
            rows = session.execute(select(Note.id, Note.text, Note.activity_id, Note.step,
                                          Note.theme_id, Note.placed_by_hand).order_by(Note.id))
            notes, fixed = [], {}
            for nid, text, activity, step, theme_id, by_hand in rows:
                if theme_id in kept or by_hand:
                    fixed.setdefault(theme_id, []).append(nid)
                    continue
                if wanted_activities is not None and activity not in wanted_activities:
                    continue
                if wanted_steps is not None and step not in wanted_steps:
                    continue
                notes.append((nid, text, activity))
            names = {key: name for key, name in session.execute(select(Activity.id, Activity.name))}
            staying = kept | {theme_id for theme_id in fixed if theme_id is not None}
            kept_labels = tuple(session.scalars(select(Theme.label).where(
                Theme.id.in_(staying))))
            details = details_of(details_row(session))
        return SuggestionInput(tuple(notes), tuple(tuple(v) for v in fixed.values()),
                               len(kept), details.language, names,
                               (details.title, details.question, details.place), kept_labels)

    def apply_suggestion(self, suggestion: ThemeSuggestion) -> ThemeChange:
        """Replace the unkept themes of the suggested notes with the suggested themes."""
        note_ids = {n for t in suggestion.themes for n in t.note_ids} | set(suggestion.unsorted)

        def body(session: Session) -> set[int]:
            kept = kept_theme_ids(session)
            movable = {nid for nid, theme_id, by_hand in session.execute(
                select(Note.id, Note.theme_id, Note.placed_by_hand).where(Note.id.in_(note_ids)))
                if not by_hand and theme_id not in kept}
            session.execute(update(Note).where(Note.id.in_(movable)).values(theme_id=None))
            position = _next_position(session)
            created = set()
            for suggested in suggestion.themes:
                members = [n for n in suggested.note_ids if n in movable]
                if not members:
                    continue
                row = Theme(label=suggested.label, keywords=" ".join(suggested.keywords),
                            origin="suggested", position=position)
                position += 1
                session.add(row)
                session.flush()
                created.add(row.id)
                session.execute(update(Note).where(Note.id.in_(members))
                                .values(theme_id=row.id))
            return created

        with self.workshop.store.sessions() as session:
            scope = set(session.scalars(select(Theme.id))) - kept_theme_ids(session)
        return self._change("apply theme suggestion", scope, note_ids, body,
                            themes=len(suggestion.themes), unsorted=len(suggestion.unsorted))

    # editing themes by hand

    def create_theme(self, label: str, note_ids: Sequence[int] = ()) -> ThemeChange:
        label = _theme_label(label)

        def body(session: Session) -> set[int]:
            row = Theme(label=label, origin="manual", position=_next_position(session))
            session.add(row)
            session.flush()
            _place(session, note_ids, row.id)
            return {row.id}

        return self._change("create theme", self._themes_of(note_ids), note_ids, body,
                            label=label, notes=len(note_ids))

    def rename_theme(self, theme_id: int, label: str) -> ThemeChange:
        label = _theme_label(label)

        def body(session: Session) -> set[int]:
            get(session, Theme, theme_id, "theme").label = label
            return set()

        return self._change("rename theme", {theme_id}, (), body, label=label)

    def set_pinned(self, theme_id: int, pinned: bool) -> ThemeChange:
        def body(session: Session) -> set[int]:
            get(session, Theme, theme_id, "theme").pinned = bool(pinned)
            return set()

        return self._change("pin theme" if pinned else "unpin theme", {theme_id}, (), body)

    def stack_moves(self, pairs: Iterable[tuple[int, int]]) -> dict[int, tuple[int, ...]]:
        """Where to move notes so each sits with its near-duplicate, by theme: a note goes
        to the theme of the note it repeats, or, when that one is unsorted, the repeated note
        joins the first's theme. Raises InputError saying why when nothing needs to move."""
        pairs = [(a, b) for a, b in pairs if a != b]
        ids = {n for pair in pairs for n in pair}
        with self.workshop.store.sessions() as session:
            placed = dict(session.execute(select(Note.id, Note.theme_id).where(
                Note.id.in_(ids))).all())
        moves: dict[int, list[int]] = {}
        for note, repeated in pairs:
            if note not in placed or repeated not in placed:
                continue
            here, there = placed[note], placed[repeated]
            if there is not None and here != there:
                moves.setdefault(there, []).append(note)
            elif there is None and here is not None:
                moves.setdefault(here, []).append(repeated)
        if moves:
            return {theme: tuple(dict.fromkeys(notes)) for theme, notes in moves.items()}
        if any(placed.get(a) is None and placed.get(b) is None for a, b in pairs):
            raise InputError(_("Neither note is in a theme yet: put one of them in a theme, "
                               "then stack the other on it."))
        raise InputError(_("These notes already sit with their near-duplicates."))

    def move_notes(self, note_ids: Sequence[int], theme_id: int | None) -> ThemeChange:
        """Put notes in a theme (or back in Unsorted) by hand; a suggestion won't move them."""
        note_ids = tuple(dict.fromkeys(note_ids))
        if not note_ids:
            raise InputError(_("Choose the notes to move first."))

        def body(session: Session) -> set[int]:
            if theme_id is not None:
                get(session, Theme, theme_id, "theme")
            _place(session, note_ids, theme_id)
            return set()

        scope = self._themes_of(note_ids) | ({theme_id} if theme_id is not None else set())
        return self._change("move notes to theme", scope, note_ids, body, theme=theme_id,
                            notes=len(note_ids))

    def merge_themes(self, theme_ids: Sequence[int], label: str | None = None) -> ThemeChange:
        """Fold several themes into the first; their notes and links go with them."""
        theme_ids = tuple(dict.fromkeys(theme_ids))
        if len(theme_ids) < 2:
            raise InputError(_("Choose at least two themes to merge."))
        keep, others = theme_ids[0], theme_ids[1:]

        def body(session: Session) -> set[int]:
            target = get(session, Theme, keep, "theme")
            absorbed = [get(session, Theme, other, "theme") for other in others]
            if label is not None:
                target.label = _theme_label(label)
            target.pinned = target.pinned or any(t.pinned for t in absorbed)
            session.execute(update(Note).where(Note.theme_id.in_(others)).values(theme_id=keep))
            for link in session.scalars(select(Link).where(touching("theme", others))):
                relink(session, link, ("theme", set(others)), ("theme", keep))
            for row in absorbed:
                session.delete(row)
            return set()

        return self._change("merge themes", set(theme_ids), self._notes_in(theme_ids), body,
                            themes=list(theme_ids))

    def split_theme(self, theme_id: int, note_ids: Sequence[int], label: str) -> ThemeChange:
        """Take some notes out of a theme into a new theme of their own."""
        label = _theme_label(label)
        note_ids = tuple(dict.fromkeys(note_ids))

        def body(session: Session) -> set[int]:
            source = get(session, Theme, theme_id, "theme")
            inside = set(session.scalars(select(Note.id).where(Note.theme_id == theme_id)))
            if not note_ids or not set(note_ids) <= inside:
                raise InputError(_("Choose some of the theme's own notes to split off."))
            if set(note_ids) == inside:
                raise InputError(_("Leave at least one note in the theme; rename it instead."))
            row = Theme(label=label, origin="manual", pinned=source.pinned,
                        position=_next_position(session))
            session.add(row)
            session.flush()
            _place(session, note_ids, row.id)
            return {row.id}

        return self._change("split theme", {theme_id}, self._notes_in([theme_id]), body,
                            theme=theme_id, notes=len(note_ids))

    def delete_theme(self, theme_id: int) -> ThemeChange:
        """Dissolve a theme: its notes go back to Unsorted, its links go with it."""
        def body(session: Session) -> set[int]:
            row = get(session, Theme, theme_id, "theme")
            session.execute(delete(Link).where(touching("theme", [theme_id])))
            session.execute(update(Note).where(Note.theme_id == theme_id)
                            .values(theme_id=None, placed_by_hand=False))
            session.delete(row)
            return set()

        return self._change("delete theme", {theme_id}, self._notes_in([theme_id]), body)

    def revert(self, change: ThemeChange) -> None:
        """Put the themes back as they were before `change` (undo)."""
        self._put(change.after, change.before, f"undo {change.action}")

    def reapply(self, change: ThemeChange) -> None:
        """Make `change` again after a revert (redo), with the same ids."""
        self._put(change.before, change.after, f"redo {change.action}")

    # machinery

    def _themes_of(self, note_ids: Iterable[int]) -> set[int]:
        ids = list(note_ids)
        with self.workshop.store.sessions() as session:
            return set(session.scalars(select(Note.theme_id).where(
                Note.id.in_(ids), Note.theme_id.is_not(None)))) if ids else set()

    def _notes_in(self, theme_ids: Iterable[int]) -> tuple[int, ...]:
        ids = list(theme_ids)
        with self.workshop.store.sessions() as session:
            return tuple(session.scalars(select(Note.id).where(Note.theme_id.in_(ids))))

    def _change(self, action: str, theme_ids: set[int], note_ids: Iterable[int],
                body: Callable[[Session], set[int]], **detail) -> ThemeChange:
        note_ids = set(note_ids)
        with self.workshop.unit_of_work() as uow:
            session = uow.session
            # Every theme that loses its last note is dropped, so look at all of them.
            themes = set(theme_ids) | set(session.scalars(select(Theme.id).where(
                Theme.id.in_(select(Note.theme_id).where(Note.id.in_(note_ids))))))
            notes = note_ids | set(session.scalars(
                select(Note.id).where(Note.theme_id.in_(themes))))
            before = _capture(session, themes, notes)
            created = body(session)
            session.flush()
            emptied = {t.id for t in before.themes if t.note_ids} - created
            _drop_empty_themes(session, emptied - kept_theme_ids(session))
            after = _capture(session, themes | created, notes)
            uow.log(action, "theme", next(iter(sorted(themes | created)), None), **detail)
            change = ThemeChange(before, after, action, tuple(t.id for t in after.themes))
            uow.record(ThemesChanged(change))
        return change

    def _put(self, current: ThemeState, target: ThemeState, action: str) -> None:
        with self.workshop.unit_of_work() as uow:
            session = uow.session
            ids = {t.id for t in current.themes} | {t.id for t in target.themes}
            if ids:
                session.execute(delete(Link).where(touching("theme", ids)))
            wanted = {t.id: t for t in target.themes}
            for theme_id in ids - set(wanted):
                row = session.get(Theme, theme_id)
                if row is not None:
                    session.execute(update(Note).where(Note.theme_id == theme_id)
                                    .values(theme_id=None))
                    session.delete(row)
            session.flush()
            for data in target.themes:
                row = session.get(Theme, data.id)
                if row is None:
                    row = Theme(id=data.id)
                    session.add(row)
                row.label, row.keywords = data.label, " ".join(data.keywords)
                row.pinned, row.origin, row.position = data.pinned, data.origin, data.position
                if data.created_at is not None:
                    row.created_at = data.created_at
            session.flush()
            present = set(session.scalars(select(Note.id).where(
                Note.id.in_([p[0] for p in target.placements]))))
            for note_id, theme_id, by_hand in target.placements:
                if note_id in present:
                    session.execute(update(Note).where(Note.id == note_id)
                                    .values(theme_id=theme_id, placed_by_hand=by_hand))
            for link in target.links:
                if ends_exist(session, link) and find_link(session, link) is None:
                    add_link(session, link)
            uow.log(action, "theme", None, themes=sorted(ids))
            session.flush()
            notes = {p[0] for p in current.placements} | {p[0] for p in target.placements}
            now = _capture(session, set(wanted), notes)
            uow.record(ThemesChanged(ThemeChange(current, now, action,
                                                 tuple(t.id for t in now.themes))))


# --- reading themes ------------------------------------------------------------------------


def load_themes(session: Session, ids: Iterable[int] | None = None) -> list[ThemeData]:
    """Themes in their order, each with its notes (all themes when ``ids`` is None)."""
    query = select(Theme).order_by(Theme.position, Theme.id)
    if ids is not None:
        query = query.where(Theme.id.in_(list(ids)))
    rows = list(session.scalars(query))
    members: dict[int, list[int]] = {row.id: [] for row in rows}
    if rows:
        for nid, theme_id in session.execute(
                select(Note.id, Note.theme_id).where(Note.theme_id.in_(list(members)))
                .order_by(Note.id)):
            members[theme_id].append(nid)
    return [ThemeData(row.id, row.label, tuple(row.keywords.split()) if row.keywords else (),
                      bool(row.pinned), row.origin, row.position, row.created_at,
                      tuple(members[row.id])) for row in rows]


def kept_theme_ids(session: Session) -> set[int]:
    """Themes a suggestion leaves alone: pinned ones, and those linked to anything."""
    pinned = set(session.scalars(select(Theme.id).where(Theme.pinned.is_(True))))
    linked = set(session.scalars(select(Link.source_id).where(Link.source_kind == "theme")))
    linked |= set(session.scalars(select(Link.target_id).where(Link.target_kind == "theme")))
    return pinned | linked


# --- helpers -------------------------------------------------------------------------------


def offers_among(notes: Sequence[NoteData], themes: Sequence[ThemeData],
                 language: str) -> dict[int, int]:
    """Each unsorted note among ``notes`` with the theme it seems to belong to (a suggestion
    the facilitator may accept or ignore), from what a window already holds: no store is
    read, so it may run on a thread of its own. A note captured since the newest theme was
    made is offered only a theme it is close to; a note the grouping left unsorted (it fits
    nowhere well) is offered its nearest theme, so one key places it."""
    waiting = [(n.id, n.text, n.created_at) for n in notes if n.theme_id is None]
    if not waiting or not any(t.created_at is not None for t in themes):
        return {}
    texts = {n.id: n.text for n in notes if n.theme_id is not None}
    return _offers(waiting, themes, texts, language)


def _offers(waiting: Sequence[tuple[int, str, datetime]], themes: Sequence[ThemeData],
            texts: dict[int, str], language: str) -> dict[int, int]:
    """``waiting``: the unsorted notes' ids, texts and times; ``texts``: the themed notes'."""
    newest = max(t.created_at for t in themes if t.created_at is not None)
    groups = [[texts[n] for n in t.note_ids if n in texts] for t in themes]
    offered = offered_themes([text for _, text, _ in waiting], groups, language,
                             [not _after(made, newest) for _, _, made in waiting])
    return {nid: themes[near].id for (nid, _, _), near in zip(waiting, offered, strict=True)
            if near is not None}


def _after(moment: datetime, other: datetime) -> bool:
    """Compare times that SQLite may hand back without their (UTC) zone."""
    return moment.replace(tzinfo=None) > other.replace(tzinfo=None)


def _theme_label(label: str) -> str:
    label = clean_field(label)
    if not label:
        raise InputError(_("A theme needs a name."))
    return label[:300]


def _next_position(session: Session) -> int:
    return (session.scalar(select(func.max(Theme.position))) or 0) + 1


def _place(session: Session, note_ids: Iterable[int], theme_id: int | None) -> None:
    ids = list(note_ids)
    found = set(session.scalars(select(Note.id).where(Note.id.in_(ids))))
    if len(found) != len(set(ids)):
        raise InputError(_("Some of those notes no longer exist."))
    session.execute(update(Note).where(Note.id.in_(ids))
                    .values(theme_id=theme_id, placed_by_hand=True))


def _drop_empty_themes(session: Session, candidates: set[int]) -> None:
    """A theme that an operation emptied disappears (the caller spares pinned or linked ones)."""
    if not candidates:
        return
    used = set(session.scalars(select(Note.theme_id).where(Note.theme_id.in_(candidates))))
    for theme_id in candidates - used:
        row = session.get(Theme, theme_id)
        if row is not None:
            session.delete(row)


def _capture(session: Session, theme_ids: set[int], note_ids: set[int]) -> ThemeState:
    themes = load_themes(session, theme_ids) if theme_ids else []
    placements = tuple(session.execute(
        select(Note.id, Note.theme_id, Note.placed_by_hand)
        .where(Note.id.in_(note_ids)).order_by(Note.id))) if note_ids else ()
    links = tuple(link_of(row) for row in session.scalars(
        select(Link).where(touching("theme", theme_ids)).order_by(Link.id))) if theme_ids else ()
    return ThemeState(tuple(themes), tuple((n, t, bool(h)) for n, t, h in placements), links)


__all__ = ["ThemeChange", "ThemeData", "ThemeState", "Themes", "kept_theme_ids", "load_themes",
           "offers_among"]
