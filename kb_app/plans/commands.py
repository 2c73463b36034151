"""``kb-app plan figures``: put a spreadsheet's local figures into a plan file.

The same reading, matching and messages as the window's import: every problem by row and column,
a non-zero exit on any problem, and then the plan file is not touched at all.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from kb_app.core.model import Vocabulary
from kb_app.plans.local import AREA_LEVELS, describe, weak_conditions
from kb_app.plans.model import SUFFIX


def add_figures_parser(actions: argparse._SubParsersAction) -> None:
    figures = actions.add_parser(
        "figures", help="lokale cijfers uit een CSV- of XLSX-bestand in het plan zetten"
    )
    figures.add_argument("file", type=Path, metavar=f"BESTAND{SUFFIX}")
    figures.add_argument("figures", type=Path, metavar="CIJFERS.csv|xlsx")
    figures.add_argument("--area", help="naam van het gebied, bijvoorbeeld Zuid")
    figures.add_argument("--area-level", choices=AREA_LEVELS, help="soort gebied")


def run_figures(args: argparse.Namespace, vocabulary: Vocabulary) -> int:
    # Imported here: jsonschema and the spreadsheet reader are not needed for other commands.
    from kb_app.plans.figures import merge_figures, read_figures
    from kb_app.plans.planfile import read_plan_file, write_plan_file

    plan = read_plan_file(args.file)  # a bad plan stops here, before the figures are read
    table = read_figures(args.figures, vocabulary)
    if not table.ok:
        for problem in table.problems:
            print(problem, file=sys.stderr)
        print(
            f"kb-app: {args.figures.name} is niet ingelezen ({len(table.problems)} "
            f"probleem/problemen); {args.file.name} is niet gewijzigd.",
            file=sys.stderr,
        )
        return 1
    local = replace(
        plan.local,
        area=args.area or plan.local.area,
        area_level=args.area_level or plan.local.area_level,
        figures=merge_figures(plan.local.figures, table.figures()),
    )
    write_plan_file(replace(plan, local=local), args.file)
    area = f" voor {local.area}" if local.area else ""
    print(f"{len(table.rows)} cijfers ingelezen{area} in {args.file.name}.")
    for condition, weak in weak_conditions(local, vocabulary).items():
        print(f"Zwakker dan de referentie — {vocabulary.label('conditions', condition)}:")
        for comparison in weak:
            print(f"  {describe(comparison)}")
    if table.ignored_columns:
        print(f"Niet gebruikt: kolom {', '.join(table.ignored_columns)}.")
    return 0
