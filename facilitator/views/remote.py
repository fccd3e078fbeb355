"""Keeping a shared workshop in step: a thread listens for changes other laptops commit and
the window refreshes what they touched, without disturbing what is being typed."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QThread, Signal


class RemoteFeed(QThread):
    changed = Signal(str)  # the kind of thing another laptop changed
    lost = Signal(str)
    back = Signal()

    def __init__(self, url: str, device: str, parent=None):
        super().__init__(parent)
        self.url, self.device = url, device

    def run(self) -> None:
        from facilitator.core.storage.feed import ChangeFeed

        connected = True
        while not self.isInterruptionRequested():
            try:
                feed = ChangeFeed(self.url, self.device)
            except Exception as exc:  # noqa: BLE001 - the server is away: say so once, retry
                if connected:
                    connected = False
                    self.lost.emit(self.tr(
                        "The shared workshop's server cannot be reached ({0}).").format(
                        type(exc).__name__))
                self.msleep(2000)
                continue
            if not connected:
                connected = True
                self.back.emit()
                self.changed.emit("reloaded")  # catch up on what happened meanwhile
            try:
                while not self.isInterruptionRequested():
                    kinds = {change.kind for change in feed.changes(timeout=0.3)}
                    for kind in sorted(kinds):
                        self.changed.emit(kind)
            except Exception as exc:  # noqa: BLE001 - the connection dropped
                connected = False
                self.lost.emit(self.tr("The shared workshop's server went away ({0}).").format(
                    type(exc).__name__))
            finally:
                with contextlib.suppress(Exception):  # closing a connection already gone
                    feed.close()

    def stop(self) -> None:
        self.requestInterruption()
        self.wait(5000)
