"""The level as a professional reads it: "nagekeken op" beside every level in the detail pane and
the compare view, the four unjudged terms each with their own explanation, and a provider's claim
or a foreign rating shown apart from the level, labelled as what they are."""

import dataclasses
import datetime as dt
import re

from kb_app.core.evidence_text import evidence_line, same_judgement
from kb_app.core.model import ProviderClaim, Rating
from kb_app.gui.detail_html import compare_html, evidence_block

TODAY = dt.date(2026, 11, 30)


def text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).replace("&nbsp;", " ").split())


def test_a_recognition_shows_its_date_check_and_source(reader):
    item = reader.intervention("krachtwerk")
    shown = text(evidence_block(item, reader.vocabulary(), TODAY))
    assert "Goed onderbouwd erkend 2015 — nagekeken op 30 november 2026" in shown
    assert "Bron van dit niveau: https://impuls-onderzoekscentrum.nl" in shown


def test_each_unjudged_term_says_what_we_know(reader):
    vocabulary = reader.vocabulary()
    for doc_id, level in (
        ("seniorweb", "geen-erkenning-gevonden"),
        ("burendag", "buiten-erkenningssysteem"),
        ("join-us", "niet-beoordeeld"),
    ):
        item = reader.intervention(doc_id)
        assert item.evidence.level == level
        shown = text(evidence_block(item, vocabulary, TODAY))
        assert vocabulary.label("evidence_levels", level) in shown
        assert " ".join(vocabulary.term("evidence_levels", level).explanation.split()) in shown
        assert "nagekeken op" in shown and "erkend" not in shown.split("nagekeken")[0]
        assert "Let op" not in shown  # no judgement is not a warning sign
    assert "gezocht op 2026-11-23" in text(
        evidence_block(reader.intervention("seniorweb"), vocabulary, TODAY)
    )


def test_a_rejection_is_a_warning(reader):
    shown = text(
        evidence_block(reader.intervention("marietje-kessels-project"), reader.vocabulary(), TODAY)
    )
    assert "Niet erkend beoordeeld 18 september 2015" in shown and "Let op:" in shown


def test_a_provider_claim_is_labelled_and_never_the_level(reader):
    item = reader.intervention("samen-sterk-zonder-stigma")
    html = evidence_block(item, reader.vocabulary(), TODAY)
    level_line = text(html.split("</p>")[0])
    assert "aantoonbaar" not in level_line and "Geen erkenning gevonden" in level_line
    shown = text(html)
    assert "Volgens de aanbieder: In een persbericht van juni 2021" in shown
    assert "geen erkenning" in shown.split("Volgens de aanbieder")[1]


def test_a_foreign_rating_is_a_second_labelled_rating(reader):
    item = reader.intervention("kiva")
    rating = Rating("Blueprints", "Promising", "https://example.org/kiva", "2019")
    rated = dataclasses.replace(
        item, evidence=dataclasses.replace(item.evidence, ratings=(rating,))
    )
    shown = text(evidence_block(rated, reader.vocabulary(), TODAY))
    assert shown.index("Effectief volgens sterke aanwijzingen") < shown.index("Blueprints")
    assert "Buitenlandse beoordelingen (een tweede oordeel, naast het Nederlandse niveau)" in shown
    assert "Blueprints: Promising (2019) — buitenlandse beoordeling" in shown


def test_compare_view_shows_the_check_for_each_column(reader):
    items = [reader.intervention(i) for i in ("kiva", "seniorweb", "samen-sterk-zonder-stigma")]
    shown = text(compare_html(items, reader.vocabulary(), TODAY))
    assert shown.count("nagekeken op") == 3
    assert "erkend 2022" in shown and "volgens de aanbieder:" in shown


def test_the_export_sentence(reader):
    vocabulary = reader.vocabulary()
    assert (
        evidence_line("goed-onderbouwd", "2021", "2026-11-30", vocabulary)
        == "Goed onderbouwd (erkend 2021) — nagekeken op 30 november 2026"
    )
    assert (
        evidence_line("goed-beschreven", "2015-05-15", "", vocabulary)
        == "Goed beschreven (beoordeeld 15 mei 2015)"
    )
    assert (
        evidence_line("effectief-eerste-aanwijzingen", "", "2026-11-30", vocabulary)
        == "Effectief volgens eerste aanwijzingen (datum onbekend) — nagekeken op 30 november 2026"
    )
    assert (
        evidence_line("buiten-erkenningssysteem", "", "2026-11-30", vocabulary)
        == "Buiten het erkenningssysteem — nagekeken op 30 november 2026"
    )


def test_old_unjudged_snapshots_are_no_change():
    assert same_judgement("niet-beoordeeld", "geen-erkenning-gevonden")
    assert same_judgement("niet-beoordeeld", "buiten-erkenningssysteem")
    assert not same_judgement("geen-erkenning-gevonden", "niet-beoordeeld")
    assert not same_judgement("goed-onderbouwd", "geen-erkenning-gevonden")
    assert not same_judgement("niet-beoordeeld", "goed-beschreven")


def test_a_claim_object_reads_as_a_claim():
    from kb_app.core.evidence_text import claim_line

    line = claim_line(ProviderClaim("De aanpak werkt aantoonbaar.", "https://example.org"))
    assert line.startswith("Volgens de aanbieder:") and line.endswith("geen erkenning.")
