"""Plan operations: pure functions that return a new plan and leave the old one untouched."""

import uuid

import pytest

from kb_app.plans import operations as ops
from kb_app.plans.model import Action
from tests.plans.sample import NOW

LATER = "2026-04-01T08:00:00+00:00"


@pytest.mark.parametrize("template", sorted(ops.TEMPLATES))
def test_templates_prefill_headings_and_no_priorities(template):
    plan = ops.new_plan(template, now=NOW)
    assert plan.template == template and plan.priorities == () and plan.items == ()
    assert plan.context.count("## ") >= 4
    assert plan.title == ops.TEMPLATES[template].title
    assert plan.created == plan.updated == NOW
    uuid.UUID(plan.id, version=4)


@pytest.mark.parametrize("template", sorted(ops.TEMPLATES))
def test_templates_prompt_in_the_interface_language(template):
    dutch = ops.new_plan(template, now=NOW).context
    english = ops.new_plan(template, now=NOW, lang="en").context
    assert dutch == ops.TEMPLATES[template].context  # the Dutch plan as it always was
    assert english.count("## ") == dutch.count("## ") and english != dutch
    assert not {"de", "het", "een", "wat", "wie"} & set(english.lower().split())


def test_blank_and_unknown_template():
    assert ops.new_plan(now=NOW).context == ""
    with pytest.raises(ops.PlanError, match="Onbekend sjabloon"):
        ops.new_plan("begroting", now=NOW)


def test_rename_and_update(plan):
    renamed = ops.rename(plan, "Nieuw")
    assert renamed.title == "Nieuw" and plan.title != "Nieuw"
    with pytest.raises(ops.PlanError, match="titel"):
        ops.rename(plan, "  ")
    with pytest.raises(ops.PlanError):
        ops.update_plan(plan, id="x")
    assert ops.touched(plan, LATER).updated == LATER


def test_duplicate_gets_new_ids_and_keeps_content(plan):
    copy = ops.duplicate(plan, now=LATER)
    assert copy.id != plan.id and copy.title == f"{plan.title} (kopie)"
    assert not {i.id for i in copy.items} & {i.id for i in plan.items}
    assert [i.title for i in copy.items] == [i.title for i in plan.items]
    assert copy.items[0].actions == plan.items[0].actions
    assert copy.created == LATER


def test_add_intervention_copies_tags_and_snapshot(reader):
    kiva = reader.intervention("kiva")
    plan = ops.add_intervention(ops.new_plan(now=NOW), kiva)
    item = plan.items[-1]
    assert (item.intervention_id, item.title) == ("kiva", kiva.title)
    assert item.conditions == kiva.conditions and item.basis_levels == kiva.basis_levels
    assert item.target_groups == kiva.target_groups
    assert (item.added_evidence_level, item.added_evidence_date) == (
        "effectief-sterke-aanwijzingen",
        "2022",
    )
    assert item.status == "overwogen"
    with pytest.raises(ops.PlanError, match="staat al in dit plan"):
        ops.add_intervention(plan, kiva)


def test_add_local_activity(plan):
    longer = ops.add_local_activity(plan, "Buurtfeest", partner="Wijkraad")
    item = longer.items[-1]
    assert item.intervention_id is None and item.partner == "Wijkraad"
    assert len(longer.items) == len(plan.items) + 1
    with pytest.raises(ops.PlanError):
        ops.add_local_activity(plan, " ")


def test_update_item_normalises_values(plan):
    item_id = plan.items[1].id
    changed = ops.update_item(
        plan,
        item_id,
        conditions=["sociale-cohesie"],
        budget_amount=10,
        actions=[{"what": "a", "who": "b", "when": "c"}],
    )
    item = changed.item(item_id)
    assert item.conditions == ("sociale-cohesie",) and item.budget_amount == 10.0
    assert item.actions == (Action("a", "b", "c"),)
    assert plan.item(item_id).conditions != ("sociale-cohesie",)  # the old plan is untouched


@pytest.mark.parametrize(
    "changes",
    [
        {"id": "x"},
        {"intervention_id": "kiva"},
        {"added_evidence_level": "goed-beschreven"},
        {"status": "misschien"},
        {"title": ""},
    ],
)
def test_update_item_refuses(plan, changes):
    with pytest.raises(ops.PlanError):
        ops.update_item(plan, plan.items[0].id, **changes)


def test_set_status_with_reason(plan):
    item_id = plan.items[0].id
    item = ops.set_status(plan, item_id, "afgewezen", "te duur").item(item_id)
    assert (item.status, item.status_reason) == ("afgewezen", "te duur")


def test_move_item(plan):
    ids = [i.id for i in plan.items]
    assert [i.id for i in ops.move_item(plan, ids[0], 2).items][:3] == [ids[1], ids[2], ids[0]]
    assert [i.id for i in ops.move_item(plan, ids[1], 0).items][:2] == [ids[1], ids[0]]
    assert ops.move_item(plan, ids[0], -1).items == plan.items  # already first: stays
    assert ops.move_item(plan, ids[0], 99).items[-1].id == ids[0]


def test_remove_item_and_unknown_ids(plan):
    first = plan.items[0].id
    shorter = ops.remove_item(plan, first)
    assert first not in {i.id for i in shorter.items} and len(shorter.items) == len(plan.items) - 1
    with pytest.raises(ops.PlanError, match="niet \\(meer\\) in het plan"):
        ops.remove_item(shorter, first)
    with pytest.raises(ops.PlanError, match="niet \\(meer\\) in het plan"):
        ops.move_item(shorter, first, 0)


def test_priorities(plan):
    changed = ops.set_priority(plan, "sociale-cohesie", "nieuw")
    assert changed.priorities[0].rationale == "nieuw" and len(changed.priorities) == 2
    added = ops.set_priority(plan, "sociale-empowerment")
    assert added.priority_conditions()[-1] == "sociale-empowerment"
    assert ops.remove_priority(plan, "sociale-cohesie").priority_conditions() == (
        "sociale-inclusie",
    )
