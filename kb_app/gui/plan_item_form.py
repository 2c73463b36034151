"""The form for one item of a plan, in five groups: Waarom · Voor wie en waar · Acties ·
Partner en budget · Meten. Every field has a visible label with a mnemonic whose buddy is that
field (a placeholder alone vanishes as soon as there is text).

The form never saves by itself. Signals: ``changed(str, dict)`` — item id and a choice the user
made (status, a tick, an action committed, a row added or removed), saved at once by the panel;
``edited(str)`` — the user typed in this text field, saved by the panel after a short pause.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.model import Vocabulary
from kb_app.gui.plan_items import ActionsTable, Checks, status_name
from kb_app.plans.model import STATUSES, Item

NO_BUDGET = -1.0  # the spin box's "special value": no amount entered
# Fields saved after a pause in typing (the rest are choices, saved at once).
TEXT_FIELDS = ("status_reason", "rationale", "partner", "budget_amount", "budget_note", "indicator")
CHOICE_FIELDS = ("status", "conditions", "basis_levels", "target_groups", "actions")
# One row of a group: label (None: the field spans the row), field, and the label's buddy
# when it is not the field itself.
FormRow = tuple[str | None, QWidget, QWidget | None]


class ItemForm(QWidget):
    changed = Signal(str, dict)
    edited = Signal(str)

    def __init__(self, vocabulary: Vocabulary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._item_id: str | None = None
        self._loading = False
        self.status = QComboBox(self)
        for status in STATUSES:
            self.status.addItem(status_name(status), status)
        self.status_reason = QLineEdit(self)
        self.status_reason.setPlaceholderText(self.tr("Waarom afgewezen of nog in overweging?"))
        self.rationale = QPlainTextEdit(self)
        self.rationale.setPlaceholderText(self.tr("Waarom deze interventie, hier en nu?"))
        self.rationale.setTabChangesFocus(True)
        self.rationale.setMinimumHeight(60)
        self.rationale.setMaximumHeight(90)
        self.conditions = Checks(
            vocabulary.terms("conditions"), as_list=False, columns=1, parent=self
        )
        self.basis_levels = Checks(
            vocabulary.terms("basis_levels"), as_list=False, columns=2, parent=self
        )
        self.target_groups = Checks(vocabulary.terms("target_groups"), as_list=True, parent=self)
        if self.target_groups.widget is not None:  # a list: the screen reader names it
            self.target_groups.widget.setAccessibleName(self.tr("Doelgroepen"))
        self.actions_table = ActionsTable(self)
        self.add_action = QPushButton(self.tr("Toevoegen"), self)
        self.add_action.setToolTip(self.tr("Actie toevoegen (Insert)"))
        self.remove_action = QPushButton(self.tr("Verwijderen"), self)
        self.remove_action.setToolTip(self.tr("Actie verwijderen (Ctrl+Delete)"))
        self.partner = QLineEdit(self)
        self.budget_amount = QDoubleSpinBox(self)
        self.budget_amount.setRange(NO_BUDGET, 1e9)
        self.budget_amount.setDecimals(0)
        self.budget_amount.setSingleStep(500)
        self.budget_amount.setPrefix("€ ")
        self.budget_amount.setSpecialValueText(self.tr("geen bedrag"))
        self.budget_amount.setGroupSeparatorShown(True)
        self.budget_note = QLineEdit(self)
        self.indicator = QLineEdit(self)
        self.indicator.setPlaceholderText(self.tr("Waaraan zien we dat het werkt?"))
        self._layout()
        self._connect()
        self.setEnabled(False)

    # -- layout --------------------------------------------------------------------------------

    def _group(self, title: str, rows: Iterable[FormRow]) -> QGroupBox:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field, buddy in rows:
            if label is None:
                form.addRow(field)
                continue
            text = QLabel(label, box)
            text.setBuddy(buddy or field)
            form.addRow(text, field)
        return box

    def _layout(self) -> None:
        buttons = QWidget(self)
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.add_action)
        row.addWidget(self.remove_action)
        row.addStretch(1)
        # Mnemonics avoid the letters the menu bar and the window's tabs already use
        # and the search column (B, W, G, I, H, F, A, P, S).
        groups = (
            (
                self.tr("Waarom"),
                (
                    (self.tr("S&tatus:"), self.status, None),
                    (self.tr("&Reden:"), self.status_reason, None),
                    (self.tr("Waarom geko&zen:"), self.rationale, None),
                ),
            ),
            (
                self.tr("Voor wie en waar"),
                (
                    (self.tr("&Voorwaarden:"), self.conditions, self.conditions.first()),
                    (self.tr("&Niveaus:"), self.basis_levels, self.basis_levels.first()),
                    (self.tr("&Doelgroepen:"), self.target_groups, self.target_groups.first()),
                ),
            ),
            (
                self.tr("Acties"),
                ((self.tr("A&cties:"), self.actions_table, None), (None, buttons, None)),
            ),
            (
                self.tr("Partner en budget"),
                (
                    (self.tr("Partn&er:"), self.partner, None),
                    (self.tr("B&udget:"), self.budget_amount, None),
                    (self.tr("Toe&lichting budget:"), self.budget_note, None),
                ),
            ),
            (self.tr("Meten"), ((self.tr("Indicat&or:"), self.indicator, None),)),
        )
        column = QVBoxLayout(self)
        for title, rows in groups:
            column.addWidget(self._group(title, rows))
        column.addStretch(1)
        # One label column for all groups, so the fields line up from group to group.
        labels = self.findChildren(QLabel)
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    def _connect(self) -> None:
        self.status.currentIndexChanged.connect(self._on_status_changed)
        for name in ("status_reason", "partner", "budget_note", "indicator"):
            getattr(self, name).textEdited.connect(lambda _t, n=name: self._edited(n))
        self.rationale.textChanged.connect(lambda: self._edited("rationale"))
        self.budget_amount.valueChanged.connect(lambda _v: self._edited("budget_amount"))
        for name in ("conditions", "basis_levels", "target_groups"):
            getattr(self, name).toggled.connect(lambda n=name: self._choice(n))
        self.actions_table.actions_changed.connect(lambda: self._choice("actions"))
        self.add_action.clicked.connect(self.actions_table.add_row)
        self.remove_action.clicked.connect(self.actions_table.remove_row)

    # -- showing an item -----------------------------------------------------------------------

    @property
    def item_id(self) -> str | None:
        return self._item_id

    def load(self, item: Item | None) -> None:
        """Show another item (or none): every field is replaced."""
        self._item_id = item.id if item else None
        self.setEnabled(item is not None)
        self.sync(item or Item(id="", intervention_id=None, title=""), skip=())

    def sync(self, item: Item, skip: Collection[str]) -> None:
        """Show ``item``'s values, leaving alone the fields in ``skip`` (typed, not yet saved)
        and every field that already shows its value (so a cursor or open editor stays put)."""
        self._loading = True
        try:
            for name in (*TEXT_FIELDS, *CHOICE_FIELDS):
                if name not in skip and self.value(name) != self._stored(item, name):
                    self._show_value(name, self._stored(item, name))
        finally:
            self._loading = False

    @staticmethod
    def _stored(item: Item, name: str) -> Any:  # str, float | None or a tuple, by name
        return getattr(item, name)

    def _show_value(self, name: str, value: Any) -> None:
        if name == "status":
            self.status.setCurrentIndex(max(0, self.status.findData(value)))
        elif name == "rationale":
            self.rationale.setPlainText(value)
        elif name == "budget_amount":
            self.budget_amount.setValue(NO_BUDGET if value is None else value)
        elif name in ("conditions", "basis_levels", "target_groups", "actions"):
            self._list_field(name).set_values(value)
        else:
            getattr(self, name).setText(value)

    def value(self, name: str) -> Any:
        if name == "status":
            return self.status.currentData()
        if name == "rationale":
            return self.rationale.toPlainText()
        if name == "budget_amount":
            amount = self.budget_amount.value()
            return None if amount <= NO_BUDGET else amount
        if name in ("conditions", "basis_levels", "target_groups", "actions"):
            return self._list_field(name).values()
        return getattr(self, name).text()

    def _list_field(self, name: str) -> Checks | ActionsTable:
        """The field of a list value; "actions" is ``actions_table`` (``actions`` is QWidget's)."""
        return self.actions_table if name == "actions" else getattr(self, name)

    # -- reporting edits -----------------------------------------------------------------------

    def _on_status_changed(self, _index: int) -> None:
        self._choice("status")

    def _edited(self, name: str) -> None:
        if not self._loading and self._item_id is not None:
            self.edited.emit(name)

    def _choice(self, name: str) -> None:
        if not self._loading and self._item_id is not None:
            self.changed.emit(self._item_id, {name: self.value(name)})
