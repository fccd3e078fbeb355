"""The presenter view: a second, full-screen window for the projector. Large type, high
contrast: the current step, the question to the room and the countdown, and below them what
the facilitator chooses to show - nothing more (the question), the latest notes of the
running activity, the theme selected on the laptop, the board where the laptop is looking,
or the solutions being voted on (their totals only once revealed). Esc leaves it.
Notes are shown by their text only, never with a name."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.domain.privacy import PrivacyRule
from facilitator.views.board import BOARD_BACKGROUND
from facilitator.views.timer import COLOURS, ActivityTimer, shown_time

BACKGROUND, TEXT, DIM = "#101418", "#ffffff", "#b8c4cc"

# What the projector can show, in the order the facilitator's controls offer them.
MODES = {"question": QT_TRANSLATE_NOOP("PresenterControls", "The question only"),
         "notes": QT_TRANSLATE_NOOP("PresenterControls", "Latest notes of the activity"),
         "theme": QT_TRANSLATE_NOOP("PresenterControls", "The theme selected"),
         "board": QT_TRANSLATE_NOOP("PresenterControls", "The board, where I look"),
         "solutions": QT_TRANSLATE_NOOP("PresenterControls", "Solutions and votes")}
NOTE_POINTS = 28  # readable from the back of a hall on a 1,024 x 768 projector
PROMPT_POINTS = {"question": 44, "board": 24}  # the question alone is larger still
DEFAULT_PROMPT_POINTS = 32
# The board is never drawn smaller than this: a 10-point note is then 15 points high.
MIN_BOARD_SCALE = 1.5


class PresenterWindow(QWidget):
    def __init__(self, timer: ActivityTimer, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenterWindow")
        self.setWindowTitle(self.tr("Facilitator – presenter view"))
        self.setStyleSheet(f"#presenterWindow {{ background: {BACKGROUND}; }} "
                           f"QLabel {{ color: {TEXT}; }}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # takes the keys when on top
        self.timer = timer
        self.privacy = PrivacyRule.for_room()  # the room sees no name, e-mail or phone
        self.mode = "notes"
        self._items: list[str] = []
        self.step = self._label(22, bold=True, colour=DIM)
        self.prompt = self._label(DEFAULT_PROMPT_POINTS, bold=True)
        self.prompt.setAccessibleName(self.tr("The question to the room"))
        self.clock = self._label(60, bold=True)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock.setAccessibleName(self.tr("Time left"))
        self.theme_title = self._label(NOTE_POINTS, bold=True, colour=DIM)
        self.board = QGraphicsView()  # the board's own scene, where the laptop looks
        self.board.setStyleSheet("border: none;")
        self.board.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.board.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.board.setRenderHints(QPainter.RenderHint.Antialiasing
                                  | QPainter.RenderHint.TextAntialiasing)
        self.board.setInteractive(False)
        self.board.setBackgroundBrush(QColor(BOARD_BACKGROUND))
        self.board.hide()
        self._followed = QRectF()
        self.notes = self._label(NOTE_POINTS)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # The notes take the room that is left and show as many as fit in it.
        self.notes.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        top = QHBoxLayout()
        top.addWidget(self.step, 1, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.clock, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout()
        layout.addLayout(top)
        layout.addWidget(self.prompt)
        layout.addSpacing(12)
        layout.addWidget(self.theme_title)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.board, 1)
        self._stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum,
                                    QSizePolicy.Policy.Minimum)
        layout.addItem(self._stretch)  # fills the room under the question alone
        outer = QHBoxLayout(self)
        outer.setContentsMargins(40, 28, 40, 28)
        outer.addLayout(layout, 1)
        outer.addWidget(self._room_panel())
        timer.changed.connect(self._show_clock)
        self._show_clock()

    def _room_panel(self) -> QWidget:
        """The join address, code and QR code, large, while the room is open to phones."""
        from facilitator.views.qr_widget import QrWidget

        panel = QWidget()
        panel.setObjectName("presenterRoom")
        column = QVBoxLayout(panel)
        column.setContentsMargins(30, 0, 0, 0)
        heading = self._label(24, bold=True, colour=DIM)
        heading.setText(self.tr("Write from your phone"))
        self.room_qr = QrWidget(panel, minimum=300)
        self.room_code = self._label(48, bold=True)
        self.room_code.setAccessibleName(self.tr("Join code"))
        self.room_address = self._label(24, bold=True, colour=DIM)
        self.room_address.setWordWrap(False)  # an address cut in two cannot be typed
        for widget in (heading, self.room_qr, self.room_code, self.room_address):
            column.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        panel.hide()
        self.room_panel = panel
        return panel

    def show_room(self, url: str = "", address: str = "", code: str = "") -> None:
        """Show how to join the room (empty url: the room is not open, nothing shown)."""
        self.room_panel.setVisible(bool(url))
        self.room_qr.set_text(url)
        self.room_code.setText(code)
        # Typed into a phone's browser as it is shown: no "http://" to get wrong.
        self.room_address.setText(address.removeprefix("http://"))

    @staticmethod
    def _label(points: int, bold: bool = False, colour: str = TEXT) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        font = label.font()
        font.setPointSize(points)
        font.setBold(bold)
        label.setFont(font)
        label.setStyleSheet(f"color: {colour};")
        return label

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F11):  # leave the presenter view
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        if self.parentWidget() is not None:  # the keys go back to the laptop's window
            self.parentWidget().activateWindow()

    def show_on(self, screen_index: int | None = None) -> None:
        """Full screen on the chosen screen; by default one the laptop's window is not on.

        On a screen of its own the laptop keeps the keyboard, so a note-taker's next key
        still lands in the note; on the laptop's only screen (or a mirrored one) it takes
        the screen and the keys until Esc or F11."""
        screens = QGuiApplication.screens()
        parent = self.parentWidget()
        current = parent.screen() if parent is not None else None
        if screen_index is not None and 0 <= screen_index < len(screens):
            screen = screens[screen_index]
        else:
            screen = next((s for s in screens if s is not current), screens[0])
        beside = parent is not None and screen is not current
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, beside)
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        if beside:
            parent.activateWindow()
        else:
            self.setFocus()

    # --- what is shown -------------------------------------------------------------------

    def show_state(self, step_title: str, prompt: str, theme_title: str,
                   notes: list[str], mode: str = "notes") -> None:
        """The step, the question and, by ``mode``, a title over lines of text (notes, or
        solutions) - or, for "question" and "board", none."""
        self.mode = mode
        self.step.setText(step_title)
        self.prompt.setText(self.privacy.text(prompt or ""))
        font = self.prompt.font()
        font.setPointSize(PROMPT_POINTS.get(mode, DEFAULT_PROMPT_POINTS))
        self.prompt.setFont(font)
        listing = mode in ("notes", "theme", "solutions")
        self.theme_title.setText(self.privacy.line(theme_title))
        self.theme_title.setVisible(listing and bool(theme_title))
        self.notes.setVisible(listing)
        self.board.setVisible(mode == "board")
        self._stretch.changeSize(0, 0, QSizePolicy.Policy.Minimum,
                                 QSizePolicy.Policy.Expanding if mode == "question"
                                 else QSizePolicy.Policy.Minimum)
        self.layout().invalidate()
        self._items = [self.privacy.text(n) for n in notes]
        self._fit_notes()

    def follow_board(self, scene, looked_at: QRectF) -> None:
        """Show the part of the board the laptop shows, as large as it fits but never
        smaller than readable: the middle of it when the laptop shows more than that."""
        if self.board.scene() is not scene:
            self.board.setScene(scene)
        self._followed = QRectF(looked_at)
        self._show_followed()

    def _show_followed(self) -> None:
        rect, view = self._followed, self.board.viewport()
        if rect.isEmpty() or view.width() < 10 or view.height() < 10:
            return
        scale = max(MIN_BOARD_SCALE, min(view.width() / rect.width(),
                                         view.height() / rect.height()))
        self.board.resetTransform()
        self.board.scale(scale, scale)
        self.board.centerOn(rect.center())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_notes()
        self._show_followed()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_notes()
        self._show_followed()

    def _fit_notes(self) -> None:
        """As many of the lines as fit the room left, then how many more there are."""
        if self.mode not in ("notes", "theme", "solutions"):
            return
        self.layout().activate()
        room = self.notes.contentsRect()
        items = self._items
        if not items:
            self.notes.setText(f"<p style='color:{DIM}'>{html.escape(self._nothing_yet())}"
                               "</p>")
            return
        shown = 1
        while shown < len(items) and self._height(items[:shown + 1], len(items)) <= \
                room.height():
            shown += 1
        self.notes.setText(self._html(items[:shown], len(items) - shown))

    def _nothing_yet(self) -> str:
        return {"notes": self.tr("No notes yet for this activity."),
                "theme": self.tr("Choose a theme on the Themes tab."),
                "solutions": self.tr("No solutions yet.")}.get(self.mode, "")

    @staticmethod
    def _html(items: list[str], more: int) -> str:
        rows = "".join(f"<li style='margin-bottom:12px'>{html.escape(_short(n))}</li>"
                       for n in items)
        tail = (f"<p style='color:{DIM}'>"
                + QCoreApplication.translate("PresenterWindow", "and {0} more").format(more)
                + "</p>") if more > 0 else ""
        return f"<ul style='margin-left:0'>{rows}</ul>{tail}"

    def _height(self, items: list[str], total: int) -> float:
        document = QTextDocument()
        document.setDefaultFont(self.notes.font())
        document.setDocumentMargin(0)
        document.setTextWidth(max(self.notes.contentsRect().width(), 100))
        document.setHtml(self._html(items, total - len(items)))
        return document.size().height()

    def _show_clock(self) -> None:
        state = self.timer.state()
        self.clock.setText(shown_time(self.timer))
        background, colour = COLOURS[state]
        self.clock.setStyleSheet(f"color: {colour}; background: {background}; "
                                 "border-radius: 20px; padding: 14px 24px;")


def _short(text: str, limit: int = 240) -> str:
    """A long note cut for the projector: a few lines of it, the rest on the laptop."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class PresenterControls(QWidget):
    """On the laptop: what the projector shows, and the projector on or off (F11)."""

    mode_chosen = Signal(str)
    toggle_requested = Signal()
    room_requested = Signal()  # open the room to phones

    def __init__(self, parent=None):
        super().__init__(parent)
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("What the projector shows"))
        self.choice.setToolTip(self.tr("What the presenter view shows below the question "
                                       "and the timer (Shift+F11: the next one)"))
        self.choice.setMinimumContentsLength(8)
        self.choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for key, text in MODES.items():
            self.choice.addItem(self.tr(text), key)
        self.choice.currentIndexChanged.connect(
            lambda _: self.mode_chosen.emit(self.choice.currentData()))
        self.toggle = QPushButton(self.tr("Projector on / off (F11)"))
        self.toggle.setToolTip(self.tr("Open or close the presenter view (F11)"))
        self.toggle.setMinimumWidth(self.toggle.fontMetrics().horizontalAdvance(
            self.toggle.text()) + 18)
        self.toggle.clicked.connect(self.toggle_requested)
        # On the laptop, not on the projector: the room sees the code, not the controls.
        self.room_button = QPushButton(self.tr("Phones…"))
        self.room_button.setAccessibleName(self.tr("Open the room to phones"))
        self.room_button.setToolTip(self.tr("Open the room to phones: participants write and "
                                            "vote from their own (Ctrl+Shift+O)"))
        self.room_button.clicked.connect(self.room_requested)
        title = QLabel(self.tr("Projector:"))
        title.setBuddy(self.choice)
        row = QHBoxLayout()
        row.addWidget(title)
        row.addWidget(self.choice, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 6, 0, 0)
        column.addLayout(row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.toggle, 1)
        buttons.addWidget(self.room_button)
        column.addLayout(buttons)

    def show_mode(self, mode: str) -> None:
        self.choice.blockSignals(True)
        self.choice.setCurrentIndex(max(0, self.choice.findData(mode)))
        self.choice.blockSignals(False)
