"""Checks for the ``indicators`` section of ``vocabularies.yaml``.

Indicator names are matched against spreadsheet headers, so two indicators must never share a
name: the import would have to guess. Links to themes and target groups must be real terms, or a
weak spot would silently suggest nothing. A malformed indicator is reported and left out, so a
hostile vocabulary can never break building the ``Vocabulary`` itself.
"""

from __future__ import annotations

from typing import Any

from kb_app.core.errors import Problem
from kb_app.core.indicators import DIRECTIONS, normalise_name
from kb_app.core.texts import Text
from kb_app.pipeline.problem_messages import problem

TEXT_FIELDS = (
    "id",
    "label",
    "label_en",
    "condition",
    "direction",
    "unit",
    "unit_en",
    "explanation",
)
LIST_FIELDS = ("synonyms", "themes", "target_groups", "terms")


def good_indicators(data: dict[str, Any], shown: str, problems: list[Problem]) -> list[dict]:
    """The well-formed indicators of ``data``; every problem is added to ``problems``."""
    items = data.get("indicators")
    if items is None:
        return []
    if not isinstance(items, list):
        problems.append(problem(shown, 0, "indicators-shape"))
        return []
    known = {
        section: _ids(data.get(section)) for section in ("conditions", "themes", "target_groups")
    }
    good: list[dict] = []
    owners: dict[str, str] = {}
    for item in items:
        found = (
            _shape_problems(item, shown)
            or _item_problems(item, known, shown)
            or _name_problems(item, owners, shown)
        )
        problems.extend(found)
        if not found:
            good.append(item)
    return good


def _ids(terms: Any) -> set[str]:
    """The ids of a vocabulary section, whatever shape a hostile file gave it."""
    if not isinstance(terms, list):
        return set()
    return {
        term["id"] for term in terms if isinstance(term, dict) and isinstance(term.get("id"), str)
    }


def _shape_problems(item: Any, shown: str) -> list[Problem]:
    if (
        not isinstance(item, dict)
        or not isinstance(item.get("id"), str)
        or not isinstance(item.get("label"), str)
    ):
        return [problem(shown, 0, "indicator-unnamed")]
    wrong = [name for name in TEXT_FIELDS if name in item and not isinstance(item[name], str)]
    wrong += [
        name
        for name in LIST_FIELDS
        if name in item
        and not (isinstance(item[name], list) and all(isinstance(v, str) for v in item[name]))
    ]
    return [
        problem(shown, 0, "indicator-field-type", ident=item["id"], name=name) for name in wrong
    ]


def _item_problems(item: dict[str, Any], known: dict[str, set], shown: str) -> list[Problem]:
    ident = item["id"]
    found = []
    if item.get("condition") not in known["conditions"]:
        found.append(
            problem(shown, 0, "indicator-condition", ident=ident, condition=item.get("condition"))
        )
    if item.get("direction") not in DIRECTIONS:
        found.append(
            problem(
                shown,
                0,
                "indicator-direction",
                ident=ident,
                choices=Text(" of ".join(DIRECTIONS), " or ".join(DIRECTIONS)),
            )
        )
    for section in ("themes", "target_groups"):
        for term in item.get(section) or []:
            if term not in known[section]:
                found.append(
                    problem(shown, 0, "indicator-term", ident=ident, term=term, section=section)
                )
    return found


def _name_problems(item: dict[str, Any], owners: dict[str, str], shown: str) -> list[Problem]:
    found = []
    for name in (
        item["id"],
        item["label"],
        item.get("label_en", ""),
        *(item.get("synonyms") or []),
    ):
        key = normalise_name(name)
        if key and owners.setdefault(key, item["id"]) != item["id"]:
            found.append(
                problem(
                    shown,
                    0,
                    "indicator-name-taken",
                    ident=item["id"],
                    name=name,
                    owner=owners[key],
                )
            )
    return found
