"""The domain model: vocabulary terms, interventions and principles as plain dataclasses.

These are what every layer passes around. They hold only data and small derived facts (such as
whether an evidence judgement is older than its validity), never I/O.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kb_app.core.indicators import IndicatorDef

# The facets a user can filter on, in the order the interface shows them. Each maps a facet name
# to the vocabulary section that holds its terms.
FACETS: dict[str, str] = {
    "themes": "themes",
    "conditions": "conditions",
    "basis_levels": "basis_levels",
    "target_groups": "target_groups",
    "evidence": "evidence_levels",
    "kind": "kinds",
}


@dataclass(frozen=True)
class Term:
    """One entry of a controlled vocabulary."""

    id: str
    label: str
    explanation: str = ""
    synonyms: tuple[str, ...] = ()
    rank: int = 0
    group: str = ""  # target groups: leeftijd, groep or intermediair
    value: str = ""  # conditions: the value of social quality behind it
    # English interface: its own label, explanation and search words. Empty means "not translated
    # yet"; callers fall back to the Dutch text through ``text()``.
    label_en: str = ""
    explanation_en: str = ""
    synonyms_en: tuple[str, ...] = ()

    def text(self, lang: str = "nl") -> str:
        """The label in the interface language, Dutch when no English label exists."""
        return self.label_en if lang == "en" and self.label_en else self.label

    def explain(self, lang: str = "nl") -> str:
        """The explanation in the interface language, Dutch when no English one exists."""
        return self.explanation_en if lang == "en" and self.explanation_en else self.explanation


# The sections of ``vocabularies.yaml``, in the order the file and the schema name them.
VOCABULARY_SECTIONS = (
    "themes",
    "conditions",
    "basis_levels",
    "evidence_levels",
    "kinds",
    "target_groups",
)


@dataclass(frozen=True)
class Vocabulary:
    """All controlled vocabularies, keyed by section name (themes, conditions, ...)."""

    sections: dict[str, tuple[Term, ...]]
    generic_words: frozenset[str] = frozenset()
    validity_years: int = 5
    indicators: tuple[IndicatorDef, ...] = ()

    def indicator(self, indicator_id: str) -> IndicatorDef | None:
        return next((item for item in self.indicators if item.id == indicator_id), None)

    def terms(self, section: str) -> tuple[Term, ...]:
        return self.sections.get(section, ())

    def ids(self, section: str) -> set[str]:
        return {term.id for term in self.terms(section)}

    def term(self, section: str, term_id: str) -> Term | None:
        for term in self.terms(section):
            if term.id == term_id:
                return term
        return None

    def label(self, section: str, term_id: str, lang: str = "nl") -> str:
        term = self.term(section, term_id)
        return term.text(lang) if term else term_id

    def evidence_rank(self, level: str) -> int:
        term = self.term("evidence_levels", level)
        return term.rank if term else 0

    @classmethod
    def from_dict(cls, data: dict) -> Vocabulary:
        sections: dict[str, tuple[Term, ...]] = {}
        for name in VOCABULARY_SECTIONS:
            sections[name] = tuple(
                Term(
                    id=str(item["id"]),
                    label=str(item.get("label", item["id"])),
                    explanation=str(item.get("explanation", "")),
                    synonyms=tuple(str(s) for s in item.get("synonyms", ()) or ()),
                    rank=int(item.get("rank", 0)),
                    group=str(item.get("kind", "")),
                    value=str(item.get("value", "")),
                    label_en=str(item.get("label_en", "")),
                    explanation_en=str(item.get("explanation_en", "")),
                    synonyms_en=tuple(str(s) for s in item.get("synonyms_en", ()) or ()),
                )
                for item in data.get(name, []) or []
            )
        return cls(
            sections=sections,
            generic_words=frozenset(str(w) for w in data.get("generic_words", []) or []),
            validity_years=int(data.get("evidence_validity_years", 5)),
            indicators=tuple(
                IndicatorDef.from_dict(item)
                for item in data.get("indicators", []) or []
                if isinstance(item, dict) and "id" in item
            ),
        )


@dataclass(frozen=True)
class Source:
    title: str
    url: str
    accessed: str


# Levels that carry no judgement of the intervention itself: listed without a judgement, searched
# and nothing found, or by nature outside the recognition system. They never expire.
UNJUDGED_LEVELS = frozenset(
    {"niet-beoordeeld", "geen-erkenning-gevonden", "buiten-erkenningssysteem"}
)

# The sections every intervention has, in order (the build checks them; the result list drops
# their headings from snippets).
REQUIRED_SECTIONS = (
    "Doel",
    "Doelgroep",
    "Aanpak",
    "Werkzame elementen",
    "Randvoorwaarden en kosten",
    "Onderbouwing en onderzoek",
    "Eigenaar en contact",
)


@dataclass(frozen=True)
class ProviderClaim:
    """A provider's own effect claim: shown only as "volgens de aanbieder", never as a level."""

    text: str
    source: str


@dataclass(frozen=True)
class Rating:
    """An international clearinghouse rating (Blueprints, EIF, ...): a second, labelled rating."""

    clearinghouse: str
    rating: str
    source: str
    date: str = ""  # only when the clearinghouse's page gives one


@dataclass(frozen=True)
class Evidence:
    level: str
    date: str = ""  # ISO, possibly partial: 2020, 2020-04 or 2020-04-01
    databank: str = ""
    assessor: str = ""
    source: str = ""
    note: str = ""
    checked: str = ""  # ISO date we last checked the level against its source ("nagekeken op")
    provider_claim: ProviderClaim | None = None
    ratings: tuple[Rating, ...] = ()

    @property
    def is_judged(self) -> bool:
        """True for a judgement by a committee or panel (a recognition level or niet-erkend)."""
        return self.level not in UNJUDGED_LEVELS

    def judged_on(self) -> dt.date | None:
        """The judgement date, with a partial date taken at its latest possible day."""
        if not self.date:
            return None
        parts = [int(p) for p in self.date.split("-")]
        year = parts[0]
        month = parts[1] if len(parts) > 1 else 12
        day = parts[2] if len(parts) > 2 else 28
        return dt.date(year, month, day)

    def is_outdated(self, today: dt.date, validity_years: int = 5) -> bool:
        """True when a recognition is older than its validity (five years in the Dutch system)."""
        judged = self.judged_on()
        if judged is None or not self.is_judged:
            return False
        try:
            expires = judged.replace(year=judged.year + validity_years)
        except ValueError:  # 29 February
            expires = judged.replace(year=judged.year + validity_years, day=28)
        return today > expires


@dataclass(frozen=True)
class Intervention:
    """An intervention as the reader returns it: front matter plus rendered sections."""

    id: str
    title: str
    summary: str
    kind: str
    themes: tuple[str, ...]
    conditions: tuple[str, ...]
    basis_levels: tuple[str, ...]
    target_groups: tuple[str, ...]
    evidence: Evidence
    owner: str = ""
    format: str = ""
    costs: str = ""
    website: str = ""
    aliases: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    last_reviewed: str = ""
    principles: tuple[str, ...] = ()
    html: str = ""
    sections: dict[str, str] = field(default_factory=dict)  # heading -> HTML


@dataclass(frozen=True)
class Principle:
    """A "wat werkt" page: mechanisms and background that interventions rely on."""

    id: str
    title: str
    summary: str
    themes: tuple[str, ...]
    conditions: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    last_reviewed: str = ""
    html: str = ""
    used_by: tuple[str, ...] = ()  # ids of interventions that list this principle
