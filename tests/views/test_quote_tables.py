"""Workshop > Details… says whether a table's notes may be quoted; undoable like any edit."""

from __future__ import annotations


def test_tables_may_be_quoted_is_a_workshop_detail(window, fill_next_dialog):
    def tick(dialog):
        assert not dialog.quote_tables.isChecked()  # by default a table is not quoted
        dialog.quote_tables.setChecked(True)
        dialog.accept()

    fill_next_dialog(tick)
    window.edit_details()
    assert window.controller.workshop.details().quote_tables is True
    window.undo_action.trigger()
    assert window.controller.workshop.details().quote_tables is False
