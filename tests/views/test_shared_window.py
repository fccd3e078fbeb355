"""A window on a shared workshop shows what other laptops add, without a refresh and
without touching what is being typed."""

from __future__ import annotations

from facilitator.core.domain.workshop import Workshop
from facilitator.core.storage.store import create_workshop, open_store


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


def test_connect_to_a_shared_workshop_names_the_laptop_and_stores_no_password(
        window, postgres_url, qtbot, fill_next_dialog, settings_dir):
    create_workshop(postgres_url, "Shared library workshop").close()

    def fill(dialog):
        dialog.address.setCurrentText(postgres_url)
        dialog.password.setText("not-kept-anywhere")
        dialog.device.setText("Table 4")
        dialog._check()

    fill_next_dialog(fill)
    window.connect_shared()
    assert window.controller is not None
    assert "not-kept-anywhere" not in window.windowTitle()
    note = window.controller.add_note("From table four")
    assert note.created_by == "Table 4"
    window.settings.sync()
    stored = "".join(p.read_text(encoding="utf-8", errors="replace")
                     for p in settings_dir.rglob("*") if p.is_file())
    assert "not-kept-anywhere" not in stored
    assert "Table 4" in stored and "127.0.0.1" in stored
    window.close_workshop()


def test_a_wrong_server_address_is_explained_and_the_dialog_stays(window, qtbot,
                                                                  fill_next_dialog):
    seen = []

    def fill(dialog):
        dialog.address.setCurrentText("not a url")
        dialog._check()
        seen.append(dialog.problem.text())
        dialog.reject()

    fill_next_dialog(fill)
    window.connect_shared()
    assert "database URL" in seen[0]
    assert window.controller is not None  # the open workshop is untouched


def test_notes_typed_while_the_server_is_away_are_sent_once_when_it_is_back(
        make_window, postgres_url, qtbot, monkeypatch):
    from PySide6.QtCore import Qt
    from sqlalchemy.exc import OperationalError

    create_workshop(postgres_url, "Shared").close()
    window = make_window()
    assert window.open_target(postgres_url)
    store = window.controller.workshop.store
    begin = store.sessions.begin

    def away(*_args, **_kwargs):
        raise OperationalError("connect", {}, Exception("server closed the connection"))

    monkeypatch.setattr(store.sessions, "begin", away)
    capture = window.page.capture
    for text in ("Typed while the server was away", "And another"):
        capture.entry.setText(text)
        capture.entry.setFocus()
        qtbot.keyClick(capture.entry, Qt.Key.Key_Return)
        assert capture.entry.text() == ""  # kept on the laptop, not in the way
    outbox = window.controller.outbox
    assert len(outbox) == 2 and outbox.path.is_file()
    assert window.saved_label.text() == "NOT SAVED"
    assert "2 notes are kept on this laptop" in window.saved_label.toolTip()
    window.session.flush_outbox()  # still away: nothing lost, nothing sent
    assert len(outbox) == 2
    monkeypatch.setattr(store.sessions, "begin", begin)  # the server is back
    # The first note got through once before the answer was lost: it must not come twice.
    other = Workshop(open_store(postgres_url), device="Table 1")
    try:
        other.add_note(outbox.entries[0]["text"], uid=outbox.entries[0]["uid"])
        window.session.remote.back.emit()  # the listener reached the server again
        texts = [n.text for n in other.notes()]
    finally:
        other.close()
    assert texts == ["Typed while the server was away", "And another"]
    assert len(outbox) == 0 and window.saved_label.text() == "Saved"
    window.close_workshop()


def test_a_note_whose_commit_answer_is_lost_is_stored_once(make_window, postgres_url,
                                                          commit_cutting_proxy, qtbot):
    """Typed at the capture field while every answer to COMMIT is lost on the way back."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    create_workshop(postgres_url, "Wi-Fi drops").close()
    window = make_window()
    assert window.open_target(commit_cutting_proxy.url(postgres_url))
    window.activateWindow()
    window.page.capture.entry.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.page.capture.entry)
    commit_cutting_proxy.cut = True
    for i in range(10):
        qtbot.keyClicks(QApplication.focusWidget(), f"Note {i} as the Wi-Fi dropped")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        assert window.page.capture.entry.text() == ""  # kept, never lost from the field
    assert commit_cutting_proxy.cuts >= 10
    commit_cutting_proxy.cut = False
    window.session.flush_outbox()
    other = Workshop(open_store(postgres_url, readonly=True))
    try:
        notes = other.notes()
    finally:
        other.close()
    assert sorted(n.text for n in notes) == sorted(f"Note {i} as the Wi-Fi dropped"
                                                   for i in range(10))
    assert len(window.controller.outbox) == 0
    window.close_workshop()
