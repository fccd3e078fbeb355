"""The activity timer: start, pause, reset, one more minute; a gentle visual signal at one
minute left and at the end (no sound), after which it shows how far over it is (+1:30). It belongs to the open workshop, not to a window, so
it keeps running when the presenter view is closed and opened again."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from facilitator.views.layout import FlowLayout

DEFAULT_MINUTES = 10
WARNING_SECONDS = 60
TICK_MS = 200

# The three looks of the clock: running, one minute left, time is up.
CALM, WARNING, DONE = "calm", "warning", "done"
COLOURS = {CALM: ("#1f2a30", "#ffffff"), WARNING: ("#f2b705", "#111111"),
           DONE: ("#c0392b", "#ffffff")}


def clock_text(seconds: float) -> str:
    seconds = max(0, round(seconds))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


def overtime_text(seconds: float) -> str:
    """How far past the planned time: '+1:30'."""
    seconds = max(0, round(seconds))
    return f"+{seconds // 60}:{seconds % 60:02d}"


def shown_time(timer: ActivityTimer) -> str:
    """What the clock shows: the time left, or once it is up how far over ('+1:30')."""
    if timer.state() == DONE:
        return overtime_text(timer.overtime())
    return clock_text(timer.remaining())


class ActivityTimer(QObject):
    """A countdown measured on a monotonic clock, so a busy window never makes it drift."""

    changed = Signal()  # every tick while running, and on any change

    def __init__(self, parent=None, clock=time.monotonic):
        super().__init__(parent)
        self._clock = clock
        self.activity_name = ""
        self.duration = DEFAULT_MINUTES * 60.0
        self._spent = 0.0  # seconds used before the current run
        self._since: float | None = None  # clock when the current run started
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.changed)

    @property
    def running(self) -> bool:
        return self._since is not None

    def spent(self) -> float:
        return self._spent + (self._clock() - self._since if self._since is not None else 0)

    def remaining(self) -> float:
        return max(0.0, self.duration - self.spent())

    def overtime(self) -> float:
        """Seconds past the planned time (the timer runs on, so the room knows)."""
        return max(0.0, self.spent() - self.duration)

    def state(self) -> str:
        left = self.remaining()
        if left <= 0:
            return DONE
        return WARNING if left <= WARNING_SECONDS else CALM

    def set_activity(self, name: str, minutes: int | None) -> None:
        """A new activity: its planned time, ready to start (a running timer is reset)."""
        self.activity_name = name
        self.duration = float((minutes or DEFAULT_MINUTES) * 60)
        self.reset()

    def start(self) -> None:
        if not self.running and self.remaining() > 0:
            self._since = self._clock()
            self._ticker.start()
            self.changed.emit()

    def pause(self) -> None:
        if self.running:
            self._spent += self._clock() - self._since
            self._since = None
            self._ticker.stop()
            self.changed.emit()

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def reset(self) -> None:
        self._spent, self._since = 0.0, None
        self._ticker.stop()
        self.changed.emit()

    def add_minute(self) -> None:
        self.duration += 60
        self.changed.emit()


class TimerPanel(QWidget):
    """The facilitator's controls: the clock and Start/Pause, Reset, +1 minute."""

    def __init__(self, timer: ActivityTimer, parent=None):
        super().__init__(parent)
        self.setObjectName("timerPanel")
        self.timer = timer
        self.name = QLabel()
        self.name.setWordWrap(True)
        self.clock = QLabel()
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock.setAccessibleName(self.tr("Time left"))
        font = self.clock.font()
        font.setPointSize(28)
        font.setBold(True)
        self.clock.setFont(font)
        self.start_button = QPushButton()
        self.start_button.setToolTip(self.tr("Start or pause the timer (F5)"))
        self.start_button.clicked.connect(timer.toggle)
        reset = QPushButton(self.tr("Reset"))
        reset.setToolTip(self.tr("Back to the activity's planned time (Shift+F5)"))
        reset.clicked.connect(timer.reset)
        more = QPushButton(self.tr("+1 min"))
        more.setToolTip(self.tr("One more minute (F6)"))
        more.setAccessibleName(self.tr("Add one minute"))
        more.clicked.connect(timer.add_minute)
        buttons = FlowLayout()  # wraps when the dock is narrow
        for button in (self.start_button, reset, more):
            # As narrow as their words: the style's wider minimum would hold the dock (and
            # the window) wider than a 1,024-pixel projector.
            button.setMinimumWidth(max(button.fontMetrics().horizontalAdvance(text) for text in (
                self.tr("Pause"), self.tr("Start"), button.text())) + 18)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.name)
        layout.addWidget(self.clock)
        layout.addLayout(buttons)
        layout.addStretch(1)
        timer.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        timer = self.timer
        self.name.setText(timer.activity_name or self.tr(
            "No activity chosen: the timer runs for {0} minutes.").format(DEFAULT_MINUTES))
        state = timer.state()
        self.clock.setText(shown_time(timer))
        self.clock.setToolTip(self.tr("Past the planned time") if state == DONE
                              else self.tr("Time left"))
        background, colour = COLOURS[state]
        self.clock.setStyleSheet(f"QLabel {{ background: {background}; color: {colour}; "
                                 "border-radius: 6px; padding: 6px; }")
        self.start_button.setText(self.tr("Pause") if timer.running else self.tr("Start"))
