"""The insight graph as a picture for the Word brief, drawn like the graph tab (matplotlib,
no Qt: the command line exports briefs too)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import networkx as nx

from facilitator.core.graph import (
    CONTRADICTS_COLOUR,
    DOT_STEP,
    DOTS_PER_ROW,
    KIND_COLOURS,
    LABEL_HEIGHT,
    flow_layout,
    node_radius,
)

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
            rows = -(-notes // DOTS_PER_ROW)
            block = max(2 * radius, LABEL_HEIGHT + rows * DOT_STEP)
            label = textwrap.shorten(data["label"], 30, placeholder="…")
            # Anchored by its foot just above the first row of dots: on paper the text is
            # taller than the label's room on screen, and would run into the dots.
            axes.text(x - radius - 14, y - block / 2 + LABEL_HEIGHT - 0.5, f"{label} ({notes})",
                      ha="right", va="bottom", fontsize=6, zorder=4)
        elif kind in ("insight", "solution"):
            text = "\n".join(textwrap.wrap(data["label"], 32)[:4])
            axes.text(x + radius + 6, y, text, ha="left", va="center",
                      fontsize=6, fontweight="bold" if kind == "insight" else "normal",
                      zorder=4, bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.6,
                                      "alpha": 0.9})
    # Tight: a long theme label is kept whole rather than cut at the left edge.
    figure.savefig(target, dpi=DPI, facecolor="white", bbox_inches="tight", pad_inches=0.05)
    return target
