"""The items of a plan: a reorderable list and a form for the selected item.

Signals (ItemForm): ``changed(str, dict)`` — item id and the fields the user changed.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.model import Vocabulary
from kb_app.plans.model import STATUS_LABELS, STATUSES, Action, Item

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 10
NO_BUDGET = -1.0  # the spin box's "special value": no amount entered


class PlanItemsModel(QAbstractListModel):
    """The plan's items in order: title, status and where they come from."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: tuple[Item, ...] = ()

    def set_items(self, items: tuple[Item, ...]) -> None:
        self.beginResetModel()
        self._items = tuple(items)
        self.endResetModel()

    def row_of(self, item_id: str) -> int:
        return next((n for n, i in enumerate(self._items) if i.id == item_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._items)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            origin = self.tr(" (lokale activiteit)") if item.is_local else ""
            return f"{item.title}{origin} — {STATUS_LABELS[item.status].lower()}"
        if role == ITEM_ID_ROLE:
            return item.id
        return None


class _Checks(QWidget):
    """A row (or column list) of checkable vocabulary terms."""

    def __init__(self, terms, as_list: bool, parent=None) -> None:
        super().__init__(parent)
        self._as_list = as_list
        layout = QVBoxLayout(self) if as_list else QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if as_list:
            self.widget = QListWidget(self)
            self.widget.setMaximumHeight(130)
            for term in terms:
                entry = QListWidgetItem(term.label, self.widget)
                entry.setData(ITEM_ID_ROLE, term.id)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Unchecked)
            layout.addWidget(self.widget)
        else:
            self.boxes = {term.id: QCheckBox(term.label, self) for term in terms}
            for box in self.boxes.values():
                layout.addWidget(box)
            layout.addStretch(1)

    def _entries(self):
        if self._as_list:
            return [(self.widget.item(n).data(ITEM_ID_ROLE), self.widget.item(n))
                    for n in range(self.widget.count())]
        return list(self.boxes.items())

    def values(self) -> tuple[str, ...]:
        checked = Qt.CheckState.Checked
        return tuple(term for term, entry in self._entries()
                     if (entry.checkState() == checked if self._as_list else entry.isChecked()))

    def set_values(self, values) -> None:
        for term, entry in self._entries():
            on = term in values
            if self._as_list:
                entry.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            else:
                entry.setChecked(on)


class ItemForm(QWidget):
    """Edit one item. Changes are reported when a field is left or a choice is made."""

    changed = Signal(str, dict)

    def __init__(self, vocabulary: Vocabulary, parent=None) -> None:
        super().__init__(parent)
        self._item_id: str | None = None
        self._loading = False
        self.status = QComboBox(self)
        for status in STATUSES:
            self.status.addItem(STATUS_LABELS[status], status)
        self.status_reason = QLineEdit(self)
        self.status_reason.setPlaceholderText(self.tr("Waarom afgewezen of nog in overweging?"))
        self.rationale = QPlainTextEdit(self)
        self.rationale.setPlaceholderText(self.tr("Waarom deze interventie, hier en nu?"))
        self.rationale.setMaximumHeight(70)
        self.conditions = _Checks(vocabulary.terms("conditions"), as_list=False, parent=self)
        self.levels = _Checks(vocabulary.terms("basis_levels"), as_list=False, parent=self)
        self.target_groups = _Checks(vocabulary.terms("target_groups"), as_list=True,
                                     parent=self)
        self.actions = QTableWidget(0, 3, self)
        self.actions.setHorizontalHeaderLabels([self.tr("Wat"), self.tr("Wie"), self.tr("Wanneer")])
        self.actions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.actions.setMaximumHeight(120)
        self.add_action = QPushButton(self.tr("Actie toevoegen"), self)
        self.remove_action = QPushButton(self.tr("Actie verwijderen"), self)
        self.partner = QLineEdit(self)
        self.budget_amount = QDoubleSpinBox(self)
        self.budget_amount.setRange(NO_BUDGET, 1e9)
        self.budget_amount.setDecimals(0)
        self.budget_amount.setSingleStep(500)
        self.budget_amount.setPrefix("€ ")
        self.budget_amount.setSpecialValueText(self.tr("geen bedrag"))
        self.budget_note = QLineEdit(self)
        self.indicator = QLineEdit(self)
        self.indicator.setPlaceholderText(self.tr("Waaraan zien we dat het werkt?"))
        self._layout()
        self._connect()
        self.setEnabled(False)

    def _layout(self) -> None:
        form = QFormLayout(self)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("Re&den:"), self.status_reason)
        form.addRow(self.tr("&Waarom gekozen:"), self.rationale)
        form.addRow(self.tr("Voorwaarden:"), self.conditions)
        form.addRow(self.tr("Niveaus:"), self.levels)
        form.addRow(self.tr("Doelgroepen:"), self.target_groups)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_action)
        buttons.addWidget(self.remove_action)
        buttons.addStretch(1)
        form.addRow(self.tr("Acties:"), self.actions)
        form.addRow("", buttons)
        form.addRow(self.tr("&Partner:"), self.partner)
        form.addRow(self.tr("&Budget:"), self.budget_amount)
        form.addRow(self.tr("Toelichting &budget:"), self.budget_note)
        form.addRow(self.tr("&Indicator:"), self.indicator)

    def _connect(self) -> None:
        self.status.currentIndexChanged.connect(lambda _i: self._emit("status"))
        for name in ("status_reason", "partner", "budget_note", "indicator"):
            getattr(self, name).editingFinished.connect(lambda n=name: self._emit(n))
        self.budget_amount.editingFinished.connect(lambda: self._emit("budget_amount"))
        for name in ("conditions", "levels"):
            for box in getattr(self, name).boxes.values():
                box.toggled.connect(lambda _on, n=name: self._emit(n))
        self.target_groups.widget.itemChanged.connect(lambda _e: self._emit("target_groups"))
        self.actions.itemChanged.connect(lambda _e: self._emit("actions"))
        self.add_action.clicked.connect(self._on_add_action_clicked)
        self.remove_action.clicked.connect(self._on_remove_action_clicked)

    def commit_rationale(self) -> None:
        """Plain-text edits have no editingFinished: the panel calls this when leaving."""
        self._emit("rationale")

    def load(self, item: Item | None) -> None:
        self._loading = True
        self._item_id = item.id if item else None
        self.setEnabled(item is not None)
        item = item or Item(id="", intervention_id=None, title="")
        self.status.setCurrentIndex(max(0, self.status.findData(item.status)))
        self.status_reason.setText(item.status_reason)
        self.rationale.setPlainText(item.rationale)
        self.conditions.set_values(item.conditions)
        self.levels.set_values(item.basis_levels)
        self.target_groups.set_values(item.target_groups)
        self.actions.setRowCount(0)
        for action in item.actions:
            self._append_action(action)
        self.partner.setText(item.partner)
        self.budget_amount.setValue(NO_BUDGET if item.budget_amount is None
                                    else item.budget_amount)
        self.budget_note.setText(item.budget_note)
        self.indicator.setText(item.indicator)
        self._loading = False

    def _append_action(self, action: Action) -> None:
        row = self.actions.rowCount()
        self.actions.insertRow(row)
        for column, value in enumerate((action.what, action.who, action.when)):
            self.actions.setItem(row, column, QTableWidgetItem(value))

    def _on_add_action_clicked(self) -> None:
        self._loading = True
        self._append_action(Action())
        self._loading = False
        self.actions.setCurrentCell(self.actions.rowCount() - 1, 0)
        self.actions.editItem(self.actions.item(self.actions.rowCount() - 1, 0))

    def _on_remove_action_clicked(self) -> None:
        row = self.actions.currentRow()
        if row >= 0:
            self.actions.removeRow(row)
            self._emit("actions")

    def value(self, name: str):
        if name == "status":
            return self.status.currentData()
        if name in ("status_reason", "partner", "budget_note", "indicator"):
            return getattr(self, name).text()
        if name == "rationale":
            return self.rationale.toPlainText()
        if name == "budget_amount":
            amount = self.budget_amount.value()
            return None if amount <= NO_BUDGET else amount
        if name == "conditions":
            return self.conditions.values()
        if name == "levels":
            return self.levels.values()
        if name == "target_groups":
            return self.target_groups.values()
        return tuple(Action(*(self._cell(row, c) for c in range(3)))
                     for row in range(self.actions.rowCount()))

    def _cell(self, row: int, column: int) -> str:
        cell = self.actions.item(row, column)
        return cell.text() if cell else ""

    def _emit(self, name: str) -> None:
        if self._loading or self._item_id is None:
            return
        key = "basis_levels" if name == "levels" else name
        self.changed.emit(self._item_id, {key: self.value(name)})

