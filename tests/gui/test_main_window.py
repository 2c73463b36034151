"""Drive the real window as a professional would: find, narrow, read, compare, keep."""

import pytest
from PySide6.QtCore import Qt, QUrl

from kb_app.gui.models import ID_ROLE, FacetModel, FavoritesModel, ResultsModel
from tests.gui.conftest import wait_for_search

pytestmark = pytest.mark.gui


def result_ids(window):
    model = window.search_view.model
    return [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]


def facet_index(window, facet, term):
    model = window.filters.model
    group = model.index(list(model._groups).index(facet), 0)
    for row in range(model.rowCount(group)):
        index = model.index(row, 0, group)
        if index.data(ID_ROLE) == term:
            return index
    raise AssertionError(f"{facet}/{term} not in the facet model")


def type_query(qtbot, window, text):
    window.search_view.field.clear()
    qtbot.keyClicks(window.search_view.field, text)
    wait_for_search(qtbot, window)


def test_starts_with_the_library_listed_and_the_field_focused(make_window, qtbot):
    window = make_window()
    assert window.search_view.model.rowCount() >= 100
    qtbot.waitUntil(lambda: window.search_view.field.hasFocus() or not window.isActiveWindow())


def test_typing_filters_the_list(make_window, qtbot):
    window = make_window()
    type_query(qtbot, window, "eenzame ouderen")
    found = result_ids(window)
    assert 3 <= len(found) < 20
    assert "luisterlijn" in found
    assert "interventie" in window.search_view.status.text()


def test_facet_click_narrows_and_updates_counts(make_window, qtbot):
    window = make_window()
    before = window.search_view.model.rowCount()
    index = facet_index(window, "themes", "discriminatie")
    count = int(index.data().rsplit("(", 1)[1].rstrip(")"))
    window.filters.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    wait_for_search(qtbot, window)
    assert window.search_view.model.rowCount() == count < before
    target = facet_index(window, "target_groups", "werkgevers")
    narrowed = int(target.data().rsplit("(", 1)[1].rstrip(")"))
    assert 0 < narrowed < count  # counts follow the current filters
    assert [c.text() for c in window.search_view.chips.chips] == ["Thema: Discriminatie  ✕"]


def test_chip_removes_its_filter(make_window, qtbot):
    window = make_window()
    total = window.search_view.model.rowCount()
    index = facet_index(window, "themes", "basisvaardigheden")
    window.filters.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    wait_for_search(qtbot, window)
    assert window.search_view.model.rowCount() < total
    qtbot.mouseClick(window.search_view.chips.chips[0], Qt.MouseButton.LeftButton)
    wait_for_search(qtbot, window)
    assert window.search_view.model.rowCount() == total
    assert window.filters.model.filters() == {}


def test_minimum_evidence_narrows(make_window, qtbot):
    window = make_window()
    total = window.search_view.model.rowCount()
    combo = window.filters.min_evidence
    combo.setCurrentIndex(combo.findData("goed-onderbouwd"))
    wait_for_search(qtbot, window)
    shown = window.search_view.model.rowCount()
    assert 0 < shown < total
    assert "ten minste goed onderbouwd" in [
        c.text().split("  ✕")[0] for c in window.search_view.chips.chips
    ]


def test_selecting_shows_the_detail(make_window, qtbot):
    window = make_window()
    type_query(qtbot, window, "kiva")
    window.search_view.list.setCurrentIndex(window.search_view.model.index(0, 0))
    text = window.detail.browser.toPlainText()
    assert text.startswith("KiVa")
    assert "Effectief volgens sterke aanwijzingen" in text
    assert "Werkzame elementen" in text and "Bronnen" in text


def test_old_judgement_and_unknown_level_are_flagged(make_window):
    window = make_window()
    window.detail.show_document("intervention", "kanjertraining")  # judged 2015
    assert "ouder dan 5 jaar" in window.detail.browser.toPlainText()
    window.detail.show_document("intervention", "burendag")
    text = window.detail.browser.toPlainText()
    assert "Buiten het erkenningssysteem" in text and "nagekeken op" in text


def test_internal_links_navigate_and_back_works(make_window, qtbot):
    window = make_window()
    detail = window.detail
    detail.show_document("intervention", "gender-sexuality-alliances-op-scholen")
    detail._on_browser_anchor_clicked(QUrl("kb://principle/contact-onder-voorwaarden"))
    assert detail.current() == ("principle", "contact-onder-voorwaarden")
    assert "Interventies die hierop steunen" in detail.browser.toPlainText()
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert detail.current() == ("intervention", "gender-sexuality-alliances-op-scholen")
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert detail.current() == ("principle", "contact-onder-voorwaarden")


def test_external_link_asks_first_and_never_opens_by_itself(make_window, monkeypatch):
    window = make_window()
    asked, opened = [], []
    monkeypatch.setattr(
        "kb_app.gui.detail_pane.QMessageBox.question",
        lambda *a: (
            asked.append(a[2])
            or __import__("PySide6.QtWidgets").QtWidgets.QMessageBox.StandardButton.No
        ),
    )
    monkeypatch.setattr(
        "kb_app.gui.detail_pane.QDesktopServices.openUrl", lambda url: opened.append(url)
    )
    window.detail._on_browser_anchor_clicked(QUrl("https://www.movisie.nl/"))
    window.detail._on_browser_anchor_clicked(QUrl("javascript:alert(1)"))
    window.detail._on_browser_anchor_clicked(QUrl("file:///etc/passwd"))
    assert len(asked) == 1 and "https://www.movisie.nl/" in asked[0]
    assert opened == []


def test_favourite_and_note_survive_a_restart(make_window, qtbot):
    window = make_window()
    window.detail.show_document("intervention", "buurtcirkel")
    qtbot.mouseClick(window.detail.star_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.detail.note, "Bellen met Pameijer over een pilot.")
    window.close()
    again = make_window()
    favorites = again.favorites
    assert [favorites.index(r, 0).data(ID_ROLE) for r in range(favorites.rowCount())] == [
        "buurtcirkel"
    ]
    again.detail.show_document("intervention", "buurtcirkel")
    assert again.detail.note.toPlainText() == "Bellen met Pameijer over een pilot."
    assert again.detail.star_button.isChecked()


def test_last_query_and_filters_are_remembered(make_window, qtbot):
    window = make_window()
    type_query(qtbot, window, "taal")
    index = facet_index(window, "kind", "voorziening")
    window.filters.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    wait_for_search(qtbot, window)
    shown = result_ids(window)
    window.close()
    again = make_window()
    assert again.search_view.text() == "taal"
    assert result_ids(again) == shown


def test_favourite_removed_from_library_is_kept_and_labelled(make_window):
    window = make_window()
    window.user.add_favorite("verdwenen-interventie", "Een oude aanpak")
    window.refresh_favorites()
    labels = [window.favorites.index(r, 0).data() for r in range(window.favorites.rowCount())]
    assert labels == ["Een oude aanpak — niet meer in de bibliotheek"]
    window.detail.show_document("intervention", "verdwenen-interventie")
    assert "niet meer in de bibliotheek" in window.detail.browser.toPlainText()


def test_compare_shows_the_chosen_interventions(make_window, monkeypatch):
    window = make_window()
    assert not window.compare_action.isEnabled()  # nothing to compare yet
    for doc_id in ("kiva", "kanjertraining"):
        window.detail.show_document("intervention", doc_id)
        window.detail.compare_action.trigger()
    assert window.compare_action.isEnabled() and "(2)" in window.compare_action.text()
    shown = []
    monkeypatch.setattr(
        "kb_app.gui.dialogs.CompareDialog.exec",
        lambda dialog: shown.append(dialog.browser.toPlainText()),
    )
    window.compare_action.trigger()
    assert "KiVa" in shown[0] and "Kanjertraining" in shown[0]
    assert "Werkzame elementen" in shown[0] and "Eigenaar" in shown[0]


def test_empty_state_offers_the_correction_and_dropping_filters(make_window, qtbot):
    window = make_window()
    index = facet_index(window, "kind", "campagne")
    window.filters.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    type_query(qtbot, window, "kanjertrainign")
    view = window.search_view
    assert view.stack.currentWidget() is view.empty
    assert view.clear_button.isVisibleTo(window)
    assert view.suggest_button.text() == "Bedoelde u: kanjertraining?"
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    wait_for_search(qtbot, window)
    assert "kanjertraining" in result_ids(window)


def test_escape_clears_and_ctrl_f_focuses(make_window, qtbot):
    window = make_window()
    type_query(qtbot, window, "taal")
    window.detail.browser.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.search_view.field, Qt.Key.Key_Escape)
    assert window.search_view.text() == ""


def test_models_pass_the_model_tester(make_window, qtmodeltester, library):
    window = make_window()
    qtmodeltester.check(window.search_view.model)
    qtmodeltester.check(window.filters.model)
    facets = FacetModel(library.reader.vocabulary())
    facets.set_counts({"themes": {"inclusie": 3}})
    qtmodeltester.check(facets)
    results = ResultsModel()
    qtmodeltester.check(results)
    favorites = FavoritesModel()
    qtmodeltester.check(favorites)
