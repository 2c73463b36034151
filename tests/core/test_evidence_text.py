"""How a level reads everywhere: one sentence with the judgement and the check date; a provider's
claim and a foreign rating on their own, labelled lines; old plan snapshots keep their meaning."""

import pytest

from kb_app.core.evidence_text import (
    claim_line,
    evidence_line,
    judged_phrase,
    rating_line,
    same_judgement,
)
from kb_app.core.model import ProviderClaim, Rating, Vocabulary

VOCABULARY = Vocabulary.from_dict(
    {
        "evidence_levels": [
            {"id": "niet-erkend", "label": "Niet erkend", "rank": -1},
            {"id": "niet-beoordeeld", "label": "Niet beoordeeld", "rank": 0},
            {"id": "goed-beschreven", "label": "Goed beschreven", "rank": 1},
            {"id": "goed-onderbouwd", "label": "Goed onderbouwd", "rank": 2},
        ]
    }
)


@pytest.mark.parametrize(
    ("level", "date", "phrase"),
    [
        ("goed-onderbouwd", "2021", "erkend 2021"),
        ("goed-beschreven", "2015-05-15", "beoordeeld 15 mei 2015"),
        ("niet-erkend", "2019-04", "beoordeeld april 2019"),  # judged, and not recognised
        ("goed-onderbouwd", "", "datum onbekend"),
        ("niet-beoordeeld", "2021", ""),  # nothing was judged, so no date to give
    ],
)
def test_judged_phrase(level, date, phrase):
    assert judged_phrase(level, date, VOCABULARY) == phrase


def test_evidence_line_is_one_sentence():
    assert evidence_line("goed-onderbouwd", "2021", "2026-11-30", VOCABULARY) == (
        "Goed onderbouwd (erkend 2021) — nagekeken op 30 november 2026"
    )
    assert evidence_line("niet-beoordeeld", "", "", VOCABULARY) == "Niet beoordeeld"


def test_an_impossible_date_is_shown_as_written():
    assert evidence_line("goed-onderbouwd", "2021-00", "2026-02-30", VOCABULARY) == (
        "Goed onderbouwd (erkend 2021-00) — nagekeken op 2026-02-30"
    )


def test_claim_and_rating_say_what_they_are():
    claim = claim_line(ProviderClaim("Halveert eenzaamheid.", "https://aanbieder.nl"))
    assert claim.startswith("Volgens de aanbieder: Halveert eenzaamheid.")
    assert "geen erkenning" in claim
    rating = rating_line(Rating("Blueprints", "Promising", "https://b.org", "2020-03"))
    assert rating.startswith("Blueprints: Promising (maart 2020) — buitenlandse beoordeling")
    assert "(datum niet vermeld)" in rating_line(Rating("EIF", "3", "https://e.org"))


@pytest.mark.parametrize(
    ("before", "now", "same"),
    [
        ("goed-onderbouwd", "goed-onderbouwd", True),
        (None, None, True),
        ("niet-beoordeeld", "geen-erkenning-gevonden", True),  # an old snapshot's wider term
        ("niet-beoordeeld", "buiten-erkenningssysteem", True),
        ("niet-beoordeeld", "goed-beschreven", False),
        ("goed-beschreven", "goed-onderbouwd", False),
        ("geen-erkenning-gevonden", "niet-beoordeeld", False),  # only old -> new is the same
    ],
)
def test_same_judgement(before, now, same):
    assert same_judgement(before, now) is same
