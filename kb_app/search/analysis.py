"""Dutch text analysis shared by the index and by queries, so both see the same terms.

Steps: split into words, lower-case, fold accents (``financiën`` = ``financien``), drop Dutch stop
words, stem. Stemming uses snowballstemmer's classic Dutch (Porter) algorithm, not the newer
Kraaij-Pohlmann one that 3.x calls ``dutch``: the newer one strips ``ge-`` inside words, so that
``begeleiding`` became ``beleid`` and ``gezin`` became ``zin`` — wrong matches a professional
notices at once. The classic stemmer is normalised afterwards (plural ``-ies``/``-jes``, doubled
final consonants and vowels, final ``z``) and corrected by an override list for words it confuses,
such as ``ouders`` (parents) and ``ouderen`` (the elderly).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

import snowballstemmer

WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)

# Snowball's Dutch stop list, as Whoosh ships it, plus clitics that tokenising leaves behind.
STOP_WORDS = frozenset(
    [
        "aan",
        "al",
        "alles",
        "als",
        "altijd",
        "andere",
        "ben",
        "bij",
        "daar",
        "dan",
        "dat",
        "de",
        "der",
        "deze",
        "die",
        "dit",
        "doch",
        "doen",
        "door",
        "dus",
        "een",
        "eens",
        "en",
        "er",
        "ge",
        "geen",
        "geweest",
        "haar",
        "had",
        "heb",
        "hebben",
        "heeft",
        "hem",
        "het",
        "hier",
        "hij",
        "hoe",
        "hun",
        "iemand",
        "iets",
        "ik",
        "in",
        "is",
        "ja",
        "je",
        "kan",
        "kon",
        "kunnen",
        "maar",
        "me",
        "meer",
        "men",
        "met",
        "mij",
        "mijn",
        "moet",
        "na",
        "naar",
        "niet",
        "niets",
        "nog",
        "nu",
        "of",
        "om",
        "omdat",
        "onder",
        "ons",
        "ook",
        "op",
        "over",
        "reeds",
        "te",
        "tegen",
        "toch",
        "toen",
        "tot",
        "u",
        "uit",
        "uw",
        "van",
        "veel",
        "voor",
        "want",
        "waren",
        "was",
        "wat",
        "werd",
        "wezen",
        "wie",
        "wil",
        "worden",
        "wordt",
        "zal",
        "ze",
        "zelf",
        "zich",
        "zij",
        "zijn",
        "zo",
        "zonder",
        "zou",
        "s",
        "t",
    ]
)

# Words the stemmer gets wrong in a way that changes meaning: word -> the term to index instead.
STEM_OVERRIDES = {
    "ouderen": "ouderen",
    "oudere": "ouderen",  # the elderly, never "ouder(s)" (parents)
    "ouders": "ouder",
    "ouder": "ouder",
    "mens": "mens",
    "mensen": "mens",  # the stemmer makes "mens" into "men"
    "media": "media",
    "weer": "weer",  # "again", kept apart from weerbaar(heid)
}

_stemmer = snowballstemmer.stemmer("dutch_porter")
_DOUBLE_CONSONANT = re.compile(r"([bcdfghjklmnpqrstvwxz])\1$")
_DOUBLE_VOWEL = re.compile(r"([aeou])\1")


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Lower-case and strip accents: ``Financiën`` -> ``financien``. Cached: a library has a few
    thousand distinct words, seen millions of times while indexing and making snippets."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """The index term for one folded word."""
    if word in STEM_OVERRIDES:
        return STEM_OVERRIDES[word]
    if word.isdigit() or len(word) <= 3:
        return word
    base = word
    if base.endswith(("ies", "jes")):  # interventies, maatjes: the stemmer leaves the -s on
        base = base[:-1]
    result = _stemmer.stemWord(base)
    result = _DOUBLE_CONSONANT.sub(r"\1", result)
    result = _DOUBLE_VOWEL.sub(r"\1", result)  # school/scholen, taal/talen
    if result.endswith("z"):  # huizen -> huiz ~ huis
        result = result[:-1] + "s"
    return result


def words(text: str) -> Iterator[tuple[str, int, int]]:
    """(folded word, start, end) for every word in ``text``; offsets index into ``text``."""
    for match in WORD_RE.finditer(text):
        yield fold(match.group()), match.start(), match.end()


def terms(text: str) -> list[str]:
    """The stemmed, stop-word-free index terms of ``text``, in order."""
    return [stem(word) for word, _, _ in words(text) if word not in STOP_WORDS]
