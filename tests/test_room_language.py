"""The room's phone pages speak the workshop's language: every word of the templates goes
through gettext (Jinja's i18n extension), the page says its language, and a French
workshop's phones read French - what the script says too."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from facilitator.web.server import RoomServer

TEMPLATES = Path(__file__).resolve().parents[1] / "facilitator" / "web" / "templates"


@pytest.mark.parametrize("template", sorted(p.name for p in TEMPLATES.glob("*.html")))
def test_every_word_of_a_phone_page_goes_through_gettext(template):
    text = (TEMPLATES / template).read_text(encoding="utf-8")
    words = re.sub(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", " ", text, flags=re.DOTALL)
    words = re.sub(r"<[^>]*>", " ", words)  # tags, with attribute values written as fields
    attributes = re.findall(r'(?:aria-label|placeholder|title|alt)="([^"{]*)"', text)
    left = [w for w in [*words.split(), *attributes] if re.search(r"[A-Za-z]{2}", w)]
    assert not left, f"{template}: words not translated: {left}"


def page_text(page: str) -> str:
    return html.unescape(re.sub(r"<[^>]*>", " ", re.sub(r"<script.*?</script>", " ", page,
                                                        flags=re.DOTALL)))


@pytest.fixture
def french_room(workshop):
    workshop.update_details(language="fr")
    server = RoomServer(workshop, host="127.0.0.1", port=0)
    server.start()
    yield server
    server.stop()


def test_a_french_workshops_phones_read_french(french_room, phone_for, workshop):
    phone = phone_for(french_room.address)
    status, page = phone.get(f"/join?code={french_room.room.state().code}")
    assert status == 200 and '<html lang="fr">' in page
    assert "Rejoindre" in page_text(page) or "Entrer" in page_text(page), page_text(page)
    assert phone.join(french_room.room.state().code) == 303
    status, page = phone.get("/")
    assert status == 200 and '<html lang="fr">' in page
    words = json.loads(html.unescape(re.search(
        r'<script id="words" type="application/json">(.*?)</script>', page, re.DOTALL).group(1)))
    shown = page_text(page)
    for english in ("Your note", "One idea per note", "What you sent", "Send",
                    "Invite a neighbour", "characters"):
        assert english not in shown, f"{english!r} left on the French page"
    assert words["sending"] != "Sending…" and words["sent"] != "Sent ✓"
    # Back in English when the facilitator says so, without restarting the room.
    workshop.update_details(language="en")
    status, page = phone.get("/")
    assert '<html lang="en">' in page and "Your note" in page_text(page)
