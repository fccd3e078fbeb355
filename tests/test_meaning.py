"""Sentence vectors for English notes, loaded from the installed package, never the network."""

import logging
import socket

import numpy as np
import pytest
from test_clustering import FORMS, TRANSPORT, WAITING

from facilitator.core import clustering, meaning
from facilitator.core.clustering import cluster_texts


def _unit(rows):
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_notes_saying_the_same_in_other_words_are_closer_than_other_topics():
    texts = [
        "I cannot get a doctor appointment for weeks",
        "The GP surgery never has free slots",
        "Nobody answers the phone at the council",
        "The housing office never replies to emails",
    ]
    vectors = _unit(meaning.sentence_vectors(texts, "en"))
    similarity = vectors @ vectors.T
    for a, b in ((0, 1), (2, 3)):
        others = [i for i in range(4) if i not in (a, b)]
        assert similarity[a, b] > similarity[a, others].max()
        assert similarity[b, a] > similarity[b, others].max()


def test_a_note_has_the_same_vector_alone_or_among_others():
    texts = ["Bus fares are too expensive", "x", "A much longer note " * 30, "", "🚌 ثم bus",
             "lone \ud800 surrogate", "control \x00\x0b characters"]
    together = meaning.sentence_vectors(texts, "en")
    assert together.shape == (len(texts), 256)
    assert np.isfinite(together).all()
    for i, text in enumerate(texts):
        np.testing.assert_array_equal(meaning.sentence_vectors([text], "en")[0], together[i])


def test_a_pasted_megabyte_is_embedded_from_its_start_without_running_out_of_memory():
    import tracemalloc

    huge = "The bus never comes on time. " * 40_000  # about 1.2 MB
    meaning.sentence_vectors(["warm up"], "en")  # the model itself is not counted
    tracemalloc.start()
    try:
        vectors = meaning.sentence_vectors(["Short note", huge] + ["Another note"] * 62, "en")
        peak_mb = tracemalloc.get_traced_memory()[1] / 2**20  # numpy's arrays are traced
    finally:
        tracemalloc.stop()
    assert vectors.shape == (64, 256) and np.isfinite(vectors).all()
    assert peak_mb < 100, peak_mb
    np.testing.assert_array_equal(
        vectors[1], meaning.sentence_vectors([huge[:meaning.MAX_CHARACTERS]], "en")[0])


def test_other_languages_have_no_sentence_vectors():
    assert meaning.sentence_vectors(["Le bus est en retard"], "fr") is None
    assert meaning.sentence_vectors([], "en") is None


def test_the_model_loads_with_no_network_and_leaves_logging_alone(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("no network in the hall")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    model = meaning._load()
    assert root.handlers == handlers and root.level == level
    assert model.embed(["The bus is late"]).shape == (1, 256)


def test_english_themes_use_meaning_and_french_themes_words():
    texts = TRANSPORT + WAITING + FORMS
    assert cluster_texts(texts, language="en").representation == "words and meaning"
    assert cluster_texts(texts, language="fr").representation == "words"


@pytest.fixture
def no_model(monkeypatch):
    monkeypatch.setattr(meaning, "_model", lambda: None)


def test_without_the_model_notes_are_still_grouped_by_words(no_model):
    texts = TRANSPORT + WAITING + FORMS
    result = cluster_texts(texts, language="en")
    assert result.representation == "words"
    assert not meaning.available("en")
    groups = [{texts[i] for i in cluster.members} for cluster in result.clusters]
    for topic in (TRANSPORT, WAITING, FORMS):
        assert max(len(g & set(topic)) for g in groups) >= 7


def test_a_broken_model_package_is_reported_once_and_words_carry_on(monkeypatch, caplog):
    def broken():
        raise FileNotFoundError("weights missing")

    monkeypatch.setattr(meaning, "_load", broken)
    meaning._loaded_model.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="facilitator.core.meaning"):
            assert meaning.sentence_vectors(["The bus is late"], "en") is None
            assert meaning.sentence_vectors(["The bus is late"], "en") is None
        assert [r.getMessage() for r in caplog.records] == [
            "sentence model unavailable (FileNotFoundError); grouping by words alone"]
        result = cluster_texts(TRANSPORT + WAITING + FORMS, language="en")
        assert result.representation == "words" and result.clusters
    finally:
        meaning._loaded_model.cache_clear()


def test_threads_asking_at_once_share_one_load(monkeypatch):
    import threading

    loads = []

    def slow_load():
        loads.append(1)
        threading.Event().wait(0.2)
        return "model"

    monkeypatch.setattr(meaning, "_load", slow_load)
    meaning._loaded_model.cache_clear()
    try:
        results = []
        threads = [threading.Thread(target=lambda: results.append(meaning._model()))
                   for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert results == ["model"] * 4 and len(loads) == 1
    finally:
        meaning._loaded_model.cache_clear()


def test_meaning_takes_the_weight_the_module_says():
    # The joined space is unit length and each half carries its share of it.
    tokens = [clustering.tokenize(t) for t in TRANSPORT + WAITING + FORMS]
    vectors = meaning.sentence_vectors(TRANSPORT + WAITING + FORMS, "en")
    space, name = clustering._smoothed_space(tokens, vectors)
    assert name == "words and meaning"
    np.testing.assert_allclose(np.linalg.norm(space, axis=1), 1.0)
    words = clustering._word_space(tokens).shape[1]
    share = (space[:, words:] ** 2).sum(axis=1)
    np.testing.assert_allclose(share, clustering.MEANING_WEIGHT, atol=1e-9)
