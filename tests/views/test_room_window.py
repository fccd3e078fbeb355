"""The room from the window: Room > Open the room to phones, notes from phones reaching the
window's model on the GUI thread, undo of a phone's note as a hide, moderation, and the
server stopped when the workshop closes."""

from __future__ import annotations

import socket
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.core.domain.room import Room


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch):
    """Tests talk to the room over loopback only."""
    from facilitator.web import addresses

    monkeypatch.setattr(addresses, "lan_addresses", lambda: ["127.0.0.1"])


def open_room(window, qtbot):
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_O,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    page = window.page
    qtbot.waitUntil(lambda: page.room is not None and page.room.running, timeout=5000)
    return page


def texts(page) -> list[str]:
    return [page.notes.note_at(r).text for r in range(page.notes.rowCount())]


def test_the_room_opens_with_its_address_code_and_qr_code(window, qtbot):
    page = open_room(window, qtbot)
    dialog = page.room_dialog
    assert dialog.isVisible()
    code = page.room.room.state().code
    assert code in dialog.code.text() and dialog.address.text().startswith("http://127.0.0.1:")
    assert dialog.qr.isVisible() and dialog.qr._matrix
    assert page.room.join_url().endswith(f"/join?code={code}")
    assert "0 phones joined" in dialog.status.text()


def test_the_projector_controls_on_the_laptop_open_the_room_and_the_projector_has_none(
        window, qtbot):
    page = window.page
    controls = page.presenter_controls
    assert controls.room_button.isVisibleTo(page.timer_panel)
    qtbot.mouseClick(controls.room_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.room is not None and page.room.running, timeout=5000)
    assert page.room_dialog.isVisible()
    page.toggle_presenter()
    from PySide6.QtWidgets import QPushButton

    assert page.presenter.findChildren(QPushButton) == []  # the room sees no controls


def test_a_phones_note_reaches_the_windows_model_on_the_gui_thread(window, qtbot, phone_for):
    page = open_room(window, qtbot)
    seen_on: list[bool] = []
    window.controller.changed.connect(
        lambda change: seen_on.append(threading.current_thread() is threading.main_thread()))
    phone = phone_for(page.room.address())
    done = threading.Event()

    def from_the_phone() -> None:
        phone.join(page.room.room.state().code)
        phone.send("Benches by the bus stop, please")
        done.set()

    threading.Thread(target=from_the_phone).start()
    qtbot.waitUntil(lambda: "Benches by the bus stop, please" in texts(page), timeout=5000)
    assert done.wait(5) and seen_on and all(seen_on)
    row = page.notes.row_of(window.controller.workshop.notes()[-1].id)
    assert page.notes.note_at(row).author == "Phone 1"
    captured = page.capture.captured.model()
    assert any("Phone 1: Benches" in str(captured.index(r, captured.sourceModel().TEXT).data())
               for r in range(captured.rowCount()))
    qtbot.waitUntil(lambda: "1 phone joined" in page.room_dialog.status.text(), timeout=3000)
    qtbot.waitUntil(lambda: page.room_dialog.phone_notes.rowCount() == 1, timeout=3000)


def test_undo_of_a_phones_note_hides_it_and_redo_shows_it_again(window, qtbot, phone_for):
    page = open_room(window, qtbot)
    ws = window.controller.workshop
    page.show_tab(4)  # the board, where the room looks
    phone = phone_for(page.room.address())
    threading.Thread(target=lambda: (phone.join(page.room.room.state().code),
                                     phone.send("A note to moderate"))).start()
    qtbot.waitUntil(lambda: "A note to moderate" in texts(page), timeout=5000)
    qtbot.waitUntil(lambda: window.controller.undo_stack.count() == 1, timeout=3000)
    board = page.board.view
    qtbot.waitUntil(lambda: len(board.notes) == 1, timeout=3000)
    assert window.undo_action.text().startswith("&Undo Note from Phone 1")
    window.activateWindow()
    page.notes_panel.setFocus()
    window.undo_action.trigger()
    assert "A note to moderate" not in texts(page)
    assert [n.text for n in Room(ws).hidden_notes()] == ["A note to moderate"]
    assert ws.change_log(1)[0]["action"] == "hide note"
    qtbot.waitUntil(lambda: len(board.notes) == 0, timeout=3000)
    window.redo_action.trigger()
    assert "A note to moderate" in texts(page)
    qtbot.waitUntil(lambda: len(board.notes) == 1, timeout=3000)
    assert Room(ws).hidden_notes() == []


def test_hiding_from_the_dialog_takes_a_note_off_the_projector_and_undo_brings_it_back(
        window, qtbot, phone_for):
    page = open_room(window, qtbot)
    phone = phone_for(page.room.address())
    threading.Thread(target=lambda: (phone.join(page.room.room.state().code),
                                     phone.send("Rude words here"))).start()
    qtbot.waitUntil(lambda: page.room_dialog.phone_notes.rowCount() == 1, timeout=5000)
    page.toggle_presenter()
    qtbot.waitUntil(lambda: page.presenter.isVisible())
    assert "Rude words here" in page.presenter.notes.text()
    assert page.presenter.room_panel.isVisible()
    assert page.room.room.state().code in page.presenter.room_code.text()
    dialog = page.room_dialog
    dialog.activateWindow()
    dialog.phone_list.setFocus()
    dialog.phone_list.setCurrentIndex(dialog.phone_notes.index(0))
    qtbot.keyClick(dialog.phone_list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: dialog.hidden_notes.rowCount() == 1, timeout=3000)
    assert "Rude words here" not in texts(page)
    assert "Rude words here" not in page.presenter.notes.text()
    window.controller.undo_stack.undo()
    assert "Rude words here" in texts(page)
    page.presenter.close()


def test_closing_the_workshop_stops_the_server_and_keeps_the_room_for_its_phones(
        window, qtbot, demo_file, phone_for):
    page = open_room(window, qtbot)
    port, code = page.room.port, page.room.room.state().code
    phone = phone_for(page.room.address())
    phone.join(code)
    window.close_workshop()
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    assert window.open_target(str(demo_file))
    page = open_room(window, qtbot)
    assert page.room.room.state().code == code and page.room.port == port
    status, _ = phone.send("Back after the break", as_json=True)
    assert status == 200
    qtbot.waitUntil(lambda: "Back after the break" in texts(page), timeout=5000)


def test_closing_the_room_tells_phones_and_lets_them_in_no_more(window, qtbot, phone_for,
                                                                monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    page = open_room(window, qtbot)
    phone = phone_for(page.room.address())
    phone.join(page.room.room.state().code)
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    page.room_dialog.close_button.click()
    assert not page.room.running
    assert "closed" in page.room_dialog.status.text()
    assert page.room.room.state().is_open is False
    assert Room(window.controller.workshop).device(phone.cookies["room_device"]) is None


def test_voting_on_phones_waits_for_step_three_unless_overridden(window, qtbot):
    page = open_room(window, qtbot)
    asked: list[str] = []
    window.controller.confirm_override = lambda rule: asked.append(rule) or False
    page.room_dialog.voting.setChecked(True)
    assert asked and "Voting waits" in asked[0]
    assert not page.room.room.state().voting and not page.room_dialog.voting.isChecked()
    from facilitator.core.domain.steps import Step

    window.controller.set_step(Step.SYNTHESISE)
    page.room_dialog.voting.setChecked(True)
    assert page.room.room.state().voting
    page.room_dialog.reveal.setChecked(True)
    assert window.controller.workshop.details().votes_revealed
    window.controller.undo_stack.undo()
    assert not window.controller.workshop.details().votes_revealed


def test_quitting_stops_the_room_cleanly(demo_file, tmp_path, settings_dir):
    import os
    import subprocess
    import sys

    script = f"""
import sys, socket
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from facilitator.web import addresses
addresses.lan_addresses = lambda: ["127.0.0.1"]
from facilitator.views.application import make_settings
from facilitator.views.main_window import MainWindow
app = QApplication([])
window = MainWindow(make_settings())
window.show()
assert window.open_target({str(demo_file)!r})
window.page.open_room()
room = window.page.room
port = room.port
QTimer.singleShot(300, app.quit)
code = app.exec()
assert not room.running
try:
    socket.create_connection(("127.0.0.1", port), timeout=1).close()
    sys.exit("still listening")
except OSError:
    pass
sys.exit(code)
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, env=env)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


def test_a_phone_writing_as_a_participant_is_marked_with_its_device(window, qtbot,
                                                                   phone_for):
    page = open_room(window, qtbot)
    person = window.controller.add_participant("R2", group="resident")
    page.room.room.set_allow_labels(True)
    phone = phone_for(page.room.address())

    def write() -> None:
        phone.join(page.room.room.state().code)
        phone.post("/label", {"csrf": phone.csrf, "participant": str(person.id)})
        phone.send("Signs in more languages")

    threading.Thread(target=write).start()
    qtbot.waitUntil(lambda: "Signs in more languages" in texts(page), timeout=5000)
    row = page.notes.row_of(window.controller.workshop.notes()[-1].id)
    shown = page.notes.index(row, page.notes.AUTHOR).data()
    assert shown == "R2 (Phone 1)"
    captured = page.capture.captured.model()
    assert any(str(captured.index(r, captured.sourceModel().TEXT).data()).startswith(
        "R2 (Phone 1): Signs") for r in range(captured.rowCount()))
