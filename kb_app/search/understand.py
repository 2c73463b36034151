"""Understanding typed words beyond the stemmer, against what the index itself contains.

Three repairs, each applied only where the plain word falls short, and each recorded on the
concept so that the explanation can say what happened:

- **Names typed apart or hyphenated** (``voorlees express``, ``kanjer-training``): adjacent words
  whose joined form is a word of a title or alias become one concept for that name; the separate
  words still count as a phrase.
- **Other forms of a word** (``vereenzaamd``, ``gepest``, ``racist``, ``gediscrimineerd``): when
  the word's stem is absent from the index, forms the Dutch stemmer does not relate are tried
  (participle ``ge-…-d/t`` to verb, ``-eren`` to ``-ing``/``-atie``, ``-ist`` to ``-isme``,
  ``-heid`` dropped, the prefix ``ver-`` dropped) and those the index knows are kept.
- **Compounds the library writes apart** (``schuldenproblematiek``, ``pestgedrag``): when the
  whole word is rare or absent, it is split into known words of the library. The whole word keeps
  its weight; the parts count for less.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from kb_app.search.analysis import stem
from kb_app.search.compounds import MIN_PART
from kb_app.search.query import Concept

RARE = 1  # a stem in at most this many documents is "rare": its compound parts may help
MAX_JOIN = 3  # words joined into one name at most
MAX_WORD = 30  # longer "words" are no Dutch word: not split or varied (bounds the work)
MAX_REPAIRED = 4  # unknown words per query tried for other forms and parts (bounds the work)
# Prefixes that make a verb from an adjective or noun (vereenzamen, bestrijden): dropped last.
_VERB_PREFIXES = ("ver", "be", "ont")
_VOWELS = "aeiou"


def _shorten(root: str) -> str:
    """Dutch spelling before a vowel suffix: eenzaam + en -> eenzamen (one vowel, open syllable)."""
    if len(root) >= 3 and root[-1] not in _VOWELS and root[-2] == root[-3] and root[-2] in _VOWELS:
        return root[:-2] + root[-1]
    return root


def _roots(word: str) -> list[str]:
    """Possible verb or noun roots inside a derived or inflected ``word``."""
    roots = [word]
    if word.startswith("ge") and word.endswith(("d", "t")) and len(word) > 5:
        roots += [word[2:], word[2:-1]]  # gepest -> pest, gemeld -> meld
    elif word.endswith(("d", "t")) and len(word) > 5:
        roots.append(word[:-1])  # vereenzaamd -> vereenzaam
    for ending in ("heid", "ing", "isme", "ist", "isch", "de", "te"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            roots.append(word[: -len(ending)])
    roots += [
        r[len(p) :]
        for r in list(roots)
        for p in _VERB_PREFIXES
        if r.startswith(p) and len(r) - len(p) >= 4
    ]
    if word.endswith(("isten", "istische", "istisch")):  # racisten, racistisch -> racisme
        roots.append(word[: word.rindex("ist")])
    return list(dict.fromkeys(roots))


def forms(word: str) -> list[str]:
    """Words the same concept is often written as (not all real: the index filters them)."""
    out: list[str] = []
    for root in _roots(word):
        short = _shorten(root)
        out += [root, short + "en", short + "ing", root + "heid", root + "isme", root + "ist"]
        if root.endswith("eer"):  # discrimineer -> discriminatie, radicaliseer -> -isering
            out += [root[:-3] + "atie", root[:-3] + "ering", root[:-3] + "eren"]
        if root.endswith("iseer"):
            out.append(root[:-5] + "isme")
    return [f for f in dict.fromkeys(out) if f != word and len(f) >= 4]


class Understanding:
    """Applies the three repairs using the index's own words.

    ``stem_count(stem)`` is how many documents contain a stem (compounds are split into parts
    the index knows); ``is_name_word(word)`` whether a folded word occurs in a title or alias.
    """

    def __init__(
        self, stem_count: Callable[[str], int], is_name_word: Callable[[str], bool]
    ) -> None:
        self._count = lru_cache(maxsize=50_000)(stem_count)
        self._is_name_word = is_name_word
        self.variants = lru_cache(maxsize=20_000)(self._variants)
        self._parts = lru_cache(maxsize=20_000)(self._split)

    def refine(self, concepts: list[Concept]) -> list[Concept]:
        concepts = self._join_names(concepts)
        budget = [MAX_REPAIRED]  # a query of a dozen unknown words repairs only the first few
        return [self._refine_one(c, budget) for c in concepts]

    def _join_names(self, concepts: list[Concept]) -> list[Concept]:
        out: list[Concept] = []
        index = 0
        while index < len(concepts):
            joined = None
            for size in range(min(MAX_JOIN, len(concepts) - index), 1, -1):
                group = concepts[index : index + size]
                if any(c.phrase or c.prefix or len(c.surface) != 1 for c in group):
                    continue
                word = "".join(c.surface[0] for c in group)
                if self._is_name_word(word):
                    typed = tuple(c.surface[0] for c in group)
                    joined = Concept(
                        surface=(word,),
                        stems=(stem(word),),
                        joined=typed,
                        alternatives=(tuple(stem(w) for w in typed),),
                    )
                    index += size
                    break
            if joined is None:
                joined = concepts[index]
                index += 1
            out.append(joined)
        return out

    def _refine_one(self, concept: Concept, budget: list[int]) -> Concept:
        if (
            concept.phrase
            or concept.prefix
            or concept.joined
            or len(concept.surface) != 1
            or concept.tag_ids
            or concept.alternatives
        ):  # the vocabulary knows it already
            return concept
        word = concept.surface[0]
        if len(word) > MAX_WORD or word.isdigit():
            return concept
        count = self._count(concept.stems[0])
        if count > RARE:
            return concept
        if budget[0] <= 0:
            return concept
        budget[0] -= 1
        if count:
            return self._with_parts(concept, word)
        variants = self.variants(word)
        if variants:
            return replace(
                concept, variants=tuple(s for s, _ in variants), shown=tuple(w for _, w in variants)
            )
        return self._with_parts(concept, word)

    def _with_parts(self, concept: Concept, word: str) -> Concept:
        parts = self._parts(word)
        return replace(concept, parts=tuple(s for s, _ in parts), shown=tuple(w for _, w in parts))

    def _variants(self, word: str) -> tuple[tuple[str, str], ...]:
        """(stem, word) for up to three other forms of ``word`` that the index knows."""
        own, found = stem(word), {}
        for form in forms(word):
            if stem(form) != own and stem(form) not in found and self._count(stem(form)):
                found[stem(form)] = form
        return tuple(found.items())[:3]

    def _known(self, part: str) -> str | None:
        """``part`` (or ``part`` without a linking s/e/en) when the index has its stem."""
        for candidate in (
            part,
            *(part[: -len(link)] for link in ("s", "en", "e") if part.endswith(link)),
        ):
            if len(candidate) >= MIN_PART - 1 and self._count(stem(candidate)):
                return candidate
        return None

    def _split(self, word: str) -> tuple[tuple[str, str], ...]:
        """(stem, word) of a two-part split into words the index knows; the longest tail wins
        (arbeidsmarkt|discriminatie), as in the index-side splitter."""
        for cut in range(MIN_PART - 1, len(word) - MIN_PART + 1):
            head, tail = word[:cut], word[cut:]
            if len(tail) < MIN_PART or not self._count(stem(tail)):
                continue
            known_head = self._known(head)
            if known_head:
                return tuple({stem(known_head): known_head, stem(tail): tail}.items())
        return ()
