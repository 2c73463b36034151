"""The window says what it understood: the correction line and "Waarom dit resultaat?"."""

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import wait_for_search

pytestmark = pytest.mark.gui


def type_query(qtbot, window, text):
    field = window.search_view.field
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)
    wait_for_search(qtbot, window)


def test_a_corrected_search_can_be_taken_back(make_window, qtbot):
    window = make_window()
    panel = window.explain
    type_query(qtbot, window, "discrimminatie ")
    assert panel.line.isVisible()
    assert "discriminatie" in panel.line.text()
    assert panel.line_button.text() == "zoek toch naar ‘discrimminatie’"
    assert window.search_view.model.rowCount() > 0

    qtbot.mouseClick(panel.line_button, Qt.MouseButton.LeftButton)
    wait_for_search(qtbot, window)
    # Exactly what was typed: nothing is found, and nothing is corrected any more.
    assert window.search_view.model.rowCount() == 0
    assert not panel.line_button.isVisible()


def test_did_you_mean_is_only_offered_and_searches_when_clicked(make_window, qtbot):
    window = make_window()
    panel = window.explain
    type_query(qtbot, window, "voorleesexpres ")
    assert window.search_view.model.hit(0).id == "voorleesexpress"
    assert panel.line_button.text() == "Bedoelde u ‘voorleesexpress’?"
    qtbot.mouseClick(panel.line_button, Qt.MouseButton.LeftButton)
    wait_for_search(qtbot, window)
    assert window.search_view.field.text() == "voorleesexpress"
    assert not panel.line_button.isVisible()


def test_why_this_result_shows_words_and_matched_fields(make_window, qtbot):
    window = make_window()
    panel = window.explain
    type_query(qtbot, window, "pestgedrag debt")
    type_query(qtbot, window, "pestgedrag ")
    qtbot.mouseClick(panel.why_button, Qt.MouseButton.LeftButton)
    assert panel.details.isVisible()
    text = panel.details.toPlainText()
    assert "pestgedrag" in text and "samengesteld woord, delen: pest, gedrag" in text
    assert "Kies een resultaat" in text

    window.search_view.list.setFocus()
    qtbot.keyClick(window.search_view.list, Qt.Key.Key_Down)
    qtbot.keyClick(window.search_view.list, Qt.Key.Key_Home)
    title = window.search_view.model.hit(0).title
    text = panel.details.toPlainText()
    assert f"Gevonden in ‘{title}’" in text and "pestgedrag: " in text

    type_query(qtbot, window, "hoe help ik ouderen die vereenzaamd zijn?")
    text = panel.details.toPlainText()
    assert "Weggelaten" in text and "andere vormen" in text
    qtbot.mouseClick(panel.why_button, Qt.MouseButton.LeftButton)
    assert not panel.details.isVisible()


def test_the_english_interface_explains_in_english(qapp, make_window, qtbot):
    from kb_app.gui.startup import install_translator

    install_translator(qapp, "en")
    try:
        window = make_window()
        type_query(qtbot, window, "bullying at school ")
        panel = window.explain
        assert panel.why_button.text() == "Why this result?"
        qtbot.mouseClick(panel.why_button, Qt.MouseButton.LeftButton)
        text = panel.details.toPlainText()
        assert "How your search was read" in text
        assert "vocabulary concept: Bullying" in text and "English word" in text
        assert {"kiva", "kanjertraining"} & {window.search_view.model.hit(r).id for r in range(5)}
    finally:
        install_translator(qapp, "nl")  # back to what the session runs in


def test_the_correction_line_sits_under_the_status_line(make_window, qtbot):
    window = make_window()
    view, panel = window.search_view, window.explain
    type_query(qtbot, window, "discrimminatie ")
    assert panel.line.isVisible()

    def top(widget):
        return widget.mapTo(view, widget.rect().topLeft()).y()

    # Under the field and the status line, above the results: not at the top of the pane.
    qtbot.waitUntil(lambda: top(view.status) < top(panel) < top(view.stack), timeout=2000)
