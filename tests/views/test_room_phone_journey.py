"""A participant's evening on a phone-sized chromium, with the facilitator's window open:
join with the code, send a note and see it in the window's model, vote, see the reveal."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.core.domain.steps import Step


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch):
    from facilitator.web import addresses

    monkeypatch.setattr(addresses, "lan_addresses", lambda: ["127.0.0.1"])


def texts(page) -> list[str]:
    return [page.notes.note_at(r).text for r in range(page.notes.rowCount())]


def test_join_send_see_it_in_the_window_vote_and_see_the_reveal(window, qtbot,
                                                                phone_browser):
    controller = window.controller
    activity = controller.add_activity("Silent brainstorm",
                                       prompt="What gets in the way of using the library?")
    window.page.capture.select_activity(activity.id)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_O,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.page.room is not None and window.page.room.running)
    room = window.page.room
    phone = phone_browser()

    # Join: the QR code's address carries the code; one tap on Join.
    phone.goto(room.join_url())
    phone.click("form.join button[type=submit]")
    phone.wait_for_selector("text=What gets in the way of using the library?")
    assert phone.inner_text("h1") == "Library opening hours"

    # Send: "sent" only once the laptop has it.
    phone.fill("#text", "The door is heavy for wheelchairs")
    phone.click("#note-form button[type=submit]")
    phone.wait_for_selector("#live:has-text('Sent ✓')")
    qtbot.waitUntil(lambda: "The door is heavy for wheelchairs" in texts(window.page),
                    timeout=5000)
    note = controller.workshop.notes()[-1]
    assert (note.author, note.activity_id) == ("Phone 1", activity.id)
    assert "The door is heavy for wheelchairs" in phone.inner_text(".sent")

    # Vote: the facilitator opens voting; the page follows without a reload.
    controller.set_step(Step.DEVELOP)
    first = controller.add_solution("Automatic door")
    controller.add_solution("Evening opening")
    window.page.room_dialog.voting.setChecked(True)
    phone.wait_for_selector("text=3 of 3 dots left")
    assert "in all" not in phone.inner_text("body")
    phone.click(f"button[aria-label='Give a dot to {first.title}']")
    phone.wait_for_selector("text=2 of 3 dots left")
    qtbot.waitUntil(lambda: controller.workshop.development.dots_used("Phone 1") == 1)
    assert "in all" not in phone.inner_text(".voting")  # totals hidden until the reveal

    # Reveal from the room dialog: totals appear on the phone.
    window.page.room_dialog.reveal.setChecked(True)
    phone.wait_for_selector("text=1 in all")
    assert phone.locator(".total").all_inner_texts() == ["1 in all", "0 in all"]
