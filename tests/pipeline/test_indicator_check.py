"""The ``indicators`` section of vocabularies.yaml: every problem found, named, and no crash on a
hostile shape (a list where a name belongs, a string where a list belongs)."""

import pytest

from kb_app.core.errors import Problem
from kb_app.pipeline.indicator_check import good_indicators

BASE = {
    "conditions": [{"id": "sociale-inclusie", "label": "Sociale inclusie"}],
    "themes": [{"id": "eenzaamheid", "label": "Eenzaamheid"}],
    "target_groups": [{"id": "ouderen", "label": "Ouderen"}],
}
GOOD = {
    "id": "eenzaamheid",
    "label": "Eenzaamheid",
    "condition": "sociale-inclusie",
    "direction": "hoger-is-slechter",
    "themes": ["eenzaamheid"],
    "target_groups": ["ouderen"],
    "synonyms": ["zich eenzaam voelen"],
}


def indicator_problems(data, shown):
    """Every problem ``good_indicators`` reports for ``data``."""
    problems: list[Problem] = []
    good_indicators(data, shown, problems)
    return problems


def _messages(*indicators, **extra):
    data = BASE | {"indicators": list(indicators)} | extra
    return [problem.message for problem in indicator_problems(data, "vocabularies.yaml")]


def test_a_good_section_and_no_section_have_no_problems():
    assert _messages(GOOD) == []
    assert indicator_problems(dict(BASE), "vocabularies.yaml") == []


def test_every_problem_of_an_indicator_is_named():
    bad = GOOD | {
        "condition": "geluk",
        "direction": "omhoog",
        "themes": ["weer"],
        "target_groups": ["katten"],
    }
    messages = _messages(bad)
    assert len(messages) == 4
    assert any("onbekende voorwaarde 'geluk'" in m for m in messages)
    assert any("'direction' moet" in m for m in messages)
    assert any("'weer' in themes" in m for m in messages)
    assert any("'katten' in target_groups" in m for m in messages)


def test_two_indicators_may_not_share_a_name_even_spelled_differently():
    other = GOOD | {"id": "alleen", "label": "Alleen", "synonyms": ["Zich Eenzaam-Voelen"]}
    assert _messages(GOOD, other) == [
        "Indicator 'alleen': de naam 'Zich Eenzaam-Voelen' hoort al bij 'eenzaamheid'."
    ]


@pytest.mark.parametrize("section", ["een tekst", 3, {"id": "x"}])
def test_a_section_that_is_not_a_list_is_one_problem(section):
    data = BASE | {"indicators": section}
    assert [p.message for p in indicator_problems(data, "v.yaml")] == [
        "Sectie 'indicators' moet een lijst van indicatoren zijn."
    ]


@pytest.mark.parametrize(
    "hostile",
    [
        GOOD | {"condition": ["sociale-inclusie"]},
        GOOD | {"themes": "eenzaamheid"},
        GOOD | {"synonyms": "eenzaam"},
        GOOD | {"synonyms": [["genest"]]},
        GOOD | {"themes": [{"id": "eenzaamheid"}]},
        GOOD | {"id": ["eenzaamheid"]},
        GOOD | {"label": 7},
        "alleen een naam",
    ],
)
def test_a_hostile_shape_is_a_problem_not_a_crash(hostile):
    assert _messages(hostile)


def test_an_unusable_english_label_is_a_problem_not_a_match():
    assert _messages(GOOD | {"label_en": ["x"]}) == [
        "Indicator 'eenzaamheid': veld 'label_en' heeft het verkeerde type (tekst, of een lijst "
        "van teksten)."
    ]


def test_hostile_terms_elsewhere_in_the_file_do_not_crash_the_check():
    data = BASE | {
        "conditions": [{"id": ["lijst"]}, "tekst", None],
        "themes": 3,
        "indicators": [GOOD],
    }
    messages = [p.message for p in indicator_problems(data, "v.yaml")]
    assert messages == [
        "Indicator 'eenzaamheid': onbekende voorwaarde 'sociale-inclusie'.",
        "Indicator 'eenzaamheid': onbekende term 'eenzaamheid' in themes.",
    ]
