"""The first screen helps: ways in, themes and conditions with counts, recent checks; the empty
state offers ways forward; favourites and notes show on the results; compare gives feedback."""

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kb_app.core.formatting import dutch_date
from kb_app.gui.models import ID_ROLE, MARKS_ROLE
from tests.gui.conftest import wait_for_search

pytestmark = pytest.mark.gui


def test_the_start_view_comes_first_with_real_counts(make_window, library):
    window = make_window()
    view = window.search_view
    assert view.stack.currentWidget() is window.start
    listing = library.reader.listing()
    themes = Counter(t for row in listing for t in row["themes"])
    labels = [b.text() for b in window.start.themes_buttons]
    assert len(labels) == 5
    vocabulary = library.reader.vocabulary()
    for term, label in zip(vocabulary.terms("themes"), labels, strict=True):
        assert label == f"{term.label} ({themes[term.id]})"
    assert len(window.start.conditions_buttons) == 4
    recent = window.start.recent.text()
    reader = library.reader
    newest = max(reader.intervention(i).last_reviewed for i in reader.intervention_ids())
    assert dutch_date(newest) in recent  # "30 november 2026", as every date in the window
    assert "interventie" in view.status.text() and "(s)" not in view.status.text()


def test_a_theme_on_the_start_view_filters_by_keyboard(make_window, qtbot, library):
    window = make_window()
    button = window.start.themes_buttons[1]  # discriminatie
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    wait_for_search(qtbot, window)
    assert window.filters.model.filters() == {"themes": frozenset({"discriminatie"})}
    assert window.search_view.stack.currentWidget() is window.search_view.list
    count = int(button.text().rsplit("(", 1)[1].rstrip(")"))
    assert window.search_view.model.rowCount() == count
    # Alt+Home brings the start back, without filters.
    qtbot.keyClick(window, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    wait_for_search(qtbot, window)
    assert window.search_view.stack.currentWidget() is window.start
    assert window.filters.model.filters() == {}


def test_the_three_ways_in(make_window, qtbot):
    window = make_window()
    search, principles, plan = window.start.way_buttons
    qtbot.mouseClick(principles, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.principles_view
    qtbot.mouseClick(plan, Qt.MouseButton.LeftButton)
    assert window.right.currentWidget() is window.plans
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is window.search_view.field or not window.isActiveWindow()
    qtbot.mouseClick(window.start.browse_button, Qt.MouseButton.LeftButton)
    assert window.search_view.stack.currentWidget() is window.search_view.list
    assert window.search_view.model.rowCount() >= 100


def test_a_recent_item_opens_its_page(make_window):
    window = make_window()
    first = window.library.reader.recently_reviewed(1)[0]
    window.start.recent.linkActivated.emit(first["id"])
    assert window.detail.current() == ("intervention", first["id"])


def test_no_results_offers_ways_forward(make_window, qtbot):
    window = make_window()
    view = window.search_view
    qtbot.keyClicks(view.field, "ruimtevaart")  # a real word the library has nothing on
    wait_for_search(qtbot, window)
    assert view.stack.currentWidget() is view.empty
    assert view.empty_label.text() == "Geen resultaten voor ‘ruimtevaart’."
    assert view.start_button.isVisibleTo(window) and view.empty_tips.isVisibleTo(window)
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    wait_for_search(qtbot, window)
    assert view.stack.currentWidget() is window.start and view.text() == ""


def test_results_mark_favourites_and_notes(make_window, qtbot):
    window = make_window()
    qtbot.keyClicks(window.search_view.field, "kiva")
    wait_for_search(qtbot, window)
    window.detail.show_document("intervention", "kiva")
    qtbot.mouseClick(window.detail.star_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.detail.note, "Met de school bespreken")
    window.detail.save_note()
    model = window.search_view.model
    row = [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())].index("kiva")
    assert model.index(row, 0).data(MARKS_ROLE) == "★ favoriet  ✎ notitie"
    spoken = model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "KiVa — Effectief volgens sterke aanwijzingen — ★ favoriet  ✎ notitie"
    favourite = window.favorites.index(0, 0)
    assert favourite.data() == "KiVa"
    assert favourite.data(MARKS_ROLE) == "✎ notitie"
    assert favourite.data(ID_ROLE) == "kiva"
    window.close()
    again = make_window()
    assert again.favorites.index(0, 0).data(MARKS_ROLE) == "✎ notitie"


def test_adding_to_compare_says_so(make_window):
    window = make_window()
    window.detail.show_document("intervention", "kiva")
    window.detail.compare_action.trigger()
    assert window.statusBar().currentMessage() == "‘KiVa’ toegevoegd aan de vergelijking (1 van 4)"
    window.detail.compare_action.trigger()
    assert window.statusBar().currentMessage() == "‘KiVa’ staat al in de vergelijking"
