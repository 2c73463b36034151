"""Checks for the ``indicators`` section of ``vocabularies.yaml``.

Indicator names are matched against spreadsheet headers, so two indicators must never share a
name: the import would have to guess. Links to themes and target groups must be real terms, or a
weak spot would silently suggest nothing. The file is edited by hand, so any YAML shape can turn
up where a name or a list belongs: each is a problem with a message, never a crash.
"""

from __future__ import annotations

from typing import Any

from kb_app.core.errors import Problem
from kb_app.core.indicators import DIRECTIONS, normalise_name

NAME_LISTS = ("synonyms", "themes", "target_groups")


def indicator_problems(data: dict[str, Any], shown: str) -> list[Problem]:
    """Every problem in ``data['indicators']``; ``shown`` is the file name used in messages."""
    items = data.get("indicators")
    if items is None:
        return []
    if not isinstance(items, list):
        return [Problem(shown, 0, "Sectie 'indicators' moet een lijst van indicatoren zijn.")]
    known = {
        section: {
            term["id"]
            for term in _as_list(data.get(section))
            if isinstance(term, dict) and isinstance(term.get("id"), str)
        }
        for section in ("conditions", "themes", "target_groups")
    }
    problems: list[Problem] = []
    owners: dict[str, str] = {}
    for item in items:
        if (
            not isinstance(item, dict)
            or not _is_name(item.get("id"))
            or not _is_name(item.get("label"))
        ):
            problems.append(Problem(shown, 0, "Indicator zonder id of label in 'indicators'."))
            continue
        problems.extend(_item_problems(item, known, shown))
        problems.extend(_name_clashes(item, owners, shown))
    return problems


def _as_list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _is_name(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _names(item: dict[str, Any], key: str) -> list[str]:
    """The strings of a name list; anything else in it is reported by ``_item_problems``."""
    return [name for name in _as_list(item.get(key)) if isinstance(name, str)]


def _name_clashes(item: dict[str, Any], owners: dict[str, str], shown: str) -> list[Problem]:
    found = []
    label_en = item.get("label_en")
    names = [item["id"], item["label"], label_en if isinstance(label_en, str) else ""]
    for name in names + _names(item, "synonyms"):
        key = normalise_name(name)
        if key and owners.setdefault(key, item["id"]) != item["id"]:
            message = f"Indicator '{item['id']}': de naam '{name}' hoort al bij '{owners[key]}'."
            found.append(Problem(shown, 0, message))
    return found


def _item_problems(item: dict[str, Any], known: dict[str, set[str]], shown: str) -> list[Problem]:
    ident = item["id"]
    found = []
    condition = item.get("condition")
    if not isinstance(condition, str) or condition not in known["conditions"]:
        found.append(f"onbekende voorwaarde '{condition}'.")
    if item.get("direction") not in DIRECTIONS:
        found.append(f"'direction' moet {' of '.join(DIRECTIONS)} zijn.")
    for key in NAME_LISTS:
        value = item.get(key)
        if value is not None and not (
            isinstance(value, list) and all(isinstance(name, str) for name in value)
        ):
            found.append(f"'{key}' moet een lijst van namen zijn.")
    for section in ("themes", "target_groups"):
        for term in _names(item, section):
            if term not in known[section]:
                found.append(f"onbekende term '{term}' in {section}.")
    return [Problem(shown, 0, f"Indicator '{ident}': {text}") for text in found]
