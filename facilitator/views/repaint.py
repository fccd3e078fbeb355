"""Widgets that repaint only what changed when a note is typed: a note is one row more at the
end of the lists, and a count or a time in a label, and neither should lay out or repaint the
whole window (at ten thousand notes, Qt's own ways cost several frames a note)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel


class SteadyLabel(QLabel):
    """A one-line label whose text changes often: a count, the time of the last save.

    A QLabel given a new text asks for a new layout of every widget up to the window, which
    then repaints them all, at each note typed. This one is held at the size its text needs
    and changes size only when a text needs another (a digit more, another style), so a new
    count or time repaints the label alone."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def clear(self) -> None:
        super().clear()
        self._fit()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def _fit(self) -> None:
        hint = self.sizeHint()
        if self.minimumSize() != hint or self.maximumSize() != hint:
            self.setFixedSize(hint)


class RowsOnShowKept:
    """Mixin for an item view (QListView, QTableView) over a list that grows at its end.

    Qt lays out an item view again after any insertion and repaints every row on show. Rows
    added after the last row on show change none of those: the view is then laid out (the
    scroll bar takes in the new rows) and repaints from the first new row down, which is
    nothing when they are under the view; scrolling a new row into view paints it. Rows
    inserted among those on show, or removed, moved, sorted or reset, repaint as Qt does."""

    # Since the last layout: None when nothing was inserted; the first row inserted when
    # every insertion came after the rows on show; ROWS_ON_SHOW_CHANGED for anything else.
    ROWS_ON_SHOW_CHANGED = -1
    _inserted_after: int | None = None

    def setModel(self, model) -> None:
        old = self.model()
        if old is not None:
            old.rowsAboutToBeInserted.disconnect(self._rows_coming)
            for signal in self._unsettling(old):
                signal.disconnect(self._unsettled)
        super().setModel(model)
        if model is not None:
            model.rowsAboutToBeInserted.connect(self._rows_coming)
            for signal in self._unsettling(model):
                signal.connect(self._unsettled)

    @staticmethod
    def _unsettling(model):
        return (model.rowsAboutToBeRemoved, model.rowsAboutToBeMoved,
                model.layoutAboutToBeChanged, model.modelAboutToBeReset)

    def _last_row_on_show(self) -> int:
        """Before an insertion: the row at the bottom of the view, or the last row when
        they all fit above it (or -1 when there is none)."""
        viewport = self.viewport()
        bottom = self.indexAt(QPoint(viewport.width() // 2, viewport.height() - 1))
        return bottom.row() if bottom.isValid() else self.model().rowCount() - 1

    def _rows_coming(self, parent, first: int, _last: int) -> None:
        if parent.isValid() or first <= self._last_row_on_show():
            self._inserted_after = self.ROWS_ON_SHOW_CHANGED
        elif self._inserted_after != self.ROWS_ON_SHOW_CHANGED:
            self._inserted_after = first if self._inserted_after is None \
                else min(self._inserted_after, first)

    def _unsettled(self, *_) -> None:
        self._inserted_after = self.ROWS_ON_SHOW_CHANGED

    def _row_top(self, row: int) -> int:
        if hasattr(self, "rowViewportPosition"):  # a table
            return self.rowViewportPosition(row)
        return self.visualRect(self.model().index(row, self.modelColumn())).top()

    def doItemsLayout(self) -> None:
        first, self._inserted_after = self._inserted_after, None
        viewport = self.viewport()
        if first is None or first == self.ROWS_ON_SHOW_CHANGED \
                or viewport.testAttribute(Qt.WidgetAttribute.WA_UpdatesDisabled):
            super().doItemsLayout()
            return
        # Qt's layout ends by repainting the whole view: that alone is held back (with the
        # attribute, as setUpdatesEnabled() would repaint all when set back), and the view
        # repaints from the first new row down.
        viewport.setAttribute(Qt.WidgetAttribute.WA_UpdatesDisabled, True)
        try:
            super().doItemsLayout()
        finally:
            viewport.setAttribute(Qt.WidgetAttribute.WA_UpdatesDisabled, False)
        top = max(self._row_top(first), 0)
        if top < viewport.height():
            viewport.update(QRect(0, top, viewport.width(), viewport.height() - top))
