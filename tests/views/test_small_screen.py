"""On a 1,024 x 768 projector with the docks open, the tabs are about 450 pixels wide: the
note, the solution and the board must still get the room."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.core.domain.steps import Step
from facilitator.views.layout import widest_allowed
from facilitator.views.note_models import NoteTableModel

LONG = ("Closed on Saturday afternoons, the only time I am free, and the bus does not run "
        "on Sundays either so the weekend is out for me completely")


def test_the_widest_columns_give_way_first():
    assert widest_allowed([44, 70, 100, 120], 400) == 120  # room for all: nothing is cut
    assert widest_allowed([44, 70, 100, 120], 194) == 50  # the number stays whole
    assert 44 + 3 * widest_allowed([44, 70, 100, 120], 194) <= 194
    assert widest_allowed([40, 85, 60, 170], 260) == 80
    assert widest_allowed([], 10) == 0
    assert widest_allowed([50], -5) == 0


def test_the_note_keeps_most_of_a_narrow_notes_table(window, qtbot):
    ws = window.controller.workshop
    person = ws.add_participant("R1", group="service user").id
    ws.add_note(LONG, participant_id=person)
    window.page.show_tab(0)
    table = window.page.notes_panel.table
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: table.viewport().width() < 520)
    header = table.horizontalHeader()
    width = table.viewport().width()
    assert header.sectionSize(NoteTableModel.TEXT) >= 0.5 * width
    assert header.sectionSize(NoteTableModel.ID) == 44  # a number is never cut

    window.resize(2400, 900)
    qtbot.waitUntil(lambda: table.viewport().width() > 1200)
    assert header.sectionSize(NoteTableModel.ACTIVITY) == 120  # the room comes back
    assert header.sectionSize(NoteTableModel.GROUP) == 100


def test_a_column_shown_again_is_fitted_too(window, qtbot):
    panel = window.page.notes_panel
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: panel.table.viewport().width() < 520)
    panel.set_hidden_columns([])
    header = panel.table.horizontalHeader()
    assert header.sectionSize(NoteTableModel.TEXT) >= 0.5 * panel.table.viewport().width()
    assert header.sectionSize(NoteTableModel.TIME) > 0


def test_a_column_chosen_from_the_header_menu_is_fitted_too(window, qtbot):
    panel = window.page.notes_panel
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: panel.table.viewport().width() < 520)
    for action in panel.column_menu().actions():
        if not action.isChecked():
            action.trigger()  # Step and Time shown, as from the right-click menu
    header = panel.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(NoteTableModel.TEXT)
                    >= 0.5 * panel.table.viewport().width())
    assert header.sectionSize(NoteTableModel.TIME) > 0


def test_a_column_the_facilitator_widens_keeps_its_width(window, qtbot):
    panel = window.page.notes_panel
    window.resize(2400, 900)
    qtbot.waitUntil(lambda: panel.table.viewport().width() > 1200)
    header = panel.table.horizontalHeader()
    header.resizeSection(NoteTableModel.ACTIVITY, 260)  # as a drag of the header does
    window.resize(2300, 900)
    qtbot.waitUntil(lambda: panel.table.viewport().width() < 2100)
    assert header.sectionSize(NoteTableModel.ACTIVITY) == 260


def test_solutions_stack_above_the_matrix_and_keep_dates_whole(window, qtbot):
    ws = window.controller.workshop
    note = ws.add_note("The last bus leaves at six").note.id
    ws.set_step(Step.DEVELOP)
    insight = ws.synthesis.add_insight("We heard that buses stop too early", note_ids=[note])
    ws.synthesis.add_solution(LONG, insight_ids=[insight.id])
    solution = ws.synthesis.solutions()[0]
    ws.synthesis.update_solution(solution.id, owner="Libraries service with the college "
                                   "and the youth centre", due_date="2027-01-14")
    window.page.show_tab(3)
    panel = window.page.solutions_panel
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: panel.width() < panel.SIDE_BY_SIDE_WIDTH)
    assert panel.splitter.orientation() == Qt.Orientation.Vertical  # matrix underneath
    assert min(panel.splitter.sizes()) > 150
    table = panel.table
    qtbot.waitUntil(lambda: table.horizontalHeader().sectionSize(0)
                    >= 0.5 * table.viewport().width())
    header = table.horizontalHeader()
    owner, due = header.sectionSize(2), header.sectionSize(3)
    assert owner < table.sizeHintForColumn(2)  # the long owner's name gives way first...
    assert due >= min(table.sizeHintForColumn(3), owner)  # ...never the date before it

    window.resize(1400, 800)  # a laptop with the left docks open: the date fits whole
    qtbot.waitUntil(lambda: table.viewport().width() > 600)
    qtbot.waitUntil(lambda: header.sectionSize(3) >= table.sizeHintForColumn(3))
    assert header.sectionSize(0) >= 0.5 * table.viewport().width()

    window.resize(2400, 900)
    qtbot.waitUntil(lambda: panel.width() >= panel.SIDE_BY_SIDE_WIDTH)
    assert panel.splitter.orientation() == Qt.Orientation.Horizontal


def test_captured_notes_never_scroll_sideways(make_window, demo_file, qtbot):
    from facilitator.core.domain.workshop import Workshop
    from facilitator.core.storage.store import open_store

    ws = Workshop(open_store(demo_file), device="Table 1")
    for number in range(30):  # the list sizes its rows by one of them: make any one long
        ws.add_note(f"{number}: {LONG[:60 + number]}")
    ws.close()
    window = make_window()
    window.resize(1024, 768)
    assert window.open_target(str(demo_file))
    listed = window.page.capture.captured
    qtbot.waitUntil(lambda: listed.model().rowCount() == 30)
    qtbot.wait(50)
    assert listed.horizontalScrollBar().maximum() == 0
    for row in range(30):  # every note on one line, a long one elided, not cut off
        rect = listed.visualRect(listed.model().index(row, listed.modelColumn()))
        assert rect.width() <= listed.viewport().width()


def test_a_fitted_board_stays_fitted_until_zoomed(window, qtbot):
    ws = window.controller.workshop
    for text in ("Bus stops at six", "No bus on Sundays", "Wifi drops upstairs"):
        ws.add_note(text)
    window.page.show_tab(4)
    view = window.page.board.view
    qtbot.waitUntil(lambda: len(view.notes) == 3)
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: view.viewport().width() < 700)
    view.fit_all()
    small = view.transform().m11()
    window.resize(2400, 1200)
    qtbot.waitUntil(lambda: view.transform().m11() > small * 1.2)  # refitted to the new room
    view.zoom(0.5)
    zoomed = view.transform().m11()
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: view.viewport().width() < 700)
    assert view.transform().m11() == zoomed  # the facilitator's own zoom is kept


def test_the_suggestion_preview_gives_the_notes_the_width(window, qtbot):
    from facilitator.views.suggest_dialog import SuggestDialog

    ws = window.controller.workshop
    person = ws.add_participant("R1", group="resident").id
    for topic in ("bus", "wifi", "toilets"):
        for text in ("The {} never works when we need it most", "No {} on Sundays at all",
                     "The {} is a problem again this week", "Fix the {} please, it matters"):
            ws.add_note(text.format(topic), participant_id=person)
    ws.set_step(Step.SYNTHESISE)
    window.resize(1024, 768)
    dialog = SuggestDialog(ws, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.suggestion is not None, timeout=20000)
    header = dialog.preview.header()
    note, author = header.sectionSize(0), header.sectionSize(1)
    # As wide as "Author" or "R1", not half the dialog.
    assert author <= max(dialog.preview.sizeHintForColumn(1), header.sectionSizeHint(1)) + 4
    assert note >= 0.7 * dialog.preview.viewport().width()
    dialog.reject()


def test_the_notes_filters_show_their_first_choice_whole_at_any_width(window, qtbot):
    """'All groups', 'All steps', 'All activities' were cut ('All grou') at 1,024 pixels:
    the filters go under the search when the tab is narrow."""
    panel = window.page.notes_panel
    window.page.show_tab(0)
    for width, rows in ((1024, 2), (2400, 1)):
        window.resize(width, 768)
        qtbot.waitUntil(lambda rows=rows: (panel.step.geometry().top()
                                           > panel.search.geometry().top()) == (rows == 2))
        for combo in (panel.group, panel.step, panel.activity):
            text = combo.fontMetrics().horizontalAdvance(combo.itemText(0))
            assert combo.width() >= text + 20, (width, combo.itemText(0), combo.width())
            assert combo.geometry().right() <= panel.width()
        assert panel.search.width() >= 110


def test_a_narrow_participants_list_shows_the_start_of_every_column(window, qtbot):
    """In a narrow dock (a projector, longer French words) the widest columns give way
    evenly: the role is never squeezed to "…" while the group keeps all its width."""
    ws = window.controller.workshop
    ws.add_participant("C1", group="commissioner", role="explorer", consent_quote=True)
    ws.add_participant("S1", group="professional", role="ideator", consent_quote=True)
    table = window.page.participants.table
    window.page.participants.set_records(ws.participants())
    header = table.horizontalHeader()
    font = table.fontMetrics()

    table.resize(200, 300)
    qtbot.waitUntil(lambda: table.viewport().width() < 200)
    QApplication.processEvents()
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert sum(widths) <= table.viewport().width() + 1  # nothing scrolls sideways
    assert min(widths) >= font.horizontalAdvance("expl…")  # every column shows its start

    table.resize(600, 300)
    qtbot.waitUntil(lambda: table.viewport().width() > 500)
    QApplication.processEvents()
    assert header.sectionSize(1) >= font.horizontalAdvance("commissioner")  # all whole again
    assert header.sectionSize(2) >= font.horizontalAdvance("explorer")
