"""Suggesting themes for a workshop's notes: the clustering (`clustering`) run over the
notes a suggestion may regroup, per activity if asked, with progress and cancel, and the
notes that nearly repeat one another. Pure: no store, computed off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from facilitator.core.domain.text import clean_field
from facilitator.core.locale import _

if TYPE_CHECKING:
    from facilitator.core.domain.records import NoteData


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


def near_duplicate_pairs(notes: Sequence[NoteData], language: str = "en") -> dict[int, int]:
    """Each note that nearly repeats an earlier one, mapped to that earlier note."""
    from facilitator.core.analysis import clustering

    found: dict[int, int] = {}
    for group in clustering.near_duplicates([n.text for n in notes], language=language):
        first, *rest = sorted(group)
        for index in rest:
            found[notes[index].id] = notes[first].id
    return found


def offered_themes(new: Sequence[str], groups: Sequence[Sequence[str]], language: str,
                   nearest_anyway: Sequence[bool]) -> list[int | None]:
    """For each new text, the index of the group (theme) it seems to belong to, or None: a
    text may be offered only a group it is close to, unless ``nearest_anyway`` (the
    grouping left it out: it fits nowhere well, so its nearest is offered). By meaning too
    when the texts' vectors are at hand (prepared from step 3 on): this runs while the
    window waits, so it never loads a model."""
    from facilitator.core.analysis import clustering, meaning

    flat = [text for group in groups for text in group]
    ready = meaning.missing(flat, language) == 0 and meaning.missing(new, language) <= 20
    nearest = clustering.nearest_clusters(list(new), [list(g) for g in groups], language,
                                          use_meaning=ready,
                                          nearest_anyway=list(nearest_anyway))
    return [near[0] if near is not None else None for near in nearest]


__all__ = ["SuggestedTheme", "SuggestionInput", "ThemeSuggestion", "near_duplicate_pairs",
           "offered_themes", "suggest"]
