"""The Solutions tab (step 4): solutions linked to insights, who does what next, dot voting
from the keyboard, and the impact/effort matrix where solutions are placed by dragging.

While people vote the totals stay hidden, here and on the projector, so nobody follows the
early dots; the facilitator reveals them (and may hide them again for another round)."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.domain.changes import NoteDeleted, NotesPlaced, notes_of
from facilitator.core.domain.synthesis import SOLUTION_STATUSES
from facilitator.core.locale.terms import status_name
from facilitator.views.dialogs import FormKeys
from facilitator.views.follows import FollowsChanges
from facilitator.views.layout import MainColumnFit, ResponsiveSplitter
from facilitator.views.record_panel import RecordTableModel, record_table

GRID = 420.0  # the matrix is GRID x GRID scene units
CARD_W, CARD_H = 120.0, 46.0
QUADRANTS = ((QT_TRANSLATE_NOOP("MatrixView", "Quick wins"), 0, 0),
             (QT_TRANSLATE_NOOP("MatrixView", "Big bets"), 1, 0),
             (QT_TRANSLATE_NOOP("MatrixView", "Fill-ins"), 0, 1),
             (QT_TRANSLATE_NOOP("MatrixView", "Think twice"), 1, 1))  # (name, effort half,
# impact half from the top)
NUDGE = 0.05
HIDDEN = "–"  # a total not yet revealed


class SolutionDialog(QDialog):
    """A new solution (title, description, the insights it addresses) or its follow-up."""

    def __init__(self, insights, solution=None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New solution") if solution is None else self.tr("Solution"))
        self.title = QLineEdit(solution.title if solution else "")
        self.description = QPlainTextEdit(solution.description if solution else "")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(60)
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Description:"), self.description)
        self.insights = QListWidget()
        self.insights.setAccessibleName(self.tr("Insights it addresses"))
        for insight in insights:
            item = QListWidgetItem(insight.statement)
            item.setData(Qt.ItemDataRole.UserRole, insight.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if solution and insight.id in
                               solution.insight_ids else Qt.CheckState.Unchecked)
            self.insights.addItem(item)
        if solution is None:
            form.addRow(self.tr("&Addresses:"), self.insights)
        self.owner = QLineEdit(solution.owner if solution else "")
        self.owner.setPlaceholderText(self.tr("A team, a named role, a group of residents…"))
        self.next_step = QLineEdit(solution.next_step if solution else "")
        self.due_date = QLineEdit(solution.due_date if solution else "")
        self.due_date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.status = QComboBox()
        for status in SOLUTION_STATUSES:  # stored by key, shown in the language spoken
            self.status.addItem(status_name(status), status)
        self.status_note = QPlainTextEdit(solution.status_note if solution else "")
        self.status_note.setTabChangesFocus(True)
        self.status_note.setFixedHeight(50)
        self.status_note.setPlaceholderText(self.tr("Why it stands where it does (needed to "
                                                    "drop it)"))
        if solution is not None:
            self.status.setCurrentIndex(max(0, self.status.findData(solution.status)))
            form.addRow(self.tr("&Owner:"), self.owner)
            form.addRow(self.tr("&Next step:"), self.next_step)
            form.addRow(self.tr("D&ue:"), self.due_date)
            form.addRow(self.tr("&Status:"), self.status)
            form.addRow(self.tr("Status n&ote:"), self.status_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.title.textChanged.connect(lambda text: save.setEnabled(bool(text.strip())))
        save.setEnabled(bool(self.title.text().strip()))
        self.keys = FormKeys(self, save)  # Enter saves from any field once titled
        self.resize(560, 420 if solution is None else 380)

    def insight_ids(self) -> list[int]:
        return [self.insights.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.insights.count())
                if self.insights.item(i).checkState() == Qt.CheckState.Checked]

    def follow_up(self) -> dict:
        return {"title": self.title.text(), "description": self.description.toPlainText(),
                "owner": self.owner.text(), "next_step": self.next_step.text(),
                "due_date": self.due_date.text().strip(),
                "status": self.status.currentData(),
                "status_note": self.status_note.toPlainText()}


class Card(QGraphicsRectItem):
    """A solution on the matrix; dropped, it reports its place."""

    def __init__(self, solution, matrix: MatrixView, revealed: bool = True):
        super().__init__(0, 0, CARD_W, CARD_H + 8)
        self.solution_id, self.matrix = solution.id, matrix
        self.setBrush(QBrush(QColor("#e7f5ec")))
        self.setPen(QPen(QColor("#2f9e5f"), 1.2))
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        dots = f"  ●{solution.votes}" if revealed else ""
        self.setToolTip(MatrixView.tr("{0} – %n dot(s)", "", solution.votes).format(
            solution.title) if revealed else solution.title)
        text = QGraphicsTextItem(self)
        self.text_item = text  # the wrapper must live as long as the card
        font = QFont()
        font.setPointSizeF(8.5)
        text.setFont(font)
        text.setTextWidth(CARD_W - 6)
        title = solution.title if len(solution.title) <= 48 else solution.title[:47] + "…"
        text.setPlainText(f"{title}{dots}")
        text.setPos(2, 1)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        self.matrix.dropped(self)

    def keyPressEvent(self, event) -> None:
        moves = {Qt.Key.Key_Up: (NUDGE, 0), Qt.Key.Key_Down: (-NUDGE, 0),
                 Qt.Key.Key_Left: (0, -NUDGE), Qt.Key.Key_Right: (0, NUDGE)}
        if event.key() in moves:
            self.matrix.nudge(self, *moves[event.key()])
        else:
            super().keyPressEvent(event)


class MatrixView(QGraphicsView):
    """Impact up, effort across. Cards not yet placed wait in the tray below."""

    placed = Signal(int, object, object)  # solution id, impact, effort (None: off the grid)

    def __init__(self):
        self.scene_ = QGraphicsScene()
        super().__init__(self.scene_)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setAccessibleName(self.tr("Impact and effort matrix"))
        self.cards: dict[int, Card] = {}

    def show_solutions(self, solutions, revealed: bool = True) -> None:
        selected = [c.solution_id for c in self.cards.values() if c.isSelected()]
        self.scene_.clear()
        self.cards = {}
        self._draw_grid()
        tray = 0
        for solution in solutions:
            card = Card(solution, self, revealed)
            if solution.impact is None:
                row, column = divmod(tray, 3)
                card.setPos(column * (CARD_W + 10), GRID + 40 + row * (CARD_H + 8))
                tray += 1
            else:
                card.setPos(self._to_scene(solution.impact, solution.effort))
            card.setSelected(solution.id in selected)
            self.scene_.addItem(card)
            self.cards[solution.id] = card
        self.scene_.setSceneRect(self.scene_.itemsBoundingRect().adjusted(-20, -20, 20, 20))
        self.fitInView(self.scene_.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fitInView(self.scene_.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def _draw_grid(self) -> None:
        half = GRID / 2
        for name, x, y in QUADRANTS:
            colour = QColor("#f4faf6") if (x, y) == (0, 0) else QColor("#fafafa")
            self.scene_.addRect(QRectF(x * half, y * half, half, half), QPen(QColor("#c8c8c8")),
                                QBrush(colour))
            label = QGraphicsSimpleTextItem(self.tr(name))
            label.setBrush(QBrush(QColor("#888888")))
            label.setPos(x * half + 6, y * half + 4)
            self.scene_.addItem(label)
        for text, pos in ((self.tr("Impact ↑"), QPointF(-70, half - 8)),
                          (self.tr("Effort →"), QPointF(half - 25, GRID + 4)),
                          (self.tr("Not placed yet: drag onto the matrix"),
                           QPointF(0, GRID + 20))):
            item = self.scene_.addSimpleText(text)
            item.setPos(pos)

    @staticmethod
    def _to_scene(impact: float, effort: float) -> QPointF:
        return QPointF(effort * GRID - CARD_W / 2, (1 - impact) * GRID - CARD_H / 2)

    @staticmethod
    def _from_scene(card: Card) -> tuple[float, float] | None:
        centre = card.pos() + QPointF(CARD_W / 2, CARD_H / 2)
        if not (0 <= centre.x() <= GRID and 0 <= centre.y() <= GRID):
            return None
        return (round(1 - centre.y() / GRID, 3), round(centre.x() / GRID, 3))

    def dropped(self, card: Card) -> None:
        place = self._from_scene(card)
        impact, effort = place if place is not None else (None, None)
        self.placed.emit(card.solution_id, impact, effort)

    def nudge(self, card: Card, impact_step: float, effort_step: float) -> None:
        place = self._from_scene(card) or (0.5, 0.5)
        impact = min(1.0, max(0.0, place[0] + impact_step))
        effort = min(1.0, max(0.0, place[1] + effort_step))
        self.placed.emit(card.solution_id, round(impact, 3), round(effort, 3))


class SolutionsPanel(FollowsChanges, QWidget):
    SIDE_BY_SIDE_WIDTH = 900

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.setObjectName("solutionsPanel")
        self.controller = controller
        self._dirty = True
        self.revealed = False
        self.model = RecordTableModel([
            (self.tr("Solution"), lambda s: s.title),
            (self.tr("Dots"), lambda s: s.votes if self.revealed else HIDDEN),
            (self.tr("Owner"), lambda s: s.owner), (self.tr("Due"), lambda s: s.due_date),
            (self.tr("Status"), lambda s: status_name(s.status))], self)
        self.table = record_table(self.model, self.tr("Solutions"))
        # The solution's title keeps most of the width; owner, due date and status shrink
        # first on a small screen.
        self.columns = MainColumnFit(self.table, 0, to_contents=True, cap=170)
        self.table.doubleClicked.connect(lambda _: self.edit())
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName(self.tr("The chosen solution"))
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.hint = QLabel(self.tr("No solutions yet. In step 4, add one for the insights it "
                                   "addresses (Insert), then vote and place it on the matrix."))
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)

        self.toolbar = QToolBar(self.tr("Solutions"))
        self.toolbar.setObjectName("solutionsToolbar")
        self.voter = QComboBox()
        self.voter.setAccessibleName(self.tr("Who is voting"))
        self.voter.setMinimumWidth(110)
        self.voter.currentIndexChanged.connect(self._show_dots_left)
        self.dots = QSpinBox()
        self.dots.setRange(1, 50)
        self.dots.setPrefix(self.tr("Dots each: "))
        self.dots.setAccessibleName(self.tr("Dots each voter has"))
        self.dots.editingFinished.connect(
            lambda: self.controller.set_dots_per_voter(self.dots.value()))
        self.dots_left = QLabel()
        for text, slot, keys, tip in (
                (self.tr("New solution…"), self.add, ["Ins"], self.tr("Add a solution (Insert)")),
                (self.tr("Edit…"), self.edit, ["F2"],
                 self.tr("Owner, next step, due date, status (F2)")),
                (self.tr("Delete"), self.delete, ["Del"],
                 self.tr("Delete the solution (Delete)"))):
            self._action(text, slot, keys, tip)
        self.toolbar.addSeparator()
        self.reveal_action = self._action(
            self.tr("Reveal totals"), self._toggle_reveal, ["Ctrl+Shift+R"],
            self.tr("Show the dots each solution has, here and on the projector, once "
                    "everyone has voted; again to hide them (Ctrl+Shift+R)"))
        # Voting on a row of its own, so that nothing of it hides behind the toolbar's »
        # on a 1,024-pixel projector.
        self.voting_bar = QToolBar(self.tr("Voting"))
        self.voting_bar.setObjectName("votingToolbar")
        self.voting_bar.addWidget(QLabel(self.tr(" Voter: ")))
        self.voting_bar.addWidget(self.voter)
        self._action(self.tr("+ dot"), lambda: self.vote(+1), ["+", "="],
                     self.tr("Give the chosen voter's dot to the solution (+)"), self.voting_bar)
        self._action(self.tr("− dot"), lambda: self.vote(-1), ["-"], self.tr("Take a dot back (−)"),
                     self.voting_bar)
        self._action(self.tr("Next voter"), self.next_voter, ["N"],
                     self.tr("The next voter: participants in order, then tables (N)"),
                     self.voting_bar)
        self.voting_bar.addWidget(self.dots_left)
        self.toolbar.addWidget(self.dots)

        self.matrix = MatrixView()
        self.matrix.setMinimumWidth(300)
        self.matrix.placed.connect(self.controller.place_solution)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.hint)
        left_layout.addWidget(self.detail)
        # Side by side when wide; on a small screen the table above and the matrix below.
        splitter = self.splitter = ResponsiveSplitter(self.SIDE_BY_SIDE_WIDTH, (1, 1))
        splitter.addWidget(left)
        splitter.addWidget(self.matrix)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.voting_bar)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.table)
        self.watch(controller, ("solution", "insight", "participant", "note", "workshop", "link"))

    def _action(self, text, slot, keys, tip, bar=None) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        (bar or self.toolbar).addAction(action)
        return action

    def _show_detail(self, *_) -> None:
        solution = self.current()
        if solution is None:
            self.detail.clear()
            return
        e = html.escape
        addresses = "; ".join(self._statements.get(i, "") for i in solution.insight_ids)
        parts = [f"<b>{e(solution.title)}</b>"]
        if solution.description:
            parts.append(e(solution.description))
        if addresses:
            parts.append(self.tr("<i>Addresses:</i> {0}").format(e(addresses)))
        if solution.next_step:
            parts.append(self.tr("<i>Next step:</i> {0}").format(e(solution.next_step))
                         + (self.tr(" (by {0})").format(e(solution.due_date))
                            if solution.due_date else ""))
        if solution.status_note:
            parts.append(self.tr("<i>Status ({0}):</i> {1}").format(
                e(status_name(solution.status)), e(solution.status_note)))
        self.detail.setText("<br>".join(parts))

    # --- keeping in step -----------------------------------------------------------------

    def apply_changes(self, changes) -> bool:
        """Notes matter here only as voters: a note by a participant, or by a table that
        votes already, changes nothing shown."""
        if self._dirty:
            return False
        voters = {self.voter.itemText(i) for i in range(self.voter.count())}
        for change in changes:
            if isinstance(change, NotesPlaced):
                continue  # board positions
            notes = notes_of(change)
            if notes is None or isinstance(change, NoteDeleted) and change.note.table_label:
                return False  # a table's last note may have gone with it
            if any(n.table_label and n.table_label not in voters for n in notes):
                return False
        return True

    def refresh(self) -> None:
        self._dirty = False
        workshop = self.controller.workshop
        chosen = self.current()
        self._statements = {i.id: i.statement for i in workshop.synthesis.insights()}
        solutions = workshop.synthesis.solutions()
        self.revealed = workshop.details().votes_revealed
        self.reveal_action.setText(self.tr("Hide totals") if self.revealed
                                   else self.tr("Reveal totals"))
        self.model.set_records(solutions)
        self.hint.setVisible(not solutions)
        for row, solution in enumerate(solutions):
            if chosen is not None and solution.id == chosen.id:
                self.table.selectRow(row)
        if self.table.currentIndex().row() < 0 and solutions:
            self.table.selectRow(0)
        voter = self.voter.currentText()
        self.voter.blockSignals(True)
        self.voter.clear()
        self.voter.addItems(workshop.development.voters())
        self.voter.setCurrentIndex(max(0, self.voter.findText(voter)))
        self.voter.blockSignals(False)
        self.dots.blockSignals(True)
        self.dots.setValue(workshop.development.dots_per_voter())
        self.dots.blockSignals(False)
        self._show_dots_left()
        self._show_detail()
        self.matrix.show_solutions(solutions, self.revealed)

    def _show_dots_left(self, *_) -> None:
        voter = self.voter.currentText()
        if not voter:
            self.dots_left.setText(self.tr("  (add participants to vote)"))
            return
        development = self.controller.workshop.development
        left = development.dots_per_voter() - development.dots_used(voter)
        self.dots_left.setText(self.tr("  %n dot(s) left ", "", left))
        self.dots_left.setToolTip(self.tr("{0} has %n dot(s) left", "", left).format(voter))

    def current(self):
        index = self.table.currentIndex()
        return self.model.record_at(index.row()) if index.isValid() else None

    # --- actions -------------------------------------------------------------------------

    def add(self) -> None:
        insights = self.controller.workshop.synthesis.insights()
        dialog = SolutionDialog(insights, parent=self)
        if dialog.exec():
            self.controller.add_solution(dialog.title.text(), dialog.insight_ids(),
                                         dialog.description.toPlainText())
        dialog.deleteLater()

    def edit(self) -> None:
        solution = self.current()
        if solution is None:
            return
        dialog = SolutionDialog([], solution, self)
        while dialog.exec():
            values = dialog.follow_up()
            changed = {k: v for k, v in values.items() if getattr(solution, k) != v}
            if not changed or self.controller.edit_solution(solution.id, **changed) is not None:
                break
        dialog.deleteLater()

    def delete(self) -> None:
        solution = self.current()
        if solution is not None:
            self.controller.delete_solution(solution.id)

    def vote(self, delta: int) -> None:
        solution, voter = self.current(), self.voter.currentText()
        if solution is not None and voter:
            self.controller.vote(solution.id, voter, delta)

    def next_voter(self) -> None:
        """The next person (then table) to vote, in the order of the list; after the last,
        the first again."""
        count = self.voter.count()
        if count == 0:
            return
        wrapped = self.voter.currentIndex() + 1 >= count
        self.voter.setCurrentIndex((self.voter.currentIndex() + 1) % count)
        development = self.controller.workshop.development
        voter = self.voter.currentText()
        left = development.dots_per_voter() - development.dots_used(voter)
        message = self.tr("Voting now: {0} (%n dot(s) left)", "", left).format(voter)
        if wrapped:
            message += self.tr(" – back to the first voter")
        self.controller.announce(message)

    def _toggle_reveal(self) -> None:
        self.controller.reveal_votes(not self.controller.workshop.details().votes_revealed)
