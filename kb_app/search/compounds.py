"""Split Dutch compounds so that a search for a part finds the whole word.

Dutch writes compounds as one word: ``arbeidsmarktdiscriminatie``, ``laaggeletterdheid``. At index
time every long word is split against a lexicon of words that occur on their own in the library
(plus the vocabulary), and the parts go into a separate, lightly weighted field. A search for
``discriminatie`` then finds ``arbeidsmarktdiscriminatie`` without an n-gram field (which would
multiply the index size and blur ranking). A split is accepted only when both sides are known
words (after dropping a linking ``s``, ``e`` or ``en``), so ``discriminatie`` is never cut into
``discrimi`` + ``natie``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import chain

from kb_app.search.analysis import fold

MIN_PART = 4
MIN_COMPOUND = 8
_LINKS = ("s", "en", "e")


class _Memo(dict):
    def __init__(self, compute: Callable[[str], tuple[str, ...]]) -> None:
        super().__init__()
        self.compute = compute

    def __missing__(self, word: str) -> tuple[str, ...]:
        value = self[word] = self.compute(word)
        return value


class Decompounder:
    def __init__(self, lexicon: Iterable[str]) -> None:
        self.lexicon = frozenset(word for word in lexicon if len(word) >= MIN_PART)
        self._split = lru_cache(maxsize=50_000)(self._split_uncached)
        self._written = _Memo(lambda word: self._split(fold(word)))

    def _known(self, part: str) -> str | None:
        if part in self.lexicon:
            return part
        for link in _LINKS:
            if part.endswith(link) and part[: -len(link)] in self.lexicon:
                return part[: -len(link)]
        return None

    def _split_uncached(self, word: str) -> tuple[str, ...]:
        if len(word) < MIN_COMPOUND:
            return ()
        # The longest known tail wins: arbeidsmarkt|discriminatie, not ...|natie.
        for cut in range(MIN_PART, len(word) - MIN_PART + 1):
            head, tail = word[:cut], word[cut:]
            known_head = self._known(head)
            if tail in self.lexicon and known_head:
                parts = [known_head, tail, *self._split(known_head), *self._split(tail)]
                return tuple(dict.fromkeys(parts))
        return ()

    def parts(self, word: str) -> tuple[str, ...]:
        """The known words inside ``word`` (folded), or () when it is not a compound."""
        return self._split(word)

    def parts_of_words(self, written: Iterable[str]) -> list[str]:
        """The parts of each word as written (not folded), in order, repeats included. Each
        distinct word is folded and split once: the index asks for every word of a library."""
        return list(chain.from_iterable(map(self._written.__getitem__, written)))
