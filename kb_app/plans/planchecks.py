"""The checks a plan document gets beyond its JSON Schema, and the Dutch words for every problem.

A plan file comes from another computer, so each problem is told the way a plan-maker can act on
it: the place as a readable path (``items[3].budget_amount``) with the field's Dutch name
("budget (bedrag) van onderdeel 4"), what is wrong, and what to do. The schema cannot say that a
number is finite or that 2025-02-29 is no date; those checks live here too.

Every sentence exists in both interface languages (``MESSAGES``, field names per language), as
``plans.coverage`` does for plan warnings: each check takes ``lang`` ("nl" by default, so the CLI
and the tests read the Dutch unchanged) and the window asks for its own language.
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
FIX_EN = "Correct this in the file, or ask the sender to save the plan again with Wat Werkt."
FIELD_NAMES_EN = {
    "format": "format",
    "version": "version",
    "id": "id",
    "title": "title",
    "organisation": "organisation",
    "period": "period",
    "author": "drawn up by",
    "context": "context",
    "template": "template",
    "created": "created on",
    "updated": "updated on",
    "priorities": "priorities",
    "condition": "condition",
    "rationale": "rationale",
    "items": "items",
    "intervention_id": "intervention",
    "target_groups": "target groups",
    "basis_levels": "levels of the social base",
    "conditions": "conditions",
    "actions": "actions",
    "what": "what",
    "who": "who",
    "when": "when",
    "partner": "partner",
    "budget_amount": "budget (amount)",
    "budget_note": "budget (note)",
    "indicator": "how we will see that it works",
    "status": "status",
    "status_reason": "reason for the status",
    "added_evidence_level": "evidence level when added",
    "added_evidence_date": "date of that judgement",
}
_CONTAINERS_EN = {"items": "item", "priorities": "priority", "actions": "action"}
TYPE_NAMES_EN = {
    "string": "text",
    "number": "number",
    "integer": "whole number",
    "null": "empty",
    "array": "list",
    "object": "group of fields",
    "boolean": "yes or no",
}
_FORMS_EN = {
    "uuid": "an id like 3f2b9c1e-0d4a-4c8e-9b1a-2e6f7a8b9c0d",
    "slug": "lower-case letters, digits and hyphens, like sociale-cohesie",
    "timestamp": "a date like 2026-03-02 or 2026-03-02T09:30:00+00:00",
    "date": "a date like 2026-03-02, 2026-03 or 2026",
}
# kind -> language -> sentence; {where} is ``place()`` in the same language.
MESSAGES: dict[str, dict[str, str]] = {
    "required": {
        "nl": "het verplichte {where} ontbreekt.",
        "en": "the required {where} is missing.",
    },
    "unknown-field": {
        "nl": "{where} bevat een onbekend veld ({names}); deze versie kent dat niet.",
        "en": "{where} contains an unknown field ({names}); this version does not know it.",
    },
    "type": {
        "nl": "{where} heeft het verkeerde soort waarde: verwacht {wanted}.",
        "en": "{where} has the wrong kind of value: expected {wanted}.",
    },
    "too-long": {
        "nl": "{where} is te lang: {size} tekens, hooguit {limit}. Maak de tekst korter.",
        "en": "{where} is too long: {size} characters, at most {limit}. Make the text shorter.",
    },
    "empty": {"nl": "{where} is leeg; vul het in.", "en": "{where} is empty; fill it in."},
    "too-many": {
        "nl": "{where} heeft te veel elementen: {size}, hooguit {limit}. Verdeel het plan over "
        "meer bestanden.",
        "en": "{where} has too many elements: {size}, at most {limit}. Split the plan over more "
        "files.",
    },
    "too-small": {
        "nl": "{where} is te klein ({value}); ten minste {limit}.",
        "en": "{where} is too small ({value}); at least {limit}.",
    },
    "too-large": {
        "nl": "{where} is te groot ({value}); hooguit {limit}.",
        "en": "{where} is too large ({value}); at most {limit}.",
    },
    "enum": {
        "nl": "{where} heeft een onbekende waarde ({value}); kies uit: {allowed}.",
        "en": "{where} has an unknown value ({value}); choose from: {allowed}.",
    },
    "const": {
        "nl": "{where} moet '{allowed}' zijn, niet {value}.",
        "en": "{where} must be '{allowed}', not {value}.",
    },
    "pattern": {
        "nl": "{where} heeft een ongeldige vorm ({value}); verwacht {form}.",
        "en": "{where} has an invalid form ({value}); expected {form}.",
    },
    "unique": {
        "nl": "{where} noemt een waarde twee keer; laat de dubbele weg.",
        "en": "{where} names a value twice; leave out the duplicate.",
    },
    "invalid": {"nl": "{where} is ongeldig ({kind}).", "en": "{where} is invalid ({kind})."},
    "bad-number": {
        "nl": "{where} bevat {shown}, en dat is geen gewoon getal. Een bedrag is een getal in "
        "euro's, zoals 12500 of 8000.5.",
        "en": "{where} contains {shown}, and that is no ordinary number. An amount is a number "
        "in euros, like 12500 or 8000.5.",
    },
    "long-number": {"nl": "een getal van {digits} cijfers", "en": "a number of {digits} digits"},
    "bad-date": {
        "nl": "{where} is geen bestaande datum ({value}); verwacht {form}.",
        "en": "{where} is not an existing date ({value}); expected {form}.",
    },
    "duplicate-id": {
        "nl": "onderdeel {number} heeft dezelfde id als onderdeel {first} (veld "
        "'items[{index}].id'); elk onderdeel heeft een eigen id.",
        "en": "item {number} has the same id as item {first} (field 'items[{index}].id'); "
        "each item has its own id.",
    },
    "characters": {"nl": "tekens", "en": "characters"},
}


def say(message: str, lang: str = "nl", /, **fields: object) -> str:
    """The sentence ``message`` in ``lang`` (Dutch for any language without one)."""
    return MESSAGES[message]["en" if lang == "en" else "nl"].format(**fields)


MAX_INTEGER_DIGITS = 15  # larger whole numbers in a plan are always a mistake (or an attack)


class NotANumber:
    """What the JSON parser puts where a file holds NaN, Infinity, 1e400 or a 5,000-digit number:
    a placeholder, so the check below can name the field instead of the parser failing blind."""

    def __init__(self, text: str) -> None:
        self.raw = text[:12] if len(text) > 20 else text
        self.length = len(text)
        self.text = self.shown("nl")

    def shown(self, lang: str = "nl") -> str:
        """The number as the message quotes it: whole when short, its start and length if not."""
        if self.length <= 20:
            return self.raw
        return f"{self.raw}… ({self.length} {say('characters', lang)})"


def field_path(parts: Any, lang: str = "nl") -> str:
    """``items[2].status`` for a place in the document; ``(het hele plan)`` at the top."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or ("(the whole plan)" if lang == "en" else "(het hele plan)")


def field_label(parts: Any, lang: str = "nl") -> str:
    """The name of a place: ``budget (bedrag) van onderdeel 4`` / ``budget (amount) of item 4``."""
    english = lang == "en"
    names, containers = (FIELD_NAMES_EN, _CONTAINERS_EN) if english else (FIELD_NAMES, _CONTAINERS)
    parts = list(parts)
    named = [p for p in parts if isinstance(p, str)]
    words = names.get(named[-1], named[-1]) if named else ("the plan" if english else "het plan")
    owners = [
        f"{containers.get(str(parts[i - 1]), 'element')} {part + 1}"
        for i, part in enumerate(parts)
        if isinstance(part, int) and i > 0
    ]
    of = " of " if english else " van "
    if parts and isinstance(parts[-1], int):
        return of.join(reversed(owners))
    return of.join([words, *reversed(owners)])


def place(parts: Any, lang: str = "nl") -> str:
    """``veld 'items[3].budget_amount' (budget (bedrag) van onderdeel 4)``."""
    parts = list(parts)
    if not parts:
        return "the plan as a whole" if lang == "en" else "het plan als geheel"
    field = "field" if lang == "en" else "veld"
    return f"{field} '{field_path(parts)}' ({field_label(parts, lang)})"


def _form(pattern: str, lang: str = "nl") -> str:
    forms = _FORMS_EN if lang == "en" else _FORMS
    if pattern.startswith("^[0-9a-f]{8}"):
        return forms["uuid"]
    if pattern.startswith("^[a-z0-9]") or pattern.startswith("^([a-z0-9]"):
        return forms["slug"]
    return forms["timestamp"] if "T" in pattern else forms["date"]


def describe(error: jsonschema.ValidationError, lang: str = "nl") -> str:
    """A sentence for a schema error (Dutch unless ``lang`` is "en"): where, what, what instead."""
    where = place(error.absolute_path, lang)
    kind = str(error.validator)
    # The stubs allow ``Unset`` for errors built by hand; the validator always fills these in.
    value: Any = error.validator_value
    instance: Any = error.instance
    schema = error.schema if isinstance(error.schema, Mapping) else {}
    if kind == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        parts = [*error.absolute_path, missing]
        return say("required", lang, where=place(parts, lang))
    if kind == "additionalProperties":
        extra = sorted(set(instance) - set(schema.get("properties", {})))
        names = ", ".join(repr(str(name)[:40]) for name in extra[:5])
        return say("unknown-field", lang, where=where, names=names)
    if kind == "type":
        types = TYPE_NAMES_EN if lang == "en" else TYPE_NAMES
        wanted = value if isinstance(value, list) else [value]
        joined = (" or " if lang == "en" else " of ").join(
            types.get(str(t), str(t)) for t in wanted
        )
        return say("type", lang, where=where, wanted=joined)
    if kind == "maxLength":
        size, limit = _n(len(instance), lang), _n(value, lang)
        return say("too-long", lang, where=where, size=size, limit=limit)
    if kind == "minLength":
        return say("empty", lang, where=where)
    if kind == "maxItems":
        size, limit = _n(len(instance), lang), _n(value, lang)
        return say("too-many", lang, where=where, size=size, limit=limit)
    shown = _short(error.instance, lang)
    if kind in ("minimum", "exclusiveMinimum"):
        return say("too-small", lang, where=where, value=shown, limit=value)
    if kind in ("maximum", "exclusiveMaximum"):
        return say("too-large", lang, where=where, value=shown, limit=_n(value, lang))
    return _describe_value(shown, where, kind, value, lang)


def _describe_value(shown: str, where: str, kind: str, value: Any, lang: str) -> str:
    if kind == "enum":
        allowed = ", ".join(map(str, value if isinstance(value, list) else [value]))
        return say("enum", lang, where=where, value=shown, allowed=allowed)
    if kind == "const":
        return say("const", lang, where=where, value=shown, allowed=value)
    if kind == "pattern":
        return say("pattern", lang, where=where, value=shown, form=_form(str(value), lang))
    if kind == "uniqueItems":
        return say("unique", lang, where=where)
    return say("invalid", lang, where=where, kind=kind)


def _n(number: float, lang: str = "nl") -> str:
    """``12500`` -> ``12.500`` (Dutch) or ``12,500`` (English), as a reader writes thousands."""
    text = f"{number:,.0f}"
    return text if lang == "en" else text.replace(",", ".")


def _short(value: Any, lang: str = "nl") -> str:
    text = repr(value)
    if len(text) <= 60:
        return text
    return f"{text[:50]}… ({len(text)} {say('characters', lang)})"


def _walk(value: Any, parts: tuple = ()) -> Iterator[tuple[tuple, Any]]:
    """Every (place, value) in a parsed document, depth first, in file order."""
    yield parts, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, (*parts, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, (*parts, index))


def bad_number(document: Any, lang: str = "nl") -> str | None:
    """A message for the first number that is no ordinary finite number, or ``None``."""
    for parts, value in _walk(document):
        if isinstance(value, NotANumber):
            shown = value.shown(lang)
        elif isinstance(value, float) and not math.isfinite(value):
            shown = "NaN" if math.isnan(value) else "Infinity"
        elif (
            isinstance(value, int)
            and not isinstance(value, bool)
            and (abs(value) >= 10**MAX_INTEGER_DIGITS)
        ):
            shown = say("long-number", lang, digits=len(str(abs(value))))
        else:
            continue
        return say("bad-number", lang, where=place(parts, lang), shown=shown)
    return None


DATE_FIELDS = ("created", "updated")


def bad_date(document: dict, lang: str = "nl") -> str | None:
    """A message for the first date that does not exist (2025-02-29, month 13), or ``None``."""
    places: list[tuple[tuple, Any]] = [((name,), document.get(name)) for name in DATE_FIELDS]
    for index, item in enumerate(document.get("items", ())):
        places.append((("items", index, "added_evidence_date"), item.get("added_evidence_date")))
    for parts, value in places:
        if isinstance(value, str) and value and not _real_date(value):
            form = (_FORMS_EN if lang == "en" else _FORMS)["date"]
            where = place(parts, lang)
            return say("bad-date", lang, where=where, value=_short(value, lang), form=form)
    return None


def _real_date(value: str) -> bool:
    pieces = value[:10].split("-")
    year, month, day = [*pieces, "01", "01"][:3]
    try:
        dt.date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def duplicate_item(document: dict, lang: str = "nl") -> str | None:
    seen: dict[str, int] = {}
    for index, item in enumerate(document["items"]):
        if item["id"] in seen:
            first = seen[item["id"]] + 1
            return say("duplicate-id", lang, number=index + 1, first=first, index=index)
        seen[item["id"]] = index
    return None
