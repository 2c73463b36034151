"""The action-plan model: a plan with priorities per condition and items (interventions or local
activities), each with actions, partner, budget, indicator and status.

The dataclasses are frozen and hold tuples: every edit (see ``operations``) returns a new plan, so
the GUI can keep the previous one for undo and nothing is changed behind a caller's back.
``to_dict``/``from_dict`` give the ``.wwplan`` document (also what ``user.sqlite`` stores) and
round-trip exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kb_app.plans.local import LocalPicture

FORMAT_NAME = "wwplan"
# The file name ending of a shared plan. Here, not in planfile: dialogs and argument parsers need
# it without importing jsonschema, which planfile loads for validation.
SUFFIX = f".{FORMAT_NAME}"
# Version 2 added the local picture (``local``) and the figures an item answers (``addresses``);
# a version-1 document is a version-2 one without them, so reading it needs no conversion.
FORMAT_VERSION = 2
STATUSES = ("overwogen", "gekozen", "afgewezen")
STATUS_LABELS = {"overwogen": "Overwogen", "gekozen": "Gekozen", "afgewezen": "Afgewezen"}


@dataclass(frozen=True)
class Action:
    """One concrete step: what happens, who does it, when."""

    what: str = ""
    who: str = ""
    when: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"what": self.what, "who": self.who, "when": self.when}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Action:
        return cls(what=data.get("what", ""), who=data.get("who", ""), when=data.get("when", ""))


@dataclass(frozen=True)
class Priority:
    """A local priority: one condition of social quality and why it matters here."""

    condition: str
    rationale: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"condition": self.condition, "rationale": self.rationale}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Priority:
        return cls(condition=data["condition"], rationale=data.get("rationale", ""))


@dataclass(frozen=True)
class Item:
    """An intervention from the library (``intervention_id``) or a local activity (``None``).

    ``added_evidence_level``/``added_evidence_date`` are the library's judgement when the item was
    added; comparing them with the current library shows a plan-maker what changed since.
    """

    id: str
    intervention_id: str | None
    title: str
    rationale: str = ""
    target_groups: tuple[str, ...] = ()
    basis_levels: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()
    actions: tuple[Action, ...] = ()
    partner: str = ""
    budget_amount: float | None = None
    budget_note: str = ""
    indicator: str = ""
    status: str = "overwogen"
    status_reason: str = ""
    added_evidence_level: str | None = None
    added_evidence_date: str = ""
    addresses: tuple[str, ...] = ()  # labels of the local figures this item was chosen to answer

    @property
    def is_local(self) -> bool:
        return self.intervention_id is None

    @property
    def has_budget(self) -> bool:
        return self.budget_amount is not None or bool(self.budget_note.strip())

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "intervention_id": self.intervention_id,
            "title": self.title,
            "rationale": self.rationale,
            "target_groups": list(self.target_groups),
            "basis_levels": list(self.basis_levels),
            "conditions": list(self.conditions),
            "actions": [action.to_dict() for action in self.actions],
            "partner": self.partner,
            "budget_amount": self.budget_amount,
            "budget_note": self.budget_note,
            "indicator": self.indicator,
            "status": self.status,
            "status_reason": self.status_reason,
            "added_evidence_level": self.added_evidence_level,
            "added_evidence_date": self.added_evidence_date,
            "addresses": list(self.addresses),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Item:
        amount = data.get("budget_amount")
        return cls(
            id=data["id"],
            intervention_id=data.get("intervention_id"),
            title=data["title"],
            rationale=data.get("rationale", ""),
            target_groups=tuple(data.get("target_groups", ())),
            basis_levels=tuple(data.get("basis_levels", ())),
            conditions=tuple(data.get("conditions", ())),
            actions=tuple(Action.from_dict(a) for a in data.get("actions", ())),
            partner=data.get("partner", ""),
            # JSON has one number type; keep amounts floats so a round trip is exact.
            budget_amount=None if amount is None else float(amount),
            budget_note=data.get("budget_note", ""),
            indicator=data.get("indicator", ""),
            status=data.get("status", "overwogen"),
            status_reason=data.get("status_reason", ""),
            added_evidence_level=data.get("added_evidence_level"),
            added_evidence_date=data.get("added_evidence_date", ""),
            addresses=tuple(data.get("addresses", ())),
        )


@dataclass(frozen=True)
class Plan:
    """A whole action plan. ``version`` is the ``.wwplan`` format version it is written in."""

    id: str
    title: str
    organisation: str = ""
    period: str = ""
    author: str = ""
    context: str = ""  # Markdown
    template: str = ""
    priorities: tuple[Priority, ...] = ()
    items: tuple[Item, ...] = ()
    created: str = ""  # ISO 8601 timestamps
    updated: str = ""
    version: int = FORMAT_VERSION
    local: LocalPicture = field(default_factory=LocalPicture)

    def item(self, item_id: str) -> Item:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def chosen(self) -> tuple[Item, ...]:
        return tuple(item for item in self.items if item.status == "gekozen")

    def priority_conditions(self) -> tuple[str, ...]:
        return tuple(priority.condition for priority in self.priorities)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT_NAME,
            "version": self.version,
            "id": self.id,
            "title": self.title,
            "organisation": self.organisation,
            "period": self.period,
            "author": self.author,
            "context": self.context,
            "template": self.template,
            "priorities": [priority.to_dict() for priority in self.priorities],
            "items": [item.to_dict() for item in self.items],
            "created": self.created,
            "updated": self.updated,
            "local": self.local.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Plan:
        return cls(
            id=data["id"],
            title=data["title"],
            organisation=data.get("organisation", ""),
            period=data.get("period", ""),
            author=data.get("author", ""),
            context=data.get("context", ""),
            template=data.get("template", ""),
            priorities=tuple(Priority.from_dict(p) for p in data.get("priorities", ())),
            items=tuple(Item.from_dict(i) for i in data.get("items", ())),
            created=data.get("created", ""),
            updated=data.get("updated", ""),
            # Read as the current version: an older document only lacks what was added since.
            version=FORMAT_VERSION,
            local=LocalPicture.from_dict(data.get("local") or {}),
        )


__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "STATUSES",
    "STATUS_LABELS",
    "Action",
    "Item",
    "Plan",
    "Priority",
]
