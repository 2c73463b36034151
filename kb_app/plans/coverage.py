"""The gap analysis of a plan: what the chosen items cover and what a policy advisor should check.

Only items with status ``gekozen`` count as coverage. Evidence is read from the library as it is
now when the intervention still exists (a re-judged intervention counts at its new level), and
from the snapshot taken when it was added when it does not. ``today`` is always passed in, so the
same plan gives the same warnings in a test as on any given day.

Every warning is written in both interface languages here, from one catalogue (``MESSAGES``):
core has no Qt, so the window cannot translate a finished Dutch sentence, and the exports need
the same English sentence. ``PlanWarning.text(lang)`` picks one, like ``Term.text(lang)``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from kb_app.core.evidence_text import same_judgement
from kb_app.core.formatting import local_date
from kb_app.core.model import Evidence, Intervention, Vocabulary
from kb_app.plans.local import Comparison, Figure, answers, describe, weak_conditions
from kb_app.plans.model import Item, Plan

if TYPE_CHECKING:  # the service imports Whoosh: only when suggestions are asked for
    from kb_app.search.service import Hit, SearchService

# Below this level nothing says an intervention works: "goed beschreven" judges the description
# only, "niet beoordeeld" means no judgement was found.
FIRST_SUPPORTED_LEVEL = "goed-onderbouwd"
OUTDATED_NOTE = "ouder dan 5 jaar — mogelijk in herbeoordeling"
LANGUAGES = ("nl", "en")

# kind -> language -> message; the fields are filled per language (labels, dates, figures).
MESSAGES: dict[str, dict[str, str]] = {
    "priority-uncovered": {
        "nl": "Prioriteit {condition}: er is nog geen interventie of activiteit voor gekozen.",
        "en": "Priority {condition}: no intervention or activity has been chosen for it yet.",
    },
    "priority-weak-evidence": {
        "nl": "Prioriteit {condition}: de gekozen interventies zijn alleen niet beoordeeld of "
        "goed beschreven. Er is geen erkende onderbouwing dat ze werken; overweeg een "
        "interventie met een hoger bewijsniveau.",
        "en": "Priority {condition}: the chosen interventions are only not assessed or well "
        "described. There is no recognised evidence that they work; consider an intervention "
        "with a higher evidence level.",
    },
    "missing-indicator": {
        "nl": "{title}: er is nog geen indicator (waaraan zien we dat het werkt).",
        "en": "{title}: there is no indicator yet (how will we see that it works).",
    },
    "missing-budget": {
        "nl": "{title}: er is nog geen budget ingevuld.",
        "en": "{title}: no budget has been entered yet.",
    },
    "intervention-removed": {
        "nl": "{title} staat niet meer in de bibliotheek. Het plan bewaart de gegevens van toen "
        "het werd toegevoegd.",
        "en": "{title} is no longer in the library. The plan keeps the details from when it was "
        "added.",
    },
    "evidence-changed": {
        "nl": "{title}: het bewijsniveau is gewijzigd van {before} naar {level} sinds het aan het "
        "plan werd toegevoegd.",
        "en": "{title}: the evidence level has changed from {before} to {level} since it was "
        "added to the plan.",
    },
    "evidence-outdated": {
        "nl": "{title}: het oordeel {level} ({date}) is " + OUTDATED_NOTE + ".",
        "en": "{title}: the judgement {level} ({date}) is more than 5 years old and may be "
        "under review.",
    },
    "weak-figure-unanswered": {
        "nl": "Zwakke plek zonder antwoord: {figure}. Geen gekozen onderdeel werkt hierop; zie "
        "'Wat werkt hierbij?'.",
        "en": "Weak spot without an answer: {figure}. No chosen item works on it; see "
        "'What works here?'.",
    },
    "priority-figures-unanswered": {
        "nl": "Prioriteit {condition}: geen van de zwakke plekken in de lokale cijfers heeft een "
        "gekozen onderdeel dat erop werkt.",
        "en": "Priority {condition}: none of the weak spots in the local figures has a chosen "
        "item that works on it.",
    },
}


class LibraryLike(Protocol):
    """What the analysis needs from the library (``ContentReader`` provides it)."""

    def has(self, doc_id: str) -> bool: ...

    def intervention(self, doc_id: str) -> Intervention: ...

    def vocabulary(self) -> Vocabulary: ...


@dataclass(frozen=True)
class PlanWarning:
    """One thing to check: a kind code for the program, a Dutch ``message`` for people (the
    exports and the command line) and the same in English (``text("en")``)."""

    kind: str
    message: str
    item_id: str | None = None
    condition: str | None = None
    english: str = ""

    def text(self, lang: str = "nl") -> str:
        """The message in the interface language, Dutch when no English one exists."""
        return self.english if lang == "en" and self.english else self.message


def warning(
    kind: str,
    fields: Callable[[str], dict[str, str]],
    item_id: str | None = None,
    condition: str | None = None,
) -> PlanWarning:
    """The warning ``kind`` in both languages; ``fields(lang)`` gives its values in that one."""
    dutch, english = (MESSAGES[kind][lang].format(**fields(lang)) for lang in LANGUAGES)
    return PlanWarning(kind, dutch, item_id=item_id, condition=condition, english=english)


@dataclass(frozen=True)
class ItemEvidence:
    """The evidence the analysis used for one item (``level`` is None for a local activity)."""

    level: str | None
    date: str
    in_library: bool
    outdated: bool
    checked: str = ""  # when the library last checked the level against its source


@dataclass(frozen=True)
class Coverage:
    conditions: tuple[str, ...]
    levels: tuple[str, ...]
    matrix: dict[tuple[str, str], tuple[Item, ...]]  # (condition, level) -> chosen items
    target_groups: dict[str, int]  # term -> number of chosen items reaching it
    evidence_profile: dict[str, int]  # level, best first -> number of chosen items
    local_activities: int  # chosen items without a library judgement
    evidence: dict[str, ItemEvidence]  # item id -> evidence used
    warnings: tuple[PlanWarning, ...]

    def cell(self, condition: str, level: str) -> tuple[Item, ...]:
        return self.matrix.get((condition, level), ())

    def kinds(self) -> list[str]:
        return [warning.kind for warning in self.warnings]


def item_evidence(item: Item, library: LibraryLike, today: dt.date) -> ItemEvidence:
    """The current library judgement of an item, or its snapshot if the library lost it."""
    vocabulary = library.vocabulary()
    if item.intervention_id is None:
        return ItemEvidence(level=None, date="", in_library=False, outdated=False)
    if library.has(item.intervention_id):
        evidence = library.intervention(item.intervention_id).evidence
        in_library = True
    else:
        evidence = Evidence(
            level=item.added_evidence_level or "niet-beoordeeld", date=item.added_evidence_date
        )
        in_library = False
    return ItemEvidence(
        level=evidence.level,
        date=evidence.date,
        in_library=in_library,
        outdated=evidence.is_outdated(today, vocabulary.validity_years),
        checked=evidence.checked,
    )


def analyse(plan: Plan, library: LibraryLike, today: dt.date) -> Coverage:
    vocabulary = library.vocabulary()
    conditions = tuple(t.id for t in vocabulary.terms("conditions"))
    levels = tuple(t.id for t in vocabulary.terms("basis_levels"))
    chosen = plan.chosen()
    evidence = {item.id: item_evidence(item, library, today) for item in plan.items}
    matrix = {
        (c, lv): tuple(i for i in chosen if c in i.conditions and lv in i.basis_levels)
        for c in conditions
        for lv in levels
    }
    return Coverage(
        conditions=conditions,
        levels=levels,
        matrix=matrix,
        target_groups=_target_groups(chosen, vocabulary),
        evidence_profile=_profile(chosen, evidence, vocabulary),
        local_activities=sum(1 for item in chosen if item.is_local),
        evidence=evidence,
        warnings=(
            *_priority_warnings(plan, evidence, vocabulary),
            *_item_warnings(plan, evidence, vocabulary),
            *local_warnings(plan, library),
        ),
    )


def _target_groups(chosen: Iterable[Item], vocabulary: Vocabulary) -> dict[str, int]:
    counts: dict[str, int] = {}
    for item in chosen:
        for group in item.target_groups:
            counts[group] = counts.get(group, 0) + 1
    order = {t.id: n for n, t in enumerate(vocabulary.terms("target_groups"))}
    return dict(sorted(counts.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])))


def _profile(
    chosen: Iterable[Item], evidence: dict[str, ItemEvidence], vocabulary: Vocabulary
) -> dict[str, int]:
    levels = sorted(vocabulary.terms("evidence_levels"), key=lambda t: -t.rank)
    profile = {term.id: 0 for term in levels}
    for item in chosen:
        level = evidence[item.id].level
        if level is not None:
            profile[level] = profile.get(level, 0) + 1
    return profile


def _is_weak(level: str | None, vocabulary: Vocabulary) -> bool:
    if level is None:
        return True  # a local activity has no judgement at all
    return vocabulary.evidence_rank(level) < vocabulary.evidence_rank(FIRST_SUPPORTED_LEVEL)


def _priority_warnings(
    plan: Plan, evidence: dict[str, ItemEvidence], vocabulary: Vocabulary
) -> list[PlanWarning]:
    warnings = []
    for condition in plan.priority_conditions():

        def fields(lang: str, condition: str = condition) -> dict[str, str]:
            return {"condition": vocabulary.label("conditions", condition, lang)}

        items = [i for i in plan.chosen() if condition in i.conditions]
        if not items:
            warnings.append(warning("priority-uncovered", fields, condition=condition))
        elif all(_is_weak(evidence[i.id].level, vocabulary) for i in items):
            warnings.append(warning("priority-weak-evidence", fields, condition=condition))
    return warnings


def _item_warnings(
    plan: Plan, evidence: dict[str, ItemEvidence], vocabulary: Vocabulary
) -> list[PlanWarning]:
    warnings = []
    for item in plan.items:
        if item.status == "afgewezen":
            continue  # a rejected item is no longer part of the plan's substance
        warnings.extend(_library_warnings(item, evidence[item.id], vocabulary))
        if item.status != "gekozen":
            continue

        def title(_lang: str, item: Item = item) -> dict[str, str]:
            return {"title": item.title}

        if not item.indicator.strip():
            warnings.append(warning("missing-indicator", title, item_id=item.id))
        if not item.has_budget:
            warnings.append(warning("missing-budget", title, item_id=item.id))
    return warnings


def _library_warnings(item: Item, used: ItemEvidence, vocabulary: Vocabulary) -> list[PlanWarning]:
    if item.is_local or used.level is None:
        return []
    level, before = used.level, item.added_evidence_level

    def fields(lang: str) -> dict[str, str]:
        return {
            "title": item.title,
            "level": vocabulary.label("evidence_levels", level, lang),
            "before": vocabulary.label("evidence_levels", before, lang) if before else "",
            "date": local_date(used.date, lang),
        }

    warnings = []
    if not used.in_library:
        warnings.append(warning("intervention-removed", fields, item_id=item.id))
    elif before and not same_judgement(before, level):
        warnings.append(warning("evidence-changed", fields, item_id=item.id))
    if used.outdated:
        warnings.append(warning("evidence-outdated", fields, item_id=item.id))
    return warnings


def answering_items(plan: Plan, figure: Figure, library: LibraryLike) -> list[Item]:
    """The chosen items that answer a local figure: named for it, or linked by the vocabulary."""
    indicator = library.vocabulary().indicator(figure.indicator) if figure.indicator else None
    found = []
    for item in plan.chosen():
        if figure.label in item.addresses:
            found.append(item)
        elif indicator and item.intervention_id and library.has(item.intervention_id):
            intervention = library.intervention(item.intervention_id)
            row = {
                "themes": intervention.themes,
                "target_groups": intervention.target_groups,
                "title": intervention.title,
                "summary": intervention.summary,
                "aliases": intervention.aliases,
            }
            if answers(row, indicator):
                found.append(item)
    return found


def local_warnings(plan: Plan, library: LibraryLike) -> list[PlanWarning]:
    """Weak spots in the local picture that no chosen item answers, and priorities whose weak
    spots all stay unanswered."""
    vocabulary = library.vocabulary()
    warnings = []
    for condition, weak in weak_conditions(plan.local, vocabulary).items():

        def label(lang: str, condition: str = condition) -> dict[str, str]:
            return {"condition": vocabulary.label("conditions", condition, lang)}

        open_spots = [c for c in weak if not answering_items(plan, c.figure, library)]
        for comparison in open_spots:

            def figure(lang: str, comparison: Comparison = comparison) -> dict[str, str]:
                return {"figure": describe(comparison, lang, vocabulary)}

            warnings.append(warning("weak-figure-unanswered", figure, condition=condition))
        if open_spots and len(open_spots) == len(weak) and condition in plan.priority_conditions():
            warnings.append(warning("priority-figures-unanswered", label, condition=condition))
    return warnings


def suggestions(
    search: SearchService,
    condition: str,
    basis_level: str,
    exclude: Iterable[str] = (),
    limit: int = 10,
) -> list[Hit]:
    """Library interventions for one matrix cell, best evidence first, minus ``exclude``."""
    from kb_app.search.service import SearchQuery

    skip = set(exclude)
    result = search.search(
        SearchQuery(
            filters={
                "conditions": frozenset({condition}),
                "basis_levels": frozenset({basis_level}),
            },
            sort="evidence",
            limit=limit + len(skip),
            snippets=False,
        )
    )
    return [hit for hit in result.hits if hit.id not in skip][:limit]
