"""The four co-design steps across the top of the window: where the workshop stands."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
)

from facilitator.core.domain.steps import Step


class StepBar(QFrame):
    """Involve users -> Postpone decisions -> Synthesise insights -> Develop solutions."""

    step_chosen = Signal(object)  # Step

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("stepBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[Step, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(4)
        for step in Step:
            if step != Step.INVOLVE:
                arrow = QLabel("→", self)
                arrow.setAccessibleName(self.tr("then"))
                row.addWidget(arrow)
            button = QPushButton(self._label(step, short=False), self)
            button.setCheckable(True)
            button.setToolTip(step.info.explanation)
            button.setAccessibleName(self.tr("Step {0}: {1}").format(int(step), step.title))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumHeight(34)
            button.setMinimumWidth(10)  # the bar's own hint decides; see minimumSizeHint
            button.clicked.connect(lambda _=False, s=step: self._choose(s))
            self._group.addButton(button, int(step))
            self.buttons[step] = button
            row.addWidget(button, 1)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(row)
        layout.addWidget(self.explanation)
        self.setStyleSheet(
            "#stepBar QPushButton { padding: 4px 6px; }"
            "#stepBar QPushButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); border-radius: 4px; }"
        )
        self._current = Step.INVOLVE
        self.show_step(Step.INVOLVE)

    @staticmethod
    def _label(step: Step, short: bool) -> str:
        return f"{int(step)}  {step.title.split()[0] if short else step.title}"

    def minimumSizeHint(self):
        # On a narrow window (a projector at 1024 px) the buttons drop their second word.
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        short = sum(metrics.horizontalAdvance(self._label(s, True)) + 24 for s in Step)
        hint.setWidth(short + 3 * (metrics.horizontalAdvance("→") + 8) + 16)
        return hint

    def resizeEvent(self, event) -> None:
        metrics = self.fontMetrics()
        full = sum(metrics.horizontalAdvance(self._label(s, False)) + 24 for s in Step)
        short = event.size().width() < full + 3 * (metrics.horizontalAdvance("→") + 8) + 16
        for step, button in self.buttons.items():
            button.setText(self._label(step, short))
        super().resizeEvent(event)

    @property
    def current(self) -> Step:
        return self._current

    def show_step(self, step: Step) -> None:
        self._current = step
        self.buttons[step].setChecked(True)
        self.explanation.setText(self.tr("Step {0} – {1}: {2}").format(
            int(step), step.title, step.info.explanation))

    def _choose(self, step: Step) -> None:
        # The bar shows the stored step; it changes once the move has been saved.
        self.buttons[self._current].setChecked(True)
        if step != self._current:
            self.step_chosen.emit(step)
