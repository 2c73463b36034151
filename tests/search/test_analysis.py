"""Dutch analysis: folding, stop words and stemming, including the stemmer's known mistakes."""

import pytest

from kb_app.search.analysis import fold, stem, terms


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("interventie", "interventies"),
        ("gezin", "gezinnen"),
        ("school", "scholen"),
        ("taal", "talen"),
        ("maatje", "maatjes"),
        ("vrijwilliger", "vrijwilligers"),
        ("huis", "huizen"),
        ("mens", "mensen"),
        ("schuld", "schulden"),
        ("financiën", "financien"),
    ],
)
def test_inflected_forms_share_a_term(one, other):
    assert terms(one) == terms(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("ouders", "ouderen"),  # parents are not the elderly
        ("ouder", "oudere"),
        ("begeleiding", "beleid"),  # the newer Dutch stemmer confuses these
        ("gezin", "zin"),
        ("weerbaarheid", "weer"),
    ],
)
def test_different_words_stay_apart(one, other):
    assert terms(one) != terms(other)


def test_accents_are_folded_and_case_ignored():
    assert fold("Financiën") == "financien"
    assert terms("CAFÉ") == terms("cafe")


def test_stop_words_are_dropped():
    assert terms("interventies voor de jongeren in het dorp") == [
        stem("interventies"),
        stem("jongeren"),
        stem("dorp"),
    ]


def test_numbers_and_short_words_are_kept_as_typed():
    assert terms("groep 7 en 8") == ["groep", "7", "8"]
