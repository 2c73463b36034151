"""The budget of a plan: typed amounts added up per priority, missing ones counted, not guessed."""

from __future__ import annotations

from kb_app.plans.budget import BudgetLine, budget_lines
from kb_app.plans.model import Item, Plan, Priority


def item(name: str, amount: float | None, *conditions: str, status: str = "gekozen") -> Item:
    return Item(
        id=name,
        intervention_id=None,
        title=name,
        conditions=conditions,
        budget_amount=amount,
        status=status,
    )


def test_lines_per_priority_in_plan_order_then_the_rest_then_the_total():
    plan = Plan(
        id="p",
        title="Plan",
        priorities=(Priority("veiligheid"), Priority("sociale-cohesie")),
        items=(
            item("buurtkamer", 1000, "sociale-cohesie", "veiligheid"),
            item("wijkteam", 2500.5, "sociale-cohesie"),
            item("zonder-bedrag", None, "veiligheid"),
            item("los", 300, "gezondheid"),
            item("afgewezen", 99999, "veiligheid", status="afgewezen"),
            item("overwogen", 99999, "veiligheid", status="overwogen"),
        ),
    )
    lines, total = budget_lines(plan)
    assert lines == [
        BudgetLine("veiligheid", 1000.0, 2, 1),
        BudgetLine("sociale-cohesie", 3500.5, 2, 0),  # an item under two priorities counts twice
        BudgetLine("", 300.0, 1, 0),
    ]
    assert total == BudgetLine("*", 3800.5, 4, 1)


def test_a_plan_without_chosen_items_has_empty_lines_and_no_rest():
    plan = Plan(id="p", title="Plan", priorities=(Priority("veiligheid"),))
    lines, total = budget_lines(plan)
    assert lines == [BudgetLine("veiligheid", 0.0, 0, 0)]
    assert total == BudgetLine("*", 0.0, 0, 0)
