"""The main window's menus. Kept apart from the window so it stays about layout and wiring."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from kb_app.gui.library_update import ask_roll_back, ask_trust, ask_update


def _action(window, menu, text: str, shortcut, slot) -> QAction:
    action = QAction(text, window)
    if shortcut:
        action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def build_menus(window) -> None:
    """Every action in a menu, with its shortcut shown: the keyboard way to all of the app."""
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Bestand"))
    updates = (
        (QCoreApplication.translate("MainWindow", "Bibliotheek &bijwerken…"), ask_update),
        (QCoreApplication.translate("MainWindow", "&Terug naar vorige bibliotheek"), ask_roll_back),
        (QCoreApplication.translate("MainWindow", "&Uitgever vertrouwen…"), ask_trust),
    )
    for text, slot in updates:
        action = _action(window, file_menu, text, None, lambda _=False, s=slot: s(window))
        action.setEnabled(window.paths is not None)
    _action(
        window,
        file_menu,
        QCoreApplication.translate("MainWindow", "&Voorkeuren…"),
        QKeySequence("Ctrl+,"),
        window.show_preferences,
    )
    _action(
        window,
        file_menu,
        QCoreApplication.translate("MainWindow", "&Afsluiten"),
        QKeySequence("Ctrl+Q"),
        window.close,
    )
    edit = bar.addMenu(QCoreApplication.translate("MainWindow", "Be&werken"))
    undo = window.plans.undo_stack.createUndoAction(
        window, QCoreApplication.translate("MainWindow", "&Ongedaan maken")
    )
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.plans.undo_stack.createRedoAction(
        window, QCoreApplication.translate("MainWindow", "Opnieuw &doen")
    )
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    edit.addActions([undo, redo])
    edit.addSeparator()
    _action(
        window,
        edit,
        QCoreApplication.translate("MainWindow", "&Zoeken"),
        [QKeySequence("Ctrl+F"), QKeySequence("Ctrl+K")],
        window.focus_search,
    )
    _action(
        window,
        edit,
        QCoreApplication.translate("MainWindow", "Zoekveld &leegmaken"),
        QKeySequence("Escape"),
        window.clear_search,
    )
    _action(
        window,
        edit,
        QCoreApplication.translate("MainWindow", "&Filters wissen"),
        QKeySequence("Ctrl+Shift+Backspace"),
        window.filters.clear,
    )
    go = bar.addMenu(QCoreApplication.translate("MainWindow", "&Ga"))
    # One row per place to go: text, shortcut, what it does.
    for text, shortcut, slot in (
        (
            QCoreApplication.translate("MainWindow", "&Startpagina"),
            QKeySequence("Alt+Home"),
            window.show_start,
        ),
        (
            QCoreApplication.translate("MainWindow", "&Terug"),
            QKeySequence("Alt+Left"),
            window.detail.back,
        ),
        (
            QCoreApplication.translate("MainWindow", "&Vooruit"),
            QKeySequence("Alt+Right"),
            window.detail.forward,
        ),
        (
            QCoreApplication.translate("MainWindow", "&Resultaten"),
            QKeySequence("Ctrl+1"),
            window.search_view.list.setFocus,
        ),
        (
            QCoreApplication.translate("MainWindow", "&Beschrijving"),
            QKeySequence("Ctrl+2"),
            window.detail.browser.setFocus,
        ),
        (
            QCoreApplication.translate("MainWindow", "&Notitie"),
            QKeySequence("Ctrl+3"),
            window.detail.note.setFocus,
        ),
        (
            QCoreApplication.translate("MainWindow", "&Favorieten"),
            QKeySequence("Ctrl+4"),
            window.show_favorites,
        ),
        (
            QCoreApplication.translate("MainWindow", "&Wat werkt"),
            QKeySequence("Ctrl+5"),
            window.show_principles,
        ),
        (
            QCoreApplication.translate("MainWindow", "&Actieplan"),
            QKeySequence("Ctrl+6"),
            window.show_plan,
        ),
    ):
        _action(window, go, text, shortcut, slot)
    items = bar.addMenu(QCoreApplication.translate("MainWindow", "&Interventie"))
    items.addAction(window.detail.favorite_action)
    items.addAction(window.detail.compare_action)
    window.add_to_plan_action = _action(
        window,
        items,
        QCoreApplication.translate("MainWindow", "Toevoegen aan &plan"),
        QKeySequence("Ctrl+Shift+P"),
        window.add_to_plan,
    )
    window.search_view.list.addAction(window.add_to_plan_action)
    window.detail.add_toolbar_action(window.add_to_plan_action)
    window.search_view.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    window.compare_action = _action(
        window,
        items,
        QCoreApplication.translate("MainWindow", "&Vergelijken…"),
        QKeySequence("Ctrl+Shift+V"),
        window.show_compare,
    )
    _action(
        window,
        items,
        QCoreApplication.translate("MainWindow", "Vergelijking &leegmaken"),
        None,
        window.clear_compare,
    )
    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    _action(
        window,
        help_menu,
        QCoreApplication.translate("MainWindow", "&Over Wat Werkt"),
        QKeySequence("F1"),
        window.show_about,
    )
    window._update_compare_action()
