"""The local picture: comparing figures, weak spots per condition, proposals and suggestions."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from kb_app.plans import coverage
from kb_app.plans.local import (
    Figure,
    LocalPicture,
    compare,
    describe,
    in_language,
    proposals,
    suggestions,
    weak_conditions,
    weak_figures,
)
from kb_app.plans.model import Plan
from tests.plans.conftest import TODAY

LONELY = Figure(
    label="Voelt zich ernstig eenzaam",
    indicator="ernstige-eenzaamheid",
    condition="sociale-empowerment",
    value=14,
    reference=10,
    reference_label="Nederland",
    unit="%",
    year=2024,
    source="GGD-monitor",
    higher_is_better=False,
)
WORK = Figure(
    label="Arbeidsparticipatie",
    indicator="arbeidsparticipatie",
    condition="sociaaleconomische-zekerheid",
    value=63.5,
    reference=69.2,
    unit="%",
)
CARE = Figure(
    label="Geeft mantelzorg",
    indicator="mantelzorg",
    condition="sociale-cohesie",
    value=15,
    reference=14,
    unit="%",
)
PICTURE = LocalPicture(
    area="Zuid",
    area_level="wijk",
    figures=(CARE, WORK, LONELY),
    notes=(("sociale-cohesie", "Bewoners missen een ontmoetingsplek."),),
)


def test_worse_depends_on_the_direction():
    assert compare(LONELY).worse and compare(LONELY).gap == 4
    assert compare(LONELY).relative == pytest.approx(0.4)
    assert compare(WORK).worse and compare(WORK).gap == pytest.approx(5.7)
    assert not compare(CARE).worse and compare(CARE).gap == 0
    assert not compare(replace(LONELY, value=10)).worse  # equal is not worse


def test_no_reference_means_no_comparison():
    assert compare(replace(LONELY, reference=None)) is None
    assert compare(replace(LONELY, reference=math.inf)) is None
    zero = compare(replace(LONELY, reference=0.0))
    assert zero.worse and zero.relative is None


def test_weak_figures_largest_relative_gap_first():
    assert [c.figure.label for c in weak_figures(PICTURE)] == [LONELY.label, WORK.label]


def test_weak_conditions_in_vocabulary_order(reader):
    weak = weak_conditions(PICTURE, reader.vocabulary())
    assert list(weak) == ["sociaaleconomische-zekerheid", "sociale-empowerment"]


def test_describe_is_dutch_and_says_how_much_worse():
    assert describe(compare(LONELY)) == (
        "Voelt zich ernstig eenzaam: 14 % tegen 10 % (Nederland), 4 procentpunt slechter (40 %)"
    )
    assert "slechter" not in describe(compare(CARE))
    assert describe(compare(LONELY), "en") == (
        "Voelt zich ernstig eenzaam: 14 % against 10 % (Nederland), "
        "4 percentage points worse (40 %)"
    )


def test_proposals_skip_existing_priorities_and_carry_the_figures(reader):
    found = dict(proposals(PICTURE, reader.vocabulary(), existing=["sociale-empowerment"]))
    assert list(found) == ["sociaaleconomische-zekerheid"]
    assert "Arbeidsparticipatie: 63,5 % tegen 69,2 %" in found["sociaaleconomische-zekerheid"]
    english = dict(proposals(PICTURE, reader.vocabulary(), ["sociale-empowerment"], "en"))
    assert english["sociaaleconomische-zekerheid"].startswith(
        "Local figures:\n- Labour participation: 63.5 % against 69.2 %"
    )


def test_suggestions_best_evidence_first_and_on_topic(reader):
    indicator = reader.vocabulary().indicator("problematische-schulden")
    rows = suggestions(indicator, reader.listing(), limit=50)
    assert rows, "the library has debt interventions"
    assert all("sociale-basis" in row["themes"] for row in rows)
    named = [row for row in rows if "schuld" in (row["title"] + row["summary"]).lower()]
    assert rows[: len(named)] == named  # those that name the problem come first
    ranks = [row["evidence_rank"] for row in named]
    assert ranks == sorted(ranks, reverse=True)
    assert suggestions(indicator, reader.listing(), exclude=[rows[0]["id"]])[0] != rows[0]


def test_round_trip_through_the_plan_document(plan):
    with_local = replace(plan, local=PICTURE)
    assert Plan.from_dict(with_local.to_dict()) == with_local


def test_version_one_document_reads_as_plan_without_local(plan):
    document = plan.to_dict()
    document["version"] = 1
    del document["local"]
    for item in document["items"]:
        del item["addresses"]
    again = Plan.from_dict(document)
    assert again.local.is_empty and again.items == plan.items


DEBT = Figure(
    label="Huishoudens met problematische schulden",
    indicator="problematische-schulden",
    condition="sociaaleconomische-zekerheid",
    value=6,
    reference=4,
    unit="%",
    higher_is_better=False,
)


def test_gap_view_flags_unanswered_weak_spots(plan, reader):
    plan = replace(plan, local=LocalPicture(figures=(LONELY, WORK, DEBT)))
    found = [
        (w.kind, w.message)
        for w in coverage.analyse(plan, reader, TODAY).warnings
        if w.kind.startswith(("weak-figure", "priority-figures"))
    ]
    # The sample chose no debt intervention; welzijn op recept answers loneliness and
    # objectief werven en selecteren answers labour participation.
    assert [kind for kind, _ in found] == ["weak-figure-unanswered"]
    assert "problematische schulden" in found[0][1]


def test_a_chosen_item_that_answers_clears_the_warning(plan, reader):
    from kb_app.plans import operations as ops

    plan = replace(plan, local=LocalPicture(figures=(LONELY,)))
    plan = ops.add_intervention(plan, reader.intervention("een-tegen-eenzaamheid"))
    plan = ops.set_status(plan, plan.items[-1].id, "gekozen")
    kinds = [w.kind for w in coverage.analyse(plan, reader, TODAY).warnings]
    assert "weak-figure-unanswered" not in kinds


def test_named_local_activity_answers_a_free_figure(plan, reader):
    from kb_app.plans import operations as ops

    free = Figure(
        label="Bezoek buurthuis", condition="sociale-cohesie", value=20, reference=35, unit="%"
    )
    plan = replace(plan, local=LocalPicture(figures=(free,)))
    assert "weak-figure-unanswered" in coverage.analyse(plan, reader, TODAY).kinds()
    activity = plan.items[-1]  # the sample's chosen local activity
    plan = replace(plan, items=(*plan.items[:-1], replace(activity, addresses=(free.label,))))
    plan = ops.set_status(plan, activity.id, "gekozen")
    assert "weak-figure-unanswered" not in coverage.analyse(plan, reader, TODAY).kinds()


def test_priority_whose_weak_spots_stay_open(plan, reader):
    plan = replace(
        plan, local=LocalPicture(figures=(replace(CARE, value=9, label="Geeft mantelzorg"),))
    )
    kinds = coverage.analyse(plan, reader, TODAY).kinds()
    assert "priority-figures-unanswered" in kinds  # sociale-cohesie is a sample priority


def test_a_known_indicator_is_named_in_english_and_a_teams_own_words_stay(reader):
    vocabulary = reader.vocabulary()
    comparison = compare(LONELY)
    assert describe(comparison, "en", vocabulary).startswith("Feels severely lonely: 14 % against")
    assert describe(comparison, "nl", vocabulary) == describe(comparison)  # Dutch: unchanged
    assert describe(comparison, "en").startswith("Voelt zich ernstig eenzaam")  # no vocabulary
    renamed = replace(LONELY, label="Eenzaam (eigen meting)", unit="procent")
    assert in_language(renamed, vocabulary, "en") == renamed  # the team's words, as typed
    unknown = replace(LONELY, indicator="bestaat-niet")
    assert in_language(unknown, vocabulary, "en") == unknown
    reports = Figure(
        label="Meldingen van discriminatie",
        indicator="discriminatiemeldingen",
        condition="sociale-inclusie",
        value=8.4,
        unit="per 10.000 inwoners",
    )
    shown = in_language(reports, vocabulary, "en")
    assert (shown.label, shown.unit) == ("Reports of discrimination", "per 10,000 residents")
    assert in_language(reports, vocabulary, "nl") == reports
