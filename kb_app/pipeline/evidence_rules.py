"""The rules an intervention's ``evidence`` block must keep beyond its JSON Schema.

A professional acts on a level, so a level must say exactly what is known: a recognition (or a
rejection) names the stable page that states it, the date of the judgement and the date we last
checked it ("nagekeken op"), and the judgement cannot postdate the check. Only when no page
gives the date may it be missing, and then the note must say so (it mentions the "datum"). A
term without a judgement says where we searched or why the system does not judge this kind of
approach. A provider's own claim and an international rating cite a page listed in ``sources``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from kb_app.core.errors import Problem
from kb_app.core.model import UNJUDGED_LEVELS
from kb_app.core.texts import Text
from kb_app.pipeline.frontmatter import SourceFile
from kb_app.pipeline.problem_messages import problem

# Pages whose content rotates ("recent erkende interventies", a news overview, a paged list):
# they stated a level on the day someone looked, not tomorrow. A level needs the page of the
# intervention itself, or a dated article about its recognition.
ROTATING_SOURCES = (
    re.compile(r"loketgezondleven\.nl/(en/)?node/1951/?$"),
    re.compile(r"recent[-_]?erkende[-_]?interventies", re.IGNORECASE),
    re.compile(r"/nieuws/?$|/news/?$"),
    re.compile(r"[?&]page=\d"),
)
# Terms without a judgement whose note must say where we searched, or why the system does not
# judge this kind of approach. ``niet-beoordeeld`` must cite the databank listing instead.
LISTED_UNJUDGED = "niet-beoordeeld"
NOTE_REQUIRED = {
    "geen-erkenning-gevonden": Text(
        "zeg waar en wanneer is gezocht (welke databanken)",
        "say where and when the search was made (which databanks)",
    ),
    "buiten-erkenningssysteem": Text(
        "zeg waarom het erkenningssysteem dit soort aanpak niet beoordeelt",
        "say why the recognition system does not judge this kind of approach",
    ),
}


def is_rotating(url: str) -> bool:
    return any(pattern.search(url) for pattern in ROTATING_SOURCES)


def _start(value: str) -> dt.date | None:
    """The first day a (partial) ISO date can mean, or None when it is no date."""
    parts = value.split("-")
    try:
        numbers = [int(p) for p in parts] + [1] * (3 - len(parts))
        return dt.date(*numbers[:3])
    except (TypeError, ValueError):
        return None


TEXT_FIELDS = ("level", "source", "note", "databank", "assessor")
DATE_FIELDS = ("date", "checked")  # YAML reads an unquoted 2026-11-30 as a date


def evidence_problems(doc: SourceFile, evidence: dict[str, Any]) -> list[Problem]:
    """Every rule the ``evidence`` block of one file breaks; the level itself is known."""
    if any(not isinstance(evidence.get(key, ""), str) for key in TEXT_FIELDS) or any(
        not isinstance(evidence.get(key, ""), str | dt.date) for key in DATE_FIELDS
    ):
        return []  # a field of the wrong type: the schema check names it; these rules need text
    level = evidence.get("level")
    sources = (doc.meta or {}).get("sources")
    # A hostile file may put anything here; the schema reports the shape, this only reads urls.
    listed = {
        s.get("url")
        for s in (sources if isinstance(sources, list) else [])
        if isinstance(s, dict) and isinstance(s.get("url"), str)
    }
    found = _cited_problems(doc, evidence, listed)
    if level in NOTE_REQUIRED and not evidence.get("note"):
        found.append(
            problem(
                doc.path,
                doc.line_of("evidence", "level"),
                "note-missing",
                level=level,
                what=NOTE_REQUIRED[level],
            )
        )
    if level not in UNJUDGED_LEVELS:
        found.extend(_judgement_problems(doc, evidence, listed))
    elif level == LISTED_UNJUDGED:
        found.extend(_listing_problems(doc, evidence, listed))
    return found


def _listing_problems(doc: SourceFile, evidence: dict[str, Any], listed: set) -> list[Problem]:
    """``niet-beoordeeld`` claims a databank lists the intervention: cite that listing."""
    source = evidence.get("source")
    if not source:
        return [problem(doc.path, doc.line_of("evidence", "level"), "listing-missing")]
    if source not in listed:
        return [problem(doc.path, doc.line_of("evidence", "source"), "source-unlisted")]
    return []


def _judgement_problems(doc: SourceFile, evidence: dict[str, Any], listed: set) -> list[Problem]:
    line = doc.line_of("evidence", "level")
    source = evidence.get("source")
    if not source:
        return [problem(doc.path, line, "source-missing")]
    found = []
    if source not in listed:
        found.append(problem(doc.path, doc.line_of("evidence", "source"), "source-unlisted"))
    if is_rotating(str(source)):
        found.append(problem(doc.path, doc.line_of("evidence", "source"), "source-rotating"))
    date, checked = str(evidence.get("date") or ""), str(evidence.get("checked") or "")
    if not date and "datum" not in str(evidence.get("note") or "").lower():
        found.append(problem(doc.path, line, "date-missing"))
    if not checked:
        found.append(problem(doc.path, line, "checked-missing"))
    start, check_day = _start(date), _start(checked)
    if start and check_day and start > check_day:
        found.append(
            problem(
                doc.path,
                doc.line_of("evidence", "date"),
                "date-after-check",
                date=date,
                checked=checked,
            )
        )
    return found


def _cited_problems(doc: SourceFile, evidence: dict[str, Any], listed: set) -> list[Problem]:
    """A provider's claim and each international rating cite a page listed in ``sources``."""
    cited = []
    claim = evidence.get("provider_claim")
    if isinstance(claim, dict) and claim.get("source"):
        cited.append(("provider_claim", claim["source"]))
    for rating in evidence.get("ratings") or []:
        if isinstance(rating, dict) and rating.get("source"):
            cited.append(("ratings", rating["source"]))
    return [
        problem(
            doc.path, doc.line_of("evidence", key, value=url), "cited-unlisted", key=key, url=url
        )
        for key, url in cited
        if url not in listed
    ]
