"""The command line for step 3: cluster, themes, graph."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from facilitator.app import main
from facilitator.core.domain.workshop import Workshop
from facilitator.core.storage.store import open_store


@pytest.fixture
def filled(workshop_path, topics):
    ws = Workshop(open_store(workshop_path))
    try:
        for texts in topics.values():
            for text in texts:
                ws.add_note(text)
    finally:
        ws.close()
    return workshop_path


def themes_json(path, capsys) -> dict:
    capsys.readouterr()
    assert main(["themes", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_cluster_then_list_themes(filled, capsys):
    assert main(["cluster", str(filled)]) == 0
    out = capsys.readouterr().out
    assert "themes for" in out and "unsorted" in out
    data = themes_json(filled, capsys)
    assert data["themes"], out
    placed = [n for t in data["themes"] for n in t["note_ids"]]
    assert len(placed) == len(set(placed))
    assert sorted(placed + data["unsorted"]) == list(range(1, 19))
    assert all(t["label"] and t["origin"] == "suggested" for t in data["themes"])


def test_clustering_twice_gives_the_same_themes(filled, capsys):
    main(["cluster", str(filled)])
    first = themes_json(filled, capsys)
    main(["cluster", str(filled)])
    second = themes_json(filled, capsys)
    strip = [(t["label"], t["note_ids"]) for t in first["themes"]]
    assert strip == [(t["label"], t["note_ids"]) for t in second["themes"]]


def test_cluster_keeps_pinned_themes(filled, capsys):
    ws = Workshop(open_store(filled))
    try:
        ws.synthesis.create_theme("Mine", [1, 7, 13])
        ws.synthesis.set_pinned(ws.synthesis.themes()[0].id, True)
    finally:
        ws.close()
    assert main(["cluster", str(filled), "--granularity", "0.5"]) == 0
    assert "1 theme and 3 notes kept" in capsys.readouterr().out
    data = themes_json(filled, capsys)
    mine = [t for t in data["themes"] if t["label"] == "Mine"]
    assert mine and mine[0]["note_ids"] == [1, 7, 13] and mine[0]["pinned"]


@pytest.mark.parametrize("value", ["2", "-1.5", "lots"])
def test_cluster_refuses_a_bad_granularity(filled, capsys, value):
    with pytest.raises(SystemExit) as info:
        main(["cluster", str(filled), "--granularity", value])
    assert info.value.code == 2
    assert "granularity" in capsys.readouterr().err


def test_themes_of_an_empty_workshop(workshop_path, capsys):
    assert themes_json(workshop_path, capsys) == {"themes": [], "unsorted": []}


def test_themes_as_text(filled, capsys):
    main(["cluster", str(filled)])
    capsys.readouterr()
    assert main(["themes", str(filled)]) == 0
    out = capsys.readouterr()
    assert "themes," in out.err
    assert len(out.out.splitlines()) >= 1


def test_graph_writes_graphml(filled, tmp_path, capsys):
    main(["cluster", str(filled)])
    out = tmp_path / "graph.graphml"
    assert main(["graph", str(filled), "-o", str(out)]) == 0
    assert "Wrote" in capsys.readouterr().out
    graph = nx.read_graphml(out)
    assert sum(1 for _, k in graph.nodes(data="kind") if k == "note") == 18


def test_graph_into_a_missing_folder_is_a_clear_error(filled, tmp_path, capsys):
    assert main(["graph", str(filled), "-o", str(tmp_path / "no" / "g.graphml")]) == 1
    err = capsys.readouterr().err
    assert "Could not write" in err and "Traceback" not in err
