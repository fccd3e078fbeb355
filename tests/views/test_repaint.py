"""A note typed repaints what it changes and nothing else, and is on screen where it belongs:
the notes table and the captured list keep the rows on show, the labels keep their size, a
dock behind another's tab waits until it is chosen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QApplication

from facilitator.core.domain.workshop import NoteRow, Workshop
from facilitator.core.storage.store import open_store
from facilitator.views.note_models import NoteTableModel


class Events(QObject):
    """Paint and layout requests each widget gets while installed on the application."""

    def __init__(self):
        super().__init__()
        self.paints: dict[QObject, list] = {}
        self.layouts: list[QObject] = []

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints.setdefault(watched, []).append(event.rect())
        elif event.type() == QEvent.Type.LayoutRequest:
            self.layouts.append(watched)
        return False

    def __enter__(self):
        QApplication.instance().installEventFilter(self)
        return self

    def __exit__(self, *_):
        QApplication.instance().removeEventFilter(self)


def _open(make_window, demo_file, notes: int):
    ws = Workshop(open_store(demo_file), device="Table 1")
    ws.add_participant("R1", group="resident")
    ws.import_notes([NoteRow(line=i + 1, text=f"Note {i + 1} about the opening hours",
                             participant="R1") for i in range(notes)])
    ws.close()
    window = make_window()
    window.resize(1280, 800)
    assert window.open_target(str(demo_file))
    return window


def _settle(qtbot) -> None:
    for _ in range(3):  # the layout, then the repaint it asks for
        QApplication.processEvents()
    qtbot.wait(5)


def _on_screen_as_painted_afresh(window, view) -> bool:
    """The pixels of the view on screen are those it paints from its model now."""
    viewport = view.viewport()
    corner = viewport.mapTo(window, QPoint(0, 0))
    shown = window.screen().grabWindow(window.winId(), corner.x(), corner.y(),
                                       viewport.width(), viewport.height()).toImage()
    fresh = viewport.grab().toImage().convertToFormat(shown.format())
    return shown == fresh


@pytest.mark.parametrize(("notes", "newest_first"), [(3, False), (60, False), (60, True)],
                         ids=["few notes", "table full", "sorted newest first"])
def test_a_note_typed_is_shown_in_the_table_and_the_list_as_a_full_repaint_shows_it(
        make_window, demo_file, qtbot, press, type_into_focus, notes, newest_first):
    window = _open(make_window, demo_file, notes)
    page = window.page
    table = page.notes_panel.table
    if newest_first:  # the new note goes at the top, among the rows on show
        table.sortByColumn(NoteTableModel.ID, Qt.SortOrder.DescendingOrder)
    _settle(qtbot)
    press("Ctrl+E")
    for number in range(3):
        type_into_focus(f"Typed note {number}", enter=True)
        _settle(qtbot)
        assert _on_screen_as_painted_afresh(window, table)
        assert _on_screen_as_painted_afresh(window, page.capture.captured)
    shown = [table.model().index(row, NoteTableModel.TEXT).data()
             for row in range(table.model().rowCount())]
    assert len(shown) == notes + 3
    assert (shown[:3] if newest_first else shown[-3:]) == [
        f"Typed note {n}" for n in ((2, 1, 0) if newest_first else (0, 1, 2))]
    captured = page.capture.captured.model()
    assert captured.index(captured.rowCount() - 1, NoteTableModel.TEXT).data() == \
        "Typed note 2"


def test_a_note_typed_repaints_one_row_of_the_list_and_no_row_of_a_full_table(
        make_window, demo_file, qtbot, press, type_into_focus):
    window = _open(make_window, demo_file, 60)
    page = window.page
    table, listed = page.notes_panel.table, page.capture.captured
    _settle(qtbot)
    press("Ctrl+E")
    type_into_focus("First note, after which the labels have their texts", enter=True)
    _settle(qtbot)
    with Events() as events:
        type_into_focus("Second note", enter=True)
        _settle(qtbot)
    assert table.viewport() not in events.paints  # the note went under the rows on show
    row_height = listed.visualRect(listed.model().index(0, listed.modelColumn())).height()
    strips = events.paints[listed.viewport()]
    # The new row scrolled in (with the part of a row the list had spare under its last),
    # not the twenty rows on show.
    assert sum(rect.height() for rect in strips) < 2 * row_height
    assert listed.viewport().height() > 10 * row_height
    # The count and the time saved changed, and nothing was laid out again for them.
    assert page.notes_panel.count.text() == "62 notes"
    assert window.saved_label.text().startswith("Saved ")
    assert window not in events.layouts and page.notes_panel not in events.layouts
    last = listed.model().index(listed.model().rowCount() - 1, listed.modelColumn())
    assert last.data().endswith("Second note")


def test_the_voice_dock_behind_another_tab_counts_the_notes_once_its_tab_is_chosen(
        make_window, demo_file, qtbot, press, type_into_focus):
    window = _open(make_window, demo_file, 5)
    window.participants_dock.raise_()  # the voice balance behind the participants
    _settle(qtbot)
    voice = window.page.voice
    resets = []
    voice.groups.modelReset.connect(lambda: resets.append(1))
    press("Ctrl+E")
    for text in ("Open on Sundays", "More benches"):
        type_into_focus(text, enter=True)
    _settle(qtbot)
    assert resets == []  # nothing counted off screen
    window.voice_dock.raise_()
    _settle(qtbot)
    assert voice.balance.notes == 7
    type_into_focus("Quiet room upstairs", enter=True)  # on screen: counted at once
    assert voice.balance.notes == 8
