"""Sentence vectors worked out in the background from step 3 on, so "Suggest themes" finds
them ready: 2,000 notes take seconds to embed, a few milliseconds each as they arrive.

Nothing is prepared in steps 1 and 2 – a note-taker's laptop that only captures never loads
the models – nor for a language without them (from step 3 the grouping's libraries are
imported ahead in every language: :func:`warm_up`). The vectors live in memory only and are
dropped when the workshop closes."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, QTimer

from facilitator.core.domain.steps import Step

_logger = logging.getLogger(__name__)


class SentencePreparer(QObject):
    """Follows a workshop's changes and hands new note texts to a background thread."""

    DELAY_MS = 1500  # a burst of typing is prepared in one go, after it

    def __init__(self, details: Callable[[], object], texts: Callable[[], list[str]],
                 parent: QObject | None = None):
        super().__init__(parent)
        self._details, self._texts = details, texts
        self._executor: ThreadPoolExecutor | None = None
        self._pending: Future | None = None
        self._closed = False
        self._stop = threading.Event()  # read by the background thread between batches
        self._timer = QTimer(self, singleShot=True, interval=self.DELAY_MS)
        self._timer.timeout.connect(self._prepare)

    def note_changed(self) -> None:
        """Notes were added, changed or reloaded, or the step or language changed."""
        if not self._closed:
            self._timer.start()

    def wanted(self) -> bool:
        from facilitator.core.analysis.meaning import LANGUAGES

        details = self._details()
        return details.current_step >= Step.SYNTHESISE and details.language in LANGUAGES

    def _prepare(self) -> None:
        if self._closed:
            return
        if self._details().current_step >= Step.SYNTHESISE:
            warm_up()  # the Themes tab and the graph are near: whatever the language
        if not self.wanted():
            return
        if self._pending is not None and not self._pending.done():
            self._timer.start()  # the last batch is still running: this one waits its turn
            return
        from facilitator.core.analysis.meaning import prepare

        texts = self._texts()
        language = self._details().language
        if self._executor is None:
            self._executor = ThreadPoolExecutor(1, thread_name_prefix="sentence-vectors")
        self._pending = self._executor.submit(_quietly, prepare, texts, language, self._check)

    def close(self) -> None:
        """Stop preparing (waits for the batch in hand, well under a tenth of a second) and
        forget every vector."""
        self._timer.stop()
        self._closed = True
        self._stop.set()
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
            from facilitator.core.analysis.meaning import forget

            forget()

    def wait(self, timeout: float | None = None) -> None:
        """For tests: until the batch handed over has been prepared."""
        if self._pending is not None:
            self._pending.result(timeout)

    def _check(self, _done: int, _total: int) -> None:
        if self._stop.is_set():
            raise _Stopped()


class _Stopped(Exception):
    """The workshop is closing."""


def _quietly(prepare, texts, language, progress) -> None:
    try:
        prepare(texts, language, progress)
    except _Stopped:
        pass
    except Exception:  # a head start only: the suggestion works the vectors out itself
        _logger.exception("preparing sentence vectors failed")


# The grouping's libraries (scikit-learn, SciPy) take seconds to import. The Themes tab's
# offers and the graph need them, so the first look at either froze the window for that
# long; from step 3 on they are imported on a thread of their own (in steps 1 and 2 a
# note-taker's laptop does not pay for them while typing).
_warming: threading.Thread | None = None


def warm_up() -> None:
    """Import the grouping's libraries in the background, once a process."""
    global _warming
    if _warming is None:
        _warming = threading.Thread(target=_import_grouping, name="warm-up", daemon=True)
        _warming.start()


def _import_grouping() -> None:
    try:
        import facilitator.core.analysis.clustering  # noqa: F401 - imported for later
    except Exception:  # the tab imports it again and reports what is wrong
        _logger.exception("importing the grouping's libraries failed")
