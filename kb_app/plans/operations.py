"""Edits of an action plan as pure functions: each takes a plan and returns a new one.

Nothing here reads a clock or a database: timestamps come in as ``now`` and interventions as
``Intervention`` values, so every operation is trivially testable and the GUI can keep the old
plan for undo. Ids are fresh uuid4 strings; an item's id never changes once made.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from kb_app.core.errors import KbError
from kb_app.core.model import Intervention
from kb_app.plans.local import Figure
from kb_app.plans.model import STATUSES, Action, Item, Plan, Priority

# Fields of an item a user edits; the id, the intervention and the evidence snapshot are facts
# about where the item came from and stay as they were.
EDITABLE_ITEM_FIELDS = frozenset(
    {
        "title",
        "rationale",
        "target_groups",
        "basis_levels",
        "conditions",
        "actions",
        "partner",
        "budget_amount",
        "budget_note",
        "indicator",
        "status",
        "status_reason",
        "addresses",
    }
)
EDITABLE_PLAN_FIELDS = frozenset({"title", "organisation", "period", "author", "context"})
_TUPLE_FIELDS = ("target_groups", "basis_levels", "conditions", "addresses")


class PlanError(KbError):
    """An edit that cannot be made (unknown item, duplicate intervention, bad value); the
    message is Dutch, ``english`` the same for the English window when a person can meet it."""

    def __init__(self, message: str, english: str = "") -> None:
        super().__init__(message)
        self.english = english


@dataclass(frozen=True)
class Template:
    """A starting point: a title and context headings with prompts, no facts. ``context_en``
    holds the same prompts for a plan started in the English interface."""

    id: str
    label: str
    description: str
    title: str
    context: str
    context_en: str = ""


def _prompts(*sections: tuple[str, str]) -> str:
    return "\n\n".join(f"## {heading}\n\n_{prompt}_" for heading, prompt in sections) + "\n"


TEMPLATES: dict[str, Template] = {
    t.id: t
    for t in (
        Template(
            "beleidsplan-sociale-basis",
            "Beleidsplan sociale basis",
            "Voor een gemeentelijk beleids- of uitvoeringsplan sociale basis.",
            "Beleidsplan sociale basis",
            _prompts(
                (
                    "Aanleiding",
                    "Waarom maakt de gemeente dit plan? Noem de opdracht, het "
                    "coalitieakkoord of de vraag uit de raad.",
                ),
                (
                    "Huidige situatie",
                    "Wat weten we over de sociale basis in onze gemeente? Noem "
                    "cijfers met hun bron, bijvoorbeeld een monitor of wijkprofiel.",
                ),
                ("Ambitie", "Wat willen we aan het eind van de planperiode bereikt hebben?"),
                ("Samenwerking", "Met welke partners voeren we dit plan uit, en wie doet wat?"),
                ("Monitoring en evaluatie", "Hoe volgen we de voortgang en wanneer evalueren we?"),
            ),
            _prompts(
                (
                    "Reason",
                    "Why is the municipality making this plan? Name the assignment, the "
                    "coalition agreement or the council's question.",
                ),
                (
                    "Current situation",
                    "What do we know about the social base in our municipality? Give figures "
                    "with their source, for example a monitor or district profile.",
                ),
                ("Ambition", "What do we want to have achieved by the end of the plan period?"),
                ("Cooperation", "Which partners carry out this plan with us, and who does what?"),
                ("Monitoring and evaluation", "How do we follow progress and when do we evaluate?"),
            ),
        ),
        Template(
            "workshopvoorbereiding",
            "Workshopvoorbereiding",
            "Voor een trainer die een workshop of bijeenkomst voorbereidt.",
            "Workshopvoorbereiding",
            _prompts(
                ("Doel van de workshop", "Wat weten of kunnen deelnemers na afloop?"),
                ("Deelnemers", "Wie komen er, wat is hun werk en wat weten ze al?"),
                ("Opzet en tijd", "Hoe lang duurt de workshop en welke onderdelen komen aan bod?"),
                ("Materialen", "Wat is nodig: factsheets, casussen, ruimte, middelen?"),
                ("Na afloop", "Hoe krijgt het geleerde een vervolg in de praktijk?"),
            ),
            _prompts(
                ("Aim of the workshop", "What do participants know or can they do afterwards?"),
                (
                    "Participants",
                    "Who is coming, what is their work and what do they know already?",
                ),
                ("Outline and time", "How long is the workshop and which parts does it cover?"),
                ("Materials", "What is needed: factsheets, cases, a room, resources?"),
                ("Afterwards", "How does what was learned carry on in practice?"),
            ),
        ),
        Template(
            "wijkaanpak",
            "Wijkaanpak",
            "Voor een aanpak in één buurt of wijk, samen met bewoners en partners.",
            "Wijkaanpak",
            _prompts(
                ("De wijk", "Over welke buurt of wijk gaat het, en wat kenmerkt die?"),
                (
                    "Wat bewoners zeggen",
                    "Wat hebben bewoners zelf aangegeven? Noem hoe u dat heeft opgehaald.",
                ),
                ("Wat er al is", "Welke voorzieningen, initiatieven en netwerken zijn er al?"),
                (
                    "Partners in de wijk",
                    "Wie doen er mee: bewonersgroepen, welzijn, school, "
                    "woningcorporatie, wijkagent?",
                ),
                (
                    "Waaraan zien we dat het werkt",
                    "Welke veranderingen willen bewoners en partners zien?",
                ),
            ),
            _prompts(
                ("The district", "Which neighbourhood or district is it about, and what marks it?"),
                (
                    "What residents say",
                    "What have residents said themselves? Say how you gathered it.",
                ),
                ("What is already there", "Which services, initiatives and networks exist?"),
                (
                    "Partners in the district",
                    "Who takes part: residents' groups, welfare, school, housing association, "
                    "community police officer?",
                ),
                (
                    "How we see that it works",
                    "Which changes do residents and partners want to see?",
                ),
            ),
        ),
    )
}


def new_id() -> str:
    return str(uuid.uuid4())


def new_plan(template: str = "", *, now: str, title: str | None = None, lang: str = "nl") -> Plan:
    """An empty plan, pre-filled from a template id (or blank with ``""``); ``lang`` picks the
    language of the template's prompts."""
    if template and template not in TEMPLATES:
        raise PlanError(f"Onbekend sjabloon: {template!r}. Kies uit: {', '.join(TEMPLATES)}.")
    chosen = TEMPLATES.get(template)
    context = ""
    if chosen is not None:
        context = (chosen.context_en if lang == "en" else "") or chosen.context
    return Plan(
        id=new_id(),
        title=title or (chosen.title if chosen else "Nieuw plan"),
        context=context,
        template=template,
        created=now,
        updated=now,
    )


def rename(plan: Plan, title: str) -> Plan:
    return update_plan(plan, title=title)


def update_plan(plan: Plan, **changes: str) -> Plan:
    """Change the plan's own fields (title, organisation, period, author, context)."""
    unknown = set(changes) - EDITABLE_PLAN_FIELDS
    if unknown:
        raise PlanError(f"Deze velden van een plan zijn niet te wijzigen: {sorted(unknown)}")
    if "title" in changes and not changes["title"].strip():
        raise PlanError("Een plan heeft een titel nodig.", "A plan needs a title.")
    fields: dict[str, Any] = dict(changes)  # each one a str field of Plan, checked above
    return replace(plan, **fields)


def touched(plan: Plan, now: str) -> Plan:
    """The plan marked as changed at ``now`` (the caller decides when a change is saved)."""
    return replace(plan, updated=now)


def duplicate(plan: Plan, *, now: str, title: str | None = None) -> Plan:
    """A copy with new ids for the plan and every item, so both can live side by side."""
    items = tuple(replace(item, id=new_id()) for item in plan.items)
    return replace(
        plan,
        id=new_id(),
        title=title or f"{plan.title} (kopie)",
        items=items,
        created=now,
        updated=now,
    )


def contains(plan: Plan, intervention_id: str) -> bool:
    return any(item.intervention_id == intervention_id for item in plan.items)


def contains_item(plan: Plan, item_id: str) -> bool:
    return any(item.id == item_id for item in plan.items)


def add_intervention(plan: Plan, intervention: Intervention, status: str = "overwogen") -> Plan:
    """Append a library intervention, copying its tags and today's evidence judgement."""
    if contains(plan, intervention.id):
        raise PlanError(
            f"{intervention.title} staat al in dit plan.",
            f"{intervention.title} is already in this plan.",
        )
    _check_status(status)
    item = Item(
        id=new_id(),
        intervention_id=intervention.id,
        title=intervention.title,
        target_groups=intervention.target_groups,
        basis_levels=intervention.basis_levels,
        conditions=intervention.conditions,
        status=status,
        added_evidence_level=intervention.evidence.level,
        added_evidence_date=intervention.evidence.date,
    )
    return replace(plan, items=(*plan.items, item))


def add_local_activity(plan: Plan, title: str, **fields: Any) -> Plan:
    """Append a free-text local activity (no library intervention behind it)."""
    if not title.strip():
        raise PlanError("Een activiteit heeft een titel nodig.", "An activity needs a title.")
    item = Item(id=new_id(), intervention_id=None, title=title)
    plan = replace(plan, items=(*plan.items, item))
    return update_item(plan, item.id, **fields) if fields else plan


def update_item(plan: Plan, item_id: str, **changes: Any) -> Plan:
    """Change editable fields of one item; lists become tuples, actions become ``Action``s."""
    unknown = set(changes) - EDITABLE_ITEM_FIELDS
    if unknown:
        raise PlanError(f"Deze velden van een onderdeel zijn niet te wijzigen: {sorted(unknown)}")
    if "status" in changes:
        _check_status(changes["status"])
    if "title" in changes and not str(changes["title"]).strip():
        raise PlanError("Een onderdeel heeft een titel nodig.", "An item needs a title.")
    for name in _TUPLE_FIELDS:
        if name in changes:
            changes[name] = tuple(changes[name])
    if "actions" in changes:
        changes["actions"] = _actions(changes["actions"])
    if changes.get("budget_amount") is not None:
        changes["budget_amount"] = float(changes["budget_amount"])
    index = _index(plan, item_id)
    items = list(plan.items)
    items[index] = replace(items[index], **changes)
    return replace(plan, items=tuple(items))


def set_status(plan: Plan, item_id: str, status: str, reason: str = "") -> Plan:
    return update_item(plan, item_id, status=status, status_reason=reason)


def move_item(plan: Plan, item_id: str, to_index: int) -> Plan:
    """Move an item to ``to_index`` (clamped to the list), keeping the others in order."""
    items = list(plan.items)
    item = items.pop(_index(plan, item_id))
    items.insert(max(0, min(to_index, len(items))), item)
    return replace(plan, items=tuple(items))


def remove_item(plan: Plan, item_id: str) -> Plan:
    index = _index(plan, item_id)
    return replace(plan, items=plan.items[:index] + plan.items[index + 1 :])


def set_priority(plan: Plan, condition: str, rationale: str = "") -> Plan:
    """Add a priority, or change the rationale of an existing one in place."""
    existing = [p for p in plan.priorities if p.condition == condition]
    if existing:
        priorities = tuple(
            Priority(condition, rationale) if p.condition == condition else p
            for p in plan.priorities
        )
    else:
        priorities = (*plan.priorities, Priority(condition, rationale))
    return replace(plan, priorities=priorities)


def remove_priority(plan: Plan, condition: str) -> Plan:
    return replace(plan, priorities=tuple(p for p in plan.priorities if p.condition != condition))


def _actions(values: Iterable[Action | dict[str, str]]) -> tuple[Action, ...]:
    return tuple(v if isinstance(v, Action) else Action.from_dict(v) for v in values)


def _check_status(status: str) -> None:
    if status not in STATUSES:
        raise PlanError(f"Onbekende status {status!r}; kies uit: {', '.join(STATUSES)}.")


def _index(plan: Plan, item_id: str) -> int:
    for index, item in enumerate(plan.items):
        if item.id == item_id:
            return index
    raise PlanError(f"Dit onderdeel staat niet (meer) in het plan: {item_id}")


def set_local(plan: Plan, **changes: Any) -> Plan:
    """The plan with its local picture changed (area, area_level, figures or notes)."""
    return replace(plan, local=replace(plan.local, **changes))


def add_figures(plan: Plan, figures: Iterable[Figure]) -> Plan:
    """The plan with ``figures`` in its local picture; a figure of the same name is replaced."""
    from kb_app.plans.figures import merge_figures

    return set_local(plan, figures=merge_figures(plan.local.figures, tuple(figures)))


def set_note(plan: Plan, condition: str, text: str) -> Plan:
    """The plan with the free note (residents' stories) for ``condition`` set to ``text``."""
    notes = dict(plan.local.notes)
    notes[condition] = text
    return set_local(plan, notes=tuple(sorted((c, t) for c, t in notes.items() if t)))
