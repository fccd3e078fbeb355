"""One write path from the views: an action has one undo label wherever it starts (the
Themes tab or the board), and no view emits the controller's own signals."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QPointF, Qt
from PySide6.QtWidgets import QInputDialog

from facilitator.views import controller as controller_module
from facilitator.views.controller import WorkshopController


@pytest.fixture
def grouped(window, qtbot):
    """Four notes, two of them in the theme "Buses"; the board has drawn them."""
    ws = window.controller.workshop
    ids = [ws.add_note(text).note.id for text in ("Bus stops at six", "No bus on Sundays",
                                                 "Wifi drops upstairs", "Nowhere for teens")]
    ws.synthesis.create_theme("Buses", ids[:2])
    board = window.page.board
    window.page.show_tab(4)
    qtbot.waitUntil(lambda: len(board.view.notes) == 4 and len(board.view.regions) == 1)
    return window, ids, ws.synthesis.themes()[0].id


def pushed_by(window, action) -> list[str]:
    """The undo labels an action put on the stack, which is then undone back to where it was."""
    stack = window.controller.undo_stack
    start = stack.index()
    action()
    labels = [stack.text(i) for i in range(start, stack.index())]
    stack.setIndex(start)
    return labels


def answer(monkeypatch, text: str) -> None:
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (text, True)))


def on_themes_tab(window):
    window.page.show_tab(1)
    return window.page.themes_panel


def test_renaming_a_theme_has_one_label_from_the_themes_tab_and_from_the_board(
        grouped, monkeypatch):
    window, _, theme = grouped
    answer(monkeypatch, "Getting there")
    from_board = pushed_by(window, lambda: window.page.board.rename(theme))
    panel = on_themes_tab(window)
    model = panel.model
    from_tab = pushed_by(window, lambda: model.setData(model.index_of_theme(theme),
                                                       "Getting there"))
    assert from_board == from_tab == ["Rename theme to “Getting there”"]
    assert window.controller.workshop.synthesis.theme(theme).label == "Buses"  # undone


def test_moving_a_note_into_a_theme_has_one_label_from_the_themes_tab_and_from_the_board(
        grouped, drag):
    window, ids, theme = grouped
    board = window.page.board
    region = board.view.regions[theme].sceneBoundingRect()
    note = board.view.notes[ids[2]]
    from_board = pushed_by(window, lambda: drag(board.view, note.sceneBoundingRect().center(),
                                                region.topLeft() + QPointF(20, 12)))
    panel = on_themes_tab(window)
    model = panel.model
    from_tab = pushed_by(window, lambda: model.dropMimeData(
        model.mimeData([model.index_of_note(ids[2])]), Qt.DropAction.MoveAction, -1, -1,
        model.index_of_theme(theme)))
    assert from_tab == ["Move 1 note to “Buses”"]
    assert from_tab[0] in from_board  # the board also keeps where the note was put down
    assert window.controller.workshop.note(ids[2]).theme_id is None  # undone


def test_a_new_theme_has_one_label_from_the_themes_tab_and_from_the_board(
        grouped, drag, monkeypatch, qtbot):
    window, ids, _ = grouped
    board = window.page.board
    loose, target = board.view.notes[ids[2]], board.view.notes[ids[3]]
    from_board = pushed_by(window, lambda: drag(board.view, loose.sceneBoundingRect().center(),
                                                target.sceneBoundingRect().center()))
    panel = on_themes_tab(window)
    qtbot.waitUntil(lambda: panel.model.index_of_note(ids[3]).isValid())
    index = panel.model.index_of_note(ids[3])
    panel.tree.setCurrentIndex(index)
    panel.tree.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                       | QItemSelectionModel.SelectionFlag.Rows)
    answer(monkeypatch, "New theme")  # the name the board gives a theme it makes
    from_tab = pushed_by(window, panel.new_action.trigger)
    assert from_tab == ["New theme “New theme”"]
    assert from_tab[0] in from_board


def test_refusing_an_action_goes_through_the_controller(window):
    said = []
    window.controller.failed.connect(said.append)
    window.controller.refuse("Select notes of one theme to split them off.")
    assert said == ["Select notes of one theme to split them off."]


def test_no_view_emits_the_controllers_signals_or_hands_it_an_operation():
    signals = [name for name, value in vars(WorkshopController).items()
               if type(value).__name__ == "Signal" and not name.startswith("_")]
    assert {"changed", "failed", "saved", "notice"} <= set(signals)
    emits = re.compile(r"controller\.(" + "|".join(signals) + r")\.emit\b")
    folder = Path(controller_module.__file__).parent
    offenders = [f"{path.name}:{number}"
                 for path in sorted(folder.glob("*.py")) if path.name != "controller.py"
                 for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
                 if emits.search(line) or "change_themes" in line]
    assert offenders == []
