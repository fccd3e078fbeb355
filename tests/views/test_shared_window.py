"""A window on a shared workshop shows what other laptops add, without a refresh and
without touching what is being typed."""

from __future__ import annotations

from facilitator.core.store import create_workshop, open_store
from facilitator.core.workshop import Workshop


def test_notes_and_themes_from_another_laptop_appear_on_their_own(make_window, postgres_url,
                                                                    qtbot):
    create_workshop(postgres_url, "Shared library workshop").close()
    window = make_window()
    assert window.open_target(postgres_url)
    capture = window.page.capture
    capture.entry.setText("Half-typed note")
    other = Workshop(open_store(postgres_url), device="Table 2")
    try:
        note = other.add_note("Typed at table 2").note
        model = window.page.notes
        qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=3000)
        assert model.note_at(0).text == "Typed at table 2"
        assert model.note_at(0).created_by == "Table 2"
        other.synthesis.create_theme("Getting there", [note.id])
        window.page.show_tab(1)
        qtbot.waitUntil(lambda: window.page.themes_panel.model.rowCount() >= 1, timeout=3000)
        assert capture.entry.text() == "Half-typed note"
        # And this laptop's note reaches the other.
        window.controller.add_note("Typed here")
        assert [n.text for n in other.notes()] == ["Typed at table 2", "Typed here"]
        # Undo here undoes only this laptop's own action.
        window.undo_action.trigger()
        assert [n.text for n in other.notes()] == ["Typed at table 2"]
    finally:
        other.close()
        window.close_workshop()
