"""The plan's points to check ("Aandachtspunten") as an export prints them, in its language.

``kb_app.plans.coverage`` words each warning in Dutch for the window. An English export words it
again from the warning's kind and the item or condition it is about, with the wording's
catalogue; a kind this module does not know keeps its Dutch message rather than disappear.
"""

from __future__ import annotations

from collections.abc import Iterator

from kb_app.export.wording import TEXTS, Wording
from kb_app.plans.coverage import Coverage, LibraryLike, PlanWarning, answering_items
from kb_app.plans.local import Comparison, weak_conditions
from kb_app.plans.local import describe as dutch_describe
from kb_app.plans.model import Plan


def warning_texts(plan: Plan, library: LibraryLike, coverage: Coverage, say: Wording) -> list[str]:
    """One sentence per warning of ``coverage``, in the order the analysis found them."""
    if say.lang == "nl":
        return [w.message for w in coverage.warnings]
    open_spots = _open_spots(plan, library)
    return [_english(w, plan, library, coverage, say, open_spots) for w in coverage.warnings]


def _open_spots(plan: Plan, library: LibraryLike) -> dict[str, Iterator[Comparison]]:
    """Per condition, the weak figures no chosen item answers — in the analysis's order, so the
    n-th "weak-figure-unanswered" warning of a condition is the n-th figure here."""
    vocabulary = library.vocabulary()
    return {
        condition: iter([c for c in weak if not answering_items(plan, c.figure, library)])
        for condition, weak in weak_conditions(plan.local, vocabulary).items()
    }


def _english(
    warning: PlanWarning,
    plan: Plan,
    library: LibraryLike,
    coverage: Coverage,
    say: Wording,
    open_spots: dict[str, Iterator[Comparison]],
) -> str:
    key = f"w.{warning.kind}"
    if key not in TEXTS:
        return warning.message
    vocabulary = library.vocabulary()
    values: dict[str, str] = {}
    if warning.condition:
        values["condition"] = say.label(vocabulary, "conditions", warning.condition)
    item = next((i for i in plan.items if i.id == warning.item_id), None)
    if item is not None:
        used = coverage.evidence.get(item.id)
        values["item"] = item.title
        values["before"] = say.label(vocabulary, "evidence_levels", item.added_evidence_level or "")
        values["now"] = say.label(vocabulary, "evidence_levels", used.level or "") if used else ""
        values["date"] = say.date(used.date) if used else ""
    if warning.kind == "weak-figure-unanswered":
        comparison = next(open_spots.get(warning.condition or "", iter(())), None)
        if comparison is None:
            return warning.message
        values["figure"] = describe(comparison, say)
    return say(key, **values)


def describe(comparison: Comparison, say: Wording) -> str:
    """A weak figure in words: "Feels lonely: 14 % against 10 % (Netherlands), 4 percentage
    points worse (40 %)" — ``kb_app.plans.local.describe`` in the wording's language."""
    if say.lang == "nl":
        return dutch_describe(comparison)
    figure = comparison.figure
    percent = figure.unit == "%"

    def amount(value: float) -> str:
        if percent:
            return f"{say.number(value)} %"
        return f"{say.number(value)} {figure.unit}".strip() if figure.unit else say.number(value)

    local = f"{say.number(figure.value)} %" if percent else say.number(figure.value)
    reference = amount(figure.reference or 0.0)
    if figure.reference_label:
        reference += f" ({figure.reference_label})"
    text = say("compared", figure=figure.label, local=local, reference=reference)
    if not comparison.worse:
        return text
    size = say.number(comparison.gap)
    worse = say("points_worse", size=size) if percent else say("worse_by", size=size)
    share = f" ({round(abs(comparison.relative) * 100)} %)" if comparison.relative else ""
    return f"{text}, {worse}{share}"
