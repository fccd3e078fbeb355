"""Step 3, synthesise: themes, insights with their evidence, solutions and the graph's links.

`Synthesis` writes through its workshop's transactions and change log, like every other
operation. Each change to themes returns a `ThemeChange` (the themes, note placements and links
it touched, before and after), so any of them - a suggestion applied to 400 notes as much as a
rename - is undone and redone the same way, with the same ids.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from facilitator.core.errors import InputError, NoLongerThere, gone
from facilitator.core.locale import N_, _
from facilitator.core.storage.model import (
    Activity,
    Insight,
    Link,
    Note,
    Participant,
    Solution,
    Theme,
    Vote,
)
from facilitator.core.domain.steps import Step
from facilitator.core.domain.text import clean_field, clean_text

if TYPE_CHECKING:
    from facilitator.core.domain.workshop import NoteData, Workshop

LINK_KINDS = ("supports", "addresses", "contradicts", "relates")
NODE_KINDS = ("note", "theme", "insight", "solution")
SOLUTION_STATUSES = ("proposed", "agreed", "in progress", "done", "dropped")
INSIGHT_PREFIX = N_("We heard that ")  # translated where shown: the workshop's language


def theme_insight_start(label: str) -> str:
    """The start of an insight promoted from a theme, built from its name (a phrase of the
    notes): "We heard about weekend opening: " for the facilitator to complete."""
    phrase = " ".join(label.split())
    first = phrase.split(" ", 1)[0] if phrase else ""
    if first[1:2].islower() or len(first) == 1:  # not an acronym or a name in capitals
        phrase = phrase[:1].lower() + phrase[1:]
    return _("We heard about {phrase}: ").format(phrase=phrase) if phrase else _(INSIGHT_PREFIX)


# --- records -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ThemeData:
    id: int
    label: str
    keywords: tuple[str, ...] = ()
    pinned: bool = False
    origin: str = "manual"
    position: int = 0
    created_at: datetime | None = None
    note_ids: tuple[int, ...] = ()

    @property
    def size(self) -> int:
        return len(self.note_ids)


@dataclass(frozen=True)
class LinkData:
    kind: str
    source: tuple[str, int]
    target: tuple[str, int]


@dataclass(frozen=True)
class ThemeState:
    """Themes, where some notes sit, and the links of those themes, at one moment."""

    themes: tuple[ThemeData, ...] = ()
    placements: tuple[tuple[int, int | None, bool], ...] = ()  # note, theme, placed by hand
    links: tuple[LinkData, ...] = ()


@dataclass(frozen=True)
class ThemeChange:
    before: ThemeState
    after: ThemeState
    action: str = ""
    theme_ids: tuple[int, ...] = ()  # the themes this change made or kept, for selection


@dataclass(frozen=True)
class InsightData:
    id: int
    statement: str
    position: int = 0
    theme_ids: tuple[int, ...] = ()
    note_ids: tuple[int, ...] = ()  # notes chosen by hand as direct evidence
    links: tuple[LinkData, ...] = ()  # every link touching the insight, for undo


@dataclass(frozen=True)
class Evidence:
    """What supports an insight or sits in a theme: breadth, not only volume."""

    note_ids: tuple[int, ...]
    participants: int  # distinct participants (notes without an author are not counted)
    groups: tuple[tuple[str, int], ...]  # (group, notes) most first
    quotes: tuple[NoteData, ...]  # representative notes, distinct authors first

    @property
    def notes(self) -> int:
        return len(self.note_ids)


@dataclass(frozen=True)
class SolutionData:
    id: int
    title: str
    description: str = ""
    status: str = "proposed"
    insight_ids: tuple[int, ...] = ()
    links: tuple[LinkData, ...] = ()
    owner: str = ""
    next_step: str = ""
    due_date: str = ""
    status_note: str = ""
    impact: float | None = None
    effort: float | None = None
    votes: int = 0  # dots in total; who gave them is not shown


# --- suggestions (pure: computed off the GUI thread) -----------------------------------


@dataclass(frozen=True)
class SuggestionInput:
    """The notes to group, read from the store at one moment."""

    notes: tuple[tuple[int, str, int | None], ...]  # id, text, activity
    fixed: tuple[tuple[int, ...], ...]  # notes in kept themes or placed by hand, per theme
    kept_themes: int
    language: str
    activity_names: dict[int, str] = field(default_factory=dict)
    # The workshop's title, question and place (in that order): words every note may
    # share, no evidence that notes belong together.
    context: tuple[str, ...] = ()
    kept_labels: tuple[str, ...] = ()  # names taken by the themes kept


@dataclass(frozen=True)
class SuggestedTheme:
    label: str
    keywords: tuple[str, ...]
    note_ids: tuple[int, ...]
    example_note_id: int


@dataclass(frozen=True)
class ThemeSuggestion:
    themes: tuple[SuggestedTheme, ...]
    unsorted: tuple[int, ...]
    kept_themes: int  # pinned themes and themes that are evidence, left as they are
    kept_notes: int  # notes in those themes or placed by hand
    granularity: float = 0.0
    # How notes were compared: "words and meaning" (English, sentence vectors) or "words".
    representation: str = "words"

    @property
    def described_method(self) -> str:
        if self.representation == "words and meaning":
            return _("Grouped by shared words and by meaning.")
        return _("Grouped by shared words.")

    @property
    def note_count(self) -> int:
        return sum(len(t.note_ids) for t in self.themes) + len(self.unsorted)


def suggest(source: SuggestionInput, *, granularity: float = 0.0, per_activity: bool = False,
            progress: Callable[[int, int], bool] | None = None) -> ThemeSuggestion:
    """Group the notes into themes. Deterministic; raises ClusteringCancelled on cancel."""
    from facilitator.core.analysis import clustering  # numerical libraries load only when needed

    fixed_ids = {note_id for group in source.fixed for note_id in group}
    free = [(nid, text, act) for nid, text, act in source.notes if nid not in fixed_ids]
    if per_activity:
        batches: dict[int | None, list[tuple[int, str]]] = {}
        for nid, text, act in free:
            batches.setdefault(act, []).append((nid, text))
        ordered = sorted(batches.items(), key=lambda kv: (kv[0] is None, kv[0] or 0))
    else:
        ordered = [(None, [(nid, text) for nid, text, _ in free])]
    themes: list[SuggestedTheme] = []
    unsorted: list[int] = []
    representations: set[str] = set()
    for done, (activity, batch) in enumerate(ordered):
        step_progress = _scaled(progress, done, len(ordered))
        result = clustering.cluster_texts([text for _, text in batch], language=source.language,
                                          granularity=granularity, progress=step_progress,
                                          context=source.context[:2],
                                          place=source.context[2] if len(source.context) > 2
                                          else "",
                                          taken=[*source.kept_labels,
                                                 *(t.label for t in themes)])
        prefix = source.activity_names.get(activity, "") if per_activity and activity else ""
        for cluster in result.clusters:
            label = f"{prefix}: {cluster.label}" if prefix else cluster.label
            themes.append(SuggestedTheme(
                label=clean_field(label)[:300], keywords=cluster.keywords,
                note_ids=tuple(batch[i][0] for i in cluster.members),
                example_note_id=batch[cluster.example][0]))
        unsorted.extend(batch[i][0] for i in result.unsorted)
        if result.clusters:
            representations.add(result.representation)
    if progress is not None:
        progress(1, 1)
    themes.sort(key=lambda t: (-len(t.note_ids), t.note_ids))
    representation = ("words and meaning" if "words and meaning" in representations
                      else "words")
    return ThemeSuggestion(tuple(themes), tuple(sorted(unsorted)), source.kept_themes,
                           len(fixed_ids), granularity, representation)


def _scaled(progress: Callable[[int, int], bool] | None, part: int, parts: int):
    if progress is None:
        return None

    def report(done: int, total: int) -> bool:
        return progress(part * max(total, 1) + done, parts * max(total, 1))

    return report


# --- operations --------------------------------------------------------------------------


class Synthesis:
    """Themes, insights and solutions of one workshop."""

    def __init__(self, workshop: Workshop):
        self.workshop = workshop

    # reading

    def themes(self) -> list[ThemeData]:
        with self.workshop.store.sessions() as session:
            return _load_themes(session)

    def theme(self, theme_id: int) -> ThemeData:
        with self.workshop.store.sessions() as session:
            themes = _load_themes(session, [theme_id])
        if not themes:
            raise gone("theme")
        return themes[0]

    def unsorted_note_ids(self) -> list[int]:
        with self.workshop.store.sessions() as session:
            return list(session.scalars(
                select(Note.id).where(Note.theme_id.is_(None)).order_by(Note.id)))

    def insights(self) -> list[InsightData]:
        with self.workshop.store.sessions() as session:
            rows = session.scalars(select(Insight).order_by(Insight.position, Insight.id))
            return [_insight(session, row) for row in rows]

    def insight(self, insight_id: int) -> InsightData:
        with self.workshop.store.sessions() as session:
            return _insight(session, _get(session, Insight, insight_id, "insight"))

    def solutions(self) -> list[SolutionData]:
        with self.workshop.store.sessions() as session:
            rows = session.scalars(select(Solution).order_by(Solution.id))
            return [_solution(session, row) for row in rows]

    def links(self) -> list[LinkData]:
        with self.workshop.store.sessions() as session:
            rows = session.scalars(select(Link).order_by(Link.id))
            return [_link(row) for row in rows]

    def offers(self) -> dict[int, int]:
        """Each unsorted note with the theme it seems to belong to (a suggestion the
        facilitator may accept or ignore). A note captured since the newest theme was made
        is offered only a theme it is close to; a note the grouping left unsorted (it fits
        nowhere well) is offered its nearest theme, so one key places it."""
        from facilitator.core.analysis import clustering, meaning

        with self.workshop.store.sessions() as session:
            newest = session.scalar(select(func.max(Theme.created_at)))
            if newest is None:
                return {}
            waiting = session.execute(select(Note.id, Note.text, Note.created_at).where(
                Note.theme_id.is_(None)).order_by(Note.id)).all()
        if not waiting:
            return {}
        fresh = {nid for nid, _, made in waiting if _after(made, newest)}
        themes = self.themes()
        texts = {n.id: n.text for n in self.workshop.notes()}
        groups = [[texts[n] for n in t.note_ids] for t in themes]
        language = self.workshop.details().language
        new = [text for _, text, _ in waiting]
        # By meaning too when the notes' vectors are at hand (prepared from step 3 on); this
        # runs while the window waits, so it never loads a model or reads many notes.
        flat = [text for group in groups for text in group]
        ready = meaning.missing(flat, language) == 0 and meaning.missing(new, language) <= 20
        nearest = clustering.nearest_clusters(new, groups, language, use_meaning=ready,
                                              nearest_anyway=[nid not in fresh
                                                              for nid, _, _ in waiting])
        return {nid: themes[near[0]].id for (nid, _, _), near in zip(waiting, nearest,
                                                                     strict=True)
                if near is not None}

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
            kept = _kept_theme_ids(session)
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
        details = self.workshop.details()
        return SuggestionInput(tuple(notes), tuple(tuple(v) for v in fixed.values()),
                               len(kept), details.language, names,
                               (details.title, details.question, details.place), kept_labels)

    def apply_suggestion(self, suggestion: ThemeSuggestion) -> ThemeChange:
        """Replace the unkept themes of the suggested notes with the suggested themes."""
        note_ids = {n for t in suggestion.themes for n in t.note_ids} | set(suggestion.unsorted)

        def body(session: Session) -> set[int]:
            kept = _kept_theme_ids(session)
            movable = {nid for nid, theme_id, by_hand in session.execute(
                select(Note.id, Note.theme_id, Note.placed_by_hand).where(Note.id.in_(note_ids)))
                if not by_hand and theme_id not in kept}
            session.execute(update(Note).where(Note.id.in_(movable)).values(theme_id=None))
            position = _next_position(session, Theme)
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
            scope = set(session.scalars(select(Theme.id))) - _kept_theme_ids(session)
        return self._change("apply theme suggestion", scope, note_ids, body,
                            themes=len(suggestion.themes), unsorted=len(suggestion.unsorted))

    # editing themes by hand

    def create_theme(self, label: str, note_ids: Sequence[int] = ()) -> ThemeChange:
        label = _theme_label(label)

        def body(session: Session) -> set[int]:
            row = Theme(label=label, origin="manual", position=_next_position(session, Theme))
            session.add(row)
            session.flush()
            _place(session, note_ids, row.id)
            return {row.id}

        return self._change("create theme", self._themes_of(note_ids), note_ids, body,
                            label=label, notes=len(note_ids))

    def rename_theme(self, theme_id: int, label: str) -> ThemeChange:
        label = _theme_label(label)

        def body(session: Session) -> set[int]:
            _get(session, Theme, theme_id, "theme").label = label
            return set()

        return self._change("rename theme", {theme_id}, (), body, label=label)

    def set_pinned(self, theme_id: int, pinned: bool) -> ThemeChange:
        def body(session: Session) -> set[int]:
            _get(session, Theme, theme_id, "theme").pinned = bool(pinned)
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
                _get(session, Theme, theme_id, "theme")
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
            target = _get(session, Theme, keep, "theme")
            absorbed = [_get(session, Theme, other, "theme") for other in others]
            if label is not None:
                target.label = _theme_label(label)
            target.pinned = target.pinned or any(t.pinned for t in absorbed)
            session.execute(update(Note).where(Note.theme_id.in_(others)).values(theme_id=keep))
            for link in session.scalars(select(Link).where(_touching("theme", others))):
                _relink(session, link, ("theme", set(others)), ("theme", keep))
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
            source = _get(session, Theme, theme_id, "theme")
            inside = set(session.scalars(select(Note.id).where(Note.theme_id == theme_id)))
            if not note_ids or not set(note_ids) <= inside:
                raise InputError(_("Choose some of the theme's own notes to split off."))
            if set(note_ids) == inside:
                raise InputError(_("Leave at least one note in the theme; rename it instead."))
            row = Theme(label=label, origin="manual", pinned=source.pinned,
                        position=_next_position(session, Theme))
            session.add(row)
            session.flush()
            _place(session, note_ids, row.id)
            return {row.id}

        return self._change("split theme", {theme_id}, self._notes_in([theme_id]), body,
                            theme=theme_id, notes=len(note_ids))

    def delete_theme(self, theme_id: int) -> ThemeChange:
        """Dissolve a theme: its notes go back to Unsorted, its links go with it."""
        def body(session: Session) -> set[int]:
            row = _get(session, Theme, theme_id, "theme")
            session.execute(delete(Link).where(_touching("theme", [theme_id])))
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

    # insights

    def promote_theme(self, theme_id: int, statement: str = "") -> InsightData:
        theme = self.theme(theme_id)
        return self.add_insight(statement or theme_insight_start(theme.label).rstrip(": "),
                                theme_ids=[theme_id])

    def add_insight(self, statement: str, *, theme_ids: Sequence[int] = (),
                    note_ids: Sequence[int] = ()) -> InsightData:
        statement = _statement(statement)
        if not theme_ids and not note_ids:
            raise InputError(_("An insight needs evidence: choose a theme or some notes."))
        ws = self.workshop
        with ws._transaction() as session:
            for theme_id in theme_ids:
                _get(session, Theme, theme_id, "theme")
            for note_id in note_ids:
                _get(session, Note, note_id, "note")
            row = Insight(statement=statement, position=_next_position(session, Insight))
            session.add(row)
            session.flush()
            for theme_id in dict.fromkeys(theme_ids):
                _add_link(session, LinkData("supports", ("theme", theme_id), ("insight", row.id)))
            for note_id in dict.fromkeys(note_ids):
                _add_link(session, LinkData("supports", ("note", note_id), ("insight", row.id)))
            ws._log(session, "add insight", "insight", row.id, themes=list(theme_ids),
                    notes=len(note_ids))
            session.flush()
            data = _insight(session, row)
        self._notify("insight", "added", data.id)
        return data

    def update_insight(self, insight_id: int, statement: str) -> tuple[InsightData, InsightData]:
        statement = _statement(statement)
        ws = self.workshop
        with ws._transaction() as session:
            row = _get(session, Insight, insight_id, "insight")
            before = _insight(session, row)
            row.statement = statement
            ws._log(session, "edit insight", "insight", row.id)
            session.flush()
            after = _insight(session, row)
        self._notify("insight", "changed", insight_id)
        return before, after

    def delete_insight(self, insight_id: int) -> InsightData:
        return self._delete("insight", Insight, insight_id, _insight)

    def restore_insight(self, data: InsightData) -> InsightData:
        ws = self.workshop
        with ws._transaction() as session:
            session.add(Insight(id=data.id, statement=data.statement, position=data.position))
            session.flush()
            for link in data.links:
                if _ends_exist(session, link):
                    _add_link(session, link)
            ws._log(session, "restore insight", "insight", data.id)
            session.flush()
            restored = _insight(session, _get(session, Insight, data.id, "insight"))
        self._notify("insight", "added", data.id)
        return restored

    def evidence(self, insight_id: int | None = None, *, theme_id: int | None = None,
                 note_ids: Sequence[int] = (), quotes: int = 3,
                 consented_only: bool = False) -> Evidence:
        """The notes behind an insight (through its themes and its own notes) or a theme."""
        with self.workshop.store.sessions() as session:
            ids = set(note_ids)
            if insight_id is not None:
                insight = _insight(session, _get(session, Insight, insight_id, "insight"))
                ids |= set(insight.note_ids)
                theme_ids = list(insight.theme_ids)
            else:
                theme_ids = [theme_id] if theme_id is not None else []
            if theme_ids:
                ids |= set(session.scalars(select(Note.id).where(Note.theme_id.in_(theme_ids))))
            consent = {key: bool(ok) for key, ok in session.execute(
                select(Participant.id, Participant.consent_quote))}
        notes = [n for n in self.workshop.notes() if n.id in ids]
        return _evidence(notes, consent, quotes, consented_only,
                         self.workshop.details().language)

    # links between insights, themes and solutions

    def link(self, kind: str, source: tuple[str, int], target: tuple[str, int]) -> LinkData:
        data = LinkData(kind, (source[0], int(source[1])), (target[0], int(target[1])))
        _check_link(data)
        ws = self.workshop
        with ws._transaction() as session:
            if not _ends_exist(session, data):
                raise NoLongerThere(_("One end of that link no longer exists."))
            if _find_link(session, data) is not None:
                raise InputError(_("Those two are already linked that way."))
            _add_link(session, data)
            ws._log(session, "link", "link", None, kind=kind, ends=[*data.source, *data.target])
        self._notify("link", "added")
        return data

    def unlink(self, data: LinkData) -> LinkData:
        ws = self.workshop
        with ws._transaction() as session:
            row = _find_link(session, data)
            if row is None:
                raise gone("link")
            session.delete(row)
            ws._log(session, "unlink", "link", None, kind=data.kind,
                    ends=[*data.source, *data.target])
        self._notify("link", "deleted")
        return data

    # solutions (step 4)

    def add_solution(self, title: str, *, insight_ids: Sequence[int] = (),
                     description: str = "", override: bool = False) -> SolutionData:
        """A solution addressing ``insight_ids``; waits for step 3 unless ``override``."""
        from facilitator.core.domain.develop import check_step

        title = clean_field(title)
        if not title:
            raise InputError(_("A solution needs a title."))
        ws = self.workshop
        with ws._transaction() as session:
            check_step(ws, session, "solution", override)
            for insight_id in insight_ids:
                _get(session, Insight, insight_id, "insight")
            row = Solution(title=title[:500], description=clean_text(description).text.strip())
            session.add(row)
            session.flush()
            for insight_id in dict.fromkeys(insight_ids):
                _add_link(session, LinkData("addresses", ("solution", row.id),
                                            ("insight", insight_id)))
            ws._log(session, "add solution", "solution", row.id, insights=list(insight_ids))
            session.flush()
            data = _solution(session, row)
        self._notify("solution", "added", data.id)
        return data

    def delete_solution(self, solution_id: int) -> SolutionData:
        return self._delete("solution", Solution, solution_id, _solution)

    def _delete(self, kind: str, model, key: int, describe):
        """Delete an insight or solution with its links; returns what restoring needs."""
        ws = self.workshop
        with ws._transaction() as session:
            row = _get(session, model, key, kind)
            data = describe(session, row)
            session.execute(delete(Link).where(_touching(kind, [key])))
            session.delete(row)
            ws._log(session, f"delete {kind}", kind, key)
        self._notify(kind, "deleted", key)
        return data

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
        ws = self.workshop
        note_ids = set(note_ids)
        with ws._transaction() as session:
            # Every theme that loses its last note is dropped, so look at all of them.
            themes = set(theme_ids) | set(session.scalars(select(Theme.id).where(
                Theme.id.in_(select(Note.theme_id).where(Note.id.in_(note_ids))))))
            notes = note_ids | set(session.scalars(
                select(Note.id).where(Note.theme_id.in_(themes))))
            before = _capture(session, themes, notes)
            created = body(session)
            session.flush()
            emptied = {t.id for t in before.themes if t.note_ids} - created
            _drop_empty_themes(session, emptied - _kept_theme_ids(session))
            after = _capture(session, themes | created, notes)
            ws._log(session, action, "theme", next(iter(sorted(themes | created)), None),
                    **detail)
        self._notify("theme", "changed")
        kept = tuple(t.id for t in after.themes)
        return ThemeChange(before, after, action, kept)

    def _put(self, current: ThemeState, target: ThemeState, action: str) -> None:
        ws = self.workshop
        with ws._transaction() as session:
            ids = {t.id for t in current.themes} | {t.id for t in target.themes}
            if ids:
                session.execute(delete(Link).where(_touching("theme", ids)))
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
                if _ends_exist(session, link) and _find_link(session, link) is None:
                    _add_link(session, link)
            ws._log(session, action, "theme", None, themes=sorted(ids))
        self._notify("theme", "changed")

    def _notify(self, kind: str, action: str, *ids: int) -> None:
        from facilitator.core.domain.workshop import Change

        self.workshop._notify(Change(kind, action, tuple(ids)))


# --- helpers -----------------------------------------------------------------------------


def _after(moment: datetime, other: datetime) -> bool:
    """Compare times that SQLite may hand back without their (UTC) zone."""
    return moment.replace(tzinfo=None) > other.replace(tzinfo=None)


def near_duplicate_pairs(notes: Sequence[NoteData], language: str = "en") -> dict[int, int]:
    """Each note that nearly repeats an earlier one, mapped to that earlier note."""
    from facilitator.core.analysis import clustering

    found: dict[int, int] = {}
    for group in clustering.near_duplicates([n.text for n in notes], language=language):
        first, *rest = sorted(group)
        for index in rest:
            found[notes[index].id] = notes[first].id
    return found


def _get(session: Session, model, key: int, what: str):
    row = session.get(model, key)
    if row is None:
        raise gone(what)
    return row


def _theme_label(label: str) -> str:
    label = clean_field(label)
    if not label:
        raise InputError(_("A theme needs a name."))
    return label[:300]


def _statement(statement: str) -> str:
    text = clean_text(statement).text.strip()
    if not text:
        raise InputError(_("An insight needs a statement, e.g. 'We heard that…'."))
    return text


def _next_position(session: Session, model) -> int:
    return (session.scalar(select(func.max(model.position))) or 0) + 1


def _kept_theme_ids(session: Session) -> set[int]:
    """Themes a suggestion leaves alone: pinned ones, and those linked to anything."""
    pinned = set(session.scalars(select(Theme.id).where(Theme.pinned.is_(True))))
    linked = set(session.scalars(select(Link.source_id).where(Link.source_kind == "theme")))
    linked |= set(session.scalars(select(Link.target_id).where(Link.target_kind == "theme")))
    return pinned | linked


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


def _touching(kind: str, ids: Iterable[int]):
    ids = list(ids)
    return or_((Link.source_kind == kind) & Link.source_id.in_(ids),
               (Link.target_kind == kind) & Link.target_id.in_(ids))


def _relink(session: Session, row: Link, old: tuple[str, set[int]], new: tuple[str, int]):
    source = (row.source_kind, row.source_id)
    target = (row.target_kind, row.target_id)
    if source[0] == old[0] and source[1] in old[1]:
        source = new
    if target[0] == old[0] and target[1] in old[1]:
        target = new
    moved = LinkData(row.kind, source, target)
    session.delete(row)
    session.flush()
    if source != target and _find_link(session, moved) is None:
        _add_link(session, moved)


def _capture(session: Session, theme_ids: set[int], note_ids: set[int]) -> ThemeState:
    themes = _load_themes(session, theme_ids) if theme_ids else []
    placements = tuple(session.execute(
        select(Note.id, Note.theme_id, Note.placed_by_hand)
        .where(Note.id.in_(note_ids)).order_by(Note.id))) if note_ids else ()
    links = tuple(_link(row) for row in session.scalars(
        select(Link).where(_touching("theme", theme_ids)).order_by(Link.id))) if theme_ids else ()
    return ThemeState(tuple(themes), tuple((n, t, bool(h)) for n, t, h in placements), links)


def _load_themes(session: Session, ids: Iterable[int] | None = None) -> list[ThemeData]:
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


def _link(row: Link) -> LinkData:
    return LinkData(row.kind, (row.source_kind, row.source_id), (row.target_kind, row.target_id))


def _check_link(link: LinkData) -> None:
    if link.kind not in LINK_KINDS:
        raise InputError(_("Unknown kind of link: {0}.").format(link.kind))
    for end in (link.source, link.target):
        if end[0] not in NODE_KINDS:
            raise InputError(_("Cannot link a {0}.").format(end[0]))
    if link.source == link.target:
        raise InputError(_("A thing cannot be linked to itself."))
    if link.kind == "supports" and (link.source[0] not in ("note", "theme")
                                    or link.target[0] != "insight"):
        raise InputError(_("Only notes and themes can support an insight."))
    if link.kind == "addresses" and (link.source[0], link.target[0]) != ("solution", "insight"):
        raise InputError(_("Only a solution can address an insight."))


_MODELS = {"note": Note, "theme": Theme, "insight": Insight, "solution": Solution}


def _ends_exist(session: Session, link: LinkData) -> bool:
    return all(session.get(_MODELS[kind], key) is not None
               for kind, key in (link.source, link.target))


def _find_link(session: Session, link: LinkData) -> Link | None:
    return session.scalar(select(Link).where(
        Link.kind == link.kind, Link.source_kind == link.source[0],
        Link.source_id == link.source[1], Link.target_kind == link.target[0],
        Link.target_id == link.target[1]))


def _add_link(session: Session, link: LinkData) -> None:
    session.add(Link(kind=link.kind, source_kind=link.source[0], source_id=link.source[1],
                     target_kind=link.target[0], target_id=link.target[1]))


def _links_of(session: Session, kind: str, key: int) -> tuple[LinkData, ...]:
    rows = session.scalars(select(Link).where(_touching(kind, [key])).order_by(Link.id))
    return tuple(_link(row) for row in rows)


def _insight(session: Session, row: Insight) -> InsightData:
    links = _links_of(session, "insight", row.id)
    evidence = [link.source for link in links
                if link.kind == "supports" and link.target == ("insight", row.id)]
    return InsightData(row.id, row.statement, row.position,
                       tuple(key for kind, key in evidence if kind == "theme"),
                       tuple(key for kind, key in evidence if kind == "note"), links)


def _solution(session: Session, row: Solution) -> SolutionData:
    links = _links_of(session, "solution", row.id)
    insights = tuple(link.target[1] for link in links
                     if link.kind == "addresses" and link.target[0] == "insight")
    votes = session.scalar(select(func.coalesce(func.sum(Vote.dots), 0))
                           .where(Vote.solution_id == row.id))
    return SolutionData(row.id, row.title, row.description, row.status, insights, links,
                        row.owner or "", row.next_step or "", row.due_date or "",
                        row.status_note or "", row.impact, row.effort, int(votes or 0))


def _evidence(notes: list[NoteData], consent: dict[int, bool], count: int,
              consented_only: bool, language: str) -> Evidence:
    people = {n.participant_id for n in notes if n.participant_id is not None}
    groups = Counter(n.group or "no group" for n in notes)
    candidates = [n for n in notes
                  if not consented_only or (n.participant_id and consent.get(n.participant_id))]
    return Evidence(tuple(n.id for n in notes), len(people),
                    tuple(sorted(groups.items(), key=lambda kv: (-kv[1], kv[0]))),
                    tuple(representative_quotes(candidates, count, language)))


def representative_quotes(notes: Sequence[NoteData], count: int,
                          language: str = "en") -> list[NoteData]:
    """Notes that best speak for the group, one per author before any author twice."""
    if not notes or count <= 0:
        return []
    ranked = _rank_by_centrality([n.text for n in notes], language)
    chosen: list[NoteData] = []
    authors: set[str] = set()
    for index in ranked:
        note = notes[index]
        author = note.author or f"note {note.id}"
        if author not in authors:
            chosen.append(note)
            authors.add(author)
        if len(chosen) == count:
            return chosen
    rest = [notes[i] for i in ranked if notes[i] not in chosen]
    return chosen + rest[: count - len(chosen)]


def _rank_by_centrality(texts: Sequence[str], language: str) -> list[int]:
    """Indexes of the texts, the one sharing most of the group's weighted words first.

    Medium-length texts win ties: a one-word note rarely speaks for a group.
    """
    from facilitator.core.analysis.language import tokenize

    bags = [Counter(tokenize(text, language)) for text in texts]
    df = Counter(word for bag in bags for word in bag)
    n = len(texts)
    weights = {word: math.log((1 + n) / (1 + count)) + 1 for word, count in df.items()}
    centroid = Counter()
    for bag in bags:
        for word, tf in bag.items():
            centroid[word] += tf * weights[word]

    def score(index: int) -> tuple[float, int, int]:
        bag = bags[index]
        dot = sum(tf * weights[w] * centroid[w] for w, tf in bag.items())
        norm = math.sqrt(sum((tf * weights[w]) ** 2 for w, tf in bag.items())) or 1.0
        return (-dot / norm, abs(len(texts[index]) - 90), index)

    return sorted(range(n), key=score)


__all__ = [
    "Evidence", "INSIGHT_PREFIX", "InsightData", "LINK_KINDS", "LinkData", "SOLUTION_STATUSES",
    "SolutionData", "SuggestedTheme", "SuggestionInput", "Synthesis", "ThemeChange",
    "ThemeData", "ThemeState", "ThemeSuggestion", "near_duplicate_pairs",
    "representative_quotes", "suggest", "theme_insight_start",
]
