"""The policy team's and the trainer's stories, typed and clicked as people do it; then the
window is closed, a new one opens on the same data folder, and every typed value must be there,
in the form, in the Word document and in the Markdown export."""

import pytest
from docx import Document as WordDocument
from PySide6.QtCore import Qt

from kb_app.export.builder import build_plan_document
from kb_app.export.markdown import write_markdown
from tests.gui.conftest import TODAY
from tests.gui.plan_input import (
    CTRL,
    add_from_search,
    choose_from_menu,
    choose_status,
    click,
    click_row,
    focused,
    open_tab,
    replace_text,
    type_into,
)

# Opening a popup menu on the offscreen platform logs that it cannot raise or grab the keyboard:
# a limit of that test platform, not of the app.
pytestmark = [
    pytest.mark.gui,
    pytest.mark.slow,
    pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)"),
]

PLAN = {
    "title": "Uitvoeringsplan sociale basis Zwolle-Zuid",
    "organisation": "Gemeente Zwolle",
    "period": "2027-2028",
    "author": "Team Sociaal Domein",
}
CONTEXT = "In Zwolle-Zuid wonen steeds meer ouderen alleen."
PRIORITY = ("sociale-cohesie", "Buren kennen elkaar minder dan vroeger.")
ITEMS = [  # query, rationale, action (what, who, when), partner, budget, budget note, indicator
    (
        "buurtcirkel",
        "Ouderen vragen om een vaste groep.",
        ("Werven van deelnemers", "Buurtcoach", "voorjaar 2027"),
        "Welzijn Zwolle",
        "12500",
        "twee jaar, inclusief vrijwilligersvergoeding",
        "Aantal actieve deelnemers na een jaar",
    ),
    (
        "taalhuis",
        "Laaggeletterdheid blijft verborgen.",
        ("Inloop in de bibliotheek", "Bibliotheek", "elke dinsdag"),
        "Bibliotheek Zwolle",
        "8000",
        "huur en materialen",
        "Bezoekers met een taalvraag per maand",
    ),
]


def fill_plan(qtbot, window) -> None:
    panel = window.plans
    choose_from_menu(qtbot, panel.new_button, "Beleidsplan sociale basis")
    qtbot.keyClick(window, Qt.Key.Key_6, CTRL)
    open_tab(qtbot, panel.tabs, "Plan")
    for name, value in PLAN.items():
        replace_text(qtbot, panel.fields[name], value)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_into(qtbot, panel.context, CONTEXT)
    box, reason = panel.priorities.rows[PRIORITY[0]]
    click(qtbot, box)
    type_into(qtbot, reason, PRIORITY[1])


def fill_items(qtbot, window) -> None:
    panel = window.plans
    for query, *_rest in ITEMS:
        add_from_search(qtbot, window, query)
    qtbot.keyClick(window, Qt.Key.Key_6, CTRL)
    open_tab(qtbot, panel.tabs, "Onderdelen")
    form = panel.item_form
    for row, (_q, rationale, action, partner, budget, note, indicator) in enumerate(ITEMS):
        click_row(qtbot, panel.items_view, row)
        choose_status(qtbot, form, "gekozen")
        type_into(qtbot, form.rationale, rationale)
        click(qtbot, form.add_action)
        for value in action:
            qtbot.keyClicks(focused(), value)
            qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        replace_text(qtbot, form.budget_amount, budget)
        type_into(qtbot, form.partner, partner)
        type_into(qtbot, form.budget_note, note)
        type_into(qtbot, form.indicator, indicator)
    click_row(qtbot, panel.items_view, 0)  # people click around before they close


def assert_everything_is_there(window, tmp_path) -> None:
    panel = window.plans
    plan = panel.current_plan()
    assert {n: getattr(plan, n) for n in PLAN} == PLAN
    assert {n: panel.fields[n].text() for n in PLAN} == PLAN
    assert CONTEXT in plan.context and CONTEXT in panel.context.toPlainText()
    assert [(p.condition, p.rationale) for p in plan.priorities] == [PRIORITY]
    for item, (_q, rationale, action, partner, budget, note, indicator) in zip(
        plan.items, ITEMS, strict=True
    ):
        assert (
            item.status,
            item.rationale,
            item.partner,
            item.budget_amount,
            item.budget_note,
            item.indicator,
        ) == ("gekozen", rationale, partner, float(budget), note, indicator)
        assert [(a.what, a.who, a.when) for a in item.actions] == [action]
    assert panel.item_form.rationale.toPlainText() == ITEMS[0][1]
    markdown = write_markdown(build_plan_document(plan, window.library.reader, TODAY))
    panel.sharing.export_to("docx", tmp_path / "plan.docx")
    word = WordDocument(str(tmp_path / "plan.docx"))
    texts = [p.text for p in word.paragraphs] + [
        c.text for t in word.tables for r in t.rows for c in r.cells
    ]
    word_text = "\n".join(texts)
    typed = [*PLAN.values(), CONTEXT, PRIORITY[1]]
    for _q, rationale, action, partner, _b, note, indicator in ITEMS:
        typed += [rationale, *action, partner, note, indicator]
    for value in typed:
        assert value in markdown, f"{value!r} ontbreekt in de Markdown-export"
        assert value in word_text, f"{value!r} ontbreekt in het Word-document"
    assert "€ 12.500" in markdown and "€ 20.500" in markdown  # an item and the plan's total


def test_policy_team_story_survives_a_restart(make_window, qtbot, tmp_path):
    window = make_window()
    fill_plan(qtbot, window)
    fill_items(qtbot, window)
    window.close()  # right after the last keystroke: no pause for the autosave
    again = make_window()
    again.plans.items.select_item(None)
    assert_everything_is_there(again, tmp_path)


TRAINER_CONTEXT = "Twee uur met twintig jongerenwerkers over vooroordelen."


def test_trainer_story_survives_a_restart(make_window, qtbot, tmp_path):
    window = make_window()
    panel = window.plans
    choose_from_menu(qtbot, panel.new_button, "Workshopvoorbereiding")
    qtbot.keyClick(window, Qt.Key.Key_6, CTRL)
    type_into(qtbot, panel.context, TRAINER_CONTEXT)
    add_from_search(qtbot, window, "kiva")
    qtbot.keyClick(window, Qt.Key.Key_6, CTRL)
    open_tab(qtbot, panel.tabs, "Onderdelen")
    click_row(qtbot, panel.items_view, 0)
    choose_status(qtbot, panel.item_form, "gekozen")
    type_into(qtbot, panel.item_form.rationale, "Voorbeeld van een schoolbrede aanpak.")
    window.close()
    again = make_window()
    plan = again.plans.current_plan()
    assert plan.title == "Workshopvoorbereiding" and TRAINER_CONTEXT in plan.context
    assert plan.items[0].rationale == "Voorbeeld van een schoolbrede aanpak."
    assert again.plans.item_form.rationale.toPlainText() == plan.items[0].rationale
    again.plans.sharing.export_to("kit-docx", tmp_path / "kit.docx")
    kit = "\n".join(p.text for p in WordDocument(str(tmp_path / "kit.docx")).paragraphs)
    assert "KiVa" in kit and "Gespreksvragen" in kit
    markdown = write_markdown(build_plan_document(plan, again.library.reader, TODAY))
    assert TRAINER_CONTEXT in markdown and "Voorbeeld van een schoolbrede aanpak." in markdown
