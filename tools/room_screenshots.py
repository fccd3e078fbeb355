"""Screenshots of the room: a phone's page (Debian's chromium at a phone's size) and the
room dialog, on the demo workshop.

    python tools/room_screenshots.py OUT_FOLDER [--chromium /usr/bin/chromium]

Writes OUT_FOLDER/room-phone.png (joined, notes sent, voting open) and room-dialog.png.
The room listens on 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def main(out: Path, chromium: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("FACILITATOR_SETTINGS_DIR", tempfile.mkdtemp())
    sys.path.insert(0, str(HERE))
    import demo_workshop
    from playwright.sync_api import sync_playwright
    from PySide6.QtWidgets import QApplication

    from facilitator.core.domain.steps import Step
    from facilitator.web import addresses

    addresses.lan_addresses = lambda: ["127.0.0.1"]
    from facilitator.views.application import make_settings
    from facilitator.views.main_window import MainWindow

    path = Path(tempfile.mkdtemp()) / "Library.workshop"
    demo_workshop.build_synthesis(path)
    app = QApplication(sys.argv[:1])
    window = MainWindow(make_settings())
    window.resize(1366, 768)
    window.show()
    window.open_target(str(path))
    page = window.page
    activity = page.workshop.find_activity("Silent brainstorm")
    if activity is not None:
        page.capture.select_activity(activity.id)
    page.open_room()
    app.processEvents()
    room = page.room
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=ARGS)
        context = browser.new_context(viewport={"width": 390, "height": 844},
                                      device_scale_factor=2, is_mobile=True, has_touch=True)
        phone = context.new_page()
        phone.goto(room.join_url())
        phone.click("form.join button[type=submit]")
        for text in ("The lift is out of order half the time",
                     "Quiet study space after 6pm, please"):
            phone.fill("#text", text)
            phone.click("#note-form button[type=submit]")
            phone.wait_for_selector(f".sent li:has-text('{text[:20]}')")
        page.controller.set_step(Step.DEVELOP)
        room.room.set_voting(True, override=True)
        solutions = page.workshop.synthesis.solutions()
        phone.wait_for_selector(".voting")
        if solutions:
            phone.click(f"button[aria-label='Give a dot to {solutions[0].title}']")
            phone.wait_for_selector("text=2 of 3 dots left")
        phone.fill("#text", "A bench by the bus stop")
        phone.screenshot(path=str(out / "room-phone.png"), full_page=True)
        browser.close()
    for _ in range(20):
        app.processEvents()
    dialog = page.room_dialog
    dialog.resize(940, 560)
    dialog.refresh()
    app.processEvents()
    dialog.grab().save(str(out / "room-dialog.png"))
    window.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    main(args.out, args.chromium)
