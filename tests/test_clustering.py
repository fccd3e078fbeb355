"""Suggesting themes from note texts, without Qt."""

import random

import pytest

from facilitator.core.analysis.clustering import (
    ClusteringCancelled,
    cluster_texts,
    near_duplicates,
    nearest_clusters,
)

# Notes as a note-taker types them: three clear topics, a few words each.
TRANSPORT = [
    "The bus to the clinic only runs twice a day",
    "No bus on Sundays so I miss appointments",
    "Bus fares are too expensive for the clinic trip",
    "Parking at the clinic costs a fortune",
    "The bus stop is far from the clinic entrance",
    "Parking is always full, I circle for twenty minutes",
    "Late bus means late for my appointment",
    "Free parking for carers would help",
    "The bus driver does not wait for wheelchairs",
    "Parking fines while I was stuck inside the clinic",
]
WAITING = [
    "Waiting times on the phone are over an hour",
    "I waited three weeks for a phone call back",
    "The phone line is always engaged in the morning",
    "Waiting room is crowded and waiting is long",
    "Phone menu is confusing and then you wait again",
    "Nobody answers the phone after four",
    "Long waiting list for a first appointment",
    "I gave up waiting on the phone",
    "Waiting for results with no phone update",
    "Hours of waiting on hold on the phone",
]
FORMS = [
    "The forms are too long and full of jargon",
    "I filled the same form three times",
    "Forms only online, I have no computer",
    "Nobody helps with the benefit form",
    "The form asks for documents I do not have",
    "Paper forms lost by the office",
    "Form language is hard to understand",
    "The online form crashes before I can submit",
    "Help filling in forms would change everything",
    "Form deadline too short for my documents",
]
OFF_TOPIC = ["Lovely biscuits today", "Can we open a window", "Who brought the cat photo"]


def _groups(result, texts):
    return [{texts[i] for i in cluster.members} for cluster in result.clusters]


def test_three_clear_topics_are_found_without_being_told_how_many():
    texts = TRANSPORT + WAITING + FORMS
    result = cluster_texts(texts)
    groups = _groups(result, texts)
    # By default a topic may come as its sub-topics (transport as the bus and the parking,
    # as the published float model reads them too), each a theme of its own notes.
    for topic in (TRANSPORT, WAITING, FORMS):
        holding = [g for g in groups if g & set(topic)]
        assert len(holding) <= 2, (topic[0], groups)
        assert sum(len(g & set(topic)) for g in holding) >= 7, (topic[0], groups)
        assert all(len(g - set(topic)) <= 2 for g in holding), (topic[0], groups)
    # One step towards fewer themes gives the three topics, each one theme.
    groups = _groups(cluster_texts(texts, granularity=-0.5), texts)
    for topic in (TRANSPORT, WAITING, FORMS):
        best = max(groups, key=lambda g: len(g & set(topic)))
        assert len(best & set(topic)) >= 7, (topic[0], groups)
        assert len(best - set(topic)) <= 2
    # Every note is in exactly one place.
    placed = [i for c in result.clusters for i in c.members] + list(result.unsorted)
    assert sorted(placed) == list(range(len(texts)))


def test_the_same_notes_give_the_same_themes():
    texts = TRANSPORT + WAITING + FORMS + OFF_TOPIC
    assert cluster_texts(texts) == cluster_texts(list(texts))


def test_notes_that_fit_no_theme_stay_unsorted():
    texts = TRANSPORT + WAITING + FORMS + OFF_TOPIC
    result = cluster_texts(texts)
    unsorted = {texts[i] for i in result.unsorted}
    assert set(OFF_TOPIC) <= unsorted
    assert len(unsorted) <= len(OFF_TOPIC) + 4


def test_names_are_phrases_their_notes_use_and_the_example_is_a_member():
    texts = TRANSPORT + WAITING + FORMS
    result = cluster_texts(texts)
    names = [c.label.lower() for c in result.clusters]
    assert any("bus" in n for n in names) and any("form" in n for n in names), names
    assert any("phone" in n or "wait" in n for n in names), names
    assert len(set(names)) == len(names)  # unique across themes
    for cluster in result.clusters:
        assert cluster.example in cluster.members
        assert cluster.label[:1].isupper()
        assert 1 <= len(cluster.label.split()) <= 4
        # The name is written as in the theme's own notes, never a stem.
        members = " ".join(texts[i].lower() for i in cluster.members)
        assert cluster.label.lower() in members, (cluster.label, members)
        for word in cluster.keywords:
            assert word in members.replace(",", " ").split(), (word, cluster.keywords)


# Three topics of two sub-topics each, twelve notes per sub-topic, written from word lists so
# that the finer split exists in the data.
SUBTOPICS = {
    ("journey", "travel", "trip"): (["bus", "timetable", "driver", "stop", "route"],
                                    ["parking", "car", "fines", "spaces", "permit"]),
    ("phone", "call", "line"): (["hold", "music", "hour", "engaged", "menu"],
                                ["callback", "message", "voicemail", "promised", "never"]),
    ("form", "paperwork", "application"): (["online", "website", "crashes", "password", "login"],
                                           ["jargon", "words", "language", "confusing", "letters"]),
}


def _subtopic_notes(seed=3):
    rng = random.Random(seed)
    filler = ["really", "honestly", "every time", "for us", "again", "today", "always"]
    return [" ".join([rng.choice(shared), *rng.sample(words, 2), rng.choice(filler)])
            for shared, subs in SUBTOPICS.items() for words in subs for _ in range(12)]


def _demo_notes():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).parents[1] / "tools" / "demo_workshop.py"
    spec = importlib.util.spec_from_file_location("demo_workshop", path)
    demo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(demo)
    return [text for _, _, text in demo.NOTES] + [
        text for texts in demo.MORE_NOTES.values() for text in texts]


@pytest.mark.parametrize("notes", [_subtopic_notes, _demo_notes])
def test_the_more_themes_setting_gives_more_themes_and_fewer_never_more(notes):
    texts = notes()
    # The five steps of the Suggest dialog's slider.
    counts = [len(cluster_texts(texts, granularity=g).clusters)
              for g in (-1.0, -0.5, 0.0, 0.5, 1.0)]
    assert counts == sorted(counts), counts
    assert counts[-1] > counts[0] >= 3, counts


@pytest.mark.parametrize("texts", [[], ["only one note"], ["one note", "another note"],
                                   ["the and of", "a to is", "the of"], ["", "   ", "\x00\x01"]])
def test_tiny_or_empty_input_leaves_every_note_unsorted(texts):
    result = cluster_texts(texts)
    assert result.clusters == ()
    assert result.unsorted == tuple(range(len(texts)))


def test_progress_is_reported_and_a_false_answer_cancels():
    texts = TRANSPORT + WAITING + FORMS
    seen = []

    def progress(done, total):
        seen.append((done, total))
        return True

    cluster_texts(texts, progress=progress)
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    calls = []

    def cancel_after_two(done, total):
        calls.append(done)
        return len(calls) < 2

    with pytest.raises(ClusteringCancelled):
        cluster_texts(texts, progress=cancel_after_two)
    assert len(calls) == 2


FRENCH = {
    "transport": [
        "Le bus pour l'hôpital ne passe que deux fois par jour",
        "Pas de bus le dimanche, je rate mes rendez-vous",
        "Le ticket de bus coûte trop cher jusqu'à l'hôpital",
        "L'arrêt de bus est loin de l'entrée de l'hôpital",
        "Le bus est toujours en retard le matin",
        "Le chauffeur du bus n'attend pas les fauteuils",
        "Un bus direct vers l'hôpital changerait tout",
    ],
    "accueil": [
        "L'accueil au téléphone est désagréable",
        "Au téléphone on attend une heure",
        "Personne ne répond au téléphone après seize heures",
        "Le standard téléphonique d'accueil est saturé",
        "J'ai abandonné d'attendre au téléphone",
        "Le téléphone sonne dans le vide à l'accueil",
        "Il faudrait rappeler au téléphone quand c'est occupé",
    ],
    "dossiers": [
        "Les formulaires sont trop longs et compliqués",
        "J'ai rempli trois fois le même formulaire",
        "Le formulaire en ligne plante avant l'envoi",
        "Personne n'aide à remplir le formulaire d'aide sociale",
        "Le formulaire demande des papiers que je n'ai pas",
        "Formulaire papier perdu par le service",
        "Un formulaire plus simple, en français clair",
    ],
}


def test_french_notes_with_accents_and_elision_are_grouped_and_labelled():
    texts = [t for topic in FRENCH.values() for t in topic]
    result = cluster_texts(texts, language="fr")
    groups = _groups(result, texts)
    for topic in FRENCH.values():
        best = max(groups, key=lambda g: len(g & set(topic)))
        assert len(best & set(topic)) >= 5, groups
    labels = " | ".join(c.label for c in result.clusters)
    assert "Hôpital" in labels or "hôpital" in labels or "Bus" in labels, labels
    assert "Téléphone" in labels or "téléphone" in labels, labels
    # Elided articles and stop words never make a label.
    for cluster in result.clusters:
        for word in cluster.keywords:
            assert word not in {"l", "d", "qu", "le", "la", "les", "de", "pas"}


def describe(texts, language="en"):
    """The name and key words the suggestion gives one group made of all ``texts``."""
    from facilitator.core.analysis import theme_names

    notes = theme_names.read_notes(texts, language)
    (_, keywords, label, _), = theme_names.describe_all(texts, notes, [list(range(len(texts)))],
                                                       language)
    return label, keywords


def test_a_note_typed_again_is_one_voice_when_naming():
    # Pasted three times, one note's phrase would outweigh what three different notes say.
    notes = ["Share the building with the advice service on Thursdays"] * 3 + [
        "Story sessions for toddlers at weekends", "Story sessions on Saturday mornings",
        "Weekend story sessions for families", "Baby rhyme sessions are too early"]
    assert describe(notes)[0] == "Story sessions"


def test_a_number_between_words_ends_a_phrase_and_units_are_no_key_words():
    notes = ["Bus 42 stops at 7pm", "Bus 42 stops running at 7pm", "Bus 42 stops at 6pm",
             "The bus is always late", "No bus after dark"]
    label, keywords = describe(notes)
    assert label == "Bus"  # never "Bus stops": in these notes "stops" is what it does
    assert "pm" not in keywords and "bus" in keywords


def test_a_late_note_is_offered_to_the_nearest_theme_or_to_none():
    groups = [TRANSPORT, WAITING, FORMS]
    index, similarity = nearest_clusters(["The bus never comes on time"], groups)[0]
    assert index == 0 and 0 < similarity <= 1
    assert nearest_clusters(["Another form to fill in, why"], groups)[0][0] == 2
    assert nearest_clusters(["Lovely sunny day outside"], groups)[0] is None
    assert nearest_clusters([""], groups)[0] is None
    assert nearest_clusters(["bus"], [])[0] is None


def test_near_duplicates_are_grouped_and_different_notes_are_not():
    texts = ["The bus is always late", "the bus is ALWAYS late!", "Bus always late",
             "Parking costs too much", "Forms are too long"]
    assert near_duplicates(texts) == [(0, 1, 2)]
    assert near_duplicates(["only one"]) == []
    assert near_duplicates(["the", "of the"]) == []


def test_a_vague_theme_between_clear_ones_is_dissolved_into_them():
    import numpy as np
    from sklearn.preprocessing import normalize

    from facilitator.core.analysis.clustering import _dissolve_vague

    rng = np.random.default_rng(3)
    axes = np.eye(6)
    clear = [normalize(axes[k] + rng.normal(0, 0.05, (20, 6))) for k in range(4)]
    # Notes of a theme built on a generic word: each leans towards one clear theme.
    vague = normalize(np.repeat(axes[:4], 5, axis=0) * 0.6 + axes[5] * 0.5
                      + rng.normal(0, 0.05, (20, 6)))
    space = np.vstack([*clear, vague])
    labels = np.repeat(np.arange(5), 20)
    result = _dissolve_vague(space, labels, min_size=3)
    assert set(result[:80].tolist()) == {0, 1, 2, 3}
    assert (result[:80] == labels[:80]).all()  # the clear themes are untouched
    assert 4 not in result  # the vague theme is gone ...
    leaning = np.repeat(np.arange(4), 5)
    assert (result[80:] == leaning).mean() >= 0.9  # ... its notes went where they lean


def test_a_clear_theme_beside_a_vague_one_stays_when_the_vague_one_goes():
    # Like "oracle, sql, tables" beside "data, sql, view": the vague theme's notes sit close
    # to the clear one, so the clear one looks vague too until the vague one is gone.
    import numpy as np
    from sklearn.preprocessing import normalize

    from facilitator.core.analysis.clustering import _dissolve_vague

    rng = np.random.default_rng(5)
    axes = np.eye(8)
    themes = [normalize(axes[k] + rng.normal(0, 0.05, (20, 8))) for k in range(6)]
    vague = normalize(axes[5] * 0.6 + axes[6] * 0.8 + rng.normal(0, 0.2, (20, 8)))
    space = np.vstack([*themes, vague])
    labels = np.repeat(np.arange(7), 20)
    result = _dissolve_vague(space, labels, min_size=3)
    assert (result[:120] == labels[:120]).all()  # every clear theme kept, the sixth too
    assert 6 not in result



def _products_and_neighbours(first_words, apart=0.0):
    """Four themes of 40 notes, close in meaning; the first theme's notes mean the same
    (two products of one kind, "SharePoint" and "Drupal"), its odd and even notes ``apart``
    in meaning, and use ``first_words(i, rng, shared)``."""
    import numpy as np
    from scipy import sparse
    from sklearn.preprocessing import normalize

    from facilitator.core.analysis.clustering import WordsAndMeaning

    rng = np.random.default_rng(4)
    axes = np.eye(8)
    shared = [10, 11, 12, 13, 14, 15]  # deploy, workflow, module, ...
    word_rows, meaning_rows = [], []
    for i in range(40):
        word_rows.append(first_words(i, rng, shared))
        meaning_rows.append(axes[0] + apart * axes[6 + i % 2] + rng.normal(0, 0.1, 8))
    for theme in (1, 2, 3):
        own = [20 + 4 * theme + j for j in range(4)]
        for _ in range(40):
            word_rows.append([*rng.choice(own, 2, replace=False), *rng.choice(shared, 1)])
            meaning_rows.append(axes[0] + 0.6 * axes[theme] + rng.normal(0, 0.1, 8))
    words = np.zeros((160, 40))
    for i, used in enumerate(word_rows):
        words[i, used] = 1.0
    space = WordsAndMeaning(sparse.csr_matrix(normalize(words)) * np.sqrt(0.35),
                            normalize(np.array(meaning_rows)) * np.sqrt(0.65))
    return space, np.repeat(np.arange(4), 40)


def test_a_theme_of_two_products_said_alike_is_split_by_their_own_words():
    from facilitator.core.analysis.clustering import _split_two_topics

    space, labels = _products_and_neighbours(
        lambda i, rng, shared: [i % 2, *rng.choice(shared, 1)])
    result = _split_two_topics(space, labels, 3)
    assert set(result[0:40:2].tolist()) != set(result[1:40:2].tolist())
    assert len(set(result[0:40:2].tolist())) == len(set(result[1:40:2].tolist())) == 1
    assert (result[40:] == labels[40:]).all()


def test_a_theme_whose_halves_differ_in_meaning_but_share_their_words_is_not_split():
    from facilitator.core.analysis.clustering import _split_two_topics

    # Two shades of one topic (a broad label's sub-topics), said with the same words.
    space, labels = _products_and_neighbours(
        lambda i, rng, shared: [*rng.choice(shared, 2, replace=False)], apart=1.0)
    assert _split_two_topics(space, labels, 3) is labels

def test_late_notes_offered_together_match_one_at_a_time():
    groups = [TRANSPORT, WAITING, FORMS]
    texts = ["The bus never comes on time", "Another form to fill in, why",
             "Lovely sunny day outside", "", "Waited on the phone all morning"]
    together = nearest_clusters(texts, groups)
    alone = [nearest_clusters([t], groups)[0] for t in texts]
    assert [n and n[0] for n in together] == [n and n[0] for n in alone] == [0, 2, None, None, 1]
    with_meaning = nearest_clusters(texts, groups, use_meaning=True)
    assert with_meaning[0][0] == 0 and with_meaning[1][0] == 2
    assert with_meaning[3] is None  # nothing to go on
    assert nearest_clusters(texts, [[], FORMS])[1][0] == 1  # an empty theme is never offered


# A table's worth of notes, as typed: the same topic in plurals and other words.
SMALL_TABLE = {
    "bus": ["The bus is late", "Buses stop at six", "No bus on Sundays",
            "Another bus cancelled"],
    "printing": ["Printing costs too much", "The printer is broken",
                 "Printers always jam", "Printing in colour please"],
    "wifi": ["The wifi drops upstairs", "Internet is too slow", "Wifi password never works",
             "No internet in the study room"],
    "toilets": ["Toilets are locked", "The toilet has no soap", "Toilets need cleaning",
                "Toilet door broken"],
    "loose": ["Thanks for the biscuits", "Clear and concise"],
}


def test_a_small_table_groups_plurals_and_near_synonyms():
    texts = [t for notes in SMALL_TABLE.values() for t in notes]
    result = cluster_texts(texts)
    groups = _groups(result, texts)
    for topic in ("bus", "printing", "wifi", "toilets"):
        notes = set(SMALL_TABLE[topic])
        best = max(groups, key=lambda g: len(g & notes))
        assert len(best & notes) >= 3 and len(best - notes) <= 1, (topic, groups)
    assert 3 <= len(result.clusters) <= 5
    for cluster in result.clusters:  # a phrase found in its own notes
        assert cluster.label.lower() in " ".join(texts[i].lower() for i in cluster.members)


def test_the_workshops_own_words_build_no_theme():
    # Every note names the place; a third also talk about the town's buses, the rest about
    # two other things. The place alone must not make a theme, or name one.
    place = "Bowling Green"
    notes = ([f"Bowling Green needs {x}" for x in (
        "more rental inspections", "rental inspections every year", "fewer bad landlords",
        "landlords held to account", "a register of rental homes")]
        + [f"In Bowling Green the {x}" for x in (
            "bus shelters leak", "buses stop too early", "bus route skips the hospital",
            "bus fares went up", "buses are always full")]
        + [f"Bowling Green {x}" for x in (
            "parks need more bins", "park benches are broken", "the park floods in winter",
            "parks close too early", "play park is unsafe")])
    result = cluster_texts(notes, context=("Bowling Green city conversation",), place=place)
    for cluster in result.clusters:
        assert "bowling" not in cluster.label.lower() and "green" not in cluster.label.lower()
        assert "bowling" not in cluster.keywords and "green" not in cluster.keywords
    groups = _groups(result, notes)
    for start in (0, 5, 10):
        topic = set(notes[start:start + 5])
        assert max(len(g & topic) for g in groups) >= 4, groups
    assert len(result.clusters) >= 3


# Thirty subjects of a town's services, each with words of its own.
TOWN = {
    "bus": "timetable driver fares route", "library": "books loans reading shelves",
    "parking": "meters permits spaces fines", "toilets": "soap cubicles flush hygiene",
    "wifi": "signal router password bandwidth", "housing": "rent landlord damp repairs",
    "police": "patrols officers crime reporting", "school": "teachers classes homework pupils",
    "doctor": "appointments surgery prescriptions receptionist",
    "pharmacy": "medicines chemist pills dispensing", "bins": "rubbish collection recycling lids",
    "park": "benches grass trees paths", "streetlights": "lamps dark bulbs lighting",
    "swimming pool": "lanes lifeguard changing chlorine", "market": "stalls traders produce fruit",
    "trains": "platform carriages station delays", "bridge": "river crossing railings traffic",
    "cycle lanes": "bikes cyclists helmets kerbs", "playground": "swings slides toddlers sandpit",
    "museum": "exhibits galleries paintings history", "cinema": "films screens tickets popcorn",
    "church hall": "bookings choir vicar jumble", "post office": "parcels stamps queue counter",
    "bakery": "bread cakes ovens pastries", "dentist": "teeth fillings braces hygienist",
    "hospital": "wards nurses beds surgeons", "fire station": "engines firefighters alarms hoses",
    "allotments": "vegetables plots sheds compost", "football pitch": "goals referee league mud",
    "harbour": "boats fishing moorings pier",
}


def _synthetic_topics(count: int, each: int, seed: int = 5) -> list[str]:
    """``count`` topics of ``each`` notes, each note its subject and two of its words."""
    rng = random.Random(seed)
    texts = []
    for subject, words in list(TOWN.items())[:count]:
        for _ in range(each):
            first, second = rng.sample(words.split(), 2)
            ending = rng.choice(["again", "today", "please", "always"])
            texts.append(f"The {subject}: {first} and {second} {ending}")
    return texts


@pytest.mark.parametrize("count", [3, 8, 30])
def test_the_number_of_themes_follows_the_notes(count):
    texts = _synthetic_topics(count, 8)
    found = len(cluster_texts(texts).clusters)
    assert 0.6 * count <= found <= 1.6 * count, (count, found)


def test_the_neighbourhood_keeps_growing_with_the_notes_up_to_ten_thousand():
    # Held at one count while the notes grow, each neighbourhood would become a smaller
    # share of its topic and a large import would split into ever more themes.
    from math import sqrt

    from facilitator.core.analysis.clustering import neighbours

    counts = [20, 500, 2_000, 3_600, 5_000, 10_000]
    found = [neighbours(n) for n in counts]
    assert found == sorted(found) and len(set(found)) == len(found)
    assert abs(found[-1] / sqrt(10_000) - found[2] / sqrt(2_000)) < 0.01



@pytest.mark.parametrize("count, chunk", [(9, 1000), (250, 1000), (1_000, 300), (2_003, 700)])
def test_each_notes_nearest_are_those_a_full_sort_gives_equal_similarities_included(
        monkeypatch, count, chunk):
    # Whole-number rows multiply exactly, so equal similarities are equal however they are
    # worked out; a few notes typed twice make more. The nearest are looked for among a few
    # groups of columns, a block of rows at a time: they must be each row's stable sort's.
    import numpy as np

    from facilitator.core.analysis import clustering

    monkeypatch.setattr(clustering, "NEIGHBOUR_CHUNK", chunk)
    rng = np.random.default_rng(count)
    rows = rng.integers(-3, 4, size=(count, 8)).astype(np.float32)
    rows[count // 2:count // 2 + 4] = rows[1]
    k = min(clustering.neighbours(count), count - 1)
    nearest, similar = clustering._nearest(rows, k)
    products = rows @ rows.T
    np.fill_diagonal(products, -np.inf)
    expected = np.argsort(-products, axis=1, kind="stable")[:, :k]
    assert np.array_equal(nearest, expected)
    assert np.array_equal(similar, np.take_along_axis(products, expected, axis=1))


# --- a note's reading, kept like its vectors ---------------------------------------------


def test_a_kept_reading_is_the_reading_made_afresh_with_or_without_the_workshops_words():
    from facilitator.core.analysis import theme_names
    from facilitator.core.analysis.clustering import context_words

    texts = TRANSPORT + WAITING + ["Library card renewals online", "Library opening hours"]
    ignored = context_words(("The library and its opening hours",))
    banned = context_words(("Scottsville",))
    for words in ((frozenset(), frozenset()), (ignored, banned)):
        theme_names.forget()
        fresh = theme_names.read_notes(texts, "en", *words)
        kept = theme_names.read_notes(texts, "en", *words)  # found kept, or re-read
        assert kept == fresh
        theme_names.forget()
        theme_names.read_notes(texts, "en")  # kept in no workshop's terms
        assert theme_names.read_notes(texts, "en", *words) == fresh
    assert any(note.tokens != plain.tokens for note, plain in zip(
        theme_names.read_notes(texts, "en", ignored, banned), theme_names.read_notes(texts),
        strict=True))  # the workshop's words did change some notes
    theme_names.forget()


def test_themes_are_the_same_whether_the_notes_were_read_ahead_or_not():
    from facilitator.core.analysis import meaning, theme_names

    texts = TRANSPORT + WAITING + FORMS
    meaning.forget()
    cold = cluster_texts(texts, context=("Getting to the clinic",), place="Leeds")
    assert theme_names._kept  # reading kept for the next suggestion
    meaning.forget()
    assert not theme_names._kept  # forgotten with the vectors when the workshop closes
    meaning.prepare(texts, "en")
    assert len(theme_names._kept) == len(set(texts))  # read while notes are captured
    assert cluster_texts(texts, context=("Getting to the clinic",), place="Leeds") == cold
    meaning.forget()


def test_only_so_many_readings_are_kept_and_preparing_can_be_stopped(monkeypatch):
    from facilitator.core.analysis import theme_names

    theme_names.forget()
    monkeypatch.setattr(theme_names, "KEPT", 3)
    texts = [f"Note number {i} about buses" for i in range(5)]
    theme_names.prepare(texts, "fr")
    assert list(theme_names._kept) == [(text, "fr") for text in texts[2:]]
    assert theme_names.read_notes(texts, "fr") == theme_names.read_notes(texts, "fr")
    theme_names.forget()
    monkeypatch.setattr(theme_names, "PREPARE_BATCH", 2)

    class Closing(Exception):
        pass

    def stop(done, total):
        raise Closing

    with pytest.raises(Closing):
        theme_names.prepare(texts, "en", stop)
    assert list(theme_names._kept) == [(text, "en") for text in texts[:2]]  # kept so far
    theme_names.forget()
    assert not theme_names._kept
