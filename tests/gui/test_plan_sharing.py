"""Exporting and sharing from the plan tab: the kit never surprises, the success message names
the file and opens it or its folder, the file dialog remembers its folder, and a principle page
offers no "Toevoegen aan plan" that does nothing."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kb_app.gui import plan_sharing
from tests.gui.plan_input import CTRL, add_from_search, answer_dialogs, choose_status

pytestmark = pytest.mark.gui


@pytest.fixture
def save_as(monkeypatch):
    """The save dialog answers with the next path; remembers the folder it was opened in."""
    asked: list[str] = []
    answers: list[Path] = []

    def fake(parent, title, start, file_filter):
        asked.append(start)
        return str(answers.pop(0)), file_filter

    monkeypatch.setattr(plan_sharing.QFileDialog, "getSaveFileName", fake)
    return asked, answers


@pytest.fixture
def opened(monkeypatch):
    urls: list[str] = []
    monkeypatch.setattr(
        plan_sharing.QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()) or True
    )
    return urls


def test_kit_without_chosen_items_asks_before_writing(
    make_window, qtbot, tmp_path, save_as, opened
):
    window = make_window()
    add_from_search(qtbot, window, "kiva")  # a new item starts as "overwogen"
    asked, answers = save_as
    seen: list[str] = []
    answer_dialogs(qtbot, "Terug naar het plan", seen=seen)
    window.plans.sharing.export_dialog("kit-docx")
    assert "Gekozen" in seen[0] and asked == [] and list(tmp_path.glob("*.docx")) == []
    # Include the considered items: the kit holds KiVa's factsheet; the message names the file.
    answers.append(tmp_path / "kit")
    answer_dialogs(qtbot, "Overwogen meenemen", "Map openen", seen=seen)
    window.plans.sharing.export_dialog("kit-docx")
    kit = tmp_path / "kit.docx"
    assert kit.exists() and str(kit) in seen[-1]
    assert opened == [str(tmp_path)]
    from docx import Document

    assert any("KiVa" in p.text for p in Document(str(kit)).paragraphs)


def test_export_names_the_file_opens_it_and_remembers_the_folder(
    make_window, qtbot, tmp_path, save_as, opened
):
    window = make_window()
    add_from_search(qtbot, window, "kiva")
    choose_status(qtbot, window.plans.item_form, "gekozen")
    asked, answers = save_as
    folder = tmp_path / "exports"
    folder.mkdir()
    answers.append(folder / "plan.docx")
    seen: list[str] = []
    answer_dialogs(qtbot, "Bestand openen", seen=seen)
    window.plans.sharing.export_dialog("docx")
    assert str(folder / "plan.docx") in seen[0] and opened == [str(folder / "plan.docx")]
    answers.append(folder / "plan")
    answer_dialogs(qtbot, "Sluiten", seen=seen)
    window.plans.sharing.save_dialog()
    assert Path(asked[1]).parent == folder  # the dialog starts where the last file went
    assert "Openen…" in seen[1] and "Actieplan" in seen[1] and "Plan → Openen" not in seen[1]
    assert (folder / "plan.wwplan").exists()
    # Remembered across a restart (settings, not the session).
    window.close()
    assert make_window().plans.sharing.last_folder() == folder


def test_add_to_plan_is_disabled_on_a_principle_page(make_window, qtbot):
    window = make_window()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)  # Ga → Wat werkt
    view = window.principles_view
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.detail.current()[0] == "principle"
    assert not window.add_to_plan_action.isEnabled()
    add_from_search(qtbot, window, "kiva")
    assert window.add_to_plan_action.isEnabled()
    assert [i.intervention_id for i in window.plans.current_plan().items] == ["kiva"]
