"""Turn what a user typed into concepts, without ever exposing a query syntax.

The text is split into words (quotes make a phrase); operators, field names and wildcards are just
words. Stop words and generic words ("interventies", "aanpak") are dropped unless nothing else is
left. Runs of words that match a vocabulary label or synonym ("statushouders", "sociaal
isolement") become one concept that also carries the vocabulary term ids and the other synonyms, so
the search can find documents tagged with, or written in, any of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kb_app.core.model import Vocabulary
from kb_app.search.analysis import STOP_WORDS, stem, words

EXPANDED_SECTIONS = ("target_groups", "themes", "conditions", "kinds")
# Only these sections hold true synonyms ("statushouders" = "nieuwkomers"). Theme and condition
# synonyms are merely related words ("schulden" under sociale basis): matching them would make
# "eenzaam" find every sociale-basis document, so only their labels match the tag.
SYNONYM_SECTIONS = ("target_groups", "kinds")
MAX_QUERY_CHARS = 500  # longer input is cut: nobody types more, and it bounds the work
MAX_CONCEPTS = 12
_QUOTED = re.compile(r'"([^"]+)"')


@dataclass(frozen=True)
class Concept:
    """One thing the user asked for: a word, a quoted phrase, or a vocabulary term."""

    surface: tuple[str, ...]  # folded words as typed
    stems: tuple[str, ...]
    phrase: bool = False  # quoted by the user: the words must stand together
    tag_ids: frozenset[str] = frozenset()
    alternatives: tuple[tuple[str, ...], ...] = ()  # stem tuples of synonyms
    prefix: bool = False  # the word is still being typed

    @property
    def text(self) -> str:
        return " ".join(self.surface)


@dataclass(frozen=True)
class ParsedQuery:
    concepts: tuple[Concept, ...]
    dropped: tuple[str, ...] = ()  # generic words that were made optional

    @property
    def empty(self) -> bool:
        return not self.concepts


@dataclass
class SynonymTable:
    """Vocabulary labels and synonyms as stem tuples -> the term ids they name."""

    phrases: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    by_term: dict[str, set[tuple[str, ...]]] = field(default_factory=dict)  # synonym sections
    longest: int = 1

    @classmethod
    def from_vocabulary(cls, vocabulary: Vocabulary) -> SynonymTable:
        table = cls()
        for section in EXPANDED_SECTIONS:
            for term in vocabulary.terms(section):
                names = (term.label, *term.synonyms) if section in SYNONYM_SECTIONS else \
                    (term.label, term.id.replace("-", " "))
                for text in names:
                    stems = tuple(stem(w) for w, _, _ in words(text) if w not in STOP_WORDS
                                  and not w.isdigit())
                    if not stems:
                        continue
                    table.phrases.setdefault(stems, set()).add(term.id)
                    if section in SYNONYM_SECTIONS:
                        table.by_term.setdefault(term.id, set()).add(stems)
                    table.longest = max(table.longest, len(stems))
        return table

    def expand(self, stems: tuple[str, ...], surface: tuple[str, ...],
               phrase: bool = False) -> Concept:
        term_ids = frozenset(self.phrases.get(stems, ()))
        alternatives: set[tuple[str, ...]] = set()
        for term_id in term_ids:
            alternatives.update(self.by_term.get(term_id, ()))
        alternatives.discard(stems)
        return Concept(surface=surface, stems=stems, phrase=phrase or len(stems) > 1,
                       tag_ids=term_ids, alternatives=tuple(sorted(alternatives)))


def parse(text: str, synonyms: SynonymTable, generic: frozenset[str] = frozenset(),
          prefix_last: bool = False) -> ParsedQuery:
    text = (text or "")[:MAX_QUERY_CHARS]
    concepts: list[Concept] = []
    for stems, surface in _quoted_phrases(text):
        concepts.append(synonyms.expand(stems, surface, phrase=len(stems) > 1))
    rest = _QUOTED.sub(" ", text)
    typed = [w for w, _, _ in words(rest)]
    still_typing = prefix_last and bool(rest) and not rest[-1].isspace() and bool(typed)
    kept = [w for w in typed if w not in STOP_WORDS]
    content_words = [w for w in kept if w not in generic]
    dropped = tuple(w for w in kept if w in generic) if content_words or concepts else ()
    if content_words or concepts:
        kept = content_words
    concepts.extend(_match_words(kept, synonyms))
    if still_typing and concepts and typed[-1] == concepts[-1].surface[-1]:
        last = concepts[-1]
        if len(last.surface) == 1:
            concepts[-1] = Concept(surface=last.surface, stems=last.stems, prefix=True,
                                   tag_ids=last.tag_ids, alternatives=last.alternatives)
    return ParsedQuery(tuple(concepts[:MAX_CONCEPTS]), dropped)


def _quoted_phrases(text: str):
    for match in _QUOTED.finditer(text):
        surface = tuple(w for w, _, _ in words(match.group(1)))
        stems = tuple(stem(w) for w in surface if w not in STOP_WORDS)
        if stems:
            yield stems, surface


def _match_words(folded: list[str], synonyms: SynonymTable) -> list[Concept]:
    """Greedy longest match of vocabulary phrases; other words become single-word concepts."""
    concepts = []
    stems = [stem(w) for w in folded]
    index = 0
    while index < len(folded):
        for length in range(min(synonyms.longest, len(folded) - index), 0, -1):
            span = tuple(stems[index:index + length])
            if length == 1 or span in synonyms.phrases:
                concepts.append(synonyms.expand(span, tuple(folded[index:index + length])))
                index += length
                break
    return concepts
