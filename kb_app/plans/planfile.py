"""Reading and writing ``.wwplan`` files: a plan as JSON, validated by ``schema/plan.schema.json``.

A plan file comes from someone else's computer, so reading trusts nothing. Only a regular file is
read (a FIFO or ``/dev/zero`` would block or never end), its size is checked before a byte is
read and the read itself is bounded; the nesting depth is measured before the JSON parser sees
the text (a parser recursing 100,000 levels deep fails blind); NaN, Infinity and numbers too
large to be real are caught with the field they sit in; control characters and lone surrogates
are removed (``core.text``); then come format, version, schema, real dates and unique ids. Each
failure is a ``PlanFileError`` with a Dutch message that says where, what and what to do, and the
same message in English for the English interface (``error.text(lang)``).
Writing goes through ``core.files.atomic_write``: an existing file is either the old plan or the
new one, never half of each.
"""

from __future__ import annotations

import errno
import json
import operator
import os
import re
import stat
from functools import lru_cache
from itertools import accumulate, count
from pathlib import Path
from typing import Any

import jsonschema

from kb_app.core.errors import KbError
from kb_app.core.files import atomic_write
from kb_app.core.paths import schema_dir
from kb_app.core.text import clean_tree
from kb_app.plans.model import FORMAT_NAME, FORMAT_VERSION, Plan
from kb_app.plans.planchecks import (
    FIX,
    FIX_EN,
    MAX_INTEGER_DIGITS,
    NotANumber,
    bad_date,
    bad_number,
    describe,
    duplicate_item,
    field_path,
)

MAX_BYTES = 5 * 1024 * 1024  # a real plan is a few hundred kilobytes at most
MAX_DEPTH = 32  # a valid plan nests 5 levels deep (plan, items, item, actions, action)

__all__ = [
    "MAX_BYTES",
    "MAX_DEPTH",
    "PlanFileError",
    "describe",
    "field_path",
    "plan_from_document",
    "read_plan_file",
    "write_plan_file",
]


class PlanFileError(KbError):
    """A plan file that cannot be read or written; the message says why (Dutch; ``english``)."""

    def __init__(self, message: str, english: str = "") -> None:
        super().__init__(message)
        self.english = english


@lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads((schema_dir() / "plan.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def read_plan_file(path: Path) -> Plan:
    """The plan in ``path``, or ``PlanFileError`` with a message for the user."""
    path = Path(path)
    return plan_from_document(_parse(_read_bounded(path), path.name), path.name)


def _read_bounded(path: Path) -> bytes:
    """The bytes of a regular file of at most ``MAX_BYTES``; anything else is refused unread."""
    try:
        _check_kind(path, os.stat(path))
        # O_NONBLOCK: should the path have become a FIFO since the stat, opening cannot hang.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        try:
            _check_kind(path, os.fstat(descriptor))
            with os.fdopen(descriptor, "rb", closefd=False) as stream:
                raw = stream.read(MAX_BYTES + 1)  # bounded even if the file grows meanwhile
        finally:
            os.close(descriptor)
    except OSError as error:
        raise PlanFileError(*_read_error(path, error)) from error
    if len(raw) > MAX_BYTES:
        raise _too_big(path, len(raw))
    return raw


def _check_kind(path: Path, info: os.stat_result) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise PlanFileError(
            f"{path} is een map, geen planbestand. Kies een .wwplan-bestand.",
            f"{path} is a folder, not a plan file. Choose a .wwplan file.",
        )
    if not stat.S_ISREG(info.st_mode):
        raise PlanFileError(
            f"{path} is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pijp) en is "
            "dus geen planbestand. Het is niet geopend; kies een .wwplan-bestand.",
            f"{path} is not an ordinary file (but for example a device or a pipe), so it is not a "
            "plan file. It has not been opened; choose a .wwplan file.",
        )
    if info.st_size > MAX_BYTES:
        raise _too_big(path, info.st_size)


def _too_big(path: Path, size: int) -> PlanFileError:
    mb, limit = f"{size / 1_048_576:.1f}", MAX_BYTES // 1_048_576
    return PlanFileError(
        f"{path.name} is te groot om een plan te zijn ({mb} MB; een "
        f"planbestand is hooguit {limit} MB). Het is niet geopend.",
        f"{path.name} is too big to be a plan ({mb} MB; a plan file is at most {limit} MB). "
        "It has not been opened.",
    )


def _read_error(path: Path, error: OSError) -> tuple[str, str]:
    """The message for a file that cannot be opened: Dutch, English."""
    if isinstance(error, FileNotFoundError):
        return f"Het planbestand {path} bestaat niet.", f"The plan file {path} does not exist."
    if isinstance(error, PermissionError):
        return (
            f"U mag {path} niet lezen (geen leesrechten). Vraag de eigenaar om toegang.",
            f"You may not read {path} (no read permission). Ask the owner for access.",
        )
    if error.errno == errno.ENAMETOOLONG:
        return (
            f"De naam {path.name[:60]}… is te lang voor het besturingssysteem.",
            f"The name {path.name[:60]}… is too long for the operating system.",
        )
    if error.errno == errno.ELOOP:
        return (
            f"{path} is een snelkoppeling die naar zichzelf verwijst.",
            f"{path} is a shortcut that points to itself.",
        )
    if error.errno == errno.ENOTDIR:
        return (
            f"Het planbestand {path} bestaat niet (een deel van het pad is geen map).",
            f"The plan file {path} does not exist (part of the path is not a folder).",
        )
    return (
        f"{path.name} kan niet worden gelezen (fout {error.errno}: {error.strerror}).",
        f"{path.name} cannot be read (error {error.errno}: {error.strerror}).",
    )


def _parse(raw: bytes, name: str) -> Any:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise PlanFileError(
            f"{name} is geen planbestand van Wat Werkt: het is geen tekst "
            "(verwacht JSON in UTF-8).",
            f"{name} is not a Wat Werkt plan file: it is not text (expected JSON in UTF-8).",
        ) from error
    if not text.strip():
        raise PlanFileError(f"{name} is leeg.", f"{name} is empty.")
    if nesting_depth(text) > MAX_DEPTH:
        raise PlanFileError(
            f"{name} is geen planbestand van Wat Werkt: de haakjes zijn meer dan {MAX_DEPTH} "
            "niveaus diep genest (een plan heeft er hooguit 5). Het bestand is beschadigd of "
            "met opzet zo gemaakt; het is niet geopend.",
            f"{name} is not a Wat Werkt plan file: the brackets are nested more than {MAX_DEPTH} "
            "levels deep (a plan has at most 5). The file is damaged or was made this way on "
            "purpose; it has not been opened.",
        )
    try:
        # strict=False: a raw tab or control character inside a string is let in, to be
        # removed with the others below, rather than refusing a hand-edited file for it.
        return json.loads(
            text, parse_constant=NotANumber, parse_float=_float, parse_int=_int, strict=False
        )
    except json.JSONDecodeError as error:
        if error.pos >= len(text.rstrip()) or _cut_off(text):
            # The parser ran out of text mid-document: the file was cut off (a copy or
            # download that did not finish).
            raise PlanFileError(
                f"{name} is onvolledig: het bestand houdt halverwege op (afgebroken bij "
                f"regel {error.lineno}). Vraag de afzender het opnieuw te sturen.",
                f"{name} is incomplete: the file stops halfway (cut off at line "
                f"{error.lineno}). Ask the sender to send it again.",
            ) from error
        raise PlanFileError(
            f"{name} is geen geldig planbestand: het is geen geldige JSON (regel "
            f"{error.lineno}, kolom {error.colno}).",
            f"{name} is not a valid plan file: it is not valid JSON (line {error.lineno}, "
            f"column {error.colno}).",
        ) from error


def _float(text: str) -> float | NotANumber:
    value = float(text)
    return value if value not in (float("inf"), float("-inf")) else NotANumber(text)


def _int(text: str) -> int | NotANumber:
    # Python refuses to turn more than 4,300 digits into an int; a plan never needs 16.
    return int(text) if len(text.lstrip("-")) <= MAX_INTEGER_DIGITS else NotANumber(text)


_STRING = re.compile(r'"(?:[^"\\]++|\\.)*+"?')  # a JSON string, or its cut-off start
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_STEPS = bytes.maketrans(b"[{]}", b"\x02\x02\x00\x00")


def nesting_depth(text: str) -> int:
    """The deepest bracket nesting in JSON text, brackets inside strings not counted.

    Linear and cheap, so it can run before the parser: strings are cut out (possessive
    repetition, so no backtracking), then the depth after each bracket is a running sum in
    which an opener counts 2 and a closer 0, minus the number of brackets so far (+1 / -1).
    Every step runs in C: a 5 MB file of brackets takes well under a second.
    """
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text)).encode("ascii").translate(_STEPS)
    return max(map(operator.sub, accumulate(brackets), count(1)), default=0)


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
    """Check a parsed document (format, version, numbers, schema, dates) and make a ``Plan``."""
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise PlanFileError(
            f"{name} is geen planbestand van Wat Werkt "
            f"(het veld 'format' is niet '{FORMAT_NAME}').",
            f"{name} is not a Wat Werkt plan file (the field 'format' is not '{FORMAT_NAME}').",
        )
    version = document.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        # Checked before the schema: a newer file may have fields this version cannot know.
        raise PlanFileError(
            f"{name} is gemaakt met een nieuwere versie van Wat Werkt (planformaat {version}; "
            f"deze versie kent {FORMAT_VERSION}). Werk het programma bij om het te openen.",
            f"{name} was made with a newer version of Wat Werkt (plan format {version}; this "
            f"version knows {FORMAT_VERSION}). Update the program to open it.",
        )
    raw = document
    document = clean_tree(document)  # control characters and lone surrogates: removed
    problem = _problem(raw, document, "nl", duplicates=True)
    if problem is not None:
        english = _problem(raw, document, "en", duplicates=True)
        raise PlanFileError(
            f"{name} is geen geldig plan: {problem} {FIX}",
            f"{name} is not a valid plan: {english} {FIX_EN}",
        )
    return Plan.from_dict(document)


def _problem(raw: Any, document: Any, lang: str, duplicates: bool) -> str | None:
    """The first problem in a document (numbers before cleaning, then schema, dates, ids)."""
    problem = bad_number(raw, lang)
    if problem is None:
        error = jsonschema.exceptions.best_match(_validator().iter_errors(document))
        problem = describe(error, lang) if error is not None else None
    problem = problem or bad_date(document, lang)
    return problem or (duplicate_item(document, lang) if duplicates else None)


def write_plan_file(plan: Plan, path: Path) -> None:
    """Write ``plan`` to ``path`` atomically; an invalid plan is refused, not written."""
    path = Path(path)
    document = clean_tree(plan.to_dict())
    problem = _problem(document, document, "nl", duplicates=False)
    if problem is not None:
        english = _problem(document, document, "en", duplicates=False)
        raise PlanFileError(
            f"Het plan kan niet worden bewaard: {problem}",
            f"The plan cannot be saved: {english}",
        )
    data = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    atomic_write(path, data.encode("utf-8"))
