"""Sentence vectors for English notes, so notes that say the same thing in different words
can group together ("the bus never comes" and "waited an hour at the stop").

The vectors come from WordLlama's small model (256 dimensions), whose weights ship inside the
``wordllama`` wheel: nothing is downloaded, ever, so it works in a hall with no internet. A
note's vector is the average of its tokens' vectors, so 2,000 notes take a few hundredths of
a second. The model was trained on English text; for other languages, or when the model cannot
be loaded, :func:`sentence_vectors` returns None and clustering uses words alone.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Sequence

import numpy as np

LANGUAGES = frozenset({"en"})
# A note's vector is taken from its first characters only. Notes are short, and the model pads
# a batch to its longest text: one pasted megabyte would otherwise need gigabytes.
MAX_CHARACTERS = 2000

_logger = logging.getLogger(__name__)
_lock = threading.Lock()


def sentence_vectors(texts: Sequence[str], language: str) -> np.ndarray | None:
    """One row per text, or None when no model serves ``language``."""
    if language not in LANGUAGES or not texts:
        return None
    model = _model()
    if model is None:
        return None
    # Each text is embedded on its own terms (padding never changes an average), so the
    # result is the same whatever else is in the batch.
    return np.asarray(model.embed([_encodable(text[:MAX_CHARACTERS]) for text in texts]),
                      dtype=np.float64)


def _encodable(text: str) -> str:
    # The tokenizer takes UTF-8 only: a lone surrogate (never stored, but this is a public
    # function) becomes "?" instead of stopping the whole grouping.
    return text.encode("utf-8", "replace").decode("utf-8") or " "


def available(language: str = "en") -> bool:
    return language in LANGUAGES and _model() is not None


def _model():
    # One load per session, even when a suggestion and an export start together.
    with _lock:
        return _loaded_model()


@functools.cache
def _loaded_model():
    try:
        return _load()
    except Exception as error:  # a missing or broken package must never stop clustering
        _logger.warning("sentence model unavailable (%s); grouping by words alone",
                        type(error).__name__)
        return None


def _load():
    from importlib.resources import files
    from pathlib import Path

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        from wordllama import WordLlama
    finally:
        # wordllama calls logging.basicConfig() when imported; leave the app's logging as it was.
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
        root.setLevel(level)
    # The weights and tokenizer sit in the package folder; disable_download makes sure a
    # missing file is an error here rather than a download attempt.
    package = Path(str(files("wordllama")))
    return WordLlama.load(cache_dir=package, disable_download=True)
