"""Every control has a name assistive technology can read; Tab follows what the eye sees; the
window still fits with twice the text size."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from kb_app.gui.dialogs import CompareDialog, PreferencesDialog
from tests.gui.conftest import wait_for_search
from tests.gui.plan_input import add_from_search, open_tab

pytestmark = pytest.mark.gui
CONTROLS = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QTabBar,
)


def unnamed_controls(root: QWidget, skip: QWidget | None = None) -> list[str]:
    """Controls whose accessible name (what a screen reader says) is empty."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QHeaderView):  # read as part of its table
            continue
        if skip is not None and skip.isAncestorOf(widget):
            continue
        if widget.objectName().startswith("qt_"):  # Qt's own scroll-bar and spin parts
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface else ""
        if not name.strip():
            missing.append(
                f"{type(widget).__name__} {widget.objectName()!r} "
                f"in {type(widget.parent()).__name__}"
            )
    return missing


def test_every_control_in_every_view_has_a_name(make_window, qtbot):
    window = make_window()
    assert unnamed_controls(window) == []  # start view, filters, detail placeholder
    qtbot.keyClicks(window.search_view.field, "taal")
    wait_for_search(qtbot, window)
    window.detail.show_document("intervention", "kiva")
    assert unnamed_controls(window) == []
    window.show_favorites()
    assert unnamed_controls(window) == []
    add_from_search(qtbot, window, "kiva")  # a plan with an item, so the item form is on
    window.show_plan()
    panel = window.plans
    assert panel.item_form.isEnabled() and panel.item_form.item_id is not None
    for index in range(panel.tabs.count()):
        open_tab(qtbot, panel.tabs, index)
        assert unnamed_controls(window) == [], panel.tabs.tabText(index)
    assert panel.item_form.target_groups.first().accessibleName() == "Doelgroepen"


def test_dialogs_name_their_controls(make_window):
    window = make_window()
    for dialog in (
        PreferencesDialog("", window),
        CompareDialog(window.library.reader, ["kiva", "kanjertraining"], window.today, window),
    ):
        dialog.show()
        assert unnamed_controls(dialog) == []
        dialog.close()


def pane_of(window, widget) -> int:
    for index in range(window.splitter.count()):
        pane = window.splitter.widget(index)
        if widget is pane or pane.isAncestorOf(widget):
            return index
    return -1


def tab_walk(window, qtbot, steps=400) -> list[QWidget]:
    """The widgets Tab visits from the search field, once each (Tab also walks the links of a
    page before it leaves the page)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=2000)
    window.search_view.field.setFocus()
    seen = [QApplication.focusWidget()]
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is seen[0]:
            break
        if widget is not seen[-1]:
            seen.append(widget)
    return seen


def test_tab_follows_the_visual_order(make_window, qtbot):
    window = make_window()
    qtbot.keyClicks(window.search_view.field, "taal")
    wait_for_search(qtbot, window)
    window.detail.show_document("intervention", "kiva")
    walk = tab_walk(window, qtbot)
    panes = [pane_of(window, w) for w in walk]
    assert -1 not in panes, [w for w, p in zip(walk, panes, strict=True) if p == -1]
    # From the search field: centre, then right, then round to the left pane; never back.
    order = {1: 0, 2: 1, 0: 2}
    assert [order[p] for p in panes] == sorted(order[p] for p in panes), panes
    centre = [w for w, p in zip(walk, panes, strict=True) if p == 1]
    tops = [w.mapTo(window, w.rect().topLeft()).y() for w in centre]
    assert tops == sorted(tops)  # top to bottom inside the centre
    assert window.search_view.list in walk and window.detail.note in walk
    assert window.filters.tree in walk


def test_tab_reaches_the_start_view(make_window, qtbot):
    window = make_window()
    walk = tab_walk(window, qtbot)
    start = window.start
    for widget in (*start.way_buttons, start.themes_buttons[0], start.browse_button):
        assert widget in walk


def test_usable_at_twice_the_text_size(qapp, make_window, qtbot):
    font = qapp.font()
    bigger = type(font)(font)
    bigger.setPointSizeF(font.pointSizeF() * 2)
    qapp.setFont(bigger)
    try:
        window = make_window()
        window.resize(1920, 1080 - 40)
        QApplication.processEvents()
        assert window.minimumSizeHint().width() <= 1920
        assert window.minimumSizeHint().height() <= 1040
        assert window.frameGeometry().width() <= 1924
        for view in window.findChildren(QAbstractScrollArea):
            if view.isVisible() and view is not window.detail.browser:
                assert not view.horizontalScrollBar().isVisible(), view.accessibleName()
    finally:
        qapp.setFont(font)
