"""Importing a sign-up sheet from the Participants dock: all rows or none, bad lines named,
and undone or redone as one step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

SHEET = ("label,group,role,quote,real_name,email,phone\n"
         "R1,resident,explorer,yes,Zoë Lefèvre,zoe@example.org,07700 900123\n"
         "R2,service user,,no,,,\n"
         "P1,professional,designer,yes,,,\n")


def choose_file(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "")))


def press_import(window, qtbot) -> None:
    window.activateWindow()
    window.page.import_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.page.import_button)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)


def test_a_sign_up_sheet_imports_from_the_dock_and_undoes_as_one_step(window, qtbot,
                                                                       monkeypatch, tmp_path):
    path = tmp_path / "sign-up.csv"
    path.write_text(SHEET, encoding="utf-8")
    choose_file(monkeypatch, path)
    press_import(window, qtbot)
    table = window.page.participants.model
    labels = lambda: [table.record_at(r).label for r in range(table.rowCount())]
    assert labels() == ["R1", "R2", "P1"]
    shown = " ".join(str(table.data(table.index(r, c))) for r in range(table.rowCount())
                     for c in range(table.columnCount()))
    assert "Zoë" not in shown and "zoe@" not in shown  # never on screen
    assert "Imported 3 participants." in window.statusBar().currentMessage()
    assert window.undo_action.text().endswith("Import 3 participants")
    window.undo_action.trigger()
    assert labels() == []
    window.redo_action.trigger()
    assert labels() == ["R1", "R2", "P1"]
    assert window.controller.workshop.participants()[0].real_name == "Zoë Lefèvre"


def test_a_bad_sheet_imports_nothing_and_names_its_lines(window, qtbot, monkeypatch,
                                                        tmp_path, messages):
    path = tmp_path / "sign-up.csv"
    path.write_text(SHEET + ",resident,,yes,,,\nR2,resident,,perhaps,,,\n", encoding="utf-8")
    choose_file(monkeypatch, path)
    press_import(window, qtbot)
    assert window.page.participants.model.rowCount() == 0
    assert len(messages) == 1
    _title, text = messages[0]
    assert "line 5: the label is empty" in text
    assert "line 6: the label 'R2' is already on line 3; quote must be yes or no" in text
    assert not window.undo_action.isEnabled()
