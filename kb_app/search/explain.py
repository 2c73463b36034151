""" "Waarom dit resultaat?": what each typed word became, and which fields of a hit matched.

The explanation is plain data (no Qt, no wording beyond field names), so the command line prints it
as JSON under ``explain`` and the window renders it in its own language. For every concept of
the query it records the stem, the vocabulary terms and synonyms it was expanded with, whether it
was an English word, other word forms, compound parts, the typed words a name was joined from,
and a spelling correction. Which fields of one document matched is computed on request
(``matched_fields``), so the interactive path pays nothing for it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from kb_app.search.query import Concept, ParsedQuery

# Index field -> how the explanation names it (Dutch; the window translates).
FIELD_NAMES = {
    "title": "titel",
    "aliases": "andere namen",
    "summary": "samenvatting",
    "tags": "labels",
    "tagids": "tag",
    "body": "tekst",
    "parts": "deel van een samengesteld woord",
    "spell": "tekst",
    "titlewords": "titel",
}


@dataclass(frozen=True)
class WordExplanation:
    typed: str  # the word or phrase as typed (folded)
    stems: tuple[str, ...]
    terms: tuple[str, ...] = ()  # vocabulary labels it matched
    terms_en: tuple[str, ...] = ()  # the same, in English
    synonyms: tuple[str, ...] = ()  # other words searched for the same concept
    english: bool = False
    variants: tuple[str, ...] = ()  # other forms (participle, -ing, -isme ...)
    parts: tuple[str, ...] = ()  # compound parts
    joined: tuple[str, ...] = ()  # typed words joined into one name
    corrected_from: str = ""  # the typed word, when this word is a spelling correction
    prefix: bool = False  # still being typed: words starting with it match


@dataclass(frozen=True)
class Explanation:
    words: tuple[WordExplanation, ...]
    dropped: tuple[str, ...] = ()  # generic and question words left out
    corrected: bool = False
    # The concepts searched for, so the fields a hit matched can be looked up later.
    concepts: tuple[Concept, ...] = field(default=(), repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "words": [asdict(word) for word in self.words],
            "dropped": list(self.dropped),
            "corrected": self.corrected,
        }


def _word(concept: Concept, corrected_from: str = "") -> WordExplanation:
    return WordExplanation(
        typed=concept.text,
        stems=concept.stems,
        terms=concept.labels,
        terms_en=concept.labels_en,
        synonyms=concept.shown if concept.alternatives and not concept.joined else (),
        english=concept.english,
        variants=concept.shown if concept.variants else (),
        parts=concept.shown if concept.parts else (),
        joined=concept.joined,
        corrected_from=corrected_from,
        prefix=concept.prefix,
    )


def explain(
    typed: ParsedQuery,
    corrected: ParsedQuery | None,
    dropped: tuple[str, ...] = (),
    changes: dict[str, str] | None = None,
) -> Explanation:
    """The explanation of a search; ``corrected`` is the query whose results are shown, if the
    typed one was replaced by a spelling correction, and ``changes`` maps each correction to
    the word that was typed."""
    if corrected is None:
        return Explanation(
            tuple(_word(c) for c in typed.concepts), dropped, concepts=typed.concepts
        )
    changes = changes or {}
    words = tuple(
        _word(c, " ".join(changes[w] for w in c.surface if w in changes))
        for c in corrected.concepts
    )
    return Explanation(words, dropped, corrected=True, concepts=corrected.concepts)


def concept_terms(concept: Concept) -> list[tuple[str, str]]:
    """(field, term) pairs that make a document match ``concept`` (single-word terms only)."""
    pairs: list[tuple[str, str]] = []
    stems = [
        *concept.stems,
        *concept.variants,
        *concept.parts,
        *(a[0] for a in concept.alternatives if len(a) == 1),
    ]
    for stem in stems:
        pairs += [(name, stem) for name in ("title", "aliases", "summary", "tags", "body", "parts")]
    pairs += [("tagids", term_id) for term_id in sorted(concept.tag_ids)]
    if concept.prefix or concept.joined:
        pairs += [("titlewords", concept.surface[0]), ("spell", concept.surface[0])]
    return pairs


def matched_fields(reader: Any, docnum: int, concepts: tuple[Concept, ...]) -> dict[str, list[str]]:
    """Typed word -> the names of the fields of document ``docnum`` it matched."""
    found: dict[str, list[str]] = {}
    for concept in concepts:
        names: list[str] = []
        for field_name, term in concept_terms(concept):
            if _contains(reader, field_name, term, docnum):
                name = FIELD_NAMES.get(field_name, field_name)
                if name not in names:
                    names.append(name)
        found[concept.text] = names
    return found


def _contains(reader: Any, field_name: str, term: str, docnum: int) -> bool:
    try:
        if not reader.doc_frequency(field_name, term):
            return False
        matcher = reader.postings(field_name, term)
    except KeyError:  # whoosh raises TermNotFound, a KeyError, for unknown terms
        return False
    matcher.skip_to(docnum)
    return matcher.is_active() and matcher.id() == docnum
