"""Turn what a user typed into concepts, without ever exposing a query syntax.

The text is split into words (quotes make a phrase); operators, field names and wildcards are just
words. Stop words and generic words ("interventies", "aanpak") are dropped unless nothing else is
left. Runs of words that match a vocabulary label or synonym ("statushouders", "sociaal
isolement") become one concept that also carries the vocabulary term ids and the other synonyms, so
the search can find documents tagged with, or written in, any of them. English labels and synonyms
(``synonyms_en``) and the search terms of ``vocabularies.yaml`` (jargon and everyday words for the
problems the library covers: ``homohaat``, ``debt``) are matched the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from kb_app.core.model import Vocabulary
from kb_app.search.analysis import STOP_WORDS, stem, words

EXPANDED_SECTIONS = ("target_groups", "themes", "conditions", "kinds")
# Only these sections hold true synonyms ("statushouders" = "nieuwkomers"). Theme and condition
# synonyms are merely related words ("schulden" under sociale basis): matching them would make
# "eenzaam" find every sociale-basis document, so only their labels match the tag.
SYNONYM_SECTIONS = ("target_groups", "kinds")
SEARCH_TERMS = "search_terms"  # concepts that are no tag: every word names the same thing
MAX_QUERY_CHARS = 500  # longer input is cut: nobody types more, and it bounds the work
MAX_CONCEPTS = 8  # a longer question keeps its first eight: each costs a clause per run
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
    english: bool = False  # matched an English label or synonym
    labels: tuple[str, ...] = ()  # the vocabulary terms it matched, for the explanation
    labels_en: tuple[str, ...] = ()  # the same in English, where a term has an English label
    parts: tuple[str, ...] = ()  # stems of the known words inside a rare compound
    variants: tuple[str, ...] = ()  # stems of other forms of the word (participle, -ing, ...)
    joined: tuple[str, ...] = ()  # the typed words this name was joined from
    shown: tuple[str, ...] = ()  # synonyms, forms or parts as words, for the explanation

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
    english: set[tuple[str, ...]] = field(default_factory=set)  # phrases that are English
    dutch: set[tuple[str, ...]] = field(default_factory=set)  # and those that are Dutch
    labels: dict[str, str] = field(default_factory=dict)  # term id -> Dutch label
    labels_en: dict[str, str] = field(default_factory=dict)  # term id -> English label
    links: dict[str, set[str]] = field(default_factory=dict)  # search term -> tag ids
    texts: dict[tuple[str, ...], str] = field(default_factory=dict)  # stems -> words shown

    @classmethod
    def from_vocabulary(
        cls, vocabulary: Vocabulary, search_terms: list[dict] | None = None
    ) -> SynonymTable:
        table = cls()
        for section in EXPANDED_SECTIONS:
            for term in vocabulary.terms(section):
                dutch = (
                    (term.label, *term.synonyms)
                    if section in SYNONYM_SECTIONS
                    else (term.label, term.id.replace("-", " "))
                )
                english = (
                    (term.label_en, *term.synonyms_en)
                    if section in SYNONYM_SECTIONS
                    else (term.label_en,)
                )
                table.labels[term.id] = term.label
                table.labels_en[term.id] = term.label_en or term.label
                table._add(term.id, dutch, section in SYNONYM_SECTIONS)
                table._add(term.id, [e for e in english if e], False, english=True)
        for item in search_terms or ():
            term_id = f"{SEARCH_TERMS}:{item['id']}"
            table.labels[term_id] = str(item.get("label", item["id"]))
            table.labels_en[term_id] = str(item.get("label_en") or table.labels[term_id])
            table.links[term_id] = {str(t) for t in item.get("terms", ()) or ()}
            table._add(
                term_id,
                [str(item.get("label", "")), *map(str, item.get("synonyms", ()) or ())],
                True,
            )
            table._add(
                term_id,
                [str(item.get("label_en", "")), *map(str, item.get("synonyms_en", ()) or ())],
                False,
                english=True,
            )
        return table

    def _add(
        self, term_id: str, names: Iterable[str], synonyms: bool, english: bool = False
    ) -> None:
        for text in names:
            folded = [w for w, _, _ in words(text) if w not in STOP_WORDS and not w.isdigit()]
            stems = tuple(stem(w) for w in folded)
            if not stems:
                continue
            self.texts.setdefault(stems, " ".join(folded))
            self.phrases.setdefault(stems, set()).add(term_id)
            (self.english if english else self.dutch).add(stems)
            if synonyms:
                self.by_term.setdefault(term_id, set()).add(stems)
            self.longest = max(self.longest, len(stems))

    def expand(
        self, stems: tuple[str, ...], surface: tuple[str, ...], phrase: bool = False
    ) -> Concept:
        term_ids = frozenset(self.phrases.get(stems, ()))
        alternatives: set[tuple[str, ...]] = set()
        tags: set[str] = set()
        for term_id in term_ids:
            alternatives.update(self.by_term.get(term_id, ()))
            tags.update(
                self.links.get(term_id, ()) if term_id.startswith(SEARCH_TERMS) else (term_id,)
            )
        alternatives.discard(stems)
        english = stems in self.english and stems not in self.dutch  # "school" is both
        return Concept(
            surface=surface,
            stems=stems,
            phrase=phrase or len(stems) > 1,
            tag_ids=frozenset(tags),
            alternatives=tuple(sorted(alternatives)),
            english=english,
            labels=tuple(sorted({self.labels[t] for t in term_ids if t in self.labels})),
            labels_en=tuple(sorted({self.labels_en[t] for t in term_ids if t in self.labels_en})),
            shown=tuple(self.texts.get(a, " ".join(a)) for a in sorted(alternatives)),
        )


def parse(
    text: str,
    synonyms: SynonymTable,
    generic: frozenset[str] = frozenset(),
    prefix_last: bool = False,
) -> ParsedQuery:
    """Concepts of ``text``; ``generic`` words (and question words) are dropped when others stay."""
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
            concepts[-1] = replace(last, prefix=True)
    return ParsedQuery(tuple(concepts[:MAX_CONCEPTS]), dropped)


def _quoted_phrases(text: str) -> Iterator[tuple[tuple[str, ...], tuple[str, ...]]]:
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
            span = tuple(stems[index : index + length])
            if length == 1 or span in synonyms.phrases:
                concepts.append(synonyms.expand(span, tuple(folded[index : index + length])))
                index += length
                break
    return concepts
