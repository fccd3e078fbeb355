"""The presenter view: a second, full-screen window for the projector. Large type, high
contrast: the current step, the prompt of the running activity, the countdown, and the theme
the facilitator has selected (or the latest notes). It follows the laptop; Esc leaves it.
Notes are shown by their text only, never with a name."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtWidgets import QGraphicsView, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from facilitator.core.privacy import PrivacyRule
from facilitator.views.timer import COLOURS, DONE, ActivityTimer, clock_text

BACKGROUND, TEXT, DIM = "#101418", "#ffffff", "#b8c4cc"
SHOWN_NOTES = 6


class PresenterWindow(QWidget):
    def __init__(self, timer: ActivityTimer, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenterWindow")
        self.setWindowTitle("Facilitator – presenter view")
        self.setStyleSheet(f"#presenterWindow {{ background: {BACKGROUND}; }} "
                           f"QLabel {{ color: {TEXT}; }}")
        self.timer = timer
        self.privacy = PrivacyRule.for_room()  # the room sees no name, e-mail or phone
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addLayout(top)
        layout.addWidget(self.prompt)
        layout.addSpacing(24)
        layout.addWidget(self.theme_title)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.board, 1)
        timer.changed.connect(self._show_clock)
        self._show_clock()

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
        self.prompt.setText(self.privacy.text(prompt))
        self.theme_title.setText(self.privacy.line(theme_title))
        shown = [self.privacy.text(n) for n in notes[:SHOWN_NOTES]]
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
