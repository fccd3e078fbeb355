"""Panels that reload themselves from the store when what they show changes."""

from __future__ import annotations

from collections.abc import Iterable


class FollowsChanges:
    """Mixin for a panel with a ``refresh()`` that reloads it (and clears ``_dirty``).

    ``watch(controller, kinds)``: a change of one of those kinds - or a reload, as when another
    laptop changed the shared workshop - makes the panel stale; a visible panel reloads at
    once (unless ``ready_to_refresh()`` says to wait), a hidden one when it is next shown, so
    a tab nobody looks at costs nothing."""

    _dirty = True
    _kinds: frozenset[str] = frozenset()

    def watch(self, controller, kinds: Iterable[str]) -> None:
        self._kinds = frozenset(kinds)
        controller.changed.connect(self._changed)

    def _changed(self, changes) -> None:
        stale = [c for c in changes if c.kind in self._kinds or c.action == "reloaded"]
        if stale and not self.apply_changes(stale):
            self._dirty = True
            if self.isVisible() and self.ready_to_refresh():
                self.refresh()

    def apply_changes(self, changes) -> bool:
        """Bring the panel up to date with these change records without reading the store;
        False (the default) when it cannot, and it reloads instead."""
        return False

    def ready_to_refresh(self) -> bool:
        return True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()
