"""The plan model: to_dict/from_dict round-trip exactly, also through JSON text."""

import json

from kb_app.plans.model import FORMAT_VERSION, Action, Item, Plan, Priority


def test_round_trip_is_exact(plan):
    document = plan.to_dict()
    assert Plan.from_dict(document) == plan
    assert Plan.from_dict(json.loads(json.dumps(document))) == plan
    assert Plan.from_dict(document).to_dict() == document


def test_document_shape(plan):
    document = plan.to_dict()
    assert document["format"] == "wwplan" and document["version"] == FORMAT_VERSION
    assert [p["condition"] for p in document["priorities"]] == [
        "sociale-cohesie",
        "sociale-inclusie",
    ]
    kiva = document["items"][0]
    assert kiva["intervention_id"] == "kiva" and kiva["budget_amount"] == 12500.0
    assert kiva["actions"][0] == {
        "what": "Scholen uitnodigen voor een informatiebijeenkomst",
        "who": "Gemeente",
        "when": "Q2 2026",
    }
    local = document["items"][-1]
    assert local["intervention_id"] is None and local["added_evidence_level"] is None


def test_integer_amounts_come_back_as_floats():
    item = Item.from_dict({"id": "x", "intervention_id": None, "title": "t", "budget_amount": 5})
    assert item.budget_amount == 5.0 and isinstance(item.budget_amount, float)


def test_helpers():
    plan = Plan(
        id="p",
        title="t",
        priorities=(Priority("sociale-cohesie"),),
        items=(
            Item("a", None, "A", status="gekozen", actions=(Action("x"),)),
            Item("b", "kiva", "B", budget_note="subsidie"),
        ),
    )
    assert plan.chosen() == (plan.items[0],)
    assert plan.priority_conditions() == ("sociale-cohesie",)
    assert plan.item("b").has_budget and not plan.item("a").has_budget
    assert plan.item("a").is_local and not plan.item("b").is_local
