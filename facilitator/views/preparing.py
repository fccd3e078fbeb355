"""Sentence vectors worked out in the background from step 3 on, so "Suggest themes" finds
them ready: 2,000 notes take about 1.3 s to embed, a millisecond or so each as they arrive.

Nothing is prepared in steps 1 and 2 – a note-taker's laptop that only captures never loads
the models – nor for a language without them. The vectors live in memory only and are
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
        if self._closed or not self.wanted():
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
