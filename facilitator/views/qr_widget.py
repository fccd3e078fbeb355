"""A QR code drawn with Qt from segno's matrix: sharp at any size, no image files."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_ZONE = 4  # modules of white around the code, as the standard asks


class QrWidget(QWidget):
    """Square; black modules on white whatever the theme, since phone cameras read dark
    on light reliably and inverted codes poorly."""

    def __init__(self, parent=None, minimum: int = 160):
        super().__init__(parent)
        self._matrix: list[list[bool]] = []
        self.setMinimumSize(minimum, minimum)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_text(self, text: str) -> None:
        from facilitator.web.qr import qr_matrix

        if text == getattr(self, "_text", None):
            return
        self._text = text
        self._matrix = qr_matrix(text) if text else []
        self.setAccessibleName(self.tr("QR code for {0}").format(text) if text
                               else self.tr("No QR code"))
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def sizeHint(self) -> QSize:
        return QSize(260, 260)

    def paintEvent(self, _event) -> None:
        if not self._matrix:
            return
        painter = QPainter(self)
        side = min(self.width(), self.height())
        modules = len(self._matrix) + 2 * QUIET_ZONE
        cell = side / modules
        left = (self.width() - side) / 2
        top = (self.height() - side) / 2
        painter.fillRect(QRectF(left, top, side, side), QColor("white"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for y, row in enumerate(self._matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.drawRect(QRectF(left + (x + QUIET_ZONE) * cell,
                                            top + (y + QUIET_ZONE) * cell,
                                            cell + 0.5, cell + 0.5))
        painter.end()
