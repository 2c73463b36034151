"""Indicators as vocabulary: reading them, which way is better, and matching a spreadsheet name."""

from kb_app.core.indicators import (
    HIGHER_IS_BETTER,
    HIGHER_IS_WORSE,
    IndicatorDef,
    match_indicator,
    normalise_name,
)

LONELY = IndicatorDef.from_dict(
    {
        "id": "eenzaamheid",
        "label": "Eenzaamheid",
        "condition": "sociale-inclusie",
        "direction": HIGHER_IS_WORSE,
        "unit": "%",
        "label_en": "Loneliness",
        "synonyms": ["Zich eenzaam voelen", "ernstig eenzaam"],
        "themes": ["eenzaamheid"],
    }
)
WORK = IndicatorDef.from_dict({"id": "arbeidsparticipatie", "label": "Arbeidsparticipatie"})


def test_from_dict_fills_defaults_and_keeps_lists_as_tuples():
    assert WORK.label == "Arbeidsparticipatie" and WORK.direction == HIGHER_IS_BETTER
    assert (WORK.unit, WORK.synonyms, WORK.themes) == ("", (), ())
    assert LONELY.synonyms == ("Zich eenzaam voelen", "ernstig eenzaam")
    # A YAML null for a list is "no words", not a crash.
    assert IndicatorDef.from_dict({"id": "x", "synonyms": None}).synonyms == ()
    assert IndicatorDef.from_dict({"id": "x"}).label == "x"


def test_direction_and_language():
    assert WORK.higher_is_better and not LONELY.higher_is_better
    assert (LONELY.text("en"), LONELY.text("nl"), WORK.text("en")) == (
        "Loneliness",
        "Eenzaamheid",
        "Arbeidsparticipatie",
    )


def test_normalise_name_ignores_case_accents_and_punctuation():
    assert normalise_name("  Zich   EENZAAM-voelen (%) ") == "zich eenzaam voelen"
    assert normalise_name("Geïsoleerd") == "geisoleerd"
    assert normalise_name("—") == ""


def test_match_by_id_label_english_label_or_synonym_only_exactly():
    indicators = (WORK, LONELY)
    for name in ("eenzaamheid", "EENZAAMHEID", "Loneliness", "zich eenzaam voelen!"):
        assert match_indicator(name, indicators) is LONELY
    # Near misses are left for the person to choose, never guessed.
    assert match_indicator("eenzaamheid 75+", indicators) is None
    assert match_indicator("", indicators) is None
    assert match_indicator("...", indicators) is None
