"""Group short texts (sticky notes) into themes without being told how many there are.

The method, chosen by measuring it on labelled short-text sets (``bench/clustering.py``):

1. **Topics from words.** Words that appear in several notes are linked when they turn up
   together more often than chance (normalised pointwise mutual information); the word graph
   is split into communities with Louvain (networkx, fixed seed). A community is a topic:
   ``bus, timetable, late, evening``. The number of topics comes from the graph; the
   *granularity* sets Louvain's resolution, so "more themes" splits topics finer.
2. **Notes to topics.** Each note goes to the topic its words weigh most in; topics with too
   few notes are dropped.
3. **Refinement.** Notes are placed in a smoothed space and moved to the nearest topic centre
   until nothing changes, so a note that never uses a topic's main word can still join it
   through related words. The space is TF-IDF reduced by latent semantic analysis, joined for
   English by sentence vectors (``facilitator.core.meaning``) that know words mean alike
   without seeing them together in this workshop; without them it is words alone.
4. **Unsorted.** A note that is not close to any topic centre stays unsorted rather than being
   forced into a vague theme.

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

from facilitator.core import meaning
from facilitator.core.language import display_forms, tokenize

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
MEANING_FROM, MEANING_TO = 20, 85


def _report(progress: Progress, done: int) -> None:
    if progress is not None and progress(done, STAGES) is False:
        raise ClusteringCancelled()


def resolution(granularity: float) -> float:
    """Louvain resolution for a granularity in -1 (fewer themes) .. 1 (more themes)."""
    granularity = max(-1.0, min(1.0, float(granularity)))
    return 3.0 * 2 ** (1.5 * granularity)


def cluster_texts(texts: Sequence[str], language: str = "en", granularity: float = 0.0,
                  progress: Progress = None, *, use_meaning: bool = True) -> Clustering:
    """Themes for ``texts``; texts that fit none are returned as unsorted. ``use_meaning``
    False compares words alone, as for a language without sentence vectors."""
    n = len(texts)
    _report(progress, 0)
    tokens = [tokenize(text, language) for text in texts]
    if n < 3:
        return Clustering((), tuple(range(n)))
    min_df = max(2, min(5, n // 700))
    vocab, docs = _document_words(tokens, min_df)
    if not vocab:
        return Clustering((), tuple(range(n)))
    _report(progress, 5)
    topics = _word_topics(docs, len(vocab), granularity)
    _report(progress, 15)
    min_size = max(3, math.ceil(0.01 * n * 2 ** (-granularity)))
    labels = _notes_to_topics(docs, topics, min_size)
    _report(progress, MEANING_FROM)

    def reading(done: int, total: int) -> None:
        _report(progress, MEANING_FROM + (MEANING_TO - MEANING_FROM) * done // max(total, 1))

    sentences = meaning.meaning_space(texts, language, reading) if use_meaning else None
    space, representation = _smoothed_space(tokens, sentences)
    if space is not None and (labels >= 0).any():
        labels = _refine(space, labels, min_size)
        labels = _dissolve_vague(space, labels, min_size, granularity)
    _report(progress, 90)
    clusters = []
    for cluster_id in sorted(set(labels[labels >= 0].tolist())):
        members = tuple(int(i) for i in np.flatnonzero(labels == cluster_id))
        clusters.append(describe_cluster([texts[i] for i in members], language,
                                         members=members, background=tokens))
    clusters.sort(key=lambda c: (-len(c.members), c.members))
    _report(progress, STAGES)
    return Clustering(tuple(clusters), tuple(int(i) for i in np.flatnonzero(labels < 0)),
                      representation)


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
    """Vectors of the texts, at most unit length – TF-IDF and latent semantic analysis,
    joined by sentence vectors (unit length, and the share of the space they take) when
    given – and the name of that representation."""
    words = _word_space(tokens)
    if sentences is None or words is None:
        return words, "words"
    vectors, share = sentences
    # Not normalised again: a note none of whose words recur keeps only the meaning share of
    # its length, so it needs to be that much closer to a theme to join it.
    joined = np.empty((len(words), words.shape[1] + vectors.shape[1]))
    np.multiply(words, math.sqrt(1 - share), out=joined[:, :words.shape[1]])
    np.multiply(vectors, math.sqrt(share), out=joined[:, words.shape[1]:])
    return joined, "words and meaning"


def _word_space(tokens: list[list[str]]) -> np.ndarray | None:
    vectorizer = TfidfVectorizer(analyzer=_identity, sublinear_tf=True, min_df=2)
    try:
        matrix = vectorizer.fit_transform(tokens)
    except ValueError:  # no word appears twice
        return None
    dimensions = min(MAX_DIMENSIONS, matrix.shape[1] - 1, matrix.shape[0] - 1)
    if dimensions < 2:
        return normalize(matrix.toarray())
    reduced = TruncatedSVD(dimensions, random_state=SEED).fit_transform(matrix)
    return normalize(reduced)


def _identity(words):
    return words


def _refine(space: np.ndarray, labels: np.ndarray, min_size: int, rounds: int = 20) -> np.ndarray:
    """Move notes to the nearest topic centre until stable; far notes become unsorted."""
    ids = sorted(set(labels[labels >= 0].tolist()))
    centres = normalize(np.stack([space[labels == i].mean(axis=0) for i in ids]))
    nearest = np.zeros(len(space), dtype=int)
    similarity = np.zeros(len(space))
    for _ in range(rounds):
        scores = space @ centres.T
        moved = scores.argmax(axis=1)
        similarity = scores.max(axis=1)
        if _ > 0 and np.array_equal(moved, nearest):
            break
        nearest = moved
        centres = normalize(np.stack([
            space[nearest == k].mean(axis=0) if (nearest == k).any() else centres[k]
            for k in range(len(ids))]))
    result = np.where(similarity >= FIT_THRESHOLD, nearest, -1)
    sizes = np.bincount(result[result >= 0], minlength=len(ids))
    return np.where((result >= 0) & (sizes[np.maximum(result, 0)] >= min_size), result, -1)


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


def describe_cluster(texts: Sequence[str], language: str = "en", *,
                     members: Sequence[int] | None = None,
                     background: Sequence[Sequence[str]] | None = None) -> Cluster:
    """Keywords, a short label and the most representative text of a group of texts.

    Keywords are the words the group uses more than the rest (``background``: the words of
    all texts clustered together), weighted by how many of the group's texts use them.
    """
    members = tuple(members) if members is not None else tuple(range(len(texts)))
    bags = [set(tokenize(text, language)) for text in texts]
    inside = Counter(word for bag in bags for word in bag)
    if background is not None:
        everywhere = Counter(word for words in background for word in set(words))
        total = max(len(background), 1)
    else:
        everywhere, total = inside, max(len(texts), 1)
    size = max(len(texts), 1)

    def score(word: str) -> tuple[float, str]:
        share = inside[word] / size
        lift = share / (everywhere.get(word, inside[word]) / total)
        return (-(share * math.log(1 + lift)), word)

    repeated = [w for w, c in inside.items() if c >= 2] or list(inside)
    keywords = tuple(sorted(repeated, key=score)[:4])
    forms = display_forms(list(texts), language)
    shown = [forms.get(word, word) for word in keywords[:3]]
    label = ", ".join(shown) if shown else (texts[0][:40] if texts else "")
    label = label[:1].upper() + label[1:]
    example = _most_central(bags, keywords)
    return Cluster(members, keywords, label, members[example] if members else 0)


def _most_central(bags: list[set[str]], keywords: Sequence[str]) -> int:
    if not bags:
        return 0
    weight = {word: len(keywords) - i for i, word in enumerate(keywords)}
    counts = Counter(word for bag in bags for word in bag)

    def score(i: int) -> tuple[float, int]:
        bag = bags[i]
        shared = sum(counts[w] for w in bag) / math.sqrt(len(bag) or 1)
        return (-(sum(weight.get(w, 0) for w in bag) * 10 + shared), i)

    return min(range(len(bags)), key=score)


def _tfidf(texts: Sequence[str], language: str):
    vectorizer = TfidfVectorizer(analyzer=lambda t: tokenize(t, language), sublinear_tf=True)
    try:
        return vectorizer.fit_transform(texts)
    except ValueError:  # nothing but stop words
        return None


def nearest_cluster(text: str, groups: Sequence[Sequence[str]],
                    language: str = "en") -> tuple[int, float] | None:
    """The group ``text`` is most like, with the similarity; None when none is close."""
    return nearest_clusters([text], groups, language)[0]


def nearest_clusters(texts: Sequence[str], groups: Sequence[Sequence[str]],
                     language: str = "en", *,
                     use_meaning: bool = False) -> list[tuple[int, float] | None]:
    """For each of ``texts``, the group it is most like and the similarity, or None when
    none is close. Words always (TF-IDF, the cosine to each group's centre); with
    ``use_meaning``, joined by sentence vectors as in grouping, which offers more notes their
    theme without more wrong offers (200 notes held back from 2,000 grouped, seeds 1-3:
    StackOverflow 74 % offered, 97 % of them right with words alone, 84 % and 97 % with
    meaning; search snippets 72 % and 79 %, then 82 % and 86 %)."""
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
        if tokenize(text, language) and scores[i, best] >= threshold:
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
