"""The window fits ordinary screens: nothing widens it, no main view scrolls sideways.

A screen of W×H pixels at 150 % scaling gives the window W/1.5 × H/1.5 device-independent
pixels, so the scaled cases are tested on those logical sizes (the offscreen platform cannot
change its scale factor inside one process).
"""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication

from kb_app.gui.panes import SEARCH_MIN
from tests.gui.conftest import wait_for_search
from tests.gui.plan_input import CTRL, add_from_search, open_tab

pytestmark = pytest.mark.gui

SCREENS = [(1280, 720), (1366, 768), (1920, 1080)]
CASES = [(w, h, s) for w, h in SCREENS for s in (1.0, 1.5)]
# The longest titles in the library: each item row in the plan must wrap, not scroll sideways.
LONG_TITLES = ("Taalcoaching door vrijwilligers", "Verdere Integratie op de Arbeidsmarkt")
LONG = "Geen resultaten voor ‘" + "eenzaamheid onder ouderen in de wijk " * 12 + "’"


def fill_chips(qtbot, window, count=12):
    model = window.filters.model
    picked = 0
    for group_row in range(model.rowCount()):
        group = model.index(group_row, 0)
        for row in range(model.rowCount(group)):
            if picked >= count:
                break
            model.setData(
                model.index(row, 0, group),
                Qt.CheckState.Checked.value,
                Qt.ItemDataRole.CheckStateRole,
            )
            picked += 1
    wait_for_search(qtbot, window)
    return picked


def main_views(window):
    views = [
        window.search_view.list,
        window.filters.tree,
        window.detail.browser,
        window.favorites_view,
        window.principles_view,
    ]
    return [v for v in views if isinstance(v, QAbstractScrollArea)]


def fit(window, width, height):
    """Resize so the window with its frame takes the whole screen."""
    frame = window.frameGeometry().size() - window.geometry().size()
    window.resize(width - frame.width(), height - frame.height())
    QApplication.processEvents()


def assert_fits(window, width, height):
    QApplication.processEvents()
    assert window.frameGeometry().width() <= width, window.frameGeometry()
    assert window.minimumSizeHint().width() <= width
    assert window.minimumSizeHint().height() <= height
    for index in range(window.splitter.count()):
        child = window.splitter.widget(index)
        right = child.mapTo(window, child.rect().topRight()).x()
        assert child.width() <= width and right <= width, (index, child.geometry())
    for view in main_views(window):
        if view.isVisible():
            assert not view.horizontalScrollBar().isVisible(), view.accessibleName()


@pytest.mark.parametrize(("screen_w", "screen_h", "scale"), CASES)
def test_the_window_fits_and_stays_put(make_window, qtbot, screen_w, screen_h, scale):
    width, height = int(screen_w / scale), int(screen_h / scale)
    window = make_window()
    fit(window, width, height)
    assert_fits(window, width, height)
    window.search_view.status.setText(LONG)
    assert fill_chips(qtbot, window) == 12
    qtbot.keyClicks(window.search_view.field, "eenzaamheid " * 8)
    wait_for_search(qtbot, window)
    window.search_view.status.setText(LONG)
    window.detail.show_document("intervention", "kiva")
    assert_fits(window, width, height)
    print(
        f"{screen_w}x{screen_h}@{scale}: window {window.width()} px (screen {width}), "
        f"minimum {window.minimumSizeHint().width()} px"
    )


@pytest.mark.parametrize(("screen_w", "screen_h", "scale"), CASES)
def test_the_plan_gets_the_room_it_needs(make_window, qtbot, screen_w, screen_h, scale):
    width, height = int(screen_w / scale), int(screen_h / scale)
    window = make_window()
    fit(window, width, height)
    window.show_plan()
    assert_fits(window, width, height)
    assert window.plans.isVisible()
    assert window.plans.width() >= window.plans.minimumSizeHint().width()
    bar = window.right.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    assert window.right.currentWidget() is window.detail
    assert window.search_view.isVisible() and window.tabs.isVisible()
    assert_fits(window, width, height)


def test_the_first_window_fits_the_free_screen_area(make_window):
    window = make_window()  # no remembered geometry yet
    free = window.screen().availableGeometry()
    assert window.frameGeometry().width() <= free.width()
    assert window.frameGeometry().height() <= free.height()
    assert free.contains(window.frameGeometry())


def test_the_chips_wrap_instead_of_widening(make_window, qtbot):
    window = make_window()
    fit(window, 1366, 768)
    fill_chips(qtbot, window, 12)
    chips = window.search_view.chips.chips
    rows = {chip.y() for chip in chips}
    assert len(rows) > 1  # 12 chips do not fit on one row of a 1366-px window
    bar = window.search_view.chips
    assert all(chip.geometry().right() <= bar.width() for chip in chips)
    assert window.search_view.status.toolTip() == window.search_view.status.text()


def plan_views(window):
    panel, form = window.plans, window.plans.item_form
    return [
        panel.items_view,
        panel.items.scroll,
        form.target_groups.first(),
        form.actions_table,
        panel.local_view,
        panel.local_view.figures,
        panel.local_view.weak,
        panel.coverage.matrix,
        panel.coverage.summary,
        panel.coverage.suggestions,
    ]


@pytest.mark.parametrize(("screen_w", "screen_h", "scale"), CASES)
def test_a_plan_with_an_item_selected_fits(make_window, qtbot, screen_w, screen_h, scale):
    width, height = int(screen_w / scale), int(screen_h / scale)
    window = make_window()
    fit(window, width, height)
    for query in LONG_TITLES:
        add_from_search(qtbot, window, query)
    qtbot.keyClick(window, Qt.Key.Key_6, CTRL)
    panel = window.plans
    assert panel.item_form.item_id is not None  # the last added item is selected
    for index in range(panel.tabs.count()):
        open_tab(qtbot, panel.tabs, index)
        name = panel.tabs.tabText(index)
        assert_fits(window, width, height)
        for view in plan_views(window):
            if view.isVisible():
                assert not view.horizontalScrollBar().isVisible(), (name, view.accessibleName())
        if window.search_view.isVisible():  # beside the plan: wide enough to type a query
            assert window.search_view.width() >= SEARCH_MIN, name
            assert window.search_view.field.width() >= SEARCH_MIN - 20, name
        else:  # a narrow window: the plan takes all of it, the Interventie tab brings back search
            assert window.right.width() >= width - 10, name
        print(f"{screen_w}x{screen_h}@{scale} {name}: panes {window.splitter.sizes()}")


def test_closing_with_the_plan_open_reopens_the_panes_as_they_were(make_window, qtbot):
    window = make_window()
    fit(window, 1366, 768)
    before = window.splitter.sizes()
    qtbot.keyClick(window, Qt.Key.Key_6, CTRL)
    assert not window.tabs.isVisible()  # the plan borrowed the side panel's room
    window.close()
    again = make_window()
    fit(again, 1366, 768)
    after = again.splitter.sizes()
    assert again.tabs.isVisible() and again.search_view.isVisible()
    assert all(abs(a - b) <= 1366 // 10 for a, b in zip(after, before, strict=True)), (
        before,
        after,
    )
    assert after[1] >= SEARCH_MIN
