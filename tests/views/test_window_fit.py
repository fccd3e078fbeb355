"""The window fits the screen it opens on, and keeps the size and docks it was given."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect


def _inside(widget, window) -> bool:
    """The widget is shown whole inside the window (not cut off, not off-screen)."""
    if not widget.isVisible() or widget.width() < 8 or widget.height() < 8:
        return False
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))


def test_the_first_start_fits_the_screen_it_opens_on(make_window):
    window = make_window()
    available = window.screen().availableGeometry()
    assert available.contains(window.frameGeometry())
    # As large as the screen allows, up to the comfortable 1280 x 800.
    assert window.width() >= min(1280, available.width()) - 80
    assert window.height() >= min(800, available.height()) - 80


def test_a_size_and_the_docks_chosen_come_back(make_window, demo_file):
    first = make_window()
    first.open_target(str(demo_file))
    first.resize(first.width() - 60, first.height() - 90)
    size = (first.width(), first.height())
    first.voice_dock.raise_()
    first.timer_dock.hide()
    first.close()

    second = make_window()
    available = second.screen().availableGeometry()
    assert second.height() == size[1]
    # As wide as it was, unless that is wider than this screen: never larger than it.
    frame = second.frameGeometry().width() - second.width()
    if size[0] <= available.width() - frame:
        assert second.width() == size[0]
    else:  # Qt brings a window saved on a larger screen back within this one
        assert second.width() < size[0]
    second.open_target(str(demo_file))
    assert not second.timer_dock.isVisible()
    assert not second.visibleRegion().isEmpty()


def test_at_1024_by_768_capture_the_status_and_the_timer_are_all_reachable(window, qtbot):
    window.resize(1024, 740)  # a 1024 x 768 projector less the title bar
    window._default_dock_sizes()  # as on a first start at that size
    qtbot.wait(50)
    assert window.minimumSizeHint().width() <= 1024
    assert window.minimumSizeHint().height() <= 740
    page = window.page
    for name, widget in (("note field", page.capture.entry), ("author", page.capture.author),
                         ("activity", page.capture.activity),
                         ("captured notes", page.capture.captured),
                         ("save status", window.saved_label),
                         ("timer start", page.timer_panel.start_button),
                         ("timer clock", page.timer_panel.clock)):
        assert _inside(widget, window), name
    assert page.capture.entry.width() >= 240
    assert page.capture.captured.height() >= 60  # a few earlier notes stay in view


@pytest.mark.parametrize("language", ["en", "fr"])
def test_at_1024_the_window_fits_in_each_language(make_window, demo_file, qtbot, language):
    """French words are about a fifth longer: no dock's buttons may hold the window wider
    than a 1,024-pixel projector (the lists' buttons wrap onto a second line instead)."""
    from facilitator.views.language import install

    install(language)
    try:
        window = make_window()
        window.open_target(str(demo_file))
        window.resize(1024, 740)
        window._default_dock_sizes()
        qtbot.wait(50)
        assert window.minimumSizeHint().width() <= 1024
        assert window.width() <= 1024
        page = window.page
        for name, widget in (("note field", page.capture.entry),
                             ("add participant", page.participants.add_button),
                             ("remove participant", page.participants.remove_button),
                             ("add activity", page.activities.add_button),
                             ("remove activity", page.activities.remove_button),
                             ("save status", window.saved_label)):
            assert _inside(widget, window), name
        assert page.participants.width() >= 240  # the list keeps room for its columns
    finally:
        install("en")
