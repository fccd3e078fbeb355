"""The Insight graph tab: drawing, choosing a node, the analysis lists, GraphML export."""

from __future__ import annotations

import networkx as nx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QFileDialog

from facilitator.views.graph_view import NODE_ROLE, NodeItem, node_radius


@pytest.fixture
def synthesised(window):
    """Two themes (one heard from residents only), two insights in tension, a solution."""
    ws = window.controller.workshop
    resident = ws.add_participant("R1", group="resident").id
    other = ws.add_participant("R2", group="resident").id
    user = ws.add_participant("U1", group="service user").id
    bus = [ws.add_note(text, participant_id=pid).note.id for text, pid in (
        ("The last bus leaves at six", resident), ("No bus on Sundays", user),
        ("Bus stop far from the door", other), ("Later buses on late nights", user))]
    teens = [ws.add_note(text, participant_id=pid).note.id for text, pid in (
        ("Teenagers have nowhere to go", resident), ("A homework room", other),
        ("Teens feel watched", resident))]
    ws.add_note("Lovely biscuits", participant_id=user)
    synthesis = ws.synthesis
    buses = synthesis.theme(synthesis.create_theme("Buses", bus).theme_ids[0])
    youth = synthesis.theme(synthesis.create_theme("Teenagers", teens).theme_ids[0])
    wide = synthesis.promote_theme(buses.id, "We heard that buses stop too early")
    narrow = synthesis.promote_theme(youth.id, "We heard that teenagers need a room")
    synthesis.link("contradicts", ("insight", wide.id), ("insight", narrow.id))
    ws.set_step(4)
    solution = synthesis.add_solution("Late bus on Thursdays", insight_ids=[wide.id])
    return window, {"buses": buses.id, "youth": youth.id, "wide": wide.id,
                    "narrow": narrow.id, "solution": solution.id, "bus_notes": bus}


def view_of(window):
    return window.page.graph_view


def test_alt_3_opens_the_graph_with_a_node_per_theme_insight_solution_and_note(
        synthesised, qtbot):
    window, ids = synthesised
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    view = view_of(window)
    assert window.page.tabs.currentWidget() is view
    kinds = sorted(item.kind for item in view.items.values())
    # 7 notes in themes drawn; the unsorted note is left out and said so.
    assert kinds == ["insight"] * 2 + ["note"] * 7 + ["solution"] + ["theme"] * 2
    analysis = view.analysis
    texts = [analysis.topLevelItem(i).text(0) for i in range(analysis.topLevelItemCount())]
    assert "1 unsorted note is not drawn." in texts
    # Sized by evidence: the four-note theme is bigger than the three-note one.
    buses, youth = view.items[f"theme:{ids['buses']}"], view.items[f"theme:{ids['youth']}"]
    assert buses.rect().width() > youth.rect().width()
    assert buses.rect().width() == pytest.approx(2 * node_radius("theme", 4))
    # Coloured by kind.
    assert buses.brush().color() != view.items[f"insight:{ids['wide']}"].brush().color()
    # Flow: themes left of insights, insights left of solutions.
    assert buses.x() < view.items[f"insight:{ids['wide']}"].x() < \
        view.items[f"solution:{ids['solution']}"].x()


def test_clicking_a_theme_lists_the_notes_behind_it(synthesised, qtbot):
    window, ids = synthesised
    window.page.show_tab(2)
    view = view_of(window)
    item = view.items[f"theme:{ids['buses']}"]
    canvas = view.canvas
    point = canvas.mapFromScene(item.scenePos())
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert view.chosen_node() == f"theme:{ids['buses']}"
    shown = [view.evidence.item(i).text() for i in range(view.evidence.count())]
    assert len(shown) == 4
    assert shown[0].startswith("The last bus leaves at six")
    assert "R1 · resident" in shown[0]
    assert "4 notes from 3 participants" in view.evidence_title.text()


def test_the_analysis_ranks_insights_by_breadth_and_warns_about_one_group_themes(
        synthesised, qtbot):
    window, ids = synthesised
    window.page.show_tab(2)
    view = view_of(window)
    ranked, single, tension = (view.analysis.topLevelItem(i) for i in range(3))
    assert ranked.text(0) == "Insights by breadth of support (2)"
    # Buses: 3 people from 2 groups beat teenagers: 2 people from 1 group.
    assert ranked.child(0).data(0, NODE_ROLE) == f"insight:{ids['wide']}"
    assert "3 participants · 2 groups" in ranked.child(0).text(0)
    assert single.text(0) == "Themes heard from one group only (1)"
    assert single.child(0).data(0, NODE_ROLE) == f"theme:{ids['youth']}"
    assert "only resident" in single.child(0).text(0)
    assert tension.childCount() == 1
    # Choosing an entry with the keyboard chooses the node in the drawing.
    view.analysis.setFocus()
    view.analysis.setCurrentItem(single.child(0))
    assert view.chosen_node() == f"theme:{ids['youth']}"
    assert view.evidence.count() == 3


def test_hiding_notes_keeps_the_chosen_node_and_the_graph_follows_changes(synthesised, qtbot):
    window, ids = synthesised
    window.page.show_tab(2)
    view = view_of(window)
    view.choose(f"insight:{ids['wide']}")
    view.show_notes.setChecked(False)
    assert not any(item.kind == "note" for item in view.items.values())
    assert view.chosen_node() == f"insight:{ids['wide']}"
    # A theme added while the tab is showing appears at once, and undo takes it away.
    window.controller.create_theme(ids["bus_notes"][2:3], "Stops")
    assert sum(item.kind == "theme" for item in view.items.values()) == 3
    window.undo_action.trigger()
    assert sum(item.kind == "theme" for item in view.items.values()) == 2


def test_export_graphml_writes_a_readable_file_without_real_names(synthesised, tmp_path,
                                                                   monkeypatch):
    window, ids = synthesised
    ws = window.controller.workshop
    ws.update_participant(ws.participants()[0].id, real_name="Jane Realname")
    window.page.show_tab(2)
    target = tmp_path / "graph"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    view_of(window).export_action.trigger()
    written = tmp_path / "graph.graphml"
    graph = nx.read_graphml(written)
    assert graph.nodes[f"theme:{ids['buses']}"]["label"] == "Buses"
    assert graph.number_of_nodes() == 2 + 2 + 1 + 8
    assert "Jane Realname" not in written.read_text(encoding="utf-8")
    assert "Graph exported" in window.statusBar().currentMessage()


def test_export_to_a_folder_that_cannot_be_written_says_so(synthesised, tmp_path,
                                                            monkeypatch, messages):
    window, _ = synthesised
    window.page.show_tab(2)
    missing = tmp_path / "no such folder" / "graph.graphml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(missing), "")))
    view_of(window).export_action.trigger()
    assert messages and "Could not write" in messages[-1][1]
    assert not missing.exists()


def test_an_empty_workshop_draws_nothing_and_says_what_to_do(window):
    window.page.show_tab(2)
    view = view_of(window)
    assert view.items == {}
    ranked = view.analysis.topLevelItem(0)
    assert ranked.child(0).text(0).startswith("No insights yet")
    assert not any(isinstance(item, NodeItem) for item in view.scene.items())


def test_the_search_box_marks_matches_and_enter_zooms_to_each(synthesised, qtbot):
    window, _ = synthesised
    window.page.show_tab(2)
    view = view_of(window)
    view.refresh()
    view.canvas.resetTransform()
    view.canvas.scale(0.3, 0.3)
    qtbot.keyClick(view.canvas, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view.search
    qtbot.keyClicks(QApplication.focusWidget(), "bus")
    assert view.matches and all("bus" in view.graph.nodes[n]["label"].lower()
                                for n in view.matches)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert view.canvas.transform().m11() >= 1.0  # zoomed to where it can be read
    assert view.chosen_node() == view.matches[0]
    view.search.setText("no such words anywhere")
    assert not view.matches and "Nothing" in view.evidence_title.text()


def test_a_wide_graph_in_a_narrow_pane_stays_readable_and_scrolls(synthesised, qtbot):
    """At 1,024 (or beside the analysis at 1,366) the drawing is wider than its pane: it is
    not shrunk until its labels are specks, it scrolls from the themes on the left."""
    from facilitator.views.graph_view import MIN_READABLE_SCALE

    window, ids = synthesised
    window.resize(1024, 740)
    window.page.show_tab(2)
    view = view_of(window)
    canvas = view.canvas
    qtbot.waitUntil(lambda: view.splitter.orientation() == Qt.Orientation.Vertical)
    canvas.fit_width()
    drawing = canvas.scene().itemsBoundingRect()
    assert drawing.width() * MIN_READABLE_SCALE > canvas.viewport().width()  # it is wide
    assert canvas.transform().m11() >= MIN_READABLE_SCALE
    theme = view.items[f"theme:{ids['buses']}"]
    shown = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    assert shown.contains(theme.sceneBoundingRect().center())  # the themes come first
    canvas.fit()  # 0 shows it all, however small
    assert canvas.transform().m11() < MIN_READABLE_SCALE


def _cut_rows(tree) -> list[str]:
    """The rows of ``tree`` drawn shorter than their wrapped text needs."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QTreeWidgetItemIterator

    cut = []
    iterator = QTreeWidgetItemIterator(tree)
    while iterator.value() is not None:
        item = iterator.value()
        rect = tree.visualItemRect(item)
        metrics = QFontMetrics(item.font(0))
        needed = metrics.boundingRect(QRect(0, 0, rect.width() - 8, 10_000),
                                      int(Qt.TextFlag.TextWordWrap), item.text(0))
        if rect.height() < needed.height() or needed.width() > rect.width():
            cut.append(item.text(0))
        iterator += 1
    return cut


@pytest.mark.parametrize("width", [1024, 1366])
def test_on_a_projector_the_lists_go_under_the_drawing_and_no_heading_is_cut(
        synthesised, qtbot, width):
    window, _ids = synthesised
    window.resize(width, 740)
    window.page.show_tab(2)
    view = view_of(window)
    qtbot.waitUntil(lambda: view.splitter.orientation() == Qt.Orientation.Vertical)
    assert view.side.orientation() == Qt.Orientation.Horizontal  # the two lists side by side
    assert view.canvas.width() > 0.9 * view.width()  # the drawing gets the whole width
    assert view.legend.isVisible() and view.legend.width() > 0.9 * view.width()
    qtbot.wait(50)  # the rows measured again at the lists' width
    assert _cut_rows(view.analysis) == []
    assert view.analysis.horizontalScrollBar().maximum() == 0
    window.resize(2200, 900)  # a wide screen: the lists beside the drawing, one above another
    qtbot.waitUntil(lambda: view.splitter.orientation() == Qt.Orientation.Horizontal)
    assert view.side.orientation() == Qt.Orientation.Vertical
    qtbot.wait(50)
    assert _cut_rows(view.analysis) == []
