"""Names for themes, in the notes' own words.

A theme is named by a short phrase (one to four words) that its notes use: "weekend
opening", "library card", "high speed internet". Candidates are runs of words within one
clause of a note, starting and ending with a meaningful word (stop words may sit inside:
"quality of care"), never a word of the workshop's own title, question or place. Each is
scored by how many of the theme's notes use it and how much more than the other notes do,
a phrase people repeat weighing more than a lone word; with sentence vectors, how close its
meaning is to the theme's notes counts as well. The name is the phrase as people wrote it
most often (never a stem), and no two themes share one. Key words are the theme's most
distinctive single words, as written.

A note typed twice counts once, and a number between two words ends a phrase ("Bus 42
stops at 7pm" holds no "bus stops"). Every note is read once for all the themes, and the
counts over all the notes are made once. A note's reading depends on its words and the
language only, so it is kept, as its sentence vectors are: read while notes are captured
(:func:`prepare`, from ``meaning.prepare``), a suggestion finds it ready.
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, pairwise

import numpy as np

from facilitator.core.analysis.language import ELISION, WORD, fold, stem, stop_words

MAX_WORDS = 4
KEYWORDS = 4
# A phrase of several words weighs this much more per extra word, when at least two notes
# use it: "opening hours" says more than "hours".
PHRASE_BONUS = 0.6
# A longer phrase is named instead of a word it holds when this share of the notes using the
# word use the phrase.
EXTEND_SHARE = 0.3
# A phrase holding a word of the workshop's title, question or place weighs this much.
CONTEXT_PENALTY = 0.5
# How much meaning counts beside frequency (0: not at all), with sentence vectors.
MEANING_WEIGHT = 0.5
CANDIDATES_BY_MEANING = 12
# The only small words a name may hold inside: "quality of care", "bus and train".
_JOINING = frozenset(["of", "and", "for", "in", "on", "at", "to", "with", "the", "a", "an", "&", "de", "des", "du", "la", "le", "les", "et", "pour", "en", "au", "aux"])
_OWN, _CONTEXT, _STOP = 0, 1, 2  # a meaningful word, one of the workshop's own, a stop word
# Where a phrase stops: a clause's end, or a number between words ("Bus 42 stops at 7pm"
# holds no phrase "bus stops").
_CLAUSE_BREAK = re.compile(r"[.,;:!?()\[\]{}\"“”/|–—\n\d]|\s-\s")


@lru_cache(maxsize=65536)
def _folded(word: str) -> str:
    return fold(word)


@dataclass(frozen=True)
class _Note:
    """A note's words, read once; shared by every suggestion that finds it kept, so never
    changed after it is made."""

    tokens: list[str]  # its meaningful stems in order, as grouping compares them
    keys: dict[tuple[str, ...], tuple[int, int]]  # each phrase: where it is first written
    written: list[str]  # the words as written

    def surface(self, key: tuple[str, ...]) -> str:
        start, end = self.keys[key]
        return " ".join(self.written[start:end])


def read_notes(texts: Sequence[str], language: str = "en",
               ignored: frozenset[str] = frozenset(),
               banned: frozenset[str] = frozenset()) -> list[_Note]:
    """Every note's words and candidate phrases, read once for grouping and naming. A
    phrase starts and ends with a meaningful word, and the workshop's own words are no more
    than the others ("weekend opening" when the question is about opening). ``banned``
    words (the place's) are in no phrase."""
    stops = stop_words(language)
    workshop = ignored | banned
    # The workshop's own words change only the notes that use them (a kept reading holds
    # every meaningful stem in ``tokens``): those are read again in this workshop's terms.
    return [note if workshop.isdisjoint(note.tokens)
            else _read(text, language, stops, ignored, banned)
            for text, note in zip(texts, _plain(texts, language), strict=True)]


# Readings kept, by text and language, oldest first: as many as sentence vectors are kept
# (about 3 kB a note, 60 MB when full). Derived from participants' words, they are dropped
# with the vectors when a workshop closes (:func:`forget`, from ``meaning.forget``).
KEPT = 20_000
_kept: OrderedDict[tuple[str, str], _Note] = OrderedDict()
_kept_lock = threading.Lock()  # the background preparation and a suggestion both use it
PREPARE_BATCH = 500  # notes read between checks that the preparation should go on


def prepare(texts: Sequence[str], language: str,
            progress: Callable[[int, int], None] | None = None) -> None:
    """Read and keep ``texts`` ahead of a suggestion. ``progress(done, total)`` is called
    after each batch; an exception it raises stops the work, keeping what was read."""
    texts = list(texts)
    for start in range(0, len(texts), PREPARE_BATCH):
        _plain(texts[start:start + PREPARE_BATCH], language)
        if progress is not None:
            progress(min(start + PREPARE_BATCH, len(texts)), len(texts))


def forget() -> None:
    """Drop every kept reading."""
    with _kept_lock:
        _kept.clear()


def _plain(texts: Sequence[str], language: str) -> list[_Note]:
    """Each text read with no workshop words, from what is kept or read now and kept."""
    with _kept_lock:
        found = {}
        for text in texts:
            note = _kept.get((text, language))
            if note is not None:
                _kept.move_to_end((text, language))
                found[text] = note
    todo = [text for text in dict.fromkeys(texts) if text not in found]  # forgotten in order
    if todo:
        stops = stop_words(language)
        read = {text: _read(text, language, stops, frozenset(), frozenset()) for text in todo}
        found.update(read)
        with _kept_lock:
            for text, note in read.items():
                _kept[(text, language)] = note
            while len(_kept) > KEPT:
                _kept.popitem(last=False)
    return [found[text] for text in texts]


def _read(text: str, language: str, stops: frozenset[str], ignored: frozenset[str],
          banned: frozenset[str]) -> _Note:
    text = ELISION.sub(" ", text)
    written: list[str] = []
    stems: list[str] = []
    kinds: list[int] = []
    tokens: list[str] = []
    breaks: list[int] = [0]  # where each clause starts
    previous_end = 0
    for match in WORD.finditer(text):
        if _CLAUSE_BREAK.search(text, previous_end, match.start()):
            breaks.append(len(written))
        previous_end = match.end()
        surface = match.group().strip(".-")
        folded = _folded(surface)
        if folded in stops:
            if folded not in _JOINING:  # "is", "are", "would": a phrase stops there
                breaks.append(len(written))
                continue
            kind, key = _STOP, "~" + folded
        elif len(folded) < 2 or (match.start() and text[match.start() - 1].isdigit()):
            # One letter, or a unit or ordinal glued to a number ("7pm", "3rd"): no word.
            breaks.append(len(written))
            continue
        else:
            key = stem(folded, language)
            if key in banned:
                breaks.append(len(written))
                continue
            kind = _CONTEXT if key in ignored else _OWN
            if kind == _OWN:
                tokens.append(key)
        written.append(surface)
        stems.append(key)
        kinds.append(kind)
    breaks.append(len(written))
    keys: dict[tuple[str, ...], tuple[int, int]] = {}
    add = keys.setdefault
    plain = _CONTEXT not in kinds  # most notes: every run from a word to a word is a phrase
    for clause_start, clause_end in pairwise(breaks):
        for start in range(clause_start, clause_end):
            if kinds[start] == _STOP:
                continue
            if plain:
                for end in range(start, min(start + MAX_WORDS, clause_end)):
                    if kinds[end] != _STOP:
                        add(tuple(stems[start:end + 1]), (start, end + 1))
                continue
            own = context = joining = 0
            for end in range(start, min(start + MAX_WORDS, clause_end)):
                own += kinds[end] == _OWN
                context += kinds[end] == _CONTEXT
                joining += kinds[end] == _STOP
                # The workshop's own words never outnumber the note's, and join its words
                # directly ("library card", not "Bowling Green the bus").
                if kinds[end] == _STOP or own == 0 or context > own or (context and joining):
                    continue
                add(tuple(stems[start:end + 1]), (start, end + 1))
    return _Note(tokens, keys, written)


# WordLlama's unit vectors of some texts (False: throw-away phrases, not kept), or None when
# it is not loaded: ``meaning.word_vectors`` for the workshop's language.
WordVectors = Callable[[Sequence[str], bool], "np.ndarray | None"]


@dataclass
class _Theme:
    """One group's counts and candidate names while the groups are named."""

    members: list[int]
    inside: Counter  # each phrase: how many of the group's voices use it
    scores: dict  # each candidate's score, worked out once
    repeated: list  # the candidates: phrases at least two voices use, else all
    ranked: list  # the candidates, best first
    written: dict  # each phrase as the group writes it (:func:`_as_written`), once


def describe_all(texts: Sequence[str], notes: list[_Note], groups: Sequence[Sequence[int]],
                 language: str = "en", *, ignored: frozenset[str] = frozenset(),
                 vectors: np.ndarray | None = None, taken: Sequence[str] = (),
                 word_vectors: WordVectors | None = None) -> list[tuple]:
    """(members, keywords, label, example) for each group of indexes into ``texts`` (read by
    :func:`read_notes`), the labels unique and none of ``taken``. With sentence
    ``vectors`` and ``word_vectors``, a name's meaning counts beside its frequency."""
    # A note typed twice (or pasted again) is one voice: it must not make its own words
    # the name of a theme it shares with other notes.
    voices = _voices(texts)
    # Counted over each note's phrases in C (chain), not a generator's loop: the same counts.
    everywhere = Counter(chain.from_iterable(notes[i].keys for i in voices))
    total = max(len(voices), 1)
    order = sorted(range(len(groups)), key=lambda g: (-len(groups[g]), tuple(groups[g])))
    themes: dict[int, _Theme] = {}
    for g in order:
        members = [int(i) for i in groups[g]]
        heard = [i for i in members if i in voices]
        inside = Counter(chain.from_iterable(notes[i].keys for i in heard))
        size = max(len(heard), 1)
        repeated = [k for k, c in inside.items() if c >= 2] or list(inside)
        scores = {}  # only the candidates': most phrases are used once
        for key in repeated:
            count = inside[key]
            share = count / size
            lift = share / (everywhere[key] / total)
            own = sum(1 for k in key if not k.startswith("~") and k not in ignored)
            bonus = 1 + PHRASE_BONUS * (own - 1) if count >= 2 else 1.0
            if own < sum(1 for k in key if not k.startswith("~")):
                bonus *= CONTEXT_PENALTY  # leans on the workshop's own words
            scores[key] = share * math.log(1 + lift) * bonus
        ranked = sorted(repeated, key=lambda k, scores=scores: (-scores[k], k))
        themes[g] = _Theme(members, inside, scores, repeated, ranked, {})
    if vectors is not None and word_vectors is not None:
        _by_meaning([themes[g] for g in order if themes[g].ranked], texts, notes, word_vectors)
    taken = {fold(" ".join(name.split())) for name in taken}
    taken_keys: set = set()  # "Vote" and "Voting" are one name
    results: list[tuple | None] = [None] * len(groups)
    for g in order:  # the largest theme chooses its name first
        theme = themes[g]
        members, scores = theme.members, theme.scores
        label, chosen = "", None
        for key in _with_extensions(theme.ranked, theme.inside, scores):
            name = _written(theme, key, notes)
            if fold(name) not in taken and key not in taken_keys:
                label, chosen = name, key
                break
        if not label:  # every phrase taken: the most representative note's start
            label = " ".join(texts[members[0]].split()[:MAX_WORDS]) if members else ""
        taken.add(fold(label))
        taken_keys.add(chosen)
        singles = sorted((k for k in theme.repeated if len(k) == 1 and k[0] not in ignored),
                         key=lambda k, scores=scores: (-scores[k], k))
        keywords = tuple(_written(theme, k, notes).lower() for k in singles[:KEYWORDS])
        example = _example(members, notes, theme.ranked[:1], vectors)
        results[g] = (tuple(members), keywords, label[:1].upper() + label[1:], example)
    return results


def _written(theme: _Theme, key: tuple[str, ...], notes: list[_Note]) -> str:
    """The phrase as the theme's notes write it, worked out once for the theme."""
    if key not in theme.written:
        theme.written[key] = _as_written(key, theme.members, notes)
    return theme.written[key]


def _voices(texts: Sequence[str]) -> frozenset[int]:
    """The first of each set of notes with the same words (case and spacing aside; not
    folding accents, which took a tenth of a second at 2,000 notes)."""
    first: dict[str, int] = {}
    for i, text in enumerate(texts):
        first.setdefault(" ".join(text.casefold().split()), i)
    return frozenset(first.values())


def _with_extensions(ranked, inside, scores):
    """Each candidate preceded by the best longer phrase holding it that enough of the
    theme's notes use ("library card" before "card", "online voting" before "voting")."""
    longer = [k for k in ranked if len(k) > 1]
    for key in ranked:
        words = set(key)
        extensions = [k for k in longer if k != key and words <= set(k)
                      and inside[k] >= max(2, EXTEND_SHARE * inside[key])]
        if extensions:
            yield max(extensions, key=lambda k: (scores[k], k))
        yield key


def _by_meaning(themes: list[_Theme], texts, notes, word_vectors: WordVectors) -> None:
    """Each theme's best candidates by frequency re-ranked, in place, with how close each
    phrase's meaning is to the theme's notes (word vectors of the phrases as written and of
    the notes). Every theme's phrases go in one call, and the notes' vectors are fetched
    once: a call costs more than a few phrases, and a vector depends on its text alone."""
    heads = [theme.ranked[:CANDIDATES_BY_MEANING] for theme in themes]
    phrases = [_written(theme, key, notes)
               for theme, head in zip(themes, heads, strict=True) for key in head]
    found = word_vectors(phrases, False) if phrases else None
    rows = word_vectors(texts, True) if phrases else None
    if found is None or rows is None:
        return
    start = 0
    for theme, head in zip(themes, heads, strict=True):
        phrase_rows = found[start:start + len(head)]
        start += len(head)
        centre = rows[theme.members].mean(axis=0)
        centre /= max(float(np.linalg.norm(centre)), 1e-12)
        closeness = phrase_rows @ centre
        frequency = np.array([theme.scores[key] for key in head])
        frequency = frequency / max(frequency.max(), 1e-12)
        combined = (1 - MEANING_WEIGHT) * frequency + MEANING_WEIGHT * np.clip(closeness, 0, 1)
        order = sorted(range(len(head)), key=lambda i: (-combined[i], head[i]))
        theme.ranked = [head[i] for i in order] + theme.ranked[CANDIDATES_BY_MEANING:]


def _as_written(key: tuple[str, ...], members: Sequence[int], notes: list[_Note]) -> str:
    """The way the theme's notes most often write a phrase; lower case unless every
    writing of it keeps capitals (a name, an acronym)."""
    forms = Counter(notes[i].surface(key) for i in members if key in notes[i].keys)
    if not forms:
        return " ".join(key)
    lowered = Counter()
    for form, count in forms.items():
        lowered[form.lower()] += count
    # As often written one way as another: the longer, the plural that names a topic
    # ("signs" beside "sign").
    best = max(sorted(lowered), key=lambda form: (lowered[form], len(form)))
    written = [form for form in forms if form.lower() == best]
    if any(form == best for form in written):
        return best
    # Capitals everywhere it is written: keep the commonest writing (STV, Arabic, GP).
    return max(sorted(written), key=forms.get)


def _example(members, notes, best, vectors) -> int:
    """The most representative note: one using the name, closest to the theme's centre."""
    if not members:
        return 0
    using = [i for i in members if best and best[0] in notes[i].keys] or list(members)
    if vectors is not None:
        rows = np.asarray(vectors[members], dtype=np.float64)
        centre = rows.mean(axis=0)
        close = {i: float(np.asarray(vectors[i], dtype=np.float64) @ centre) for i in using}
        return max(using, key=lambda i: (close[i], -i))
    counts = Counter(word for i in members for word in set(notes[i].tokens))

    def shared(i: int) -> float:
        words = set(notes[i].tokens)
        return sum(counts[w] for w in words) / math.sqrt(len(words) or 1)

    return max(using, key=lambda i: (shared(i), -i))
