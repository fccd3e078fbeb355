"""Panels that keep in step with the store: they apply the change records they are told about,
or reload when they cannot."""

from __future__ import annotations

from collections.abc import Iterable


class FollowsChanges:
    """Mixin for a panel with a ``refresh()`` that reloads it (and clears ``_dirty``).

    ``watch(controller, kinds)``: a change of one of those kinds - or a reload, as when another
    laptop changed the shared workshop - reaches the panel; a visible panel applies the change
    records it is told about (``apply_changes``) or else reloads at once (unless
    ``ready_to_refresh()`` says to wait), a hidden one reloads when it is next shown, so a tab
    nobody looks at costs nothing."""

    _dirty = True
    _kinds: frozenset[str] = frozenset()

    def watch(self, controller, kinds: Iterable[str]) -> None:
        self._kinds = frozenset(kinds)
        controller.changed.connect(self._changed)

    def _changed(self, changes) -> None:
        stale = [c for c in changes if c.kind in self._kinds or c.action == "reloaded"]
        if not stale:
            return
        if not self._dirty and self.isVisible() and self.apply_changes(stale):
            return
        self._dirty = True
        if self.isVisible() and self.ready_to_refresh():
            self.refresh()

    def apply_changes(self, changes) -> bool:
        """Bring a panel on screen up to date with these change records (the core's typed
        changes) without reading the store; False when it cannot, and it reloads instead.
        The default always reloads."""
        return False

    def ready_to_refresh(self) -> bool:
        return True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()
