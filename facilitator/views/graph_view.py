"""The Insight graph tab: notes, themes, insights and solutions and how they hang together.

Nodes are coloured by kind and sized by the notes behind them; links are drawn by kind (a
contradiction in red, dashed). Beside the drawing, what a commissioner asks about: insights by
breadth of support, themes that come from one participant group only, insights in tension.
Choosing a node - by clicking it or from those lists - shows the notes behind it.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QStyle,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.analysis import graph as insight_graph
from facilitator.core.analysis.graph import (
    CONTRADICTS_COLOUR,
    KIND_COLOURS,
    TEXT_WIDTH,
    flow_layout,
    node_radius,
    theme_block_height,
)
from facilitator.core.domain.changes import NoteChanged, NoteDeleted, loose_note_changes
from facilitator.core.errors import FacilitatorError
from facilitator.core.locale.terms import group_name
from facilitator.views.follows import FollowsChanges
from facilitator.views.layout import ResponsiveSplitter, WrappedRows

KIND_NAMES = {"note": QT_TRANSLATE_NOOP("GraphView", "Note"),
              "theme": QT_TRANSLATE_NOOP("GraphView", "Theme"),
              "insight": QT_TRANSLATE_NOOP("GraphView", "Insight"),
              "solution": QT_TRANSLATE_NOOP("GraphView", "Solution")}
KIND_PLURALS = {"note": QT_TRANSLATE_NOOP("GraphView", "Notes"),
                "theme": QT_TRANSLATE_NOOP("GraphView", "Themes"),
                "insight": QT_TRANSLATE_NOOP("GraphView", "Insights"),
                "solution": QT_TRANSLATE_NOOP("GraphView", "Solutions")}
LINK_NAMES = {"belongs to": QT_TRANSLATE_NOOP("GraphView", "belongs to"),
              "supports": QT_TRANSLATE_NOOP("GraphView", "supports"),
              "addresses": QT_TRANSLATE_NOOP("GraphView", "addresses"),
              "contradicts": QT_TRANSLATE_NOOP("GraphView", "contradicts"),
              "relates": QT_TRANSLATE_NOOP("GraphView", "relates")}
NODE_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("GraphView", text)


def _groups(groups) -> str:
    """Groups as read: known ones in the language spoken ("resident, professional")."""
    names = groups.split(", ") if isinstance(groups, str) else list(groups)
    return ", ".join(group_name(g) for g in names if g)


def _short(text: str, limit: int = 34) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class NodeItem(QGraphicsEllipseItem):
    def __init__(self, node: str, data: dict):
        kind = data["kind"]
        radius = node_radius(kind, data.get("notes", 0))
        super().__init__(-radius, -radius, 2 * radius, 2 * radius)
        self.node, self.kind = node, kind
        colour = QColor(KIND_COLOURS[kind])
        self.setBrush(QBrush(colour))
        self.setPen(QPen(colour.darker(140), 1.5))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(2 if kind != "note" else 1)
        # GraphView.tr: lupdate reads plural forms from tr() calls only.
        evidence = (GraphView.tr("%n note(s)", "", data.get("notes", 0)) + ", "
                    + GraphView.tr("%n participant(s)", "", data.get("participants", 0))
                    + (f" ({_groups(data['groups'])})" if data.get("groups") else ""))
        self.setToolTip(f"<b>{_tr(KIND_NAMES[kind])}</b>: {_html(data.get('label', ''))}"
                        f"<br>{evidence}")
        if kind != "note":
            self._label(kind, data, radius)

    def _label(self, kind: str, data: dict, radius: float) -> None:
        font = QFont()
        font.setPointSizeF(9.5)
        if kind == "theme":
            text = f"{_short(data.get('label', ''), 30)} ({data.get('notes', 0)})"
            label = QGraphicsSimpleTextItem(text, self)
            label.setFont(font)
            rect = label.boundingRect()
            # Right-aligned above the row of dots, which ends just left of the circle.
            label.setPos(-radius - 14 - rect.width(), -self._row_offset(data) - 2)
            return
        font.setBold(kind == "insight")
        label = QGraphicsTextItem(self)
        self.text_item = label  # keep the wrapper: PySide would otherwise drop the label
        label.setFont(font)
        label.setTextWidth(TEXT_WIDTH[kind])
        label.setPlainText(_short(data.get("label", ""), 120))
        label.setPos(radius + 6, -label.boundingRect().height() / 2)

    @staticmethod
    def _row_offset(data: dict) -> float:
        """How far above the theme's centre its label starts (see flow_layout)."""
        return theme_block_height(data.get("notes", 0)) / 2

    def paint(self, painter, option, widget=None) -> None:
        # The thick outline shows the selection; no dotted box on top of it.
        option.state &= ~QStyle.StateFlag.State_Selected
        super().paint(painter, option, widget)

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            colour = QColor(KIND_COLOURS[self.kind])
            self.setPen(QPen(QColor("#111111"), 3.5) if value else QPen(colour.darker(140), 1.5))
        return super().itemChange(change, value)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# Below this the drawing's 9-point labels are smaller than 6 points on screen.
MIN_READABLE_SCALE = 0.7


class GraphCanvas(QGraphicsView):
    """The drawing: zoom with the wheel or +/-, fit with 0, double-click a node to zoom to
    it."""

    zoomed = Signal(str)  # a node double-clicked

    def __init__(self, scene: QGraphicsScene):
        super().__init__(scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAccessibleName(self.tr("Insight graph drawing"))
        self.setBackgroundBrush(QColor("#fbfbf8"))
        self.auto_fit = True  # follow the window's size until the user zooms

    def wheelEvent(self, event) -> None:
        self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit_width()

    def zoom(self, factor: float) -> None:
        scale = self.transform().m11() * factor
        if 0.1 <= scale <= 8:
            self.auto_fit = False
            self.scale(factor, factor)

    def fit(self) -> None:
        rect = self.scene().itemsBoundingRect()
        if not rect.isEmpty():
            self.fitInView(rect.adjusted(-30, -30, 30, 30), Qt.AspectRatioMode.KeepAspectRatio)

    def zoom_to(self, rect: QRectF) -> None:
        """Show ``rect`` whole, at a scale its text can be read at (at least 100%)."""
        self.auto_fit = False
        self.fitInView(rect.adjusted(-40, -40, 40, 40), Qt.AspectRatioMode.KeepAspectRatio)
        scale = self.transform().m11()
        if scale < 1.0 or scale > 2.0:
            factor = (1.0 if scale < 1.0 else 2.0) / scale
            self.scale(factor, factor)
        self.centerOn(rect.center())

    def mouseDoubleClickEvent(self, event) -> None:
        item = self.itemAt(event.position().toPoint())
        while item is not None and not isinstance(item, NodeItem):
            item = item.parentItem()
        if isinstance(item, NodeItem):
            self.zoomed.emit(item.node)
        else:
            super().mouseDoubleClickEvent(event)

    def fit_width(self) -> None:
        """Readable size: the whole width if it fits at 100% or less, from the top; never
        smaller than labels can be read at (the drawing then scrolls, from the themes on the
        left; 0 still shows it all)."""
        rect = self.scene().itemsBoundingRect().adjusted(-20, -20, 20, 20)
        if rect.isEmpty():
            return
        self.resetTransform()
        factor = min(1.0, max(MIN_READABLE_SCALE,
                              max(self.viewport().width(), 200) / rect.width()))
        self.scale(factor, factor)
        half_width = self.viewport().width() / factor / 2
        x = rect.center().x() if rect.width() * factor <= self.viewport().width() \
            else rect.left() + half_width
        self.centerOn(x, rect.top() + self.viewport().height() / factor / 2)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.25)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1 / 1.25)
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)


class GraphView(FollowsChanges, QWidget):
    """The Insight graph tab. Rebuilt from the store when shown after a change."""

    SIDE_BY_SIDE_WIDTH = 900  # narrower, the lists go under the drawing

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("graphView")
        self.controller = controller
        self.graph = nx.MultiDiGraph()
        self.items: dict[str, NodeItem] = {}
        self._dirty = True
        self._positions: dict[str, tuple[float, float]] = {}

        self.toolbar = QToolBar(self.tr("Graph"))
        self.show_notes = QAction(self.tr("Show &notes"), self, checkable=True, checked=True)
        self.show_notes.setToolTip(self.tr("Draw every note as a dot beside its theme"))
        self.show_notes.toggled.connect(self._draw)
        self.toolbar.addAction(self.show_notes)
        fit = QAction(self.tr("&Fit"), self)
        fit.setToolTip(self.tr("Fit the whole graph in view (0)"))
        fit.triggered.connect(lambda: self.canvas.fit())
        self.toolbar.addAction(fit)
        self.export_action = QAction(self.tr("&Export GraphML…"), self)
        self.export_action.setToolTip(self.tr("Save the graph as GraphML for Gephi, yEd or "
                                              "Python"))
        self.export_action.triggered.connect(self.export)
        self.toolbar.addAction(self.export_action)
        self.toolbar.addSeparator()
        self.search = QLineEdit()
        self.search.setObjectName("graphSearch")
        self.search.setPlaceholderText(self.tr("Find a theme, insight or note…"))
        self.search.setAccessibleName(self.tr("Find in the graph"))
        self.search.setToolTip(self.tr("Type to mark what matches; Enter goes to the next one "
                                       "(Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(260)
        self.search.textChanged.connect(self._mark_matches)
        self.search.returnPressed.connect(self.next_match)
        self.toolbar.addWidget(self.search)
        self.matches: list[str] = []
        self._match = -1
        # Under the drawing, not at the end of the toolbar, where a narrow window hid it
        # behind the toolbar's » button.
        self.legend = QLabel(self._legend())
        self.legend.setObjectName("graphLegend")
        self.legend.setWordWrap(True)

        self.scene = QGraphicsScene(self)
        self.scene.selectionChanged.connect(self._scene_selection)
        self.canvas = GraphCanvas(self.scene)
        self.canvas.zoomed.connect(self.zoom_to_node)

        self.analysis = QTreeWidget()
        self.analysis.setHeaderHidden(True)
        self.analysis.setAccessibleName(self.tr("What the graph shows"))
        self.analysis.setIndentation(12)
        WrappedRows(self.analysis)  # headings and entries wrap, whatever the width
        self.analysis.currentItemChanged.connect(self._analysis_chosen)
        self.evidence_title = QLabel(self.tr("Choose a node to see the notes behind it."))
        self.evidence_title.setWordWrap(True)
        self.evidence = QListWidget()
        self.evidence.setWordWrap(True)
        self.evidence.setAccessibleName(self.tr("Notes behind the chosen node"))
        self.evidence.setAlternatingRowColors(True)

        drawing = QWidget()
        drawing_layout = QVBoxLayout(drawing)
        drawing_layout.setContentsMargins(0, 0, 0, 0)
        drawing_layout.addWidget(self.canvas, 1)
        drawing_layout.addWidget(self.legend)
        findings = QWidget()
        findings_layout = QVBoxLayout(findings)
        findings_layout.setContentsMargins(6, 0, 0, 0)
        heading = QLabel("<b>" + self.tr("What the graph shows") + "</b>")
        heading.setWordWrap(True)
        heading.setBuddy(self.analysis)
        findings_layout.addWidget(heading)
        findings_layout.addWidget(self.analysis, 1)
        behind = QWidget()
        behind_layout = QVBoxLayout(behind)
        behind_layout.setContentsMargins(6, 0, 0, 0)
        behind_layout.addWidget(self.evidence_title)
        behind_layout.addWidget(self.evidence, 1)
        # The lists stand one above the other beside a wide drawing; under it (a narrow
        # tab: a projector with the docks open) they stand side by side and the drawing,
        # which runs left to right, gets the whole width.
        self.side = QSplitter(Qt.Orientation.Vertical)
        self.side.addWidget(findings)
        self.side.addWidget(behind)
        self.side.setStretchFactor(0, 3)
        self.side.setStretchFactor(1, 2)
        self.side.setChildrenCollapsible(False)
        self.splitter = ResponsiveSplitter(self.SIDE_BY_SIDE_WIDTH, (3, 2))
        self.splitter.addWidget(drawing)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.arranged.connect(self._arrange_side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.canvas)
        self.watch(controller, ("theme", "insight", "solution", "link", "note", "participant",
                                "workshop"))

    @staticmethod
    def _legend() -> str:
        dots = "".join(f"<span style='color:{KIND_COLOURS[k]}; font-size:16px'>●</span>"
                       f" {_tr(KIND_PLURALS[k])} &nbsp;" for k in KIND_COLOURS)
        return (f"&nbsp;{dots}<span style='color:#c0392b'>- - -</span> "
                f"{_tr(LINK_NAMES['contradicts'])}&nbsp;")

    # --- keeping in step -----------------------------------------------------------------

    def _arrange_side(self, orientation: Qt.Orientation) -> None:
        across = orientation == Qt.Orientation.Vertical  # the lists under the drawing
        self.side.setOrientation(Qt.Orientation.Horizontal if across
                                 else Qt.Orientation.Vertical)
        length = max(self.side.width() if across else self.side.height(), 10)
        self.side.setSizes([length * 11 // 20, length * 9 // 20] if across
                           else [length * 3 // 5, length * 2 // 5])

    def apply_changes(self, changes) -> bool:
        """A note typed, edited or deleted outside every theme and insight is not drawn:
        the graph takes it in without being rebuilt, and the unsorted count follows."""
        if self._dirty or self.graph is None:
            return False
        changes = loose_note_changes(changes)
        if changes is None:
            return False
        for change in changes:
            if isinstance(change, NoteDeleted):
                node = insight_graph.node_id("note", change.note.id)
                if node in self.graph:
                    self.graph.remove_node(node)
            else:
                note = change.after if isinstance(change, NoteChanged) else change.note
                insight_graph.add_note_node(self.graph, note)
        self._fill_analysis()
        return True

    def refresh(self) -> None:
        """Rebuild the graph from the store and draw it, keeping the chosen node."""
        self._dirty = False
        chosen = self.chosen_node()
        first = not self.items
        try:
            self.graph = insight_graph.build_graph(self.controller.workshop)
        except FacilitatorError as exc:
            self.evidence_title.setText(self.tr("The graph cannot be drawn: {0}").format(exc))
            return
        self._positions = flow_layout(self.graph)
        self._draw()
        self._fill_analysis()
        if chosen in self.items:
            self.choose(chosen)
        if first:
            self.canvas.fit_width()

    def _draw(self, *_) -> None:
        chosen = self.chosen_node()
        self.scene.blockSignals(True)
        self.scene.clear()
        self.scene.blockSignals(False)
        self.items = {}
        show_notes = self.show_notes.isChecked()
        for node, data in self.graph.nodes(data=True):
            if node not in self._positions or (data["kind"] == "note" and not show_notes):
                continue
            item = NodeItem(node, data)
            item.setPos(QPointF(*self._positions[node]))
            self.scene.addItem(item)
            self.items[node] = item
        for source, target, kind in self.graph.edges(data="kind"):
            if source in self.items and target in self.items:
                self._edge(source, target, kind)
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))
        if chosen in self.items:
            self.choose(chosen)

    def _edge(self, source: str, target: str, kind: str) -> None:
        if kind == "belongs to":
            return  # a note's dot sits in its theme's row
        a, b = self.items[source].pos(), self.items[target].pos()
        path = QPainterPath(a)
        if kind == "contradicts":
            # Both ends are in one column: bow out to the left, clear of the labels.
            bow = -(60 + abs(b.y() - a.y()) * 0.2)
            path.cubicTo(a + QPointF(bow, 0), b + QPointF(bow, 0), b)
            pen = QPen(QColor(CONTRADICTS_COLOUR), 2.2, Qt.PenStyle.DashLine)
        else:
            middle = (a.x() + b.x()) / 2
            path.cubicTo(QPointF(middle, a.y()), QPointF(middle, b.y()), b)
            pen = QPen(QColor(0, 0, 0, 90), 1.4)
        line = self.scene.addPath(path, pen)
        line.setZValue(0)
        line.setToolTip(f"{_short(self.graph.nodes[source]['label'], 60)} — "
                        f"{_tr(LINK_NAMES.get(kind, kind))} → "
                        f"{_short(self.graph.nodes[target]['label'], 60)}")

    def _fill_analysis(self) -> None:
        self.analysis.blockSignals(True)
        self.analysis.clear()
        ranked = insight_graph.insights_by_breadth(self.graph)
        section = self._section(self.tr("Insights by breadth of support"), ranked,
                                self.tr("No insights yet: promote a theme on the Themes tab."))
        for rank, found in enumerate(ranked, start=1):
            groups = _groups(found.groups) or self.tr("group unknown")
            self._entry(section, found.node,
                        f"{rank}. {_short(found.label, 160)}\n   "
                        + self.tr("%n participant(s)", "", found.participants) + " · "
                        + self.tr("%n group(s)", "", len(found.groups)) + f" ({groups}) · "
                        + self.tr("%n note(s)", "", found.notes))
        single = insight_graph.single_group_themes(self.graph)
        section = self._section(self.tr("Themes heard from one group only"), single,
                                self.tr("Every theme has voices from more than one group."))
        for found in single:
            self._entry(section, found.node,
                        f"⚠ {_short(found.label, 60)}\n   "
                        + self.tr("only {0} · %n note(s): one voice may dominate", "",
                                  found.notes).format(group_name(found.groups[0])))
        tensions = insight_graph.tensions(self.graph)
        section = self._section(self.tr("In tension (contradicts)"), tensions,
                                self.tr("No contradictions recorded."))
        for a, b in tensions:
            self._entry(section, a, f"{_short(self.graph.nodes[a]['label'], 45)}\n   ⟷ "
                                    f"{_short(self.graph.nodes[b]['label'], 45)}")
        unlinked = sum(1 for n, k in self.graph.nodes(data="kind")
                       if k == "note" and self.graph.degree(n) == 0)
        if unlinked:
            text = self.tr("%n unsorted note(s) is/are not drawn.", "", unlinked)
            note = QTreeWidgetItem(self.analysis, [text])
            note.setDisabled(True)
        self.analysis.expandAll()
        self.analysis.blockSignals(False)

    def _section(self, title: str, entries, empty: str) -> QTreeWidgetItem:
        section = QTreeWidgetItem(self.analysis, [f"{title} ({len(entries)})"])
        font = section.font(0)
        font.setBold(True)
        section.setFont(0, font)
        section.setFlags(Qt.ItemFlag.ItemIsEnabled)
        if not entries:
            placeholder = QTreeWidgetItem(section, [empty])
            placeholder.setDisabled(True)
        return section

    def _entry(self, section: QTreeWidgetItem, node: str, text: str) -> None:
        entry = QTreeWidgetItem(section, [text])
        entry.setData(0, NODE_ROLE, node)
        entry.setToolTip(0, self.graph.nodes[node]["label"])

    # --- choosing a node -----------------------------------------------------------------

    def chosen_node(self) -> str | None:
        selected = [i for i in self.scene.selectedItems() if isinstance(i, NodeItem)]
        return selected[0].node if selected else None

    def choose(self, node: str) -> None:
        """Select ``node`` in the drawing, centre on it and list the notes behind it."""
        item = self.items.get(node)
        if item is None:
            if node in self.graph and self.graph.nodes[node]["kind"] == "note":
                self.show_notes.setChecked(True)
                item = self.items.get(node)
            if item is None:
                return
        self.scene.clearSelection()
        item.setSelected(True)
        self.canvas.centerOn(item)

    def _analysis_chosen(self, current: QTreeWidgetItem | None, _previous=None) -> None:
        node = current.data(0, NODE_ROLE) if current is not None else None
        if node:
            self.choose(node)

    def _scene_selection(self) -> None:
        node = self.chosen_node()
        self.evidence.clear()
        if node is None or node not in self.graph:
            self.evidence_title.setText(self.tr("Choose a node to see the notes behind it."))
            return
        data = self.graph.nodes[node]
        found = insight_graph.support(self.graph, node)
        self.evidence_title.setText(
            f"<b>{_tr(KIND_NAMES[data['kind']])}</b>: {_html(_short(data['label'], 90))}<br>"
            + self.tr("%n note(s) from {0}", "", found.notes).format(
                self.tr("%n participant(s)", "", found.participants))
            + (f" ({_html(_groups(found.groups))})" if found.groups else ""))
        notes = sorted(insight_graph.evidence_notes(self.graph, node),
                       key=lambda n: int(n.split(":")[1]))
        for note in notes:
            info = self.graph.nodes[note]
            who = " · ".join(x for x in (info.get("author"), group_name(info.get("group")))
                             if x)
            entry = QListWidgetItem(f"{info['label']}" + (f"  — {who}" if who else ""))
            entry.setData(NODE_ROLE, note)
            self.evidence.addItem(entry)

    # --- finding and zooming --------------------------------------------------------------

    def zoom_to_node(self, node: str) -> None:
        """Zoom to a node: a theme with its notes' dots and label, or anything else (a note
        not drawn as a dot of its own, beyond the dots a theme shows, zooms to its theme)."""
        item = self.items.get(node)
        if item is None and node in self.graph:
            themes = [t for _, t, k in self.graph.out_edges(node, data="kind")
                      if k == "belongs to"]
            if themes and themes[0] in self.items:
                self.zoom_to_node(themes[0])
            return
        if item is None:
            return
        rect = item.sceneBoundingRect()
        for child in item.childItems():
            rect = rect.united(child.sceneBoundingRect())
        if item.kind == "theme":
            for note in insight_graph.evidence_notes(self.graph, node):
                if note in self.items:
                    rect = rect.united(self.items[note].sceneBoundingRect())
        self.choose(node)
        self.canvas.zoom_to(rect)

    def _mark_matches(self, text: str) -> None:
        """Mark every node whose label (a note's text) holds ``text``."""
        wanted = " ".join(text.split()).casefold()
        order = {"theme": 0, "insight": 1, "solution": 2, "note": 3}
        self.matches = sorted(
            (node for node, data in self.graph.nodes(data=True)
             if wanted and wanted in " ".join(str(data.get("label", "")).split()).casefold()),
            key=lambda n: (order[self.graph.nodes[n]["kind"]], int(n.split(":")[1])))
        self._match = -1
        self.scene.blockSignals(True)
        self.scene.clearSelection()
        for node in self.matches:
            if node in self.items:
                self.items[node].setSelected(True)
        self.scene.blockSignals(False)
        count = len(self.matches)
        if text and not count:
            self.evidence_title.setText(self.tr("Nothing in the graph matches “%1”.")
                                        .replace("%1", _html(text)))
        elif count:
            self.evidence_title.setText(
                self.tr("1 match: Enter goes to it.") if count == 1 else
                self.tr("%1 matches: Enter goes to each in turn.").replace("%1", str(count)))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def next_match(self) -> None:
        if not self.matches:
            return
        self._match = (self._match + 1) % len(self.matches)
        self.zoom_to_node(self.matches[self._match])

    # --- export --------------------------------------------------------------------------

    def export(self) -> None:
        store = self.controller.workshop.store
        folder = store.path.parent if store.path else Path.home()
        title = self.controller.workshop.details().title or self.tr("Workshop")
        stem = ("".join(ch for ch in title if ch.isalnum() or ch in " -_").strip()
                or self.tr("Workshop"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the insight graph"),
                                              str(folder / self.tr("{0} graph.graphml").format(
                                                  stem)),
                                              self.tr("GraphML (*.graphml)"))
        if not path:
            return
        if not path.lower().endswith(".graphml"):
            path += ".graphml"
        try:
            insight_graph.export_graphml(self.controller.workshop, path)
        except FacilitatorError as exc:
            QMessageBox.warning(self, self.tr("Cannot export the graph"), str(exc))
            return
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("Graph exported to {0}").format(path), 8000)

