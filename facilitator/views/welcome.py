"""What the window shows when no workshop is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.domain.steps import Step


class WelcomePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        title = QLabel("Facilitator", self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        steps = "   →   ".join(s.title for s in Step)
        intro = QLabel(self.tr("Run a co-design workshop: capture what people say, make sense "
                               "of it together, and agree what happens next.") + f"\n\n{steps}",
                       self)
        intro.setWordWrap(True)
        new = QPushButton(self.tr("New workshop…  (Ctrl+N)"), self)
        open_ = QPushButton(self.tr("Open workshop…  (Ctrl+O)"), self)
        for button in (new, open_):
            button.setMinimumHeight(36)
        new.setDefault(True)
        new.clicked.connect(self.new_requested)
        open_.clicked.connect(self.open_requested)
        self.recent_label = QLabel(self.tr("Recent workshops"), self)
        self.recent = QListWidget(self)
        self.recent.setAccessibleName(self.tr("Recent workshops"))
        self.recent.itemActivated.connect(lambda item: self.recent_chosen.emit(
            item.data(Qt.ItemDataRole.UserRole)))

        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(open_)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addSpacing(12)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).stem}    —    {path}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent.addItem(item)
        rows = max(len(paths), 1)
        self.recent.setFixedHeight(rows * (self.recent.fontMetrics().height() + 8) + 8)
        self.recent.setSpacing(2)
        self.recent_label.setVisible(bool(paths))
        self.recent.setVisible(bool(paths))
