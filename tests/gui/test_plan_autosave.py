"""Nothing typed in a plan is lost: the issue's observations, reproduced with real input.

Each test types, tabs and clicks as a person does, then checks both the form and what is stored
in ``user.sqlite`` (the stored plan is what every export and a restart see).
"""

import pytest
from PySide6.QtCore import Qt

from kb_app.plans.model import Action, Plan
from tests.gui.plan_input import (
    CTRL,
    add_from_search,
    click,
    click_row,
    focused,
    open_tab,
    type_into,
)

pytestmark = pytest.mark.gui


def stored(window) -> Plan:
    panel = window.plans
    return Plan.from_dict(window.user.plan(panel.current_plan().id).document)


def start_plan(qtbot, window, template="beleidsplan-sociale-basis"):
    window.plans.new_plan(template)
    qtbot.keyClick(window, Qt.Key.Key_6, CTRL)  # Ga → Actieplan
    return window.plans


def test_context_survives_adding_an_intervention_and_ticking_a_priority(make_window, qtbot):
    window = make_window()
    panel = start_plan(qtbot, window)
    type_into(qtbot, panel.context, "Onze wijk vergrijst snel.")
    add_from_search(qtbot, window, "kiva")
    assert "Onze wijk vergrijst snel." in panel.context.toPlainText()
    assert "Onze wijk vergrijst snel." in stored(window).context
    type_into(qtbot, panel.context, " Eenzaamheid neemt toe.")
    click(qtbot, panel.priorities.rows["sociale-cohesie"][0])
    assert stored(window).priority_conditions() == ("sociale-cohesie",)
    assert "Eenzaamheid neemt toe." in panel.context.toPlainText()
    assert "vergrijst snel. Eenzaamheid neemt toe." in stored(window).context


def test_context_is_saved_without_leaving_the_field(make_window, qtbot):
    window = make_window()
    panel = start_plan(qtbot, window)
    type_into(qtbot, panel.context, "Getypt en blijven staan.")
    assert focused() is panel.context
    qtbot.waitUntil(lambda: "Getypt en blijven staan." in stored(window).context, timeout=2000)


def test_rationale_survives_other_items_actions_and_partner(make_window, qtbot):
    window = make_window()
    panel = start_plan(qtbot, window)
    add_from_search(qtbot, window, "kiva")
    add_from_search(qtbot, window, "taalhuis")
    qtbot.keyClick(window, Qt.Key.Key_6, CTRL)
    open_tab(qtbot, panel.tabs, "Onderdelen")
    click_row(qtbot, panel.items_view, 0)
    form = panel.item_form
    type_into(qtbot, form.rationale, "Pesten op school neemt toe.")
    click_row(qtbot, panel.items_view, 1)
    click_row(qtbot, panel.items_view, 0)
    assert form.rationale.toPlainText() == "Pesten op school neemt toe."
    type_into(qtbot, form.rationale, " Scholen vragen erom.")
    click(qtbot, form.add_action)
    type_into(qtbot, form.partner, "GGD")
    click(qtbot, form.rationale)
    assert form.rationale.toPlainText() == "Pesten op school neemt toe. Scholen vragen erom."
    first = stored(window).items[0]
    assert first.rationale == "Pesten op school neemt toe. Scholen vragen erom."
    qtbot.waitUntil(lambda: stored(window).items[0].partner == "GGD", timeout=2000)


def test_actions_table_tabs_between_cells_like_a_spreadsheet(make_window, qtbot):
    window = make_window()
    panel = start_plan(qtbot, window)
    add_from_search(qtbot, window, "kiva")
    qtbot.keyClick(window, Qt.Key.Key_6, CTRL)
    open_tab(qtbot, panel.tabs, "Onderdelen")
    form = panel.item_form
    click(qtbot, form.add_action)
    for value in ("Intake op school", "Buurtcoach", "maart 2027"):
        qtbot.keyClicks(focused(), value)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert stored(window).items[0].actions == (
        Action("Intake op school", "Buurtcoach", "maart 2027"),
    )
    # Back with Shift+Tab to "Wanneer", overwrite it, Enter commits.
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    assert form.actions_table.currentColumn() == 2
    qtbot.keyClicks(focused(), "april 2027")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # the delegate commits on the next loop turn
    qtbot.waitUntil(
        lambda: (
            stored(window).items[0].actions
            == (Action("Intake op school", "Buurtcoach", "april 2027"),)
        ),
        timeout=2000,
    )
    assert [form.actions_table.item(0, c).text() for c in range(3)] == [
        "Intake op school",
        "Buurtcoach",
        "april 2027",
    ]


def test_one_undo_step_per_edited_field(make_window, qtbot):
    window = make_window()
    panel = start_plan(qtbot, window)
    template = stored(window).context
    type_into(qtbot, panel.context, " Eerste zin.")
    type_into(qtbot, panel.fields["organisation"], "Gemeente Zwolle")
    click(qtbot, panel.priorities.rows["sociale-cohesie"][0])
    assert stored(window).organisation == "Gemeente Zwolle"
    window.activateWindow()
    undo = panel.undo_stack
    undo.undo()  # the priority
    assert stored(window).priorities == ()
    undo.undo()  # the whole organisation, not one letter
    assert stored(window).organisation == ""
    assert panel.fields["organisation"].text() == ""
    undo.undo()  # the whole context edit
    assert stored(window).context == template
    undo.redo()
    assert stored(window).context == template + " Eerste zin."


def test_switching_plans_keeps_what_was_typed(make_window, qtbot):
    window = make_window()
    panel = start_plan(qtbot, window)
    first = panel.current_plan().id
    panel.new_plan("wijkaanpak")
    second = panel.current_plan().id
    type_into(qtbot, panel.context, " Bewoners willen een buurthuis.")
    # Straight after typing, switch plans with the keyboard in the plan chooser.
    panel.chooser.setFocus()
    qtbot.keyClick(panel.chooser, Qt.Key.Key_Home)
    if panel.current_plan().id == second:
        qtbot.keyClick(panel.chooser, Qt.Key.Key_End)
    assert panel.current_plan().id == first
    assert "Bewoners willen een buurthuis." not in panel.context.toPlainText()
    stored_second = Plan.from_dict(window.user.plan(second).document)
    assert "Bewoners willen een buurthuis." in stored_second.context
