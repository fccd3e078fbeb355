"""Group short texts (sticky notes) into themes without being told how many there are.

The method, chosen by measuring it on labelled short-text sets (``bench/clustering.py``):

1. **The notes' neighbour graph.** For English, each note is linked to its nearest notes by
   meaning (sentence vectors, ``facilitator.core.analysis.meaning``), each link weighted by the
   neighbours the two share. The Louvain communities of that graph are the themes, so the
   notes decide how many: a topic is a set of notes linked among themselves more than to
   the rest. A theme needs a few notes (a size in notes, not a share) that are more alike
   than notes drawn at random. The *granularity* splits communities finer or joins the
   closest, so "more themes" never gives fewer.
2. **Placing.** Notes move to the nearest theme centre in a space of words (TF-IDF) and
   meaning until nothing changes, so a note at a community's edge that uses another's
   words joins it. A theme that holds two topics of one kind, which the meaning joined
   ("SharePoint" and "Drupal" questions), is split when each half has a word of its own
   and each is more clearly its own than the whole was; the notes are placed again.
3. **Not placed.** A note with no topical word, or far from the rest of its theme, stays
   unsorted rather than being forced into a vague theme.
4. **Names** in the notes' own words (``facilitator.core.analysis.theme_names``).

The workshop's title, question and place are no evidence that notes belong together: their
words and their meaning are taken out first. French, or a machine without the sentence
models, uses words alone: topics are communities of words used together more than chance
(normalised PMI), refined in a TF-IDF + SVD space.

Everything is deterministic for the same texts and settings. numpy, scipy and scikit-learn
are imported here only, so the app starts without them loaded.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import networkx as nx
import numpy as np
from scipy import sparse
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from facilitator.core.analysis import meaning, theme_names
from facilitator.core.analysis.language import tokenize

SEED = 7
# A note closer than this (cosine, in the smoothed space) to no theme centre stays unsorted.
FIT_THRESHOLD = 0.2
# A new note is offered to a theme only above this similarity to the theme's notes; with
# sentence vectors, the share they take and the bar (bench: as few wrong offers, more made).
OFFER_THRESHOLD = 0.12
OFFER_MEANING_SHARE = 0.65
OFFER_THRESHOLD_WITH_MEANING = 0.2
OFFER_MEANING_MIN_THEMES = 4
# Two notes whose words overlap this much (cosine of their word weights) are near-duplicates.
DUPLICATE_THRESHOLD = 0.8
WORD_NEIGHBOURS = 15
MAX_DIMENSIONS = 100
# Grouping by meaning: each note's neighbours (NEIGHBOUR_SCALE × √notes; MAX_NEIGHBOURS,
# reached at 22,000 notes, only bounds the memory beyond what a workshop holds), and how
# close to its theme's centre a note must be to be placed.
NEIGHBOUR_SCALE, MIN_NEIGHBOURS, MAX_NEIGHBOURS, NEIGHBOUR_CHUNK = 0.67, 4, 100, 1000
NEIGHBOUR_GROUP = 16  # columns a group holds when the nearest are looked for (_nearest)
SHARED_CHUNK = 100  # notes whose shared neighbours are counted at a time (_neighbour_graph)
# A neighbour is close when at least this similar, relative to the note's nearest.
CLOSE = 1 / 3
PLACE_THRESHOLD = 0.05
COHERENCE, COHERENCE_SAMPLE = 2.5, 1000
# A theme holds two topics the meaning joined when each half has a word of its own: used by
# at least OWN_WORD of its notes and at most OTHER_WORD of the other half's (chosen on
# bench/clustering.py's unreported seeds 4-7: "sharepoint" and "drupal" in 74-93 % of
# their halves and 0-1 % of the other, the best false split's words in 44 % or less).
OWN_WORD, OTHER_WORD = 0.5, 0.05
SMALL_WORKSHOP = 30


class ClusteringCancelled(Exception):
    """The caller asked to stop."""


@dataclass(frozen=True)
class Cluster:
    members: tuple[int, ...]  # indexes into the texts given
    keywords: tuple[str, ...]
    label: str
    example: int  # index of the most representative text


@dataclass(frozen=True)
class Clustering:
    clusters: tuple[Cluster, ...]
    unsorted: tuple[int, ...]
    # "words and meaning" when sentence vectors took part, "words" otherwise.
    representation: str = "words"


Progress = Callable[[int, int], bool] | None
STAGES = 100  # reported as a percentage; reading the notes' meaning is the longest part
MEANING_FROM, MEANING_TO = 5, 85


def _report(progress: Progress, done: int) -> None:
    if progress is not None and progress(done, STAGES) is False:
        raise ClusteringCancelled()


def resolution(granularity: float) -> float:
    """Louvain resolution for a granularity in -1 (fewer themes) .. 1 (more themes)."""
    granularity = max(-1.0, min(1.0, float(granularity)))
    return 3.0 * 2 ** (1.5 * granularity)


def cluster_texts(texts: Sequence[str], language: str = "en", granularity: float = 0.0,
                  progress: Progress = None, *, use_meaning: bool = True,
                  context: Sequence[str] = (), place: str = "",
                  taken: Sequence[str] = ()) -> Clustering:
    """Themes for ``texts``; texts that fit none are returned as unsorted. ``use_meaning``
    False compares words alone, as for a language without sentence vectors. ``context``: the
    workshop's title and question, and ``place``: words every note may share, which are no
    evidence that notes belong together (a name may hold a title's word joined to the
    note's own, "library card", never the place's). ``taken``: names of themes kept, which
    a new theme must not repeat."""
    n = len(texts)
    _report(progress, 0)
    context = (*context, place)
    ignored = context_words(context, language)
    banned = context_words((place,), language)
    notes = theme_names.read_notes(texts, language, ignored, banned)  # read once, both uses
    tokens = [note.tokens for note in notes]
    topical = np.array([bool(words) for words in tokens])
    if n < 3 or topical.sum() < 3:
        return Clustering((), tuple(range(n)))
    min_size = min_theme_size(n)

    def reading(done: int, total: int) -> None:
        _report(progress, MEANING_FROM + (MEANING_TO - MEANING_FROM) * done // max(total, 1))

    sentences = (meaning.meaning_space(texts, language, reading, context=context)
                 if use_meaning else None)
    _report(progress, MEANING_TO)
    space, representation = _smoothed_space(tokens, sentences)
    if sentences is not None and space is not None:
        labels = _meaning_themes(sentences[0], topical, granularity, min_size)
        labels = _place(space, labels, topical, min_size)
        split = _split_two_topics(space, labels, min_size)
        if split is not labels:
            labels = _place(space, split, topical, min_size)
    else:
        labels = _word_themes(tokens, space, granularity, min_size)
    _report(progress, 90)
    groups = [np.flatnonzero(labels == c) for c in sorted(set(labels[labels >= 0].tolist()))]
    clusters = theme_names.describe_all(
        texts, notes, groups, language, ignored=ignored,
        vectors=sentences[0] if sentences else None, taken=taken,
        word_vectors=lambda some, keep: meaning.word_vectors(some, language, keep=keep))
    clusters = tuple(Cluster(*c) for c in clusters)
    clusters = tuple(sorted(clusters, key=lambda c: (-len(c.members), c.members)))
    _report(progress, STAGES)
    return Clustering(clusters, tuple(int(i) for i in np.flatnonzero(labels < 0)),
                      representation)


def min_theme_size(n: int) -> int:
    """Notes a theme needs: a pair at a small table (bus and buses), three from 30 notes on,
    whatever the workshop's size – a small real topic is still a theme among 10,000 notes."""
    return 2 if n < SMALL_WORKSHOP else 3


def context_words(context: Sequence[str], language: str = "en") -> frozenset[str]:
    """The stems of the workshop's own words (title, question, place)."""
    return frozenset(word for text in context if text for word in tokenize(text, language))


# --- grouping by meaning: communities of the notes' neighbour graph ----------------------


def neighbours(count: int) -> int:
    """Neighbours each note is linked to: more as the workshop grows, so that a topic is
    told by many notes, not split by the few nearest (chosen on bench/clustering.py's
    unreported seeds: 4 at a table, 15 at 500 notes, 30 at 2,000, 67 at 10,000).

    The growth goes on with the notes: a count held fixed while the notes grow (it stopped
    at 40 from 3,600 notes) leaves each note's neighbourhood a smaller share of its topic,
    and the communities of such a graph split a topic into ever more pieces – the 12,340
    search snippets (8 topics) made 36 themes, 19 with the count still growing. Below
    3,600 notes nothing changed."""
    return int(min(MAX_NEIGHBOURS, max(MIN_NEIGHBOURS, round(NEIGHBOUR_SCALE * math.sqrt(count)))))


def _meaning_themes(vectors: np.ndarray, topical: np.ndarray, granularity: float,
                    min_size: int) -> np.ndarray:
    """Themes as the Louvain communities of the shared-neighbour graph of the notes'
    sentence vectors: the number of themes is the number of communities, which the notes
    decide. "More themes" splits communities, "fewer" joins the closest, so the slider is
    monotone."""
    index = np.flatnonzero(topical)
    rows = normalize(np.asarray(vectors[index], dtype=np.float32))  # float32: half the time
    labels = np.full(len(topical), -1)
    if len(index) < 2 * min_size:
        return labels
    graph = _neighbour_graph(rows, neighbours(len(index)))
    found = _communities(graph, 1.0)
    granularity = max(-1.0, min(1.0, float(granularity)))
    if granularity > 0:
        finer = _communities(graph, resolution(granularity))
        found = _within(found, finer, rows, min_size)
    found = _drop_small(found, min_size)
    found = _drop_incoherent(rows, found)
    if granularity < 0:
        count = len(set(found[found >= 0].tolist()))
        found = _join_closest(rows, found, max(1, math.ceil(count * 2 ** (1.5 * granularity))))
    labels[index] = found
    return labels


def _neighbour_graph(rows: np.ndarray, k: int) -> sparse.csr_matrix:
    """Each note linked to its ``k`` nearest (cosine), weighted by the share of neighbours
    the two have in common (Jaccard): a link inside a topic is confirmed by the others.
    Fewer when the typical note has fewer close ones (:func:`_close_neighbours`)."""
    n = len(rows)
    k = min(k, n - 1)
    nearest = _close_neighbours(*_nearest(rows, k))
    k = nearest.shape[1]
    sources = np.repeat(np.arange(n), k)
    targets = nearest.ravel()
    # Each link's shared neighbours (a note counting as its own): the notes of a chunk have
    # theirs marked in a row each, and each neighbour's are looked up there – exact counts,
    # a third of the time of multiplying the two sparse rows of every link. The chunk is
    # small and its rows one buffer, unmarked after use, so that the rows and the lookups
    # stay in the cache (half the time of a fresh chunk of 1,000 rows).
    around = np.hstack([np.arange(n)[:, None], nearest])
    shared = np.empty((n, k))
    marked = np.zeros(SHARED_CHUNK * n, dtype=bool)
    for start in range(0, n, SHARED_CHUNK):
        end = min(start + SHARED_CHUNK, n)
        offsets = (np.arange(end - start) * n)[:, None]
        spots = (around[start:end] + offsets).ravel()
        marked[spots] = True
        shared[start:end] = marked[around[nearest[start:end]] + offsets[:, :, None]].sum(axis=2)
        marked[spots] = False
    shared = shared.ravel()
    weights = shared / (2 * (k + 1) - shared)
    graph = sparse.csr_matrix((weights, (sources, targets)), shape=(n, n))
    return graph.maximum(graph.T).tocsr()


def _close_neighbours(nearest: np.ndarray, similar: np.ndarray) -> np.ndarray:
    """The nearest neighbours (nearest first, as :func:`_nearest` gives them), cut to as
    many as the typical (median) note has close ones – at least CLOSE times as similar as
    its nearest. Where notes fall into many small tight topics (30 subjects of 8 notes among
    240), the neighbours a note had to take beyond its own topic would tie two topics into
    one theme; where the typical note's neighbours are all about as close (the labelled
    sets), nothing changes."""
    top = similar[:, :1]
    close = ((similar >= CLOSE * top) & (top > 0)).sum(axis=1)
    keep = int(np.median(close)) if len(close) else nearest.shape[1]
    return nearest[:, :max(min(MIN_NEIGHBOURS, nearest.shape[1]), keep)]


def _nearest(rows: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` nearest other rows of each row (unit rows, exact) and their similarities,
    nearest first, of equal similarities the earlier row first – as a stable sort of each
    row's similarities would give them. A block of rows at a time: 10,000 notes'
    similarities are 400 MB at once.

    A row's k nearest are not looked for among all its similarities (partitioning every
    block took twice as long as the product): the columns are cut into groups of
    NEIGHBOUR_GROUP (a column in every so many), and the k-th largest of the groups' maxima
    is a bound no lower than the row's k-th largest, since each of those k groups holds a
    similarity that high. Every similarity reaching the bound lies in a group whose maximum
    reaches it – about k groups, a few times k similarities to sort instead of n."""
    n = len(rows)
    group = max(1, min(NEIGHBOUR_GROUP, n // (4 * k)))
    groups = -(-n // group)
    # Rows of zeros make the columns a whole number of groups; their columns are set apart.
    columns = np.vstack([rows, np.zeros((group * groups - n, rows.shape[1]), rows.dtype)])
    nearest = np.empty((n, k), dtype=np.int64)
    similar = np.empty((n, k), dtype=rows.dtype)
    buffer = np.empty((min(NEIGHBOUR_CHUNK, n), group * groups), dtype=rows.dtype)
    for start in range(0, n, NEIGHBOUR_CHUNK):
        block = buffer[:min(NEIGHBOUR_CHUNK, n - start)]
        size = len(block)
        np.matmul(rows[start:start + size], columns.T, out=block)
        block[np.arange(size), np.arange(start, start + size)] = -np.inf
        block[:, n:] = -np.inf
        by_group = block.reshape(size, group, groups)  # column member * groups + group
        tops = by_group.max(axis=1)
        bound = np.partition(tops, groups - k, axis=1)[:, groups - k]
        row, chosen = np.nonzero(tops >= bound[:, None])
        values = by_group[row, :, chosen]
        at, member = np.nonzero(values >= bound[row, None])
        row, column, value = row[at], member * groups + chosen[at], values[at, member]
        order = np.lexsort((column, -value, row))
        counts = np.bincount(row, minlength=size)  # k at least, each
        pick = order[(np.cumsum(counts) - counts)[:, None] + np.arange(k)]
        nearest[start:start + size] = column[pick]
        similar[start:start + size] = value[pick]
    return nearest, similar


def _communities(graph: sparse.csr_matrix, at: float) -> np.ndarray:
    from sknetwork.clustering import Louvain

    return np.asarray(Louvain(resolution=at, random_state=SEED).fit_predict(graph),
                      dtype=np.int64)


def _within(coarse: np.ndarray, fine: np.ndarray, rows: np.ndarray,
            min_size: int) -> np.ndarray:
    """The finer communities, kept inside the coarse ones (so more themes never joins two);
    a piece too small to be a theme goes back to the largest piece of its community."""
    pairs = coarse * (int(fine.max()) + 1) + fine
    _, pieces = np.unique(pairs, return_inverse=True)
    result = pieces.copy()
    for community in np.unique(coarse):
        inside = coarse == community
        sizes = np.bincount(pieces[inside])
        present = np.flatnonzero(sizes)
        largest = present[np.argmax(sizes[present])]
        for piece in present:
            if sizes[piece] < min_size:
                result[inside & (pieces == piece)] = largest
    return result


def _drop_small(labels: np.ndarray, min_size: int) -> np.ndarray:
    sizes = np.bincount(labels)
    return np.where(sizes[labels] >= min_size, labels, -1)


def _drop_incoherent(rows: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Leftovers of the graph ("Lovely biscuits", "Can we open a window") can form a
    community of their own: a theme's notes must be more alike than notes drawn at random,
    by COHERENCE standard errors of the mean similarity of so many pairs."""
    sample = rows[np.random.default_rng(SEED).permutation(len(rows))[:COHERENCE_SAMPLE]]
    pairs = sample @ sample.T
    # The pairs above the diagonal, in the same order as np.triu_indices gives them, picked
    # by a mask: its two index arrays cost as much as the product.
    upper = pairs[np.triu(np.ones(pairs.shape, dtype=bool), 1)]
    typical, spread = float(upper.mean()), float(upper.std()) or 1.0
    result = labels.copy()
    for community in set(labels[labels >= 0].tolist()):
        inside = labels == community
        m = int(inside.sum())
        total = rows[inside].sum(axis=0)
        mean = (float(total @ total) - float((rows[inside] ** 2).sum())) / (m * (m - 1))
        if (mean - typical) / (spread / math.sqrt(m * (m - 1) / 2)) < COHERENCE:
            result[inside] = -1
    return result


def _join_closest(rows: np.ndarray, labels: np.ndarray, count: int) -> np.ndarray:
    """Join the two themes whose centres are closest until ``count`` are left."""
    ids = sorted(set(labels[labels >= 0].tolist()))
    sums = [rows[labels == c].sum(axis=0) for c in ids]
    owner = {c: c for c in ids}
    while len(sums) > count:
        centres = normalize(np.stack(sums))
        similar = centres @ centres.T
        np.fill_diagonal(similar, -np.inf)
        a, b = np.unravel_index(int(np.argmax(similar)), similar.shape)
        a, b = min(a, b), max(a, b)
        sums[a] = sums[a] + sums[b]
        for c, o in owner.items():
            if o == ids[b]:
                owner[c] = ids[a]
        del sums[b], ids[b]
    return np.array([owner[c] if c >= 0 else -1 for c in labels.tolist()])


def _place(space, labels: np.ndarray, topical: np.ndarray, min_size: int) -> np.ndarray:
    """Move notes to the nearest theme centre in the words-and-meaning space until stable
    (a note at a community's edge may say more of another's words). A note with no topical
    word is not placed, nor one far from its theme: measured against the centre of the
    theme's other notes, since in a small theme a note's own weight makes it look close."""
    if not (labels >= 0).any():
        return labels
    placed = _refine(space, labels, min_size, fit=-1.0)
    placed = np.where(topical, placed, -1)
    ids = sorted(set(placed[placed >= 0].tolist()))
    if not ids:
        return placed
    owner = np.searchsorted(ids, np.maximum(placed, 0))
    rows = np.flatnonzero(placed >= 0)
    member = sparse.csr_matrix((np.ones(len(rows)), (owner[rows], rows)),
                               shape=(len(ids), space.shape[0]))
    sums = _sums(member, space)
    # x·(S - x) / |S - x| for each note x and its theme's sum S, without making the notes'
    # rows dense (10,000 notes by a large vocabulary would be gigabytes).
    to_sums = _times(space, sums)[rows, owner[rows]]
    squares = _squares(space)[rows]
    sum_squares = np.einsum("ij,ij->i", sums, sums)[owner[rows]]
    rest = np.sqrt(np.maximum(sum_squares - 2 * to_sums + squares, 1e-24))
    fit = (to_sums - squares) / rest
    result = placed.copy()
    result[rows[fit < PLACE_THRESHOLD]] = -1
    sizes = np.bincount(result[result >= 0], minlength=max(ids) + 1)
    return np.where((result >= 0) & (sizes[np.maximum(result, 0)] >= min_size), result, -1)


def _split_two_topics(space: WordsAndMeaning, labels: np.ndarray,
                      min_size: int) -> np.ndarray:
    """Split a theme that holds two topics the meaning joined because they are the same
    kind of thing ("SharePoint" and "Drupal" questions, both about content management):
    its two halves (:func:`_halves`) are split apart when each half has a word of its own
    (most of its notes use it, almost none of the other half's) and each half is more
    clearly its own than the whole theme was (the mean margin between a note's similarity
    to its theme's centre and to the next nearest centre). Each half must hold at least as
    many notes as a note has neighbours in the graph: a smaller piece is a detail of its
    topic, which the graph joined on purpose (at a table of 30 notes, two notes saying
    "book" beside three saying "film"). The same ``labels`` come back when no theme
    splits."""
    ids = sorted(set(labels[labels >= 0].tolist()))
    if len(ids) < 2:
        return labels
    smallest = max(min_size, neighbours(int((labels >= 0).sum())))
    before = None
    used = (space.words != 0).tocsr()
    result, fresh = labels.copy(), max(ids) + 1
    for k, theme in enumerate(ids):
        rows = np.flatnonzero(labels == theme)
        if len(rows) < 2 * smallest:
            continue
        if not _may_have_two_topics(used[rows], smallest):
            continue
        # The theme's notes dense, over the words two of them use at least (a word in one
        # note is no half's word): a few hundred rows by a few hundred words.
        words = space.words[rows]
        words = words[:, np.flatnonzero(np.bincount(words.indices) >= 2)].toarray()
        side = _halves(np.hstack([words, space.meaning[rows]]))
        if min(side.sum(), len(side) - side.sum()) < smallest:
            continue
        if not _words_of_their_own(words != 0, side):
            continue
        if before is None:
            before = _margins(space, labels, ids)
        trial = labels.copy()
        trial[rows[side == 1]] = fresh
        after = _margins(space, trial, [*ids, fresh])
        if min(after[k], after[-1]) > before[k]:
            result[rows[side == 1]] = fresh
            fresh += 1
    return result if fresh > max(ids) + 1 else labels


def _halves(rows: np.ndarray, rounds: int = 10) -> np.ndarray:
    """Two halves of the rows (0 or 1 each): spherical 2-means started from the side of
    the rows' first principal direction each row lies on (power iteration from a fixed
    start), so the same rows always split the same way."""
    centred = rows - rows.mean(axis=0)
    direction = np.random.default_rng(SEED).standard_normal(rows.shape[1])
    for _ in range(rounds):
        direction = centred.T @ (centred @ direction)
        direction /= np.linalg.norm(direction) or 1.0
    side = (centred @ direction > 0).astype(np.int64)
    for _ in range(rounds):
        if side.min() == side.max():
            break
        centres = np.stack([rows[side == half].sum(axis=0) for half in (0, 1)])
        moved = (rows @ (centres / np.linalg.norm(centres, axis=1, keepdims=True)).T).argmax(
            axis=1)
        if np.array_equal(moved, side):
            break
        side = moved
    return side


def _may_have_two_topics(used: sparse.csr_matrix, smallest: int) -> bool:
    """Whether two halves of at least ``smallest`` notes could each have a word of its own
    (:func:`_words_of_their_own`): that takes two words, each used by OWN_WORD of a half at
    least, used together by at most OTHER_WORD of the notes – checked before the halves
    are looked for, which most themes need not be."""
    counts = np.bincount(used.indices, minlength=used.shape[1])
    frequent = np.flatnonzero(counts >= OWN_WORD * smallest)
    if len(frequent) < 2:
        return False
    rows = used[:, frequent].toarray().astype(np.float64)
    return bool(np.any(rows.T @ rows <= OTHER_WORD * used.shape[0]))


def _words_of_their_own(used: np.ndarray, side: np.ndarray) -> bool:
    """Whether each half has a word most of its notes use and almost none of the other's
    (``used``: which words each note uses)."""
    shares = [used[side == half].mean(axis=0) for half in (0, 1)]
    return all(bool(np.any((shares[half] >= OWN_WORD) & (shares[1 - half] <= OTHER_WORD)))
               for half in (0, 1))


def _margins(space, labels: np.ndarray, ids: list[int]) -> np.ndarray:
    """Each theme's mean margin: its notes' similarity to its centre less that to the
    nearest other centre."""
    owner = np.searchsorted(ids, np.maximum(labels, 0))
    placed = labels >= 0
    scores = _times(space, _centres(space, owner, placed, len(ids), None))
    rows = np.flatnonzero(placed)
    own = scores[rows, owner[rows]]
    scores[rows, owner[rows]] = -np.inf
    gaps = own - scores[rows].max(axis=1)
    counts = np.bincount(owner[rows], minlength=len(ids))
    return np.bincount(owner[rows], gaps, minlength=len(ids)) / np.maximum(counts, 1)


# --- grouping by words alone (French, or no sentence model) ------------------------------


def _word_themes(tokens: list[list[str]], space: np.ndarray | None, granularity: float,
                 min_size: int) -> np.ndarray:
    n = len(tokens)
    labels = np.full(n, -1)
    min_df = max(2, min(5, n // 700))
    vocab, docs = _document_words(tokens, min_df)
    if not vocab:
        return labels
    topics = _word_topics(docs, len(vocab), granularity)
    labels = _notes_to_topics(docs, topics, min_size)
    if space is not None and (labels >= 0).any():
        labels = _refine(space, labels, min_size)
        labels = _dissolve_vague(space, labels, min_size, granularity)
    return labels


# --- the steps ---------------------------------------------------------------------------


def _document_words(tokens: list[list[str]], min_df: int):
    """The vocabulary (words in at least ``min_df`` texts) and a binary text-word matrix."""
    df = Counter(word for words in tokens for word in set(words))
    vocab = sorted(word for word, count in df.items() if count >= min_df)
    index = {word: i for i, word in enumerate(vocab)}
    rows, cols = [], []
    for row, words in enumerate(tokens):
        for word in set(words):
            if word in index:
                rows.append(row)
                cols.append(index[word])
    matrix = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(tokens), len(vocab)))
    return vocab, matrix


def _word_topics(docs: sparse.csr_matrix, size: int, granularity: float) -> np.ndarray:
    """A word-by-topic weight matrix from communities of the word association graph."""
    n = docs.shape[0]
    together = (docs.T @ docs).tocoo()
    df = np.asarray(docs.sum(axis=0)).ravel()
    keep = (together.row != together.col) & (together.data >= 2)
    rows, cols, counts = together.row[keep], together.col[keep], together.data[keep]
    p_joint = counts / n
    p_rows, p_cols = df[rows] / n, df[cols] / n
    with np.errstate(divide="ignore", invalid="ignore"):
        npmi = np.log(p_joint / (p_rows * p_cols)) / -np.log(p_joint)
    positive = np.isfinite(npmi) & (npmi > 0)
    rows, cols, npmi = rows[positive], cols[positive], npmi[positive]
    # Keep each word's strongest links only: common words would otherwise tie topics together.
    order = np.lexsort((cols, -npmi, rows))
    rows, cols, npmi = rows[order], cols[order], npmi[order]
    starts = np.searchsorted(rows, rows, side="left")
    rank = np.arange(len(rows)) - starts
    strong = rank < WORD_NEIGHBOURS
    rows, cols, npmi = rows[strong], cols[strong], npmi[strong]
    graph = nx.Graph()
    graph.add_nodes_from(range(size))
    graph.add_weighted_edges_from(zip(rows.tolist(), cols.tolist(), npmi.tolist(),
                                      strict=True))
    communities = nx.community.louvain_communities(graph, weight="weight",
                                                   resolution=resolution(granularity), seed=SEED)
    # A word on its own is a topic too when it is linked to others (a fine granularity splits
    # the graph that far); words with no strong link say nothing about topics.
    communities = sorted((sorted(c) for c in communities
                          if len(c) >= 2 or graph.degree(next(iter(c))) > 0), key=lambda c: c[0])
    weights = np.zeros((size, len(communities)))
    for topic, words in enumerate(communities):
        inside = graph.subgraph(words) if len(words) > 1 else graph
        for word in words:
            weights[word, topic] = inside.degree(word, weight="weight")
    idf = np.log(n / np.maximum(df, 1))
    return weights * idf[:, None]


def _notes_to_topics(docs: sparse.csr_matrix, topics: np.ndarray, min_size: int) -> np.ndarray:
    """Each note's topic (-1 for none); topics with fewer than ``min_size`` notes dissolve."""
    if topics.shape[1] == 0:
        return np.full(docs.shape[0], -1)
    scores = np.asarray(docs @ topics)
    alive = np.ones(topics.shape[1], dtype=bool)
    while True:
        masked = np.where(alive, scores, 0.0)
        labels = np.where(masked.max(axis=1) > 0, masked.argmax(axis=1), -1)
        sizes = np.bincount(labels[labels >= 0], minlength=topics.shape[1])
        small = alive & (sizes < min_size)
        if not small.any():
            return labels
        # Dissolve the smallest first: their notes may make a neighbouring topic big enough.
        alive &= ~(small & (sizes == sizes[small].min()))


def _smoothed_space(tokens: list[list[str]],
                    sentences: tuple[np.ndarray, float] | None = None):
    """Vectors of the texts, at most unit length, and the name of that representation.
    Words alone: TF-IDF smoothed by latent semantic analysis. With sentence vectors (unit
    length, and the share of the space they take) the meaning does the smoothing, so the
    TF-IDF joins them as it is (sparse; the SVD of a large vocabulary cost a second)."""
    if sentences is None:
        return _word_space(tokens), "words"
    matrix = _tfidf_matrix(tokens)
    if matrix is None:
        return None, "words"
    vectors, share = sentences
    # Not normalised again: a note none of whose words recur keeps only the meaning share of
    # its length, so it needs to be that much closer to a theme to join it.
    joined = WordsAndMeaning(normalize(matrix).tocsr() * math.sqrt(1 - share),
                             np.asarray(vectors, dtype=np.float64) * math.sqrt(share))
    return joined, "words and meaning"


@dataclass(frozen=True)
class WordsAndMeaning:
    """The notes' rows side by side: their TF-IDF words (sparse) and their meaning (dense).
    Kept apart so that products with the dense part run as dense (BLAS): in one sparse
    matrix the meaning's 640 numbers a note made every product a loop over them."""

    words: sparse.csr_matrix
    meaning: np.ndarray

    @property
    def shape(self) -> tuple[int, int]:
        return self.words.shape[0], self.words.shape[1] + self.meaning.shape[1]

    def toarray(self) -> np.ndarray:
        return np.hstack([self.words.toarray(), self.meaning])


def _times(space, centres: np.ndarray) -> np.ndarray:
    """``space @ centres.T`` as a dense array, for any of the spaces."""
    if isinstance(space, WordsAndMeaning):
        split = space.words.shape[1]
        return (np.asarray(space.words @ centres[:, :split].T)
                + space.meaning @ centres[:, split:].T)
    return np.asarray(space @ centres.T)


def _sums(member: sparse.csr_matrix, space) -> np.ndarray:
    """Each group's sum of rows (``member`` says which rows), dense."""
    if isinstance(space, WordsAndMeaning):
        return np.hstack([(member @ space.words).toarray(), member @ space.meaning])
    product = member @ space
    return product.toarray() if sparse.issparse(product) else np.asarray(product)


def _squares(space) -> np.ndarray:
    """Each row's squared length."""
    if isinstance(space, WordsAndMeaning):
        return (np.asarray(space.words.multiply(space.words).sum(axis=1)).ravel()
                + np.einsum("ij,ij->i", space.meaning, space.meaning))
    if sparse.issparse(space):
        return np.asarray(space.multiply(space).sum(axis=1)).ravel()
    return np.einsum("ij,ij->i", space, space)


def _tfidf_matrix(tokens: list[list[str]]):
    vectorizer = TfidfVectorizer(analyzer=_identity, sublinear_tf=True, min_df=2)
    try:
        return vectorizer.fit_transform(tokens)
    except ValueError:  # no word appears twice
        return None


def _word_space(tokens: list[list[str]]) -> np.ndarray | None:
    matrix = _tfidf_matrix(tokens)
    if matrix is None:
        return None
    dimensions = min(MAX_DIMENSIONS, matrix.shape[1] - 1, matrix.shape[0] - 1)
    if dimensions < 2:
        return normalize(matrix.toarray())
    reduced = TruncatedSVD(dimensions, random_state=SEED).fit_transform(matrix)
    return normalize(reduced)


def _identity(words):
    return words


def _refine(space, labels: np.ndarray, min_size: int, rounds: int = 20, *,
            fit: float | None = None) -> np.ndarray:
    """Move notes to the nearest topic centre until stable; far notes become unsorted.
    ``space`` is dense or words and meaning (rows at most unit length)."""
    ids = sorted(set(labels[labels >= 0].tolist()))
    nearest = np.searchsorted(ids, np.maximum(labels, min(ids)))
    centres = _centres(space, nearest, labels >= 0, len(ids), None)
    similarity = np.zeros(space.shape[0])
    for round_ in range(rounds):
        scores = _times(space, centres)
        moved = scores.argmax(axis=1)
        similarity = scores.max(axis=1)
        if round_ > 0 and np.array_equal(moved, nearest):
            break
        nearest = moved
        centres = _centres(space, nearest, np.ones(len(nearest), dtype=bool), len(ids), centres)
    result = np.where(similarity >= (FIT_THRESHOLD if fit is None else fit), nearest, -1)
    sizes = np.bincount(result[result >= 0], minlength=len(ids))
    return np.where((result >= 0) & (sizes[np.maximum(result, 0)] >= min_size), result, -1)


def _centres(space, owner: np.ndarray, counted: np.ndarray, count: int,
             before: np.ndarray | None) -> np.ndarray:
    """Unit centres of each group's rows (one sparse product); an empty group keeps its
    centre from ``before``."""
    rows = np.flatnonzero(counted)
    member = sparse.csr_matrix((np.ones(len(rows)), (owner[rows], rows)),
                               shape=(count, space.shape[0]))
    centres = _sums(member, space)
    if before is not None:
        empty = np.asarray(member.sum(axis=1)).ravel() == 0
        centres[empty] = before[empty]
    return normalize(centres)


# A theme whose notes are this much less clearly its own than the median theme's is vague
# (bench/clustering.py, on samples other than the ones it reports).
VAGUE = 0.8


def _dissolve_vague(space: np.ndarray, labels: np.ndarray, min_size: int,
                    granularity: float = 0.0) -> np.ndarray:
    """Dissolve themes built on a generic word ("error", "file", "add"): their notes sit
    almost as close to other themes as to their own. Measured as the mean margin between a
    note's similarity to its own theme's centre and to the next nearest centre; themes far
    below the median margin dissolve one at a time, the vaguest first, and their notes move
    to a clear theme or stay unsorted."""
    ids = sorted(set(labels[labels >= 0].tolist()))
    if len(ids) < 4:
        return labels
    centres = normalize(np.stack([space[labels == i].mean(axis=0) for i in ids]))
    scores = space @ centres.T

    def margins(among: list[int]) -> list[float]:
        result = []
        for k in among:
            own = scores[np.ix_(labels == ids[k], among)]
            mine = among.index(k)
            others = np.delete(own, mine, axis=1).max(axis=1)
            result.append(float(np.mean(own[:, mine] - others)))
        return result

    keep = list(range(len(ids)))
    # More themes (granularity above 0) accepts themes that sit closer together, the bar
    # halving per step. Fewer themes raises it a little (a fifth at the fewest): coarser
    # topics leave fewer vague ones to dissolve and could otherwise end as more themes.
    scale = 2 ** -granularity if granularity > 0 else 2 ** (-granularity / 4)
    cut = VAGUE * scale * float(np.median(margins(keep)))
    # The vaguest theme goes first, then the margins are measured again: a clear theme that
    # only looked vague because a vague one sat beside it (oracle beside "data, sql") stays.
    while len(keep) > 1:
        found = margins(keep)
        worst = int(np.argmin(found))
        if found[worst] >= cut:
            break
        del keep[worst]
    if len(keep) == len(ids):
        return labels
    kept_ids = [ids[k] for k in keep]
    kept = scores[:, keep]
    nearest = np.array(kept_ids)[kept.argmax(axis=1)]
    fit = kept.max(axis=1) >= FIT_THRESHOLD
    result = np.where(np.isin(labels, kept_ids), labels,
                      np.where((labels >= 0) & fit, nearest, -1))
    result = np.where(labels < 0, -1, result)
    return _refine(space, result, min_size) if (result >= 0).any() else result


# --- describing and comparing ------------------------------------------------------------


def _tfidf(texts: Sequence[str], language: str):
    vectorizer = TfidfVectorizer(analyzer=lambda t: tokenize(t, language), sublinear_tf=True)
    try:
        return vectorizer.fit_transform(texts)
    except ValueError:  # nothing but stop words
        return None


def nearest_clusters(texts: Sequence[str], groups: Sequence[Sequence[str]],
                     language: str = "en", *, use_meaning: bool = False,
                     nearest_anyway: Sequence[bool] | None = None,
                     ) -> list[tuple[int, float] | None]:
    """For each of ``texts``, the group it is most like and the similarity, or None when
    none is close. Words always (TF-IDF, the cosine to each group's centre); with
    ``use_meaning``, joined by sentence vectors as in grouping, which offers more notes their
    theme without more wrong offers (200 notes held back from 2,000 grouped, seeds 1-3:
    StackOverflow 74 % offered, 97 % of them right with words alone, 84 % and 97 % with
    meaning; search snippets 72 % and 79 %, then 82 % and 86 %). ``nearest_anyway[i]``: give
    text i its nearest group however far (a note the grouping left unsorted)."""
    found: list[tuple[int, float] | None] = [None] * len(texts)
    flat = [t for group in groups for t in group]
    if not flat or not texts:
        return found
    matrix = _tfidf([*texts, *flat], language)
    if matrix is None:
        return found
    n = len(texts)
    owner = np.repeat(np.arange(len(groups)), [len(group) for group in groups])
    scores = _centre_similarity(matrix[:n], matrix[n:], owner, len(groups))
    threshold = OFFER_THRESHOLD
    # Sentence vectors are centred on the themes' notes, which says little with few themes.
    enough = sum(1 for group in groups if group) >= OFFER_MEANING_MIN_THEMES
    vectors = (meaning.sentence_vectors([*texts, *flat], language)
               if use_meaning and enough else None)
    if vectors is not None:
        vectors = normalize(vectors - vectors[n:].mean(axis=0))
        scores = ((1 - OFFER_MEANING_SHARE) * scores + OFFER_MEANING_SHARE
                  * _centre_similarity(vectors[:n], vectors[n:], owner, len(groups)))
        threshold = OFFER_THRESHOLD_WITH_MEANING
    for i, text in enumerate(texts):
        best = int(scores[i].argmax())
        anyway = nearest_anyway is not None and nearest_anyway[i] and scores[i, best] > 0
        if (tokenize(text, language) or anyway) and (scores[i, best] >= threshold or anyway):
            found[i] = (best, float(scores[i, best]))
    return found


def _centre_similarity(rows, members, owner: np.ndarray, count: int) -> np.ndarray:
    """Cosine of each row to the centre of each group's members (-1 for an empty group)."""
    centres = np.zeros((count, members.shape[1]))
    np.add.at(centres, owner, members.toarray() if sparse.issparse(members) else members)
    sizes = np.bincount(owner, minlength=count)
    centres = normalize(centres)
    scores = np.asarray(rows @ centres.T)
    scores[:, sizes == 0] = -1.0
    return scores


def near_duplicates(texts: Sequence[str], language: str = "en") -> list[tuple[int, ...]]:
    """Groups (two or more indexes) of texts that say nearly the same thing."""
    if len(texts) < 2:
        return []
    matrix = _tfidf(texts, language)
    if matrix is None:
        return []
    similar = (matrix @ matrix.T).tocoo()
    close = (similar.row < similar.col) & (similar.data >= DUPLICATE_THRESHOLD)
    pairs = list(zip(similar.row[close].tolist(), similar.col[close].tolist(), strict=True))
    graph = nx.Graph(pairs)
    return sorted(tuple(sorted(group)) for group in nx.connected_components(graph))
