"""Words of a note, for grouping and labelling: English and French.

Notes are short and written fast, so the rules are simple and forgiving: lower case, accents
folded (``intérêt`` and ``interet`` are the same word), French elision split off (``l'école``
is ``école``), apostrophes of either kind, numbers and one-letter words dropped, and the
common words of each language (and of workshop talk) left out. Words are reduced to their stem
with the Snowball stemmers (``forms`` and ``form``, ``hôpitaux`` and ``hôpital`` are one word);
labels show the way people wrote the word.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

from facilitator.core.domain.terms import LANGUAGES  # noqa: F401  (the languages handled here)

_ENGLISH = """
a about above after again against all almost also am an and any are aren arent around as at
be because been before being below between both but by can cannot cant could couldn couldnt
did didn didnt do does doesn doesnt doing don dont down during each either else even ever
every few for from further get gets getting got had hadn hadnt has hasn hasnt have haven
havent having he her here hers herself him himself his how however i if im in into is isn
isnt it its itself ive just let lets like ll made make makes many may me might more most
much must mustn my myself need needs no nor not now of off often on once one only or other
others our ours ourselves out over own really re same say says seem seems shall shan she
should shouldn shouldnt since so some still such than that thats the their theirs them
themselves then there theres these they theyre thing things this those though through thus
to too under until up upon us use used using ve very via was wasn wasnt way we were weren
what whats when where whether which while who whom whose why will with within without won
wont would wouldn wouldnt yes yet you your youre yours yourself yourselves
"""

_FRENCH = """
a ai aie aient aies ait alors as au aucun aucune aupres auquel aura aurai auraient aurais
aurait auras aurez auriez aurions aurons auront aussi autre autres aux auxquelles auxquels
avaient avais avait avant avec avez aviez avions avoir avons ayant ayez ayons bien c ca ce
ceci cela celle celles celui cependant certain certaine certaines certains ces cet cette
ceux chaque chez ci comme comment contre d dans de des desquelles desquels deux devant doit
donc dont du duquel elle elles en encore entre es est et etaient etais etait etant etc ete
etes etiez etions etre eu eue eues eumes eurent eus eusse eussent eusses eussiez eussions
eut eutes eux faire fais fait faut fois font furent fus fusse fussent fusses fussiez
fussions fut futes ici il ils j je jusqu jusque l la laquelle le lequel les lesquelles
lesquels leur leurs lors lorsqu lorsque lui m ma mais me meme memes mes moi mon n ne ni non
nos notre nous on ont or ou par parce pas peu peut peuvent peux plus pour pourquoi qu quand
que quel quelle quelles quels qui quoi s sa sans se sera serai seraient serais serait seras
serez seriez serions serons seront ses si sien sienne soi soient sois soit sommes son sont
sous soyez soyons suis sur t ta tandis te tes toi ton tous tout toute toutes tres trop tu
un une unes uns va vais vas vers voici voila vont vos votre vous y
deja ainsi ensuite juste maintenant oui plutot presque puis seulement vraiment
"""

# Words that every workshop note uses and that say nothing about its theme.
_WORKSHOP = {
    "en": "think feel want wish would maybe lot lots people person someone something sometimes "
          "always never time times day days good bad better worse",
    "fr": "pense pensons trouve voudrais voudrait faudrait gens quelqu quelque chose choses "
          "toujours jamais parfois souvent fois jour jours bon bonne mauvais mieux beaucoup "
          "besoin veux veut veulent pourrait pourraient devrait devraient",
}

ELISION = re.compile(r"\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’ʼ]", re.IGNORECASE)
WORD = re.compile(r"[^\W\d_]+(?:[-+#.][^\W\d_]+)*[+#]*")


def fold(text: str) -> str:
    """Lower case without accents: ``Élève`` -> ``eleve``; ``œ`` -> ``oe``."""
    text = text.casefold().replace("œ", "oe").replace("æ", "ae")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=8)
def stop_words(language: str) -> frozenset[str]:
    """The words left out for a language (unknown languages get the English list)."""
    base = _FRENCH if language == "fr" else _ENGLISH
    words = set(base.split()) | set(_WORKSHOP.get(language, _WORKSHOP["en"]).split())
    # Both lists apply a little to the other language: workshops mix them.
    words |= set((_ENGLISH if language == "fr" else _FRENCH).split()) & _SHARED_SAFE
    return frozenset(fold(w) for w in words)


# Short function words that are safe to drop in either language.
_SHARED_SAFE = {"a", "de", "la", "le", "les", "des", "du", "et", "the", "of", "and", "to", "is"}


def tokenize(text: str, language: str = "en") -> list[str]:
    """The meaningful words of ``text`` in order, folded for comparison."""
    stops = stop_words(language)
    text = ELISION.sub(" ", text)
    words = []
    for match in WORD.finditer(fold(text)):
        word = match.group().strip(".-")
        if len(word) < 2 or word in stops:
            continue
        words.append(stem(word, language))
    return words


_STEMMERS = {"en": "english", "fr": "french"}


@lru_cache(maxsize=65536)
def stem(word: str, language: str = "en") -> str:
    """The Snowball stem of a folded word (unknown languages use English)."""
    return _stemmer(language).stemWord(word)


@lru_cache(maxsize=8)
def _stemmer(language: str):
    return snowballstemmer.stemmer(_STEMMERS.get(language, "english"))


