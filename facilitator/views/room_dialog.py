"""Room > Open the room to phones: the room's server beside Qt's event loop, and the dialog
that shows its address, join code and QR code, the phones joined, and the moderation.

``RoomAdapter`` is the bridge: the server (facilitator.web, its own thread and asyncio loop)
calls back on its own thread; the adapter re-emits on the GUI thread through a queued
signal, and pushes an undo command for each note that arrives - undoing a phone's note
hides it (moderation, logged, shown again by redo), it never deletes it silently.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.errors import FacilitatorError, NoLongerThere
from facilitator.views.qr_widget import QrWidget


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _RoomCommand(QUndoCommand):
    """An action already done; redo and undo replay it. A note gone meanwhile (its phone
    deleted it) makes the command obsolete quietly."""

    def __init__(self, text: str, redo, undo, report):
        super().__init__(text)
        self._redo, self._undo, self._report = redo, undo, report
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, action) -> None:
        try:
            action()
        except FacilitatorError as exc:
            self.setObsolete(True)
            if not isinstance(exc, NoLongerThere):
                self._report(str(exc))


class RoomAdapter(QObject):
    """The room of the open workshop, as the window sees it. Every call is on the GUI
    thread; the server's callbacks come back here through queued signals."""

    state_changed = Signal()
    failed = Signal(str)
    _arrived_elsewhere = Signal(list)

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        from facilitator.core.domain.room import Room

        self.controller = controller
        self.room = Room(controller.workshop)
        self.server = None
        self.host: str | None = None
        self.port: int | None = None
        self._arrived_elsewhere.connect(self._on_arrivals, Qt.ConnectionType.QueuedConnection)
        controller.changed.connect(self._on_change)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    # --- serving -----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.server is not None and self.server.running

    def start(self, host: str | None = None, port: int | None = None) -> str | None:
        """Serve the room (opening it); the join address, or None when it failed."""
        from facilitator.web.server import RoomServer

        self.stop()
        server = RoomServer(self.controller.workshop, host=host or self.host, port=port,
                            on_arrivals=self._arrived_elsewhere.emit)
        server.room = self.room  # one Room: the activity it follows is kept
        try:
            url = server.start()
        except FacilitatorError as exc:
            self.failed.emit(str(exc))
            return None
        self.server, self.host, self.port = server, server.host, server.port
        self.state_changed.emit()
        return url

    def stop(self) -> None:
        """Stop serving; the room stays open for the next start (phones rejoin)."""
        server, self.server = self.server, None
        if server is not None:
            server.stop()
            self.state_changed.emit()

    def close_room(self) -> int:
        server, self.server = self.server, None
        try:
            revoked = server.close_room() if server is not None else self.room.close()
        except FacilitatorError as exc:
            self.failed.emit(str(exc))
            return 0
        self.state_changed.emit()
        return revoked

    def join_url(self) -> str:
        return self.server.join_url if self.running else ""

    def address(self) -> str:
        return self.server.address if self.running else ""

    def follow(self, activity_id: int | None) -> None:
        self.room.followed_activity = activity_id
        if self.running:
            self.server.follow(activity_id)

    # --- the facilitator's actions -------------------------------------------------------------

    def attempt(self, action):
        try:
            return action()
        except FacilitatorError as exc:
            self.failed.emit(str(exc))
            return None

    def hide(self, note_id: int) -> None:
        """Moderation: hide a note; undo shows it again."""
        note = self.attempt(lambda: self.room.hide(note_id))
        if note is not None:
            self._push(self.tr("Hide note “{0}”").format(_short(note.text)),
                       lambda: self.room.hide(note_id), lambda: self.room.show_again(note_id))

    def show_again(self, note_id: int) -> None:
        note = self.attempt(lambda: self.room.show_again(note_id))
        if note is not None:
            self._push(self.tr("Show note “{0}” again").format(_short(note.text)),
                       lambda: self.room.show_again(note_id), lambda: self.room.hide(note_id))

    def set_voting(self, on: bool, confirm) -> bool:
        from facilitator.core.domain.develop import StepRuleError

        try:
            self.room.set_voting(on)
        except StepRuleError as exc:
            if not confirm(str(exc)):
                return False
            return self.attempt(lambda: self.room.set_voting(on, override=True)) is not None
        except FacilitatorError as exc:
            self.failed.emit(str(exc))
            return False
        return True

    def _push(self, text: str, redo, undo) -> None:
        self.controller.undo_stack.push(_RoomCommand(text, redo, undo, self.failed.emit))

    def _on_arrivals(self, arrivals: list) -> None:
        for arrival in arrivals:
            note_id = arrival.note_id
            self._push(self.tr("Note from {0} “{1}”").format(arrival.device, _short(arrival.text)),
                       lambda n=note_id: self.room.show_again(n),
                       lambda n=note_id: self.room.hide(n))

    def _on_change(self, changes) -> None:
        if any(change.kind in ("room", "note") for change in changes):
            self.state_changed.emit()


class PhoneNotesModel(QAbstractListModel):
    """Notes from phones (latest first) or hidden notes, one line each."""

    NOTE_ID = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[int, str]] = []

    def set_rows(self, rows: list[tuple[int, str]]) -> None:
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        note_id, text = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == self.NOTE_ID:
            return note_id
        return None


class RoomDialog(QDialog):
    """The room's controls beside the main window (not modal: the workshop goes on)."""

    SHOWN_NOTES = 100

    def __init__(self, adapter: RoomAdapter, notes_model, parent=None):
        super().__init__(parent)
        self.setObjectName("roomDialog")
        self.setWindowTitle(self.tr("The room: phones"))
        self.adapter, self.notes_model = adapter, notes_model
        self.qr = QrWidget(self, minimum=200)
        self.address = QLabel()
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setAccessibleName(self.tr("Address for phones"))
        self.code = QLabel()
        self.code.setAccessibleName(self.tr("Join code"))
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.2)
        big.setBold(True)
        big.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 4)
        self.code.setFont(big)
        medium = QFont(self.font())
        medium.setPointSizeF(medium.pointSizeF() * 1.2)
        self.address.setFont(medium)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setForegroundRole(self.warning.foregroundRole())
        self.network = QComboBox()
        self.network.setAccessibleName(self.tr("Network address the room listens on"))
        self.network.setToolTip(self.tr("The laptop's address on the Wi-Fi (or hotspot) the "
                                        "phones join"))

        self.open_button = QPushButton(self.tr("&Open the room"))
        self.pause = QPushButton(self.tr("&Pause"))
        self.pause.setCheckable(True)
        self.new_code = QPushButton(self.tr("New &code"))
        self.close_button = QPushButton(self.tr("C&lose the room"))
        self.close_button.setToolTip(self.tr("Every phone is told and must join again"))
        self.labels = QCheckBox(self.tr("Phones may choose their participant &label"))
        self.voting = QCheckBox(self.tr("&Voting open on phones"))
        self.reveal = QCheckBox(self.tr("&Reveal vote totals"))
        self.on_projector = QCheckBox(self.tr("Show the &join code on the projector"))
        self.on_projector.setChecked(True)

        self.phone_notes = PhoneNotesModel(self)
        self.hidden_notes = PhoneNotesModel(self)
        self.phone_list = QListView()
        self.phone_list.setModel(self.phone_notes)
        self.phone_list.setAccessibleName(self.tr("Notes from phones"))
        self.hidden_list = QListView()
        self.hidden_list.setModel(self.hidden_notes)
        self.hidden_list.setAccessibleName(self.tr("Hidden notes"))
        self.hide_button = QPushButton(self.tr("&Hide"))
        self.hide_button.setToolTip(self.tr("Take the note off the board, lists, projector and "
                                            "exports (Delete). Undo shows it again."))
        self.show_button = QPushButton(self.tr("&Show again"))

        join = QVBoxLayout()
        join.addWidget(self.qr, 1)
        join.addWidget(self.address)
        join.addWidget(self.code)
        join.addWidget(self.warning)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.pause, self.new_code, self.close_button):
            buttons.addWidget(button)
        controls = QVBoxLayout()
        controls.addWidget(self.status)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Network:")))
        row.addWidget(self.network, 1)
        controls.addLayout(row)
        controls.addLayout(buttons)
        for box in (self.labels, self.voting, self.reveal, self.on_projector):
            controls.addWidget(box)
        moderation = QGroupBox(self.tr("Moderation"))
        grid = QGridLayout(moderation)
        grid.addWidget(QLabel(self.tr("Notes from phones, latest first")), 0, 0)
        grid.addWidget(QLabel(self.tr("Hidden")), 0, 1)
        grid.addWidget(self.phone_list, 1, 0)
        grid.addWidget(self.hidden_list, 1, 1)
        grid.addWidget(self.hide_button, 2, 0)
        grid.addWidget(self.show_button, 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        controls.addWidget(moderation, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(join, 2)
        side = QWidget()
        side.setLayout(controls)
        layout.addWidget(side, 3)

        self.open_button.clicked.connect(self._open)
        self.pause.toggled.connect(self._pause)
        self.new_code.clicked.connect(self._new_code)
        self.close_button.clicked.connect(self._close_room)
        self.labels.toggled.connect(self._labels)
        self.voting.toggled.connect(self._voting)
        self.reveal.toggled.connect(self._reveal)
        self.network.activated.connect(self._network_chosen)
        self.hide_button.clicked.connect(self._hide_selected)
        self.show_button.clicked.connect(self._show_selected)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.phone_list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._hide_selected)
        adapter.state_changed.connect(self._schedule_refresh)
        adapter.failed.connect(self._failed)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(400)  # a burst of phones' notes, one refresh
        self._refresh_timer.timeout.connect(self.refresh)
        self._fill_networks()
        self.resize(940, 560)
        self.refresh()

    # --- showing -------------------------------------------------------------------------------

    def _fill_networks(self) -> None:
        from facilitator.web.addresses import lan_addresses

        self.network.clear()
        for address in lan_addresses():
            self.network.addItem(address)

    def _schedule_refresh(self) -> None:
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def refresh(self) -> None:
        adapter = self.adapter
        try:
            info = adapter.room.state()
            details = adapter.controller.workshop.details()
        except FacilitatorError:
            return
        serving = adapter.running
        url = adapter.join_url() if serving else ""
        self.qr.set_text(url)
        self.qr.setVisible(serving)
        self.address.setText(adapter.address() if serving else "")
        self.code.setText(self.tr("Code: %s") % info.code if serving else "")
        if serving and adapter.host is not None:
            index = self.network.findText(adapter.host)
            if index >= 0:
                self.network.setCurrentIndex(index)
        from facilitator.web.addresses import reachable_by_phones

        warnings = []
        if serving and adapter.server.every_network:
            warnings.append(self.tr("Listening on every network of this laptop."))
        if serving and not reachable_by_phones(adapter.host):
            warnings.append(self.tr("This address is the laptop itself: phones cannot reach "
                                    "it. Join a Wi-Fi or open a hotspot, then choose its "
                                    "address."))
        self.warning.setText(" ".join(warnings))
        self.warning.setVisible(bool(warnings))
        if serving:
            state = self.tr("Paused") if info.paused else self.tr("Open")
            phones = self.tr("%n phone(s) joined", "", info.phones)
            self.status.setText(f"{state} · {phones}")
        elif info.is_open:
            self.status.setText(self.tr("Not serving. The room is still open: open it again "
                                        "and the phones rejoin with the same code."))
        else:
            self.status.setText(self.tr("The room is closed. Open it to let phones join."))
        self.open_button.setVisible(not serving)
        for widget in (self.pause, self.new_code, self.close_button):
            widget.setEnabled(serving)
        for box, value in ((self.pause, info.paused), (self.labels, info.allow_labels),
                           (self.voting, info.voting), (self.reveal, details.votes_revealed)):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        self.pause.setText(self.tr("Resume") if info.paused else self.tr("&Pause"))
        self._fill_notes()

    def _fill_notes(self) -> None:
        room, model = self.adapter.room, self.notes_model
        try:
            devices = room.phone_note_ids()
            hidden = room.hidden_notes()
        except FacilitatorError:
            return
        rows = []
        for note_id in sorted(devices, reverse=True)[: self.SHOWN_NOTES]:
            row = model.row_of(note_id)
            if row is not None:
                note = model.note_at(row)
                rows.append((note_id, f"{devices[note_id]}: {_short(note.text, 80)}"))
        self.phone_notes.set_rows(rows)
        self.hidden_notes.set_rows([(n.id, f"{n.author or n.created_by}: {_short(n.text, 60)}")
                                    for n in reversed(hidden)])

    # --- actions -------------------------------------------------------------------------------

    def _open(self) -> None:
        self.adapter.start(self.network.currentText() or None)
        self.refresh()

    def _network_chosen(self, _index: int) -> None:
        host = self.network.currentText()
        if self.adapter.running and host and host != self.adapter.host:
            self.adapter.start(host, self.adapter.port)
            self.refresh()

    def _pause(self, paused: bool) -> None:
        self.adapter.attempt(lambda: self.adapter.room.set_paused(paused))
        self.refresh()

    def _new_code(self) -> None:
        self.adapter.attempt(self.adapter.room.change_code)
        self.refresh()

    def _close_room(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Close the room"),
            self.tr("Close the room? Every phone is told, and must join again with a new "
                    "code if the room opens later. Notes already sent stay in the workshop."))
        if answer == QMessageBox.StandardButton.Yes:
            self.adapter.close_room()
            self.refresh()

    def _labels(self, allowed: bool) -> None:
        self.adapter.attempt(lambda: self.adapter.room.set_allow_labels(allowed))

    def _voting(self, on: bool) -> None:
        confirm = self.adapter.controller.confirm_override or (lambda _rule: False)
        if not self.adapter.set_voting(on, confirm):
            self.refresh()

    def _reveal(self, revealed: bool) -> None:
        self.adapter.controller.edit_details(votes_revealed=revealed)

    def _selected(self, view: QListView) -> int | None:
        index = view.currentIndex()
        return index.data(PhoneNotesModel.NOTE_ID) if index.isValid() else None

    def _hide_selected(self) -> None:
        note_id = self._selected(self.phone_list)
        if note_id is not None:
            self.adapter.hide(note_id)

    def _show_selected(self) -> None:
        note_id = self._selected(self.hidden_list)
        if note_id is not None:
            self.adapter.show_again(note_id)

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("The room"), message)
