"""The gap analysis of a plan: what the chosen items cover and what a policy advisor should check.

Only items with status ``gekozen`` count as coverage. Evidence is read from the library as it is
now when the intervention still exists (a re-judged intervention counts at its new level), and
from the snapshot taken when it was added when it does not. ``today`` is always passed in, so the
same plan gives the same warnings in a test as on any given day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from kb_app.core.evidence_text import same_judgement
from kb_app.core.formatting import dutch_date
from kb_app.core.model import Evidence, Intervention, Vocabulary
from kb_app.plans.local import Figure, answers, describe, weak_conditions
from kb_app.plans.model import Item, Plan

if TYPE_CHECKING:  # the service imports Whoosh: only when suggestions are asked for
    from kb_app.search.service import Hit, SearchService

# Below this level nothing says an intervention works: "goed beschreven" judges the description
# only, "niet beoordeeld" means no judgement was found.
FIRST_SUPPORTED_LEVEL = "goed-onderbouwd"
OUTDATED_NOTE = "ouder dan 5 jaar — mogelijk in herbeoordeling"


class LibraryLike(Protocol):
    """What the analysis needs from the library (``ContentReader`` provides it)."""

    def has(self, doc_id: str) -> bool: ...

    def intervention(self, doc_id: str) -> Intervention: ...

    def vocabulary(self) -> Vocabulary: ...


@dataclass(frozen=True)
class PlanWarning:
    """One thing to check, with a kind code for the program and a Dutch message for people."""

    kind: str
    message: str
    item_id: str | None = None
    condition: str | None = None


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

    def empty_cells(self) -> list[tuple[str, str]]:
        return [key for key, items in self.matrix.items() if not items]

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
        label = vocabulary.label("conditions", condition)
        items = [i for i in plan.chosen() if condition in i.conditions]
        if not items:
            warnings.append(
                PlanWarning(
                    "priority-uncovered",
                    f"Prioriteit {label}: er is nog geen interventie of activiteit voor gekozen.",
                    condition=condition,
                )
            )
        elif all(_is_weak(evidence[i.id].level, vocabulary) for i in items):
            warnings.append(
                PlanWarning(
                    "priority-weak-evidence",
                    f"Prioriteit {label}: de gekozen interventies zijn "
                    "alleen niet beoordeeld of goed beschreven. Er is geen erkende onderbouwing "
                    "dat ze werken; overweeg een interventie met een hoger bewijsniveau.",
                    condition=condition,
                )
            )
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
        if not item.indicator.strip():
            warnings.append(
                PlanWarning(
                    "missing-indicator",
                    f"{item.title}: er is nog geen indicator (waaraan zien we dat het werkt).",
                    item_id=item.id,
                )
            )
        if not item.has_budget:
            warnings.append(
                PlanWarning(
                    "missing-budget",
                    f"{item.title}: er is nog geen budget ingevuld.",
                    item_id=item.id,
                )
            )
    return warnings


def _library_warnings(item: Item, used: ItemEvidence, vocabulary: Vocabulary) -> list[PlanWarning]:
    if item.is_local or used.level is None:
        return []
    warnings = []
    label = vocabulary.label("evidence_levels", used.level)
    if not used.in_library:
        warnings.append(
            PlanWarning(
                "intervention-removed",
                f"{item.title} staat niet meer in de bibliotheek. Het plan "
                "bewaart de gegevens van toen het werd toegevoegd.",
                item_id=item.id,
            )
        )
    elif item.added_evidence_level and not same_judgement(item.added_evidence_level, used.level):
        before = vocabulary.label("evidence_levels", item.added_evidence_level)
        warnings.append(
            PlanWarning(
                "evidence-changed",
                f"{item.title}: het bewijsniveau is gewijzigd van {before} naar "
                f"{label} sinds het aan het plan werd toegevoegd.",
                item_id=item.id,
            )
        )
    if used.outdated:
        warnings.append(
            PlanWarning(
                "evidence-outdated",
                f"{item.title}: het oordeel {label} ({dutch_date(used.date)}) is {OUTDATED_NOTE}.",
                item_id=item.id,
            )
        )
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
        open_spots = [c for c in weak if not answering_items(plan, c.figure, library)]
        for comparison in open_spots:
            warnings.append(
                PlanWarning(
                    "weak-figure-unanswered",
                    f"Zwakke plek zonder antwoord: {describe(comparison)}. "
                    "Geen gekozen onderdeel werkt hierop; zie 'Wat werkt hierbij?'.",
                    condition=condition,
                )
            )
        if open_spots and len(open_spots) == len(weak) and condition in plan.priority_conditions():
            label = vocabulary.label("conditions", condition)
            warnings.append(
                PlanWarning(
                    "priority-figures-unanswered",
                    f"Prioriteit {label}: geen van de zwakke plekken "
                    "in de lokale cijfers heeft een gekozen onderdeel dat erop werkt.",
                    condition=condition,
                )
            )
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
