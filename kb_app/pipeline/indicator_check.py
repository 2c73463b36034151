"""Checks for the ``indicators`` section of ``vocabularies.yaml``.

Indicator names are matched against spreadsheet headers, so two indicators must never share a
name: the import would have to guess. Links to themes and target groups must be real terms, or a
weak spot would silently suggest nothing.
"""

from __future__ import annotations

from typing import Any

from kb_app.core.errors import Problem
from kb_app.core.indicators import DIRECTIONS, normalise_name


def indicator_problems(data: dict[str, Any], shown: str) -> list[Problem]:
    """Every problem in ``data['indicators']``; ``shown`` is the file name used in messages."""
    items = data.get("indicators")
    if items is None:
        return []
    if not isinstance(items, list):
        return [Problem(shown, 0, "Sectie 'indicators' moet een lijst van indicatoren zijn.")]
    known = {
        section: {term.get("id") for term in data.get(section) or [] if isinstance(term, dict)}
        for section in ("conditions", "themes", "target_groups")
    }
    problems: list[Problem] = []
    owners: dict[str, str] = {}
    for item in items:
        if not isinstance(item, dict) or not item.get("id") or not item.get("label"):
            problems.append(Problem(shown, 0, "Indicator zonder id of label in 'indicators'."))
            continue
        problems.extend(_item_problems(item, known, shown))
        for name in (
            item["id"],
            item["label"],
            item.get("label_en", ""),
            *(item.get("synonyms") or []),
        ):
            key = normalise_name(str(name))
            if key and owners.setdefault(key, item["id"]) != item["id"]:
                problems.append(
                    Problem(
                        shown,
                        0,
                        f"Indicator '{item['id']}': de naam '{name}' hoort al bij '{owners[key]}'.",
                    )
                )
    return problems


def _item_problems(item: dict[str, Any], known: dict[str, set], shown: str) -> list[Problem]:
    ident = item["id"]
    found = []
    if item.get("condition") not in known["conditions"]:
        found.append(
            Problem(
                shown, 0, f"Indicator '{ident}': onbekende voorwaarde '{item.get('condition')}'."
            )
        )
    if item.get("direction") not in DIRECTIONS:
        found.append(
            Problem(
                shown, 0, f"Indicator '{ident}': 'direction' moet {' of '.join(DIRECTIONS)} zijn."
            )
        )
    for section in ("themes", "target_groups"):
        for term in item.get(section) or []:
            if term not in known[section]:
                found.append(
                    Problem(shown, 0, f"Indicator '{ident}': onbekende term '{term}' in {section}.")
                )
    return found
