"""The issue's whole story, without a mouse: find, narrow, read, compare, star, note, restart."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_for_search

pytestmark = pytest.mark.gui
CTRL, SHIFT, ALT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
)


def focused():
    return QApplication.focusWidget()


def test_professional_flow_without_a_mouse(make_window, qtbot, monkeypatch):
    window = make_window()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(focused(), "eenzame ouderen in de wijk")
    wait_for_search(qtbot, window)
    assert window.search_view.model.rowCount() >= 3

    # Narrow: Alt+B jumps to the evidence selector ("&Bewijs:"), arrows choose a level.
    qtbot.keyClick(window, Qt.Key.Key_B, ALT)
    assert focused() is window.filters.min_evidence
    combo = window.filters.min_evidence
    while combo.currentData() != "goed-onderbouwd":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    wait_for_search(qtbot, window)
    shown = window.search_view.model.rowCount()
    assert shown >= 1
    ranks = window.library.search._ranks
    hits = [window.search_view.model.hit(r) for r in range(shown)]
    assert all(ranks[h.evidence_level] >= ranks["goed-onderbouwd"] for h in hits)

    # Read the first result: Ctrl+1 focuses the results, Down selects.
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    qtbot.keyClick(window.search_view.list, Qt.Key.Key_Down)
    qtbot.keyClick(window.search_view.list, Qt.Key.Key_Home)
    first = window.detail.current()
    assert first is not None and first[0] == "intervention"
    assert window.search_view.model.hit(0).title in window.detail.browser.toPlainText()

    # Star it and write a note.
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    assert focused() is window.detail.note
    qtbot.keyClicks(window.detail.note, "Navragen bij de gemeente")

    # Compare two: add this one, take the next result, add it, open the comparison.
    qtbot.keyClick(window, Qt.Key.Key_C, CTRL | SHIFT)
    window.filters.set_minimum(None)
    wait_for_search(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    qtbot.keyClick(window.search_view.list, Qt.Key.Key_Home)
    while window.detail.current() == first:
        qtbot.keyClick(window.search_view.list, Qt.Key.Key_Down)
    second = window.detail.current()
    assert second != first
    qtbot.keyClick(window, Qt.Key.Key_C, CTRL | SHIFT)
    assert window.compare.ids() == [first[1], second[1]]
    shown_titles = []
    monkeypatch.setattr(
        "kb_app.gui.dialogs.CompareDialog.exec",
        lambda dialog: shown_titles.append(dialog.browser.toPlainText()),
    )
    qtbot.keyClick(window, Qt.Key.Key_V, CTRL | SHIFT)
    assert len(shown_titles) == 1
    reader = window.library.reader
    for _kind, doc_id in (first, second):
        assert reader.intervention(doc_id).title in shown_titles[0]

    # Close with Ctrl+Q and find it all again.
    qtbot.keyClick(window, Qt.Key.Key_Q, CTRL)
    assert not window.isVisible()
    again = make_window()
    assert again.search_view.text() == "eenzame ouderen in de wijk"
    favorites = again.favorites
    assert favorites.rowCount() == 1
    again.detail.show_document("intervention", first[1])
    assert again.detail.note.toPlainText() == "Navragen bij de gemeente"
    assert again.detail.star_button.isChecked()
