"""How the window's three panes share its width when the action plan is on show.

The plan needs room (its coverage table): it takes the place of the side tabs unless the window
is wide, and on a very narrow window also that of the search. The other tab brings back the
panes as they were. Kept apart from the window so that it stays about wiring. Also the
window's fit on its screen and the menu bar's room in the first frame.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMenuBar, QWidget

if TYPE_CHECKING:
    from kb_app.gui.main_window import MainWindow

PLAN_ROOM = 900  # px the plan's coverage table needs to show its columns without scrolling
SEARCH_BESIDE_PLAN = 340  # px of search kept beside the plan, to find what to add
SEARCH_MIN = 260  # px below which the search field scrolls a short query out of sight


def fit_panes(window: MainWindow) -> None:
    """The plan needs room (its coverage table): it takes the place of the side tabs unless
    the window is wide, and on a very narrow window also that of the search. The other tab
    brings back the panes as they were."""
    if not hasattr(window, "splitter"):
        return
    room = window.width() - 2 * window.splitter.handleWidth()
    planning = window.right.currentWidget() is window.plans
    if planning and window._sizes_before_plan is None:
        window._sizes_before_plan = window.splitter.sizes()
    side = window.tabs.minimumSizeHint().width()
    search = max(window.search_view.minimumSizeHint().width(), SEARCH_BESIDE_PLAN)
    window.tabs.setVisible(not planning or side + search + PLAN_ROOM <= room)
    plan_min = window.right.minimumSizeHint().width()
    window.search_view.setVisible(not planning or search + max(plan_min, PLAN_ROOM // 2) <= room)
    if planning:
        shown = [w.isVisible() for w in (window.tabs, window.search_view)]
        left = (side if shown[0] else 0) + (search if shown[1] else 0)
        window.splitter.setSizes([side * shown[0], search * shown[1], room - left])
    elif window._sizes_before_plan is not None:
        window.splitter.setSizes(window._sizes_before_plan)
        window._sizes_before_plan = None


def reserve_menu_bar(window: QMainWindow) -> None:
    """Give the still empty menu bar its height, so the panes do not move down when the menus
    arrive a moment after the first paint."""
    probe = QMenuBar()
    probe.addMenu("&Bestand")
    window.menuBar().setMinimumHeight(probe.sizeHint().height())
    probe.deleteLater()


def fit_to_screen(window: QWidget) -> None:
    """Shrink and move a top-level window so that all of it is on its screen's free area."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    free = screen.availableGeometry()
    frame = window.frameGeometry().size() - window.geometry().size()
    width = min(window.width(), free.width() - frame.width())
    height = min(window.height(), free.height() - frame.height())
    window.resize(max(width, 1), max(height, 1))
    x = min(max(window.x(), free.left()), free.right() + 1 - window.frameGeometry().width())
    y = min(max(window.y(), free.top()), free.bottom() + 1 - window.frameGeometry().height())
    window.move(max(x, free.left()), max(y, free.top()))
