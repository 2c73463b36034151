"""The gap view explains a cell whose intervention was added but not yet chosen."""

import pytest

from kb_app.gui.plan_coverage import CELL_ROLE

pytestmark = pytest.mark.gui


def test_considered_item_shows_in_its_cell_with_the_reason_it_does_not_count(make_window):
    window = make_window()
    panel = window.plans
    assert panel.add_intervention("kiva")
    item = panel.current_plan().items[0]
    matrix = panel.coverage.matrix
    cells = [
        matrix.item(r, c) for r in range(matrix.rowCount()) for c in range(matrix.columnCount())
    ]
    mine = [
        cell
        for cell in cells
        if cell.data(CELL_ROLE)[0] in item.conditions
        and cell.data(CELL_ROLE)[1] in item.basis_levels
    ]
    assert mine, "KiVa has at least one condition × level"
    for cell in mine:
        assert cell.text() == f"{item.title} (overwogen)"
        assert "Alleen gekozen onderdelen tellen mee" in cell.toolTip()
    others = [cell for cell in cells if cell not in mine]
    assert all(cell.text() == "— leeg —" for cell in others)
