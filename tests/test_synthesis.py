"""Themes, insights and their evidence: every note in exactly one place, everything undoable."""

from __future__ import annotations

import pytest

from facilitator.core.domain.synthesis import (
    LinkData,
    SuggestedTheme,
    ThemeSuggestion,
    evidence_among,
    near_duplicate_pairs,
    suggest,
)
from facilitator.core.errors import InputError

TOPICS = {
    "bus": ["The last bus leaves at six", "No bus on Sundays at all",
            "Bus timetable does not match opening hours", "Buses are too infrequent"],
    "wifi": ["Wifi keeps dropping", "Need help with online forms",
             "Computers are too old and slow", "Printing costs too much"],
    "teens": ["Teenagers have nowhere to go after school",
              "A quiet room for homework would help teens", "Youth club closed last year"],
}


@pytest.fixture
def people(workshop):
    made = {}
    for label, group, consent in [("R1", "resident", True), ("R2", "resident", False),
                                  ("U1", "service user", True), ("S1", "professional", True)]:
        made[label] = workshop.add_participant(label, group=group, consent_quote=consent,
                                               real_name=f"Real {label}")
    return made


@pytest.fixture
def notes(workshop, people):
    """Notes by topic, authors rotating through the participants."""
    labels = list(people)
    found = {}
    for topic, texts in TOPICS.items():
        found[topic] = [
            workshop.add_note(text, participant_id=people[labels[i % len(labels)]].id).note.id
            for i, text in enumerate(texts)]
    return found


def placements(workshop) -> dict[int, int | None]:
    return {n.id: n.theme_id for n in workshop.notes()}


def state(workshop) -> tuple:
    themes = tuple((t.id, t.label, t.pinned, t.note_ids) for t in workshop.synthesis.themes())
    links = tuple(sorted((ln.kind, ln.source, ln.target) for ln in workshop.synthesis.links()))
    return themes, tuple(sorted(placements(workshop).items())), links


def assert_each_note_once(workshop):
    themes = workshop.synthesis.themes()
    placed = [n for t in themes for n in t.note_ids]
    assert len(placed) == len(set(placed))
    unsorted = set(workshop.synthesis.unsorted_note_ids())
    assert not unsorted & set(placed)
    assert unsorted | set(placed) == {n.id for n in workshop.notes()}


# --- themes by hand ----------------------------------------------------------------------


def test_create_theme_places_notes_by_hand_and_undo_redo_keep_ids(workshop, notes):
    syn = workshop.synthesis
    start = state(workshop)
    change = syn.create_theme("Getting there", notes["bus"])
    theme = syn.themes()[0]
    assert theme.label == "Getting there"
    assert theme.note_ids == tuple(notes["bus"])
    assert all(workshop.note(n).placed_by_hand for n in notes["bus"])
    syn.revert(change)
    assert state(workshop) == start
    syn.reapply(change)
    assert syn.themes()[0].id == theme.id
    assert syn.themes()[0].note_ids == theme.note_ids
    assert_each_note_once(workshop)


def test_move_notes_between_themes_and_undo(workshop, notes):
    syn = workshop.synthesis
    syn.create_theme("Bus", notes["bus"])
    syn.create_theme("Wifi", notes["wifi"])
    bus, wifi = (t.id for t in syn.themes())
    before = state(workshop)
    change = syn.move_notes([notes["wifi"][0]], bus)
    assert notes["wifi"][0] in syn.theme(bus).note_ids
    assert notes["wifi"][0] not in syn.theme(wifi).note_ids
    assert_each_note_once(workshop)
    syn.revert(change)
    assert state(workshop) == before


def test_moving_the_last_note_out_drops_the_theme_unless_pinned(workshop, notes):
    syn = workshop.synthesis
    syn.create_theme("One", notes["teens"][:1])
    syn.create_theme("Two", notes["teens"][1:2])
    one, two = (t.id for t in syn.themes())
    syn.set_pinned(two, True)
    syn.move_notes(notes["teens"][:2], None)
    remaining = {t.id for t in syn.themes()}
    assert one not in remaining
    assert two in remaining
    assert set(notes["teens"][:2]) <= set(syn.unsorted_note_ids())


def test_merge_keeps_every_note_and_moves_links(workshop, notes):
    syn = workshop.synthesis
    syn.create_theme("Bus", notes["bus"])
    syn.create_theme("Timetables", notes["wifi"][:1])
    bus, other = (t.id for t in syn.themes())
    insight = syn.promote_theme(other)
    before = state(workshop)
    change = syn.merge_themes([bus, other], label="Getting there")
    merged = syn.theme(bus)
    assert merged.label == "Getting there"
    assert set(merged.note_ids) == set(notes["bus"]) | {notes["wifi"][0]}
    assert syn.insight(insight.id).theme_ids == (bus,)
    assert_each_note_once(workshop)
    syn.revert(change)
    assert state(workshop) == before
    assert syn.insight(insight.id).theme_ids == (other,)


def test_merge_needs_two_themes(workshop, notes):
    workshop.synthesis.create_theme("Bus", notes["bus"])
    with pytest.raises(InputError, match="at least two"):
        workshop.synthesis.merge_themes([workshop.synthesis.themes()[0].id])


def test_split_takes_notes_into_a_new_theme_and_undo(workshop, notes):
    syn = workshop.synthesis
    syn.create_theme("Mixed", notes["bus"] + notes["wifi"])
    mixed = syn.themes()[0].id
    before = state(workshop)
    change = syn.split_theme(mixed, notes["wifi"], "Wifi and computers")
    assert set(syn.theme(mixed).note_ids) == set(notes["bus"])
    new = next(t for t in syn.themes() if t.id != mixed)
    assert new.label == "Wifi and computers"
    assert set(new.note_ids) == set(notes["wifi"])
    assert_each_note_once(workshop)
    syn.revert(change)
    assert state(workshop) == before


@pytest.mark.parametrize("which", ["all", "foreign", "none"])
def test_split_refuses_a_bad_choice_of_notes(workshop, notes, which):
    syn = workshop.synthesis
    syn.create_theme("Bus", notes["bus"])
    theme = syn.themes()[0].id
    chosen = {"all": notes["bus"], "foreign": notes["wifi"][:1], "none": []}[which]
    before = state(workshop)
    with pytest.raises(InputError):
        syn.split_theme(theme, chosen, "New")
    assert state(workshop) == before


def test_delete_theme_sends_notes_to_unsorted_and_undo_restores_links(workshop, notes):
    syn = workshop.synthesis
    syn.create_theme("Bus", notes["bus"])
    theme = syn.themes()[0].id
    insight = syn.promote_theme(theme)
    before = state(workshop)
    change = syn.delete_theme(theme)
    assert syn.themes() == []
    assert syn.insight(insight.id).theme_ids == ()
    syn.revert(change)
    assert state(workshop) == before
    assert syn.insight(insight.id).theme_ids == (theme,)


@pytest.mark.parametrize("label", ["", "   ", "\x00\x01"])
def test_a_theme_needs_a_name(workshop, notes, label):
    with pytest.raises(InputError, match="name"):
        workshop.synthesis.create_theme(label, notes["bus"])
    assert workshop.synthesis.themes() == []


def test_rename_cleans_the_label_and_keeps_emoji_and_rtl(workshop, notes):
    syn = workshop.synthesis
    syn.create_theme("Bus", notes["bus"])
    theme = syn.themes()[0].id
    change = syn.rename_theme(theme, "  Getting\nthere 🚌 مكتبة ")
    assert syn.theme(theme).label == "Getting there 🚌 مكتبة"
    syn.revert(change)
    assert syn.theme(theme).label == "Bus"


def test_theme_changes_are_in_the_change_log(workshop, notes):
    workshop.synthesis.create_theme("Bus", notes["bus"])
    assert workshop.change_log(1)[0]["action"] == "create theme"


# --- applying a suggestion ---------------------------------------------------------------


def make_suggestion(notes, groups: list[tuple[str, list[int]]], unsorted=()):
    themes = tuple(SuggestedTheme(label, (label,), tuple(ids), ids[0]) for label, ids in groups)
    return ThemeSuggestion(themes, tuple(unsorted), 0, 0)


def test_applying_a_suggestion_keeps_pinned_themes_and_hand_placed_notes(workshop, notes):
    syn = workshop.synthesis
    syn.create_theme("Pinned teens", notes["teens"][:2])
    pinned = syn.themes()[0].id
    syn.set_pinned(pinned, True)
    syn.create_theme("By hand", [notes["bus"][0]])  # placed by hand
    every = [n for ids in notes.values() for n in ids]
    suggestion = make_suggestion(notes, [("all of it", every)])
    syn.apply_suggestion(suggestion)
    assert syn.theme(pinned).note_ids == tuple(notes["teens"][:2])
    assert workshop.note(notes["bus"][0]).theme_label == "By hand"
    suggested = [t for t in syn.themes() if t.origin == "suggested"]
    assert len(suggested) == 1
    assert notes["bus"][0] not in suggested[0].note_ids
    assert notes["teens"][0] not in suggested[0].note_ids
    assert_each_note_once(workshop)


def test_reapplying_a_suggestion_replaces_earlier_suggested_themes(workshop, notes):
    syn = workshop.synthesis
    syn.apply_suggestion(make_suggestion(notes, [("bus", notes["bus"]),
                                                 ("wifi", notes["wifi"])]))
    first = state(workshop)
    change = syn.apply_suggestion(make_suggestion(
        notes, [("everything", notes["bus"] + notes["wifi"])], unsorted=notes["teens"]))
    assert [t.label for t in syn.themes()] == ["everything"]
    assert_each_note_once(workshop)
    syn.revert(change)
    assert state(workshop) == first
    syn.reapply(change)
    assert [t.label for t in syn.themes()] == ["everything"]


def test_a_theme_that_is_evidence_survives_a_new_suggestion(workshop, notes):
    syn = workshop.synthesis
    syn.apply_suggestion(make_suggestion(notes, [("bus", notes["bus"])]))
    theme = syn.themes()[0].id
    syn.promote_theme(theme, "We heard that buses stop too early")
    syn.apply_suggestion(make_suggestion(notes, [("mixed", notes["bus"] + notes["wifi"])]))
    assert syn.theme(theme).note_ids == tuple(notes["bus"])
    assert_each_note_once(workshop)


def test_suggest_on_an_empty_and_a_one_note_workshop(workshop):
    syn = workshop.synthesis
    empty = suggest(syn.suggestion_input())
    assert empty.themes == () and empty.unsorted == ()
    syn.apply_suggestion(empty)
    assert syn.themes() == []
    note = workshop.add_note("Only one note").note
    one = suggest(syn.suggestion_input())
    assert one.themes == ()
    assert one.unsorted == (note.id,)


def test_a_suggestion_says_how_notes_were_compared(workshop):
    from test_clustering import FORMS, TRANSPORT, WAITING

    for text in TRANSPORT + WAITING + FORMS:
        workshop.add_note(text)
    english = suggest(workshop.synthesis.suggestion_input())
    assert english.representation == "words and meaning"
    assert english.described_method == "Grouped by shared words and by meaning."
    workshop.update_details(language="fr")
    french = suggest(workshop.synthesis.suggestion_input())
    assert french.representation == "words"
    assert french.described_method == "Grouped by shared words."


def test_suggestion_input_can_be_limited_to_an_activity(workshop, notes):
    activity = workshop.add_activity("Journey map")
    extra = workshop.add_note("Bus stop is far", activity_id=activity.id).note
    source = workshop.synthesis.suggestion_input(activity_ids=[activity.id])
    assert [n[0] for n in source.notes] == [extra.id]


# --- insights and evidence ---------------------------------------------------------------


def test_promote_theme_to_insight_with_evidence(workshop, notes, people):
    syn = workshop.synthesis
    syn.create_theme("Bus", notes["bus"])
    theme = syn.themes()[0].id
    insight = syn.promote_theme(theme)
    assert insight.statement == "We heard about bus"  # built from the name, a phrase
    assert insight.theme_ids == (theme,)
    evidence = syn.evidence(insight.id)
    assert evidence.notes == 4
    assert evidence.participants == 4
    assert dict(evidence.groups) == {"resident": 2, "service user": 1, "professional": 1}
    assert len(evidence.quotes) == 3
    assert len({q.participant_id for q in evidence.quotes}) == 3


def test_quotes_only_from_consenting_participants_when_asked(workshop, notes, people):
    syn = workshop.synthesis
    insight = syn.add_insight("We heard about buses", note_ids=notes["bus"])
    evidence = syn.evidence(insight.id, quotes=10, consented_only=True)
    assert evidence.quotes
    assert people["R2"].id not in {q.participant_id for q in evidence.quotes}
    assert evidence.notes == 4  # all notes still count as evidence


def test_insight_from_hand_picked_notes_and_theme_together(workshop, notes):
    syn = workshop.synthesis
    syn.create_theme("Bus", notes["bus"])
    insight = syn.add_insight("We heard that getting there is hard",
                              theme_ids=[syn.themes()[0].id], note_ids=notes["teens"][:1])
    assert syn.evidence(insight.id).notes == 5


def test_evidence_counted_among_the_notes_held_matches_the_store(workshop, notes, people):
    syn = workshop.synthesis
    bus = syn.create_theme("Bus", notes["bus"]).theme_ids[0]
    wifi = syn.create_theme("Wifi", notes["wifi"][:2]).theme_ids[0]
    unknown = workshop.add_note("No author, no group").note.id
    both = syn.add_insight("We heard that getting there is hard", theme_ids=[bus, wifi],
                           note_ids=[notes["bus"][0], notes["teens"][1], unknown])
    alone = syn.add_insight("We heard about teens", note_ids=notes["teens"])
    syn.link("contradicts", ("insight", both.id), ("insight", alone.id))
    insights = syn.insights()
    assert insights == [syn.insight(both.id), syn.insight(alone.id)]  # read in one go alike
    held = evidence_among(insights, workshop.notes())
    for insight in insights:
        stored = syn.evidence(insight.id, quotes=0)
        assert held[insight.id] == stored
    assert held[both.id].notes == 4 + 2 + 2  # the bus note counted once
    assert held[both.id].participants == 4
    assert dict(held[both.id].groups)["no group"] == 1


def test_insight_needs_statement_and_evidence(workshop, notes):
    with pytest.raises(InputError, match="statement"):
        workshop.synthesis.add_insight("  ", note_ids=notes["bus"])
    with pytest.raises(InputError, match="evidence"):
        workshop.synthesis.add_insight("We heard nothing")
    assert workshop.synthesis.insights() == []


def test_delete_and_restore_insight_with_its_links(workshop, notes):
    syn = workshop.synthesis
    first = syn.add_insight("We heard A", note_ids=notes["bus"][:2])
    second = syn.add_insight("We heard B", note_ids=notes["wifi"][:1])
    syn.link("contradicts", ("insight", first.id), ("insight", second.id))
    removed = syn.delete_insight(first.id)
    assert [i.id for i in syn.insights()] == [second.id]
    assert syn.links() == [LinkData("supports", ("note", notes["wifi"][0]),
                                    ("insight", second.id))]
    syn.restore_insight(removed)
    assert syn.insight(first.id).note_ids == tuple(notes["bus"][:2])
    assert LinkData("contradicts", ("insight", first.id), ("insight", second.id)) in syn.links()


def test_deleting_a_note_takes_its_evidence_link_and_undo_brings_it_back(workshop, notes):
    syn = workshop.synthesis
    syn.create_theme("Bus", notes["bus"])
    insight = syn.add_insight("We heard about buses", note_ids=notes["bus"][:1])
    deleted = workshop.delete_note(notes["bus"][0])
    assert syn.insight(insight.id).note_ids == ()
    workshop.restore_note(deleted)
    restored = workshop.note(notes["bus"][0])
    assert restored.theme_label == "Bus"
    assert restored.supports == (insight.id,)


@pytest.mark.parametrize("kind, source, target", [
    ("supports", ("insight", 1), ("insight", 2)),
    ("addresses", ("note", 1), ("insight", 1)),
    ("likes", ("insight", 1), ("insight", 2)),
    ("relates", ("insight", 1), ("insight", 1)),
])
def test_nonsense_links_are_refused(workshop, notes, kind, source, target):
    syn = workshop.synthesis
    syn.add_insight("We heard A", note_ids=notes["bus"][:1])
    syn.add_insight("We heard B", note_ids=notes["bus"][1:2])
    before = syn.links()
    with pytest.raises(InputError):
        syn.link(kind, source, target)
    assert syn.links() == before


def test_solution_addresses_insights(workshop, notes):
    syn = workshop.synthesis
    insight = syn.add_insight("We heard about buses", note_ids=notes["bus"])
    workshop.set_step(4)
    solution = syn.add_solution("Ask the bus company for a later bus",
                                insight_ids=[insight.id])
    assert solution.insight_ids == (insight.id,)
    assert syn.delete_solution(solution.id).title.startswith("Ask")
    assert syn.solutions() == []


def test_stacking_puts_a_note_with_its_near_duplicate(workshop, notes):
    syn = workshop.synthesis
    repeat = workshop.add_note("buses are too infrequent!!").note.id
    original = notes["bus"][3]
    pairs = near_duplicate_pairs(workshop.notes())
    assert pairs == {repeat: original}
    syn.create_theme("Buses", [original])
    bus = syn.themes()[0].id
    assert syn.stack_moves(pairs.items()) == {bus: (repeat,)}
    # The other way round: the earlier note is unsorted and joins the later one's theme.
    syn.move_notes([repeat], bus)
    syn.move_notes([original], None)
    assert syn.stack_moves(pairs.items()) == {bus: (original,)}


def test_stacking_says_why_nothing_moves(workshop, notes):
    syn = workshop.synthesis
    repeat = workshop.add_note("buses are too infrequent!!").note.id
    original = notes["bus"][3]
    with pytest.raises(InputError, match="Neither note is in a theme yet"):
        syn.stack_moves([(repeat, original)])
    syn.create_theme("Buses", [original, repeat])
    with pytest.raises(InputError, match="already sit with"):
        syn.stack_moves([(repeat, original)])


def test_late_notes_are_offered_by_meaning_only_once_their_vectors_are_ready(workshop,
                                                                            monkeypatch):
    from facilitator.core.analysis import clustering, meaning

    for label, texts in (("Buses", ("The bus never comes", "Buses are always late",
                                    "No bus on Sundays")),
                         ("Toilets", ("Toilets locked again", "No soap in the toilets",
                                      "The toilets are dirty")),
                         ("Staff", ("Staff are friendly", "The staff helped me a lot",
                                    "Not enough staff on Saturdays")),
                         ("Computers", ("The computers are slow", ("Only one hour on the "
                                        "computer"), "Book a computer online"))):
        workshop.synthesis.create_theme(label, [workshop.add_note(t).note.id for t in texts])
    late = workshop.add_note("The bus to town was cancelled again").note.id
    buses = next(t.id for t in workshop.synthesis.themes() if t.label == "Buses")
    asked = []
    real = clustering.nearest_clusters

    def spy(texts, groups, language="en", *, use_meaning=False, nearest_anyway=None):
        asked.append(use_meaning)
        return real(texts, groups, language, use_meaning=use_meaning,
                    nearest_anyway=nearest_anyway)

    monkeypatch.setattr(clustering, "nearest_clusters", spy)
    meaning.forget()
    assert workshop.synthesis.offers() == {late: buses}
    assert asked == [False]  # the window never waits for the notes to be read
    meaning.prepare([n.text for n in workshop.notes()], "en")
    assert workshop.synthesis.offers() == {late: buses}
    assert asked == [False, True]
    meaning.forget()


def test_a_note_the_grouping_left_out_is_offered_its_nearest_theme(workshop):
    from facilitator.core.analysis import meaning

    syn = workshop.synthesis
    themes = {"Buses": ("The bus never comes", "Buses are always late"),
              "Toilets": ("Toilets locked again", "No soap in the toilets"),
              "Staff": ("Staff are friendly", "The staff helped me a lot"),
              "Computers": ("The computers are slow", "Book a computer online")}
    made = {label: [workshop.add_note(t).note.id for t in texts]
            for label, texts in themes.items()}
    left_out = workshop.add_note("Lovely biscuits today").note.id
    for label, ids in made.items():
        syn.create_theme(label, ids)
    meaning.prepare([n.text for n in workshop.notes()], "en")  # as from step 3 on
    # Captured before the themes and far from all of them: not placed, the nearest offered.
    assert left_out in syn.offers()
    workshop.add_note("Whose umbrella is this")  # captured later: only a close theme
    assert set(syn.offers()) == {left_out}
    soap = workshop.add_note("The soap in the toilets ran out").note.id
    toilets = next(t.id for t in syn.themes() if t.label == "Toilets")
    assert syn.offers()[soap] == toilets
    # What a window holds gives the same offers without reading the store.
    from facilitator.core.domain.themes import offers_among

    assert offers_among(workshop.notes(), syn.themes(), "en") == syn.offers()
    assert offers_among(workshop.notes(), [], "en") == {}
    meaning.forget()
