"""Words for clustering and labels, in English and in French."""

from facilitator.core.analysis.language import fold, stop_words, tokenize


def test_fold_removes_case_and_accents_and_ligatures():
    assert fold("Élève À l'Hôpital") == "eleve a l'hopital"
    assert fold("Œuvre") == "oeuvre"


def test_english_drops_stop_words_numbers_and_single_letters():
    assert tokenize("The bus to the 3 clinic is a bit late") == ["bus", "clinic", "bit", "late"]


def test_words_are_reduced_to_their_stem_in_each_language():
    assert tokenize("forms form waiting waited") == ["form", "form", "wait", "wait"]
    assert tokenize("hôpitaux hôpital formulaires formulaire", "fr") == [
        "hopital", "hopital", "formulair", "formulair"]


def test_french_elision_is_split_off_with_straight_and_curly_apostrophes():
    assert tokenize("L'accueil d'urgence qu'on attend", "fr") == ["accueil", "urgenc", "attend"]
    assert tokenize("l’accueil jusqu’à l’hôpital", "fr") == ["accueil", "hopital"]


def test_french_stop_words_apply_to_french_workshops_only():
    assert "avec" in stop_words("fr")
    assert "avec" not in stop_words("en")
    assert tokenize("avec le médecin", "fr") == ["medecin"]


def test_french_fillers_are_dropped_as_their_english_ones_are():
    # "Ouvrir le dimanche, même juste de 10h à 13h" and "Pas de pénalités, juste des rappels"
    # share a filler, not a topic: "just", "only", "really" are English stop words.
    assert tokenize("même juste le dimanche", "fr") == ["dimanch"]
    assert tokenize("seulement vraiment déjà plutôt des rappels", "fr") == ["rappel"]
    assert tokenize("just only really reminders", "en") == ["remind"]


def test_an_unknown_language_falls_back_to_english():
    assert stop_words("de") == stop_words("en")


def test_emoji_rtl_and_control_characters_do_not_break_tokenising():
    assert tokenize("🚌 bus\x00late\u200f مرحبا") == ["bus", "late", "مرحبا"]
    assert tokenize("") == []
    assert tokenize("!!! ... ???") == []


