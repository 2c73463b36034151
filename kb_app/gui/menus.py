"""The main window's menus, and the small dialogs only a menu opens (preferences, About). Kept
apart from the window so it stays about layout and wiring.

``build_menus`` hands back the actions the window enables and relabels later (``WindowActions``);
the window keeps them itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from kb_app.gui.library_update import ask_roll_back, ask_trust, ask_update

if TYPE_CHECKING:
    from kb_app.gui.main_window import MainWindow

Shortcut = QKeySequence | list[QKeySequence] | None


class WindowActions(NamedTuple):
    """The menu actions whose state follows the window: it enables and relabels them."""

    add_to_plan: QAction  # enabled when a library intervention is on show
    compare: QAction  # "Vergelijken (n)…", enabled from two interventions


def _action(
    window: QObject, menu: QMenu, text: str, shortcut: Shortcut, slot: Callable[[], object]
) -> QAction:
    action = QAction(text, window)
    if shortcut:
        action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def _on(window: MainWindow, ask: Callable[[MainWindow], None]) -> Callable[[], None]:
    """A menu slot that runs one of the dialogs below (or of the library update) on ``window``."""

    def run() -> None:
        ask(window)

    return run


def _preferences(window: MainWindow) -> None:
    """The preferences dialog; the language chosen is remembered for the next start."""
    from kb_app.gui.dialogs import PreferencesDialog

    dialog = PreferencesDialog(str(window.settings.value("ui/language", "") or ""), window)
    if dialog.exec():
        window.settings.set_value("ui/language", dialog.chosen_language())


def _about(window: MainWindow) -> None:
    from kb_app.gui.dialogs import about_text

    library = window.library
    QMessageBox.about(
        window,
        QCoreApplication.translate("MainWindow", "Over Wat Werkt"),
        about_text(library.location.manifest, library.reader.count()),
    )


def build_menus(window: MainWindow) -> WindowActions:
    """Every action in a menu, with its shortcut shown: the keyboard way to all of the app."""
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Bestand"))
    updates = (
        (QCoreApplication.translate("MainWindow", "Bibliotheek &bijwerken…"), ask_update),
        (QCoreApplication.translate("MainWindow", "&Terug naar vorige bibliotheek"), ask_roll_back),
        (QCoreApplication.translate("MainWindow", "&Uitgever vertrouwen…"), ask_trust),
    )
    for text, slot in updates:
        action = _action(window, file_menu, text, None, _on(window, slot))
        action.setEnabled(window.paths is not None)
    _action(
        window,
        file_menu,
        QCoreApplication.translate("MainWindow", "&Voorkeuren…"),
        QKeySequence("Ctrl+,"),
        _on(window, _preferences),
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
    places: tuple[tuple[str, QKeySequence, Callable[[], object]], ...] = (
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
    )
    for text, shortcut, place in places:
        _action(window, go, text, shortcut, place)
    items = bar.addMenu(QCoreApplication.translate("MainWindow", "&Interventie"))
    items.addAction(window.detail.favorite_action)
    items.addAction(window.detail.compare_action)
    add_to_plan = _action(
        window,
        items,
        QCoreApplication.translate("MainWindow", "Toevoegen aan &plan"),
        QKeySequence("Ctrl+Shift+P"),
        window.add_to_plan,
    )
    window.search_view.list.addAction(add_to_plan)
    window.detail.add_toolbar_action(add_to_plan)
    window.search_view.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    compare = window.compare.action  # "Vergelijken (n)…": the compare list keeps it in step
    items.addAction(compare)
    _action(
        window,
        items,
        QCoreApplication.translate("MainWindow", "Vergelijking &leegmaken"),
        None,
        window.compare.clear,
    )
    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    _action(
        window,
        help_menu,
        QCoreApplication.translate("MainWindow", "&Over Wat Werkt"),
        QKeySequence("F1"),
        _on(window, _about),
    )
    return WindowActions(add_to_plan, compare)
