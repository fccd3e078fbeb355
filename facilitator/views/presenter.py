"""The presenter view: a second, full-screen window for the projector. Large type, high
contrast: the current step, the prompt of the running activity, the countdown, and the theme
the facilitator has selected (or the latest notes). It follows the laptop; Esc leaves it.
Notes are shown by their text only, never with a name."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtWidgets import (
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.views.timer import COLOURS, DONE, ActivityTimer, clock_text

BACKGROUND, TEXT, DIM = "#101418", "#ffffff", "#b8c4cc"
SHOWN_NOTES = 6


class PresenterWindow(QWidget):
    room_requested = Signal()  # the facilitator asks to open the room to phones

    def __init__(self, timer: ActivityTimer, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenterWindow")
        self.setWindowTitle("Facilitator – presenter view")
        self.setStyleSheet(f"#presenterWindow {{ background: {BACKGROUND}; }} "
                           f"QLabel {{ color: {TEXT}; }}")
        self.timer = timer
        self.step = self._label(26, bold=True, colour=DIM)
        self.prompt = self._label(40, bold=True)
        self.prompt.setAccessibleName("The question to the room")
        self.clock = self._label(72, bold=True)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock.setAccessibleName("Time left")
        self.clock.setMinimumWidth(340)
        self.theme_title = self._label(30, bold=True, colour=DIM)
        self.board = QGraphicsView()  # the board's own scene, when the room should see it
        self.board.setStyleSheet("border: none;")
        self.board.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.board.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.board.setRenderHints(QPainter.RenderHint.Antialiasing
                                  | QPainter.RenderHint.TextAntialiasing)
        self.board.setInteractive(False)
        self.board.hide()
        self.notes = self._label(24)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        # Step and clock on one line, the question to the room across the screen below,
        # then what was heard.
        top = QHBoxLayout()
        top.addWidget(self.step, 1, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.clock, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout()
        layout.addLayout(top)
        layout.addWidget(self.prompt)
        layout.addSpacing(24)
        layout.addWidget(self.theme_title)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.board, 1)
        self.room_button = QPushButton(self.tr("Phones…"))
        self.room_button.setAccessibleName(self.tr("Open the room to phones"))
        self.room_button.setToolTip(self.tr("Open the room to phones: participants write and "
                                            "vote from their own (Ctrl+Shift+R)"))
        self.room_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.room_button.clicked.connect(self.room_requested)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.room_button)
        layout.addLayout(bottom)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(60, 40, 60, 40)
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
        if event.key() == Qt.Key.Key_Escape:  # leave the presenter view
            self.close()
        else:
            super().keyPressEvent(event)

    def show_on(self, screen_index: int | None = None) -> None:
        """Full screen on the chosen screen; by default one the laptop's window is not on."""
        screens = QGuiApplication.screens()
        parent = self.parentWidget()
        current = parent.screen() if parent is not None else None
        if screen_index is not None and 0 <= screen_index < len(screens):
            screen = screens[screen_index]
        else:
            screen = next((s for s in screens if s is not current), screens[0])
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()

    def show_board(self, scene) -> None:
        """Show the sticky-note board (scene None: back to the chosen theme's notes)."""
        self.board.setVisible(scene is not None)
        self.notes.setVisible(scene is None)
        self.theme_title.setVisible(scene is None)
        if scene is not None:
            self.board.setScene(scene)
            rect = scene.itemsBoundingRect()
            if not rect.isEmpty():
                self.board.fitInView(rect.adjusted(-20, -20, 20, 20),
                                     Qt.AspectRatioMode.KeepAspectRatio)

    def show_state(self, step_title: str, prompt: str, theme_title: str,
                   notes: list[str]) -> None:
        self.step.setText(step_title)
        self.prompt.setText(prompt or "")
        self.theme_title.setText(theme_title)
        shown = notes[:SHOWN_NOTES]
        more = len(notes) - len(shown)
        items = "".join(f"<li style='margin-bottom:10px'>{html.escape(n)}</li>" for n in shown)
        self.notes.setText(f"<ul>{items}</ul>" + (f"<p style='color:{DIM}'>and {more} more"
                                                  "</p>" if more > 0 else ""))

    def _show_clock(self) -> None:
        state = self.timer.state()
        self.clock.setText("Time" if state == DONE else clock_text(self.timer.remaining()))
        background, colour = COLOURS[state]
        self.clock.setStyleSheet(f"color: {colour}; background: {background}; "
                                 "border-radius: 24px; padding: 20px;")
