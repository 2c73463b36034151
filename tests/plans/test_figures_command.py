"""``kb-app plan figures``: the plan gets the figures, or stays exactly as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb_app.plans.planfile import read_plan_file

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "voorbeeldgemeente-zuid.csv"


def test_figures_go_into_the_plan(run, plan_file):
    code, out, err = run(
        "plan", "figures", str(plan_file), str(EXAMPLE), "--area", "Zuid", "--area-level", "wijk"
    )
    assert (code, err) == (0, "")
    assert "10 cijfers ingelezen voor Zuid in plan.wwplan." in out
    assert "Voelt zich ernstig eenzaam: 14 % tegen 10 % (Nederland), 4 procentpunt slechter" in out
    local = read_plan_file(plan_file).local
    assert (local.area, local.area_level, len(local.figures)) == ("Zuid", "wijk", 10)
    # importing again replaces figures of the same name instead of doubling them
    assert run("plan", "figures", str(plan_file), str(EXAMPLE))[0] == 0
    assert len(read_plan_file(plan_file).local.figures) == 10


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("indicator;waarde\nEenzaamheid;veel\n", "rij 2, kolom 'waarde': 'veel' is geen getal."),
        ("x;y\n1;2\n", "rij 1, kolom 'indicator': deze kolom ontbreekt"),
        ("indicator;waarde\nEenzaamheid;=SUM(A1)\n", "bevat een formule"),
    ],
)
def test_any_problem_leaves_the_plan_untouched(
    run,
    plan_file,
    tmp_path,
    content,
    message,
):
    figures = tmp_path / "cijfers.csv"
    figures.write_text(content)
    before = plan_file.read_bytes()
    code, _, err = run("plan", "figures", str(plan_file), str(figures))
    assert code == 1 and message in err
    assert "plan.wwplan is niet gewijzigd" in err
    assert plan_file.read_bytes() == before


def test_unreadable_figures_file_is_a_message(run, plan_file, tmp_path):
    before = plan_file.read_bytes()
    code, _, err = run("plan", "figures", str(plan_file), str(tmp_path))
    assert code == 1 and "geen gewoon bestand" in err and "Traceback" not in err
    assert plan_file.read_bytes() == before
