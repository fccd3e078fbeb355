"""The Themes tab: suggest themes, move notes between them, undo, promote to an insight."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

from facilitator.views.suggest_dialog import SuggestDialog
from facilitator.views.theme_models import ITEM_ROLE


@pytest.fixture
def themed(window, topics):
    """The window on a workshop with notes in two themes by hand and the rest unsorted."""
    ws = window.controller.workshop
    people = [ws.add_participant(label, group=group, consent_quote=True).id
              for label, group in (("R1", "resident"), ("U1", "service user"))]
    ids = {topic: [ws.add_note(text, participant_id=people[i % 2]).note.id
                   for i, text in enumerate(texts)] for topic, texts in topics.items()}
    ws.synthesis.create_theme("Buses", ids["bus"][:3])
    ws.synthesis.create_theme("Wifi", ids["wifi"][:3])
    window.page.show_tab(1)
    return window, ids


def panel_of(window):
    return window.page.themes_panel


def branch_titles(panel) -> list[str]:
    model = panel.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def select(panel, kind: str, key) -> None:
    model = panel.model
    index = model.index_of_note(key) if kind == "note" else model.index_of_theme(key)
    # Current first: setCurrentIndex applies the view's own selection command, which may
    # toggle rather than select when Qt thinks a modifier key is still down.
    panel.tree.setCurrentIndex(index)
    panel.tree.selectionModel().select(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)


def test_themes_tab_shows_themes_with_counts_and_unsorted(themed):
    window, _ = themed
    panel = panel_of(window)
    assert window.page.tabs.currentWidget() is panel
    assert branch_titles(panel) == ["Buses (3)", "Wifi (3)", "Unsorted (12)"]
    assert not panel.hint.isVisible()


def test_alt_2_shows_the_themes(window, qtbot):
    window.page.tabs.setCurrentIndex(0)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert window.page.tabs.currentWidget() is panel_of(window)
    assert panel_of(window).hint.isVisible()  # no themes yet: the hint says what to do


def test_drop_a_note_on_a_theme_then_undo(themed, qtbot):
    window, ids = themed
    panel = panel_of(window)
    model = panel.model
    note = ids["bus"][4]
    mime = model.mimeData([model.index_of_note(note)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index_of_theme(
        window.controller.workshop.synthesis.themes()[0].id))
    ws = window.controller.workshop
    assert ws.note(note).theme_label == "Buses"
    assert branch_titles(panel)[0] == "Buses (4)"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ws.note(note).theme_id is None
    assert branch_titles(panel) == ["Buses (3)", "Wifi (3)", "Unsorted (12)"]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert ws.note(note).theme_label == "Buses"


def test_move_notes_with_the_keyboard(themed, qtbot, monkeypatch, press):
    window, ids = themed
    panel = panel_of(window)
    monkeypatch.setattr(QInputDialog, "getItem",
                        staticmethod(lambda *a, **k: ("Wifi", True)))
    select(panel, "note", ids["wifi"][5])
    panel.tree.setFocus()
    press(Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier
          | Qt.KeyboardModifier.ShiftModifier)
    assert window.controller.workshop.note(ids["wifi"][5]).theme_label == "Wifi"
    assert window.undo_action.text().startswith("&Undo Move 1 note")


def test_rename_a_theme_in_place_and_undo(themed, qtbot, press):
    window, _ = themed
    panel = panel_of(window)
    theme = window.controller.workshop.synthesis.themes()[0]
    select(panel, "theme", theme.id)
    panel.tree.setFocus()
    press(Qt.Key.Key_F2)
    editor = panel.tree.findChild(QLineEdit)
    assert editor is not None and editor.text() == "Buses"
    editor.selectAll()
    qtbot.keyClicks(editor, "Getting there")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: branch_titles(panel)[0] == "Getting there (3)")
    window.undo_action.trigger()
    assert branch_titles(panel)[0] == "Buses (3)"


def test_promote_a_theme_to_an_insight_with_its_evidence(themed, qtbot, monkeypatch, press):
    window, _ = themed
    panel = panel_of(window)
    asked = []

    def answer(_parent, _title, _label, text):
        asked.append(text)
        return "We heard that buses stop before the library closes", True

    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(answer))
    theme = window.controller.workshop.synthesis.themes()[0]
    select(panel, "theme", theme.id)
    panel.tree.setFocus()
    assert "3 notes from 2 participants" in panel.detail.text()
    press(Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier
          | Qt.KeyboardModifier.ShiftModifier)
    assert asked == ["We heard about buses: "]
    insights = panel.insights.model.records()
    assert [i.statement for i in insights] == [
        "We heard that buses stop before the library closes"]
    assert insights[0].theme_ids == (theme.id,)
    row = panel.insights.model.index(0, 1).data()
    assert row == "3 notes · 2 people · 2 groups"
    window.undo_action.trigger()
    assert panel.insights.model.records() == []


def test_merge_two_themes_and_undo(themed, qtbot, press):
    window, _ = themed
    panel = panel_of(window)
    first, second = (t.id for t in window.controller.workshop.synthesis.themes())
    select(panel, "theme", first)
    panel.tree.selectionModel().select(panel.model.index_of_theme(second),
                                       QItemSelectionModel.SelectionFlag.Select
                                       | QItemSelectionModel.SelectionFlag.Rows)
    panel.tree.setFocus()
    press(Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert branch_titles(panel) == ["Buses (6)", "Unsorted (12)"]
    window.undo_action.trigger()
    assert branch_titles(panel) == ["Buses (3)", "Wifi (3)", "Unsorted (12)"]


def wait_for_suggestion(qtbot, dialog: SuggestDialog):
    qtbot.waitUntil(lambda: dialog.suggestion is not None, timeout=20000)


def test_suggest_themes_preview_then_apply_and_undo(themed, qtbot, fill_next_dialog):
    window, ids = themed
    ws = window.controller.workshop
    seen = {}

    def apply(dialog):
        assert isinstance(dialog, SuggestDialog)
        wait_for_suggestion(qtbot, dialog)
        seen["themes"] = len(dialog.suggestion.themes)
        seen["summary"] = dialog.summary.text()
        seen["preview"] = dialog.preview_model.rowCount()
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    fill_next_dialog(apply)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert seen["themes"] >= 1
    assert "Buses" not in seen["summary"]
    assert "notes are kept" in seen["summary"]  # the six notes placed by hand
    assert "Grouped by shared words and by meaning." in seen["summary"]
    assert seen["preview"] == seen["themes"] + 1  # and the Unsorted pile
    themes = ws.synthesis.themes()
    assert sum(1 for t in themes if t.origin == "suggested") == seen["themes"]
    assert [t.note_ids for t in themes if t.label in ("Buses", "Wifi")] == [
        tuple(ids["bus"][:3]), tuple(ids["wifi"][:3])]
    window.undo_action.trigger()
    assert [t.label for t in ws.synthesis.themes()] == ["Buses", "Wifi"]


def test_changing_granularity_suggests_again(themed, qtbot):
    window, _ = themed
    dialog = SuggestDialog(window.controller.workshop, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for_suggestion(qtbot, dialog)
    first = dialog.suggestion
    dialog.granularity.setValue(2)
    qtbot.waitUntil(lambda: dialog.suggestion is not None and dialog.suggestion is not first,
                    timeout=20000)
    assert dialog.suggestion.granularity == 1.0
    dialog.reject()


def test_discarding_a_suggestion_changes_nothing(themed, qtbot, fill_next_dialog):
    window, _ = themed
    ws = window.controller.workshop
    before = ws.synthesis.themes()

    def discard(dialog):
        wait_for_suggestion(qtbot, dialog)
        dialog.reject()

    fill_next_dialog(discard)
    window.page.suggest_themes()
    assert ws.synthesis.themes() == before
    assert not window.controller.undo_stack.canUndo() or \
        not window.undo_action.text().startswith("&Undo Apply")


def test_closing_while_suggesting_stops_the_worker(themed, qtbot):
    window, _ = themed
    dialog = SuggestDialog(window.controller.workshop, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    worker = dialog._worker
    dialog.reject()
    assert worker is not None and worker.isFinished()
    assert QApplication.activeModalWidget() is None


def _on_threads(monkeypatch, name: str) -> list:
    """Spy on ``themes_panel.<name>``: the thread of each call."""
    import threading

    from facilitator.views import themes_panel as module

    calls: list[threading.Thread] = []
    real = getattr(module, name)

    def spy(*args, **kwargs):
        calls.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, spy)
    return calls


def click_row(qtbot, tree, index) -> None:
    """Click a row of the tree, as a user does to choose it: it takes the focus too."""
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualRect(index).center())


def test_new_note_is_offered_its_theme_and_accepted(themed, qtbot, monkeypatch, press,
                                                    type_into_focus):
    import threading

    window, _ids = themed
    panel = panel_of(window)
    ws = window.controller.workshop
    offered = _on_threads(monkeypatch, "offered_themes")
    press("Ctrl+E")  # to the note field, the Themes tab still shown
    type_into_focus("The late bus timetable again: buses stop too early", enter=True)
    note = ws.notes()[-1]
    assert panel.model.index_of_note(note.id).isValid()  # listed at once...
    qtbot.waitUntil(lambda: panel.model.offer_for(note.id) is not None, timeout=20000)
    assert offered and threading.main_thread() not in offered  # ...its offer worked out aside
    assert panel.model.offer_for(note.id).label == "Buses"
    index = panel.model.index_of_note(note.id)
    assert panel.model.index(index.row(), 2, index.parent()).data() == "not placed → Buses"
    click_row(qtbot, panel.tree, index)
    assert QApplication.focusWidget() is panel.tree
    assert panel.selected_note_ids() == [note.id]
    press("Ctrl+Return")
    assert ws.note(note.id).theme_label == "Buses"


def test_a_typed_note_is_listed_at_once_and_the_evidence_follows_it_into_a_theme(
        themed, qtbot, monkeypatch, press, type_into_focus):
    """While the Themes tab is shown, a note typed goes to Unsorted without reading the
    store, its offer comes from the worker, and accepting it updates each insight's
    evidence, counted from the notes the reload read (no insight's notes read again)."""
    window, ids = themed
    panel = panel_of(window)
    ws = window.controller.workshop
    buses = ws.synthesis.themes()[0].id
    on_buses = window.controller.add_insight("We heard that buses stop early",
                                             theme_ids=[buses])
    by_hand = window.controller.add_insight("We heard about teens", note_ids=ids["teens"][:2])
    evidence = {i.id: panel.insights.model.index(row, 1).data()
                for row, i in enumerate(panel.insights.model.records())}
    assert evidence == {on_buses.id: "3 notes · 2 people · 2 groups",
                        by_hand.id: "2 notes · 2 people · 2 groups"}
    asked = []
    real_evidence = ws.synthesis.evidence
    monkeypatch.setattr(ws.synthesis, "evidence", lambda *a, **k: asked.append(
        (a, k)) or real_evidence(*a, **k))
    press("Ctrl+E")
    type_into_focus("The last bus leaves too early: buses stop at six", enter=True)
    note = ws.notes()[-1]
    assert branch_titles(panel)[-1] == "Unsorted (13)"  # at once
    qtbot.waitUntil(lambda: panel.model.offer_for(note.id) is not None, timeout=20000)
    assert panel.model.offer_for(note.id).id == buses
    click_row(qtbot, panel.tree, panel.model.index_of_note(note.id))
    press("Ctrl+Return")  # the tab reloads: the note is in Buses
    assert ws.note(note.id).theme_id == buses
    assert branch_titles(panel) == ["Buses (4)", "Wifi (3)", "Unsorted (12)"]
    shown = {i.id: panel.insights.model.index(row, 1).data()
             for row, i in enumerate(panel.insights.model.records())}
    assert shown[on_buses.id] == "4 notes · 2 people · 2 groups"
    assert shown[by_hand.id] == evidence[by_hand.id]
    assert not [a for a, k in asked if a or k.get("insight_id") is not None]
    assert real_evidence(on_buses.id).notes == 4  # as the store counts it


def test_near_duplicates_are_flagged(themed, qtbot):
    window, ids = themed
    panel = panel_of(window)
    note = window.controller.add_note("buses are too infrequent!!")
    # Listed at once; the ≈ mark is worked out off the window's thread, a moment later.
    assert panel.model.index_of_note(note.id).isValid()
    assert panel.model.duplicate_of(note.id) is None
    qtbot.waitUntil(lambda: panel.model.duplicate_of(note.id) is not None, timeout=20000)
    index = panel.model.index_of_note(note.id)
    assert index.data().startswith("≈ ")
    assert panel.model.duplicate_of(note.id) == ids["bus"][3]
    assert index.data(ITEM_ROLE) == ("note", note.id)


def test_themes_take_the_full_width_when_the_panel_is_narrow(themed, qtbot):
    window, _ = themed
    panel = panel_of(window)
    window.show()
    window.resize(900, 700)
    qtbot.waitUntil(lambda: panel.width() < panel.SIDE_BY_SIDE_WIDTH)
    assert panel.splitter.orientation() == Qt.Orientation.Vertical  # insights underneath
    window.resize(2600, 900)
    qtbot.waitUntil(lambda: panel.width() >= panel.SIDE_BY_SIDE_WIDTH)
    assert panel.splitter.orientation() == Qt.Orientation.Horizontal  # side by side
    assert min(panel.splitter.sizes()) > 0


def test_the_offered_theme_column_shows_only_while_a_note_is_on_offer(window, qtbot):
    ws = window.controller.workshop
    window.page.show_tab(1)
    panel = panel_of(window)
    for text in ("Bus is late", "Buses stop at six", "The bus never comes"):
        ws.add_note(text)
    panel.refresh()
    assert panel.tree.isColumnHidden(2)  # no themes, so nothing to offer
    ws.synthesis.create_theme("Buses", [n.id for n in ws.notes()])
    note = window.controller.add_note("The late bus timetable again: buses stop too early")
    panel.refresh()
    qtbot.waitUntil(lambda: panel.model.offer_for(note.id) is not None, timeout=20000)
    assert not panel.tree.isColumnHidden(2)


def test_ctrl_k_stacks_a_near_duplicate_with_its_original_and_undo_unstacks(themed, qtbot, press):
    window, ids = themed
    panel = panel_of(window)
    ws = window.controller.workshop
    original = ids["bus"][0]  # in the Buses theme
    repeat = window.controller.add_note(ws.note(original).text + "!!").id
    qtbot.waitUntil(lambda: panel.model.duplicate_of(repeat) == original, timeout=20000)
    assert ws.note(repeat).theme_id is None
    select(panel, "note", repeat)
    assert panel.stack_action.isEnabled()
    panel.tree.setFocus()
    press(Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert ws.note(repeat).theme_label == "Buses"
    assert window.undo_action.toolTip() == "Undo Stack 1 note in “Buses”"
    window.undo_action.trigger()
    assert ws.note(repeat).theme_id is None


def test_stacking_two_unsorted_notes_says_what_to_do(themed, qtbot):
    window, ids = themed
    panel = panel_of(window)
    messages = []
    window.controller.failed.connect(messages.append)
    unsorted = ids["teens"][0]
    repeat = window.controller.add_note(window.controller.workshop.note(unsorted).text + "!").id
    qtbot.waitUntil(lambda: panel.model.duplicate_of(repeat) is not None, timeout=20000)
    select(panel, "note", repeat)
    panel.stack()
    assert messages and "Neither note is in a theme yet" in messages[0]
    assert window.controller.workshop.note(repeat).theme_id is None


@pytest.fixture
def themed_behind(window, topics):
    """The window on the Notes tab over notes in two themes and the rest unsorted (captured
    before the themes: the nearest theme is offered for each)."""
    ws = window.controller.workshop
    window.page.show_tab(0)
    ids = {topic: [ws.add_note(text).note.id for text in texts]
           for topic, texts in topics.items()}
    themes = {label: ws.synthesis.create_theme(label, ids[topic][:3]).theme_ids[0]
              for label, topic in (("Buses", "bus"), ("Wifi", "wifi"))}
    return window, ids, themes


def _offers_on_a_thread(monkeypatch, first=None):
    """Spy on the offers the Themes tab works out: the thread of each call, and ``first``
    (an event) holding the first call back until it is set."""
    import threading

    from facilitator.views import themes_panel as module

    calls: list[threading.Thread] = []
    real = module.offers_among

    def spy(notes, themes, language):
        calls.append(threading.current_thread())
        if first is not None and len(calls) == 1:
            assert first.wait(20)
        return real(notes, themes, language)

    monkeypatch.setattr(module, "offers_among", spy)
    return calls


def test_the_offered_themes_are_worked_out_off_the_window_thread(themed_behind, qtbot,
                                                                 monkeypatch, press):
    import threading

    window, ids, _themes = themed_behind
    calls = _offers_on_a_thread(monkeypatch)
    panel = panel_of(window)
    with qtbot.waitSignal(panel.marks_shown, timeout=20000):
        window.page.show_tab(1)  # the reload lists the notes at once...
        assert branch_titles(panel) == ["Buses (3)", "Wifi (3)", "Unsorted (12)"]
        assert panel.model.offer_for(ids["bus"][4]) is None  # ...and offers when ready
    assert len(calls) == 1 and calls[0] is not threading.main_thread()
    assert panel.model.offer_for(ids["bus"][4]).label == "Buses"
    assert panel.model.offer_for(ids["wifi"][5]).label == "Wifi"
    assert not panel.tree.isColumnHidden(2)
    click_row(qtbot, panel.tree, panel.model.index_of_note(ids["bus"][4]))
    assert QApplication.focusWidget() is panel.tree
    press("Ctrl+Return")
    assert window.controller.workshop.note(ids["bus"][4]).theme_label == "Buses"


def test_offers_worked_out_for_an_older_reload_are_never_shown(themed_behind, qtbot,
                                                               monkeypatch):
    import threading

    window, ids, themes = themed_behind
    held = threading.Event()
    calls = _offers_on_a_thread(monkeypatch, first=held)
    panel = panel_of(window)
    shown: list[str | None] = []
    panel.marks_shown.connect(lambda: shown.append(
        getattr(panel.model.offer_for(ids["bus"][4]), "label", None)))
    window.page.show_tab(1)  # the first reload's offers are held back
    qtbot.waitUntil(lambda: len(calls) == 1)
    window.controller.rename_theme(themes["Buses"], "Late buses")  # read again meanwhile
    typed = window.controller.add_note("The late bus timetable again: buses stop too early")
    assert panel.model.offer_for(typed.id) is None  # a typed note's with the latest marks
    with qtbot.waitSignal(panel.marks_shown, timeout=20000):
        held.set()
    assert len(calls) == 2  # the rename's reload waited for the first, then had its own
    assert shown == ["Late buses"]  # once, for the latest reload only
    assert panel.model.offer_for(typed.id).label == "Late buses"


def test_closing_the_workshop_while_offers_are_worked_out_loses_nothing(themed_behind,
                                                                        qtbot, monkeypatch):
    import threading

    from facilitator.core.domain.workshop import Workshop
    from facilitator.core.storage.store import open_store

    window, ids, _themes = themed_behind
    held = threading.Event()
    calls = _offers_on_a_thread(monkeypatch, first=held)
    window.page.show_tab(1)
    qtbot.waitUntil(lambda: len(calls) == 1)
    window.controller.add_note("Typed while the offers were worked out")
    path = window.controller.workshop.store.path
    threading.Timer(0.3, held.set).start()
    assert window.close_workshop()  # waits for the offers, which then go nowhere
    qtbot.wait(50)  # the worker's last signals, if any, reach nothing
    assert window.session is None and len(calls) == 1
    reopened = Workshop(open_store(path))
    try:
        assert len(reopened.notes()) == sum(map(len, ids.values())) + 1
    finally:
        reopened.close()
