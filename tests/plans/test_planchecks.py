"""The Dutch words for a broken plan file: where (path and field name), what, and what to do."""

from __future__ import annotations

import json

import jsonschema
import pytest

from kb_app.core.paths import schema_dir
from kb_app.plans.model import Item, Plan
from kb_app.plans.planchecks import (
    NotANumber,
    bad_date,
    bad_number,
    describe,
    duplicate_item,
    field_label,
    field_path,
    place,
)

ITEM = {"id": "a", "intervention_id": None, "title": "Buurtkamer"}


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads((schema_dir() / "plan.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def test_a_place_is_named_as_a_path_and_in_words():
    assert field_path(["items", 3, "budget_amount"]) == "items[3].budget_amount"
    assert field_label(["items", 3, "budget_amount"]) == "budget (bedrag) van onderdeel 4"
    assert field_label(["items", 0, "actions", 1, "who"]) == "wie van actie 2 van onderdeel 1"
    assert field_label(["priorities", 1]) == "prioriteit 2"
    assert field_label(["onbekend_veld"]) == "onbekend_veld"
    assert place([]) == "het plan als geheel" and field_path([]) == "(het hele plan)"
    assert place(["title"]) == "veld 'title' (titel)"


def message(validator, document) -> str:
    error = jsonschema.exceptions.best_match(validator.iter_errors(document))
    assert error is not None
    return describe(error)


def test_every_schema_error_becomes_one_dutch_sentence(validator):
    item = Item(id="3f2b9c1e-0d4a-4c8e-9b1a-2e6f7a8b9c0e", intervention_id=None, title="B")
    base = Plan(id="3f2b9c1e-0d4a-4c8e-9b1a-2e6f7a8b9c0d", title="Plan", items=(item,)).to_dict()
    assert list(validator.iter_errors(base)) == []
    first = base["items"][0]
    cases = {
        "het verplichte veld 'title' (titel) ontbreekt.": {
            k: v for k, v in base.items() if k != "title"
        },
        "bevat een onbekend veld ('kleur'); deze versie kent dat niet.": base | {"kleur": "rood"},
        "veld 'title' (titel) heeft het verkeerde soort waarde: verwacht tekst.": base
        | {"title": 5},
        "veld 'items[0].status' (status van onderdeel 1) heeft een onbekende waarde ('klaar')": (
            base | {"items": [first | {"status": "klaar"}]}
        ),
        "veld 'id' (id) heeft een ongeldige vorm ('x'); verwacht een id als": base | {"id": "x"},
        "veld 'title' (titel) is te lang": base | {"title": "x" * 100_000},
    }
    for expected, document in cases.items():
        assert expected in message(validator, document), (expected, message(validator, document))


def test_numbers_no_person_writes_are_named_at_their_place():
    assert bad_number({"items": [ITEM | {"budget_amount": 12500.5}]}) is None
    infinite = bad_number({"items": [ITEM, ITEM | {"budget_amount": float("inf")}]})
    assert infinite is not None and infinite.startswith(
        "veld 'items[1].budget_amount' (budget (bedrag) van onderdeel 2) bevat Infinity"
    )
    assert "bevat NaN" in (bad_number({"x": float("nan")}) or "")
    assert "een getal van 16 cijfers" in (bad_number({"x": 10**15}) or "")
    assert bad_number({"x": 10**15 - 1, "flag": True}) is None
    huge = NotANumber("9" * 5000)
    assert "99999999999… (5000 tekens)" in (bad_number({"x": huge}) or "")


def test_dates_that_do_not_exist_are_refused():
    assert bad_date({"created": "2024-02-29T10:00:00+00:00", "items": []}) is None
    assert bad_date({"items": [ITEM | {"added_evidence_date": "2020-04"}]}) is None
    leap = bad_date({"created": "2025-02-29T10:00:00+00:00", "items": []})
    assert leap is not None and leap.startswith("veld 'created' (aangemaakt op) is geen bestaande")
    month = bad_date({"items": [ITEM, ITEM | {"added_evidence_date": "2020-13"}]})
    assert month is not None and "items[1].added_evidence_date" in month


def test_two_items_with_one_id_are_named_by_number():
    assert duplicate_item({"items": [ITEM, ITEM | {"id": "b"}]}) is None
    twice = duplicate_item({"items": [ITEM, ITEM | {"id": "b"}, ITEM]})
    assert twice is not None and twice.startswith("onderdeel 3 heeft dezelfde id als onderdeel 1")


def test_every_message_has_the_same_fields_in_both_languages():
    import re

    from kb_app.plans import figure_messages, planchecks

    for catalogue in (planchecks.MESSAGES, figure_messages.MESSAGES):
        for kind, texts in catalogue.items():
            fields = {lang: sorted(re.findall(r"\{(\w+)\}", text)) for lang, text in texts.items()}
            assert fields["nl"] == fields["en"], kind


def test_every_schema_error_becomes_one_english_sentence_too(validator):
    item = Item(id="3f2b9c1e-0d4a-4c8e-9b1a-2e6f7a8b9c0e", intervention_id=None, title="B")
    base = Plan(id="3f2b9c1e-0d4a-4c8e-9b1a-2e6f7a8b9c0d", title="Plan", items=(item,)).to_dict()
    first = base["items"][0]
    cases = {
        "the required field 'title' (title) is missing.": {
            k: v for k, v in base.items() if k != "title"
        },
        "contains an unknown field ('kleur'); this version does not know it.": base
        | {"kleur": "rood"},
        "field 'title' (title) has the wrong kind of value: expected text.": base | {"title": 5},
        "field 'items[0].status' (status of item 1) has an unknown value ('klaar')": (
            base | {"items": [first | {"status": "klaar"}]}
        ),
        "field 'id' (id) has an invalid form ('x'); expected an id like": base | {"id": "x"},
        "field 'title' (title) is too long: 100,000 characters": base | {"title": "x" * 100_000},
    }
    for expected, document in cases.items():
        error = jsonschema.exceptions.best_match(validator.iter_errors(document))
        assert expected in describe(error, "en"), (expected, describe(error, "en"))
    nan = bad_number({"items": [ITEM, ITEM | {"budget_amount": float("nan")}]}, "en")
    assert nan == (
        "field 'items[1].budget_amount' (budget (amount) of item 2) contains NaN, and that is "
        "no ordinary number. An amount is a number in euros, like 12500 or 8000.5."
    )
    assert "contains 123456789012… (30 characters)" in (
        bad_number({"x": NotANumber("123456789012345678901234567890")}, "en") or ""
    )


def test_a_schema_keyword_without_its_own_words_is_still_said_in_english():
    from kb_app.plans.planchecks import _describe_value

    assert _describe_value("1", "field 'x' (x)", "dependentRequired", None, "en") == (
        "field 'x' (x) is invalid (dependentRequired)."
    )
