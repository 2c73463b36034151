"""The sample plan the plan and export tests share: real library ids, two priorities.

Built through the public operations (so it also exercises them) with fixed timestamps, so exports
of it are stable for golden files. It is shaped like the issue's "done when": priorities for two
conditions, six interventions and a local activity, one priority with only weak evidence.
"""

from __future__ import annotations

from kb_app.plans import operations as ops
from kb_app.plans.model import Action, Plan

NOW = "2026-03-02T09:30:00+00:00"
CHOSEN = ("kiva", "buurtcirkel", "taalhuis", "welzijn-op-recept", "objectief-werven-en-selecteren")
CONSIDERED = "home-start"


def sample_plan(reader) -> Plan:
    plan = ops.new_plan(
        "beleidsplan-sociale-basis", now=NOW, title="Uitvoeringsplan sociale basis Voorbeeldstad"
    )
    plan = ops.update_plan(
        plan,
        organisation="Gemeente Voorbeeldstad",
        period="2026–2027",
        author="Team Sociaal Domein",
    )
    plan = ops.set_priority(
        plan, "sociale-cohesie", "Bewoners kennen elkaar minder dan vroeger; eenzaamheid neemt toe."
    )
    plan = ops.set_priority(
        plan,
        "sociale-inclusie",
        "Niet iedereen kan meedoen: taal en discriminatie staan in de weg.",
    )
    for intervention_id in (*CHOSEN, CONSIDERED):
        plan = ops.add_intervention(plan, reader.intervention(intervention_id))
    for item in plan.items[: len(CHOSEN)]:
        plan = ops.set_status(plan, item.id, "gekozen")
    kiva, buurtcirkel, taalhuis = plan.items[0], plan.items[1], plan.items[2]
    plan = ops.update_item(
        plan,
        kiva.id,
        rationale="Pesten op basisscholen is een terugkerend signaal.",
        partner="Basisscholen in Voorbeeldstad",
        budget_amount=12500,
        budget_note="licenties en training",
        indicator="Minder leerlingen die zich gepest voelen.",
        actions=[
            Action("Scholen uitnodigen voor een informatiebijeenkomst", "Gemeente", "Q2 2026"),
            Action("Starttraining voor leerkrachten", "KiVa-team", "najaar 2026"),
        ],
    )
    plan = ops.update_item(
        plan,
        buurtcirkel.id,
        indicator="Aantal actieve buurtcirkels",
        budget_note="binnen de subsidie welzijn",
    )
    plan = ops.update_item(
        plan, taalhuis.id, partner="Bibliotheek <Voorbeeldstad> & co", budget_amount=8000.5
    )
    home_start = plan.items[len(CHOSEN)]
    plan = ops.set_status(plan, home_start.id, "afgewezen", "Al aanwezig via het wijkteam.")
    return ops.add_local_activity(
        plan,
        "Wijkontbijt *Oost*",
        status="gekozen",
        conditions=["sociale-cohesie"],
        basis_levels=["gemeenschappelijk"],
        target_groups=["buurtbewoners"],
        rationale="Bewoners vroegen zelf om een vaste ontmoetingsplek.",
        indicator="Aantal vaste bezoekers",
        budget_amount=1500,
    )
