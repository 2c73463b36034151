"""The budget of a plan: the total of the chosen items and the part per priority.

Only amounts the user typed are added up; items without an amount are counted, never guessed.
An item that serves two priorities counts in both rows, so the rows can add up to more than the
total — the export says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from kb_app.plans.model import Item, Plan


@dataclass(frozen=True)
class BudgetLine:
    """What a group of chosen items costs: the sum of their amounts, and how many lack one."""

    label_id: str  # a condition id, "" for items under no priority, "*" for the whole plan
    amount: float
    items: int
    without_amount: int


def _line(label_id: str, items: list[Item]) -> BudgetLine:
    amounts = [i.budget_amount for i in items if i.budget_amount is not None]
    return BudgetLine(label_id, float(sum(amounts)), len(items), len(items) - len(amounts))


def budget_lines(plan: Plan) -> tuple[list[BudgetLine], BudgetLine]:
    """One line per priority (in the plan's order), one for chosen items under none, and the
    total over all chosen items."""
    chosen = list(plan.chosen())
    priorities = plan.priority_conditions()
    lines = [_line(c, [i for i in chosen if c in i.conditions]) for c in priorities]
    rest = [i for i in chosen if not set(i.conditions) & set(priorities)]
    if rest:
        lines.append(_line("", rest))
    return lines, _line("*", chosen)
