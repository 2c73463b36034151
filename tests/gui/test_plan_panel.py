"""Action plans in the window: add from the list, reorder, fill in, see the gaps, export, share."""

import pytest
from PySide6.QtCore import Qt

from kb_app.plans.planfile import read_plan_file
from tests.gui.conftest import wait_for_search
from tests.gui.plan_input import choose_status, click_row, open_tab, type_into

pytestmark = pytest.mark.gui
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def select_result(qtbot, window, text):
    window.search_view.field.clear()
    qtbot.keyClicks(window.search_view.field, text)
    wait_for_search(qtbot, window)
    window.search_view.list.setFocus()
    window.search_view.list.setCurrentIndex(window.search_view.model.index(0, 0))


def item_ids(panel):
    return [i.intervention_id for i in panel.current_plan().items]


def test_add_from_the_result_list_starts_a_plan(make_window, qtbot):
    window = make_window()
    select_result(qtbot, window, "kiva")
    qtbot.keyClick(window.search_view.list, Qt.Key.Key_P, CTRL_SHIFT)
    panel = window.plans
    assert item_ids(panel) == ["kiva"]
    assert (
        window.user.plan(panel.current_plan().id).document["items"][0]["intervention_id"] == "kiva"
    )
    # Adding it twice is refused with a message, not a duplicate.
    qtbot.waitUntil(lambda: True)
    assert panel.current_plan().items[0].added_evidence_level == "effectief-sterke-aanwijzingen"


def test_reorder_fill_fields_and_undo(make_window, qtbot):
    window = make_window()
    panel = window.plans
    for doc_id in ("kiva", "buurtcirkel", "taalhuis"):
        assert panel.add_intervention(doc_id)
    window.show_plan()
    open_tab(qtbot, panel.tabs, "Onderdelen")
    click_row(qtbot, panel.items_view, 2)
    panel.items_view.setFocus()
    qtbot.keyClick(panel.items_view, Qt.Key.Key_Up, CTRL_SHIFT)
    assert item_ids(panel) == ["kiva", "taalhuis", "buurtcirkel"]
    form = panel.item_form
    choose_status(qtbot, form, "gekozen")
    type_into(qtbot, form.indicator, "Meer bezoekers met een taalvraag")
    qtbot.keyClick(form.budget_amount, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.budget_amount, "12500")
    qtbot.keyClick(form.budget_amount, Qt.Key.Key_Tab)
    item = panel.current_plan().items[1]
    assert (item.intervention_id, item.status, item.indicator, item.budget_amount) == (
        "taalhuis",
        "gekozen",
        "Meer bezoekers met een taalvraag",
        12500.0,
    )
    stored = window.user.plan(panel.current_plan().id).document["items"][1]
    assert stored["indicator"] == "Meer bezoekers met een taalvraag"
    panel.items.remove_item()
    assert "taalhuis" not in item_ids(panel)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert item_ids(panel) == ["kiva", "taalhuis", "buurtcirkel"]


def test_matrix_follows_chosen_items_and_fills_a_gap(make_window):
    window = make_window()
    panel = window.plans
    panel.new_plan("beleidsplan-sociale-basis")
    panel.priorities.rows["sociale-inclusie"][0].setChecked(True)
    assert panel.current_plan().priority_conditions() == ("sociale-inclusie",)
    coverage = panel.coverage
    assert "priority-uncovered" in coverage.coverage.kinds()
    # Pick an empty priority cell and add its best suggestion.
    row = [t.id for t in window.library.reader.vocabulary().terms("conditions")].index(
        "sociale-inclusie"
    )
    coverage.matrix.setCurrentCell(row, 2)  # institutioneel
    assert coverage.suggestions.count() > 0
    coverage.suggestions.setCurrentRow(0)
    coverage.add_button.click()
    added = panel.current_plan().items[-1]
    panel.item_form.status.setCurrentIndex(panel.item_form.status.findData("gekozen"))
    assert panel.current_plan().item(added.id).status == "gekozen"
    assert added.title in coverage.matrix.item(row, 2).text()
    assert "priority-uncovered" not in coverage.coverage.kinds()


def test_export_word_pdf_and_share(make_window, tmp_path):
    window = make_window()
    panel = window.plans
    for doc_id in ("kiva", "welzijn-op-recept"):
        panel.add_intervention(doc_id)
        panel.item_form.status.setCurrentIndex(panel.item_form.status.findData("gekozen"))
    panel.sharing.export_to("docx", tmp_path / "plan.docx")
    panel.sharing.export_to("pdf", tmp_path / "plan.pdf")
    panel.sharing.export_to("kit-docx", tmp_path / "kit.docx")
    assert (tmp_path / "plan.docx").read_bytes()[:2] == b"PK"
    assert (tmp_path / "plan.pdf").read_bytes()[:5] == b"%PDF-"
    panel.sharing.save_file(tmp_path / "plan.wwplan")
    shared = read_plan_file(tmp_path / "plan.wwplan")
    assert shared == panel.current_plan()


def test_opening_a_shared_plan_never_overwrites_without_asking(make_window, tmp_path):
    window = make_window()
    panel = window.plans
    panel.add_intervention("kiva")
    original = panel.current_plan()
    panel.sharing.save_file(tmp_path / "plan.wwplan")
    panel.add_intervention("buurtcirkel")  # the local plan moves on
    asked = []
    assert (
        panel.sharing.open_file(
            tmp_path / "plan.wwplan", ask=lambda summary, exists: asked.append(exists) or "cancel"
        )
        is None
    )
    assert asked == [True] and item_ids(panel) == ["kiva", "buurtcirkel"]
    copy = panel.sharing.open_file(tmp_path / "plan.wwplan", ask=lambda s, e: "copy")
    assert copy.id != original.id and [i.intervention_id for i in copy.items] == ["kiva"]
    assert len(window.user.plans()) == 2
    original_now = window.user.plan(original.id).document
    assert [i["intervention_id"] for i in original_now["items"]] == ["kiva", "buurtcirkel"]


def test_plan_times_come_from_the_one_clock(make_window, tmp_path, monkeypatch):
    """New, saved, duplicated and opened-as-copy plans take their time from ``clock.now``."""
    stamp = "2031-02-03T04:05:06+00:00"
    monkeypatch.setattr("kb_app.core.clock.now", lambda: stamp)
    window = make_window()
    panel = window.plans
    panel.new_plan("")
    panel.duplicate_plan()
    panel.sharing.save_file(tmp_path / "plan.wwplan")
    panel.sharing.open_file(tmp_path / "plan.wwplan", ask=lambda s, e: "copy")
    rows = window.user.plans()
    assert len(rows) == 3
    for row in rows:
        plan = window.user.plan(row.id)
        document = plan.document
        assert {document["created"], document["updated"], plan.updated_at} == {stamp}


def test_bad_plan_file_changes_nothing(make_window, tmp_path, monkeypatch):
    window = make_window()
    warned = []
    monkeypatch.setattr(
        "kb_app.gui.plan_panel.QMessageBox.warning", lambda parent, title, text: warned.append(text)
    )
    bad = tmp_path / "kapot.wwplan"
    bad.write_text('{"format": "wwplan", "version": 1, "title": ')
    sharing = window.plans.sharing
    sharing._report(lambda: sharing.open_file(bad, ask=lambda s, e: "open"), None)
    assert len(warned) == 1 and "kapot.wwplan" in warned[0]
    assert window.user.plans() == []


def test_plan_items_model_passes_the_model_tester(make_window, qtmodeltester):
    window = make_window()
    window.plans.add_intervention("kiva")
    window.plans.add_intervention("taalhuis")
    qtmodeltester.check(window.plans.items_model)


def test_policy_team_story(make_window, tmp_path):
    """Two priorities, six interventions, a weak-evidence warning, a gap filled from the
    suggestions, Word and PDF exports, and a .wwplan a colleague opens intact."""
    window = make_window()
    panel = window.plans
    panel.new_plan("beleidsplan-sociale-basis")
    for condition in ("sociale-cohesie", "sociale-inclusie"):
        panel.priorities.rows[condition][0].setChecked(True)
    for doc_id in (
        "buurtcirkel",
        "welzijn-op-recept",
        "resto-vanharte",
        "taalhuis",
        "burendag",
        "buurtbemiddeling",
    ):
        panel.add_intervention(doc_id)
        panel.item_form.status.setCurrentIndex(panel.item_form.status.findData("gekozen"))
    kinds = panel.coverage.coverage.kinds()
    assert "priority-weak-evidence" in kinds
    weak = [w for w in panel.coverage.coverage.warnings if w.kind == "priority-weak-evidence"]
    condition = weak[0].condition
    conditions = [t.id for t in window.library.reader.vocabulary().terms("conditions")]
    panel.coverage.matrix.setCurrentCell(conditions.index(condition), 2)
    panel.coverage.suggestions.setCurrentRow(0)
    panel.coverage.add_button.click()
    panel.item_form.status.setCurrentIndex(panel.item_form.status.findData("gekozen"))
    still_weak = [
        w.condition for w in panel.coverage.coverage.warnings if w.kind == "priority-weak-evidence"
    ]
    assert condition not in still_weak
    panel.sharing.export_to("docx", tmp_path / "plan.docx")
    panel.sharing.export_to("pdf", tmp_path / "plan.pdf")
    panel.sharing.save_file(tmp_path / "plan.wwplan")
    colleague = read_plan_file(tmp_path / "plan.wwplan")
    assert colleague == panel.current_plan() and len(colleague.items) == 7
