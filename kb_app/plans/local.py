"""The local picture of a plan: an area's figures per condition, and where the area is weak.

A municipal team starts from its own numbers: loneliness among residents 14 % against 10 % in the
Netherlands, reports of discrimination doubled. ``LocalPicture`` holds those figures (typed in or
imported, see ``figures``); ``compare`` says per figure whether the area scores worse than its
reference and by how much; ``weak_conditions`` orders the conditions by their weak figures, which
the plan proposes as priorities; ``answers`` and ``suggestions`` connect a weak figure to the
library's interventions through the indicator vocabulary.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from kb_app.core.indicators import IndicatorDef, normalise_name
from kb_app.core.model import Vocabulary

AREA_LEVELS = ("gemeente", "wijk", "buurt", "dorp")


@dataclass(frozen=True)
class Figure:
    """One local figure: an indicator's value here, and what it is compared with.

    ``indicator`` is a vocabulary id, or empty for an indicator the team typed itself; then
    ``label``, ``condition`` and ``higher_is_better`` say what the vocabulary would have said.
    """

    label: str
    condition: str
    value: float
    indicator: str = ""
    reference: float | None = None
    reference_label: str = ""  # what the reference is: Nederland, de gemeente, 2020, ...
    unit: str = ""
    year: int | None = None
    source: str = ""
    higher_is_better: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "indicator": self.indicator,
            "label": self.label,
            "condition": self.condition,
            "value": self.value,
            "reference": self.reference,
            "reference_label": self.reference_label,
            "unit": self.unit,
            "year": self.year,
            "source": self.source,
            "higher_is_better": self.higher_is_better,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Figure:
        reference = data.get("reference")
        return cls(
            label=data["label"],
            condition=data["condition"],
            value=float(data["value"]),
            indicator=data.get("indicator", ""),
            reference=None if reference is None else float(reference),
            reference_label=data.get("reference_label", ""),
            unit=data.get("unit", ""),
            year=data.get("year"),
            source=data.get("source", ""),
            higher_is_better=bool(data.get("higher_is_better", True)),
        )


@dataclass(frozen=True)
class LocalPicture:
    """The figures of one area, plus residents' stories (free notes) per condition."""

    area: str = ""
    area_level: str = ""
    figures: tuple[Figure, ...] = ()
    notes: tuple[tuple[str, str], ...] = ()  # (condition, text), in vocabulary order

    @property
    def is_empty(self) -> bool:
        return not (self.area or self.figures or any(text for _, text in self.notes))

    def note(self, condition: str) -> str:
        return next((text for cond, text in self.notes if cond == condition), "")

    def to_dict(self) -> dict[str, Any]:
        return {
            "area": self.area,
            "area_level": self.area_level,
            "figures": [figure.to_dict() for figure in self.figures],
            "notes": {condition: text for condition, text in self.notes if text},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LocalPicture:
        return cls(
            area=data.get("area", ""),
            area_level=data.get("area_level", ""),
            figures=tuple(Figure.from_dict(f) for f in data.get("figures", ())),
            notes=tuple(sorted((str(k), str(v)) for k, v in (data.get("notes") or {}).items())),
        )


@dataclass(frozen=True)
class Comparison:
    """A figure against its reference. ``gap`` is how much worse (≥ 0), in the figure's unit."""

    figure: Figure
    difference: float  # local minus reference
    relative: float | None  # difference as a share of the reference; None without one
    worse: bool

    @property
    def gap(self) -> float:
        return abs(self.difference) if self.worse else 0.0


def compare(figure: Figure) -> Comparison | None:
    """How ``figure`` compares with its reference; ``None`` when there is nothing to compare."""
    if figure.reference is None or not math.isfinite(figure.reference):
        return None
    difference = figure.value - figure.reference
    relative = difference / abs(figure.reference) if figure.reference else None
    worse = difference < 0 if figure.higher_is_better else difference > 0
    return Comparison(figure, difference, relative, worse)


def weak_figures(picture: LocalPicture) -> list[Comparison]:
    """The figures where the area scores worse than its reference, the largest gap first.

    Relative gaps make different units comparable (percent points against kilometres); a
    reference of zero has no relative gap and sorts by its absolute one after the others.
    """
    weak = [c for f in picture.figures if (c := compare(f)) is not None and c.worse]
    return sorted(
        weak, key=lambda c: (c.relative is None, -abs(c.relative or 0), -c.gap, c.figure.label)
    )


def weak_conditions(picture: LocalPicture, vocabulary: Vocabulary) -> dict[str, list[Comparison]]:
    """Condition id -> its weak figures, conditions in vocabulary order, only those with any."""
    weak = weak_figures(picture)
    found: dict[str, list[Comparison]] = {}
    for term in vocabulary.terms("conditions"):
        mine = [c for c in weak if c.figure.condition == term.id]
        if mine:
            found[term.id] = mine
    return found


def number(value: float, lang: str = "nl") -> str:
    """``14.0`` -> ``14``, ``7.25`` -> ``7,25``: Dutch decimals, no trailing zeros (``7.25`` and
    ``1,250`` in English)."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    if lang == "en":
        return text
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def with_unit(value: float, unit: str, lang: str = "nl") -> str:
    return f"{number(value, lang)} {unit}".strip() if unit else number(value, lang)


# The fixed words of ``describe``, per interface language.
_DESCRIBE = {
    "nl": {"against": "tegen", "points": "procentpunt", "worse": "slechter"},
    "en": {"against": "against", "points": "percentage points", "worse": "worse"},
}


def in_language(figure: Figure, vocabulary: Vocabulary | None, lang: str) -> Figure:
    """The figure as the window or an export shows it in ``lang``.

    A known indicator's name and unit come from the vocabulary, so "Voelt zich eenzaam" reads
    "Feels lonely" in English. A name or unit the team typed itself are their words and stay as
    typed; the plan file always keeps the Dutch, so switching language never changes a plan.
    """
    if lang != "en" or vocabulary is None or not figure.indicator:
        return figure
    known = vocabulary.indicator(figure.indicator)
    if known is None:
        return figure
    label = known.text(lang) if figure.label == known.label else figure.label
    unit = known.unit_text(lang) if figure.unit == known.unit else figure.unit
    return replace(figure, label=label, unit=unit)


def describe(comparison: Comparison, lang: str = "nl", vocabulary: Vocabulary | None = None) -> str:
    """``Voelt zich eenzaam: 14 % tegen 10 % (Nederland), 4 procentpunt slechter (40 %)``; in
    English ``Feels lonely: 14 % against 10 % (Nederland), 4 percentage points worse (40 %)``.
    A known indicator is named in ``lang`` (given the vocabulary); the team's own names and the
    reference's name are their words and stay as typed."""
    words = _DESCRIBE.get(lang, _DESCRIBE["nl"])
    figure = in_language(comparison.figure, vocabulary, lang)
    percent = figure.unit == "%"
    local = f"{number(figure.value, lang)} %" if percent else number(figure.value, lang)
    reference = (
        f"{number(figure.reference or 0.0, lang)} %"
        if percent
        else with_unit(figure.reference or 0.0, figure.unit, lang)
    )
    against = f" ({figure.reference_label})" if figure.reference_label else ""
    text = f"{figure.label}: {local} {words['against']} {reference}{against}"
    if not comparison.worse:
        return text
    gap = number(comparison.gap, lang)
    size = f"{gap} {words['points']}" if percent else gap
    share = f" ({round(abs(comparison.relative) * 100)} %)" if comparison.relative else ""
    return f"{text}, {size} {words['worse']}{share}"


def proposed_rationale(
    comparisons: Iterable[Comparison], lang: str = "nl", vocabulary: Vocabulary | None = None
) -> str:
    """The pre-filled reason for a proposed priority: one line per weak figure, with its source."""
    lines = []
    for comparison in comparisons:
        figure = comparison.figure
        origin = ", ".join(part for part in (str(figure.year or ""), figure.source) if part)
        described = describe(comparison, lang, vocabulary)
        lines.append(f"- {described}" + (f" — {origin}" if origin else ""))
    heading = "Local figures:" if lang == "en" else "Lokale cijfers:"
    return heading + "\n" + "\n".join(lines)


def answers(row: dict[str, Any], indicator: IndicatorDef) -> bool:
    """True when an intervention (a ``ContentReader.listing()`` row) works on ``indicator``.

    The link is the vocabulary's: the intervention works on one of the indicator's themes and
    either reaches one of its target groups or names one of its terms in its title, summary or
    aliases. Tags and words from the vocabulary, so the gap view, the suggestions and the
    exports all give the same answer.
    """
    if not set(row.get("themes", ())) & set(indicator.themes):
        return False
    return bool(set(row.get("target_groups", ())) & set(indicator.target_groups)) or _mentions(
        row, indicator
    )


def _mentions(row: dict[str, Any], indicator: IndicatorDef) -> bool:
    text = (
        " "
        + normalise_name(
            " ".join([row.get("title", ""), row.get("summary", ""), *row.get("aliases", ())])
        )
        + " "
    )
    # Whole words (a plural -s/-en allowed): "werk" must not match "werkt" or "werkvorm".
    return any(
        f" {word}{ending} " in text
        for term in indicator.terms
        if (word := normalise_name(term))
        for ending in ("", "s", "en")
    )


def suggestions(
    indicator: IndicatorDef,
    listing: Iterable[dict[str, Any]],
    exclude: Iterable[str] = (),
    limit: int = 10,
) -> list[dict[str, Any]]:
    """Library interventions that answer ``indicator``: those that name it first, then best
    evidence, then by title. ``listing`` is ``ContentReader.listing()`` (no HTML)."""
    skip = set(exclude)
    found = [row for row in listing if row["id"] not in skip and answers(row, indicator)]
    found.sort(
        key=lambda row: (
            not _mentions(row, indicator),
            -int(row.get("evidence_rank") or 0),
            row["title"].casefold(),
        )
    )
    return found[:limit]


def proposals(
    picture: LocalPicture, vocabulary: Vocabulary, existing: Iterable[str] = (), lang: str = "nl"
) -> list[tuple[str, str]]:
    """(condition, pre-filled rationale) for each weak condition that is not yet a priority.

    A proposal only: the plan-maker confirms, changes or ignores it.
    """
    skip = set(existing)
    return [
        (condition, proposed_rationale(weak, lang, vocabulary))
        for condition, weak in weak_conditions(picture, vocabulary).items()
        if condition not in skip
    ]
