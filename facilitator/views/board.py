"""The sticky-note board: the wall the room looks at. Notes as sticky notes coloured by
participant group or by theme, themes as labelled regions around their notes; drag to
arrange, drop onto a theme (or onto another note) to group; Tidy lays themes out in columns.
Positions and grouping are saved and undoable. Labels only, never names.

The projector shows this same scene; a view that carries a privacy rule (``privacy``, as
the presenter's board does) draws every note, author and theme label through it, so the
room never reads a name, e-mail or phone number that the laptop's board still shows."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QInputDialog,
    QLabel,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.domain.board import (
    COLUMN_NOTES,
    GAP,
    NOTE_H,
    NOTE_W,
    spots_below,
)
from facilitator.core.domain.changes import NoteAdded, NoteChanged, NoteDeleted, NotesPlaced
from facilitator.views.follows import FollowsChanges
from facilitator.views.layout import width_showing

# A note's size (NOTE_W, NOTE_H, GAP) and its free spot when stored are the core's.
THEME_PAD = 16.0
THEME_LABEL_H = 30.0
GROUP_COLOURS = {"resident": "#fff2a8", "service user": "#c8f0c0", "professional": "#bfe3ff",
                 "commissioner": "#f6c8e8", "": "#eeeeee"}
BOARD_BACKGROUND = "#f7f5ef"  # the wall, on the laptop and on the projector
THEME_PALETTE = ["#fff2a8", "#c8f0c0", "#bfe3ff", "#f6c8e8", "#ffd8b0", "#d9d2ff",
                 "#c9f2ee", "#f2d7c9"]


def note_colour(note, by: str, theme_index: dict[int, int]) -> QColor:
    if by == "theme":
        if note.theme_id is None:
            return QColor("#eeeeee")
        return QColor(THEME_PALETTE[theme_index.get(note.theme_id, 0) % len(THEME_PALETTE)])
    return QColor(GROUP_COLOURS.get(note.group, "#f3e7ff"))


def _rule_of(widget):
    """The privacy rule of the view painting into ``widget`` (its viewport), if it has one."""
    view = widget.parent() if widget is not None else None
    return getattr(view, "privacy", None)


class _Shown:
    """A text item that, in a view with a privacy rule, draws its text through the rule,
    worked out once per rule (a projector repaints often). ``_as_drawn`` says what it draws:
    its text, colour, area and text flags, and whether the text is one line (a label)."""

    def _as_drawn(self) -> tuple[str, QColor, QRectF, int, bool]:
        raise NotImplementedError

    def _ruled(self, rule, text: str, line: bool) -> str:
        cached = getattr(self, "_ruled_cache", None)
        if cached is None or cached[0] is not rule or cached[1] != text:
            cached = (rule, text, rule.line(text) if line else rule.text(text))
            self._ruled_cache = cached
        return cached[2]

    def paint(self, painter, option, widget=None) -> None:
        rule = _rule_of(widget)
        if rule is None:
            super().paint(painter, option, widget)
            return
        text, colour, area, flags, line = self._as_drawn()
        painter.setFont(self.font())
        painter.setPen(colour)
        painter.drawText(area, flags, self._ruled(rule, text, line))


class NoteText(_Shown, QGraphicsTextItem):
    def _as_drawn(self) -> tuple[str, QColor, QRectF, int, bool]:
        margin = self.document().documentMargin()
        return (self.toPlainText(), self.defaultTextColor(),
                self.boundingRect().adjusted(margin, margin, -margin, -margin),
                int(Qt.TextFlag.TextWordWrap), False)


class LabelText(_Shown, QGraphicsSimpleTextItem):
    def _as_drawn(self) -> tuple[str, QColor, QRectF, int, bool]:
        # From its top left, as the item draws itself; a longer replacement is not cut.
        return (self.text(), self.brush().color(), self.boundingRect(),
                int(Qt.TextFlag.TextDontClip), True)


class StickyNote(QGraphicsRectItem):
    def __init__(self, note, colour: QColor, show_author: bool, board: BoardView):
        super().__init__(0, 0, NOTE_W, NOTE_H)
        self.note_id, self.theme_id, self.board = note.id, note.theme_id, board
        self.setBrush(QBrush(colour))
        self.setPen(QPen(colour.darker(135), 1))
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(2)
        self.setToolTip(note.text[:500])
        text = NoteText(self)
        self.text_item = text
        font = QFont()
        font.setPointSizeF(10)
        text.setFont(font)
        text.setTextWidth(NOTE_W - 10)
        shown = note.text if len(note.text) <= 140 else note.text[:139] + "…"
        text.setPlainText(shown)
        text.setPos(4, 2)
        author = note.participant_label or note.table_label
        if show_author and author:
            label = LabelText(author, self)
            small = QFont()
            small.setPointSizeF(7.5)
            label.setFont(small)
            label.setBrush(QBrush(QColor("#555555")))
            width = label.boundingRect().width()
            label.setPos(NOTE_W - width - 5, NOTE_H - 14)

    def paint(self, painter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#111111"), 2.5) if self.isSelected() else self.pen())
        painter.setBrush(self.brush())
        painter.drawRoundedRect(self.rect(), 4, 4)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        self.board.notes_dropped()


class ThemeRegion(QGraphicsRectItem):
    def __init__(self, theme, rect: QRectF, colour: QColor):
        super().__init__(rect)
        self.theme_id = theme.id
        fill = QColor(colour)
        fill.setAlpha(70)
        self.setBrush(QBrush(fill))
        self.setPen(QPen(colour.darker(140), 1.5, Qt.PenStyle.DashLine))
        self.setZValue(0)
        label = LabelText(f"{theme.label} ({theme.size})", self)
        self.label = label
        font = QFont()
        font.setPointSizeF(12)
        font.setBold(True)
        label.setFont(font)
        label.setPos(rect.left() + 8, rect.top() + 5)
        self.setToolTip(QCoreApplication.translate(
            "BoardPanel", "Double-click the theme to rename it; drop notes here to add them"))


class BoardView(QGraphicsView):
    """Wheel or pinch to zoom, middle button or scroll bars to pan, drag a rubber band to
    select many, Ctrl+0 to fit everything, Ctrl+1 for 100%."""

    dropped = Signal(object, object, object)  # note ids, theme id or None, target note id
    moved = Signal(object)  # {note id: (x, y)}; a dict signal would drop int keys
    rename_requested = Signal(int)
    released = Signal()
    view_changed = Signal()  # zoomed, scrolled or resized: the projector follows

    def __init__(self):
        self.board_scene = QGraphicsScene()
        super().__init__(self.board_scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QColor(BOARD_BACKGROUND))
        self.setAccessibleName(self.tr("Sticky-note board"))
        self.grabGesture(Qt.GestureType.PinchGesture)
        self.notes: dict[int, StickyNote] = {}
        self.regions: dict[int, ThemeRegion] = {}
        self._panning: QPointF | None = None
        self.dragging = False  # a redraw waits until the user lets go
        # After "Fit all", the board stays fitted as the window or the docks change size,
        # until the facilitator zooms or pans.
        self.fitted = False

    # zoom and pan

    def zoom(self, factor: float) -> None:
        scale = self.transform().m11() * factor
        if 0.05 <= scale <= 6:
            self.fitted = False
            self.scale(factor, factor)
            self.view_changed.emit()

    def fit_all(self) -> None:
        rect = self.board_scene.itemsBoundingRect()
        if not rect.isEmpty():
            self.fitted = True
            self.fitInView(rect.adjusted(-30, -30, 30, 30), Qt.AspectRatioMode.KeepAspectRatio)
            self.view_changed.emit()

    def actual_size(self) -> None:
        self.fitted = False
        self.resetTransform()
        self.view_changed.emit()

    def looked_at(self) -> QRectF:
        """The part of the board this view shows, in board coordinates."""
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.view_changed.emit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fitted:
            self.fit_all()
        self.view_changed.emit()

    def wheelEvent(self, event) -> None:
        self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)

    def event(self, event) -> bool:
        if event.type() == event.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if pinch is not None:
                self.zoom(pinch.scaleFactor())
                return True
        return super().event(event)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._panning = event.position()
            self.fitted = False
            return
        self.dragging = True
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._panning is not None:
            delta = event.position() - self._panning
            self._panning = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._panning = None
            return
        self.dragging = False
        super().mouseReleaseEvent(event)
        self.released.emit()

    def keyPressEvent(self, event) -> None:
        """Arrow keys move the selected notes (Shift: further); saved like a drag."""
        steps = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1),
                 Qt.Key.Key_Down: (0, 1)}
        selected = [i for i in self.board_scene.selectedItems() if isinstance(i, StickyNote)]
        if event.key() in steps and selected:
            size = 60 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 12
            dx, dy = steps[event.key()]
            self.moved.emit({item.note_id: (round(item.pos().x() + dx * size, 1),
                                            round(item.pos().y() + dy * size, 1))
                             for item in selected})
            return
        if event.key() == Qt.Key.Key_A and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            for item in self.notes.values():
                item.setSelected(True)
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        item = self.itemAt(event.position().toPoint())
        region = item if isinstance(item, ThemeRegion) else (
            item.parentItem() if item is not None and isinstance(item.parentItem(),
                                                                  ThemeRegion) else None)
        if region is not None:
            self.rename_requested.emit(region.theme_id)
            return
        super().mouseDoubleClickEvent(event)

    # dropping

    def notes_dropped(self) -> None:
        """After a drag: the selected notes went onto a theme, onto a note, or just moved."""
        moved = [item for item in self.board_scene.selectedItems()
                 if isinstance(item, StickyNote)]
        if not moved:
            return
        lead = moved[0]
        centre = lead.sceneBoundingRect().center()
        ids = [item.note_id for item in moved]
        places = {item.note_id: (round(item.pos().x(), 1), round(item.pos().y(), 1))
                  for item in moved}
        target_note = next((item for item in self.board_scene.items(centre)
                            if isinstance(item, StickyNote) and item not in moved), None)
        if target_note is not None:
            self.dropped.emit(ids, target_note.theme_id, target_note.note_id)
        else:
            region = next((item for item in self.board_scene.items(centre)
                           if isinstance(item, ThemeRegion)), None)
            theme_id = region.theme_id if region is not None else None
            if any(item.theme_id != theme_id for item in moved):
                self.dropped.emit(ids, theme_id, None)
        self.moved.emit(places)


class BoardPanel(FollowsChanges, QWidget):
    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.setObjectName("boardPanel")
        self.controller = controller
        self._dirty = True
        self._first = True
        self._themes = []
        self.view = BoardView()
        self.view.moved.connect(self._moved)
        self.view.dropped.connect(self._dropped)
        self.view.rename_requested.connect(self.rename)
        self.view.released.connect(self._released)
        self.colour_by = QComboBox()
        self.colour_by.addItem(self.tr("Colour by group"), "group")
        self.colour_by.addItem(self.tr("Colour by theme"), "theme")
        self.colour_by.setAccessibleName(self.tr("Colour notes by"))
        self.colour_by.setMinimumWidth(width_showing(self.colour_by))  # French is longer
        self.colour_by.currentIndexChanged.connect(self.refresh)
        self.toolbar = QToolBar(self.tr("Board"))
        self.toolbar.setObjectName("boardToolbar")
        self.toolbar.addWidget(self.colour_by)
        self.show_authors = self._action(self.tr("Show &authors"), None,
                                         self.tr("Labels in the corner of each note"),
                                         checkable=True)
        self.show_authors.setChecked(True)
        self.show_authors.toggled.connect(self.refresh)
        self._action(self.tr("&Tidy"), self.tidy,
                     self.tr("Lay the themes out in columns without overlaps"))
        self._action(self.tr("Fit all"), self.view.fit_all, self.tr("See the whole board (Ctrl+0)"),
                     "Ctrl+0")
        self._action("100%", self.view.actual_size, self.tr("Actual size (Ctrl+1)"), "Ctrl+1")
        self.legend = QLabel()
        self.toolbar.addWidget(self.legend)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)
        self.watch(controller, ("note", "theme", "participant", "workshop"))

    def _action(self, text, slot, tip, key=None, checkable=False) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setCheckable(checkable)
        if key:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        if slot is not None:
            action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    # keeping in step

    def ready_to_refresh(self) -> bool:
        return not self.view.dragging  # never pull a note from a hand

    def _released(self) -> None:
        if self._dirty and self.isVisible():
            self.refresh()

    def refresh(self, *_) -> None:
        """Draw the board from the store. It never writes: a note stored without a place
        (from an older file) is shown in a free spot until it is moved."""
        self._dirty = False
        workshop = self.controller.workshop
        notes = workshop.notes()
        self._themes = workshop.synthesis.themes()
        selected = {i.note_id for i in self.view.board_scene.selectedItems()
                    if isinstance(i, StickyNote)}
        scene = self.view.board_scene
        scene.clear()
        self.view.notes, self.view.regions = {}, {}
        unplaced = [n for n in notes if n.pos_x is None or n.pos_y is None]
        placed = [n for n in notes if n.pos_x is not None and n.pos_y is not None]
        bottom = max((n.pos_y + NOTE_H for n in placed), default=-GAP)
        spots = dict(zip((n.id for n in unplaced), spots_below(bottom, len(unplaced)),
                         strict=True))
        for note in notes:
            self._add_item(note, spots.get(note.id), note.id in selected)
        self._draw_regions()
        self._show_counts()
        if self._first and notes:
            self._first = False
            self.view.fit_all()

    def apply_changes(self, changes) -> bool:
        """Notes typed, edited, deleted or moved: the board changes those notes only."""
        if self._dirty or self.view.dragging:
            return False
        handled = (NoteAdded, NoteChanged, NoteDeleted, NotesPlaced)
        if not all(isinstance(c, handled) for c in changes):
            return False
        regions = False
        for change in changes:
            if isinstance(change, NoteAdded):
                regions |= change.note.theme_id is not None
                self._add_item(change.note, self._free_spot(change.note))
            elif isinstance(change, NoteChanged):
                item = self.view.notes.get(change.after.id)
                regions |= change.before.theme_id != change.after.theme_id
                place = (item.pos().x(), item.pos().y()) if item is not None else None
                self._remove_item(change.after.id)
                self._add_item(change.after, place, item is not None and item.isSelected())
            elif isinstance(change, NoteDeleted):
                regions |= change.note.theme_id is not None
                self._remove_item(change.note.id)
            else:
                for note_id, _before, place in change.places:
                    item = self.view.notes.get(note_id)
                    if item is not None and place is not None:
                        item.setPos(*place)
                        regions |= item.theme_id is not None
        if regions:
            self._draw_regions()
        self._show_counts()
        return True

    def _add_item(self, note, place=None, selected: bool = False) -> None:
        """A sticky note at its stored place (or ``place`` when it has none)."""
        theme_index = {t.id: i for i, t in enumerate(self._themes)}
        item = StickyNote(note, note_colour(note, self.colour_by.currentData(), theme_index),
                          self.show_authors.isChecked(), self.view)
        if note.pos_x is not None and note.pos_y is not None:
            place = (note.pos_x, note.pos_y)
        item.setPos(*(place or (0.0, 0.0)))
        item.setSelected(selected)
        self.view.board_scene.addItem(item)
        self.view.notes[note.id] = item

    def _remove_item(self, note_id: int) -> None:
        item = self.view.notes.pop(note_id, None)
        if item is not None:
            self.view.board_scene.removeItem(item)

    def _free_spot(self, note) -> tuple[float, float] | None:
        """Where a note without a place is shown: below every note on the board."""
        if note.pos_x is not None and note.pos_y is not None:
            return None
        bottom = max((i.pos().y() + NOTE_H for i in self.view.notes.values()), default=-GAP)
        return spots_below(bottom, 1)[0]

    def _draw_regions(self) -> None:
        scene = self.view.board_scene
        for region in self.view.regions.values():
            scene.removeItem(region)
        self.view.regions = {}
        members: dict[int, list[StickyNote]] = {}
        for item in self.view.notes.values():
            if item.theme_id is not None:
                members.setdefault(item.theme_id, []).append(item)
        for index, theme in enumerate(self._themes):
            items = members.get(theme.id)
            if not items:
                continue
            rect = items[0].sceneBoundingRect()
            for item in items[1:]:
                rect = rect.united(item.sceneBoundingRect())
            rect = rect.adjusted(-THEME_PAD, -THEME_PAD - THEME_LABEL_H, THEME_PAD, THEME_PAD)
            colour = QColor(THEME_PALETTE[index % len(THEME_PALETTE)])
            region = ThemeRegion(theme, rect, colour)
            scene.addItem(region)
            self.view.regions[theme.id] = region
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-400, -400, 400, 400))

    def _show_counts(self) -> None:
        self.legend.setText("  " + self.tr("%n note(s)", "", len(self.view.notes)) + ", "
                            + self.tr("%n theme(s)", "", len(self._themes))
                            + self.tr(" · drag to arrange, drop onto a theme or a note to group"))

    # user actions

    def _moved(self, places: dict) -> None:
        self.controller.place_notes(places)

    def _dropped(self, note_ids: list, theme_id, target_note_id) -> None:
        if target_note_id is not None and theme_id is None:  # two loose notes: a new theme
            self.controller.create_theme(sorted({*note_ids, target_note_id}))
        else:
            self.controller.move_notes_to_theme(note_ids, theme_id)

    def rename(self, theme_id: int) -> None:
        theme = self.controller.workshop.synthesis.theme(theme_id)
        label, ok = QInputDialog.getText(self, self.tr("Rename theme"), self.tr("Theme:"),
                                         text=theme.label)
        if ok and label.strip() and label.strip() != theme.label:
            self.controller.rename_theme(theme_id, label)

    def tidy(self) -> None:
        """Themes side by side in columns, their notes in rows; loose notes after them."""
        workshop = self.controller.workshop
        notes = {n.id: n for n in workshop.notes()}
        themes = workshop.synthesis.themes()
        blocks = [(t.note_ids) for t in themes if t.note_ids]
        loose = [n.id for n in notes.values() if n.theme_id is None]
        if loose:
            blocks.append(tuple(loose))
        places: dict[int, tuple[float, float]] = {}
        columns = max(1, round(math.sqrt(len(blocks))))
        heights = [0.0] * columns
        width = COLUMN_NOTES * (NOTE_W + GAP) + 2 * THEME_PAD + GAP * 2
        for block in blocks:
            column = heights.index(min(heights))
            left = column * width
            top = heights[column] + THEME_LABEL_H + THEME_PAD
            for i, note_id in enumerate(block):
                row, col = divmod(i, COLUMN_NOTES)
                places[note_id] = (left + col * (NOTE_W + GAP),
                                   top + row * (NOTE_H + GAP))
            rows = math.ceil(len(block) / COLUMN_NOTES)
            heights[column] = top + rows * (NOTE_H + GAP) + THEME_PAD + GAP * 2
        if places:
            self.controller.place_notes(places, text=self.tr("Tidy the board"))
            self.view.fit_all()
