"""The insight graph: built from the store, analysed, exported as GraphML without real names."""

from __future__ import annotations

import networkx as nx
import pytest

from facilitator.core.analysis.graph import (
    build_graph,
    export_graphml,
    insights_by_breadth,
    node_id,
    single_group_themes,
    support,
    tensions,
    write_graphml,
)
from facilitator.core.errors import FacilitatorError


@pytest.fixture
def synthesised(workshop):
    """Two themes; one heard by three groups, one only by professionals; two insights in
    tension; a solution."""
    people = {label: workshop.add_participant(label, group=group, real_name=f"Secret {label}",
                                              email=f"{label}@example.org").id
              for label, group in [("R1", "resident"), ("U1", "service user"),
                                   ("S1", "professional"), ("S2", "professional")]}
    add = workshop.add_note
    broad = [add(text, participant_id=people[who]).note.id for who, text in [
        ("R1", "The last bus leaves at six"), ("U1", "No bus on Sundays"),
        ("S1", "Bus timetable ignores the library"), ("R1", "Buses too rare")]]
    narrow = [add(text, participant_id=people[who]).note.id for who, text in [
        ("S1", "Staff rota cannot cover evenings"), ("S2", "Evening shifts are unpaid")]]
    loose = add("Nice chairs 👍 مكتبة").note.id
    syn = workshop.synthesis
    syn.create_theme("Getting there", broad)
    syn.create_theme("Staffing", narrow)
    getting_there, staffing = (t.id for t in syn.themes())
    wide = syn.promote_theme(getting_there, "We heard that people cannot get there")
    thin = syn.promote_theme(staffing, "We heard that evenings cannot be staffed")
    syn.link("contradicts", ("insight", wide.id), ("insight", thin.id))
    workshop.set_step(4)
    solution = syn.add_solution("Later bus on library nights", insight_ids=[wide.id])
    return {"broad": broad, "narrow": narrow, "loose": loose, "themes": (getting_there, staffing),
            "insights": (wide.id, thin.id), "solution": solution.id}


def test_graph_has_every_node_and_typed_edge(workshop, synthesised):
    graph = build_graph(workshop)
    kinds = nx.get_node_attributes(graph, "kind")
    assert sum(1 for k in kinds.values() if k == "note") == 7
    assert sum(1 for k in kinds.values() if k == "theme") == 2
    assert sum(1 for k in kinds.values() if k == "insight") == 2
    assert sum(1 for k in kinds.values() if k == "solution") == 1
    edges = {(a, b, kind) for a, b, kind in graph.edges(data="kind")}
    theme, _ = synthesised["themes"]
    wide, thin = synthesised["insights"]
    assert (node_id("note", synthesised["broad"][0]), node_id("theme", theme),
            "belongs to") in edges
    assert (node_id("theme", theme), node_id("insight", wide), "supports") in edges
    assert (node_id("solution", synthesised["solution"]), node_id("insight", wide),
            "addresses") in edges
    assert (node_id("insight", wide), node_id("insight", thin), "contradicts") in edges
    assert graph.degree(node_id("note", synthesised["loose"])) == 0


def test_evidence_sizes_count_distinct_people_and_groups(workshop, synthesised):
    graph = build_graph(workshop)
    wide = node_id("insight", synthesised["insights"][0])
    assert graph.nodes[wide]["notes"] == 4
    assert graph.nodes[wide]["participants"] == 3
    assert graph.nodes[wide]["groups"] == "professional, resident, service user"
    assert support(graph, node_id("solution", synthesised["solution"])).notes == 4


def test_insights_ranked_by_breadth_not_volume(workshop, synthesised):
    # Give the narrow insight more notes than the broad one: breadth still wins.
    syn = workshop.synthesis
    s2 = next(p.id for p in workshop.participants() if p.label == "S2")
    extra = [workshop.add_note(f"Evening staffing point {i}", participant_id=s2).note.id
             for i in range(5)]
    syn.move_notes(extra, synthesised["themes"][1])
    ranked = insights_by_breadth(build_graph(workshop))
    assert [r.node for r in ranked] == [node_id("insight", i) for i in synthesised["insights"]]
    assert ranked[1].notes == 7 > ranked[0].notes


def test_single_group_theme_is_flagged(workshop, synthesised):
    flagged = single_group_themes(build_graph(workshop))
    assert [f.node for f in flagged] == [node_id("theme", synthesised["themes"][1])]
    assert flagged[0].groups == ("professional",)


def test_tensions_are_listed_once(workshop, synthesised):
    wide, thin = synthesised["insights"]
    assert tensions(build_graph(workshop)) == [(node_id("insight", wide),
                                                node_id("insight", thin))]


def test_graphml_round_trips_and_holds_no_real_names(workshop, synthesised, tmp_path):
    out = tmp_path / "graph.graphml"
    export_graphml(workshop, out)
    text = out.read_text(encoding="utf-8")
    assert "Secret" not in text and "@example.org" not in text
    assert "مكتبة" in text and "👍" in text
    back = nx.read_graphml(out)
    assert back.number_of_nodes() == 12
    assert back.nodes[node_id("theme", synthesised["themes"][0])]["label"] == "Getting there"
    assert not list(tmp_path.glob(".export-*"))


def test_graphml_to_a_missing_folder_says_so(workshop, tmp_path):
    with pytest.raises(FacilitatorError, match="Could not write"):
        export_graphml(workshop, tmp_path / "nowhere" / "graph.graphml")


def test_a_graph_built_without_a_privacy_rule_cannot_be_written(workshop, tmp_path):
    with pytest.raises(ValueError, match="privacy rule"):
        write_graphml(build_graph(workshop), tmp_path / "graph.graphml")
    assert not (tmp_path / "graph.graphml").exists()


def test_empty_workshop_gives_an_empty_graph(workshop):
    graph = build_graph(workshop)
    assert graph.number_of_nodes() == 0
    assert insights_by_breadth(graph) == [] and tensions(graph) == []


def test_a_long_theme_label_is_drawn_whole_in_the_picture(workshop, synthesised, tmp_path):
    from matplotlib.image import imread

    from facilitator.core.documents.graph_picture import draw_graph

    workshop.synthesis.rename_theme(synthesised["themes"][0], "Saturday afternoons, Sunday "
                                    "mornings and the school holidays")
    picture = imread(draw_graph(build_graph(workshop), tmp_path / "graph.png"))
    ink = (picture[..., :3] < 0.9).any(axis=2)  # anything not white
    columns = ink.any(axis=0).nonzero()[0]
    # A white margin on both sides: the label starts inside the picture, not cut at its edge.
    assert columns[0] > 2 and columns[-1] < picture.shape[1] - 3


def test_a_large_workshop_fits_a_screen_with_legible_labels(workshop):
    """2,000 notes in 30 themes: themes wrap into columns, each shows a few rows of dots."""
    from facilitator.core.analysis.graph import DOT_CAP, flow_layout
    from facilitator.core.domain.workshop import NoteRow

    workshop.import_notes([NoteRow(i + 2, f"note {i} about topic {i % 30}")
                           for i in range(2000)])
    notes = [n.id for n in workshop.notes()]
    for t in range(30):
        workshop.synthesis.create_theme(f"Topic {t}", notes[t::30])
    graph = build_graph(workshop)
    positions = flow_layout(graph)
    assert sum(1 for n in positions if n.startswith("note:")) == 30 * DOT_CAP
    xs = [x for x, _ in positions.values()]
    ys = [y for _, y in positions.values()]
    width, height = max(xs) - min(xs) + 450, max(ys) - min(ys) + 60  # with the labels
    # Fitted into a 900 x 600 canvas, 9.5 pt text stays at least 5 px high.
    assert min(900 / width, 600 / height) * 9.5 * 96 / 72 >= 5, (width, height)
