"""The Themes panel counts groups as the brief does: notes of no known group are 'group
unknown', never a group of their own, and a one-group warning needs most notes known."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel


def show(window, theme_id: int) -> str:
    panel = window.page.themes_panel
    window.page.show_tab(1)
    index = panel.model.index_of_theme(theme_id)
    panel.tree.setCurrentIndex(index)
    panel.tree.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                       | QItemSelectionModel.SelectionFlag.Rows)
    return panel.detail.text()


def test_no_group_is_unknown_and_not_a_group_that_speaks_alone(window):
    ws = window.controller.workshop
    resident = ws.add_participant("R1", group="resident").id
    tables = [ws.add_note(f"Table note {i} on buses", table_label="Table 1").note.id
              for i in range(31)]
    tables.append(ws.add_note("Resident on buses", participant_id=resident).note.id)
    wide = ws.synthesis.create_theme("Buses", tables).theme_ids[0]
    only_tables = [ws.add_note(f"Table note {i} on wifi", table_label="Table 2").note.id
                   for i in range(3)]
    unknown = ws.synthesis.create_theme("Wifi", only_tables).theme_ids[0]
    residents = [ws.add_note(f"Parking {i}", participant_id=resident).note.id
                 for i in range(3)]
    narrow = ws.synthesis.create_theme("Parking", residents).theme_ids[0]

    text = show(window, wide)
    assert "Only one group speaks here" not in text
    assert "group unknown 31" in text and "no group" not in text
    text = show(window, unknown)
    assert "Only one group speaks here" not in text  # unknown is not one group
    assert "3 notes from 0 participants" in text
    text = show(window, narrow)
    assert "Only one group speaks here</b> (resident)" in text
    assert "3 notes from 1 participant." in text
