"""The gap analysis: matrix, target groups, evidence profile, warnings, and suggestions."""

import dataclasses
import datetime as dt
import re

from kb_app.plans import operations as ops
from kb_app.plans.coverage import analyse, suggestions
from tests.plans.conftest import TODAY, HidingLibrary


def test_matrix_holds_only_chosen_items(plan, reader):
    coverage = analyse(plan, reader, TODAY)
    assert len(coverage.matrix) == 4 * 3
    titles = [i.title for i in coverage.cell("sociale-cohesie", "gemeenschappelijk")]
    assert titles == ["KiVa", "Buurtcirkel", "Wijkontbijt *Oost*"]
    assert "Home-Start" not in {i.title for items in coverage.matrix.values() for i in items}
    assert [i.title for i in coverage.cell("sociaaleconomische-zekerheid", "institutioneel")] == [
        "Objectief werven en selecteren"
    ]
    assert coverage.cell("sociaaleconomische-zekerheid", "persoonlijk") == ()


def test_target_groups_and_evidence_profile(plan, reader):
    coverage = analyse(plan, reader, TODAY)
    assert coverage.target_groups["buurtbewoners"] == 2  # Buurtcirkel and the local activity
    assert "gezinnen" not in coverage.target_groups  # only the rejected Home-Start has it
    assert coverage.evidence_profile["effectief-sterke-aanwijzingen"] == 1
    assert coverage.evidence_profile["goed-beschreven"] == 2
    # Taalhuis is a voorziening outside the system; objectief werven has no recognition found.
    assert coverage.evidence_profile["buiten-erkenningssysteem"] == 1
    assert coverage.evidence_profile["geen-erkenning-gevonden"] == 1
    assert coverage.evidence_profile["niet-beoordeeld"] == 0
    assert coverage.evidence_profile["effectief-goede-aanwijzingen"] == 0  # Home-Start rejected
    assert coverage.local_activities == 1
    assert next(iter(coverage.evidence_profile)) == "effectief-sterke-aanwijzingen"  # best first


def test_warnings_of_the_sample_plan(plan, reader):
    coverage = analyse(plan, reader, TODAY)
    weak = [w for w in coverage.warnings if w.kind == "priority-weak-evidence"]
    assert [w.condition for w in weak] == ["sociale-inclusie"]
    assert "Sociale inclusie" in weak[0].message
    outdated = [w for w in coverage.warnings if w.kind == "evidence-outdated"]
    assert [plan.item(w.item_id).title for w in outdated] == ["Welzijn op Recept"]
    assert "ouder dan 5 jaar — mogelijk in herbeoordeling" in outdated[0].message
    missing = {
        (w.kind, plan.item(w.item_id).title)
        for w in coverage.warnings
        if w.kind.startswith("missing")
    }
    assert ("missing-indicator", "Taalhuis") in missing
    assert ("missing-budget", "Objectief werven en selecteren") in missing
    assert ("missing-budget", "Buurtcirkel") not in missing  # a note without amount counts
    assert ("missing-indicator", "KiVa") not in missing
    assert "intervention-removed" not in coverage.kinds()


def test_outdated_depends_on_the_date_passed_in(plan, reader):
    assert "evidence-outdated" not in analyse(plan, reader, dt.date(2020, 1, 1)).kinds()


def test_priority_without_chosen_item(plan, reader):
    plan = ops.set_priority(plan, "sociaaleconomische-zekerheid")
    plan = ops.set_status(plan, plan.items[4].id, "overwogen")  # objectief werven
    warnings = [w for w in analyse(plan, reader, TODAY).warnings if w.kind == "priority-uncovered"]
    assert [w.condition for w in warnings] == ["sociaaleconomische-zekerheid"]


def test_removed_and_changed_interventions(plan, reader):
    coverage = analyse(plan, HidingLibrary(reader, {"taalhuis"}), TODAY)
    removed = [w for w in coverage.warnings if w.kind == "intervention-removed"]
    assert [plan.item(w.item_id).title for w in removed] == ["Taalhuis"]
    assert coverage.evidence[removed[0].item_id].level == "buiten-erkenningssysteem"  # snapshot

    kiva = plan.items[0]
    older = dataclasses.replace(kiva, added_evidence_level="effectief-goede-aanwijzingen")
    plan = dataclasses.replace(plan, items=(older, *plan.items[1:]))
    changed = [w for w in analyse(plan, reader, TODAY).warnings if w.kind == "evidence-changed"]
    assert (
        len(changed) == 1
        and "van Effectief volgens goede aanwijzingen naar Effectief volgens sterke aanwijzingen"
        in changed[0].message
    )


def test_plans_saved_with_the_old_unjudged_term_keep_their_meaning(plan, reader):
    """Before November 2026 every unjudged intervention was saved as niet-beoordeeld. Such a
    snapshot is the same (no) judgement as geen-erkenning-gevonden or buiten-erkenningssysteem,
    not a change of level; a snapshot that was a real level still reports the change."""
    items = list(plan.items)
    taalhuis, werven = items[2], items[4]
    assert reader.intervention("taalhuis").evidence.level == "buiten-erkenningssysteem"
    items[2] = dataclasses.replace(taalhuis, added_evidence_level="niet-beoordeeld")
    items[4] = dataclasses.replace(werven, added_evidence_level="goed-onderbouwd")
    old = dataclasses.replace(plan, items=tuple(items))
    changed = [w for w in analyse(old, reader, TODAY).warnings if w.kind == "evidence-changed"]
    assert [w.item_id for w in changed] == [werven.id]
    assert "van Goed onderbouwd naar Geen erkenning gevonden" in changed[0].message


def test_the_used_evidence_carries_nagekeken_op(plan, reader):
    coverage = analyse(plan, reader, TODAY)
    kiva = plan.items[0]
    assert coverage.evidence[kiva.id].checked == reader.intervention("kiva").evidence.checked
    assert coverage.evidence[kiva.id].checked


def test_rejected_items_raise_no_warnings(plan, reader):
    home_start = next(i for i in plan.items if i.title == "Home-Start")
    coverage = analyse(plan, HidingLibrary(reader, {"home-start"}), TODAY)
    assert all(w.item_id != home_start.id for w in coverage.warnings)


def test_suggestions_fill_the_weak_priority(plan, reader, search_service):
    """The issue's story: see the weak priority, pick from the suggestions, the warning goes."""
    in_plan = {i.intervention_id for i in plan.items if i.intervention_id}
    hits = suggestions(search_service, "sociale-inclusie", "institutioneel", exclude=in_plan)
    assert hits and not in_plan & {h.id for h in hits}
    assert all(
        "sociale-inclusie" in h.conditions and "institutioneel" in h.basis_levels for h in hits
    )
    vocabulary = reader.vocabulary()
    ranks = [vocabulary.evidence_rank(h.evidence_level) for h in hits]
    assert ranks == sorted(ranks, reverse=True)
    best = hits[0]
    assert vocabulary.evidence_rank(best.evidence_level) >= vocabulary.evidence_rank(
        "goed-onderbouwd"
    )
    plan = ops.add_intervention(plan, reader.intervention(best.id), status="gekozen")
    assert "priority-weak-evidence" not in analyse(plan, reader, TODAY).kinds()


def test_suggestions_respect_limit(search_service):
    assert len(suggestions(search_service, "sociale-cohesie", "gemeenschappelijk", limit=3)) == 3


def test_every_warning_speaks_english_too(plan, reader):
    from kb_app.plans.coverage import MESSAGES

    for kind, texts in MESSAGES.items():
        fields = [set(re.findall(r"\{(\w+)\}", texts[lang])) for lang in ("nl", "en")]
        assert fields[0] == fields[1], kind
    plan = ops.set_priority(plan, "sociaaleconomische-zekerheid")
    plan = ops.set_status(plan, plan.items[4].id, "overwogen")
    coverage = analyse(plan, HidingLibrary(reader, {"taalhuis"}), TODAY)
    english = {w.kind: w.text("en") for w in coverage.warnings}
    assert english["priority-uncovered"].startswith("Priority Socio-economic security: no ")
    assert "Social inclusion" in english["priority-weak-evidence"]
    assert "is more than 5 years old" in english["evidence-outdated"]
    assert "is no longer in the library" in english["intervention-removed"]
    assert all(w.text("nl") == w.message and w.text() == w.message for w in coverage.warnings)
    assert all(w.text("en") != w.message for w in coverage.warnings)


def test_an_outdated_judgement_has_an_english_date(plan, reader):
    warnings = analyse(plan, reader, TODAY).warnings
    outdated = next(w for w in warnings if w.kind == "evidence-outdated")
    assert "(15 mei 2015)" in outdated.message
    assert "Well described (15 May 2015) is more than 5 years old" in outdated.text("en")
