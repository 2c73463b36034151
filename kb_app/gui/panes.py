"""How the window's three panes share its width when the action plan is on show.

The plan needs room (its coverage table): it takes the place of the side tabs unless the window
is wide, and on a very narrow window also that of the search. The other tab brings back the
panes as they were. ``PaneLayout`` holds that state for the window, which owns it; kept apart
so that the window stays about wiring. Also the window's fit on its screen and the menu bar's
room in the first frame.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMenuBar, QSplitter, QTabWidget, QWidget

PLAN_ROOM = 900  # px the plan's coverage table needs to show its columns without scrolling
SEARCH_BESIDE_PLAN = 340  # px of search kept beside the plan, to find what to add
SEARCH_MIN = 260  # px below which the search field scrolls a short query out of sight


class PaneLayout:
    """The window's three panes in its splitter, and their sizes from before the plan took
    their room (``None`` while the plan is not on show). The window makes it once the panes
    exist and calls ``fit`` when its width or the right-hand tab changes."""

    def __init__(
        self,
        window: QWidget,
        splitter: QSplitter,
        side: QWidget,
        search: QWidget,
        right: QTabWidget,
        plan: QWidget,
    ) -> None:
        self._window, self._splitter = window, splitter
        self._side, self._search, self._right, self._plan = side, search, right, plan
        self._sizes_before_plan: list[int] | None = None

    def fit(self) -> None:
        """The plan needs room (its coverage table): it takes the place of the side tabs unless
        the window is wide, and on a very narrow window also that of the search. The other tab
        brings back the panes as they were."""
        room = self._window.width() - 2 * self._splitter.handleWidth()
        planning = self._right.currentWidget() is self._plan
        if planning and self._sizes_before_plan is None:
            self._sizes_before_plan = self._splitter.sizes()
        side = self._side.minimumSizeHint().width()
        search = max(self._search.minimumSizeHint().width(), SEARCH_BESIDE_PLAN)
        self._side.setVisible(not planning or side + search + PLAN_ROOM <= room)
        plan_min = self._right.minimumSizeHint().width()
        self._search.setVisible(not planning or search + max(plan_min, PLAN_ROOM // 2) <= room)
        if planning:
            shown = [w.isVisible() for w in (self._side, self._search)]
            left = (side if shown[0] else 0) + (search if shown[1] else 0)
            self._splitter.setSizes([side * shown[0], search * shown[1], room - left])
        elif self._sizes_before_plan is not None:
            self._splitter.setSizes(self._sizes_before_plan)
            self._sizes_before_plan = None

    def save(self, save_window: Callable[[], None]) -> None:
        """Run ``save_window`` with the panes as they were before the plan borrowed their room:
        the next start opens on them (restoring the plan's sizes squeezed the search to its
        minimum). Then the plan gets its room back."""
        if self._sizes_before_plan is None:
            save_window()
            return
        self._side.setVisible(True)
        self._search.setVisible(True)
        self._splitter.setSizes(self._sizes_before_plan)
        save_window()
        self.fit()


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
