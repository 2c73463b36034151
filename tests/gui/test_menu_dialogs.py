"""The two dialogs only a menu opens, reached by their shortcuts as a person would: About (F1)
tells the library's size; Preferences (Ctrl+,) keeps the language chosen for the next start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox

from tests.gui.plan_input import answer_dialogs

pytestmark = pytest.mark.gui


def test_f1_shows_about_with_the_number_of_interventions(make_window, qtbot):
    window = make_window()
    seen: list[str] = []
    answer_dialogs(qtbot, "OK", seen=seen)
    qtbot.keyClick(window.search_view.field, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(seen))
    assert f"Aantal interventies: {window.library.reader.count()}" in seen[0]


def test_preferences_keep_the_language_for_the_next_start(make_window, qtbot):
    window = make_window()
    chosen: list[str] = []

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, choose)
            return
        combo = dialog.findChild(QComboBox)
        qtbot.keyClick(combo, Qt.Key.Key_End)  # the last language in the list
        chosen.append(combo.currentData())
        qtbot.keyClick(combo, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose)
    qtbot.keyClick(window.search_view.field, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(chosen))
    assert chosen[0]  # a language, not the system's
    window.close()
    again = make_window()
    assert again.settings.value("ui/language") == chosen[0]
