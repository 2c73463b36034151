"""Real-input helpers for the plan GUI tests: clicks, typing and shortcuts, as a person does it.

Nothing here sets a widget's value in code; every helper ends in a QTest mouse or key event.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.conftest import wait_for_search

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = CTRL | SHIFT


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def click(qtbot, widget: QWidget, pos: QPoint | None = None) -> None:
    """A left click in the middle of ``widget`` (or of its viewport for scroll areas)."""
    target = widget.viewport() if hasattr(widget, "viewport") else widget
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=pos or target.rect().center())


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Click into a text field, go to its end and type ``text`` key by key."""
    click(qtbot, widget)
    qtbot.keyClick(widget, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(widget, text)


def open_tab(qtbot, tabs, index: int | str) -> None:
    """Click a tab, given by its position or its title."""
    if isinstance(index, str):
        index = next(i for i in range(tabs.count()) if tabs.tabText(i).replace("&", "") == index)
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def click_row(qtbot, view, row: int) -> None:
    """Click on one row of a list or table view, as a person picks an item."""
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def add_from_search(qtbot, window, query: str) -> None:
    """Type a query, go to the results with Ctrl+1, pick the first, add it with Ctrl+Shift+P."""
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), query)
    wait_for_search(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    qtbot.keyClick(window.search_view.list, Qt.Key.Key_Home)
    qtbot.keyClick(window.search_view.list, Qt.Key.Key_P, CTRL_SHIFT)


def choose_status(qtbot, form, status: str) -> None:
    """Pick a status in the item form with the keyboard (focus, then arrow keys)."""
    combo = form.status
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentData() != status:
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def answer_dialogs(qtbot, *buttons: str, seen: list | None = None) -> None:
    """Click the buttons named ``buttons`` (text without '&'), one per modal dialog, in order,
    as the dialogs appear. ``seen`` collects each dialog's text."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QAbstractButton

    pending = list(buttons)

    def press() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, press)
            return
        wanted = pending.pop(0)
        if seen is not None:
            seen.append(box.text() if hasattr(box, "text") else box.windowTitle())
        for button in box.findChildren(QAbstractButton):
            if button.text().replace("&", "") == wanted:
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
                break
        else:
            raise AssertionError(f"no button {wanted!r} in dialog")
        if pending:
            QTimer.singleShot(20, press)

    QTimer.singleShot(0, press)


def choose_from_menu(qtbot, button, text: str) -> None:
    """Open a tool button's menu with a click and click the entry called ``text``."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMenu

    picked: list[bool] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, pick)
            return
        action = next(a for a in menu.actions() if a.text().replace("&", "") == text)
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
        picked.append(True)

    QTimer.singleShot(0, pick)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    # The menu opens without blocking: wait until the entry was clicked and the menu is gone.
    qtbot.waitUntil(lambda: bool(picked) and QApplication.activePopupWidget() is None, timeout=3000)


def replace_text(qtbot, widget, text: str) -> None:
    """Click into a one-line field, select everything and type over it."""
    click(qtbot, widget)
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(widget, text)
