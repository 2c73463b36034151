"""The policy advisor's story, with real input only: open the plan for Zuid, type a figure by
hand, import the colleagues' spreadsheet, see the weak spots, let the app propose priorities,
add an intervention for a weak spot, write down what residents say, quit — and find every bit of
it again in a new window on the same data folder, and in the Word and Markdown exports."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from kb_app.gui.local_view import LocalPictureView

pytestmark = pytest.mark.gui
EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "voorbeeldgemeente-zuid.csv"


def open_local_tab(qtbot, window) -> LocalPictureView:
    window.show_plan()
    panel = window.plans
    index = panel.tabs.indexOf(panel.local_view)
    bar = panel.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert panel.tabs.currentWidget() is panel.local_view
    return panel.local_view


def in_dialog(qtbot, act) -> list:
    """Run ``act(dialog)`` on the modal dialog that the next click opens."""
    seen = []

    def run():
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not open yet
            QTimer.singleShot(20, run)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, run)
    return seen


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def button(parent, text):
    from PySide6.QtWidgets import QAbstractButton

    return next(b for b in parent.findChildren(QAbstractButton) if b.text() == text)


def type_figure(qtbot, dialog):
    qtbot.keyClicks(dialog.indicator.lineEdit(), "Doet vrijwilligerswerk")
    for field, text in (
        (dialog.value, "29,5"),
        (dialog.reference, "33"),
        (dialog.reference_label, "Nederland"),
        (dialog.year, "2024"),
        (dialog.source, "Eigen telling"),
    ):
        field.setFocus()
        qtbot.keyClicks(field, text)
    QTest.keyClick(dialog, Qt.Key.Key_Return)


def test_policy_advisor_story(make_window, qtbot, tmp_path):
    window = make_window()
    plan = window.plans.new_plan("beleidsplan-sociale-basis")
    view = open_local_tab(qtbot, window)

    click(qtbot, view.area)
    qtbot.keyClicks(view.area, "Zuid")

    in_dialog(qtbot, lambda d: type_figure(qtbot, d))
    click(qtbot, button(view, "Cijfer &toevoegen…"))
    assert [f.label for f in window.plans.current_plan().local.figures] == [
        "Doet vrijwilligerswerk"
    ]
    assert window.plans.current_plan().local.area == "Zuid"  # flushed before the dialog

    def import_all(dialog):
        assert dialog.import_button.isEnabled()
        click(qtbot, dialog.import_button)

    in_dialog(qtbot, import_all)
    view.import_dialog(str(EXAMPLE))  # the file dialog itself is the platform's
    local = window.plans.current_plan().local
    assert len(local.figures) == 10  # the spreadsheet's value replaced the typed one
    assert view.weak.count() == 9  # largest relative gap first: reports doubled
    assert view.weak.item(0).text().startswith("Meldingen van discriminatie: 8,4 tegen 4,1")

    in_dialog(qtbot, lambda d: click(qtbot, button(d, "&Prioriteiten vastleggen")))
    click(qtbot, view.propose_button)
    priorities = window.plans.current_plan().priorities
    assert len(priorities) == 4
    assert all(p.rationale.startswith("Lokale cijfers:") for p in priorities)

    lonely = view.weak.findItems("Voelt zich ernstig eenzaam", Qt.MatchFlag.MatchStartsWith)[0]
    view.weak.scrollToItem(lonely)
    qtbot.mouseClick(
        view.weak.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.weak.visualItemRect(lonely).center(),
    )
    added = in_dialog(qtbot, lambda d: QTest.keyClick(d, Qt.Key.Key_Return))
    click(qtbot, view.suggest_button)
    assert added and isinstance(added[0], QDialog)
    item = window.plans.current_plan().items[-1]
    assert item.addresses == ("Voelt zich ernstig eenzaam",)

    note = view.notes["sociale-cohesie"]
    click(qtbot, note)
    qtbot.keyClicks(note, "Sinds het buurthuis dicht is, kennen buren elkaar minder.")
    assert view._save_timer.isActive()  # the debounce has not fired yet ...
    window.close()  # ... so closing must save it
    window.user.close()  # as the app does on quit: nothing can be written after this

    again = make_window()
    again.plans.reload_plans(select=plan.id)
    stored = again.plans.current_plan()
    assert stored.local.area == "Zuid" and len(stored.local.figures) == 10
    assert (
        stored.local.note("sociale-cohesie")
        == "Sinds het buurthuis dicht is, kennen buren elkaar minder."
    )
    assert stored.items[-1].addresses == ("Voelt zich ernstig eenzaam",)
    view = open_local_tab(qtbot, again)
    assert view.area.text() == "Zuid" and view.figures.rowCount() == 10
    assert view.charts_layout.count() == 8  # a title and a chart per condition

    from kb_app.gui.plan_io import export_plan
    from tests.gui.conftest import TODAY

    export_plan(stored, again.library.reader, "md", tmp_path / "plan.md", TODAY)
    text = (tmp_path / "plan.md").read_text()
    assert "## Lokale situatie" in text and "kennen buren elkaar minder" in text
    export_plan(stored, again.library.reader, "docx", tmp_path / "plan.docx", TODAY)
    assert (tmp_path / "plan.docx").stat().st_size > 50_000  # with four charts


def test_a_bad_spreadsheet_imports_nothing(make_window, qtbot, tmp_path):
    window = make_window()
    window.plans.new_plan("")
    view = open_local_tab(qtbot, window)
    bad = tmp_path / "cijfers.csv"
    bad.write_text("indicator;waarde\nEenzaamheid;veel\n")

    def look(dialog):
        assert not dialog.import_button.isEnabled()
        assert dialog.problems.item(0).text() == "rij 2, kolom 'waarde': 'veel' is geen getal."
        dialog.reject()

    seen = in_dialog(qtbot, look)
    view.import_dialog(str(bad))
    assert seen and window.plans.current_plan().local.figures == ()


def test_typed_figure_with_a_wrong_number_is_explained(make_window, qtbot):
    window = make_window()
    window.plans.new_plan("")
    view = open_local_tab(qtbot, window)

    def wrong(dialog):
        qtbot.keyClicks(dialog.indicator.lineEdit(), "Eenzaamheid")
        dialog.value.setFocus()
        qtbot.keyClicks(dialog.value, "veel")
        QTest.keyClick(dialog, Qt.Key.Key_Return)
        assert "geen getal" in dialog.problem.text() and dialog.isVisible()
        dialog.reject()

    seen = in_dialog(qtbot, wrong)
    click(qtbot, button(view, "Cijfer &toevoegen…"))
    assert seen and window.plans.current_plan().local.figures == ()
