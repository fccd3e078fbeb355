"""Quotes that speak for a group of notes: the notes sharing most of the group's weighted
words, one per author before any author twice (for the evidence of an insight and the
brief's appendix)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from facilitator.core.domain.records import NoteData


def representative_quotes(notes: Sequence[NoteData], count: int,
                          language: str = "en") -> list[NoteData]:
    """Notes that best speak for the group, one per author before any author twice."""
    if not notes or count <= 0:
        return []
    ranked = rank_by_centrality([n.text for n in notes], language)
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


def rank_by_centrality(texts: Sequence[str], language: str) -> list[int]:
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


__all__ = ["rank_by_centrality", "representative_quotes"]
