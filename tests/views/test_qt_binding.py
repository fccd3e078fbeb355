"""The Qt binding must not corrupt Python's reference counts: a long workshop repaints the
note lists hundreds of thousands of times."""

from __future__ import annotations

import sys

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt

from facilitator.views.note_models import CapturedNotesProxy


def test_item_models_returning_nothing_keep_none_alive(window):
    window.controller.add_note("Open on Sundays")
    notes = window.page.notes
    proxies = [CapturedNotesProxy(), QSortFilterProxyModel()]
    for proxy in proxies:
        proxy.setSourceModel(notes)
    before = sys.getrefcount(None)
    for proxy in proxies:
        for _ in range(500):
            # Qt asks the Python model for a role it has no value for: it answers None.
            proxy.data(proxy.index(0, 1, QModelIndex()), Qt.ItemDataRole.DecorationRole)
    # A binding that drops a reference per answer would lose about 1,000 here.
    assert sys.getrefcount(None) - before > -50
