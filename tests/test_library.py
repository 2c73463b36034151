"""The editors' gate on the real library: facts kept, themes balanced, searches that must work."""

import json
import os
from collections import Counter
from pathlib import Path

import pytest

from kb_app.core.model import UNJUDGED_LEVELS
from kb_app.pipeline.validate import validate
from tests.conftest import CONTENT, ROOT, SCHEMA

# The reference folder lives beside the clone (as in CI); KB_REFERENCE_DIR points elsewhere.
REFERENCE = Path(os.environ.get("KB_REFERENCE_DIR") or ROOT.parent / "shared" / "reference")
FACTS = REFERENCE / "interventions-facts.json"
# Where the library departs from the facts list because a later check of a stored page said
# more; each entry names the page, and the file's own evidence note and sources say the same.
RECHECKED_DATES = {
    "Moeders Informeren Moeders (MIM)": (
        "2014: the NJi newsletter of December 2014 (jeugdenco.nl/2014/12/...) reports it"
    ),
}
LEVELS = {
    "Goed beschreven": "goed-beschreven",
    "Goed onderbouwd": "goed-onderbouwd",
    "Effectief volgens eerste aanwijzingen": "effectief-eerste-aanwijzingen",
    "Effectief volgens goede aanwijzingen": "effectief-goede-aanwijzingen",
    "Effectief volgens sterke aanwijzingen": "effectief-sterke-aanwijzingen",
    "Niet erkend": "niet-erkend",
}
MONTHS = {
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "augustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
}


@pytest.fixture(scope="module")
def library():
    return validate(CONTENT, SCHEMA)


def _iso(fact) -> str | None:
    date = fact.get("evidence_date")
    if date and date.count("-") == 2:
        day, month, year = date.split("-")
        return f"{year}-{month}-{day}"
    if date and date.split()[0] in MONTHS:
        return f"{date.split()[1]}-{MONTHS[date.split()[0]]:02d}"
    return str(fact["evidence_year"]) if fact.get("evidence_year") else None


@pytest.mark.skipif(not FACTS.is_file(), reason="shared/reference is not beside this checkout")
def test_stated_levels_from_the_facts_are_kept(library):
    by_name = {}
    for doc in library.interventions:
        for name in [doc.meta["title"], *doc.meta.get("aliases", [])]:
            by_name[name] = doc
    stated = [f for f in json.loads(FACTS.read_text()) if f["evidence_level"] != "onbekend"]
    assert len(stated) == 25
    for fact in stated:
        doc = by_name.get(fact["name"])
        assert doc is not None, f"{fact['name']} is missing from the library"
        evidence = doc.meta["evidence"]
        assert evidence["level"] == LEVELS[fact["evidence_level"]], fact["name"]
        stated, date = _iso(fact), str(evidence.get("date") or "")
        if fact["name"] in RECHECKED_DATES:
            assert date and evidence["checked"] >= "2026-11-30", fact["name"]
        else:  # the same date, or a more precise one within it (2017 -> 2017-03-15)
            assert date == (stated or "") or (stated and date.startswith(stated)), fact["name"]


def test_size_and_balance(library):
    assert len(library.interventions) >= 100
    assert len(library.principles) >= 12
    themes = Counter(t for d in library.interventions for t in d.meta["themes"][:2])
    for theme in ("inclusie", "discriminatie", "basisvaardigheden", "weerbaarheid"):
        assert themes[theme] >= 20, theme


def test_every_principle_is_used(library):
    used = {p for d in library.interventions for p in d.meta.get("principles", [])}
    assert {p.id for p in library.principles} <= used


def test_unjudged_interventions_say_so(library):
    """Without a judgement the file says what we know: where we searched, why the system does not
    judge this kind of approach, or which databank lists it without a judgement."""
    for doc in library.interventions:
        evidence = doc.meta["evidence"]
        if evidence["level"] in UNJUDGED_LEVELS:
            assert evidence.get("note"), doc.id
        if evidence["level"] == "niet-beoordeeld":
            assert evidence.get("source"), doc.id


def test_every_level_carries_nagekeken_op(library):
    for doc in library.interventions:
        evidence = doc.meta["evidence"]
        if evidence["level"] not in UNJUDGED_LEVELS:
            assert evidence.get("source") and evidence["checked"], doc.id
