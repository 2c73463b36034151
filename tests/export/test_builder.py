"""The plan document: the sections the issue asks for, in order, with honest evidence notes."""

from kb_app.core.formatting import dutch_date
from kb_app.export.builder import build_plan_document
from kb_app.export.document import Contents, Heading, PageBreak, Table, TitlePage, plain
from kb_app.plans import operations as ops
from tests.plans.conftest import TODAY, HidingLibrary
from tests.plans.sample import NOW


def _texts(document) -> str:
    parts = []
    for block in document.blocks:
        if hasattr(block, "runs"):
            parts.append(plain(block.runs))
        elif hasattr(block, "items"):
            parts += [plain(item) for item in block.items]
        elif hasattr(block, "text"):
            parts.append(block.text)
    return "\n".join(parts)


def test_structure(plan_document, plan):
    blocks = plan_document.blocks
    assert isinstance(blocks[0], TitlePage) and isinstance(blocks[2], Contents)
    major = [b.text for b in blocks if isinstance(b, Heading) and b.level == 1]
    assert major == [
        "Context en aanleiding",
        "Prioriteiten",
        "Dekking van het plan",
        "Interventies en activiteiten",
        "Begroting",
        "Overwogen en afgewezen",
        "Bronnen",
    ]
    items = [b.text for b in blocks if isinstance(b, Heading) and b.level == 2]
    for item in plan.chosen():
        assert item.title in items
    assert "Home-Start" not in items  # rejected: only in the "afgewezen" table
    for title in ("Dekking van het plan", "Interventies en activiteiten", "Bronnen"):
        index = next(i for i, b in enumerate(blocks) if getattr(b, "text", None) == title)
        assert isinstance(blocks[index - 1], PageBreak), title


def test_matrix_table(plan_document):
    matrix = next(b for b in plan_document.blocks if isinstance(b, Table))
    assert matrix.header == ("Voorwaarde", "Persoonlijk", "Gemeenschappelijk", "Institutioneel")
    assert [row[0] for row in matrix.rows] == [
        "Sociaaleconomische zekerheid",
        "Sociale inclusie (prioriteit)",
        "Sociale cohesie (prioriteit)",
        "Sociale empowerment",
    ]
    assert matrix.rows[2][2] == "KiVa\nBuurtcirkel\nWijkontbijt *Oost*"


def test_item_sections_carry_library_text_and_evidence(plan_document, reader):
    text = _texts(plan_document)
    kiva = reader.intervention("kiva")
    assert kiva.summary in text
    assert "Pesten wordt gezien als groepsproces" in text  # werkzame elementen
    checked = dutch_date(kiva.evidence.checked)
    assert f"Effectief volgens sterke aanwijzingen (erkend 2022) — nagekeken op {checked}" in text
    assert reader.vocabulary().term("evidence_levels", "goed-beschreven").explanation in text
    wor = reader.intervention("welzijn-op-recept").evidence
    checked = dutch_date(wor.checked)
    assert f"Goed beschreven (beoordeeld 15 mei 2015) — nagekeken op {checked}" in text
    assert "Buiten het erkenningssysteem — nagekeken op" in text  # the Taalhuis
    assert "Let op: dit oordeel is ouder dan 5 jaar — mogelijk in herbeoordeling." in text
    assert "€ 12.500 — licenties en training" in text and "€ 8.000,50" in text
    assert "Lokale activiteit, geen interventie uit de bibliotheek." in text
    assert kiva.sources[0].url in text


def test_removed_intervention_is_reported_not_dropped(plan, reader):
    document = build_plan_document(plan, HidingLibrary(reader, {"taalhuis"}), TODAY)
    text = _texts(document)
    assert "Taalhuis" in [b.text for b in document.blocks if isinstance(b, Heading)]
    assert "Deze interventie staat niet meer in de bibliotheek" in text
    assert "Taalhuis staat niet meer in de bibliotheek" in text  # in the warnings too


def test_empty_plan_builds(reader):
    document = build_plan_document(ops.new_plan(now=NOW), reader, TODAY)
    text = _texts(document)
    assert "De context is nog niet ingevuld." in text
    assert "Er zijn nog geen prioriteiten vastgelegd." in text
    assert "Er is nog niets gekozen." in text


def test_budget_total_overall_and_per_priority(plan, reader):
    """The sums come from the typed amounts of chosen items only; missing amounts are counted."""
    import datetime as dt

    from kb_app.export.builder import build_plan_document
    from kb_app.export.document import Table
    from kb_app.plans import operations as ops

    chosen = plan.chosen()
    condition = chosen[0].conditions[0]
    plan = ops.set_priority(plan, condition, "")
    plan = ops.update_item(plan, chosen[0].id, budget_amount=12500)
    plan = ops.update_item(plan, chosen[1].id, budget_amount=2500.5)
    document = build_plan_document(plan, reader, dt.date(2026, 11, 23))
    heading = next(
        n for n, b in enumerate(document.blocks) if isinstance(b, Heading) and b.text == "Begroting"
    )
    table = next(b for b in document.blocks[heading:] if isinstance(b, Table))
    rows = {row[0]: row for row in table.rows}
    expected = sum(i.budget_amount or 0 for i in plan.chosen())
    total = rows["Totaal gekozen onderdelen"]
    assert expected >= 15000.5 and total[1] == ops_euro(expected)
    assert f"{len(plan.chosen())} (" in total[2]
    label = reader.vocabulary().label("conditions", condition)
    part = sum(i.budget_amount or 0 for i in plan.chosen() if condition in i.conditions)
    assert rows[label][1] == ops_euro(part)


def ops_euro(amount):
    from kb_app.core.formatting import euro

    return euro(amount)
