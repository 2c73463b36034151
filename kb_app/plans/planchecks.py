"""The checks a plan document gets beyond its JSON Schema, and the Dutch words for every problem.

A plan file comes from another computer, so each problem is told the way a plan-maker can act on
it: the place as a readable path (``items[3].budget_amount``) with the field's Dutch name
("budget (bedrag) van onderdeel 4"), what is wrong, and what to do. The schema cannot say that a
number is finite or that 2025-02-29 is no date; those checks live here too.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator, Mapping
from typing import Any

import jsonschema

FIELD_NAMES = {
    "format": "formaat",
    "version": "versie",
    "id": "id",
    "title": "titel",
    "organisation": "organisatie",
    "period": "periode",
    "author": "opgesteld door",
    "context": "context",
    "template": "sjabloon",
    "created": "aangemaakt op",
    "updated": "bijgewerkt op",
    "priorities": "prioriteiten",
    "condition": "voorwaarde",
    "rationale": "toelichting",
    "items": "onderdelen",
    "intervention_id": "interventie",
    "target_groups": "doelgroepen",
    "basis_levels": "niveaus van de sociale basis",
    "conditions": "voorwaarden",
    "actions": "acties",
    "what": "wat",
    "who": "wie",
    "when": "wanneer",
    "partner": "partner",
    "budget_amount": "budget (bedrag)",
    "budget_note": "budget (toelichting)",
    "indicator": "waaraan zien we dat het werkt",
    "status": "status",
    "status_reason": "reden van de status",
    "added_evidence_level": "bewijsniveau bij het toevoegen",
    "added_evidence_date": "datum van dat oordeel",
}
_CONTAINERS = {"items": "onderdeel", "priorities": "prioriteit", "actions": "actie"}
TYPE_NAMES = {
    "string": "tekst",
    "number": "getal",
    "integer": "geheel getal",
    "null": "leeg",
    "array": "lijst",
    "object": "groep velden",
    "boolean": "ja of nee",
}
_FORMS = {  # a schema pattern -> what a person should type instead
    "uuid": "een id als 3f2b9c1e-0d4a-4c8e-9b1a-2e6f7a8b9c0d",
    "slug": "kleine letters, cijfers en streepjes, zoals sociale-cohesie",
    "timestamp": "een datum als 2026-03-02 of 2026-03-02T09:30:00+00:00",
    "date": "een datum als 2026-03-02, 2026-03 of 2026",
}
FIX = "Herstel dit in het bestand, of vraag de afzender het plan opnieuw te bewaren met Wat Werkt."
MAX_INTEGER_DIGITS = 15  # larger whole numbers in a plan are always a mistake (or an attack)


class NotANumber:
    """What the JSON parser puts where a file holds NaN, Infinity, 1e400 or a 5,000-digit number:
    a placeholder, so the check below can name the field instead of the parser failing blind."""

    def __init__(self, text: str) -> None:
        self.text = text if len(text) <= 20 else f"{text[:12]}… ({len(text)} tekens)"


def field_path(parts: Any) -> str:
    """``items[2].status`` for a place in the document; ``(het hele plan)`` at the top."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(het hele plan)"


def field_label(parts: Any) -> str:
    """The Dutch name of a place: ``budget (bedrag) van onderdeel 4``."""
    parts = list(parts)
    named = [p for p in parts if isinstance(p, str)]
    words = FIELD_NAMES.get(named[-1], named[-1]) if named else "het plan"
    owners = [
        f"{_CONTAINERS.get(str(parts[i - 1]), 'element')} {part + 1}"
        for i, part in enumerate(parts)
        if isinstance(part, int) and i > 0
    ]
    if parts and isinstance(parts[-1], int):
        return " van ".join(reversed(owners))
    return " van ".join([words, *reversed(owners)])


def place(parts: Any) -> str:
    """``veld 'items[3].budget_amount' (budget (bedrag) van onderdeel 4)``."""
    parts = list(parts)
    if not parts:
        return "het plan als geheel"
    return f"veld '{field_path(parts)}' ({field_label(parts)})"


def _form(pattern: str) -> str:
    if pattern.startswith("^[0-9a-f]{8}"):
        return _FORMS["uuid"]
    if pattern.startswith("^[a-z0-9]") or pattern.startswith("^([a-z0-9]"):
        return _FORMS["slug"]
    return _FORMS["timestamp"] if "T" in pattern else _FORMS["date"]


def describe(error: jsonschema.ValidationError) -> str:
    """A Dutch sentence for a schema error: where, what is wrong, what is expected."""
    where = place(error.absolute_path)
    kind = str(error.validator)
    # The stubs allow ``Unset`` for errors built by hand; the validator always fills these in.
    value: Any = error.validator_value
    instance: Any = error.instance
    schema = error.schema if isinstance(error.schema, Mapping) else {}
    if kind == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        parts = [*error.absolute_path, missing]
        return f"het verplichte {place(parts)} ontbreekt."
    if kind == "additionalProperties":
        extra = sorted(set(instance) - set(schema.get("properties", {})))
        names = ", ".join(repr(str(name)[:40]) for name in extra[:5])
        return f"{where} bevat een onbekend veld ({names}); deze versie kent dat niet."
    if kind == "type":
        wanted = value if isinstance(value, list) else [value]
        return (
            f"{where} heeft het verkeerde soort waarde: verwacht "
            f"{' of '.join(TYPE_NAMES.get(str(t), str(t)) for t in wanted)}."
        )
    if kind == "maxLength":
        return (
            f"{where} is te lang: {_n(len(instance))} tekens, hooguit {_n(value)}. "
            "Maak de tekst korter."
        )
    if kind == "minLength":
        return f"{where} is leeg; vul het in."
    if kind == "maxItems":
        return (
            f"{where} heeft te veel elementen: {_n(len(instance))}, hooguit "
            f"{_n(value)}. Verdeel het plan over meer bestanden."
        )
    if kind in ("minimum", "exclusiveMinimum"):
        return f"{where} is te klein ({_short(error.instance)}); ten minste {value}."
    if kind in ("maximum", "exclusiveMaximum"):
        return f"{where} is te groot ({_short(error.instance)}); hooguit {_n(value)}."
    return _describe_value(error, where, kind, value)


def _describe_value(error: jsonschema.ValidationError, where: str, kind: str, value: Any) -> str:
    if kind == "enum":
        allowed = ", ".join(map(str, value if isinstance(value, list) else [value]))
        return (
            f"{where} heeft een onbekende waarde ({_short(error.instance)}); kies uit: {allowed}."
        )
    if kind == "const":
        return f"{where} moet '{value}' zijn, niet {_short(error.instance)}."
    if kind == "pattern":
        return (
            f"{where} heeft een ongeldige vorm ({_short(error.instance)}); verwacht "
            f"{_form(str(value))}."
        )
    if kind == "uniqueItems":
        return f"{where} noemt een waarde twee keer; laat de dubbele weg."
    return f"{where} is ongeldig ({kind})."


def _n(number: float) -> str:
    """``12500`` -> ``12.500``: thousands as a Dutch reader writes them."""
    return f"{number:,.0f}".replace(",", ".")


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else f"{text[:50]}… ({len(text)} tekens)"


def _walk(value: Any, parts: tuple = ()) -> Iterator[tuple[tuple, Any]]:
    """Every (place, value) in a parsed document, depth first, in file order."""
    yield parts, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, (*parts, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, (*parts, index))


def bad_number(document: Any) -> str | None:
    """A message for the first number that is no ordinary finite number, or ``None``."""
    for parts, value in _walk(document):
        if isinstance(value, NotANumber):
            shown = value.text
        elif isinstance(value, float) and not math.isfinite(value):
            shown = "NaN" if math.isnan(value) else "Infinity"
        elif (
            isinstance(value, int)
            and not isinstance(value, bool)
            and (abs(value) >= 10**MAX_INTEGER_DIGITS)
        ):
            shown = f"een getal van {len(str(abs(value)))} cijfers"
        else:
            continue
        return (
            f"{place(parts)} bevat {shown}, en dat is geen gewoon getal. Een bedrag is "
            "een getal in euro's, zoals 12500 of 8000.5."
        )
    return None


DATE_FIELDS = ("created", "updated")


def bad_date(document: dict) -> str | None:
    """A message for the first date that does not exist (2025-02-29, month 13), or ``None``."""
    places: list[tuple[tuple, Any]] = [((name,), document.get(name)) for name in DATE_FIELDS]
    for index, item in enumerate(document.get("items", ())):
        places.append((("items", index, "added_evidence_date"), item.get("added_evidence_date")))
    for parts, value in places:
        if isinstance(value, str) and value and not _real_date(value):
            return (
                f"{place(parts)} is geen bestaande datum ({_short(value)}); verwacht "
                f"{_FORMS['date']}."
            )
    return None


def _real_date(value: str) -> bool:
    pieces = value[:10].split("-")
    year, month, day = [*pieces, "01", "01"][:3]
    try:
        dt.date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def duplicate_item(document: dict) -> str | None:
    seen: dict[str, int] = {}
    for index, item in enumerate(document["items"]):
        if item["id"] in seen:
            return (
                f"onderdeel {index + 1} heeft dezelfde id als onderdeel {seen[item['id']] + 1} "
                f"(veld 'items[{index}].id'); elk onderdeel heeft een eigen id."
            )
        seen[item["id"]] = index
    return None
