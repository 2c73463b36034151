"""Reading and writing ``.wwplan`` files: a plan as JSON, validated by ``schema/plan.schema.json``.

A plan file comes from someone else's computer, so reading trusts nothing: the size is checked
before a byte is read, then the text must be UTF-8 JSON, then the format and version, then the
schema. Each failure is a ``PlanFileError`` with a Dutch message that says what is wrong. Writing
goes through ``core.files.atomic_write``, so an existing file is either the old plan or the new
one, never half of each.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema

from kb_app.core.errors import KbError
from kb_app.core.files import atomic_write
from kb_app.core.paths import schema_dir
from kb_app.plans.model import FORMAT_NAME, FORMAT_VERSION, Plan

SUFFIX = ".wwplan"
MAX_BYTES = 5 * 1024 * 1024  # a real plan is a few hundred kilobytes at most


class PlanFileError(KbError):
    """A plan file that cannot be read or written; the message says why."""


@lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads((schema_dir() / "plan.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def read_plan_file(path: Path) -> Plan:
    """The plan in ``path``, or ``PlanFileError`` with a message for the user."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise PlanFileError(
                f"{name} is te groot om een plan te zijn ({size / 1_048_576:.1f} MB; een "
                f"planbestand is hooguit {MAX_BYTES // 1_048_576} MB). Het is niet geopend.")
        raw = path.read_bytes()
    except FileNotFoundError as error:
        raise PlanFileError(f"Het planbestand {path} bestaat niet.") from error
    except IsADirectoryError as error:
        raise PlanFileError(f"{path} is een map, geen planbestand.") from error
    except OSError as error:
        raise PlanFileError(f"{name} kan niet worden gelezen: {error.strerror}.") from error
    return plan_from_document(_parse(raw, name), name)


def _parse(raw: bytes, name: str) -> Any:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise PlanFileError(f"{name} is geen planbestand van Wat Werkt: het is geen tekst "
                            "(verwacht JSON in UTF-8).") from error
    if not text.strip():
        raise PlanFileError(f"{name} is leeg.")
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        if error.pos >= len(text.rstrip()) or _cut_off(text):
            # The parser ran out of text mid-document: the file was cut off (a copy or
            # download that did not finish).
            raise PlanFileError(
                f"{name} is onvolledig: het bestand houdt halverwege op (afgebroken bij "
                f"regel {error.lineno}). Vraag de afzender het opnieuw te sturen.") from error
        raise PlanFileError(
            f"{name} is geen geldig planbestand: het is geen geldige JSON (regel "
            f"{error.lineno}, kolom {error.colno}).") from error


def _cut_off(text: str) -> bool:
    """True when the text ends inside a string or with brackets still open: a truncated file."""
    depth, in_string, escaped = 0, False, False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
    return in_string or depth > 0


def plan_from_document(document: Any, name: str = "Het plan") -> Plan:
    """Check a parsed document (format, version, schema) and turn it into a ``Plan``."""
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise PlanFileError(f"{name} is geen planbestand van Wat Werkt (het veld 'format' "
                            f"is niet '{FORMAT_NAME}').")
    version = document.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        # Checked before the schema: a newer file may have fields this version cannot know.
        raise PlanFileError(
            f"{name} is gemaakt met een nieuwere versie van Wat Werkt (planformaat {version}; "
            f"deze versie kent {FORMAT_VERSION}). Werk het programma bij om het te openen.")
    error = jsonschema.exceptions.best_match(_validator().iter_errors(document))
    if error is not None:
        raise PlanFileError(f"{name} is geen geldig plan: {describe(error)}")
    ids = [item["id"] for item in document["items"]]
    if len(ids) != len(set(ids)):
        raise PlanFileError(f"{name} is geen geldig plan: twee onderdelen hebben dezelfde id.")
    return Plan.from_dict(document)


def field_path(error: jsonschema.ValidationError) -> str:
    """``items[2].status`` for an error at that place; ``(het hele plan)`` at the top."""
    text = ""
    for part in error.absolute_path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(het hele plan)"


def describe(error: jsonschema.ValidationError) -> str:
    """A Dutch sentence for a schema error, naming the field."""
    where = field_path(error)
    kind = error.validator
    if kind == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        prefix = f"{where}." if error.absolute_path else ""
        return f"het verplichte veld '{prefix}{missing}' ontbreekt."
    if kind == "additionalProperties":
        return f"{where} bevat een onbekend veld ({error.message})."
    messages = {
        "type": f"veld '{where}' heeft het verkeerde type (verwacht: {error.validator_value}).",
        "enum": f"veld '{where}' heeft een onbekende waarde; toegestaan: "
                f"{', '.join(map(str, error.validator_value or ()))}.",
        "const": f"veld '{where}' moet '{error.validator_value}' zijn.",
        "pattern": f"veld '{where}' heeft een ongeldige vorm ({error.instance!r}).",
        "maxLength": f"veld '{where}' is te lang (hooguit {error.validator_value} tekens).",
        "minLength": f"veld '{where}' is leeg of te kort.",
        "maxItems": f"veld '{where}' heeft te veel elementen (hooguit {error.validator_value}).",
        "minimum": f"veld '{where}' is te klein (ten minste {error.validator_value}).",
        "uniqueItems": f"veld '{where}' bevat een waarde twee keer.",
        "oneOf": f"veld '{where}' heeft een ongeldige waarde ({error.instance!r}).",
    }
    return messages.get(str(kind), f"veld '{where}': {error.message}")


def write_plan_file(plan: Plan, path: Path) -> None:
    """Write ``plan`` to ``path`` atomically; an invalid plan is refused, not written."""
    path = Path(path)
    document = plan.to_dict()
    error = jsonschema.exceptions.best_match(_validator().iter_errors(document))
    if error is not None:
        raise PlanFileError(f"Het plan kan niet worden bewaard: {describe(error)}")
    data = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    atomic_write(path, data.encode("utf-8"))
