"""From step 3 on, notes' sentence vectors are worked out in the background as notes arrive,
so "Suggest themes" finds them ready; before step 3, and in French, nothing is loaded."""

from __future__ import annotations

import pytest

from facilitator.core.analysis import meaning
from facilitator.core.domain.steps import Step


@pytest.fixture
def kept():
    """The texts whose vectors the sentence transformer holds."""
    model = next(m for m in meaning._models() if isinstance(m, meaning._MiniLM))
    meaning.forget()
    yield lambda: set(model._kept)
    meaning.forget()


def settle(window, qtbot):
    preparer = window.page.preparer
    qtbot.wait(preparer.DELAY_MS + 100)
    for _ in range(3):  # a batch handed over while another ran waits its turn
        qtbot.waitUntil(lambda: not preparer._timer.isActive(), timeout=20000)
        preparer.wait(timeout=30)


def test_capturing_in_steps_1_and_2_prepares_nothing(window, qtbot, kept, type_text):
    type_text(window.page.capture.entry, "The bus never comes", enter=True)
    window.controller.workshop.set_step(Step.POSTPONE)
    settle(window, qtbot)
    assert kept() == set()


def test_from_step_3_every_note_is_prepared_and_new_ones_as_they_come(window, qtbot, kept,
                                                                    type_text):
    ws = window.controller.workshop
    ws.add_note("The bus never comes")
    ws.add_note("No bus on Sundays")
    ws.set_step(Step.SYNTHESISE)
    settle(window, qtbot)
    assert kept() == {"The bus never comes", "No bus on Sundays"}
    type_text(window.page.capture.entry, "Waited an hour at the stop 🚌", enter=True)
    settle(window, qtbot)
    assert "Waited an hour at the stop 🚌" in kept()


def test_a_french_workshop_prepares_nothing(window, qtbot, kept):
    ws = window.controller.workshop
    ws.update_details(language="fr")
    ws.add_note("Le bus ne passe jamais")
    ws.set_step(Step.SYNTHESISE)
    settle(window, qtbot)
    assert kept() == set()


def test_closing_the_workshop_forgets_the_vectors(window, qtbot, kept):
    ws = window.controller.workshop
    ws.add_note("The bus never comes")
    ws.set_step(Step.SYNTHESISE)
    settle(window, qtbot)
    assert kept()
    assert window.close_workshop()
    assert kept() == set()


def test_a_suggestion_uses_the_prepared_vectors(window, qtbot, kept, monkeypatch):
    ws = window.controller.workshop
    for topic in ("bus", "wifi", "toilets"):
        for text in ("The {} never works", "No {} on Sundays", "The {} is a problem again",
                     "Fix the {} please", "{} keeps failing", "Why is the {} so bad"):
            ws.add_note(text.format(topic))
    ws.set_step(Step.SYNTHESISE)
    settle(window, qtbot)
    model = next(m for m in meaning._models() if isinstance(m, meaning._MiniLM))
    computed = []
    real = model._compute
    monkeypatch.setattr(model, "_compute",
                        lambda texts: computed.extend(texts) or real(texts))
    from facilitator.core.analysis.suggestion import suggest

    suggestion = suggest(ws.synthesis.suggestion_input())
    assert suggestion.representation == "words and meaning"
    # Nothing left to work out but the workshop's own title, question and place, whose
    # meaning is taken out of the notes' vectors (a few words, read at the suggestion).
    details = ws.details()
    assert set(computed) <= {details.title, details.question, details.place}


def test_closing_stops_a_long_preparation_after_the_batch_in_hand(window, qtbot, kept,
                                                                   monkeypatch):
    model = next(m for m in meaning._models() if isinstance(m, meaning._MiniLM))
    monkeypatch.setattr(model, "BATCH", 1)  # one note a batch
    ws = window.controller.workshop
    for number in range(300):
        ws.add_note(f"Note number {number} about the opening hours")
    ws.set_step(Step.SYNTHESISE)
    qtbot.waitUntil(lambda: len(kept()) > 0, timeout=20000)  # under way
    at_close = []
    forget = model.forget
    monkeypatch.setattr(model, "forget", lambda: (at_close.append(len(model._kept)), forget()))
    assert window.close_workshop()
    assert at_close and at_close[0] < 300  # stopped part way, not after all 300 notes
    assert len(model._kept) == 0


@pytest.mark.parametrize("language", ["en", "fr"])
def test_from_step_3_the_grouping_libraries_are_imported_ahead(window, qtbot, monkeypatch,
                                                               language):
    """The Themes tab's first look needs scikit-learn and SciPy (seconds to import): from
    step 3 on, in any language, they are imported on a thread of their own beforehand; in
    steps 1 and 2 a note-taker's laptop is left alone."""
    from facilitator.views import preparing

    imported = []
    monkeypatch.setattr(preparing, "_warming", None)
    monkeypatch.setattr(preparing, "_import_grouping", lambda: imported.append(True))
    ws = window.controller.workshop
    ws.update_details(language=language)
    ws.add_note("The bus never comes")
    ws.set_step(Step.POSTPONE)
    settle(window, qtbot)
    assert imported == []
    ws.set_step(Step.SYNTHESISE)
    settle(window, qtbot)
    qtbot.waitUntil(lambda: imported == [True], timeout=5000)
    ws.add_note("No bus on Sundays")
    settle(window, qtbot)
    assert imported == [True]  # once a process
