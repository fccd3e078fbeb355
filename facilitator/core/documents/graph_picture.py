"""The insight graph as a picture for the Word brief, drawn like the graph tab (matplotlib,
no Qt: the command line exports briefs too)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import networkx as nx

from facilitator.core.analysis.graph import (
    CONTRADICTS_COLOUR,
    KIND_COLOURS,
    LABEL_HEIGHT,
    flow_layout,
    insights_by_breadth,
    node_radius,
    theme_block_height,
)
from facilitator.core.locale import _, counted

WIDTH_INCHES = 7.0
DPI = 170


def draw_graph(graph: nx.MultiDiGraph, target: Path, *, show_notes: bool = True) -> Path | None:
    """Draw the flow picture to ``target`` (PNG); None when there is nothing to draw."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure
    from matplotlib.patches import Circle, FancyArrowPatch

    # The screen's columns, spread wider: on paper the labels are larger than the circles.
    spread = {"note": 0.0, "theme": 0.0, "insight": 90.0, "solution": 260.0}
    drawn = {n: (x + spread[graph.nodes[n]["kind"]], y)
             for n, (x, y) in flow_layout(graph).items()
             if show_notes or graph.nodes[n]["kind"] != "note"}
    wrapped = {n: textwrap.wrap(graph.nodes[n]["label"], 32)[:4] or [""] for n in drawn
               if graph.nodes[n]["kind"] in ("insight", "solution")}
    _clear_of_each_other(drawn, wrapped, graph)
    if not any(graph.nodes[n]["kind"] != "note" for n in drawn):
        return None
    xs = [x for x, _ in drawn.values()]
    ys = [y for _, y in drawn.values()]
    left, right = min(xs) - 210, max(xs) + 400
    top, bottom = min(ys) - 45, max(ys) + 45
    height_inches = WIDTH_INCHES * (bottom - top) / (right - left)
    figure = Figure(figsize=(WIDTH_INCHES, max(height_inches, 1.5)), dpi=DPI)
    axes = figure.add_axes((0, 0, 1, 1))
    axes.set_xlim(left, right)
    axes.set_ylim(bottom, top)  # y grows downwards, as on screen
    axes.set_aspect("equal")
    axes.axis("off")

    for source, target_node, kind in graph.edges(data="kind"):
        if kind == "belongs to" or source not in drawn or target_node not in drawn:
            continue
        (x1, y1), (x2, y2) = sorted((drawn[source], drawn[target_node]), key=lambda p: p[1])
        contradicts = kind == "contradicts"  # bowed to the left, clear of the labels
        arc = FancyArrowPatch((x1, y1), (x2, y2), arrowstyle="-",
                              connectionstyle="arc3,rad=0.5" if contradicts else
                              "arc3,rad=0.0", color=CONTRADICTS_COLOUR if contradicts
                              else "#8c8c8c", linewidth=1.2 if contradicts else 0.7,
                              linestyle="--" if contradicts else "-", zorder=1)
        axes.add_patch(arc)

    for node, (x, y) in drawn.items():
        data = graph.nodes[node]
        kind = data["kind"]
        radius = node_radius(kind, data.get("notes", 0))
        axes.add_patch(Circle((x, y), radius, facecolor=KIND_COLOURS[kind],
                              edgecolor="#555555", linewidth=0.4, zorder=3))
        if kind == "theme":
            notes = data.get("notes", 0)
            block = theme_block_height(notes)
            label = textwrap.shorten(data["label"], 30, placeholder="…")
            # Anchored by its foot just above the first row of dots: on paper the text is
            # taller than the label's room on screen, and would run into the dots.
            axes.text(x - radius - 14, y - block / 2 + LABEL_HEIGHT - 0.5, f"{label} ({notes})",
                      ha="right", va="bottom", fontsize=6, zorder=4)
        elif kind in ("insight", "solution"):
            text = "\n".join(wrapped[node])
            axes.text(x + radius + 6, y, text, ha="left", va="center",
                      fontsize=6, fontweight="bold" if kind == "insight" else "normal",
                      zorder=4, bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.6,
                                      "alpha": 0.9})
    # Tight: a long theme label is kept whole rather than cut at the left edge.
    figure.savefig(target, dpi=DPI, facecolor="white", bbox_inches="tight", pad_inches=0.05)
    return target


# On paper a label line is about this many drawing units high (6 pt type at the picture's
# scale), so labels in one column are spread until none overlaps the next.
LINE_UNITS = 28.0


def _clear_of_each_other(drawn: dict, wrapped: dict, graph: nx.MultiDiGraph) -> None:
    """Move insight and solution labels down, in place, so that no two in a column overlap
    (on screen four lines fit the room between them; on paper the type is larger)."""
    for kind in ("insight", "solution"):
        column = sorted((n for n in wrapped if graph.nodes[n]["kind"] == kind),
                        key=lambda n: (drawn[n][1], n))
        bottom = -float("inf")
        for node in column:
            x, y = drawn[node]
            radius = node_radius(kind, graph.nodes[node].get("notes", 0))
            half = max(radius, len(wrapped[node]) * LINE_UNITS / 2 + 4)
            y = max(y, bottom + half)
            drawn[node] = (x, y)
            bottom = y + half + 6


def describe_graph(graph: nx.MultiDiGraph) -> str:
    """What the picture shows, for a screen reader (the picture's alternative text)."""
    kinds = {kind: [n for n, k in graph.nodes(data="kind") if k == kind]
             for kind in ("note", "theme", "insight", "solution")}
    themes = sorted(kinds["theme"], key=lambda n: (-graph.nodes[n].get("notes", 0), n))
    largest = "; ".join("{} ({})".format(
        graph.nodes[n]["label"], counted(graph.nodes[n].get("notes", 0), "{n} note", "{n} notes"))
        for n in themes[:3])
    ranked = insights_by_breadth(graph)
    parts = [_("The insight graph: {themes} drawn from {notes}, {insights} and {solutions}, "
               "read left to right.").format(
        themes=counted(len(kinds["theme"]), "{n} theme", "{n} themes"),
        notes=counted(len(kinds["note"]), "{n} note", "{n} notes"),
        insights=counted(len(kinds["insight"]), "{n} insight", "{n} insights"),
        solutions=counted(len(kinds["solution"]), "{n} solution", "{n} solutions"))]
    if largest:
        parts.append(_("Largest themes: {themes}.").format(themes=largest))
    if ranked:
        parts.append(_("Most broadly supported insight: {label} ({participants}, "
                       "{groups}).").format(
            label=ranked[0].label,
            participants=counted(ranked[0].participants, "{n} participant",
                                 "{n} participants"),
            groups=counted(len(ranked[0].groups), "{n} group", "{n} groups")))
    return " ".join(parts)
