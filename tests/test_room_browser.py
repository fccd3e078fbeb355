"""The room's page in a real browser at a phone's size: without JavaScript (plain forms,
POST-redirect-GET) and with it (live sends, resends after a lost answer, offline)."""

from __future__ import annotations

import pytest

from facilitator.core.domain.room import Room


@pytest.fixture
def join_url(room_server):
    return room_server.join_url


def join(page, join_url: str) -> None:
    page.goto(join_url)
    assert page.input_value("#code") == join_url.rsplit("=", 1)[1]
    page.click("form.join button[type=submit]")
    page.wait_for_selector("#note-form")


def stored(workshop) -> list[str]:
    return [n.text for n in workshop.notes()]


def test_without_javascript_a_phone_joins_sends_and_a_reload_sends_nothing_twice(
        phone_browser, join_url, room_server):
    page = phone_browser(javascript=False)
    join(page, join_url)
    assert page.inner_text("h1") == "Test workshop"
    page.fill("#text", "Later opening on Thursdays")
    page.click("#note-form button[type=submit]")
    page.wait_for_url("**/?done=sent")
    assert "Sent ✓" in page.inner_text("body")
    assert "Later opening on Thursdays" in page.inner_text(".sent")
    page.reload()  # POST-redirect-GET: a reload is a GET
    page.go_back()
    page.go_forward()
    assert stored(room_server.workshop) == ["Later opening on Thursdays"]


def test_without_javascript_a_refused_note_keeps_its_text(phone_browser, join_url,
                                                          room_server):
    page = phone_browser(javascript=False)
    join(page, join_url)
    room_server.room.set_paused(True)
    page.fill("#text", "Written during the pause")
    page.click("#note-form button[type=submit]")
    assert "paused" in page.inner_text("#send-error")
    assert page.input_value("#text") == "Written during the pause"
    assert stored(room_server.workshop) == []


def test_a_lost_answer_is_resent_with_the_same_key_and_stored_once(phone_browser, join_url,
                                                                   room_server):
    page = phone_browser()
    join(page, join_url)
    lost = {"count": 0}

    def lose_the_first_answer(route):
        response = route.fetch()  # the note reaches the laptop and is committed ...
        if lost["count"] == 0:
            lost["count"] += 1
            route.abort("connectionreset")  # ... but the phone never hears back
        else:
            route.fulfill(response=response)

    page.route("**/notes", lose_the_first_answer)
    page.fill("#text", "Sent once over flaky wifi")
    page.click("#note-form button[type=submit]")
    page.wait_for_selector("#live:has-text('✓')")
    assert "Already received ✓" in page.inner_text("#live")
    assert stored(room_server.workshop) == ["Sent once over flaky wifi"]
    assert page.input_value("#text") == ""


def test_offline_notes_wait_on_the_phone_and_go_once_back_online(phone_browser, join_url,
                                                                 room_server):
    page = phone_browser()
    join(page, join_url)
    page.context.set_offline(True)
    for text in ("First, offline", "Second, offline"):
        page.fill("#text", text)
        page.click("#note-form button[type=submit]")
    page.wait_for_selector("#live:has-text('kept')")
    assert page.locator("#pending li").count() == 2
    assert stored(room_server.workshop) == []
    page.context.set_offline(False)
    page.wait_for_selector("#pending li", state="detached", timeout=15_000)
    assert stored(room_server.workshop) == ["First, offline", "Second, offline"]


def test_the_page_follows_the_facilitator_without_a_reload(phone_browser, join_url,
                                                           room_server):
    ws = room_server.workshop
    page = phone_browser()
    join(page, join_url)
    page.evaluate("window.notReloaded = true")
    first = ws.add_activity("Journey map", prompt="Walk us through your last visit")
    room_server.follow(first.id)
    page.wait_for_selector("text=Walk us through your last visit")
    ws.update_details(title="Library hours, evening session")
    page.wait_for_selector("h1:has-text('evening session')")
    room_server.room.set_paused(True)
    page.wait_for_selector("text=paused the room")
    assert page.evaluate("window.notReloaded") is True


def test_closing_the_room_tells_the_phone(phone_browser, join_url, room_server):
    page = phone_browser()
    join(page, join_url)
    page.wait_for_timeout(300)  # the event stream is open
    room_server.close_room()
    page.wait_for_selector("text=closed the room")
    assert Room(room_server.workshop).state().is_open is False
