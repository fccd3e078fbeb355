"""Layouts that stay readable on a small screen: a 1,024-pixel projector with the docks open
leaves the tabs about 450 pixels wide."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLayout,
    QLayoutItem,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
    QWidget,
    QWidgetItem,
)


class ResponsiveSplitter(QSplitter):
    """Two panes side by side when there is room, one above the other when narrow.

    ``shares`` divides the space between the panes at first and whenever the orientation
    changes; in between, the facilitator's own dragging of the handle is kept."""

    arranged = Signal(Qt.Orientation)  # side by side (Horizontal) or one above the other

    def __init__(self, side_by_side_width: int, shares: tuple[int, int] = (3, 2), parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.side_by_side_width = side_by_side_width
        self._shares = shares
        self._arranged = False
        self.setChildrenCollapsible(False)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.arrange(event.size().width())

    def arrange(self, width: int) -> None:
        wide = width >= self.side_by_side_width
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.orientation() == orientation and self._arranged:
            return
        self._arranged = True
        self.setOrientation(orientation)
        total = max(self.width() if wide else self.height(), 10)
        first, second = self._shares
        self.setSizes([total * first // (first + second), total * second // (first + second)])
        self.arranged.emit(orientation)


class MainColumnFit(QObject):
    """Keeps a table's main column (the note, the solution) at least ``share`` of the width.

    The other columns take their preferred width while there is room; when the table is
    narrow the widest of them shrink first, their text elided, so a number or a date stays
    whole while a long owner's name is cut. Widening the table gives them back. The
    preferred widths are the ones set before, or that the facilitator drags a column to; with
    ``to_contents`` they follow the text in the column, up to ``cap`` pixels."""

    def __init__(self, table: QTableView, main: int, *, share: float = 0.55, floor: int = 34,
                 to_contents: bool = False, cap: int = 220):
        super().__init__(table)
        self._table, self._main, self._share = table, main, share
        self._floor, self._to_contents, self._cap = floor, to_contents, cap
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(main, QHeaderView.ResizeMode.Stretch)
        self._preferred = {c: header.sectionSize(c) for c in range(header.count()) if c != main}
        self._fitting = False
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self.fit)
        header.sectionResized.connect(self._remember)
        table.viewport().installEventFilter(self)
        if to_contents:
            model = table.model()
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                           model.dataChanged, model.layoutChanged):
                signal.connect(self._later.start)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        table, header = self._table, self._table.horizontalHeader()
        columns = [c for c in range(header.count())
                   if c != self._main and not header.isSectionHidden(c)]
        if self._to_contents:
            wanted = {c: min(self._cap, max(table.sizeHintForColumn(c),
                                             header.sectionSizeHint(c))) for c in columns}
        else:
            wanted = {c: self._preferred.get(c, header.defaultSectionSize()) for c in columns}
        width = table.viewport().width()
        limit = widest_allowed(list(wanted.values()), width - round(self._share * width))
        self._fitting = True
        try:
            for column in columns:
                header.resizeSection(column, max(self._floor, min(wanted[column], limit)))
        finally:
            self._fitting = False

    def _remember(self, column: int, _old: int, new: int) -> None:
        if self._fitting or column == self._main:
            return
        header = self._table.horizontalHeader()
        # Hiding a column resizes it to nothing: that is not a width anyone chose.
        if not self._to_contents and new > 0 and not header.isSectionHidden(column):
            self._preferred[column] = new
        self._later.start()  # a column shown, hidden or dragged: the others make room


class WrappedRows(QObject):
    """Keeps a tree's word-wrapped rows as tall as their text at the tree's width now. Qt
    measures a row once, and as wide as its column with the indentation left in, so a
    list narrowed after it was filled (a splitter arranged, a smaller window) cut its
    headings and entries short with "…"."""

    def __init__(self, tree: QTreeView):
        super().__init__(tree)
        self._tree, self._width = tree, tree.viewport().width()
        tree.setWordWrap(True)
        tree.setUniformRowHeights(False)
        tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        tree.setItemDelegate(_WrappedToWidth(tree))
        tree.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and event.size().width() != self._width:
            self._width = event.size().width()
            self._tree.scheduleDelayedItemsLayout()
        return False


class _WrappedToWidth(QStyledItemDelegate):
    """Measures a row at the width its text is drawn in: the tree's, less its indentation."""

    def sizeHint(self, option, index) -> QSize:
        tree = self.parent()
        depth, parent = 0 if tree.rootIsDecorated() else -1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        measured = QStyleOptionViewItem(option)
        width = max(40, tree.viewport().width() - tree.indentation() * (depth + 1))
        measured.rect = QRect(0, 0, width, max(option.rect.height(), 1))
        return super().sizeHint(measured, index)


def widest_allowed(widths: list[int], room: int) -> int:
    """The largest width ``c`` such that the widths, each cut to at most ``c``, fit in
    ``room`` (every width when they fit already)."""
    if sum(widths) <= room:
        return max(widths, default=0)
    remaining, count = max(room, 0), len(widths)
    for width in sorted(widths):
        if width * count > remaining:
            return remaining // count
        remaining -= width
        count -= 1
    return 0


class FlowLayout(QLayout):
    """Widgets in a row that wraps onto the next line when the room is too narrow: a dock's
    buttons in French ('Bibliothèque…', 'Réinitialiser') would otherwise hold the dock, and
    the window, wider than a 1,024-pixel projector. Qt's flow layout example, for buttons."""

    def __init__(self, parent=None, spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def insertWidget(self, index: int, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        """All in one row."""
        width = sum(i.sizeHint().width() for i in self._shown()) + self.spacing() * max(
            len(self._shown()) - 1, 0)
        height = max((i.sizeHint().height() for i in self._shown()), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """The widest one alone."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not (i.widget() and i.widget().isHidden())]

    def _place(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._shown():
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line > 0:
                x, y, line = area.x(), y + line + self.spacing(), 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self.spacing()
            line = max(line, hint.height())
        return y + line - rect.y() + margins.bottom()


def width_showing(combo: QComboBox, texts: list[str] | None = None) -> int:
    """The width a combo box needs to show each of ``texts`` (by default every entry)
    whole: Qt's combo box cuts its text rather than eliding it."""
    texts = texts if texts is not None else [combo.itemText(i) for i in range(combo.count())]
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    text = max((combo.fontMetrics().horizontalAdvance(t) for t in texts), default=0) + 8
    return combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option,
                                          QSize(text, combo.sizeHint().height()),
                                          combo).width()
