"""The insight graph: notes, themes, insights and solutions, and how they hang together.

Built from the store with networkx, so the analysis a commissioner cares about - which insights
rest on the broadest support, which themes come from one group only, which insights pull
against each other - is a few graph queries, and the whole graph can be exported as GraphML.
Only pseudonymous labels ever go into the graph, never a participant's real name or contact.
"""

from __future__ import annotations

import math
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from facilitator.core.documents.atomic import write_atomically

if TYPE_CHECKING:
    from facilitator.core.domain.privacy import PrivacyRule
    from facilitator.core.domain.workshop import Workshop

# Edge kinds: a note belongs to its theme; themes and notes support insights; solutions
# address insights; insights (or themes) may contradict or relate to each other.
_LINK_TO_EDGE = {"supports": "supports", "addresses": "addresses",
                 "contradicts": "contradicts", "relates": "relates to"}


def node_id(kind: str, key: int) -> str:
    return f"{kind}:{key}"


def add_note_node(graph: nx.MultiDiGraph, note, text=None, line=None) -> None:
    """A note as a node of the graph (its texts as stored unless ``text`` and ``line`` say
    otherwise): one way for a whole graph and for a note typed since it was built."""
    text, line = text or _as_stored, line or _as_stored
    graph.add_node(node_id("note", note.id), kind="note", label=text(note.text),
                   author=line(note.author), group=note.group,
                   activity=line(note.activity_name), step=int(note.step))


def build_graph(workshop: Workshop, privacy: PrivacyRule | None = None) -> nx.MultiDiGraph:
    """The workshop as a graph. Node ids are 'note:12', 'theme:3', ...; edges carry `kind`.

    With ``privacy`` (for anything leaving the app: GraphML, the brief's picture) every
    text goes through that rule; without it the texts are as stored, for the screen."""
    synthesis = workshop.synthesis
    graph = nx.MultiDiGraph(title=workshop.details().title)
    if privacy is not None:
        text, line = privacy.text, privacy.line
        graph.graph["privacy"] = "all kept" if privacy.keep_all else "redacted"
    else:
        text = line = _as_stored
    notes = workshop.notes()
    for note in notes:
        add_note_node(graph, note, text, line)
    for theme in synthesis.themes():
        graph.add_node(node_id("theme", theme.id), kind="theme", label=line(theme.label),
                       pinned=theme.pinned, keywords=line(" ".join(theme.keywords)))
    for insight in synthesis.insights():
        graph.add_node(node_id("insight", insight.id), kind="insight",
                       label=text(insight.statement))
    for solution in synthesis.solutions():
        graph.add_node(node_id("solution", solution.id), kind="solution",
                       label=text(solution.title), status=solution.status)
    for note in notes:
        if note.theme_id is not None:
            graph.add_edge(node_id("note", note.id), node_id("theme", note.theme_id),
                           key="belongs to", kind="belongs to")
    for link in synthesis.links():
        source, target = node_id(*link.source), node_id(*link.target)
        if source in graph and target in graph:
            kind = _LINK_TO_EDGE[link.kind]
            graph.add_edge(source, target, key=kind, kind=kind)
    _add_evidence_sizes(graph)
    return graph


@dataclass(frozen=True)
class Support:
    """How broadly something is supported: by how many notes, people and groups."""

    node: str
    label: str
    notes: int
    participants: int
    groups: tuple[str, ...]


def evidence_notes(graph: nx.MultiDiGraph, node: str) -> set[str]:
    """The note nodes behind a theme, an insight or a solution (following the evidence)."""
    kind = graph.nodes[node]["kind"]
    if kind == "note":
        return {node}
    if kind == "solution":
        sources = [t for _, t, k in graph.out_edges(node, data="kind") if k == "addresses"]
    else:
        sources = [s for s, _, k in graph.in_edges(node, data="kind")
                   if k in ("belongs to", "supports")]
    found: set[str] = set()
    for source in sources:
        found |= evidence_notes(graph, source)
    return found


def support(graph: nx.MultiDiGraph, node: str) -> Support:
    notes = evidence_notes(graph, node)
    authors = {graph.nodes[n]["author"] for n in notes if graph.nodes[n]["author"]}
    groups = sorted({graph.nodes[n]["group"] for n in notes if graph.nodes[n]["group"]})
    return Support(node, graph.nodes[node]["label"], len(notes), len(authors), tuple(groups))


def insights_by_breadth(graph: nx.MultiDiGraph) -> list[Support]:
    """Insights, the most broadly supported first: distinct groups, then people, then notes."""
    found = [support(graph, n) for n, kind in graph.nodes(data="kind") if kind == "insight"]
    return sorted(found, key=lambda s: (-len(s.groups), -s.participants, -s.notes, s.node))


def single_group_themes(graph: nx.MultiDiGraph, min_notes: int = 2) -> list[Support]:
    """Themes heard from one participant group only: one voice may dominate. Notes of no
    known group count as unknown, so most of a theme's notes must come from known groups
    (see balance.one_group)."""
    from facilitator.core.analysis.balance import one_group

    warnings = []
    for node, kind in graph.nodes(data="kind"):
        if kind != "theme":
            continue
        if one_group(_group_mix(graph, node), min_notes) is not None:
            warnings.append(support(graph, node))
    return sorted(warnings, key=lambda s: (-s.notes, s.node))


def tensions(graph: nx.MultiDiGraph) -> list[tuple[str, str]]:
    """Pairs of insights or themes that contradict each other."""
    pairs = {tuple(sorted((a, b))) for a, b, kind in graph.edges(data="kind")
             if kind == "contradicts"}
    return sorted(pairs)


def _as_stored(text: str) -> str:
    return text


def export_graphml(workshop: Workshop, path: str | os.PathLike,
                   privacy: PrivacyRule | None = None) -> nx.MultiDiGraph:
    """Write the workshop's graph as GraphML for Gephi, yEd or networkx: labels, kinds,
    counts and note texts through ``privacy`` (by default the workshop's rule: every name,
    e-mail and phone number taken out). Returns the graph written."""
    from facilitator.core.domain.privacy import PrivacyRule

    graph = build_graph(workshop, privacy or PrivacyRule.for_workshop(workshop))
    write_graphml(graph, path)
    return graph


def write_graphml(graph: nx.MultiDiGraph, path: str | os.PathLike) -> Path:
    """Write the graph as GraphML, atomically (a crash never leaves half a file). Only a
    graph built through a privacy rule may leave the app."""
    if "privacy" not in graph.graph:
        raise ValueError("A graph for export must be built with a privacy rule "
                         "(build_graph(workshop, privacy=...)); see export_graphml.")
    path = Path(path)
    clean = nx.MultiDiGraph()
    clean.graph.update({k: v for k, v in graph.graph.items() if v is not None})
    for node, data in graph.nodes(data=True):
        clean.add_node(node, **{k: v for k, v in data.items() if v is not None})
    for source, target, key, data in graph.edges(keys=True, data=True):
        clean.add_edge(source, target, key=key, **data)
    return write_atomically(path, lambda out: nx.write_graphml(clean, out, encoding="utf-8"))


def _add_evidence_sizes(graph: nx.MultiDiGraph) -> None:
    """Give every node `notes`, `participants` and `groups` for sizing and tooltips."""
    for node in graph.nodes:
        found = support(graph, node)
        graph.nodes[node]["notes"] = found.notes
        graph.nodes[node]["participants"] = found.participants
        graph.nodes[node]["groups"] = ", ".join(found.groups)


def _group_mix(graph: nx.MultiDiGraph, node: str) -> Counter:
    """Notes per participant group behind a node."""
    return Counter(graph.nodes[n]["group"] or "no group" for n in evidence_notes(graph, node))


# --- drawing: shared by the graph tab and the picture in the brief ----------------------


KIND_COLOURS = {"note": "#9aa7b4", "theme": "#f0a830", "insight": "#3d7be0",
                "solution": "#2f9e5f"}
CONTRADICTS_COLOUR = "#c0392b"


def node_radius(kind: str, notes: int) -> float:
    """Notes are small dots; other nodes grow with the square root of their evidence, up
    to that of 100 notes (a 900-note theme would otherwise fill the drawing)."""
    if kind == "note":
        return 4.0
    return 7.0 + 3.0 * math.sqrt(min(max(notes, 0), RADIUS_NOTES))


# The flow, left to right: notes (dots) beside their theme, then insights, then solutions.
COLUMN_X = {"theme": 0.0, "insight": 330.0, "solution": 660.0}
DOT_STEP, DOTS_PER_ROW, LABEL_HEIGHT, GAP = 10.0, 12, 18.0, 16.0
TEXT_WIDTH = {"theme": 190.0, "insight": 230.0, "solution": 230.0}
RADIUS_NOTES = 100
# A theme shows at most so many of its notes as dots (four rows; the rest are counted in its
# label), and themes stand in columns of at most THEMES_PER_COLUMN, side by side, so a
# workshop of 2,000 notes and 30 themes fits a screen with its labels legible.
DOT_CAP = 4 * DOTS_PER_ROW
THEMES_PER_COLUMN = 10
THEME_COLUMN_STEP = 360.0


def drawn_dots(notes: int) -> int:
    return min(notes, DOT_CAP)


def theme_block_height(notes: int) -> float:
    """The height a theme takes: its circle, or its label and rows of dots."""
    radius = node_radius("theme", notes)
    return max(2 * radius, LABEL_HEIGHT + math.ceil(drawn_dots(notes) / DOTS_PER_ROW) * DOT_STEP)


def flow_layout(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Positions that read left to right as evidence -> theme -> insight -> solution.

    Themes stack in the first columns (those behind an insight first, in the order of the
    insights; more than THEMES_PER_COLUMN wrap into columns side by side), each with up to
    DOT_CAP of its notes as rows of dots to its left; insights and solutions sit level with
    what they rest on. Notes in no theme that support an insight directly get a row of
    their own; notes linked to nothing are left out. Deterministic.
    """
    kinds = {kind: sorted((n for n, k in graph.nodes(data="kind") if k == kind),
                          key=lambda n: int(n.split(":")[1]))
             for kind in ("note", "theme", "insight", "solution")}

    def members(node: str) -> list[str]:
        return sorted((s for s, _, k in graph.in_edges(node, data="kind")
                       if k == "belongs to" and graph.nodes[s]["kind"] == "note"),
                      key=lambda n: int(n.split(":")[1]))

    def supported(node: str) -> list[str]:
        return [t for _, t, k in graph.out_edges(node, data="kind") if k == "supports"]

    ranked = [s.node for s in insights_by_breadth(graph)]
    rank = {node: i for i, node in enumerate(ranked)}

    def theme_order(theme: str) -> tuple:
        ranks = [rank[i] for i in supported(theme) if i in rank]
        return (min(ranks) if ranks else len(rank), -len(members(theme)), theme)

    rows: list[tuple[str | None, list[str]]] = [(t, members(t))
                                                 for t in sorted(kinds["theme"], key=theme_order)]
    loose = [n for n in kinds["note"] if not any(
        k == "belongs to" for _, _, k in graph.out_edges(n, data="kind")) and supported(n)]
    if loose:
        rows.append((None, loose))

    positions: dict[str, tuple[float, float]] = {}
    columns = max(1, math.ceil(len(rows) / THEMES_PER_COLUMN))
    per_column = math.ceil(len(rows) / columns) if rows else 1
    y = 0.0
    for number, (theme, notes) in enumerate(rows):
        if number % per_column == 0:
            y = 0.0
        x = COLUMN_X["theme"] + (number // per_column) * THEME_COLUMN_STEP
        radius = node_radius("theme", len(notes)) if theme else 0.0
        height = theme_block_height(len(notes)) if theme else (
            LABEL_HEIGHT + math.ceil(drawn_dots(len(notes)) / DOTS_PER_ROW) * DOT_STEP)
        centre = y + height / 2
        if theme:
            positions[theme] = (x, centre)
        right = x - (radius + 14 if theme else 0)
        for i, note in enumerate(notes[:DOT_CAP]):
            row, column = divmod(i, DOTS_PER_ROW)
            positions[note] = (right - DOT_STEP / 2 - column * DOT_STEP,
                               y + LABEL_HEIGHT + row * DOT_STEP + DOT_STEP / 2)
        y += height + GAP
    shift = (columns - 1) * THEME_COLUMN_STEP

    def place(column: str, nodes: list[str], sources) -> None:
        wanted = []
        for node in nodes:
            ys = [positions[s][1] for s in sources(node) if s in positions]
            wanted.append((sum(ys) / len(ys) if ys else math.inf, node))
        bottom = -math.inf
        for target, node in sorted(wanted):
            radius = node_radius(column, graph.nodes[node].get("notes", 0))
            half = max(radius, 36.0)  # room for a four-line label
            target = bottom + half if target == math.inf else max(target, bottom + half)
            positions[node] = (COLUMN_X[column] + shift, target)
            bottom = target + half + GAP

    place("insight", kinds["insight"],
          lambda n: [s for s, _, k in graph.in_edges(n, data="kind") if k == "supports"])
    place("solution", kinds["solution"],
          lambda n: [t for _, t, k in graph.out_edges(n, data="kind") if k == "addresses"])
    return positions
