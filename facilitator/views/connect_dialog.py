"""File > Connect to shared workshop…: a server address, a password that is never stored,
and this laptop's name (recorded with every note it captures)."""

from __future__ import annotations

import socket

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

RECENT_KEY = "recent_servers"
DEVICE_KEY = "device_name"


class ConnectDialog(QDialog):
    def __init__(self, settings, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to shared workshop"))
        self.settings = settings
        self.address = QComboBox()
        self.address.setEditable(True)
        recent = settings.value(RECENT_KEY, []) or []
        self.address.addItems([r for r in (recent if isinstance(recent, list) else [recent])
                               if r])
        self.address.setCurrentText(self.address.itemText(0) if self.address.count() else "")
        self.address.lineEdit().setPlaceholderText(
            self.tr("postgresql+psycopg://facilitator@server.local/library-workshop"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("not stored"))
        self.device = QLineEdit(str(settings.value(DEVICE_KEY, "") or socket.gethostname()))
        self.device.setPlaceholderText(self.tr("e.g. Table 3"))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Server:"), self.address)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("This &laptop:"), self.device)
        hint = QLabel(self.tr("Every laptop at the workshop connects to the same server; each "
                              "note records which laptop captured it. The password is only "
                              "used now."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        form.addRow("", hint)
        form.addRow("", self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, 240)

    def _check(self) -> None:
        if self.url() is None:
            self.problem.setText(self.tr("The server address is a database URL such as "
                                         "postgresql+psycopg://user@host/database."))
            return
        if not self.device.text().strip():
            self.problem.setText(self.tr("Give this laptop a name, e.g. 'Table 3'."))
            return
        self.accept()

    def url(self) -> str | None:
        """The address with the password, for connecting only - never stored or shown."""
        try:
            parsed = make_url(self.address.currentText().strip())
        except ArgumentError:
            return None
        if not parsed.drivername.startswith("postgresql"):
            return None
        if self.password.text():
            parsed = parsed.set(password=self.password.text())
        return parsed.render_as_string(hide_password=False)

    def remember(self) -> None:
        """Keep the address (without any password) and the laptop's name for next time."""
        address = make_url(self.address.currentText().strip()).set(password=None)
        shown = address.render_as_string(hide_password=True)
        recent = self.settings.value(RECENT_KEY, []) or []
        recent = [r for r in (recent if isinstance(recent, list) else [recent]) if r != shown]
        self.settings.setValue(RECENT_KEY, [shown, *recent][:5])
        self.settings.setValue(DEVICE_KEY, self.device.text().strip())
