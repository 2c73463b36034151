"""The items of a plan: the reorderable list's model, and the two composite editors the item
form is built from (checkable vocabulary terms, the actions table). The form itself is in
``plan_item_form``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.model import Term
from kb_app.gui.language import ui_language
from kb_app.plans.model import STATUS_LABELS, Action, Item

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 10
AnyIndex = QModelIndex | QPersistentModelIndex
# The statuses as the interface names them (``STATUS_LABELS`` is the plan files' and exports'
# Dutch; the window translates these).
STATUS_NAMES = {
    "overwogen": QT_TRANSLATE_NOOP("PlanItemsModel", "Overwogen"),
    "gekozen": QT_TRANSLATE_NOOP("PlanItemsModel", "Gekozen"),
    "afgewezen": QT_TRANSLATE_NOOP("PlanItemsModel", "Afgewezen"),
}


def status_name(status: str) -> str:
    """The status in the interface language."""
    # str(): the stubs type QT_TRANSLATE_NOOP's result as object; it is the text itself.
    source = str(STATUS_NAMES.get(status, STATUS_LABELS.get(status, status)))
    return QCoreApplication.translate("PlanItemsModel", source)


class PlanItemsModel(QAbstractListModel):
    """The plan's items in order: title, status and where they come from."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: tuple[Item, ...] = ()

    def set_items(self, items: tuple[Item, ...]) -> None:
        items = tuple(items)
        if [i.id for i in items] == [i.id for i in self._items]:
            # Same items in the same order: repaint, never reset (a reset drops the selection
            # and the open editor while someone is typing).
            self._items = items
            if items:
                self.dataChanged.emit(self.index(0, 0), self.index(len(items) - 1, 0))
            return
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def row_of(self, item_id: str) -> int:
        return next((n for n, i in enumerate(self._items) if i.id == item_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,  # a long title is elided in the list: the whole text
        ):
            origin = self.tr(" (lokale activiteit)") if item.is_local else ""
            return f"{item.title}{origin} — {status_name(item.status).lower()}"
        if role == ITEM_ID_ROLE:
            return item.id
        return None


class Checks(QWidget):
    """Checkable vocabulary terms: a grid of boxes, or a checkable list for long vocabularies.

    Signals: ``toggled()`` — the user ticked or unticked a term.
    """

    toggled = Signal()

    def __init__(
        self, terms: Iterable[Term], as_list: bool, columns: int = 2, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.widget: QListWidget | None = None
        self.boxes: dict[str, QCheckBox] = {}
        layout: QVBoxLayout | QGridLayout
        if as_list:
            layout = QVBoxLayout(self)
            self.widget = QListWidget(self)
            self.widget.setMaximumHeight(130)
            for term in terms:
                entry = QListWidgetItem(term.text(ui_language()), self.widget)
                entry.setToolTip(term.explain(ui_language()))
                entry.setData(ITEM_ID_ROLE, term.id)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Unchecked)
            self.widget.itemChanged.connect(self._on_changed)
            layout.addWidget(self.widget)
        else:
            # A grid, not one long row: a row of four condition names forced a horizontal
            # scrollbar on the form at laptop widths.
            layout = QGridLayout(self)
            for n, term in enumerate(terms):
                box = QCheckBox(term.text(ui_language()), self)
                box.setToolTip(term.explain(ui_language()))
                box.toggled.connect(self._on_changed)
                layout.addWidget(box, n // columns, n % columns)
                self.boxes[term.id] = box
        layout.setContentsMargins(0, 0, 0, 0)
        self._loading = False

    def first(self) -> QWidget:
        """The widget a label's mnemonic should focus."""
        return self.widget if self.widget is not None else next(iter(self.boxes.values()))

    def _on_changed(self, *_args: object) -> None:
        if not self._loading:
            self.toggled.emit()

    def _entries(self) -> list[tuple[str, QListWidgetItem | QCheckBox]]:
        if self.widget is not None:
            return [
                (self.widget.item(n).data(ITEM_ID_ROLE), self.widget.item(n))
                for n in range(self.widget.count())
            ]
        return list(self.boxes.items())

    def values(self) -> tuple[str, ...]:
        checked = Qt.CheckState.Checked
        return tuple(
            term
            for term, entry in self._entries()
            if (
                entry.checkState() == checked
                if isinstance(entry, QListWidgetItem)
                else entry.isChecked()
            )
        )

    def set_values(self, values: Collection[str]) -> None:
        if tuple(values) == self.values():
            return
        self._loading = True
        for term, entry in self._entries():
            on = term in values
            if isinstance(entry, QListWidgetItem):
                entry.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            else:
                entry.setChecked(on)
        self._loading = False


class ActionsTable(QTableWidget):
    """What / who / when, edited like a spreadsheet: Tab and Shift+Tab move between cells,
    typing starts editing, Enter commits; Insert adds a row and Ctrl+Delete removes one.

    Signals: ``actions_changed()`` — a cell was committed or a row added or removed.
    """

    actions_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self._loading = False
        self.setHorizontalHeaderLabels([self.tr("Wat"), self.tr("Wie"), self.tr("Wanneer")])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self.setTabKeyNavigation(True)
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(
            triggers.DoubleClicked
            | triggers.EditKeyPressed
            | triggers.AnyKeyPressed
            | triggers.SelectedClicked
        )
        self.setAccessibleName(self.tr("Acties: wat, wie, wanneer"))
        self.setMinimumHeight(110)
        self.itemChanged.connect(self._on_item_changed)
        for key, slot in (("Insert", self.add_row), ("Ctrl+Delete", self.remove_row)):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def values(self) -> tuple[Action, ...]:
        return tuple(
            Action(*(self._cell(row, c) for c in range(3))) for row in range(self.rowCount())
        )

    def set_values(self, actions: tuple[Action, ...]) -> None:
        """Show ``actions``; a table that already shows them is left alone (and its editor)."""
        if tuple(actions) == self.values():
            return
        self._loading = True
        self.setRowCount(0)
        for action in actions:
            self._append(action)
        self._loading = False

    def add_row(self) -> None:
        if not self.isEnabled():
            return
        self._loading = True
        self._append(Action())
        self._loading = False
        row = self.rowCount() - 1
        self.setFocus()
        self.setCurrentCell(row, 0)
        cell = self.item(row, 0)
        if cell is not None:  # _append has just made it
            self.editItem(cell)
        self.actions_changed.emit()

    def remove_row(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self.removeRow(row)
            self.actions_changed.emit()

    def _append(self, action: Action) -> None:
        row = self.rowCount()
        self.insertRow(row)
        for column, value in enumerate((action.what, action.who, action.when)):
            self.setItem(row, column, QTableWidgetItem(value))

    def _cell(self, row: int, column: int) -> str:
        cell = self.item(row, column)
        return cell.text() if cell else ""

    def _on_item_changed(self, _item: QTableWidgetItem) -> None:
        if not self._loading:
            self.actions_changed.emit()
