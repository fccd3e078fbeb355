"""Take a screenshot of the main window on a workshop:

    python tools/screenshot.py FILE OUT.png [--tab notes|themes|graph|solutions|board]
                               [--voice] [--votes-revealed] [--size 1366x800]
    python tools/screenshot.py FILE OUT.png --presenter notes|question|theme|board|solutions
                               [--size 1024x768]   # the presenter view alone
    python tools/screenshot.py FR.workshop OUT-fr.png --language fr ...   # in French

The screenshots in docs/ come from the demo workshop (tools/demo_workshop.py --synthesis).

Works offscreen (QT_QPA_PLATFORM=offscreen) and under Xvfb.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from facilitator.views.application import make_settings
from facilitator.views.main_window import MainWindow

TABS = ("notes", "themes", "graph", "solutions", "board")
# What the note-taker is typing in the capture field (tools/demo_workshop*.py TYPED_NOTE).
TYPED_NOTE = {"en": "The library should lend laptops too",
              "fr": "La médiathèque pourrait aussi prêter des ordinateurs portables"}


def main(workshop: str, out: str, tab: str = "notes", voice: bool = False,
         size: tuple[int, int] = (1366, 800), presenter: str | None = None,
         votes_revealed: bool = False, language: str = "en") -> None:
    os.environ.setdefault("FACILITATOR_SETTINGS_DIR", tempfile.mkdtemp())
    app = QApplication(sys.argv[:1])
    from facilitator.views.language import install

    install(language)  # as the app does for its Language setting
    window = MainWindow(make_settings())
    window.resize(*size)
    window.show()
    window.open_target(workshop)
    page = window.page
    if votes_revealed:
        window.controller.reveal_votes(True)
    if presenter is not None:
        _shoot_presenter(app, window, presenter, size, out)
        return
    page.capture.entry.setText(TYPED_NOTE.get(language, TYPED_NOTE["en"]))
    page.capture.author.setCurrentText("U2")
    page.show_tab(TABS.index(tab))
    if voice:
        window.voice_dock.raise_()
    if tab == "themes":
        tree = page.themes_panel.tree
        tree.expand(tree.model().index(1, 0))
        tree.setCurrentIndex(tree.model().index(0, 0, tree.model().index(1, 0)))
    elif tab == "board":
        window.participants_dock.hide()
        window.activities_dock.hide()
        window.voice_dock.hide()
        window.timer_dock.hide()
        page.board.tidy()
        page.board.colour_by.setCurrentIndex(1)
    elif tab == "solutions":
        window.participants_dock.hide()
        window.activities_dock.hide()
        window.voice_dock.hide()
        page.solutions_panel.table.selectRow(0)
    elif tab == "graph":
        # Room for the drawing, as on a projector: the lists on the left are closed.
        window.participants_dock.hide()
        window.activities_dock.hide()
        window.voice_dock.hide()
        view = page.graph_view
        first = view.analysis.topLevelItem(0)
        if first is not None and first.childCount():
            view.analysis.setCurrentItem(first.child(0))

    def shoot() -> None:
        window.grab().save(out)
        window.close()
        app.quit()

    QTimer.singleShot(300, shoot)
    app.exec()


def _shoot_presenter(app, window, mode: str, size: tuple[int, int], out: str) -> None:
    """The presenter view in one mode, at a projector's size, as the room sees it."""
    page = window.page
    activities = page.workshop.activities()
    page.capture.select_activity(activities[-1].id if activities else None)
    if mode == "theme":
        page.show_tab(TABS.index("themes"))
        tree = page.themes_panel.tree
        tree.setCurrentIndex(tree.model().index(1, 0))
    elif mode == "board":
        page.show_tab(TABS.index("board"))
        page.board.tidy()
        page.board.view.actual_size()
    page.set_presenter_mode(mode)
    page.toggle_presenter()
    view = page.presenter
    view.showNormal()
    view.resize(*size)

    def shoot() -> None:
        page.update_presenter()
        view.grab().save(out)
        window.close()
        app.quit()

    QTimer.singleShot(400, shoot)
    app.exec()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Screenshot the main window.")
    parser.add_argument("file")
    parser.add_argument("out")
    parser.add_argument("--tab", choices=TABS, default="notes")
    parser.add_argument("--voice", action="store_true", help="show the Voice balance dock")
    parser.add_argument("--size", default="1366x800", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--presenter", choices=("question", "notes", "theme", "board",
                                                "solutions"),
                        help="the presenter view alone, showing this")
    parser.add_argument("--votes-revealed", action="store_true",
                        help="reveal the dot-vote totals first (they start hidden)")
    parser.add_argument("--language", default="en", help="the window's language (en, fr)")
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.lower().split("x"))
    main(args.file, args.out, args.tab, args.voice, (width, height), args.presenter,
         args.votes_revealed, args.language)
