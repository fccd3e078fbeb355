"""Panels that keep in step with the store: they apply the change records they are told about,
or reload when they cannot."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QDockWidget, QMainWindow


class FollowsChanges:
    """Mixin for a panel with a ``refresh()`` that reloads it (and clears ``_dirty``).

    ``watch(controller, kinds)``: a change of one of those kinds - or a reload, as when another
    laptop changed the shared workshop - reaches the panel; a panel on screen applies the change
    records it is told about (``apply_changes``) or else reloads at once (unless
    ``ready_to_refresh()`` says to wait), a hidden one reloads when it is next shown, so a tab
    nobody looks at costs nothing. A dock tabbed behind another counts as hidden."""

    _dirty = True
    _kinds: frozenset[str] = frozenset()
    _dock_followed: QDockWidget | None = None

    def watch(self, controller, kinds: Iterable[str]) -> None:
        self._kinds = frozenset(kinds)
        controller.changed.connect(self._changed)

    def _changed(self, changes) -> None:
        stale = [c for c in changes if c.kind in self._kinds or c.action == "reloaded"]
        if not stale:
            return
        on_screen = self._on_screen()
        if not self._dirty and on_screen and self.apply_changes(stale):
            return
        self._dirty = True
        if on_screen and self.ready_to_refresh():
            self.refresh()

    def _on_screen(self) -> bool:
        """Visible, and not in a dock whose tab is behind another's: Qt moves such a dock out
        of the window instead of hiding it, so it still says it is visible."""
        if not self.isVisible():
            return False
        dock = self.parentWidget()
        window = dock.parentWidget() if isinstance(dock, QDockWidget) else None
        if not isinstance(window, QMainWindow) or dock.isFloating() \
                or not window.tabifiedDockWidgets(dock) or not dock.visibleRegion().isEmpty():
            return True
        if self._dock_followed is not dock:  # its tab chosen: brought up to date then
            dock.visibilityChanged.connect(self._dock_shown)
            self._dock_followed = dock
        return False

    def _dock_shown(self, visible: bool) -> None:
        if visible and self._dirty and self.parentWidget() is self._dock_followed:
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
