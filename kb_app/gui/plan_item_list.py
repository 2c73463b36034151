"""The plan's items tab: the list of items with its buttons beside the form of the chosen item.

``PlanItemList`` is owned by ``PlanPanel``: the panel is its host (``ItemsHost``: the typed plan,
``flush`` and one undoable save) and makes the list view, its model and the item form (their
place in the Tab order is that of their creation); this object loads the form with the item
chosen in the list, moves, removes and adds items, and lays out the tab. Its texts keep the
panel's translation context, where they were written first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QInputDialog,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kb_app.gui.plan_host import ItemsHost
from kb_app.gui.plan_item_form import ItemForm
from kb_app.gui.plan_items import ITEM_ID_ROLE, PlanItemsModel
from kb_app.plans import operations as ops


class ItemsSplitter(QSplitter):
    """The item list beside the item form: the list keeps about a third (at most 280 px) and
    the form gets the rest, at every window size, until the user drags the handle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._dragged = False
        self.splitterMoved.connect(self._on_splitter_moved)

    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        self._dragged = True

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt API
        super().resizeEvent(event)
        if not self._dragged and self.width() > 0:
            left = min(280, self.width() // 3)
            self.setSizes([left, self.width() - left])


class PlanItemList(QObject):
    """The items of the plan on show: which one the form shows, and the edits of the list."""

    def __init__(
        self,
        host: ItemsHost,
        view: QListView,
        model: PlanItemsModel,
        form: ItemForm,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._host, self._view, self._model, self._form = host, view, model, form
        self._page = parent  # the tab's widgets and the dialog belong to the panel
        self.scroll: QScrollArea | None = None  # the form's scroll area, made with the tab
        view.selectionModel().currentChanged.connect(self._on_view_current)
        for key, step in (("Ctrl+Shift+Up", -1), ("Ctrl+Shift+Down", 1)):
            action = QAction(parent)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, s=step: self.move_item(s))
            view.addAction(action)

    def _button(self, text: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
        button = QPushButton(text, self._page)
        button.clicked.connect(slot)
        button.setToolTip(tip or text)
        return button

    def tab(self) -> QWidget:
        """The list with its buttons (two by two) beside the form in its scroll area."""
        left = QWidget(self._page)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._view, 1)
        row = QGridLayout()  # two by two: four buttons in a row made the list 360 px wide
        buttons = (
            self._button(
                QCoreApplication.translate("PlanPanel", "Omhoog"),
                lambda: self.move_item(-1),
                QCoreApplication.translate("PlanPanel", "Onderdeel omhoog (Ctrl+Shift+Up)"),
            ),
            self._button(
                QCoreApplication.translate("PlanPanel", "Omlaag"),
                lambda: self.move_item(1),
                QCoreApplication.translate("PlanPanel", "Onderdeel omlaag (Ctrl+Shift+Down)"),
            ),
            self._button(QCoreApplication.translate("PlanPanel", "Verwijderen"), self.remove_item),
            self._button(
                QCoreApplication.translate("PlanPanel", "Lokale activiteit…"), self.add_local_dialog
            ),
        )
        for n, button in enumerate(buttons):
            row.addWidget(button, n // 2, n % 2)
        column.addLayout(row)
        scroll = self.scroll = QScrollArea(self._page)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._form)
        splitter = ItemsSplitter(self._page)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)  # the form gets the room; the list keeps its width
        return splitter

    def current_item_id(self) -> str | None:
        index = self._view.currentIndex()
        return index.data(ITEM_ID_ROLE) if index.isValid() else None

    def select_item(self, item_id: str | None) -> None:
        row = self._model.row_of(item_id) if item_id else -1
        self._view.setCurrentIndex(
            self._model.index(max(row, 0), 0)
            if self._model.rowCount()
            else self._model.index(-1, 0)
        )
        self._on_view_current(self._view.currentIndex(), None)

    def _on_view_current(self, current: QModelIndex, _previous: QModelIndex | None) -> None:
        item_id = current.data(ITEM_ID_ROLE) if current.isValid() else None
        if item_id == self._form.item_id and item_id is not None:
            return
        self._host.flush()  # the form still holds the item being left
        plan = self._host.current_plan()
        self._form.load(
            plan.item(item_id) if plan and item_id and ops.contains_item(plan, item_id) else None
        )

    def add_local_dialog(self) -> None:
        self._host.flush()
        title, ok = QInputDialog.getText(
            self._page,
            QCoreApplication.translate("PlanPanel", "Lokale activiteit"),
            QCoreApplication.translate("PlanPanel", "Naam van de activiteit:"),
        )
        if ok and title.strip() and self._host.current_plan():
            self._host.flush()
            plan = self._host.current_plan()
            if plan is None:
                return
            after = ops.add_local_activity(plan, title.strip())
            self._host.apply(after, QCoreApplication.translate("PlanPanel", "activiteit toevoegen"))
            self.select_item(after.items[-1].id)

    def move_item(self, step: int) -> None:
        """The current item ``step`` places up or down (not ``move``: that is QWidget's)."""
        self._host.flush()
        item_id, plan = self.current_item_id(), self._host.current_plan()
        if plan and item_id:
            index = self._model.row_of(item_id) + step
            if 0 <= index < len(plan.items):
                text = QCoreApplication.translate("PlanPanel", "volgorde wijzigen")
                self._host.apply(ops.move_item(plan, item_id, index), text)
                self.select_item(item_id)

    def remove_item(self) -> None:
        self._host.flush()
        item_id, plan = self.current_item_id(), self._host.current_plan()
        if plan and item_id:
            text = QCoreApplication.translate("PlanPanel", "onderdeel verwijderen")
            self._host.apply(ops.remove_item(plan, item_id), text)
