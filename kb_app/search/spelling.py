"""Candidate corrections for a misspelled word: every indexed word within an edit distance.

Whoosh's ``terms_within`` walks a Levenshtein automaton over the term file in pure Python; on
this machine that took about 60 ms per word on 108 interventions and grows with the vocabulary.
Here the words are held in memory with an index of their letter pairs (bigrams, with start and
end markers). A word within ``k`` edits of the query keeps all but at most ``2k`` of the query's
distinct bigrams, so only words sharing that many are checked with a real (banded) Levenshtein
distance. The result is the same set of words ``terms_within`` gives. Shared letter pairs are
counted with their multiplicity and words of the wrong length are skipped, so a word made of one
repeated letter (``eeeeeeeee``) no longer makes every word a candidate.

``KnownWords`` holds Dutch and English words from Hunspell dictionaries (see
``build/wordlists.py``): a real word the library lacks (``burn-out``, ``debt``) is never
"corrected" into a library word.
"""

from __future__ import annotations

import gzip
from collections import Counter
from collections.abc import Iterable, Iterator
from importlib import resources


def _bigrams(word: str) -> Counter[str]:
    padded = f"^{word}$"
    return Counter(padded[i : i + 2] for i in range(len(padded) - 1))


def _rows(a: str, b: str) -> Iterator[list[int]]:
    """The rows of the Levenshtein table of ``a`` against ``b``, one per letter of ``a``."""
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        yield current
        previous = current


def distance(a: str, b: str) -> int:
    """Levenshtein distance (short words: ranks a handful of candidates)."""
    last = list(range(len(b) + 1))
    for row in _rows(a, b):
        last = row
    return last[-1]


def within_distance(a: str, b: str, limit: int) -> bool:
    """Whether the Levenshtein distance of ``a`` and ``b`` is at most ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return False
    last = list(range(len(b) + 1))
    for last in _rows(a, b):
        if min(last) > limit:  # every later row is at least this: stop early
            return False
    return last[-1] <= limit


class SpellIndex:
    """The words of one field, findable by approximate spelling."""

    def __init__(self, words: Iterable[str]) -> None:
        self._words = sorted(set(words))
        self._lengths = [len(word) for word in self._words]
        # Postings hold (word number, count) with the count only when a pair repeats; plain
        # loops instead of a Counter per word make this about three times cheaper.
        postings: dict[str, list[int]] = {}
        repeats: dict[tuple[str, int], int] = {}
        for number, word in enumerate(self._words):
            padded = f"^{word}$"
            seen: set[str] = set()
            for i in range(len(padded) - 1):
                gram = padded[i : i + 2]
                if gram in seen:
                    repeats[gram, number] = repeats.get((gram, number), 1) + 1
                else:
                    seen.add(gram)
                    postings.setdefault(gram, []).append(number)
        self._postings = postings
        self._repeats = repeats

    def within(self, word: str, maxdist: int) -> list[str]:
        """Every known word within ``maxdist`` edits of ``word`` (``word`` itself included)."""
        # One edit changes at most two of the len + 1 padded letter pairs, counted with
        # multiplicity: a word within k edits shares at least len + 1 - 2k of them.
        needed = len(word) + 1 - 2 * maxdist
        low, high = len(word) - maxdist, len(word) + maxdist
        lengths = self._lengths
        shared: Counter[int] = Counter()
        repeats = self._repeats
        for gram, wanted in _bigrams(word).items():
            for number in self._postings.get(gram, ()):
                if low <= lengths[number] <= high:
                    shared[number] += (
                        min(wanted, repeats.get((gram, number), 1)) if wanted > 1 else 1
                    )
        if needed <= 0:  # too short to filter on shared pairs: check every word of a fit length
            candidates: Iterable[int] = (n for n, size in enumerate(lengths) if low <= size <= high)
        else:
            candidates = [number for number, count in shared.items() if count >= needed]
        return [
            self._words[n] for n in candidates if within_distance(word, self._words[n], maxdist)
        ]


# Inflections stripped before looking a word up in the dictionaries, which hold base forms.
_ENDINGS = ("'s", "s", "en", "e", "n", "d", "t", "de", "te", "er", "st", "es", "ed", "ing", "ly")


class KnownWords:
    """Real Dutch and English words (folded, four letters or more), read on first use.

    The list is a sorted, newline-separated file of about 2.5 MB, shipped gzipped (0.8 MB: the
    bundle has a size budget); it is kept as bytes and searched by bisection (about 20 steps),
    which costs little to load compared with building a set of 230,000 strings.
    """

    def __init__(self, data: bytes | None = None) -> None:
        self._data = data

    def _load(self) -> bytes:
        if self._data is None:
            try:
                path = resources.files("kb_app.search").joinpath("known_words.txt.gz")
                self._data = gzip.decompress(path.read_bytes())
            except (OSError, EOFError):  # a damaged install: correct as before, never fail
                self._data = b""
        return self._data

    def _has(self, word: str) -> bool:
        data, target = self._load(), word.encode("utf-8")
        low, high = 0, len(data)
        while low < high:
            mid = (low + high) // 2
            start = data.rfind(b"\n", 0, mid) + 1
            end = data.find(b"\n", start)
            end = len(data) if end < 0 else end
            line = data[start:end]
            if line == target:
                return True
            if line < target:
                low = end + 1
            else:
                high = start
        return False

    def __contains__(self, word: str) -> bool:
        if self._has(word):
            return True
        stripped = word[2:] if word.startswith("ge") and len(word) > 6 else word
        return (stripped != word and self._has(stripped)) or any(
            stripped.endswith(end) and self._has(stripped[: -len(end)])
            for end in _ENDINGS
            if len(stripped) - len(end) >= 4
        )
